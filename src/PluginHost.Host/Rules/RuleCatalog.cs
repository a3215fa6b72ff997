using PluginHost.Rules;
using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Rules;

/// <summary>Every rule of the run: the host's own (PH) and each plugin's, with the errors of rule files that did not compile.</summary>
public sealed class RuleCatalog(CompiledRuleSet hostRules, IReadOnlyList<PluginRules> plugins, IReadOnlyList<RuleError> errors)
{
    public CompiledRuleSet HostRules { get; } = hostRules;

    /// <summary>The plugins in the order they run: producers of a layer before its consumers.</summary>
    public IReadOnlyList<PluginRules> Plugins { get; } = plugins;

    public IReadOnlyList<RuleError> Errors { get; } = errors;

    /// <summary>The plugins' analyzers prepared with their settings, once for every pipeline over these rules.</summary>
    public PluginPreparation Preparation { get; } = new(plugins);

    public IEnumerable<CompiledRule> AllRules => HostRules.Rules.Concat(Plugins.SelectMany(p => p.RuleSet.Rules));

    public IEnumerable<RuleDescriptor> Descriptors => AllRules.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every rule with the plugin that ships it; the host's own rules belong to <see cref="HostName"/>.</summary>
    public IEnumerable<(string Plugin, RuleDescriptor Rule)> RulesByPlugin =>
        HostRules.Rules.Select(r => (HostName, r.Descriptor)).Concat(Plugins.SelectMany(p => p.RuleSet.Rules.Select(r => (p.Plugin.Name, r.Descriptor))));

    public const string HostName = "PluginHost";

    public RuleDescriptor Host(string id) => HostRules.Rules.Single(r => r.Descriptor.Id == id).Descriptor;
}
