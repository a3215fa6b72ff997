using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>Runs a pattern and its condition over every unit of one scope kind of an article, unit by unit.</summary>
public static class ScopedSearch
{
    /// <summary>
    /// The matches in text order. A unit on which the pattern runs out of steps is passed to
    /// <paramref name="onBudgetExceeded"/> and skipped; the other units still run.
    /// </summary>
    public static IEnumerable<PatternMatch> FindAll(
        ArticleView view,
        SegmentKind scope,
        PatternNode pattern,
        CompiledCondition? condition,
        Action<Segment>? onBudgetExceeded,
        int stepBudget,
        StartIndex? starts)
    {
        foreach (var unit in view.Article.Segments(scope))
        {
            foreach (var match in FindInUnit(view, unit, pattern, condition, onBudgetExceeded, stepBudget, starts))
            {
                yield return match;
            }
        }
    }

    private static List<PatternMatch> FindInUnit(ArticleView view, Segment unit, PatternNode pattern, CompiledCondition? condition, Action<Segment>? onBudgetExceeded, int stepBudget, StartIndex? starts)
    {
        var accept = condition is null
            ? null
            : new Func<PatternMatch, bool>(m => condition(new ConditionScope(view, unit, m.FirstToken, m.EndToken, m.Captures)));
        try
        {
            return [.. new PatternMatcher(view, unit, stepBudget, starts).FindAll(pattern, accept)];
        }
        catch (PatternBudgetExceededException)
        {
            onBudgetExceeded?.Invoke(unit);
            return [];
        }
    }
}
