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
    public static IEnumerable<RuleMatch> Evaluate(CompiledRule rule, ArticleView view, Action<Segment>? onBudgetExceeded = null, int stepBudget = PatternMatcher.DefaultStepBudget, StartIndex? starts = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(view);
        var article = view.Article;
        if (rule.Pattern is { } pattern)
        {
            return ScopedSearch.FindAll(view, rule.Scope, pattern, rule.Condition, onBudgetExceeded, stepBudget, starts)
                .Select(match => new RuleMatch(article.SpanOfTokens(match.FirstToken, match.EndToken - match.FirstToken), Properties(article, match.Captures)));
        }

        return rule.Condition is { } condition
            ? article.Segments(rule.Scope)
                .Where(scope => scope.TokenCount > 0 && condition(new ConditionScope(view, scope, scope.FirstToken, scope.EndToken, null)))
                .Select(scope => new RuleMatch(article.SpanOfTokens(scope.FirstToken, scope.TokenCount), new Dictionary<string, object?>()))
            : [];
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
