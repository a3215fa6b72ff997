using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Pipeline;

/// <summary>Counts of a run, gathered as results stream past: per severity, per rule, and articles with findings.</summary>
public sealed class RunSummary
{
    private readonly Dictionary<DiagnosticSeverity, (int Findings, int Articles)> _bySeverity = [];
    private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);

    public int Articles { get; private set; }

    public int ArticlesWithFindings { get; private set; }

    public TimeSpan Duration { get; set; }

    /// <summary>Findings left out of the report because the baseline accepts them.</summary>
    public int Baselined { get; set; }

    public IReadOnlyDictionary<string, int> ByRule => _byRule;

    public void Add(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // An input that named no file (a pattern that matched nothing) has findings but is not an article.
        var article = result.Source.IsFile ? 1 : 0;
        Articles += article;
        var visible = result.Shown;
        ArticlesWithFindings += visible.Count > 0 ? article : 0;
        foreach (var group in visible.GroupBy(d => d.Severity))
        {
            var (findings, articles) = _bySeverity.GetValueOrDefault(group.Key);
            _bySeverity[group.Key] = (findings + group.Count(), articles + article);
        }

        foreach (var diagnostic in visible)
        {
            _byRule[diagnostic.Id] = _byRule.GetValueOrDefault(diagnostic.Id) + 1;
        }
    }

    public int Count(DiagnosticSeverity severity) => _bySeverity.GetValueOrDefault(severity).Findings;

    public int ArticlesWith(DiagnosticSeverity severity) => _bySeverity.GetValueOrDefault(severity).Articles;
}
