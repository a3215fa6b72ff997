using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;

namespace PluginHost.Rules.Matching;

/// <summary>
/// A view's layers, each asked of the view once: patterns ask at every token, and a view may build the layer anew on
/// every call (an empty one for a layer nothing published).
/// </summary>
internal sealed class LayerCache(ArticleView view)
{
    private readonly Dictionary<string, AnnotationLayer> _layers = new(StringComparer.Ordinal);

    public AnnotationLayer this[string name]
    {
        get
        {
            if (!_layers.TryGetValue(name, out var layer))
            {
                layer = view.Layer(name);
                _layers.Add(name, layer);
            }

            return layer;
        }
    }

    /// <summary>Forgets the layers read: the view's changed.</summary>
    public void Clear() => _layers.Clear();
}
