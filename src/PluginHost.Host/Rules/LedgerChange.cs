namespace PluginHost.Host.Rules;

/// <summary>
/// A way the rules that load differ from the release ledger, and the row that records it: <see cref="Row"/> belongs
/// in the table under <c>### <see cref="Section"/></c> of the unshipped file.
/// </summary>
public sealed record LedgerChange(string RuleId, string Section, string Row, string Description)
{
    public const string New = "New Rules";
    public const string Removed = "Removed Rules";
    public const string Changed = "Changed Rules";

    public override string ToString() => $"{Description}; add under {Section}: {Row}";
}
