namespace PluginHost.Host.Merging;

/// <summary>Logs that cannot be merged: the file and, when known, the line and column where reading stopped.</summary>
public sealed class SarifMergeException : Exception
{
    public SarifMergeException(string path, string reason, long? line = null, long? column = null)
        : base(line is null ? $"{path}: error: {reason}" : $"{path}({line},{column}): error: {reason}")
    {
    }

    /// <summary>A problem of the set of logs rather than of one file, such as a missing shard.</summary>
    public SarifMergeException(string reason)
        : base($"error: {reason}")
    {
    }
}
