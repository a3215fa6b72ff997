using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Classification;

/// <summary>
/// The obvious boilerplate, as the rule files list it per category: <c>&lt;category&gt;_lines</c> (the whole line,
/// letter case and surrounding punctuation aside), <c>_starts</c> and <c>_ends</c> (a short line that starts or ends
/// so), <c>_contains</c> (a line of any length that holds the phrase), <c>_pattern</c> (a regular expression
/// over the line, its gated alternatives tried only where their phrases stand: <see cref="GatedPattern"/>) and
/// <c>_unquoted_pattern</c> (one tried only where the line neither quotes nor reports speech, as <c>speech_pattern</c>
/// tells). A category's lists are tried in that order, the categories in
/// <see cref="Categories.Listed"/> order.
/// A <c>_contains</c> phrase matches a story's paragraph as well: keep those lists to phrases only page chrome says.
/// </summary>
internal sealed partial class ChromePatterns
{
    private static readonly SearchValues<char> ButtonMarks = SearchValues.Create("|·•");

    private readonly List<(string Category, Func<Line, bool> Test, bool ShortLinesOnly)> _tests = [];
    private readonly Dictionary<string, string> _wholeLines = new(StringComparer.Ordinal);
    private readonly int _shortLineWords;
    private readonly TimedPattern _speech;

    // Every category's _contains phrases together: a line that holds none of them (most lines of a story) is searched
    // once, not once per category.
    private readonly SearchValues<string> _anyPhrase;

