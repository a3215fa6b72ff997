using BenchmarkDotNet.Attributes;
using PluginHost.Sdk.Text;

namespace PluginHost.Benchmarks;

/// <summary>Reading an article into paragraphs, lines, sentences and tokens, which every plugin starts from.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    [Benchmark]
    public Article Segment() => Article.Create("article.txt", Samples.Article);
}
