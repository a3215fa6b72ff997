using PluginHost.Host.Discovery;
using PluginHost.Host.Reporting;

namespace PluginHost.Host.Watching;

/// <summary>
/// Watch mode's state: the set-up in use (plugins, rules, severities) and each watched article's findings as last
/// analyzed. Each method returns what changed, for the command to print. A new set-up with errors never replaces
/// one without: the last good rules stay in use until the error is fixed.
/// </summary>
public sealed class WatchSession(Func<HostSession> setUp) : IDisposable
{
    private readonly Dictionary<string, (ArticleSource Source, IReadOnlyList<SeenFinding> Findings)> _articles = new(StringComparer.Ordinal);

    public HostSession Session { get; private set; } = setUp();

    /// <summary>The articles watched, in no particular order.</summary>
    public IEnumerable<ArticleSource> Articles => _articles.Values.Select(a => a.Source);

    /// <summary>Analyzes new or changed articles and returns, for each whose findings changed, what changed.</summary>
    public IReadOnlyList<FindingsChange> Analyze(IEnumerable<ArticleSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var changes = new List<FindingsChange>();
        foreach (var source in sources)
        {
            var result = Session.Pipeline.Analyze(source);
            var findings = result.Shown.Select(d => SeenFinding.Of(d, result.Article?.Text)).ToList();
            var before = _articles.TryGetValue(source.DisplayPath, out var previous) ? previous.Findings : [];
            _articles[source.DisplayPath] = (source, findings);
            var change = FindingsDiff.Compare(source.DisplayPath, before, findings);
            if (change.Added.Count + change.Removed.Count > 0)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    /// <summary>Stops watching an article that is gone; all its findings are gone with it.</summary>
    public FindingsChange? Remove(string displayPath)
    {
        if (!_articles.Remove(displayPath, out var gone) || gone.Findings.Count == 0)
        {
            return null;
        }

        return new FindingsChange(displayPath, [], [.. gone.Findings.Select(f => f.Diagnostic)]);
    }

    /// <summary>
    /// Sets plugins and rules up again and analyzes every article under the new set-up, unless it has errors the
    /// current one has not. After a plugin was rebuilt the new set-up is taken whatever its errors
    /// (<paramref name="pluginsRebuilt"/>): the rebuilt plugin's old load context is being unloaded.
    /// </summary>
    public ReloadResult Reload(bool pluginsRebuilt = false)
    {
        var next = setUp();
        if (!pluginsRebuilt && next.AllErrors.Count > 0 && Session.AllErrors.Count == 0)
        {
            var errors = next.AllErrors;
            next.Dispose();
            return new ReloadResult(false, errors, []);
        }

        Session.Dispose();
        Session = next;
        return new ReloadResult(true, next.AllErrors, Analyze([.. Articles]));
    }

    public void Dispose() => Session.Dispose();
}
