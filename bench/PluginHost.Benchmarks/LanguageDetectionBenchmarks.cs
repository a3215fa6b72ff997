using BenchmarkDotNet.Attributes;
using Language;
using Language.Detection;
using PluginHost.Sdk.Analysis;

namespace PluginHost.Benchmarks;

/// <summary>
/// The language detector alone, with its shipped settings, over the held-out evaluation samples of the Language
/// plugin (tests/Language.Evaluation.Tests/Evaluation): sentences, and phrases of one to three words. One operation
/// detects every sample of the set; its size in bytes is printed at set-up, for MB/s.
/// </summary>
[MemoryDiagnoser]
public class LanguageDetectionBenchmarks
{
    private LanguageDetector _detector = null!;
    private string[] _samples = [];

    [Params("sentences", "phrases")]
    public string Set { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        IPluginSettings settings = Samples.Pipeline(new LanguagePlugin()).Rules.Plugins.Single().RuleSet.Settings;
        _detector = LanguageDetector.FromSettings(settings);
        string[] folders = Set == "sentences" ? ["udhr-sentences", "news-sentences"] : ["cldr-phrases", "news-phrases", "udhr-words"];
        var evaluation = Path.Combine(Samples.RepositoryRoot, "tests", "Language.Evaluation.Tests", "Evaluation");
        _samples = [.. folders.SelectMany(f => Directory.GetFiles(Path.Combine(evaluation, f), "*.txt").Order(StringComparer.Ordinal)).SelectMany(File.ReadLines).Where(l => l.Length > 0)];
        Console.WriteLine($"// {Set}: {_samples.Length} samples, {_samples.Sum(s => System.Text.Encoding.UTF8.GetByteCount(s))} bytes of UTF-8");
    }

    [Benchmark]
    public int DetectAll()
    {
        var determined = 0;
        foreach (var sample in _samples)
        {
            determined += _detector.Detect(sample).IsDetermined ? 1 : 0;
        }

        return determined;
    }
}
