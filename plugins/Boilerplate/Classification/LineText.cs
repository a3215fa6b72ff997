using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Boilerplate.Classification;

/// <summary>How lines are compared with the rule files' phrases: lower case, blanks collapsed, list bullets and the
/// punctuation around the words dropped, so "» Read more «", "READ MORE:" and "read more" are one phrase.</summary>
internal static partial class LineText
{
    /// <param name="line">The line or phrase.</param>
    /// <param name="trimEnd">False to keep the punctuation at the end, so that the phrase "tags:" starts "Tags: port" but not "Tags were".</param>
    public static string Normalize(string line, bool trimEnd = true)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        // Rune by rune, as an icon may lie outside the Basic Multilingual Plane ("📍 View on map").
        var text = builder.ToString().AsSpan();
        while (Rune.DecodeFromUtf16(text, out var rune, out var length) == OperationStatus.Done && IsEdgeOrBlank(rune))
        {
            text = text[length..];
        }

        return (trimEnd ? WithoutEdgesAtEnd(text) : text).ToString();
    }

    /// <summary>The line as <see cref="Normalize"/> gives it both ways: whole, and with its end as it is.</summary>
    public static (string Normal, string Head) NormalizeBothWays(string line)
    {
        var head = Normalize(line, trimEnd: false);
        var normal = WithoutEdgesAtEnd(head);
        return (normal.Length == head.Length ? head : normal.ToString(), head);
    }

    private static ReadOnlySpan<char> WithoutEdgesAtEnd(ReadOnlySpan<char> text)
    {
        while (Rune.DecodeLastFromUtf16(text, out var rune, out var length) == OperationStatus.Done && IsEdgeOrBlank(rune))
        {
            text = text[..^length];
        }

        return text;
    }

    /// <summary>The text of a Markdown link that is alone on its line ("[Share](/share?u=…)"), or null.</summary>
    public static string? LinkText(string line) => LoneLink().Match(line) is { Success: true } link ? link.Groups[1].Value : null;

    /// <summary>A row of two or more Markdown links and nothing else but blanks and separators: "[Share](/share) · [Save](/saved)".</summary>
    public static bool IsLinkRow(string line) => LinkRow().IsMatch(line);

    /// <summary>The line with each Markdown link replaced by its text: "By [Ilse Marwood](/authors/ilse)" → "By Ilse Marwood".</summary>
    public static string Unlinked(string line) => line.Contains("](", StringComparison.Ordinal) ? Link().Replace(line, "$1") : line;

    /// <summary>Whether the line is a Markdown picture alone: "![Jess Morrow](/authors/jess-morrow.jpg)".</summary>
    public static bool IsPicture(string line) => PictureText(line) is not null;

    /// <summary>The description of a Markdown picture alone on its line ("Ewan Tolmie" of "![Ewan Tolmie](/img/et.jpg)"), or null.</summary>
    public static string? PictureText(string line) => line.TrimStart() is ['!', .. var rest] ? LinkText(rest) : null;

    /// <summary>Whether the line is a picture's caption as a copied page labels it: "Image caption, The branch line closed in 1966", "Caption: …".</summary>
    public static bool IsCaption(string line) => CaptionLabel().IsMatch(line);

    /// <summary>Whether the line is a sub-heading: a Markdown heading below the first level ("## What happens next") or bold alone ("**Cutting the 41 would strand us**").</summary>
    public static bool IsSubheading(string line) => Subheading().IsMatch(line);

    /// <summary>Whether the text holds the words as words of their own ("Linfield" in "beat Linfield 58-51", not in "Linfielder").</summary>
    public static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            if (StartsWord(text, at) && EndsWord(text, at + words.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line is a web address alone, as a printed page's header or footer gives it: "https://example.com/news/…/print".</summary>
    public static bool IsWebAddress(string line) => WebAddress().IsMatch(line);

    /// <summary>Whether a line ends in a colon, closing emphasis aside ("Other results from Sunday:", "**Line-ups:**").</summary>
    public static bool EndsWithColon(string line) => WithoutClosers(line) is [.., ':'];

    /// <summary>Whether a line ends as a sentence does, closing quotes, brackets and emphasis aside.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line) =>
        WithoutClosers(line) is [.., '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？'];

    /// <summary>
    /// Whether a line goes on from the one above in lower case, its first word too ("and we have…"): a hard-wrapped
    /// sentence, not a name in lower case ("eBay", "iPhone") that may open a line of its own.
    /// </summary>
    public static bool RunsOnInLowerCase(string line) => line.Length > 0 && char.IsLower(line[0]) && !line.TakeWhile(c => !char.IsWhiteSpace(c)).Any(char.IsUpper);

    /// <summary>Whether the line is an item of a bulleted list: "• Glass bottles are not included", "- Item", "* Item".</summary>
    public static bool IsListItem(string line) => line.TrimStart() is [('•' or '◦' or '▪' or '-' or '*' or '–'), ' ', ..];

    /// <summary>Whether a line ends with a full stop, as a headline does not.</summary>
    public static bool EndsWithFullStop(string line) => WithoutClosers(line) is [.., '.' or '…' or '。'];

    /// <summary>Whether a line trails off in an ellipsis ("Search...", "Read more…") rather than ending a sentence.</summary>
    public static bool TrailsOff(string line) => WithoutClosers(line) is [.., '…'] or [.., '.', '.', '.'];

    /// <summary>Where the line after the one ending at <paramref name="at"/> starts: past one \r\n, \n or \r.</summary>
    public static int AfterLineBreak(string text, int at) =>
        at < text.Length && text[at] == '\r' ? (at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1)
        : at < text.Length && text[at] == '\n' ? at + 1
        : at;

    public static int Words(string normal) => normal.Length == 0 ? 0 : normal.AsSpan().Count(' ') + 1;

    /// <summary>Whether two blanks of any kind stand in a row in the line, as between buttons or columns.</summary>
    public static bool HasWideGap(string line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]) && char.IsWhiteSpace(line[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a line as the lists count them: after <see cref="Normalize"/>.</summary>
    public static int WordsOfLine(string line) => Words(Normalize(line));

    /// <summary>True when a phrase ending at <paramref name="end"/> ends a word there.</summary>
    public static bool EndsWord(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

    /// <summary>True when a phrase starting at <paramref name="start"/> starts a word there.</summary>
    public static bool StartsWord(string text, int start) => start <= 0 || !char.IsLetterOrDigit(text[start - 1]);

    /// <summary>Whether one of the phrases stands in the text as whole words; <paramref name="search"/> finds where they start.</summary>
    public static bool ContainsAnyPhrase(string text, IReadOnlyList<string> phrases, SearchValues<string> search)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(search);
            if (at < 0)
            {
                return false;
            }

            at += from;
            foreach (var phrase in phrases)
            {
                if (phrase.Length > 0 && text.AsSpan(at).StartsWith(phrase, StringComparison.Ordinal) && IsWholePhraseAt(text, phrase, at))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    // A phrase that starts or ends with a letter or digit must start or end a word there.
    private static bool IsWholePhraseAt(string text, string phrase, int at) =>
        (StartsWord(text, at) || !char.IsLetterOrDigit(phrase[0])) && (EndsWord(text, at + phrase.Length) || !char.IsLetterOrDigit(phrase[^1]));

    [GeneratedRegex(@"(?<!!)\[([^\]\n]*)\]\([^)\s]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s*\[[^\]\n]*\]\([^)\s]*\)(?:\s*[|·•,]?\s*\[[^\]\n]*\]\([^)\s]*\))+\s*$")]
    private static partial Regex LinkRow();

    [GeneratedRegex(@"^(?:#{2,6}\s+\S.*|\*\*[^*\n]+\*\*)$")]
    private static partial Regex Subheading();

    [GeneratedRegex(@"^\s*(?:https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^\W*(?:Image|Photo|Picture|Video) caption\s*[,:]\s*\S|^\W*Caption\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    // The text may hold a picture ("[![Logo](/logo.png)](/)"), not the end of another link.
    [GeneratedRegex(@"^\s*\[((?:!\[[^\]]*\]\([^)\s]*\)|[^\]])+)\]\([^)\s]*\)\s*$")]
    private static partial Regex LoneLink();

    // Bullets, arrows, separators, icons and the punctuation a widget puts around its words, and the blanks between
    // them ("» 📍 View on map"). An emoji may be joined to another (U+200D), styled (U+FE0E, U+FE0F), toned or
    // framed as a key (U+20E3).
    private static bool IsEdgeOrBlank(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || (Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.MathSymbol
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherSymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format or UnicodeCategory.EnclosingMark
            && rune.Value is not ('©' or '%' or '@' or '&'))
        || rune.Value is 0xFE0E or 0xFE0F;

    // The line without the closing quotes, brackets and emphasis a sentence's last mark may stand inside.
    private static ReadOnlySpan<char> WithoutClosers(ReadOnlySpan<char> line) => line.TrimEnd("\"'”’»)*_ ");
}
