using System.Buffers;
using Boilerplate.Blocks;
using Boilerplate.Classification;

namespace Boilerplate.Structure;

/// <summary>
/// Lines in another language than the article's that the story holds as its own, inside it (between its first and last
/// paragraphs of running text in the article's language) and right under its own text: words it quotes (a line a
/// quotation mark or a blockquote opens: "「多謝各位街坊…」", "> Tēnā koutou katoa…"; a "»" only with its "«", and not "”",
/// with which Swedish and Finnish teasers open as often as quotes), a poem's or a song's lines (a line that runs on with
/// a comma or a semicolon, or goes on in lower case with no label: "No vuelvas, me dijo el río,"), and a box of facts
/// whose values are names that read as another language ("Referee: Hemi Tūhoe-Marsh (New Zealand).", "**Starring:**
/// Zofia Łęczycka, …": two lines of it at least, right under one another, or a lone label over them; a box right after
/// the story's last paragraph is the story's as any box of facts there is, in <see cref="Reporting.PageReading"/>). A
/// portal's chrome inside a story (an advert's label, a teaser, a photo credit, an update time) has none of these marks,
/// and a teaser's value is no list of names ("Čítajte aj: Nová chata pod Rysmi").
/// </summary>
internal static class QuotedForeignLines
{
    private static readonly SearchValues<char> Openings = SearchValues.Create("\"“„«‹‘‚「『《〈");

    /// <summary>The blocks the language layer puts in another language that are the story's own, as the summary says.</summary>
    public static IEnumerable<int> Of(IReadOnlyList<Block> blocks, IReadOnlyList<BlockClass> classes, IReadOnlyList<bool> foreign, IReadOnlyList<string?> listed, string articleText)
    {
        // A listed line is never good or near-good: the classifier takes it for residue.
        var text = Enumerable.Range(0, blocks.Count).Where(i => classes[i] is BlockClass.Good or BlockClass.NearGood && !foreign[i]).ToList();
        if (text.Count == 0)
        {
            return [];
        }

        // The lines asked stand inside the story, so only a box under a label may reach past the page's last line.
        bool Boxed(int i) => i < blocks.Count && listed[i] is null && FactLines.IsBoxed(blocks[i].Text) && NamesValue(blocks[i].Text);
        bool Labels(int i) => listed[i] is null && FactLines.IsLabel(blocks[i].Text) && Boxed(i + 1);
        bool InBox(int i) =>
            (Boxed(i - 1) && blocks[i].IsRightUnder(blocks[i - 1], articleText))
            || (Boxed(i + 1) && blocks[i + 1].IsRightUnder(blocks[i], articleText));

        var own = Enumerable.Range(text[0] + 1, Math.Max(0, text[^1] - text[0] - 1))
            .Where(i => listed[i] is null)
            .Where(i => Quotes(blocks[i].Text) || RunsOn(blocks[i].Text) || (Boxed(i) && InBox(i)) || (Labels(i) && InBox(i + 1)))
            .ToHashSet();

        // Each run of such lines stands right under the story's own text, not under a widget or the portal's chrome. The
        // story's first line of text is no such line, so the walk up stops there at the latest.
        bool UnderStory(int i)
        {
            var above = i - 1;
            while (own.Contains(above))
            {
                above--;
            }

            return listed[above] is null && !foreign[above];
        }

        return own.Where(i => foreign[i] && UnderStory(i)).Order();
    }

    /// <summary>Whether a quotation mark or a blockquote opens the line: "„…“", "「…」", "> …"; a "»" only with its "«".</summary>
    public static bool Quotes(string line)
    {
        var text = line.TrimStart();
        var opened = text.TrimStart("*_ ");
        return text.StartsWith('>') || opened.IndexOfAny(Openings) == 0 || (opened.StartsWith('»') && opened.Contains('«'));
    }

    private static bool RunsOn(string line)
    {
        var text = line.Trim().Trim("*_").TrimEnd("\"”’»«」』");
        return text.Length > 0 && (text[^1] is ',' or ';' || (char.IsLower(text[0]) && !text.Contains(':')));
    }

    // A value of names, figures and labels: no two words in a row start in lower case ("Tries – Sapolu-Aumua, Tuimavave",
    // "Seru Naivalurua, Meli Ratuvou (capt)"), as a teaser's headline or a sentence's do.
    private static bool NamesValue(string line)
    {
        var lowerRun = 0;
        foreach (var word in line[(line.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = word.AsSpan().TrimStart("(\"“„«*_");
            lowerRun = !start.IsEmpty && char.IsLower(start[0]) ? lowerRun + 1 : 0;
            if (lowerRun == 2)
            {
                return false;
            }
        }

        return true;
    }
}
