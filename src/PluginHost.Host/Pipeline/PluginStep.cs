using PluginHost.Rules.Matching;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Layers;

namespace PluginHost.Host.Pipeline;

/// <summary>
/// What one plugin's run over one article leaves behind: its findings, kept apart until it finishes, and the
/// layers it published, withdrawn again if it runs out of time. A plugin abandoned at its time limit may still be
/// running; nothing it does after that reaches the article.
/// </summary>
internal sealed class PluginStep(LayerStore layers)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AnnotationLayer?> _before = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _found = [];
    private bool _abandoned;

    public LayerStore Layers => layers;

    /// <summary>Where the parts of the plugin's patterns and rules start, shared by all of them until it publishes a layer.</summary>
    public StartIndex Starts { get; } = new(layers);

    /// <summary>The findings, to be read once the plugin has finished.</summary>
    public IReadOnlyList<Diagnostic> Found => _found;

    public void Report(Diagnostic? diagnostic)
    {
        lock (_gate)
        {
            if (diagnostic is not null && !_abandoned)
            {
                _found.Add(diagnostic);
            }
        }
    }

    public void Publish(string layer, IReadOnlyList<Annotation> annotations)
    {
        lock (_gate)
        {
            if (!_abandoned)
            {
                _before.TryAdd(layer, layers.Published(layer));
                layers.Publish(layer, annotations);
                Starts.Clear();
            }
        }
    }

    /// <summary>Drops the findings, puts the layers back as they were before the plugin ran, and shuts the plugin out.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _abandoned = true;
            _found.Clear();
            foreach (var (layer, before) in _before)
            {
                layers.Restore(layer, before);
            }
        }
    }
}
