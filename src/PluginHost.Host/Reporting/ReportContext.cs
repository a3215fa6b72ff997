using PluginHost.Host.Loading;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>What a report states about the run besides the findings: the tool, the rules that ran, the plugins.</summary>
public sealed record ReportContext(
    string ToolVersion,
    string WorkingDirectory,
    IReadOnlyList<RuleDescriptor> Rules,
    IReadOnlyList<LoadedPlugin> Plugins);
