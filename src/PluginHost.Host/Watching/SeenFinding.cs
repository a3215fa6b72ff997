using PluginHost.Host.Findings;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Watching;

/// <summary>
/// A finding as watch mode remembers it, with the key it is compared by: the finding's <see cref="FindingKey"/> and
/// its severity, so that a finding whose severity was configured anew is reported gone and back.
/// </summary>
public sealed record SeenFinding(Diagnostic Diagnostic, (FindingKey Finding, DiagnosticSeverity Severity) Key)
{
    /// <summary>The finding, keyed by the text of the article as it was analyzed.</summary>
    public static SeenFinding Of(Diagnostic diagnostic, string? text)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new SeenFinding(diagnostic, (FindingKey.Of(diagnostic, text), diagnostic.Severity));
    }
}
