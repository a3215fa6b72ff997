using PluginHost.Host.Rules;
using PluginHost.Rules.Compilation;
using PluginHost.Rules.Matching;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// What one plugin sees of one article. It holds the plugin to its manifest: it reads only layers it declares,
/// publishes only layers it produces, and reports only rules its rule files declare, inside the article.
/// </summary>
internal sealed class PluginAnalysisContext(
    PluginRules plugin,
    PluginStep step,
    DiagnosticFactory diagnostics,
    Action<string> reportInvalid,
    Action<CompiledPattern, Segment> reportStopped,
    CancellationToken cancellationToken) : AnalysisContext
{
    private readonly Dictionary<string, RuleDescriptor> _rules = plugin.RuleSet.Rules.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal);

    public override Article Article => step.Layers.Article;

    public override IPluginSettings Settings => plugin.RuleSet.Settings;

    public override CancellationToken CancellationToken => cancellationToken;

    public override AnnotationLayer Layer(string name)
    {
        var manifest = plugin.Plugin.Manifest;
        return manifest.Reads.Contains(name) || manifest.Produces.Contains(name)
            ? step.Layers.Layer(name)
            : throw new InvalidOperationException($"plugin {manifest.Name} reads layer '{name}', which its manifest neither produces nor consumes");
    }

    public override IReadOnlyList<string> Patterns => plugin.RuleSet.PatternNames;

    public override IReadOnlyList<TextMatch> Match(string pattern) =>
        plugin.RuleSet.Pattern(pattern) is { } compiled
            ? PatternEvaluator.Evaluate(compiled, step.Layers, scope => reportStopped(compiled, scope), starts: step.Starts)
            : throw new KeyNotFoundException($"The rule files of plugin {plugin.Plugin.Manifest.Name} declare no pattern '{pattern}'.");

    public override void Publish(string layer, IEnumerable<Annotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        if (!plugin.Plugin.Manifest.Produces.Contains(layer))
        {
            reportInvalid($"layer '{layer}', which its manifest does not produce");
            return;
        }

        var list = annotations.ToList();
        if (list.FirstOrDefault(a => a.Span.End > Article.Text.Length) is { } outside)
        {
            reportInvalid($"an annotation of layer '{layer}' at {outside.Span}, outside the article ({Article.Text.Length} characters)");
            list.RemoveAll(a => a.Span.End > Article.Text.Length);
        }

        step.Publish(layer, list);
    }

    public override void Report(string ruleId, TextSpan span, IReadOnlyDictionary<string, object?>? properties = null, IReadOnlyList<TextEdit>? fixes = null)
    {
        if (!_rules.TryGetValue(ruleId, out var rule))
        {
            reportInvalid($"rule {ruleId}, which its rule files do not declare");
            return;
        }

        if (span.End > Article.Text.Length || fixes?.Any(f => f.Span.End > Article.Text.Length) == true)
        {
            reportInvalid($"{ruleId} at {span}, outside the article ({Article.Text.Length} characters)");
            return;
        }

        step.Report(diagnostics.Create(rule, Article.Path, Article, span, properties, fixes));
    }
}
