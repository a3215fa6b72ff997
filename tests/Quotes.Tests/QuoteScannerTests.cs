using PluginHost.Sdk.Text;

namespace Quotes.Tests;

public sealed class QuoteScannerTests
{
    private static List<string> Quotes(string text) =>
        [.. QuoteScanner.Scan(Article.Create("a.txt", text)).Quotes.Select(q => text.Substring(q.Span.Start, q.Span.Length))];

    private static List<int> Unbalanced(string text) => [.. QuoteScanner.Scan(Article.Create("a.txt", text)).Unbalanced];

    [Theory]
    [InlineData("He said “we stay” today.", "“we stay”")]
    [InlineData("He said \"we stay\" today.", "\"we stay\"")]
    [InlineData("Il a dit «nous restons» hier.", "«nous restons»")]
    [InlineData("Er sagte „wir bleiben“ gestern.", "„wir bleiben“")]
    [InlineData("He said ‘we stay’ today.", "‘we stay’")]
    [InlineData("He said 'we stay' today.", "'we stay'")]
    public void Every_common_convention_is_found(string text, string quote)
    {
        Quotes(text).ShouldBe([quote]);
        Unbalanced(text).ShouldBeEmpty();
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        var text = "They don't know the cartels' reach, the city’s plans, the '90s or rock 'n' roll.";
        Quotes(text).ShouldBeEmpty();
        Unbalanced(text).ShouldBeEmpty();
    }

    [Fact]
    public void Elided_words_open_with_an_apostrophe_not_a_quote()
    {
        var text = "'Tis the season, she said, and 'twas ever thus. Tell 'em it's true: 'Round the clock,' she said.";
        Quotes(text).ShouldBe(["'Round the clock,'"]);
        Unbalanced(text).ShouldBeEmpty();
    }

    [Fact]
    public void A_plural_possessive_inside_a_single_quoted_quote_does_not_close_it_early()
    {
        Quotes("She said 'the farmers' union will decide' yesterday.").ShouldBe(["'the farmers' union will decide'"]);
    }

