using System.Collections;

namespace PluginHost.Sdk.Layers;

/// <summary>
/// A run of a layer's annotations, read in place: a lookup allocates nothing, and nothing read through it can
/// change the layer that other plugins share.
/// </summary>
public readonly struct AnnotationRange : IReadOnlyList<Annotation>
{
    private readonly Annotation[]? _annotations;
    private readonly int _start;

    internal AnnotationRange(Annotation[] annotations, int start, int count)
    {
        _annotations = annotations;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Annotation this[int index] =>
        (uint)index < (uint)Count ? _annotations![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Annotation> IEnumerable<Annotation>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<Annotation>
    {
        private readonly AnnotationRange _range;
        private int _index;

        internal Enumerator(AnnotationRange range)
        {
            _range = range;
            _index = -1;
        }

        public readonly Annotation Current => _range[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _range.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
