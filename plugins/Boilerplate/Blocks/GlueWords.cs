using System.Buffers;
using Boilerplate.Classification;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Blocks;

/// <summary>
/// Widget words that a lost line break glued to the article's first or last word ("ShareThe council voted",
/// "as the mayor said.Read more", "Читать далееThe ferry"). A widget word is a phrase the rule files list whole
/// (<c>&lt;category&gt;_lines</c>) of several words or of five letters or more, or a run of letters in another
/// script than the rest of a line of Latin text (foreign chrome). It is only split off where it is glued to text of a
/// dozen letters or more: at the start of a line, where the letter case or the script changes with no space between
/// ("ShareThe", "ADVERTISEMENTThe", "分享到微信港口"), unless what is left is itself a name in camel case; at the
/// end, after the end of a sentence, when it does not end a sentence itself; and a listed sentence of chrome run on
/// to the story's last sentence with no space between ("unhurt.Get the newsletter…") or into its first ("…the latest
/// newsThe council…"). A
/// <c>glued_&lt;category&gt;_pattern</c> names a prefix of varying words that opens a paragraph, such as a wire
/// service's code before its story ("(NPW) — The ferry…").
/// </summary>
internal sealed class GlueWords(ChromePatterns lists, IReadOnlyList<(TimedPattern Prefix, string Category)> prefixes)
{
    // A widget word is short; a glued line is searched no further in than this for one.
    private const int LongestWidget = 40;

    // A widget word is split off text: the rest of the line must have at least this many letters.
    private const int FewestTextLetters = 12;

    private const int ShortestWidgetWord = 5;

    // The shortest word of a glued sentence of chrome that runs into the story: "news" of "…the latest newsThe council…".
    private const int ShortestGluedWord = 3;

    // What opens a quotation or an aside: a run of another script after one is quoted in the story.
    private static readonly SearchValues<char> Openers = SearchValues.Create("«“„\"'(");

    public static GlueWords From(IPluginSettings settings, ChromePatterns lists, IEnumerable<string> categories) =>
        new(lists, [.. categories
            .Where(category => settings.TryGetText($"glued_{Categories.ListName(category)}_pattern", out _))
            .Select(category => (new TimedPattern(settings.GetText($"glued_{Categories.ListName(category)}_pattern")), category))]);

    /// <summary>The length and category of a widget word glued to the start of the line, if any.</summary>
    public (int Length, string Category)? AtStart(string line)
    {
        foreach (var (prefix, category) in prefixes)
        {
            if (Prefix(prefix, line) is { } length)
            {
                return (length, category);
            }
        }

        // The longest listed widget first: "分享到微信" before "分享".
        for (var at = Math.Min(line.Length - 1, LongestWidget); at >= 2; at--)
        {
            if (Glued(line, at) && IsWidgetWord(line.AsSpan(0, at)) && !IsCamelCase(line.AsSpan(at)) && IsText(line.AsSpan(at)) && lists.WholeLine(line[..at]) is { } category)
            {
                return (at, category);
            }
        }

        return GluedSentenceAtStart(line) ?? (OtherScriptAtStart(line) is { } run ? (run, Categories.ForeignChrome) : null);
    }

    /// <summary>The length and category of a widget word glued to the end of the line, if any.</summary>
    public (int Length, string Category)? AtEnd(string line)
    {
        for (var at = Math.Max(2, line.Length - LongestWidget); at < line.Length; at++)
        {
            if (char.IsLetterOrDigit(line[at]) && !char.IsLetterOrDigit(line[at - 1]) && LineText.EndsSentence(line.AsSpan(0, at))
                && IsWidgetWord(line.AsSpan(at)) && !LineText.EndsSentence(line.AsSpan(at)) && IsText(line.AsSpan(0, at)) && lists.WholeLine(line[at..]) is { } category)
            {
                return (line.Length - at, category);
            }
        }

        return GluedSentence(line) ?? (OtherScriptAtEnd(line) is { } run ? (run, Categories.ForeignChrome) : null);
    }

    // A sentence of page chrome run on to the story's last sentence with no space between ("…but unhurt.Get the
    // newsletter: the coast's news in your inbox", "…a waiting list of 17.Get…"): where a sentence ends and a
    // capitalized word starts with nothing between, a line break was lost, and what follows is split off when the
    // lists name it as a line of its own whatever its length (not by how a short line starts: "…in March.Updated
    // figures are due in May."), but not as an author's bio, whose pattern is a sentence of the story's own shape
    // ("…in 2019.Anna Brand is a teacher at the school…").
    private (int Length, string Category)? GluedSentence(string line)
    {
        for (var at = line.Length - 2; at >= 2; at--)
        {
            if (line[at - 1] is '.' or '!' or '?' && (char.IsLower(line[at - 2]) || char.IsDigit(line[at - 2])) && char.IsUpper(line[at]) && char.IsLower(line[at + 1])
                && IsText(line.AsSpan(0, at)) && lists.MatchAnyLength(line[at..]) is { } category && category != Categories.AuthorBio)
            {
                return (line.Length - at, category);
            }
        }

        return null;
    }

