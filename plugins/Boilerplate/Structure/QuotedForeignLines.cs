using System.Buffers;
using Boilerplate.Blocks;
using Boilerplate.Classification;

namespace Boilerplate.Structure;

/// <summary>
/// Lines in another language than the article's that the story holds as its own, inside it (between its first and last
/// paragraphs of running text in the article's language): words it quotes (a line a quotation mark or a blockquote
/// opens: "「多謝各位街坊…」", "> Tēnā koutou katoa…"), a poem's or a song's lines (a line that runs on with a comma or a
/// semicolon, or goes on in lower case: "No vuelvas, me dijo el río,"), and a box of facts whose names read as another
/// language ("Referee: Hemi Tūhoe-Marsh (New Zealand).", "**Starring:** Zofia Łęczycka, …": two lines of it at least,
/// right under one another, or a lone label over them). A portal's chrome inside a story (an advert's label, a teaser,
/// a photo credit, an update time) opens with none of these marks and does not run on.
/// </summary>
internal static class QuotedForeignLines
{
    private static readonly SearchValues<char> Openings = SearchValues.Create("\"“„«‹‘‚「『《〈»");

    /// <summary>The blocks the language layer puts in another language that are the story's own, as the summary says.</summary>
    public static IEnumerable<int> Of(IReadOnlyList<Block> blocks, IReadOnlyList<BlockClass> classes, IReadOnlyList<bool> foreign, IReadOnlyList<string?> listed, string articleText)
    {
        var text = Enumerable.Range(0, blocks.Count).Where(i => classes[i] is BlockClass.Good or BlockClass.NearGood && !foreign[i] && listed[i] is null).ToList();
        if (text.Count == 0)
        {
            return [];
        }

        bool Boxed(int i) => i >= 0 && i < blocks.Count && listed[i] is null && FactLines.IsBoxed(blocks[i].Text);
        bool Labels(int i) => i < blocks.Count && listed[i] is null && FactLines.IsLabel(blocks[i].Text) && Boxed(i + 1);
        bool InBox(int i) =>
            (Boxed(i - 1) && blocks[i].IsRightUnder(blocks[i - 1], articleText))
            || (Boxed(i + 1) && blocks[i + 1].IsRightUnder(blocks[i], articleText));

        var own = Enumerable.Range(text[0] + 1, Math.Max(0, text[^1] - text[0] - 1))
            .Where(i => Quotes(blocks[i].Text) || RunsOn(blocks[i].Text) || (Boxed(i) && InBox(i)) || (Labels(i) && InBox(i + 1)))
            .ToList();

        // A box set under the story, right after its last paragraph, with its labels ("Scorers:", "Teams:").
        var tail = Enumerable.Range(text[^1] + 1, blocks.Count - text[^1] - 1).TakeWhile(i => Boxed(i) || Labels(i)).ToList();
        if (tail.Count(Boxed) >= FactLines.Fewest)
        {
            own.AddRange(tail);
        }

        return own.Where(i => foreign[i] && listed[i] is null);
    }

    private static bool Quotes(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith('>') || text.TrimStart("*_ ").IndexOfAny(Openings) == 0;
    }

    private static bool RunsOn(string line)
    {
        var text = line.Trim().Trim("*_").TrimEnd("\"”’»」』");
        return text.Length > 0 && (text[^1] is ',' or ';' || char.IsLower(text[0]));
    }
}
