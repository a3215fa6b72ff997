using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Fixing;

/// <summary>The text after the fixes, the findings whose fixes were applied, and those skipped.</summary>
public sealed record FixResult(string Text, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<SkippedFix> Skipped);
