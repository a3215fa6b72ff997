using PluginHost.Host;
using PluginHost.Host.Configuration;
using PluginHost.Host.Loading;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reading;
using PluginHost.Host.Rules;
using PluginHost.Rules.Caching;
using PluginHost.Rules.Examples;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Plugins;
using PluginHost.Sdk.Text;

namespace PluginHost.Testing;

/// <summary>
/// Runs plugins in process over annotated text and checks their findings, the way Roslyn's analyzer tests do:
/// <c>{|QT0002:span|}</c> marks a finding of QT0002 on that span, and every finding of the verified plugin must be
/// marked. Plugins run through the host's real pipeline with their real rule files, every rule at its default
/// severity. Plugins whose layers the verified plugin consumes are passed alongside it.
/// </summary>
public sealed class PluginVerifier
{
    private readonly ArticlePipeline _pipeline;
    private readonly string _prefix;

    /// <param name="plugin">The plugin under test.</param>
    /// <param name="rulesDirectory">Its rule files, e.g. <c>Path.Combine(AppContext.BaseDirectory, "rules")</c>.</param>
    /// <param name="producers">Plugins that publish layers the plugin consumes, each with its rules folder.</param>
    public PluginVerifier(IPlugin plugin, string? rulesDirectory, params (IPlugin Plugin, string? RulesDirectory)[] producers)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var loaded = producers.Select(p => LoadedPlugin.Create(p.Plugin, p.RulesDirectory)).Prepend(LoadedPlugin.Create(plugin, rulesDirectory)).ToList();
        var (ordered, orderErrors) = PluginOrder.Sort(loaded);
        Rules = new RuleCatalogBuilder(RuleSyntaxCache.None).Build(ordered, []);
        var problems = orderErrors.Select(e => e.ToString()).Concat(Rules.Errors.Select(e => e.ToString())).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The plugins could not be set up:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        _prefix = plugin.Manifest.RulePrefix;
        _pipeline = new ArticlePipeline(Rules, new DiagnosticFactory(SeverityConfiguration.EveryRuleAtDefault()), new ArticleReader(), PluginTimeLimit.None);
    }

    public RuleCatalog Rules { get; }

    /// <summary>The findings for a text, as a real run gives them.</summary>
    public IReadOnlyList<Diagnostic> Analyze(string text, string path = "test.txt") => _pipeline.Analyze(Article.Create(path, text));

    /// <summary>
    /// The layer a run publishes under <paramref name="name"/> for a text (empty when nothing is published), to check
    /// what a plugin hands the plugins after it.
    /// </summary>
    public AnnotationLayer Layer(string text, string name, string path = "test.txt")
    {
        var layers = new LayerStore(Article.Create(path, text));
        _pipeline.Analyze(layers);
        return layers.Layer(name);
    }

    /// <summary>
    /// Fails unless the plugin's findings (and any PH finding) are exactly the marked ones. Markers without an ID
    /// are read as <paramref name="defaultRuleId"/>.
    /// </summary>
    public IReadOnlyList<Diagnostic> Verify(string markup, string? defaultRuleId = null, string path = "test.txt")
    {
        var expected = AnnotatedText.Parse(markup);
        if (defaultRuleId is null && expected.Spans.Any(s => s.RuleId is null))
        {
            throw new ArgumentException("A {|…|} marker names no rule ID; write {|QT0001:…|} or pass defaultRuleId.", nameof(markup));
        }

        var actual = Analyze(expected.Text, path);
        var failure = FindingComparison.Compare(expected, actual, defaultRuleId ?? string.Empty, id => id.StartsWith(_prefix, StringComparison.Ordinal) || id.StartsWith("PH", StringComparison.Ordinal));
        if (failure is not null)
        {
            throw new PluginVerificationException(failure);
        }

        return actual;
    }

    /// <summary>Runs the examples written in the plugin's rule files; fails listing every example that does not hold.</summary>
    public void VerifyRuleExamples()
    {
        var failures = new RuleExampleRunner().Run(Rules).Where(r => !r.Passed && r.Rule.Descriptor.Prefix == _prefix).ToList();
        if (failures.Count > 0)
        {
            throw new PluginVerificationException(string.Join(
                Environment.NewLine,
                failures.Select(f => $"{f.Example.File}({f.Example.Position.Line},{f.Example.Position.Column}): {f.Rule.Descriptor.Id} {(f.Example.ShouldMatch ? "example" : "counterexample")}:{Environment.NewLine}{f.Failure}")));
        }
    }
}
