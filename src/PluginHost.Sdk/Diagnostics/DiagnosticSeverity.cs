namespace PluginHost.Sdk.Diagnostics;

/// <summary>How loud a finding is. <see cref="Silent"/> findings reach machine reports but are not printed.</summary>
public enum DiagnosticSeverity
{
    Silent,
    Suggestion,
    Warning,
    Error,
}
