using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace PluginName;

/// <summary>Reports ZZ0001 on each sentence with more words than the rule files' <c>max_sentence_words</c>.</summary>
public sealed class LongSentenceFinder : IArticleAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var limit = (int)context.Settings.GetNumber("max_sentence_words");
        var article = context.Article;
        foreach (var sentence in article.Segments(SegmentKind.Sentence))
        {
            var words = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Count(i => article.Tokens[i].Kind == TokenKind.Word);
            if (words > limit)
            {
                context.Report("ZZ0001", sentence.Span, new Dictionary<string, object?> { ["words"] = words, ["limit"] = limit });
            }
        }
    }
}
