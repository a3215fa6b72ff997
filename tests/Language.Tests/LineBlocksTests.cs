using Language.Detection;
using PluginHost.Sdk.Text;

namespace Language.Tests;

public sealed class LineBlocksTests
{
    [Fact]
    public void Adjacent_lines_in_the_article_language_or_in_other_languages_form_blocks()
    {
        var blocks = LineBlocks.Of([Line(0, 10, "es"), Line(11, 20, "ro"), Line(21, 30, "en"), Line(31, 40, "en")], "en");

        blocks.ShouldBe([new LineBlock(TextSpan.FromBounds(0, 20), 19, IsForeign: true, 19 * 0.5, Script.Latin), new LineBlock(TextSpan.FromBounds(21, 40), 18, IsForeign: false, 18 * 0.5, Script.Latin)]);
        blocks[0].Confidence.ShouldBe(0.5);
    }

    [Fact]
    public void Foreign_lines_in_another_script_form_a_block_of_their_own()
    {
        var blocks = LineBlocks.Of([Line(0, 10, "ms", Script.Latin), Line(11, 20, "ko", Script.Hangul), Line(21, 30, "ko", Script.Hangul)], "en");

        blocks.Select(b => (b.Span, b.Scripts)).ShouldBe([(TextSpan.FromBounds(0, 10), Script.Latin), (TextSpan.FromBounds(11, 30), Script.Hangul)]);
    }

    [Fact]
    public void Foreign_lines_with_a_script_in_common_form_one_block()
    {
        var blocks = LineBlocks.Of([Line(0, 10, "ja", Script.Kana | Script.Han), Line(11, 20, "ja", Script.Han)], "en");

        blocks.Select(b => (b.Span, b.Scripts)).ShouldBe([(TextSpan.FromBounds(0, 20), Script.Kana | Script.Han)]);
    }

    [Fact]
    public void Lines_in_the_article_language_join_whatever_their_script()
    {
        var blocks = LineBlocks.Of([Line(0, 10, "sr", Script.Cyrillic), Line(11, 20, "sr", Script.Latin)], "sr");

        blocks.Select(b => (b.Span, b.Scripts)).ShouldBe([(TextSpan.FromBounds(0, 20), Script.Cyrillic | Script.Latin)]);
    }

    [Fact]
    public void A_line_of_no_language_neither_joins_nor_breaks_a_block()
    {
        var blocks = LineBlocks.Of([Line(0, 10, "ru"), Line(11, 20, null), Line(21, 30, "ru"), Line(31, 40, null)], "en");

        blocks.ShouldBe([new LineBlock(TextSpan.FromBounds(0, 30), 19, IsForeign: true, 19 * 0.5, Script.Latin)]);
    }

    [Fact]
    public void A_blank_line_ends_a_block()
    {
        var blocks = LineBlocks.Of([Line(0, 10, "ru"), (new Segment(new TextSpan(11, 0), 3, 0), LanguageGuess.Unknown("blank", 0)), Line(12, 20, "ru")], "en");

        blocks.Select(b => b.Span).ShouldBe([TextSpan.FromBounds(0, 10), TextSpan.FromBounds(12, 20)]);
    }

    private static (Segment, LanguageGuess) Line(int start, int end, string? language, Script scripts = Script.Latin) =>
        (new Segment(TextSpan.FromBounds(start, end), start, 1),
         language is null ? LanguageGuess.Unknown("no letters", 0) : new LanguageGuess(language, 0.5, [new LanguageScore(language, 0.5)], null, end - start, scripts));
}
