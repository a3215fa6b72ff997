using PluginHost.Host.Findings;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Watching;

/// <summary>
/// Compares an article's findings before and after a change. A finding is the same finding when its rule,
/// severity, message and the words it covers are the same, wherever an edit above it moved it; repeated findings
/// are counted, so one more of three alike is one added.
/// </summary>
public static class FindingsDiff
{
    public static FindingsChange Compare(string path, IReadOnlyList<SeenFinding> before, IReadOnlyList<SeenFinding> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new FindingsChange(path, Missing(after, before), Missing(before, after));
    }

    /// <summary>The findings of <paramref name="these"/> that <paramref name="others"/> has fewer of.</summary>
    private static List<Diagnostic> Missing(IReadOnlyList<SeenFinding> these, IReadOnlyList<SeenFinding> others)
    {
        var left = new FindingTally<(FindingKey, DiagnosticSeverity)>(others.Select(s => s.Key));
        return [.. these.Where(s => !left.TryTake(s.Key)).Select(s => s.Diagnostic)];
    }
}
