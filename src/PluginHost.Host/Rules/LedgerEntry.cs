namespace PluginHost.Host.Rules;

/// <summary>A rule as the release ledger states it: its plugin and its default severity (<c>none</c> when off by default).</summary>
public sealed record LedgerEntry(string Plugin, string Severity);
