using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Watching;

/// <summary>
/// A finding as watch mode remembers it, with the key it is compared by: rule, severity, message, and the words it
/// covers when they are few. A finding over a long passage or a whole article (its language, a foreign block) is
/// compared by its message alone, so that editing a word inside it does not report it gone and back.
/// </summary>
public sealed record SeenFinding(Diagnostic Diagnostic, (string Id, DiagnosticSeverity Severity, string Message, string Text) Key)
{
    public const int LongestComparedText = 120;

    /// <summary>The finding, keyed by the text of the article as it was analyzed.</summary>
    public static SeenFinding Of(Diagnostic diagnostic, string? text)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var covered = text is not null && diagnostic.Span.End <= text.Length && diagnostic.Span.Length <= LongestComparedText
            ? text.Substring(diagnostic.Span.Start, diagnostic.Span.Length)
            : string.Empty;
        return new SeenFinding(diagnostic, (diagnostic.Id, diagnostic.Severity, diagnostic.Message, covered));
    }
}
