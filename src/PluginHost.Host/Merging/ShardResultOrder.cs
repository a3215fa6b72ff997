namespace PluginHost.Host.Merging;

/// <summary>The order of one run's report: inputs that matched no file first, then articles by path (ordinal).</summary>
internal sealed class ShardResultOrder : IComparer<ShardResult>
{
    public static ShardResultOrder Instance { get; } = new();

    public int Compare(ShardResult? x, ShardResult? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var inputsFirst = y.IsUnmatchedInput.CompareTo(x.IsUnmatchedInput);
        return inputsFirst != 0 ? inputsFirst : string.CompareOrdinal(x.Article, y.Article);
    }
}
