using PluginHost.Host.Configuration;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reading;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Rules;

/// <summary>
/// Runs the examples written in rules through the whole pipeline (so rules that need other plugins' layers or
/// the plugin's own code work as in a real run), every rule on at its default severity whatever the configuration.
/// An example must produce exactly its marked findings of the rule; a counterexample none.
/// </summary>
public sealed class RuleExampleRunner
{
    public IReadOnlyList<RuleExampleResult> Run(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var pipeline = new ArticlePipeline(catalog, new DiagnosticFactory(SeverityConfiguration.EveryRuleAtDefault()), new ArticleReader(), PluginTimeLimit.None);
        var results = new List<RuleExampleResult>();
        foreach (var rule in catalog.AllRules.Where(r => r.Examples.Count > 0))
        {
            foreach (var example in rule.Examples)
            {
                var article = Article.Create($"{example.File}({example.Position.Line},{example.Position.Column})", example.Text.Text);
                var id = rule.Descriptor.Id;
                var failure = FindingComparison.Compare(example.Text, pipeline.Analyze(article), id, found => found == id || example.Text.Spans.Any(s => s.RuleId == found));
                results.Add(new RuleExampleResult(rule, example, failure));
            }
        }

        return results;
    }
}
