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
}
