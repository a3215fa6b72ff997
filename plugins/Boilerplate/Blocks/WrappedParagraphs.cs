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

    /// <summary>For each block, the span of the paragraph it was wrapped from (its own span when it stands alone).</summary>
    public static TextSpan[] Of(Article article, IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed)
    {
        var spans = blocks.Select(b => b.Span).ToArray();
        var first = 0;
        for (var i = 1; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && Continues(article.Text, blocks[i - 1], blocks[i], listed[i - 1] is null && listed[i] is null))
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

    private static bool Continues(string text, Block line, Block next, bool unlisted) =>
        unlisted && !line.IsGlued && !next.IsGlued && line.Text.Length >= ShortestWrappedLine
        && !StandsAlone(line.Text) && !StandsAlone(next.Text)
        && LineText.AfterLineBreak(text, line.Line.End) == next.Line.Start
        && (!LineText.EndsSentence(line.Text) || char.IsLower(next.Text[0]));

    // A link or a picture alone on its line is a block of its own however long it is.
    private static bool StandsAlone(string line) => LineText.LinkText(line) is not null || LineText.IsPicture(line);
}
