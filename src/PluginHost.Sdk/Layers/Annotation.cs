using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Layers;

/// <summary>
/// A fact a plugin states about a span: the language of a paragraph, a quote and its speaker, a boilerplate
/// block. <see cref="Value"/> is the main fact ("en", "Ana Ruiz"); <see cref="Properties"/> hold the rest
/// (strings, numbers and booleans), since plugins share no types but the SDK's.
/// </summary>
public sealed record Annotation(TextSpan Span, string? Value, IReadOnlyDictionary<string, object?> Properties)
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    public Annotation(TextSpan span, string? value = null)
        : this(span, value, NoProperties)
    {
    }

    public object? this[string property] => Properties.TryGetValue(property, out var value) ? value : null;
}
