using System.Collections.Concurrent;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Pipeline;

/// <summary>The layers published so far for one article; plugins read them through <see cref="ArticleView"/>.</summary>
public sealed class LayerStore(Article article) : ArticleView
{
    private readonly ConcurrentDictionary<string, AnnotationLayer> _layers = new(StringComparer.Ordinal);

    public override Article Article { get; } = article;

    public override AnnotationLayer Layer(string name) =>
        _layers.TryGetValue(name, out var layer) ? layer : new AnnotationLayer(name, []);

    /// <summary>The layer as published so far, or null when nothing has been published under its name.</summary>
    public AnnotationLayer? Published(string name) => _layers.GetValueOrDefault(name);

    public void Publish(string name, IEnumerable<Annotation> annotations) =>
        _layers.AddOrUpdate(name, n => new AnnotationLayer(n, annotations), (n, existing) => new AnnotationLayer(n, existing.Annotations.Concat(annotations)));

    /// <summary>Puts a layer back as <see cref="Published"/> gave it earlier.</summary>
    public void Restore(string name, AnnotationLayer? layer)
    {
        if (layer is null)
        {
            _layers.TryRemove(name, out _);
        }
        else
        {
            _layers[name] = layer;
        }
    }
}