    [Fact]
    public void Quotes_nest_and_know_their_depth()
    {
        var text = "He said, “The inspector told us ‘fix it now’ and left.”";
        var scan = QuoteScanner.Scan(Article.Create("a.txt", text));
        scan.Quotes.Select(q => (text.Substring(q.Span.Start, q.Span.Length), q.Depth)).ShouldBe([
            ("“The inspector told us ‘fix it now’ and left.”", 0),
            ("‘fix it now’", 1),
        ]);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_is_one_quote()
    {
        var text = "“We began in spring.\n\n“Then came the flood.\n\n“Now we rebuild,” she said.";
        Quotes(text).ShouldBe([text[..text.IndexOf(" she", StringComparison.Ordinal)]]);
        Unbalanced(text).ShouldBeEmpty();
    }

    [Fact]
    public void Paragraphs_that_each_open_with_a_mark_carry_one_quote_until_it_closes()
    {
        var text = "“One.\n“Two.\n“Three,” he said.";
        Quotes(text).ShouldHaveSingleItem().ShouldEndWith("Three,”");
        Unbalanced(text).ShouldBeEmpty();
    }

    [Fact]
    public void An_unclosed_mark_is_reported_and_the_next_paragraph_is_read_afresh()
    {
        var text = "He said “we will stay.\n\nLater, “we left,” she said.";
        Unbalanced(text).ShouldBe([8]);
        Quotes(text).ShouldBe(["“we left,”"]);
    }

    [Fact]
    public void A_mark_closed_by_an_outer_closer_leaves_the_inner_one_unbalanced()
    {
        var text = "He said “she told me ‘go home.” Then he left.";
        Unbalanced(text).ShouldBe([text.IndexOf('‘', StringComparison.Ordinal)]);
        Quotes(text).ShouldBe(["“she told me ‘go home.”"]);
    }

    [Fact]
    public void Thousands_of_unbalanced_marks_do_not_derail_the_scan()
    {
        var text = string.Concat(Enumerable.Repeat("He said “open\n", 2000)) + "\nFinally “closed” here.";
        Unbalanced(text).Count.ShouldBe(2000);
        Quotes(text).ShouldBe(["“closed”"]);
    }

    [Fact]
    public void Marks_left_open_inside_a_closed_quote_are_listed_in_text_order()
    {
        var text = "He said “first ‘one and ‘two and more.” Then.";
        Unbalanced(text).ShouldBe([text.IndexOf("‘one", StringComparison.Ordinal), text.IndexOf("‘two", StringComparison.Ordinal)]);
    }

    [Fact]
    public void A_paragraph_opening_with_another_mark_does_not_continue_the_quote()
    {
        var text = "“We began in spring.\n\n«Autre chose» ici.";
        Unbalanced(text).ShouldBe([0]);
        Quotes(text).ShouldBe(["«Autre chose»"]);
    }

    [Fact]
    public void A_straight_apostrophe_inside_a_curly_single_quote_stays_an_apostrophe()
    {
        Quotes("She said ‘the farmers' union will decide’ today.").ShouldBe(["‘the farmers' union will decide’"]);
    }

    [Fact]
    public void A_curly_closing_mark_closes_even_after_a_blank()
    {
        Quotes("He said “we stay ” and left.").ShouldBe(["“we stay ”"]);
    }

    [Fact]
    public void A_straight_mark_after_a_blank_opens_rather_than_closes()
    {
        var text = "He said \"we stay \"today\" and left.";
        Quotes(text).ShouldBe(["\"today\""]);
        Unbalanced(text).ShouldBe([8]);
    }

    [Fact]
    public void Marks_at_the_edges_of_the_text_are_handled()
    {
        Quotes("It is true, he said 'yes'").ShouldBe(["'yes'"]);
        Quotes("\"Done\"").ShouldBe(["\"Done\""]);
        Unbalanced("End with a mark \"").ShouldBeEmpty();
    }

    [Fact]
    public void An_elided_word_at_the_end_of_the_text_is_an_apostrophe()
    {
        const string text = "If you see them, tell 'em";
        Quotes(text).ShouldBeEmpty();
        Unbalanced(text).ShouldBeEmpty();
    }

    [Fact]
    public void A_word_that_merely_begins_like_an_elision_can_open_a_quote()
    {
        Quotes("She said 'Emma knows' and left.").ShouldBe(["'Emma knows'"]);
    }

    [Fact]
    public void A_lone_capital_after_an_apostrophe_does_not_make_an_elision()
    {
        Quotes("She said 'I'm fine' and left.").ShouldBe(["'I'm fine'"]);
    }

    [Fact]
    public void Lone_letters_between_marks_at_the_end_of_the_text_are_not_quotes()
    {
        const string text = "Grades ran from 'A' to 'F'";
        Quotes(text).ShouldBeEmpty();
        Unbalanced(text).ShouldBeEmpty();
    }

    [Fact]
    public void A_mark_before_the_last_letter_of_a_cut_off_text_is_left_open()
    {
        Unbalanced("The grade was 'A").ShouldBe([14]);
    }

    [Fact]
    public void An_elision_inside_a_single_quoted_quote_does_not_close_it()
    {
        Quotes("She said 'we grew up on rock 'n' roll' last night.").ShouldBe(["'we grew up on rock 'n' roll'"]);
    }

    [Fact]
    public void A_single_quoted_quote_ending_in_a_plural_closes_when_no_later_mark_follows()
    {
        Quotes("She said 'we back the farmers' and left.").ShouldBe(["'we back the farmers'"]);
    }

    [Fact]
    public void A_plural_possessive_at_the_start_of_a_long_single_quoted_quote_stays_inside_it()
    {
        Quotes("'The farmers' union will decide,' she said.").ShouldBe(["'The farmers' union will decide,'"]);
    }

    [Fact]
    public void A_single_quote_closes_before_a_later_apostrophe_in_the_paragraph()
    {
        Quotes("She said 'we agree' and left, but it wasn't over.").ShouldBe(["'we agree'"]);
    }

    [Fact]
    public void A_guillemet_opens_a_quote_even_without_a_space_before_it()
    {
        Quotes("Il a dit«nous restons» hier.").ShouldBe(["«nous restons»"]);
    }

    [Fact]
    public void Two_single_marks_used_as_a_double_mark_do_not_close_each_other()
    {
        Quotes("He typed ''we stay'' and left.").ShouldContain("''we stay''");
    }
}
