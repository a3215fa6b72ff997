using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Layers;

/// <summary>The annotations one plugin published under one layer name for one article, in text order.</summary>
public sealed class AnnotationLayer
{
    private readonly Annotation[] _annotations;

    public AnnotationLayer(string name, IEnumerable<Annotation> annotations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _annotations = [.. annotations.OrderBy(a => a.Span.Start).ThenByDescending(a => a.Span.Length)];
    }

    public string Name { get; }

    public IReadOnlyList<Annotation> Annotations => _annotations;

    /// <summary>The annotations that overlap <paramref name="span"/>.</summary>
    public IEnumerable<Annotation> Overlapping(TextSpan span) =>
        _annotations.TakeWhile(a => a.Span.Start < Math.Max(span.End, span.Start + 1)).Where(a => a.Span.OverlapsWith(span) || a.Span == span);

    /// <summary>The innermost annotation whose span contains <paramref name="span"/>, if any.</summary>
    public Annotation? Covering(TextSpan span) =>
        _annotations.TakeWhile(a => a.Span.Start <= span.Start).Where(a => a.Span.Contains(span)).MinBy(a => a.Span.Length);

    /// <summary>The annotations that start exactly at <paramref name="offset"/>, longest first.</summary>
    public IEnumerable<Annotation> StartingAt(int offset) =>
        _annotations.SkipWhile(a => a.Span.Start < offset).TakeWhile(a => a.Span.Start == offset);
}
