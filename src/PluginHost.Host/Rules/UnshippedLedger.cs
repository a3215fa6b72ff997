using System.Text;
using PluginHost.Host.Reporting;

namespace PluginHost.Host.Rules;

/// <summary>
/// Records changes in the ledger's unshipped file (AnalyzerReleases.Unshipped.md): each row goes at the end of the
/// table under its section's heading, and a section or table that is missing is added. Everything else in the file
/// is kept as written.
/// </summary>
public static class UnshippedLedger
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        [LedgerChange.New] = "Rule ID | Plugin | Category | Severity | Notes\n--------|--------|----------|----------|------",
        [LedgerChange.Removed] = "Rule ID | Plugin | Category | Severity | Notes\n--------|--------|----------|----------|------",
        [LedgerChange.Changed] = "Rule ID | New Plugin | New Category | New Severity | Old Plugin | Old Category | Old Severity | Notes\n" +
            "--------|------------|--------------|--------------|------------|--------------|--------------|------",
    };

    public static void Record(string path, IEnumerable<LedgerChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var lines = (File.Exists(path) ? File.ReadAllText(path) : string.Empty).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        foreach (var section in changes.GroupBy(c => c.Section))
        {
            Insert(lines, section.Key, [.. section.Select(c => c.Row)]);
        }

        AtomicFile.Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")));
    }

    private static void Insert(List<string> lines, string section, string[] rows)
    {
        var heading = lines.FindIndex(l => l.Trim() == $"### {section}");
        if (heading < 0)
        {
            lines.AddRange(["", $"### {section}", "", .. Headers[section].Split('\n'), .. rows]);
            return;
        }

        var end = lines.FindIndex(heading + 1, l => l.TrimStart().StartsWith('#'));
        end = end < 0 ? lines.Count : end;
        var lastRow = lines.FindLastIndex(end - 1, end - heading - 1, l => l.Contains('|', StringComparison.Ordinal));
        if (lastRow < 0)
        {
            lines.InsertRange(heading + 1, ["", .. Headers[section].Split('\n'), .. rows]);
        }
        else
        {
            lines.InsertRange(lastRow + 1, rows);
        }
    }
}
