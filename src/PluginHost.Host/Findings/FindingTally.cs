namespace PluginHost.Host.Findings;

/// <summary>
/// How many findings of each key are left to match. Findings alike are counted, not merged: against a tally of two
/// alike, a third is unmatched.
/// </summary>
public sealed class FindingTally<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _left = [];

    public FindingTally(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            _left[key] = _left.GetValueOrDefault(key) + 1;
        }
    }

    public FindingTally(IEnumerable<KeyValuePair<TKey, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (key, count) in counts)
        {
            _left[key] = _left.GetValueOrDefault(key) + count;
        }
    }

    /// <summary>Matches one finding of <paramref name="key"/>: false when none is left.</summary>
    public bool TryTake(TKey key)
    {
        if (_left.GetValueOrDefault(key) <= 0)
        {
            return false;
        }

        _left[key]--;
        return true;
    }
}
