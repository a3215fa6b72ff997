namespace PluginHost.Host.Reporting.Html;

/// <summary>The articles with the most findings seen so far, at most <paramref name="size"/>, earlier first on a tie.</summary>
internal sealed class TopArticles(int size)
{
    private readonly PriorityQueue<(string Anchor, string Path, int Findings), (int Findings, long Order)> _smallestFirst = new(
        Comparer<(int Findings, long Order)>.Create((a, b) => a.Findings != b.Findings ? a.Findings.CompareTo(b.Findings) : b.Order.CompareTo(a.Order)));

    private long _seen;

    public void Add(string anchor, string path, int findings)
    {
        var order = _seen++;
        if (_smallestFirst.Count < size)
        {
            _smallestFirst.Enqueue((anchor, path, findings), (findings, order));
        }
        else if (_smallestFirst.TryPeek(out _, out var smallest) && (findings > smallest.Findings))
        {
            _smallestFirst.DequeueEnqueue((anchor, path, findings), (findings, order));
        }
    }

    /// <summary>Most findings first.</summary>
    public IReadOnlyList<(string Anchor, string Path, int Findings)> Ranked() =>
        [.. _smallestFirst.UnorderedItems.OrderByDescending(i => i.Priority.Findings).ThenBy(i => i.Priority.Order).Select(i => i.Element)];
}
