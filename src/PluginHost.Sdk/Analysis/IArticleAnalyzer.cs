namespace PluginHost.Sdk.Analysis;

/// <summary>
/// The part of a plugin written in C#: it reads the article and the layers it consumes, publishes its own
/// layers and reports findings against rules its rule files declare. Called concurrently for different
/// articles, so it keeps no per-article state in fields.
/// </summary>
public interface IArticleAnalyzer
{
    /// <summary>
    /// Builds what every article of a run shares from the plugin's settings: lists, tables, compiled patterns. The
    /// host calls it once per run, before the first call of <see cref="Analyze"/>, in the background while the other
    /// plugins prepare and the first article is read, so that the first article does not wait for it. A throw here
    /// is reported for every article as the plugin's failure (PH0001), and the plugin's analyzers are not run.
    /// </summary>
    void Prepare(IPluginSettings settings)
    {
    }

    void Analyze(AnalysisContext context);
}
