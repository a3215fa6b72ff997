using Boilerplate.Classification;
using Boilerplate.Structure;
using PluginHost.Sdk.Text;

namespace Boilerplate.Blocks;

/// <summary>
/// Lines that a fixed-width feed or a plain-text e-mail wrapped out of one paragraph: each line but the last is long
/// and stops mid-sentence (or the next one goes on in lower case), and no blank line parts them. The classifier
/// reads such a paragraph whole, as jusText reads a paragraph, since each of its lines alone is too short to judge.
/// A PDF e-edition's narrow column wraps its lines shorter still (<see cref="Columns"/>).
/// </summary>
internal static class WrappedParagraphs
{
    /// <summary>The shortest line a wrap outside a column leaves: a shorter one joins the next only in a column.</summary>
    internal const int ShortestWrappedLine = 35;

    /// <summary>The widest line of a newspaper column, as text copied from a PDF e-edition gives it.</summary>
    internal const int WidestColumnLine = 45;
    // A column's line but its paragraph's last, and how many of them stand right under one another at least.
    private const int ShortestColumnLine = 15;
    private const int ColumnLines = 5;

    // A listed line lends its category only when it is about as long as a hard wrap leaves its lines (50 characters and
    // more), not a short one over a byline ("via Ostley Valley Echo » Environment" / "by Harriet Quell").
    private const int ShortestWrappedListedLine = 50;

    /// <summary>For each block, the span of the paragraph it was wrapped from (its own span when it stands alone).</summary>
    public static TextSpan[] Of(Article article, IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed)
    {
        var spans = blocks.Select(b => b.Span).ToArray();
        var inColumn = Columns(article.Text, blocks, listed);
        var first = 0;
        for (var i = 1; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && Continues(article.Text, blocks[i - 1], blocks[i], mayJoin: listed[i - 1] is null && listed[i] is null, narrow: inColumn[i - 1] && inColumn[i]))
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
            if (listed[i] is null && listed[i - 1] is { } category && !tableRows[i] && Continues(text, line, next, mayJoin: true, narrow: false)
                && line.Text.Length >= ShortestWrappedListedLine && !LineText.EndsSentence(line.Text)
                && (LineText.RunsOnInLowerCase(next.Text) || line.Text.EndsWith(',')))
            {
                listed[i] = category;
            }
        }
    }

    /// <summary>
    /// The lines of a narrow newspaper column ("A CHAPEL that stood under" / "a metre of water last Febru-" / "ary has
    /// reopened its doors as"): runs of lines no wider than a column, right under one another, most of which stop
    /// mid-sentence and a third of which go on from the line above in lower case. A list of short items or a footer's
    /// links starts each line anew in capitals.
    /// </summary>
    private static bool[] Columns(string text, IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed)
    {
        var inColumn = new bool[blocks.Count];
        var start = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && Fits(i) && i > start && blocks[i].IsRightUnder(blocks[i - 1], text))
            {
                continue;
            }

            var run = Enumerable.Range(start, i - start).ToList();
            if (run.Count >= ColumnLines && 2 * run.Count(j => !LineText.EndsSentence(blocks[j].Text)) > run.Count
                && 3 * run.Skip(1).Count(j => char.IsLower(blocks[j].Text[0])) >= run.Count - 1)
            {
                run.ForEach(j => inColumn[j] = true);
            }

            start = i < blocks.Count && !Fits(i) ? i + 1 : i;
        }

        return inColumn;

        // A column's paragraph may end on a short line ("afternoons.").
        bool Fits(int i) =>
            listed[i] is null && !blocks[i].IsGlued && !StandsAlone(blocks[i].Text) && blocks[i].Text.Length <= WidestColumnLine
            && (blocks[i].Text.Length >= ShortestColumnLine || LineText.EndsSentence(blocks[i].Text));
    }

    private static bool Continues(string text, Block line, Block next, bool mayJoin, bool narrow) =>
        mayJoin && !line.IsGlued && !next.IsGlued && (narrow || line.Text.Length >= ShortestWrappedLine)
        && !StandsAlone(line.Text) && !StandsAlone(next.Text)
        && next.IsRightUnder(line, text)
        && (!LineText.EndsSentence(line.Text) || (char.IsLower(next.Text[0]) && !LineText.IsWebAddress(next.Text)));

    // A link or a picture alone on its line is a block of its own however long it is, and so is a label in bold over
    // links ("**Citește și:** [Festivalul…](/cultura/festival)"), a teaser set between a story's paragraphs.
    private static bool StandsAlone(string line) => LineText.LinkText(line) is not null || LineText.IsPicture(line) || FactLines.IsLinksOnly(line);
}
