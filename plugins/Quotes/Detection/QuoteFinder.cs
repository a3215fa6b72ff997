using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// Publishes every quote as the "quotes" layer, with its text, kind (speech, partial, term), mark and depth, and
/// reports each quotation mark left open (QT0003).
/// </summary>
public sealed class QuoteFinder : IArticleAnalyzer
{
    // Built from the rule files' lists on first use; every article of a run sees the same settings.
    private QuoteClassifier? _classifier;

    public void Analyze(AnalysisContext context)
    {
        var article = context.Article;
        var classifier = _classifier ??= new QuoteClassifier(context.Settings.GetList("term_markers"), context.Settings.GetList("title_words"), context.Settings.GetList("speech_nouns"));
        var scan = QuoteScanner.Scan(article);
        context.Publish(QuotesPlugin.QuotesLayer, scan.Quotes.Select(q => new Annotation(q.Span, article.TextOf(q.Content), new Dictionary<string, object?>
        {
            ["kind"] = classifier.Classify(article, q).ToString().ToLowerInvariant(),
            ["depth"] = q.Depth,
            ["mark"] = q.Opener.ToString(),
        })));
        foreach (var offset in scan.Unbalanced)
        {
            context.Report("QT0003", new TextSpan(offset, 1), new Dictionary<string, object?> { ["mark"] = article.Text[offset].ToString() });
        }
    }
}
