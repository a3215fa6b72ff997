using PluginHost.Host.Reporting.Html;

namespace PluginHost.Host.Tests.Reporting.Html;

public sealed class ArticleMarkupTests
{
    private static Highlight Mark(string name, int start, int end) => new(start, end, $"<{name}>", $"<{name}+>");

    private static string Write(string text, params Highlight[] highlights)
    {
        using var output = new StringWriter();
        ArticleMarkup.Write(output, text, highlights);
        return output.ToString();
    }

    [Fact]
    public void Text_without_highlights_is_only_escaped()
    {
        Write("a < b & \"c\"").ShouldBe("a &lt; b &amp; &quot;c&quot;");
    }

    [Fact]
    public void A_highlight_inside_another_is_nested_in_it()
    {
        Write("said 40 percent today", Mark("q", 0, 15), Mark("n", 5, 15)).ShouldBe("<q>said <n>40 percent</mark></mark> today");
    }

    [Fact]
    public void The_longer_of_two_highlights_that_start_together_is_outside()
    {
        Write("one two", Mark("short", 0, 3), Mark("long", 0, 7)).ShouldBe("<long><short>one</mark> two</mark>");
    }

    [Fact]
    public void A_highlight_that_crosses_the_end_of_another_is_split_there()
    {
        Write("abcdefgh", Mark("a", 0, 4), Mark("b", 2, 6)).ShouldBe("<a>ab<b>cd</mark></mark><b+>ef</mark>gh");
    }

    [Fact]
    public void Every_highlight_opened_inside_one_that_ends_is_reopened_after_it()
    {
        Write("abcdefgh", Mark("a", 0, 3), Mark("b", 1, 6), Mark("c", 2, 5)).ShouldBe("<a>a<b>b<c>c</mark></mark></mark><b+><c+>de</mark>f</mark>gh");
    }

    [Fact]
    public void A_highlight_of_no_length_is_an_empty_element_where_it_stands()
    {
        Write("ab", Mark("pin", 1, 1)).ShouldBe("a<pin></mark>b");
        Write("ab", Mark("end", 2, 2)).ShouldBe("ab<end></mark>");
    }

    [Fact]
    public void Highlights_outside_the_text_are_left_out()
    {
        Write("abc", Mark("out", 2, 9), Mark("in", 0, 1)).ShouldBe("<in>a</mark>bc");
    }

    [Theory]
    [InlineData("one\r\ntwo", "one\ntwo")]
    [InlineData("one\rtwo\r", "one\ntwo\n")]
    [InlineData("one\n\rtwo", "one\n\ntwo")]
    public void Line_endings_are_written_as_line_feeds(string text, string written)
    {
        Write(text).ShouldBe(written);
    }

    [Fact]
    public void A_carriage_return_and_line_feed_split_by_a_highlight_stay_one_line_break()
    {
        Write("one\r\ntwo", Mark("m", 0, 4)).ShouldBe("<m>one</mark>\ntwo");
        Write("one\r\ntwo", Mark("m", 4, 7)).ShouldBe("one<m>\ntw</mark>o");
    }

    [Fact]
    public void Letters_of_every_script_stay_readable()
    {
        Write("Привет, «мир» — 世界").ShouldBe("Привет, «мир» — 世界");
    }
}
