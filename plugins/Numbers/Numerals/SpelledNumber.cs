using System.Globalization;
using Humanizer;

namespace Numbers;

/// <summary>
/// English number words: which words are cardinals ("twenty-one") and ordinals ("third"), and their values, read
/// with Humanizer's words-to-number conversion.
/// </summary>
public static class SpelledNumber
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly HashSet<string> Cardinals = new(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred", "thousand"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> OrdinalEndings = new(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
            "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word is a cardinal number word or a hyphenated one ("twenty-one").</summary>
    public static bool IsCardinal(string word) => word.Split('-').All(Cardinals.Contains);

    /// <summary>Whether the word is an ordinal number word: "third", "twenty-first" (not "third-largest").</summary>
    public static bool IsOrdinal(string word)
    {
        var parts = word.Split('-');
        return OrdinalEndings.Contains(parts[^1]) && parts[..^1].All(Cardinals.Contains);
    }

    /// <summary>The value of number words: "a hundred and five" is 105, "twentieth" is 20.</summary>
    public static double? Value(string words)
    {
        var text = words.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || words.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            ? "one " + words[(words.IndexOf(' ', StringComparison.Ordinal) + 1)..]
            : words;
        return text.TryToNumber(out var value, English) ? value : null;
    }
}
