using PluginHost.Host.Loading;
using PluginHost.Rules.Compilation;

namespace PluginHost.Host.Rules;

/// <summary>A plugin with its compiled rules (its own rule files and the user's for it).</summary>
public sealed record PluginRules(LoadedPlugin Plugin, CompiledRuleSet RuleSet);
