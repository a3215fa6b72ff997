using PluginHost.Rules.Matching;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Compilation;

/// <summary>
/// A named pattern of a rule file (<c>pattern NAME { match = …; where = …; }</c>), ready to run. It reports
/// nothing: the plugin's code runs it and reads its matches and captures.
/// </summary>
public sealed record CompiledPattern(string Name, SegmentKind Scope, PatternNode Pattern, CompiledCondition? Condition);
