using BenchmarkDotNet.Attributes;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;
using PluginHost.Testing;

namespace PluginHost.Benchmarks;

/// <summary>What a run pays before its first article: parsing the shipped rule files, and compiling them with their plugins.</summary>
[MemoryDiagnoser]
public class RuleCompilationBenchmarks
{
    private readonly (string Path, string Text)[] _files =
        [.. Directory.EnumerateFiles(Path.Combine(Samples.RepositoryRoot, "rules"), "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f)))];

    [Benchmark]
    public List<RuleFileSyntax> ParseShippedRules() => [.. _files.Select(f => RuleParser.Parse(f.Path, f.Text, out _))];

    [Benchmark]
    public PluginVerifier CompileShippedRules() => Samples.AllPlugins();
}
