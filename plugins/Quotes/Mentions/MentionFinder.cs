using PluginHost.Sdk.Analysis;

namespace Quotes;

/// <summary>Publishes who the article mentions that could speak as the "mentions" layer, which attribution patterns match as @mentions.</summary>
public sealed class MentionFinder : IArticleAnalyzer
{
    // Set by Prepare, which the host calls before the first article.
    private MentionScanner? _scanner;

    public void Prepare(IPluginSettings settings) => _scanner = new MentionScanner(new MentionLexicon(settings));

    public void Analyze(AnalysisContext context) =>
        context.Publish(QuotesPlugin.MentionsLayer, _scanner!.Scan(context.Article).Select(MentionAnnotation.From));
}
