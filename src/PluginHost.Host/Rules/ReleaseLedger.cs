using PluginHost.Host.Reporting;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Rules;

/// <summary>
/// The rules' release ledger, like Roslyn's AnalyzerReleases.Shipped.md and AnalyzerReleases.Unshipped.md: every
/// rule ID with its plugin, category and default severity, added under "### New Rules", dropped under "### Removed Rules",
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

    /// <summary>The value a rule of <paramref name="plugin"/> has in the ledger.</summary>
    public static LedgerEntry EntryOf(string plugin, RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new LedgerEntry(plugin, rule.Category, rule.IsEnabledByDefault ? SeverityNames.Text(rule.DefaultSeverity) : "none");
    }

    /// <summary>Each way the rules that load (with the plugin of each) differ from the ledger, with the row that records it.</summary>
    public IReadOnlyList<LedgerChange> Differences(IEnumerable<(string Plugin, RuleDescriptor Rule)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var actual = rules.ToDictionary(r => r.Rule.Id, r => (Entry: EntryOf(r.Plugin, r.Rule), r.Rule.Title), StringComparer.Ordinal);
        var differences = new List<LedgerChange>();
        foreach (var (id, (entry, title)) in actual.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!_rules.TryGetValue(id, out var recorded))
            {
                differences.Add(new LedgerChange(id, LedgerChange.New, Row(id, entry, title), $"{id} is not in the ledger"));
            }
            else if (recorded != entry)
            {
                differences.Add(new LedgerChange(id, LedgerChange.Changed, $"{Row(id, entry)} | {recorded.Plugin} | {recorded.Category} | {recorded.Severity} |", $"{id} changed"));
            }
        }

        foreach (var (id, recorded) in _rules.Where(r => !actual.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            differences.Add(new LedgerChange(id, LedgerChange.Removed, Row(id, recorded) + " |", $"{id} is in the ledger but no longer exists"));
        }

        return differences;
    }

    private static string Row(string id, LedgerEntry entry, string? notes = null) =>
        $"{id} | {entry.Plugin} | {entry.Category} | {entry.Severity}{(notes is null ? string.Empty : $" | {notes}")}";

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
                LedgerChange.New when cells.Length >= 4 => Add(cells[0], new LedgerEntry(cells[1], cells[2], cells[3])),
                LedgerChange.Removed when cells.Length >= 4 => Remove(cells[0], new LedgerEntry(cells[1], cells[2], cells[3])),
                LedgerChange.Changed when cells.Length >= 7 => Change(cells[0], new LedgerEntry(cells[1], cells[2], cells[3]), new LedgerEntry(cells[4], cells[5], cells[6])),
                LedgerChange.New or LedgerChange.Removed or LedgerChange.Changed => "this row has too few cells",
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
            return $"{id} is removed as {entry}, but the ledger has it as {recorded}";
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
            return $"{id} is changed from {before}, but the ledger has it as {recorded}";
        }

        _rules[id] = now;
        return null;
    }
}
