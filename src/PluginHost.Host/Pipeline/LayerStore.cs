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

    public void Publish(string name, IEnumerable<Annotation> annotations) =>
        _layers.AddOrUpdate(name, n => new AnnotationLayer(n, annotations), (n, existing) => new AnnotationLayer(n, existing.Annotations.Concat(annotations)));
}
