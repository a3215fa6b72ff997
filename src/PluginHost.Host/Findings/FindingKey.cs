using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Findings;

/// <summary>
/// What makes a finding the same finding after the article around it was edited: its rule, its message, and the
/// words it covers (blanks collapsed, so rewrapping a line changes nothing) when they are few. A finding over a long
/// passage or a whole article (its language, a foreign block) is keyed by its message alone, so that editing a word
/// inside it does not make it another finding.
/// </summary>
public readonly record struct FindingKey(string RuleId, string Message, string Text)
{
    public const int LongestComparedText = 120;

    /// <summary>The finding's key, read from the text of the article as it was analyzed.</summary>
    public static FindingKey Of(Diagnostic diagnostic, string? articleText)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var covered = articleText is not null && diagnostic.Span.End <= articleText.Length && diagnostic.Span.Length <= LongestComparedText
            ? string.Join(' ', articleText.Substring(diagnostic.Span.Start, diagnostic.Span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : string.Empty;
        return new FindingKey(diagnostic.Id, diagnostic.Message, covered);
    }
}
