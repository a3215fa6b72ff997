using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>Runs one declarative rule over one article, scope unit by scope unit.</summary>
public static class RuleEvaluator
{
    /// <summary>
    /// The rule's matches in text order. A scope on which the pattern runs out of steps is passed to
    /// <paramref name="onBudgetExceeded"/> and skipped; the other scopes still run.
    /// </summary>
    public static IEnumerable<RuleMatch> Evaluate(CompiledRule rule, ArticleView view, Action<Segment>? onBudgetExceeded = null, int stepBudget = PatternMatcher.DefaultStepBudget)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(view);
        if (rule.IsReportedByCode)
        {
            yield break;
        }

        var article = view.Article;
        foreach (var scope in article.Segments(rule.Scope))
        {
            if (rule.Pattern is null)
            {
                if (scope.TokenCount > 0 && rule.Condition!(new ConditionScope(view, scope, scope.FirstToken, scope.EndToken, null)))
                {
                    yield return new RuleMatch(article.SpanOfTokens(scope.FirstToken, scope.TokenCount), new Dictionary<string, object?>());
                }

                continue;
            }

            foreach (var match in MatchScope(rule, view, scope, onBudgetExceeded, stepBudget))
            {
                yield return new RuleMatch(article.SpanOfTokens(match.FirstToken, match.EndToken - match.FirstToken), Properties(article, match.Captures));
            }
        }
    }

    private static List<PatternMatch> MatchScope(CompiledRule rule, ArticleView view, Segment scope, Action<Segment>? onBudgetExceeded, int stepBudget)
    {
        var condition = rule.Condition;
        var accept = condition is null
            ? null
            : new Func<PatternMatch, bool>(m => condition(new ConditionScope(view, scope, m.FirstToken, m.EndToken, m.Captures)));
        try
        {
            return [.. new PatternMatcher(view, scope, stepBudget).FindAll(rule.Pattern!, accept)];
        }
        catch (PatternBudgetExceededException)
        {
            onBudgetExceeded?.Invoke(scope);
            return [];
        }
    }

    private static Dictionary<string, object?> Properties(Article article, Capture? captures)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var capture in captures?.All().Reverse() ?? [])
        {
            properties[capture.Name] = article.TextOf(article.SpanOfTokens(capture.FirstToken, capture.EndToken - capture.FirstToken));
            if (capture.Annotation?.Value is { } value)
            {
                properties[capture.Name + ".value"] = value;
            }
        }

        return properties;
    }
}
