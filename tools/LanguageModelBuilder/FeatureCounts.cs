using Language.Detection;

namespace LanguageModelBuilder;

/// <summary>How often each n-gram (per order) and each word occurs in one source's text, and the letters per script.</summary>
internal sealed class FeatureCounts : IFeatureSink
{
    public Dictionary<ulong, double>[] ByOrder { get; } = [.. Enumerable.Range(0, FeatureReader.MaxOrder + 1).Select(_ => new Dictionary<ulong, double>())];

    public Dictionary<Script, long> Letters { get; } = [];

    public static FeatureCounts Of(IEnumerable<string> lines)
    {
        var counts = new Counter(new FeatureCounts());
        foreach (var line in lines)
        {
            FeatureReader.Read(line, ref counts);
        }

        return counts.Counts;
    }

    public void Letter(Script script) => Letters[script] = Letters.GetValueOrDefault(script) + 1;

    // The model counts a name's features as any word's: a language's names are its text too.
    public void BeginWord(bool isName)
    {
    }

    public void NGram(int order, ulong key) => Add(ByOrder[order], key);

    public void Word(ulong hash, bool capitalized) => Add(ByOrder[0], hash);

    private static void Add(Dictionary<ulong, double> counts, ulong key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    // FeatureReader takes its sink by reference as a struct, so that the detector's sink is not boxed.
    private struct Counter(FeatureCounts counts) : IFeatureSink
    {
        public readonly FeatureCounts Counts => counts;

        public readonly void Letter(Script script) => counts.Letter(script);

        public readonly void BeginWord(bool isName) => counts.BeginWord(isName);

        public readonly void NGram(int order, ulong key) => counts.NGram(order, key);

        public readonly void Word(ulong hash, bool capitalized) => counts.Word(hash, capitalized);
    }
}
