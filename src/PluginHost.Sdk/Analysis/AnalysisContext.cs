using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Analysis;

/// <summary>What an analyzer gets for one article: the text, the layers it may read, and ways to answer.</summary>
public abstract class AnalysisContext : ArticleView
{
    /// <summary>The plugin's settings and word lists, from its rule files.</summary>
    public abstract IPluginSettings Settings { get; }

    /// <summary>Cancelled when the article's time limit runs out or the run is stopped.</summary>
    public abstract CancellationToken CancellationToken { get; }

    /// <summary>The names of the named patterns of the plugin's rule files, in the order they are declared.</summary>
    public abstract IReadOnlyList<string> Patterns { get; }

    /// <summary>
    /// Runs one of the named patterns of the plugin's rule files over the article, with the layers published so
    /// far, and gives its matches in text order. A scope unit where the pattern runs out of steps is reported
    /// (PH0006) and skipped.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The plugin's rule files declare no pattern of that name.</exception>
    public abstract IReadOnlyList<TextMatch> Match(string pattern);

    /// <summary>Publishes annotations under one of the layer names the plugin's manifest produces.</summary>
    public abstract void Publish(string layer, IEnumerable<Annotation> annotations);

    /// <summary>
    /// Reports a finding of a rule the plugin's rule files declare. The message's placeholders are filled from
    /// <paramref name="properties"/>, and from <c>text</c>, the text of the span.
    /// </summary>
    public abstract void Report(string ruleId, TextSpan span, IReadOnlyDictionary<string, object?>? properties = null, IReadOnlyList<TextEdit>? fixes = null);
}
