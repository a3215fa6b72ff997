namespace PluginHost.Sdk.Analysis;

/// <summary>
/// The part of a plugin written in C#: it reads the article and the layers it consumes, publishes its own
/// layers and reports findings against rules its rule files declare. Called concurrently for different
/// articles, so it keeps no per-article state in fields.
/// </summary>
public interface IArticleAnalyzer
{
    /// <summary>
    /// Builds what every article shares from the plugin's settings (the same as <see cref="AnalysisContext.Settings"/>):
    /// lists, tables, compiled patterns. Optional. The host calls it once per set-up of the rules (again after each
    /// reload in watch mode), before the first call of <see cref="Analyze"/>, and what it sets in fields is visible there.
    /// <c>analyze</c> and <c>fix</c> begin it in the background as soon as their session is set up; otherwise the first
    /// article prepares the plugin, and every article that comes while it runs waits for it, within its own time limit.
    /// A throw here is reported for every article as the plugin's failure (PH0001); the plugin's analyzers are then not
    /// run (its declarative rules are, and plugins that consume its layers find them empty).
    /// </summary>
    void Prepare(IPluginSettings settings)
    {
    }

    void Analyze(AnalysisContext context);
}
