using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Examples;

/// <summary>A finding an annotated text expects: where, and of which rule when the marker names one.</summary>
public sealed record ExpectedSpan(string? RuleId, TextSpan Span);
