namespace PluginHost.Host.Merging;

/// <summary>A log that cannot be merged, with the file and, when known, the line and column where reading stopped.</summary>
public sealed class SarifMergeException(string path, string reason, long? line = null, long? column = null)
    : Exception(line is null ? $"{path}: error: {reason}" : $"{path}({line},{column}): error: {reason}");
