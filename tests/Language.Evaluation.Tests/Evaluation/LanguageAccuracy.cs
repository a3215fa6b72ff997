using Language.Detection;

namespace Language.Evaluation.Tests;

/// <summary>How often the detector names the right language, per language, over several evaluation sets together.</summary>
internal sealed record LanguageAccuracy(IReadOnlyDictionary<string, (int Right, int Undetermined, int Samples)> PerLanguage, IReadOnlyDictionary<string, Dictionary<string, int>> Confusions)
{
    public double Mean => PerLanguage.Values.Average(c => (double)c.Right / c.Samples);

    public static LanguageAccuracy Measure(LanguageDetector detector, params EvaluationSet[] sets)
    {
        var counts = new Dictionary<string, (int Right, int Undetermined, int Samples)>();
        var confusions = new Dictionary<string, Dictionary<string, int>>();
        foreach (var set in sets)
        {
            foreach (var (language, samples) in set.Samples)
            {
                var (right, undetermined, total) = counts.GetValueOrDefault(language);
                foreach (var sample in samples)
                {
                    var guess = detector.Detect(sample);
                    right += guess.Language == language ? 1 : 0;
                    undetermined += guess.IsDetermined ? 0 : 1;
                    total++;
                    if (guess.Language is { } other && other != language)
                    {
                        var mistaken = confusions.TryGetValue(language, out var found) ? found : confusions[language] = [];
                        mistaken[other] = mistaken.GetValueOrDefault(other) + 1;
                    }
                }

                counts[language] = (right, undetermined, total);
            }
        }

        return new LanguageAccuracy(counts, confusions);
    }

    public string Table() =>
        string.Join(Environment.NewLine, PerLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {100.0 * p.Value.Right / p.Value.Samples,6:0.0} % ({p.Value.Right}/{p.Value.Samples}, {p.Value.Undetermined} undetermined) {Mistakes(p.Key)}"))
        + Environment.NewLine + $"mean {100 * Mean:0.00} %";

    private string Mistakes(string language) =>
        Confusions.TryGetValue(language, out var mistaken) ? "as " + string.Join(", ", mistaken.OrderByDescending(m => m.Value).Take(4).Select(m => $"{m.Key} {m.Value}")) : "";
}