    private ChromePatterns(IPluginSettings settings, int shortLineWords)
    {
        _shortLineWords = shortLineWords;
        _speech = TimedPattern.Linear(settings.GetText("speech_pattern"));
        var allPhrases = new List<string>();
        foreach (var category in Categories.Listed)
        {
            var name = Categories.ListName(category);
            if (settings.TryGetList($"{name}_lines", out var lines))
            {
                var whole = lines.Select(p => LineText.Normalize(p)).ToHashSet(StringComparer.Ordinal);
                _tests.Add((category, line => whole.Contains(line.Normal), false));
                foreach (var phrase in whole)
                {
                    _wholeLines.TryAdd(phrase, category);
                }
            }

            if (settings.TryGetList($"{name}_starts", out var starts))
            {
                var phrases = starts.Select(p => (Phrase: LineText.Normalize(p, trimEnd: false), Icon: StartsWithIcon(p))).Where(p => p.Phrase.Length > 0).ToArray();
                _tests.Add((category, line =>
                    phrases.Any(p => line.Head.StartsWith(p.Phrase, StringComparison.Ordinal) && LineText.EndsWord(line.Head, p.Phrase.Length)
                        && (!p.Icon || StartsWithIcon(line.Text))), true));
            }

            if (settings.TryGetList($"{name}_ends", out var ends))
            {
                var phrases = ends.Select(p => LineText.Normalize(p)).ToArray();
                _tests.Add((category, line =>
                    phrases.Any(p => line.Normal.EndsWith(p, StringComparison.Ordinal) && LineText.StartsWord(line.Normal, line.Normal.Length - p.Length)), true));
            }

            if (settings.TryGetList($"{name}_contains", out var contains))
            {
                var phrases = contains.Select(p => LineText.Normalize(p)).Where(p => p.Length > 0).ToArray();
                var search = SearchValues.Create(phrases, StringComparison.Ordinal);
                allPhrases.AddRange(phrases);
                _tests.Add((category, line => line.HoldsAPhrase && LineText.ContainsAnyPhrase(line.Normal, phrases, search), false));
            }

            if (settings.TryGetText($"{name}_pattern", out var pattern))
            {
                var regex = new GatedPattern(pattern);
                _tests.Add((category, line => regex.IsMatch(line.Text), false));
            }

            if (settings.TryGetText($"{name}_unquoted_pattern", out var unquoted))
            {
                var regex = new GatedPattern(unquoted);
                _tests.Add((category, line => !line.QuotesOrReportsSpeech && regex.IsMatch(line.Text), false));
            }
        }

        _anyPhrase = SearchValues.Create([.. allPhrases.Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    public static ChromePatterns From(IPluginSettings settings, int shortLineWords) => new(settings, shortLineWords);

    /// <summary>The most words of a short line, as widgets are (<c>max_chrome_words</c>): the lines the <c>_starts</c> and <c>_ends</c> lists are asked of.</summary>
    public int ShortLineWords => _shortLineWords;

    /// <summary>The category of the first <c>_lines</c> list that holds the whole text, or null.</summary>
    public string? WholeLine(string text) => _wholeLines.GetValueOrDefault(LineText.Normalize(text));

    /// <summary>
    /// The category of the first list or pattern the line matches, or null. A row of buttons each listed, parted by
    /// wide spaces, bars or dots ("Allow    No thanks", "Sign in | Register"), or run together where a copy lost
    /// their spaces ("ShareFacebookXWhatsAppEmail"), takes its first button's.
    /// </summary>
    public string? Match(string line)
    {
        if (FirstMatch(line, shortLinesToo: true) is { } category)
        {
            return category;
        }

        if (!MayHoldButtons(line))
        {
            return GluedButtons.Category(line, _shortLineWords, piece => FirstMatch(piece, shortLinesToo: true));
        }

        // A linked button is read by its words: "[WhatsApp](https://wa.me/?text=…)" is "WhatsApp".
        var buttons = ButtonGaps().Split(line.Trim()).Select(b => LineText.LinkText(b) ?? b).ToArray();
        if (buttons.Length < 2 || Match(buttons[0]) is not { } first)
        {
            return null;
        }

        return buttons.Skip(1).All(b => Match(b) is not null) ? first : null;
    }

    // A phrase that starts with an icon ("▶ watch", "● live") names lines that start with one ("🔴 LIVE · 38 of 42
    // seats declared"): comparing drops the icon like a list bullet, and the phrase would name every short line that
    // starts with the word. An icon is a symbol (Unicode's "other symbol": ▶ ● 🎧), not a quotation mark, a hash or a
    // dash, which a story's line may start with ("“Listen to me,” he said.").
    private static bool StartsWithIcon(string text) =>
        Rune.DecodeFromUtf16(text.AsSpan().TrimStart(), out var first, out _) == OperationStatus.Done
        && Rune.GetUnicodeCategory(first) == UnicodeCategory.OtherSymbol;

    /// <summary>
    /// The category of the first list or pattern that names the line whatever its length (<c>_lines</c>,
    /// <c>_contains</c>, <c>_pattern</c>, <c>_unquoted_pattern</c>), or null: the <c>_starts</c> and <c>_ends</c> lists
    /// name short lines only, and a short sentence of the story may start as a widget does ("Updated figures are due in
    /// May.").
    /// </summary>
    public string? MatchAnyLength(string line) => FirstMatch(line, shortLinesToo: false);

    private string? FirstMatch(string line, bool shortLinesToo)
    {
        var (normal, head) = LineText.NormalizeBothWays(line);
        // The article's lines hold no line break, but a caller may pass text that does: speech is looked for up to the
        // first, as far as the patterns' own "[^\n]*" reach. A line the speech pattern runs out of time on counts as speech.
        var firstLine = line.IndexOf('\n', StringComparison.Ordinal) is >= 0 and var end ? line[..end] : line;
        var forms = new Line(line, normal, head, LineText.Words(normal) <= _shortLineWords, normal.AsSpan().IndexOfAny(_anyPhrase) >= 0, _speech.IsMatch(firstLine, onTimeout: true));
        foreach (var (category, test, shortLinesOnly) in _tests)
        {
            if ((!shortLinesOnly || (shortLinesToo && forms.IsShort)) && test(forms))
            {
                return category;
            }
        }

        return null;
    }

    // Most lines of a story have neither a bar or a dot, nor two blanks in a row (of any kind: "Allow\u00A0\u00A0No
    // thanks"), nor one link right after another, where ButtonGaps parts a line: they need no split.
    private static bool MayHoldButtons(string line) => line.AsSpan().IndexOfAny(ButtonMarks) >= 0 || LineText.HasWideGap(line) || line.Contains(") [", StringComparison.Ordinal);

    // A bar or a dot with blanks around it before a run of blanks, so "Sign in  |  Register" parts in two; and the
    // blank between two Markdown links ("[Facebook](#) [X](#)").
    [GeneratedRegex(@"\s+[|·•]\s+|\s{2,}|(?<=\]\([^)\s]*\))\s+(?=!?\[)")]
    private static partial Regex ButtonGaps();

    // A line as the lists compare it, worked out once for all of them: normalized whole, and with its end as it is (for
    // _starts), whether it is short enough for the _starts and _ends lists, whether any _contains phrase stands in it,
    // and whether it quotes or reports speech (for the _unquoted_pattern settings).
    private readonly record struct Line(string Text, string Normal, string Head, bool IsShort, bool HoldsAPhrase, bool QuotesOrReportsSpeech);
}
