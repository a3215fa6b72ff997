using Language.Detection;

namespace LanguageModelBuilder;

/// <summary>
/// Turns each language's counted sources into log-probabilities: per order, the sources' relative frequencies mixed
/// by share, scaled to the language's total count and smoothed (additive smoothing), keeping the most frequent
/// features of each order.
/// </summary>
internal sealed class ModelEstimator
{
    private const double Smoothing = 0.5;

    /// <summary>How many features of each order (words first, then n-grams of one to four letters) a language keeps.</summary>
    private static readonly int[] Kept = [8_000, 1_000, 4_000, 8_000, 8_000];

    /// <summary>A script counts as a language's when at least this share of its training letters are in it.</summary>
    private const double ScriptShare = 0.05;

    private readonly List<string> _languages = [];
    private readonly List<Script> _scripts = [];
    private readonly List<float[]> _floors = [];
    private readonly Dictionary<ulong, List<(byte, float)>> _ngrams = [];
    private readonly Dictionary<ulong, List<(byte, float)>> _words = [];

    /// <summary>Adds a language, or one more model of it (written in another alphabet): the detector adds up the confidence of a language's models.</summary>
    public void Add(string language, IReadOnlyList<(TrainingSource Source, FeatureCounts Counts)> sources)
    {
        var index = (byte)_languages.Count;
        _languages.Add(language);
        _scripts.Add(ScriptsOf(sources.Select(s => s.Counts)));
        var floors = new float[FeatureReader.MaxOrder + 1];
        for (var order = 0; order <= FeatureReader.MaxOrder; order++)
        {
            var mixed = new Dictionary<ulong, double>();
            var total = 0.0;
            var shares = sources.Where(s => s.Counts.ByOrder[order].Count > 0).Sum(s => s.Source.Share);
            foreach (var (source, counts) in sources)
            {
                var features = counts.ByOrder[order];
                var sourceTotal = features.Values.Sum();
                total += sourceTotal;
                foreach (var (key, count) in features)
                {
                    mixed[key] = mixed.GetValueOrDefault(key) + (source.Share / shares * count / sourceTotal);
                }
            }

            var denominator = total + (Smoothing * mixed.Count);
            floors[order] = (float)Math.Log(Smoothing / denominator);
            var table = order == 0 ? _words : _ngrams;
            foreach (var (key, frequency) in mixed.OrderByDescending(f => f.Value).ThenBy(f => f.Key).Take(Kept[order]))
            {
                var boost = (float)(Math.Log(((frequency * total) + Smoothing) / denominator) - floors[order]);
                if (!table.TryGetValue(key, out var entries))
                {
                    table[key] = entries = [];
                }

                entries.Add((index, boost));
            }
        }

        _floors.Add(floors);
    }

    public LanguageModel Build() =>
        new(_languages, _scripts, _floors, FeatureTable.Build(_ngrams), FeatureTable.Build(_words));

    private static Script ScriptsOf(IEnumerable<FeatureCounts> counts)
    {
        var letters = counts.SelectMany(c => c.Letters).GroupBy(l => l.Key, l => l.Value).ToDictionary(g => g.Key, g => g.Sum());
        var total = letters.Values.Sum();
        return letters.Where(l => l.Value >= ScriptShare * total).Aggregate(Script.None, (scripts, l) => scripts | l.Key);
    }
}
