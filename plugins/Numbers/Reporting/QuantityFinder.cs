using System.Collections.Concurrent;
using System.Globalization;
using Humanizer;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;

namespace Numbers;

/// <summary>
/// Publishes every quantity of an article as the "numbers" layer (years, dates and times included, with their
/// kind), reports each statistic (NM0001), each statistic whose sentence, and the one before it, names no
/// source (NM0002), and each number written against the house style, with its fix (NM0003).
/// </summary>
public sealed class QuantityFinder : IArticleAnalyzer
{
    // Set by Prepare, which the host calls before the first article.
    private Parts? _parts;

    // Each unit's plural, as Humanizer gives it: it tries its hundred or so plural rules, each a regular expression, in
    // turn. Most units are the rule files'; a unit written onto a figure with a hyphen is the article's own word
    // ("a 5-storey block"), so the table keeps only the first MostPlurals units a run meets.
    private const int MostPlurals = 2_000;
    private static readonly ConcurrentDictionary<string, string> Plurals = new(StringComparer.Ordinal);

    // Humanizer's first plural builds its English vocabulary, about a hundred compiled regular expressions (some
    // 110 ms of a one-article run): begun when the plugin loads, in the background, while the host reads the rule
    // files, rather than in the first article. Every command that loads plugins starts it, and it is then ready.
    public QuantityFinder() => _ = Task.Run(static () => "unit".Pluralize(inputIsKnownToBeSingular: false));

    public void Prepare(IPluginSettings settings) => _parts = Parts.From(settings);

    public void Analyze(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        var (scanner, reader, sources, style) = _parts!;
        var quantities = reader.Read(article, scanner.Scan(article));
        var sourced = sources.SourcedSentences(article, context.Layer(NumbersPlugin.QuotesLayer));
        var sentences = article.Segments(PluginHost.Sdk.Text.SegmentKind.Sentence);
        var found = quantities.Select(q => (Quantity: q, Properties: Properties(article.TextOf(q.Span), q, sourced[sentences.Count(s => s.Span.Start <= q.Span.Start) - 1]))).ToList();
        context.Publish(NumbersPlugin.NumbersLayer, found.Select(f => new Annotation(f.Quantity.Span, f.Properties["reading"] as string, f.Properties)));
        foreach (var (quantity, properties) in found)
        {
            if (quantity.IsStatistic)
            {
                context.Report("NM0001", quantity.Span, properties);
                if (properties["sourced"] is false)
                {
                    context.Report("NM0002", quantity.Span, properties);
                }
            }

            if (style.Check(article, quantity) is var (advice, fix))
            {
                context.Report("NM0003", fix.Span, new Dictionary<string, object?> { ["text"] = article.TextOf(fix.Span), ["advice"] = advice, ["suggestion"] = fix.NewText.Trim() }, [fix]);
            }
        }
    }

    // One object, so that articles analyzed at once see it whole or build their own.
    private sealed record Parts(NumeralScanner Scanner, QuantityReader Reader, SourceFinder Sources, NumberStyle Style)
    {
        public static Parts From(IPluginSettings settings)
        {
            var lexicon = new NumbersLexicon(settings);
            return new Parts(new NumeralScanner(lexicon), new QuantityReader(lexicon), new SourceFinder(lexicon), new NumberStyle(settings));
        }
    }

    private static Dictionary<string, object?> Properties(string text, Quantity quantity, bool sourced)
    {
        var properties = new Dictionary<string, object?>
        {
            ["text"] = text,
            ["kind"] = quantity.Kind.ToString().ToLowerInvariant(),
            ["reading"] = quantity.Kind is QuantityKind.Date or QuantityKind.Time ? text : Reading(quantity),
            ["sourced"] = sourced,
        };
        Add(properties, "value", quantity.Value);
        Add(properties, "low", quantity.Low);
        Add(properties, "high", quantity.High);
        Add(properties, "unit", quantity.Unit);
        Add(properties, "counted", quantity.Counted);
        Add(properties, "comparator", quantity.Comparator);
        Add(properties, "rate", quantity.Rate);
        Add(properties, "change", quantity.Change);
        Add(properties, "magnitude", quantity.Magnitude);
        return properties;
    }

    private static void Add(Dictionary<string, object?> properties, string name, object? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }

    /// <summary>
    /// The quantity as an editor reads it back: "more than 2,000 people per year", "USD 3,200,000,000", "vague, of the
    /// order of 10,000 visitors".
    /// </summary>
    public static string Reading(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var number = quantity switch
        {
            { Kind: QuantityKind.Year, Low: { } first, High: { } last } => $"{first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}",
            { Low: { } low, High: { } high } => $"{Format(low)}–{Format(high)}",
            { Magnitude: { } magnitude } => $"vague, of the order of {Format(Math.Pow(10, magnitude))}",
            { Kind: QuantityKind.Year, Value: { } year } => year.ToString(CultureInfo.InvariantCulture),
            { Value: { } value } => Format(value),
            _ => "",
        };
        var plural = quantity.Value is not 1;
        var parts = new List<string?>
        {
            quantity.Comparator,
            quantity.IsInCurrency ? $"{quantity.Unit} {number}" : number,
            quantity.Kind switch
            {
                _ when quantity.IsInCurrency => null,
                QuantityKind.Multiplier => "times",
                _ when quantity.Unit is "percent" => "percent",
                // "5 km", "50 mw": abbreviations take no plural.
                _ when quantity.Unit is { } unit => plural && unit.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal)) ? Plural(unit) : unit,
                _ => quantity.Counted,
            },
            quantity.Rate,
            quantity.Change,
        };
        return string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string Plural(string unit)
    {
        if (Plurals.TryGetValue(unit, out var plural))
        {
            return plural;
        }

        plural = unit.Pluralize(inputIsKnownToBeSingular: false);
        if (Plurals.Count < MostPlurals)
        {
            Plurals.TryAdd(unit, plural);
        }

        return plural;
    }

    private static string Format(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
