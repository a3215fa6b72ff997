using Boilerplate.Blocks;
using PluginHost.Sdk.Text;

namespace Boilerplate.Tests;

public sealed class WrappedParagraphsTests
{
    private const string Column = "THE council voted on Tuesday\nto rebuild the harbour wall be-\nfore the winter storms arrive,\nand the work will start in\nMay.";

    [Fact]
    public void A_label_in_bold_over_links_stays_apart_from_the_line_under_it()
    {
        Paragraphs("**Read also:** [Ferry fares rise again from March](/news/fares)\nThe council voted on Tuesday to rebuild the harbour wall before the storms.")
            .Count.ShouldBe(2);
    }

    [Fact]
    public void A_narrow_columns_lines_are_one_paragraph_to_the_pages_end()
    {
        Paragraphs(Column).ShouldBe(["THE council voted on Tuesday / to rebuild the harbour wall be- / fore the winter storms arrive, / and the work will start in / May."]);
    }

    [Fact]
    public void Four_short_lines_are_too_few_for_a_column()
    {
        Paragraphs("THE council voted on Tuesday\nto rebuild the harbour wall be-\nfore the winter storms arrive,\nand the work will start in May.").Count.ShouldBe(4);
    }

    [Fact]
    public void A_short_heading_over_a_column_stays_apart()
    {
        Paragraphs("HARBOUR NEWS\n" + Column).ShouldBe(["HARBOUR NEWS", "THE council voted on Tuesday / to rebuild the harbour wall be- / fore the winter storms arrive, / and the work will start in / May."]);
    }

    [Fact]
    public void Half_its_lines_ending_a_sentence_is_no_column()
    {
        Paragraphs("Tide tables for the harbour\nare printed every week.\nthe ferry runs at noon.\nBoats leave from the quay\nFares rise in the spring\nTickets cost two pounds.").Count.ShouldBe(6);
    }

    [Fact]
    public void A_third_of_its_lines_going_on_in_lower_case_is_enough_for_a_column()
    {
        Paragraphs("Work on the harbour wall\nstarts in May and the quay\nStays open to boats while\nthe engineers rebuild the\nGranite wall from the old\nQuarry on the headland as\nPlanned by the council.").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_columns_line_may_be_as_wide_as_a_column_and_as_short_as_its_narrowest_line()
    {
        Paragraphs("THE council voted on Tuesday\nto rebuild the harbour walls before the worst\nof the winter's\nstorms arrive, and the work\nwill start in May.").ShouldHaveSingleItem();
    }

    // The wide line still wraps onto the next as a plain wrap does; the link stands alone.
    [Theory]
    [InlineData("to rebuild the harbour walls before the worst,", 4)]
    [InlineData("[Harbour wall](/harbour-wall)", 5)]
    public void A_line_wider_than_a_column_or_a_link_alone_breaks_it(string line, int paragraphs)
    {
        Paragraphs($"THE council voted on Tuesday\n{line}\nfore the winter storms arrive,\nand the work will start in\nMay.").Count.ShouldBe(paragraphs);
    }

    [Fact]
    public void A_web_address_under_a_sentences_end_is_no_wrap_of_it()
    {
        Paragraphs("The councillor said he had asked for twice as many tankers and a stop at every care home.\nhttps://www.courier.example/news/harbour-wall/print").Count.ShouldBe(2);
        Paragraphs("The councillor said he had asked for twice as many tankers and a stop at every care home.\nincluding the two on the quay, by Friday.").ShouldHaveSingleItem();
    }

    [Fact]
    public void A_listed_line_breaks_a_column()
    {
        Paragraphs(Column, listedLine: 2).Count.ShouldBe(5);
    }

    [Fact]
    public void A_line_of_a_plain_wrap_is_joined_to_the_next_from_its_shortest_width_on()
    {
        Paragraphs("The council voted on Tuesday to reb\nuild the harbour wall.").ShouldHaveSingleItem();
        Paragraphs("The council voted on Tuesday to re\nbuild the harbour wall.").Count.ShouldBe(2);
    }

    [Fact]
    public void A_listed_line_as_long_as_a_wrap_leaves_lends_its_category_to_the_line_it_wraps_onto()
    {
        Categories("This week's issue is supported by Fernleigh Garden\ncentre, open every day.").ShouldBe(["other", "other"]);
        Categories("This week's issue is supported by Fernleigh Garde\nn centre, open every day.").ShouldBe(["other", null]);
    }

    // Each paragraph's lines, joined by " / ".
    private static List<string> Paragraphs(string page, int listedLine = -1)
    {
        var blocks = PageBlocks.Of(page);
        var listed = blocks.Select(b => b.Index == listedLine ? "other" : null).ToArray();
        var spans = WrappedParagraphs.Of(Article.Create("a.txt", page), blocks, listed);
        return [.. spans.Distinct().Select(s => page.Substring(s.Start, s.Length).Replace("\n", " / ", StringComparison.Ordinal))];
    }

    // Each line's category once the first line, listed as "other", has lent its category where it may.
    private static List<string?> Categories(string page)
    {
        var blocks = PageBlocks.Of(page);
        var listed = blocks.Select(b => b.Index == 0 ? "other" : null).ToArray();
        WrappedParagraphs.CarryCategories(page, blocks, new bool[blocks.Count], listed);
        return [.. listed];
    }
}
