using BenchmarkDotNet.Attributes;
using PluginHost.Host.Discovery;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reporting;
using PluginHost.Testing;

namespace PluginHost.Benchmarks;

/// <summary>Writing one typical article's findings (all four plugins) to a SARIF log, as a run does for each article.</summary>
[MemoryDiagnoser]
public class SarifWritingBenchmarks : IDisposable
{
    private ArticleResult _result = null!;
    private SarifReportWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var verifier = Samples.AllPlugins();
        _result = new ArticleResult(new ArticleSource("archive/article.txt", "/archive/article.txt"), null, verifier.Analyze(Samples.Article, "archive/article.txt"));
        _writer = new SarifReportWriter(Stream.Null);
        _writer.WriteStart(new ReportContext("0.1.0", "/archive", [.. verifier.Rules.Descriptors], []));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }
    }

    [Benchmark]
    public void WriteArticle() => _writer.WriteArticle(_result);
}
