using PluginHost.Sdk.Analysis;

namespace Quotes;

/// <summary>Publishes who the article mentions that could speak as the "mentions" layer, which attribution patterns match as @mentions.</summary>
public sealed class MentionFinder : IArticleAnalyzer
{
    // Built from the rule files' lists on first use; every article of a run sees the same settings.
    private MentionScanner? _scanner;

    public void Analyze(AnalysisContext context)
    {
        var scanner = _scanner ??= new MentionScanner(new MentionLexicon(context.Settings));
        context.Publish(QuotesPlugin.MentionsLayer, scanner.Scan(context.Article).Select(MentionAnnotation.From));
    }
}
