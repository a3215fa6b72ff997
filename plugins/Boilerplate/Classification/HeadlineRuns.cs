using System.Buffers;
using System.Text.RegularExpressions;
using Boilerplate.Blocks;
using Boilerplate.Structure;

namespace Boilerplate.Classification;

/// <summary>
/// Teasers that lost their heading: after the story's last line of running text, three or more lines in a row
/// (blank lines aside) shaped like headlines, four to sixteen words with a capital first and no closing punctuation
/// but a question mark, are other stories' headlines, as a "Most read" rail copied without its heading leaves them.
/// Lines under one that ends with a colon, or right over a sentence of the story, are a list the story holds, and so
/// are labels with figures for values (a box of key figures). Lines of a wrapped paragraph are judged one by one, as
/// teasers with no blank line between them read as one paragraph; prose seldom starts three lines in a row with a
/// capital.
/// </summary>
internal static partial class HeadlineRuns
{
    private const int FewestLines = 3;
    private const int FewestWords = 4;
    private const int MostWords = 16;
    private const int RunningTextWords = 15;

    private static readonly SearchValues<char> NotInHeadlines = SearchValues.Create("|–—");

    /// <param name="blocks">The article's blocks.</param>
    /// <param name="listed">The category the rule files' lists give each block, or null.</param>
    /// <param name="classes">The classifier's revised classes.</param>
    /// <param name="kept">Blocks known to be the article's own (its head, a writer's sign-off).</param>
    /// <param name="text">The article's text.</param>
    public static bool[] Of(IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed, IReadOnlyList<BlockClass> classes, IReadOnlySet<int> kept, string text)
    {
        var runs = new bool[blocks.Count];
        var lastText = Enumerable.Range(0, blocks.Count).LastOrDefault(
            i => classes[i] == BlockClass.Good && listed[i] is null && LineText.EndsSentence(blocks[i].Text) && LineText.WordsOfLine(blocks[i].Text) >= RunningTextWords,
            blocks.Count);
        var first = -1;
        for (var i = lastText + 1; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && listed[i] is null && !kept.Contains(i) && !blocks[i].IsGlued && IsHeadline(blocks[i].Text) && !IsStoryFact(blocks, lastText, i, text))
            {
                first = first < 0 ? i : first;
                continue;
            }

            if (first >= 0 && i - first >= FewestLines && !blocks[first - 1].Text.EndsWith(':') && !StoryGoesOn(blocks, listed, classes, i, text)
                && !IsBoxOfFigures(blocks, first, i))
            {
                Array.Fill(runs, true, first, i - first);
            }

            first = -1;
        }

        return runs;
    }

    // A label and its value right under the story's last line of running text, no blank line between ("Organiser: Veldhaven
    // Canal Society" under an event's listing): the story's fact, not a teaser.
    private static bool IsStoryFact(IReadOnlyList<Block> blocks, int lastText, int i, string text) =>
        i == lastText + 1 && blocks[i].IsRightUnder(blocks[lastText], text) && FactLines.IsStorysOwn(blocks[i].Text);

    // A sentence of the story's right under the lines, no blank line between ("Ollerenshaw was granted bail." under a
    // court list's names, offences and sentences): they are the story's list, not a rail of teasers after it. A teaser's
    // standfirst under a rail stands apart from it.
    private static bool StoryGoesOn(IReadOnlyList<Block> blocks, IReadOnlyList<string?> listed, IReadOnlyList<BlockClass> classes, int next, string text) =>
        next < blocks.Count && classes[next] == BlockClass.Good && listed[next] is null && LineText.EndsSentence(blocks[next].Text)
        && blocks[next].IsRightUnder(blocks[next - 1], text);

    // Labels and their values, half of them or more a figure ("Solar capacity: 150 MW", "People served: about 420,000"):
    // a box of the story's key figures, though one label be long ("Expected cut in energy bill: 40%"). A rail's kickers
    // mostly say more after the figure ("Poll: 62% back the harbour wall plan").
    private static bool IsBoxOfFigures(IReadOnlyList<Block> blocks, int first, int end)
    {
        var lines = Enumerable.Range(first, end - first).Select(i => blocks[i].Text).ToList();
        return lines.Count(FactLines.IsStorysOwn) >= lines.Count - 1 && 2 * lines.Count(FactLines.IsFigure) >= lines.Count;
    }

    // A table's row (bars, columns of blanks), a list item, a pair ("Best newcomer – Ama Mensah") or a line of
    // scores or ratings, two figures each after a name ("Kelso Rivermen 4 Dunmore Wolves 2", "Pirie 9, Osei 7") or a
    // score ("Kelso Rivermen 4-2 Dunmore Wolves"), is no headline: a story's results under it are the story's.
    private static bool IsHeadline(string text) =>
        char.IsUpper(text[0]) && LineText.WordsOfLine(text) is >= FewestWords and <= MostWords
        && text.TrimEnd('"', '\'', '”', '’', ')', '*', '_', ' ') is not [.., '.' or ',' or ';' or ':' or '!' or '…']
        && text.AsSpan().IndexOfAny(NotInHeadlines) < 0 && !text.Contains("  ", StringComparison.Ordinal) && !text.Contains(" - ", StringComparison.Ordinal)
        && NamedFigure().Count(text) < 2 && !Score().IsMatch(text);

    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]*:?\s+\d+(?:[.,]\d+)?(?![\p{L}\d])")]
    private static partial Regex NamedFigure();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}\s?-\s?\d{1,3}(?![\d.,])")]
    private static partial Regex Score();
}
