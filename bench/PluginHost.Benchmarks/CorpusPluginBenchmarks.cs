using BenchmarkDotNet.Attributes;
using PluginHost.Testing;

namespace PluginHost.Benchmarks;

/// <summary>
/// Each plugin over the first <see cref="Articles"/> articles of the benchmark corpus, reported per article: the
/// typical article of <see cref="PluginBenchmarks"/> has page residue and quotes, but a run also meets articles
/// without residue, with foreign paragraphs, longer and shorter ones. Rows as in <see cref="PluginBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class CorpusPluginBenchmarks
{
    private const int Articles = 200;

    private PluginVerifier _verifier = null!;
    private string[] _articles = [];

    [Params("Language", "Numbers", "Boilerplate", "Quotes", "All")]
    public string Plugin { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _verifier = Samples.PipelineFor(Plugin);
        _articles = Samples.CorpusArticles(Articles);
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Analyze()
    {
        var findings = 0;
        foreach (var article in _articles)
        {
            findings += _verifier.Analyze(article, "article.txt").Count;
        }

        return findings;
    }
}
