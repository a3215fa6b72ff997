using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Diagnostics;

/// <summary>One finding in one article, with its effective severity and the data that explains it.</summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    DiagnosticSeverity Severity,
    string ArticlePath,
    TextSpan Span,
    LinePositionSpan Location,
    string Message,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<TextEdit> Fixes)
{
    public string Id => Rule.Id;
}
