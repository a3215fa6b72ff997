using System.Text.RegularExpressions;
using Boilerplate.Classification;

namespace Boilerplate.Blocks;

/// <summary>
/// Rows of a table of figures in the article (election results, a league's standings, survey counts, opening hours): three or more
/// adjacent lines parted into the same number of cells by bars or by runs of blanks, three or more cells (two, a label
/// and its value, where every row is a Markdown table's: "| Weight | 19.8 kg |"), at least half of the rows with a
/// figure in a cell other than the first. A menu parts its links the same way, but holds no figures;
/// a ranked teaser list ("1  Headline") has its number first. Such rows are read as text, whatever the lists say of
/// their words.
/// </summary>
internal static partial class DataTables
{
    private const int FewestRows = 3;
    private const int FewestCells = 3;
    private const int MostLabelWords = 3;

    private const int MinimumWordsAroundAFigure = 3;

    // The columns of a league's standings: a box score has the periods and the final ("1", "2", "F") instead.
    private static readonly HashSet<string> StandingsColumns = new(["P", "Pld", "Played", "W", "Won", "D", "Drawn", "L", "Lost", "GD", "GF", "GA", "Pts", "Points", "Pct", "PCT", "GB", "Form", "Conf", "Overall"], StringComparer.Ordinal);

    /// <summary>For each block, whether it is a row of a table of figures.</summary>
    public static bool[] Of(string text, IReadOnlyList<Block> blocks)
    {
        var cells = blocks.Select(b => b.IsGlued ? [] : CellsOf(b.Text)).ToArray();
        var rows = new bool[blocks.Count];
        var first = 0;
        for (var i = 1; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && cells[i].Length == cells[first].Length
                && blocks[i].IsRightUnder(blocks[i - 1], text))
            {
                continue;
            }

            var run = Enumerable.Range(first, i - first).ToList();
            if (run.Count >= FewestRows && (cells[first].Length >= FewestCells || run.All(r => IsLabelAndValue(blocks[r].Text)))
                && run.Count(r => HasFigure(cells[r])) * 2 >= run.Count)
            {
                run.ForEach(r => rows[r] = true);
            }

            first = i;
        }

        return rows;
    }

    // Most lines of a story have neither a bar nor a tab nor two blanks in a row: one cell, and no split to allocate.
    private static string[] CellsOf(string line) =>
        line.Contains('|') ? line.Trim().Trim('|').Split('|')
        : line.Contains('\t') || LineText.HasWideGap(line) ? ColumnGap().Split(line.Trim())
        : [line];

    /// <summary>A row that holds a column of a league's standings: "| Team | P | W | D | L | Pts |", "| Team | Conf | Overall |".</summary>
    public static bool IsStandingsRow(string line) => CellsOf(line).Any(cell => StandingsColumns.Contains(cell.Trim()));

    /// <summary>The first cell of a table's row, trimmed: "Linfield" of "| Linfield | 12 | 9 |", "" of "| | 1 | 2 |".</summary>
    public static string FirstCell(string line) => CellsOf(line)[0].Trim();

    /// <summary>
    /// A row of a Markdown table of two columns, a label of a few words and its value: "| Weight | 19.8 kg |", and the
    /// table's empty header and rule rows ("| | |", "|---|---|"); a rail of teasers and their dates has a headline first.
    /// </summary>
    public static bool IsLabelAndValue(string line) =>
        line.Trim() is ['|', _, .., '|'] && CellsOf(line) is [var label, _] && LineText.WordsOfLine(label) <= MostLabelWords;

    // A figure in a cell after the first: a count, a share, a sum, a change (+4, -6, −2, –2), or a figure among words
    // ("Mon to Sat, 10am to 4pm"); not a reading time or the time since a teaser was posted ("3 min", "2h"), which a
    // rail of teasers has in a column of its own.
    private static bool HasFigure(string[] cells) => cells.Skip(1).Any(c => Figure().IsMatch(c) || (LineText.WordsOfLine(c) >= MinimumWordsAroundAFigure && FigureAmongWords().IsMatch(c)));

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex ColumnGap();

    // A figure that is not a reading time or the time since a teaser was posted.
    private const string FigureNotATime = @"\d(?![\d.,]*\s*(?:(?:mins?|minutes?|hrs?|hours?|days?)\b|[smhd]\b\s*ago\b))";

    [GeneratedRegex(@"^\s*[+\-−–±]?[£$€¥]?" + FigureNotATime)]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?<![\p{L}\d])" + FigureNotATime)]
    private static partial Regex FigureAmongWords();
}
