using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Fixing;

/// <summary>
/// A finding whose fix was not applied, and why: it overlaps the fix of <see cref="ConflictsWith"/>, applied first,
/// or (when that is null) its edits overlap each other or reach past the end of the article.
/// </summary>
public sealed record SkippedFix(Diagnostic Finding, Diagnostic? ConflictsWith);
