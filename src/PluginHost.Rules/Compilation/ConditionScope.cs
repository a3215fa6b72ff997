using PluginHost.Rules.Matching;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Compilation;

/// <summary>What a condition can see: the article and its layers, the scope being checked, and the match with its captures.</summary>
public sealed record ConditionScope(ArticleView View, Segment Scope, int FirstToken, int EndToken, Capture? Captures)
{
    public TextSpan MatchSpan => View.Article.SpanOfTokens(FirstToken, EndToken - FirstToken);
}
