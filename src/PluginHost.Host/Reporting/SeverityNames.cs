using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>How severities are written: lower-case words in text and JSON, SARIF's levels in SARIF.</summary>
public static class SeverityNames
{
    /// <summary>The severities people are shown, loudest first; silent findings are not among them.</summary>
    public static IReadOnlyList<DiagnosticSeverity> Shown { get; } = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Suggestion];

    public static string Text(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "note",
        _ => "none",
    };
}
