using PluginHost.Host.Discovery;
using PluginHost.Host.Loading;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>What a report states about the run besides the findings: the tool, the rules that ran, the plugins.</summary>
public sealed record ReportContext(
    string ToolVersion,
    string WorkingDirectory,
    IReadOnlyList<RuleDescriptor> Rules,
    IReadOnlyList<LoadedPlugin> Plugins)
{
    /// <summary>The run's settings as people read them, such as ("Jobs", "2"); the HTML report shows them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];

    /// <summary>The share of the articles this run analyzed (<c>--shard K/N</c>); the SARIF log records it for <c>merge</c>.</summary>
    public ArticleShard Shard { get; init; } = ArticleShard.Whole;
}
