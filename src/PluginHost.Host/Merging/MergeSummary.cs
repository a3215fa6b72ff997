namespace PluginHost.Host.Merging;

/// <summary>What a merge joined: how many logs, results, and articles with results.</summary>
public sealed record MergeSummary(int Logs, int Results, int Articles);
