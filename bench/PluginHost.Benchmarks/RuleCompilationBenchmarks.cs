using BenchmarkDotNet.Attributes;
using PluginHost.Rules.Caching;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;
using PluginHost.Testing;

namespace PluginHost.Benchmarks;

/// <summary>
/// What a run pays before its first article: parsing the shipped rule files (or reading their syntax from the cache),
/// and compiling them with their plugins.
/// </summary>
[MemoryDiagnoser]
public class RuleCompilationBenchmarks
{
    private readonly (string Path, string Text)[] _files =
        [.. Directory.EnumerateFiles(Path.Combine(Samples.RepositoryRoot, "rules"), "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f)))];

    private readonly string _cacheFolder = Path.Combine(Path.GetTempPath(), $"pluginhost-bench-cache-{Guid.NewGuid():N}");

    private RuleSyntaxCache _cache = RuleSyntaxCache.None;

    [GlobalSetup(Target = nameof(ReadShippedRulesFromCache))]
    public void FillCache()
    {
        _cache = new RuleSyntaxCache(_cacheFolder);
        ReadShippedRulesFromCache();
    }

    [GlobalCleanup(Target = nameof(ReadShippedRulesFromCache))]
    public void DeleteCache() => Directory.Delete(_cacheFolder, recursive: true);

    [Benchmark]
    public List<RuleFileSyntax> ParseShippedRules() => [.. _files.Select(f => RuleParser.Parse(f.Path, f.Text, out _))];

    [Benchmark]
    public List<RuleFileSyntax> ReadShippedRulesFromCache() => [.. _files.Select(f => _cache.Parse(f.Path, f.Text, out _))];

    [Benchmark]
    public PluginVerifier CompileShippedRules() => Samples.AllPlugins();
}
