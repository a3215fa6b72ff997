namespace PluginHost.Host.Rules;

/// <summary>
/// A rule as the release ledger states it: the plugin that ships it, its category (what severity configuration by
/// category names), and its default severity (<c>none</c> when off by default).
/// </summary>
public sealed record LedgerEntry(string Plugin, string Category, string Severity)
{
    public override string ToString() => $"{Plugin} {Category} {Severity}";
}
