using PluginHost.Host.Reporting;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Rules;

/// <summary>
/// The rules' release ledger, like Roslyn's AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md: every
/// rule ID with its plugin and default severity, added under "### New Rules", dropped under "### Removed Rules",
/// changed under "### Changed Rules", release after release, then the changes not yet released. Users' baselines
/// and configurations name rule IDs, so no rule may appear, vanish or change without its line here.
/// </summary>
public sealed class ReleaseLedger
{
    private readonly Dictionary<string, LedgerEntry> _rules = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];

    /// <summary>The rules the ledger says exist now.</summary>
    public IReadOnlyDictionary<string, LedgerEntry> Rules => _rules;

    /// <summary>Lines that cannot be read, or that contradict the lines before them, as <c>file(line): error: …</c>.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Reads the files in order: the shipped releases, then the unshipped changes.</summary>
    public static ReleaseLedger Read(params string[] files)
    {
        var ledger = new ReleaseLedger();
        foreach (var file in files)
        {
            ledger.Apply(file, File.ReadAllLines(file));
        }

        return ledger;
    }

    /// <summary>The value a rule has in the ledger: its plugin, and its default severity or <c>none</c>.</summary>
    public static LedgerEntry EntryOf(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new LedgerEntry(rule.Category, rule.IsEnabledByDefault ? SeverityNames.Text(rule.DefaultSeverity) : "none");
    }

    /// <summary>Each way the rules that load differ from the ledger, with the line that would record it.</summary>
    public IReadOnlyList<string> Differences(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var actual = rules.ToDictionary(r => r.Id, EntryOf, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (id, entry) in actual.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!_rules.TryGetValue(id, out var recorded))
            {
                differences.Add($"{id} is not in the ledger; add under New Rules: {id} | {entry.Plugin} | {entry.Severity} | <title>");
            }
            else if (recorded != entry)
            {
                differences.Add($"{id} changed; add under Changed Rules: {id} | {entry.Plugin} | {entry.Severity} | {recorded.Plugin} | {recorded.Severity} | <why>");
            }
        }

        foreach (var (id, recorded) in _rules.Where(r => !actual.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            differences.Add($"{id} is in the ledger but no longer exists; add under Removed Rules: {id} | {recorded.Plugin} | {recorded.Severity} | <why>");
        }

        return differences;
    }

    private void Apply(string file, string[] lines)
    {
        string? section = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line[4..].Trim();
                continue;
            }

            if (!line.Contains('|', StringComparison.Ordinal) || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.TrimStart('|', ' ').StartsWith('-'))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var error = section switch
            {
                "New Rules" when cells.Length >= 3 => Add(cells[0], new LedgerEntry(cells[1], cells[2])),
                "Removed Rules" when cells.Length >= 3 => Remove(cells[0], new LedgerEntry(cells[1], cells[2])),
                "Changed Rules" when cells.Length >= 5 => Change(cells[0], new LedgerEntry(cells[1], cells[2]), new LedgerEntry(cells[3], cells[4])),
                "New Rules" or "Removed Rules" or "Changed Rules" => "this row has too few cells",
                _ => "a table row outside a '### New Rules', '### Removed Rules' or '### Changed Rules' section",
            };
            if (error is not null)
            {
                _errors.Add($"{file}({i + 1}): error: {error}");
            }
        }
    }

    private string? Add(string id, LedgerEntry entry)
    {
        if (!RuleDescriptor.IsValidId(id))
        {
            return $"'{id}' is not a rule ID (two capital letters and four digits)";
        }

        return _rules.TryAdd(id, entry) ? null : $"{id} is added again; it is already in the ledger";
    }

    private string? Remove(string id, LedgerEntry entry)
    {
        if (!_rules.TryGetValue(id, out var recorded))
        {
            return $"{id} is removed, but the ledger has no such rule";
        }

        if (recorded != entry)
        {
            return $"{id} is removed as {entry.Plugin} {entry.Severity}, but the ledger has it as {recorded.Plugin} {recorded.Severity}";
        }

        _rules.Remove(id);
        return null;
    }

    private string? Change(string id, LedgerEntry now, LedgerEntry before)
    {
        if (!_rules.TryGetValue(id, out var recorded))
        {
            return $"{id} is changed, but the ledger has no such rule";
        }

        if (recorded != before)
        {
            return $"{id} is changed from {before.Plugin} {before.Severity}, but the ledger has it as {recorded.Plugin} {recorded.Severity}";
        }

        _rules[id] = now;
        return null;
    }
}
