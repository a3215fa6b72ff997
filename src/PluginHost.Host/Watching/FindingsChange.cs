using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Watching;

/// <summary>What changed in one article's findings since watch mode last analyzed it.</summary>
public sealed record FindingsChange(string Path, IReadOnlyList<Diagnostic> Added, IReadOnlyList<Diagnostic> Removed);
