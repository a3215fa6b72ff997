using System.Text.RegularExpressions;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// Markers in an article that silence rules for one paragraph: <c>&lt;!-- pluginhost disable QT0002 NM0001 --&gt;</c>
/// (an HTML comment, which Markdown does not show) or, in plain text, a line of its own
/// <c>[pluginhost disable QT0002]</c>. A marker covers the rest of the paragraph it stands in, or the next
/// paragraph when it stands alone; without IDs it silences every rule there. A finding is silenced when it starts
/// in the covered text.
/// </summary>
public static partial class SuppressionMarkers
{
    public static IReadOnlyList<Diagnostic> Apply(Article article, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(diagnostics);
        List<(TextSpan Span, IReadOnlySet<string> Ids)> covered;
        try
        {
            covered = [.. Covered(article)];
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a hostile text (a long line of unclosed markers) takes this long; its findings are all kept.
            return diagnostics;
        }

        return covered.Count == 0
            ? diagnostics
            : [.. diagnostics.Where(d => !covered.Any(c => d.Span.Start >= c.Span.Start && d.Span.Start < c.Span.End && (c.Ids.Count == 0 || c.Ids.Contains(d.Id))))];
    }

    /// <summary>Each marker's covered text and the rule IDs it names (none for every rule).</summary>
    public static IEnumerable<(TextSpan Span, IReadOnlySet<string> Ids)> Covered(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var paragraphs = article.Segments(SegmentKind.Paragraph);
        foreach (Match marker in Marker().Matches(article.Text))
        {
            var ids = marker.Groups["ids"].Value
                .Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.ToUpperInvariant())
                .ToHashSet(StringComparer.Ordinal);
            var markerEnd = marker.Index + marker.Length;
            var paragraph = paragraphs.FirstOrDefault(p => p.Span.End > markerEnd && article.Text.AsSpan(markerEnd, p.Span.End - markerEnd).Trim().Length > 0);
            var end = paragraph == default ? markerEnd : paragraph.Span.End;
            yield return (TextSpan.FromBounds(marker.Index, end), ids);
        }
    }

    [GeneratedRegex(@"<!--[ \t]*pluginhost[ \t]+disable\b(?<ids>[^>\n]*?)-->|^[ \t]*\[pluginhost[ \t]+disable\b(?<ids>[^\]\n]*)\][ \t]*\r?$", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marker();
}
