using PluginHost.Host.Configuration;
using PluginHost.Host.Loading;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reading;
using PluginHost.Host.Rules;

namespace PluginHost.Host;

/// <summary>Sets a run up: loads plugins from their folders (plus any given in process), orders them, compiles the rules.</summary>
public sealed class HostSessionFactory(PluginDirectoryLoader loader, RuleCatalogBuilder ruleBuilder, ArticleReader reader)
{
    public HostSession Create(HostOptions options, IEnumerable<LoadedPlugin>? inProcessPlugins = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ruleBuilder.Prepare(options.RuleDirectories);
        var catalog = loader.Load(options.PluginDirectories, options.PluginsRebuilt);
        var (ordered, orderErrors) = PluginOrder.Sort([.. catalog.Plugins, .. inProcessPlugins ?? []]);
        var rules = ruleBuilder.Build(ordered, options.RuleDirectories);
        var severities = new SeverityConfiguration(options.ConfigFile);
        var pipeline = new ArticlePipeline(rules, new DiagnosticFactory(severities), reader, new PluginTimeLimit(options.PluginTimeLimit));
        var errors = catalog.Errors.Concat(orderErrors).Select(e => e.ToString()).Concat(rules.Errors.Select(e => e.ToString())).ToList();
        return new HostSession(ordered, rules, severities, pipeline, errors) { Loaders = catalog.Loaders };
    }
}
