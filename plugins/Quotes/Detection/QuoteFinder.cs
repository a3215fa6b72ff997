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
    // Set by Prepare, which the host calls before the first article.
    private QuoteClassifier? _classifier;

    public void Prepare(IPluginSettings settings) =>
        _classifier = new QuoteClassifier(settings.GetList("term_markers"), settings.GetList("title_words"), settings.GetList("speech_nouns"));

    public void Analyze(AnalysisContext context)
    {
        var article = context.Article;
        var classifier = _classifier!;
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
