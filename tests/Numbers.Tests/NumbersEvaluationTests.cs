using System.Text.Json;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;
using Xunit.Sdk;

namespace Numbers.Tests;

/// <summary>
/// Measures the plugin on the labelled evaluation set in Evaluation/ (12 articles written for the project, every
/// numeric expression labelled with its kind, value, unit and source) and prints the figures. A found quantity
/// matches a label when their spans overlap.
/// </summary>
public sealed class NumbersEvaluationTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Evaluation");

    [Fact]
    public void Quantities_meet_their_targets_on_the_evaluation_set()
    {
        var lexicon = NumbersUnderTest.Lexicon;
        var (scanner, reader, sources) = (new NumeralScanner(lexicon), new QuantityReader(lexicon), new SourceFinder(lexicon));
        var (labelled, found, matched, falseAlarms, rightValue, rightKind, rightUnit, rightSourced, statistics, namesAsQuantities) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var misses = new List<string>();
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "labels.json")));
        foreach (var entry in labels.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var text = File.ReadAllText(Path.Combine(Folder, "articles", file));
            var article = Article.Create(file, text);
            var quantities = reader.Read(article, scanner.Scan(article));
            var sourced = sources.SourcedSentences(article, new AnnotationLayer("quotes", []));
            var sentences = article.Segments(SegmentKind.Sentence);
            var expressions = entry.GetProperty("expressions").EnumerateArray().Select(e => (Label: e, Span: Locate(text, e))).ToList();
            var names = entry.GetProperty("not_quantities").EnumerateArray().SelectMany(e => Every(text, e.GetProperty("text").GetString()!)).ToList();
            found += quantities.Count;
            foreach (var quantity in quantities)
            {
                if (!expressions.Any(e => Overlap(e.Span, quantity.Span)))
                {
                    falseAlarms++;
                    var isName = names.Any(n => Overlap(n, quantity.Span));
                    namesAsQuantities += isName ? 1 : 0;
                    misses.Add($"{file}: {(isName ? "name or code" : "unlabelled")} \"{text.Substring(quantity.Span.Start, quantity.Span.Length)}\" read as {quantity.Kind}");
                }
            }

            foreach (var (label, span) in expressions)
            {
                labelled++;
                var kind = label.GetProperty("kind").GetString()!;
                var quantity = quantities.Where(q => Overlap(q.Span, span)).MaxBy(q => Math.Min(q.Span.End, span.End) - Math.Max(q.Span.Start, span.Start));
                var shown = text.Substring(span.Start, span.Length);
                if (quantity is null)
                {
                    misses.Add($"{file}: missed \"{shown}\" ({kind})");
                    continue;
                }

                matched++;
                var found_ = quantity.Kind.ToString().ToLowerInvariant();
                rightKind += found_ == kind ? 1 : 0;
                var valueRight = SameValue(label, quantity);
                rightValue += valueRight ? 1 : 0;
                rightUnit += string.Equals(Text(label, "unit"), quantity.Unit, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                if (quantity.IsStatistic)
                {
                    statistics++;
                    var isSourced = sourced[sentences.Count(s => s.Span.Start <= quantity.Span.Start) - 1];
                    rightSourced += isSourced == label.GetProperty("sourced").GetBoolean() ? 1 : 0;
                    if (isSourced != label.GetProperty("sourced").GetBoolean())
                    {
                        misses.Add($"{file}: \"{shown}\" is {(isSourced ? "not sourced" : "sourced")}, read as {(isSourced ? "sourced" : "not sourced")}");
                    }
                }

                if (found_ != kind || !valueRight)
                {
                    misses.Add($"{file}: \"{shown}\" is {kind} {Describe(label)}, read \"{text.Substring(quantity.Span.Start, quantity.Span.Length)}\" as {found_} {QuantityFinder.Reading(quantity)}");
                }
            }
        }

        var (recall, precision, valueAccuracy) = ((double)matched / labelled, (double)(found - falseAlarms) / found, (double)rightValue / matched);
        output.WriteLine($"expressions labelled {labelled}, quantities found {found}; recall {recall:P1}, precision {precision:P1}; value right {rightValue} of {matched} ({valueAccuracy:P1}); kind right {rightKind} ({(double)rightKind / matched:P1}); unit right {rightUnit} ({(double)rightUnit / matched:P1}); sourced right {rightSourced} of {statistics} statistics ({(double)rightSourced / statistics:P1}); names and codes read as quantities: {namesAsQuantities}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        recall.ShouldBeGreaterThanOrEqualTo(0.97, string.Join(Environment.NewLine, misses));
        precision.ShouldBeGreaterThanOrEqualTo(0.97, string.Join(Environment.NewLine, misses));
        valueAccuracy.ShouldBeGreaterThanOrEqualTo(0.97, string.Join(Environment.NewLine, misses));
        namesAsQuantities.ShouldBe(0, string.Join(Environment.NewLine, misses));
    }

    // A date or a time is labelled with no value: finding it as one is enough.
    private static bool SameValue(JsonElement label, Quantity quantity) =>
        Number(label, "value") is null && Number(label, "low") is null && Number(label, "magnitude") is null
            ? quantity.Kind.ToString().Equals(label.GetProperty("kind").GetString(), StringComparison.OrdinalIgnoreCase)
            : Number(label, "magnitude") is { } magnitude
            ? quantity.Magnitude == (int)magnitude
            : Number(label, "low") is { } low
                ? Close(low, quantity.Low) && Close(Number(label, "high")!.Value, quantity.High)
                : Number(label, "value") is { } value && Close(value, quantity.Value);

    private static bool Close(double expected, double? actual) => actual is { } found && Math.Abs(expected - found) <= Math.Abs(expected) * 1e-6 + 1e-3;

    private static string Describe(JsonElement label) =>
        string.Join(' ', new[] { "value", "low", "high", "unit", "magnitude" }.Select(p => Text(label, p) is { } v ? $"{p}={v}" : null).Where(p => p is not null));

    private static double? Number(JsonElement label, string property) =>
        label.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string? Text(JsonElement label, string property) =>
        label.TryGetProperty(property, out var value) && value.ValueKind is not JsonValueKind.Null ? value.ToString() : null;

    private static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    // A name or a code is no quantity wherever it stands.
    private static IEnumerable<TextSpan> Every(string text, string needle)
    {
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            yield return new TextSpan(at, needle.Length);
        }
    }

    private static TextSpan Locate(string text, JsonElement label)
    {
        var needle = label.GetProperty("text").GetString()!;
        var occurrence = label.TryGetProperty("occurrence", out var n) ? n.GetInt32() : 1;
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
        }

        at.ShouldBeGreaterThanOrEqualTo(0, $"\"{needle}\" (occurrence {occurrence}) is not in the article");
        return new TextSpan(at, needle.Length);
    }
}
