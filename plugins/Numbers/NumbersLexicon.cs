using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>The word lists of the plugin's rule files: magnitudes, qualifiers, currencies, units, rates, changes, sources.</summary>
public sealed class NumbersLexicon
{
    // The tokens any currency's sign, code or name starts or ends with: asked at every number, most of which have none
    // beside them, so the currencies are not gone through one by one where no currency can stand.
    private readonly HashSet<string> _currencyFirstTokens;
    private readonly HashSet<string> _currencyLastTokens;

    public NumbersLexicon(IPluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Magnitudes = [(settings.GetWordList("thousands"), 1e3), (settings.GetWordList("millions"), 1e6), (settings.GetWordList("billions"), 1e9), (settings.GetWordList("trillions"), 1e12)];
        Comparators = [.. settings.GetList("comparators").Select(name => (settings.GetWordList(name), name.Replace('_', ' ')))];
        Currencies = [.. settings.GetList("currencies").Select(code => (settings.GetWordList(code.ToLowerInvariant()), code.ToUpperInvariant()))];
        _currencyFirstTokens = new HashSet<string>(Currencies.SelectMany(c => c.Words.FirstTokens), StringComparer.OrdinalIgnoreCase);
        _currencyLastTokens = new HashSet<string>(Currencies.SelectMany(c => c.Words.LastTokens()), StringComparer.OrdinalIgnoreCase);
        Rates = [.. settings.GetList("rates").Select(name => (settings.GetWordList(name), name.Replace('_', ' ')))];
        DefaultCurrency = settings.GetText("default_currency");
        Percent = settings.GetWordList("percent_words");
        PercentagePoints = settings.GetWordList("percentage_point_words");
        Units = settings.GetWordList("units");
        Hundredths = settings.GetWordList("hundredths");
        CountedStopWords = settings.GetWordList("counted_stop_words");
        Increase = settings.GetWordList("increase_words");
        Decrease = settings.GetWordList("decrease_words");
        Months = settings.GetWordList("months");
        Weekdays = settings.GetWordList("weekdays");
        TimeZones = settings.GetWordList("time_words");
        IdentifierWords = settings.GetWordList("identifier_words");
        StreetWords = settings.GetWordList("street_words");
        Sources = settings.GetWordList("source_phrases");
    }

    /// <summary>thousand, million, bn...: each list with the power it multiplies by.</summary>
    public IReadOnlyList<(WordList Words, double Factor)> Magnitudes { get; }

    /// <summary>more than, over, about...: each list with the comparator it normalizes to ("more than").</summary>
    public IReadOnlyList<(WordList Words, string Comparator)> Comparators { get; }

    /// <summary>Each currency's symbols, codes and names with its ISO code.</summary>
    public IReadOnlyList<(WordList Words, string Code)> Currencies { get; }

    /// <summary>a year, annually, per day...: each list with the rate it normalizes to ("per year").</summary>
    public IReadOnlyList<(WordList Words, string Rate)> Rates { get; }

    /// <summary>The currency of "25 cents" when the article has named none.</summary>
    public string DefaultCurrency { get; }

    public WordList Percent { get; }

    public WordList PercentagePoints { get; }

    public WordList Units { get; }

    /// <summary>cents, pence: a hundredth of the currency the article last named.</summary>
    public WordList Hundredths { get; }

    public WordList CountedStopWords { get; }

    public WordList Increase { get; }

    public WordList Decrease { get; }

    public WordList Months { get; }

    public WordList Weekdays { get; }

    public WordList TimeZones { get; }

    public WordList IdentifierWords { get; }

    public WordList StreetWords { get; }

    public WordList Sources { get; }

    /// <summary>The factor of the magnitude word at <paramref name="index"/> and its token count, if one is there.</summary>
    public (double Factor, int Length)? MagnitudeAt(Article article, int index, int end)
    {
        foreach (var (words, factor) in Magnitudes)
        {
            if (words.LengthAt(article, index, end) is > 0 and var length)
            {
                return (factor, length);
            }
        }

        return null;
    }

    /// <summary>
    /// The currency whose sign, code or name ends just before <paramref name="end"/>, and its token count. The longest
    /// wins: "C$" is Canadian dollars, not the "$" of US dollars.
    /// </summary>
    public (string Code, int Length)? CurrencyEndingAt(Article article, int end, int floor) =>
        end - 1 >= floor && IsTokenOf(_currencyLastTokens, article, end - 1)
            ? Longest(Currencies.Select(c => (c.Code, Length: c.Words.LengthEndingAt(article, end, floor))))
            : null;

    /// <summary>The currency written at <paramref name="index"/> ("euros", "USD"), and its token count; the longest wins.</summary>
    public (string Code, int Length)? CurrencyAt(Article article, int index, int end) =>
        index < end && IsTokenOf(_currencyFirstTokens, article, index)
            ? Longest(Currencies.Select(c => (c.Code, Length: c.Words.LengthAt(article, index, end))))
            : null;

    private static bool IsTokenOf(HashSet<string> tokens, Article article, int index) =>
        tokens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(article.CharsOf(article.Tokens[index].Span));

    /// <summary>The comparator whose qualifier ends just before <paramref name="end"/>, and its token count; the list declared first wins.</summary>
    public (string Comparator, int Length)? ComparatorEndingAt(Article article, int end, int floor) =>
        Comparators.Select(c => (c.Comparator, Length: c.Words.LengthEndingAt(article, end, floor))).FirstOrDefault(c => c.Length > 0) is { Length: > 0 } found ? found : null;

    private static (string Key, int Length)? Longest(IEnumerable<(string Key, int Length)> matches) =>
        matches.MaxBy(m => m.Length) is { Length: > 0 } longest ? longest : null;

    /// <summary>The factor of a magnitude written onto a figure: the "bn" of "1.5bn".</summary>
    public double? MagnitudeSuffix(string suffix) =>
        Magnitudes.Where(m => m.Words.Contains(suffix)).Select(m => (double?)m.Factor).FirstOrDefault();
}
