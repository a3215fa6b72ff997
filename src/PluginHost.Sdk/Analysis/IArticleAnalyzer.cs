namespace PluginHost.Sdk.Analysis;

/// <summary>
/// The part of a plugin written in C#: it reads the article and the layers it consumes, publishes its own
/// layers and reports findings against rules its rule files declare. Called concurrently for different
/// articles, so it keeps no per-article state in fields.
/// </summary>
public interface IArticleAnalyzer
{
    void Analyze(AnalysisContext context);
}
