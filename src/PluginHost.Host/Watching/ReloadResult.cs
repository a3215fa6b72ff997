namespace PluginHost.Host.Watching;

/// <summary>
/// What setting plugins and rules up again gave: whether the new set-up is in use, its errors, and how each
/// article's findings changed under it.
/// </summary>
public sealed record ReloadResult(bool Applied, IReadOnlyList<string> Errors, IReadOnlyList<FindingsChange> Changes);
