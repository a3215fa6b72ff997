using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>Publishes every quote as the "quotes" layer and reports each quotation mark left open (QT0003).</summary>
public sealed class QuoteFinder : IArticleAnalyzer
{
    public void Analyze(AnalysisContext context)
    {
        var article = context.Article;
        var scan = QuoteScanner.Scan(article);
        context.Publish(QuotesPlugin.QuotesLayer, scan.Quotes.Select(q => new Annotation(q.Span, article.TextOf(q.Content), new Dictionary<string, object?>
        {
            ["depth"] = q.Depth,
            ["mark"] = q.Opener.ToString(),
        })));
        foreach (var offset in scan.Unbalanced)
        {
            context.Report("QT0003", new TextSpan(offset, 1), new Dictionary<string, object?> { ["mark"] = article.Text[offset].ToString() });
        }
    }
}
