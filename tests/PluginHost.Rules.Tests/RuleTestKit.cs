using PluginHost.Rules.Compilation;
using PluginHost.Rules.Matching;
using PluginHost.Rules.Parsing;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Tests;

/// <summary>Compiles rule text for a made-up plugin "Test" (prefix TS) and runs it over articles with given layers.</summary>
internal static class RuleTestKit
{
    public static CompiledRuleSet Compile(string rules, IEnumerable<ITokenClass>? classes = null, IEnumerable<string>? layers = null)
    {
        var syntax = RuleParser.Parse("test.rules", rules, out var error);
        error.ShouldBeNull();
        return RuleCompiler.Compile([syntax], new RuleEnvironment("Test", "TS", classes ?? [], layers ?? []));
    }

    public static CompiledRule Rule(string rules, IEnumerable<ITokenClass>? classes = null, IEnumerable<string>? layers = null)
    {
        var set = Compile(rules, classes, layers);
        set.Errors.ShouldBeEmpty();
        return set.Rules.ShouldHaveSingleItem();
    }

    /// <summary>The texts a one-rule file with this pattern matches in <paramref name="text"/>.</summary>
    public static List<string> Matches(string pattern, string text, string extra = "", string scope = "sentence", View? view = null)
    {
        var rule = Rule($$"""
            {{extra}}
            rule TS0001 { title = "t"; message = "m"; severity = warning; scope = {{scope}}; match = {{pattern}}; }
            """, view?.Classes, view?.LayerNames);
        view ??= new View(Article.Create("a.txt", text));
        return [.. RuleEvaluator.Evaluate(rule, view).Select(m => view.Article.TextOf(m.Span))];
    }

    internal sealed class View(Article article, Dictionary<string, List<Annotation>>? layers = null, IEnumerable<ITokenClass>? classes = null) : ArticleView
    {
        public override Article Article { get; } = article;

        public IEnumerable<ITokenClass> Classes { get; } = classes ?? [];

        public IEnumerable<string> LayerNames => layers?.Keys ?? (IEnumerable<string>)[];

        /// <summary>How often a layer was asked for.</summary>
        public int LayersRead { get; private set; }

        public override AnnotationLayer Layer(string name)
        {
            LayersRead++;
            return new(name, layers?.GetValueOrDefault(name) ?? []);
        }
    }
}
