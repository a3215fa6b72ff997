using PluginHost.Rules.Examples;
using PluginHost.Rules.Matching;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Compilation;

/// <summary>
/// A rule ready to run. With a pattern it reports each match in its scope that meets its condition; with only a
/// condition it reports each scope unit that meets it; with neither, the plugin's code reports it.
/// </summary>
public sealed record CompiledRule(
    RuleDescriptor Descriptor,
    SegmentKind Scope,
    PatternNode? Pattern,
    CompiledCondition? Condition,
    IReadOnlyList<RuleExample> Examples,
    string File,
    LinePosition Position)
{
    public bool IsReportedByCode => Pattern is null && Condition is null;
}
