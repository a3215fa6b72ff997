using BenchmarkDotNet.Attributes;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Testing;

namespace PluginHost.Benchmarks;

/// <summary>
/// Each plugin with its shipped rules on a typical article, through the host's pipeline. A plugin that needs
/// another's layer runs after it, so its row includes that plugin (Boilerplate reads Language; Quotes reads
/// Boilerplate). Numbers can also read Quotes' layer, but runs alone in its row; "All" is the four together, as in
/// a real run.
/// </summary>
[MemoryDiagnoser]
public class PluginBenchmarks
{
    private PluginVerifier _verifier = null!;

    [Params("Language", "Numbers", "Boilerplate", "Quotes", "All")]
    public string Plugin { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _verifier = Samples.PipelineFor(Plugin);

    [Benchmark]
    public IReadOnlyList<Diagnostic> Analyze() => _verifier.Analyze(Samples.Article, "article.txt");
}
