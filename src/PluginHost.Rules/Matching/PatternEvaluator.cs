using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>Runs one named pattern over one article, for the plugin's code.</summary>
public static class PatternEvaluator
{
    /// <summary>The pattern's matches in text order, each with its captures (the last repetition of a repeated one).</summary>
    public static IReadOnlyList<TextMatch> Evaluate(CompiledPattern pattern, ArticleView view, Action<Segment>? onBudgetExceeded = null, int stepBudget = PatternMatcher.DefaultStepBudget, StartIndex? starts = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(view);
        var article = view.Article;
        return [.. ScopedSearch.FindAll(view, pattern.Scope, pattern.Pattern, pattern.Condition, onBudgetExceeded, stepBudget, starts).Select(match =>
        {
            var captures = new Dictionary<string, CapturedText>(StringComparer.Ordinal);
            foreach (var capture in match.Captures?.All() ?? [])
            {
                captures.TryAdd(capture.Name, new CapturedText(article.SpanOfTokens(capture.FirstToken, capture.EndToken - capture.FirstToken), capture.Annotation));
            }

            return new TextMatch(article.SpanOfTokens(match.FirstToken, match.EndToken - match.FirstToken), captures);
        })];
    }
}
