using PluginHost.Rules.Compilation;
using PluginHost.Rules.Examples;

namespace PluginHost.Host.Rules;

/// <summary>How one example of one rule fared; <see cref="Failure"/> explains a failure.</summary>
public sealed record RuleExampleResult(CompiledRule Rule, RuleExample Example, string? Failure)
{
    public bool Passed => Failure is null;
}
