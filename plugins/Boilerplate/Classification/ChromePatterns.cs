using System.Buffers;
using System.Text.RegularExpressions;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Classification;

/// <summary>
/// The obvious boilerplate, as the rule files list it per category: <c>&lt;category&gt;_lines</c> (the whole line,
/// letter case and surrounding punctuation aside), <c>_starts</c> and <c>_ends</c> (a short line that starts or ends
/// so), <c>_contains</c> (a line of any length that holds the phrase) and <c>_pattern</c> (a regular expression
/// over the line). A category's lists are tried in that order, the categories in <see cref="Categories.Listed"/> order.
/// A <c>_contains</c> phrase matches a story's paragraph as well: keep those lists to phrases only page chrome says.
/// </summary>
internal sealed partial class ChromePatterns
{
    private static readonly SearchValues<char> ButtonMarks = SearchValues.Create("|·•");

    private readonly List<(string Category, Func<Line, bool> Test)> _tests = [];
    private readonly Dictionary<string, string> _wholeLines = new(StringComparer.Ordinal);

    private ChromePatterns()
    {
    }

    public static ChromePatterns From(IPluginSettings settings, int shortLineWords)
    {
        var patterns = new ChromePatterns();
        foreach (var category in Categories.Listed)
        {
            var name = Categories.ListName(category);
            if (settings.TryGetList($"{name}_lines", out var lines))
            {
                var whole = lines.Select(p => LineText.Normalize(p)).ToHashSet(StringComparer.Ordinal);
                patterns._tests.Add((category, line => whole.Contains(line.Normal)));
                foreach (var phrase in whole)
                {
                    patterns._wholeLines.TryAdd(phrase, category);
                }
            }

            if (settings.TryGetList($"{name}_starts", out var starts))
            {
                var phrases = starts.Select(p => (Phrase: LineText.Normalize(p, trimEnd: false), Icon: StartsWithIcon(p))).ToArray();
                patterns._tests.Add((category, line =>
                    LineText.Words(line.Normal) <= shortLineWords && phrases.Any(p => line.Head.StartsWith(p.Phrase, StringComparison.Ordinal) && LineText.EndsWord(line.Head, p.Phrase.Length)
                        && (!p.Icon || StartsWithIcon(line.Text)))));
            }

            if (settings.TryGetList($"{name}_ends", out var ends))
            {
                var phrases = ends.Select(p => LineText.Normalize(p)).ToArray();
                patterns._tests.Add((category, line =>
                    LineText.Words(line.Normal) <= shortLineWords && phrases.Any(p => line.Normal.EndsWith(p, StringComparison.Ordinal) && LineText.StartsWord(line.Normal, line.Normal.Length - p.Length))));
            }

            if (settings.TryGetList($"{name}_contains", out var contains))
            {
                var phrases = contains.Select(p => LineText.Normalize(p)).Where(p => p.Length > 0).ToArray();
                var search = SearchValues.Create(phrases, StringComparison.Ordinal);
                patterns._tests.Add((category, line => LineText.ContainsAnyPhrase(line.Normal, phrases, search)));
            }

            if (settings.TryGetText($"{name}_pattern", out var pattern))
            {
                var regex = new TimedPattern(pattern);
                patterns._tests.Add((category, line => regex.IsMatch(line.Text)));
            }
        }

        return patterns;
    }

    /// <summary>The category of the first <c>_lines</c> list that holds the whole text, or null.</summary>
    public string? WholeLine(string text) => _wholeLines.GetValueOrDefault(LineText.Normalize(text));

    /// <summary>
    /// The category of the first list or pattern the line matches, or null. A row of buttons each listed, parted by
    /// wide spaces, bars or dots ("Allow    No thanks", "Sign in | Register"), takes its first button's.
    /// </summary>
    public string? Match(string line)
    {
        var forms = new Line(line, LineText.Normalize(line), LineText.Normalize(line, trimEnd: false));
        foreach (var (category, test) in _tests)
        {
            if (test(forms))
            {
                return category;
            }
        }

        if (!MayHoldButtons(line))
        {
            return null;
        }

        var buttons = ButtonGaps().Split(line.Trim());
        if (buttons.Length < 2 || Match(buttons[0]) is not { } first)
        {
            return null;
        }

        return buttons.Skip(1).All(b => Match(b) is not null) ? first : null;
    }

    // A phrase that starts with an icon ("▶ watch", "● live") names lines that start with one ("🔴 LIVE · 38 of 42
    // seats declared"): comparing drops the icon like a list bullet, and the phrase would name every short line that
    // starts with the word.
    private static bool StartsWithIcon(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && !char.IsLetterOrDigit(trimmed[0]) && LineText.Normalize(text, trimEnd: false) is { Length: > 0 } normal
            && !trimmed.StartsWith(normal.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase);
    }

    // Most lines of a story have neither a bar or a dot nor two blanks in a row (of any kind: "Allow\u00A0\u00A0No
    // thanks"), where ButtonGaps parts a line: they need no split.
    private static bool MayHoldButtons(string line) => line.AsSpan().IndexOfAny(ButtonMarks) >= 0 || LineText.HasWideGap(line);

    // A bar or a dot with blanks around it before a run of blanks, so "Sign in  |  Register" parts in two.
    [GeneratedRegex(@"\s+[|·•]\s+|\s{2,}")]
    private static partial Regex ButtonGaps();

    // A line as the lists compare it, normalized once for all of them: whole, and with its end as it is (for _starts).
    private readonly record struct Line(string Text, string Normal, string Head);
}
