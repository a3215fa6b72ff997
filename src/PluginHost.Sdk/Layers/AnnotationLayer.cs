using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Layers;

/// <summary>
/// The annotations one plugin published under one layer name for one article, in text order. Lookups are binary
/// searches: rule patterns ask a layer what starts or ends at every token, so a scan per question would make an
/// article's matching quadratic in its annotations. <see cref="Overlapping"/> and <see cref="Covering"/> start
/// from the earliest annotation long enough to reach the span, so one article-long annotation makes them scans again.
/// </summary>
public sealed class AnnotationLayer
{
    private readonly Annotation[] _annotations;
    private readonly Annotation[] _byEnd;
    private readonly int _longest;

    public AnnotationLayer(string name, IEnumerable<Annotation> annotations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _annotations = [.. annotations.OrderBy(a => a.Span.Start).ThenByDescending(a => a.Span.Length)];
        _byEnd = [.. _annotations.OrderBy(a => a.Span.End)];
        _longest = _annotations.Length == 0 ? 0 : _annotations.Max(a => a.Span.Length);
    }

    public string Name { get; }

    public IReadOnlyList<Annotation> Annotations => _annotations;

    /// <summary>The annotations that overlap <paramref name="span"/>.</summary>
    public IEnumerable<Annotation> Overlapping(TextSpan span) =>
        From(span.Start - _longest).TakeWhile(a => a.Span.Start < Math.Max(span.End, span.Start + 1)).Where(a => a.Span.OverlapsWith(span) || a.Span == span);

    /// <summary>The innermost annotation whose span contains <paramref name="span"/>, if any.</summary>
    public Annotation? Covering(TextSpan span) =>
        From(span.End - _longest).TakeWhile(a => a.Span.Start <= span.Start).Where(a => a.Span.Contains(span)).MinBy(a => a.Span.Length);

    /// <summary>The annotations that start exactly at <paramref name="offset"/>, longest first.</summary>
    public AnnotationRange StartingAt(int offset) => Between(_annotations, offset, byEnd: false);

    /// <summary>The annotations that end exactly at <paramref name="offset"/>, in text order of their starts.</summary>
    public AnnotationRange EndingAt(int offset) => Between(_byEnd, offset, byEnd: true);

    private static AnnotationRange Between(Annotation[] sorted, int offset, bool byEnd)
    {
        var first = FirstIndex(sorted, offset, byEnd, orAfter: true);
        return new AnnotationRange(sorted, first, FirstIndex(sorted, offset, byEnd, orAfter: false) - first);
    }

    private ArraySegment<Annotation> From(int offset)
    {
        var first = FirstIndex(_annotations, offset, byEnd: false, orAfter: true);
        return new ArraySegment<Annotation>(_annotations, first, _annotations.Length - first);
    }

    /// <summary>
    /// The first index of <paramref name="sorted"/> whose start (or end) is at or after <paramref name="offset"/>
    /// (<paramref name="orAfter"/>), or after it.
    /// </summary>
    private static int FirstIndex(Annotation[] sorted, int offset, bool byEnd, bool orAfter)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var span = sorted[middle].Span;
            var key = byEnd ? span.End : span.Start;
            if (key > offset || (orAfter && key == offset))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
