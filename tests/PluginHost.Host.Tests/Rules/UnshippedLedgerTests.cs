using PluginHost.Host.Rules;

namespace PluginHost.Host.Tests.Rules;

public sealed class UnshippedLedgerTests : IDisposable
{
    private readonly TestDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Rows_go_at_the_end_of_their_sections_table_and_the_rest_is_kept()
    {
        var path = _root.Write("Unshipped.md", """
            # Rule changes not yet released

            ### New Rules

            Rule ID | Plugin | Category | Severity | Notes
            --------|--------|----------|----------|------
            AB0001 | Alpha | Alpha | warning | Shouting

            ### Removed Rules

            Rule ID | Plugin | Category | Severity | Notes
            --------|--------|----------|----------|------
            """);
        UnshippedLedger.Record(path, [
            new LedgerChange("AB0002", LedgerChange.New, "AB0002 | Alpha | Alpha | suggestion | Asking", "new"),
            new LedgerChange("AB0009", LedgerChange.Removed, "AB0009 | Alpha | Alpha | warning |", "gone"),
            new LedgerChange("AB0003", LedgerChange.New, "AB0003 | Alpha | Alpha | none | Quiet", "new"),
        ]);
        File.ReadAllText(path).ShouldBe("""
            # Rule changes not yet released

            ### New Rules

            Rule ID | Plugin | Category | Severity | Notes
            --------|--------|----------|----------|------
            AB0001 | Alpha | Alpha | warning | Shouting
            AB0002 | Alpha | Alpha | suggestion | Asking
            AB0003 | Alpha | Alpha | none | Quiet

            ### Removed Rules

            Rule ID | Plugin | Category | Severity | Notes
            --------|--------|----------|----------|------
            AB0009 | Alpha | Alpha | warning |

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_section_or_table_is_added()
    {
        var path = _root.Write("Unshipped.md", "### Changed Rules\n\n### Notes\n\nKept.\n");
        UnshippedLedger.Record(path, [
            new LedgerChange("AB0001", LedgerChange.Changed, "AB0001 | Alpha | Alpha | error | Alpha | Alpha | warning |", "changed"),
            new LedgerChange("AB0002", LedgerChange.New, "AB0002 | Alpha | Alpha | suggestion | Asking", "new"),
        ]);
        File.ReadAllText(path).ShouldBe("""
            ### Changed Rules

            Rule ID | New Plugin | New Category | New Severity | Old Plugin | Old Category | Old Severity | Notes
            --------|------------|--------------|--------------|------------|--------------|--------------|------
            AB0001 | Alpha | Alpha | error | Alpha | Alpha | warning |

            ### Notes

            Kept.

            ### New Rules

            Rule ID | Plugin | Category | Severity | Notes
            --------|--------|----------|----------|------
            AB0002 | Alpha | Alpha | suggestion | Asking

            """.ReplaceLineEndings("\n"));
    }
}
