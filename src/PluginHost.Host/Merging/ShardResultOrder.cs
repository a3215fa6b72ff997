namespace PluginHost.Host.Merging;

/// <summary>
/// The order of one run's report: inputs that matched no file first, in the order given (the first share reports
/// them all, so they are equal here and keep their log's order), then articles by path (ordinal).
/// </summary>
internal sealed class ShardResultOrder : IComparer<ShardResult>
{
    public static ShardResultOrder Instance { get; } = new();

    public int Compare(ShardResult? x, ShardResult? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return (x.IsUnmatchedInput, y.IsUnmatchedInput) switch
        {
            (true, true) => 0,
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(x.Article, y.Article),
        };
    }
}
