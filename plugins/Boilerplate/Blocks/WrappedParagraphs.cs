using Boilerplate.Classification;
using PluginHost.Sdk.Text;

namespace Boilerplate.Blocks;

/// <summary>
/// Lines that a fixed-width feed or a plain-text e-mail wrapped out of one paragraph: each line but the last is long
/// and stops mid-sentence (or the next one goes on in lower case), and no blank line parts them. The classifier
/// reads such a paragraph whole, as jusText reads a paragraph, since each of its lines alone is too short to judge.
/// </summary>
internal static class WrappedParagraphs
{
    private const int ShortestWrappedLine = 35;

    // A listed line lends its category only when it is about as long as a hard wrap leaves its lines (50 characters and
    // more), not a short one over a byline ("via Ostley Valley Echo » Environment" / "by Harriet Quell").
    private const int ShortestWrappedListedLine = 50;

    /// <summary>For each block, the span of the paragraph it was wrapped from (its own span when it stands alone).</summary>
    public static TextSpan[] Of(Article article, IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed)
    {
        var spans = blocks.Select(b => b.Span).ToArray();
        var first = 0;
        for (var i = 1; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && Continues(article.Text, blocks[i - 1], blocks[i], mayJoin: listed[i - 1] is null && listed[i] is null))
            {
                continue;
            }

            var paragraph = TextSpan.FromBounds(blocks[first].Span.Start, blocks[i - 1].Span.End);
            for (var j = first; j < i; j++)
            {
                spans[j] = paragraph;
            }

            first = i;
        }

        return spans;
    }

    /// <summary>
    /// A listed line that a plain-text e-mail wrapped onto the next lines lends them its category: "This week's issue
    /// is supported by Fernleigh Garden Centre. Autumn" / "bulb season is here, and our team can help you plan…". No
    /// line wraps onto a row of a table of figures (<paramref name="tableRows"/>).
    /// </summary>
    public static void CarryCategories(string text, IReadOnlyList<Block> blocks, IReadOnlyList<bool> tableRows, string?[] listed)
    {
        for (var i = 1; i < blocks.Count; i++)
        {
            // Only where the wrap is plain, the line stopping mid-sentence and the next going on in lower case (not with
            // a name such as "eBay") or after a comma: a listed line right above a headline stops mid-sentence too.
            var (line, next) = (blocks[i - 1], blocks[i]);
            if (listed[i] is null && listed[i - 1] is { } category && !tableRows[i] && Continues(text, line, next, mayJoin: true)
                && line.Text.Length >= ShortestWrappedListedLine && !LineText.EndsSentence(line.Text)
                && (LineText.RunsOnInLowerCase(next.Text) || line.Text.EndsWith(',')))
            {
                listed[i] = category;
            }
        }
    }

    private static bool Continues(string text, Block line, Block next, bool mayJoin) =>
        mayJoin && !line.IsGlued && !next.IsGlued && line.Text.Length >= ShortestWrappedLine
        && !StandsAlone(line.Text) && !StandsAlone(next.Text)
        && next.IsRightUnder(line, text)
        && (!LineText.EndsSentence(line.Text) || char.IsLower(next.Text[0]));

    // A link or a picture alone on its line is a block of its own however long it is.
    private static bool StandsAlone(string line) => LineText.LinkText(line) is not null || LineText.IsPicture(line);
}
