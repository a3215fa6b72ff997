using System.Globalization;

namespace Language;

/// <summary>
/// A line of running text, which counts in full towards the article's language: one of <see cref="FewestLetters"/> letters
/// or more that ends a sentence, in any script ("。", "।", "؟"), closing quotes, brackets and emphasis after it aside
/// ("…the council said.”", "…Winter.“", "…igen.«"). A mark inside the line is no end, as abbreviations and ordinals show
/// ("13. juni kl. 08.14"); a menu, a label, a headline or a teaser is no running text.
/// </summary>
internal static class RunningText
{
    /// <summary>A sentence of six words or so in an alphabet, a short one in Chinese.</summary>
    public const int FewestLetters = 30;

    /// <summary>Whether the line, of <paramref name="letters"/> letters, is running text.</summary>
    public static bool Is(ReadOnlySpan<char> line, int letters) => letters >= FewestLetters && EndsSentence(line);

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd();
        while (!end.IsEmpty && (end[^1] is '"' or '\'' or '*' or '_' or '«' or '»'
            || char.GetUnicodeCategory(end[^1]) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.InitialQuotePunctuation))
        {
            end = end[..^1].TrimEnd();
        }

        return !end.IsEmpty && end[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '।' or '॥' or '۔' or '؟' or '։' or '።';
    }
}