    // A sentence of page chrome longer than a widget word, run into the story's first sentence with no space between
    // ("Sign up to our daily newsletter for the latest Kilbrannock newsThe savings paper proposes…"): where a word of three
    // letters or more in lower case runs into a capitalized one, what comes before is split off when the lists name it,
    // and the whole line, as a line of their own whatever its length. A shorter word or one with a capital of its own is
    // part of a name or a hashtag ("iPhone", "#OyankunBudget"), and a line the lists do not name whole is the story's,
    // which a pattern's guard let through ("…call 999, even from an iPhone without signal, police said.").
    private (int Length, string Category)? GluedSentenceAtStart(string line)
    {
        for (var at = LongestWidget + 1; at + 1 < line.Length; at++)
        {
            if (char.IsLower(line[at - 1]) && char.IsUpper(line[at]) && char.IsLower(line[at + 1]) && !IsCamelCase(line.AsSpan(at)) && IsText(line.AsSpan(at))
                && LastWord(line.AsSpan(0, at)) is { Length: >= ShortestGluedWord } word && word.All(char.IsLower)
                && lists.MatchAnyLength(line[..at]) is { } category && category != Categories.AuthorBio && lists.MatchAnyLength(line) == category)
            {
                return (at, category);
            }
        }

        return null;
    }

    private static string LastWord(ReadOnlySpan<char> text) => text[(text.LastIndexOf(' ') + 1)..].ToString();

    // A prefix must leave text after it.
    private static int? Prefix(TimedPattern prefix, string line) =>
        prefix.Match(line) is { Index: 0, Length: > 0 } match && match.Length < line.Length ? match.Length : null;

    // Where one word runs into the next: lower case into a capital ("ShareThe"), a word in capitals into a capitalized
    // one ("ADVERTISEMENTThe"), a script without case into a capital ("続きを読むThe"). Chinese and Japanese put no
    // space between words, so there a widget is only told from the text by its length ("分享到微信港口", not "广告业").
    private static bool Glued(string line, int at)
    {
        var (before, after) = (line[at - 1], line[at]);
        return (char.IsUpper(after) && (char.IsLower(before) || IsCaseless(before)))
            || (char.IsUpper(before) && char.IsUpper(after) && at + 1 < line.Length && char.IsLower(line[at + 1]) && line[..at].All(c => !char.IsLower(c)))
            || (at >= 4 && IsUnspaced(before) && IsUnspaced(after));
    }

    private static bool IsCaseless(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

    // Kana, the CJK ideographs and the scripts between them, up to Hangul (Korean puts spaces between its words).
    private static bool IsUnspaced(char c) => c is >= '\u3040' and < '\uAC00';

    // A listed phrase of several words, or a word of five letters or more: shorter words ("Go", "Play", "More") begin
    // too many names and words of the story ("GoFundMe", "PlayStation").
    private static bool IsWidgetWord(ReadOnlySpan<char> widget) => widget.Trim().Contains(' ') || Letters(widget) >= ShortestWidgetWord || !IsCased(widget);

    // What a cut leaves is itself a name in camel case ("GoFundMe" cut after "Go"): the cut is inside a name.
    private static bool IsCamelCase(ReadOnlySpan<char> rest)
    {
        for (var i = 1; i < rest.Length && char.IsLetter(rest[i]); i++)
        {
            if (char.IsUpper(rest[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCased(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c) || char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // A line of Latin text opened by letters of another script that run straight into it: "Читать далееThe ferry".
    private static int? OtherScriptAtStart(string line)
    {
        var latin = Array.FindIndex(line.ToCharArray(), IsLatinLetter);
        return latin > 0 && char.IsLetter(line[latin - 1]) && IsOtherScriptRun(line[..latin]) && MostlyLatin(line[latin..]) ? latin : null;
    }

    // A line of Latin text that a run of another script ends, after the end of its last sentence: "…said.続きを読む".
    private static int? OtherScriptAtEnd(string line)
    {
        var latin = Array.FindLastIndex(line.ToCharArray(), IsLatinLetter);
        var run = latin < 0 ? -1 : Array.FindIndex(line.ToCharArray(), latin + 1, char.IsLetter);
        return run > 0 && LineText.EndsSentence(line.AsSpan(0, run)) && !line.AsSpan(latin + 1, run - latin - 1).ContainsAny(Openers)
            && IsOtherScriptRun(line[run..]) && !LineText.EndsWithFullStop(line) && MostlyLatin(line[..run]) ? line.Length - run : null;
    }

    // A run that opens with a quotation mark or a bracket is quoted in the story, not a widget.
    private static bool IsOtherScriptRun(string run) =>
        run.Length <= LongestWidget && run.Count(char.IsLetter) >= 2 && !char.IsPunctuation(run[0]);

    private static bool IsText(ReadOnlySpan<char> rest) => Letters(rest) >= FewestTextLetters;

    private static int Letters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    private static bool MostlyLatin(string text)
    {
        var letters = text.Count(char.IsLetter);
        var latin = text.Count(IsLatinLetter);
        return latin >= FewestTextLetters && latin * 5 >= letters * 4;
    }

    private static bool IsLatinLetter(char c) => char.IsLetter(c) && c <= '\u024F';
}
