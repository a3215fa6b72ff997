using PluginHost.Host.Rules;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Tests.Rules;

public sealed class ReleaseLedgerTests : IDisposable
{
    private const string Shipped = """
        ## Release 1.0

        ### New Rules

        Rule ID | Plugin | Category | Severity | Notes
        --------|--------|----------|----------|------
        AB0001 | Alpha | Alpha | warning | Shouting
        AB0002 | Alpha | Style | suggestion | Asking
        AB0003 | Alpha | Alpha | none | Quiet

        ## Release 1.1

        ### Changed Rules

        Rule ID | New Plugin | New Category | New Severity | Old Plugin | Old Category | Old Severity | Notes
        --------|------------|--------------|--------------|------------|--------------|--------------|------
        AB0002 | Alpha | Style | warning | Alpha | Style | suggestion | Asking matters more
        """;

    private const string Unshipped = """
        ### Removed Rules

        Rule ID | Plugin | Category | Severity | Notes
        --------|--------|----------|----------|------
        AB0003 | Alpha | Alpha | none | Never used
        """;

    private readonly TestDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private static (string, RuleDescriptor) Rule(string id, DiagnosticSeverity severity, bool enabled = true, string category = "Alpha", string plugin = "Alpha") =>
        (plugin, new(id, $"Title of {id}", "m", category, severity, enabled));

    private ReleaseLedger Read(string shipped, string unshipped) =>
        ReleaseLedger.Read(_root.Write("Shipped.md", shipped), _root.Write("Unshipped.md", unshipped));

    [Fact]
    public void Releases_then_unshipped_changes_give_the_rules_that_exist_now()
    {
        var ledger = Read(Shipped, Unshipped);
        ledger.Errors.ShouldBeEmpty();
        ledger.Rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}")
            .ShouldBe(["AB0001 Alpha Alpha warning", "AB0002 Alpha Style warning"]);
        ledger.Differences([Rule("AB0001", DiagnosticSeverity.Warning), Rule("AB0002", DiagnosticSeverity.Warning, category: "Style")]).ShouldBeEmpty();
    }

    [Fact]
    public void A_rule_added_removed_or_changed_without_its_line_is_a_difference_that_says_what_to_write()
    {
        Read(Shipped, Unshipped).Differences([Rule("AB0002", DiagnosticSeverity.Error), Rule("AB0004", DiagnosticSeverity.Warning, enabled: false)]).Select(c => c.ToString()).ShouldBe([
            "AB0002 changed; add under Changed Rules: AB0002 | Alpha | Alpha | error | Alpha | Style | warning |",
            "AB0004 is not in the ledger; add under New Rules: AB0004 | Alpha | Alpha | none | Title of AB0004",
            "AB0001 is in the ledger but no longer exists; add under Removed Rules: AB0001 | Alpha | Alpha | warning |",
        ]);
    }

    [Fact]
    public void A_rule_moved_to_another_plugin_or_category_is_a_change()
    {
        var ledger = Read(Shipped, Unshipped);
        ledger.Differences([Rule("AB0001", DiagnosticSeverity.Warning, plugin: "Beta"), Rule("AB0002", DiagnosticSeverity.Warning)]).Select(c => (c.RuleId, c.Section))
            .ShouldBe([("AB0001", LedgerChange.Changed), ("AB0002", LedgerChange.Changed)]);
    }

    [Fact]
    public void Lines_that_contradict_the_ledger_are_errors_with_their_file_and_line()
    {
        var ledger = Read(Shipped, """
            ### New Rules

            AB0001 | Alpha | Alpha | warning | again
            AB01 | Alpha | Alpha | warning | bad ID

            ### Removed Rules

            AB0009 | Alpha | Alpha | warning | never added
            AB0002 | Alpha | Style | suggestion | wrong old severity

            ### Changed Rules

            AB0001 | Alpha | Alpha | error | Beta | Alpha | warning | wrong old plugin
            AB0001 | Alpha | Alpha | error | Alpha | Alpha

            ### Notes

            AB0001 | Alpha | Alpha | error | outside a section
            """);
        ledger.Errors.Select(e => e[e.IndexOf("Unshipped.md", StringComparison.Ordinal)..]).ShouldBe([
            "Unshipped.md(3): error: AB0001 is added again; it is already in the ledger",
            "Unshipped.md(4): error: 'AB01' is not a rule ID (two capital letters and four digits)",
            "Unshipped.md(8): error: AB0009 is removed, but the ledger has no such rule",
            "Unshipped.md(9): error: AB0002 is removed as Alpha Style suggestion, but the ledger has it as Alpha Style warning",
            "Unshipped.md(13): error: AB0001 is changed from Beta Alpha warning, but the ledger has it as Alpha Alpha warning",
            "Unshipped.md(14): error: this row has too few cells",
            "Unshipped.md(18): error: a table row outside a '### New Rules', '### Removed Rules' or '### Changed Rules' section",
        ]);
    }
}
