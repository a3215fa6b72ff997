using BenchmarkDotNet.Attributes;
using PluginHost.Rules.Compilation;
using PluginHost.Rules.Matching;
using PluginHost.Rules.Parsing;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Benchmarks;

/// <summary>One rule of each pattern kind run over every sentence of a typical article: what each element costs.</summary>
[MemoryDiagnoser]
public class RuleMatcherBenchmarks
{
    private static readonly Dictionary<string, string> Patterns = new(StringComparer.Ordinal)
    {
        ["phrase"] = "\"according to\"",
        ["exact"] = "=\"Harbour\"",
        ["regex"] = "/[0-9][0-9,.]*/",
        ["list"] = "$bodies",
        ["alternation"] = "\"said\" | \"told\" | \"added\" | \"wrote\"",
        ["gap"] = "\"said\" gap(6) $weekdays",
        ["repeat"] = "/[A-Z][a-z]+/+ \"said\"",
        ["not"] = "\"“\" (!\"”\")+ \"”\"",
    };

    private CompiledRule _rule = null!;
    private ArticleView _view = null!;

    [Params("phrase", "exact", "regex", "list", "alternation", "gap", "repeat", "not")]
    public string Kind { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = $$"""
            list bodies = "city council", "water board", "harbour authority", "statistics office", "central bank";
            list weekdays = Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday;
            rule BN0001 { title = "t"; message = "m"; severity = warning; scope = sentence; match = {{Patterns[Kind]}}; }
            """;
        var syntax = RuleParser.Parse("bench.rules", text, out var error);
        var set = RuleCompiler.Compile([syntax], new RuleEnvironment("Bench", "BN", [], []));
        _rule = error is null && set.Errors.Count == 0 ? set.Rules.Single() : throw new InvalidOperationException($"{error} {string.Join(", ", set.Errors)}");
        _view = new PlainView(Article.Create("article.txt", Samples.Article));
    }

    [Benchmark]
    public int Match() => RuleEvaluator.Evaluate(_rule, _view).Count();

    private sealed class PlainView(Article article) : ArticleView
    {
        public override Article Article { get; } = article;

        public override AnnotationLayer Layer(string name) => new(name, []);
    }
}
