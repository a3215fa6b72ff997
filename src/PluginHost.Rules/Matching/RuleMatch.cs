using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>A place where a rule fires, with the captures and annotation values that fill its message and properties.</summary>
public sealed record RuleMatch(TextSpan Span, IReadOnlyDictionary<string, object?> Properties);
