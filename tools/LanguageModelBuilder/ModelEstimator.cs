using Language.Detection;

namespace LanguageModelBuilder;

/// <summary>
/// Turns each language's counted sources into log-probabilities: per order, the sources' relative frequencies mixed
/// by share, scaled to the language's total count and smoothed (additive smoothing), keeping the most frequent
/// features of each order. A feature a language has not seen counts at the lowest floor (the probability of an
/// unseen feature) of all languages, not at the language's own: a small model's higher floor would otherwise make
/// it the likeliest language of every text it knows nothing of (Vietnamese for a Cyrillic line). So each feature
/// is stored as its log-probability above that lowest floor, and a text's score in a language is the sum of them.
/// </summary>
internal sealed class ModelEstimator
{
    private const double Smoothing = 0.1;

    /// <summary>
    /// How many features of each order (words first, then n-grams of one to four letters) a language keeps. An alphabet's
    /// letters are all kept, and the most used thousands of Chinese and Japanese characters and Hangul syllables.
    /// </summary>
    private static readonly int[] Kept = [20_000, 8_000, 15_000, 15_000, 20_000];

    /// <summary>
    /// A script counts as a language's when at least this share of the letters of its prose and phrases (UDHR and
    /// CLDR) are in it; word lists are left out, since they hold foreign words (Latin ones in the Chinese list).
    /// </summary>
    private const double ScriptShare = 0.05;

    private readonly List<string> _languages = [];
    private readonly List<Script> _scripts = [];
    private readonly List<double> _alphabetShares = [];
    private readonly double[] _lowestFloors = [.. Enumerable.Repeat(0.0, FeatureReader.MaxOrder + 1)];
    private readonly List<(byte Language, int Order, ulong Key, double LogProbability)> _features = [];

    /// <summary>
    /// Adds a language, or one more model of it (written in another alphabet, with that alphabet's share of the
    /// language's writing): the detector adds up the confidence of a language's models.
    /// </summary>
    public void Add(string language, double alphabetShare, IReadOnlyList<(TrainingSource Source, FeatureCounts Counts)> sources)
    {
        var index = (byte)_languages.Count;
        _languages.Add(language);
        _alphabetShares.Add(alphabetShare);
        _scripts.Add(ScriptsOf(sources.Where(s => s.Source.Name is "udhr" or "cldr").Select(s => s.Counts)));
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
            _lowestFloors[order] = Math.Min(_lowestFloors[order], Math.Log(Smoothing / denominator));
            foreach (var (key, frequency) in mixed.OrderByDescending(f => f.Value).ThenBy(f => f.Key).Take(Kept[order]))
            {
                _features.Add((index, order, key, Math.Log(((frequency * total) + Smoothing) / denominator)));
            }
        }
    }

    public LanguageModel Build() =>
        new(_languages, _scripts, Table(_features.Where(f => f.Order > 0)), Table(_features.Where(f => f.Order == 0)), _alphabetShares);

    private FeatureTable Table(IEnumerable<(byte Language, int Order, ulong Key, double LogProbability)> features) =>
        FeatureTable.Build(features
            .GroupBy(f => f.Key)
            .ToDictionary(g => g.Key, g => g.Select(f => (f.Language, (float)(f.LogProbability - _lowestFloors[f.Order]))).ToList()));

    private static Script ScriptsOf(IEnumerable<FeatureCounts> counts)
    {
        var letters = counts.SelectMany(c => c.Letters).GroupBy(l => l.Key, l => l.Value).ToDictionary(g => g.Key, g => g.Sum());
        var total = letters.Values.Sum();
        return letters.Where(l => l.Value >= ScriptShare * total).Aggregate(Script.None, (scripts, l) => scripts | l.Key);
    }
}
