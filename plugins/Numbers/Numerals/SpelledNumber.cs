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

    /// <summary>Every number word, cardinal ("twenty", "thousand") or ordinal ("third").</summary>
    public static IEnumerable<string> Words => Cardinals.Concat(OrdinalEndings);

    /// <summary>Whether the word is a cardinal number word or a hyphenated one ("twenty-one").</summary>
    public static bool IsCardinal(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return AllCardinals(word);
    }

    /// <summary>Whether the word is an ordinal number word: "third", "twenty-first" (not "third-largest").</summary>
    public static bool IsOrdinal(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var last = word.LastIndexOf('-');
        return OrdinalEndings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(last + 1)) && (last < 0 || AllCardinals(word.AsSpan(0, last)));
    }

    // Asked of every word of every article: the parts are looked up where they stand, not split off into strings.
    private static bool AllCardinals(ReadOnlySpan<char> words)
    {
        var cardinals = Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in words.Split('-'))
        {
            if (!cardinals.Contains(words[part]))
            {
                return false;
            }
        }

        return true;
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
