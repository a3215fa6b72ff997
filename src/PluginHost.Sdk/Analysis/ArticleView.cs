using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Analysis;

/// <summary>An article with the annotation layers published so far.</summary>
public abstract class ArticleView
{
    public abstract Article Article { get; }

    /// <summary>The layer of that name; empty when its producer published nothing for this article.</summary>
    public abstract AnnotationLayer Layer(string name);
}
