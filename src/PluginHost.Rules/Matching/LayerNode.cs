using PluginHost.Sdk.Layers;

namespace PluginHost.Rules.Matching;

/// <summary>An annotation of a layer (<c>@quotes</c>) that starts at this token and ends on a token boundary inside the scope.</summary>
public sealed class LayerNode(string layer) : PatternNode
{
    internal override object? StartKey { get; } = (nameof(LayerNode), layer);

    internal override bool StartsAlikeInEveryScope => true;

    public IEnumerable<(Annotation Annotation, int EndToken)> AnnotationsAt(PatternMatcher matcher, int position)
    {
        if (position >= matcher.End)
        {
            yield break;
        }

        var tokens = matcher.Article.Tokens;
        foreach (var annotation in matcher.Layer(layer).StartingAt(tokens[position].Span.Start))
        {
            var end = position;
            while (end < matcher.End && tokens[end].Span.End <= annotation.Span.End)
            {
                end++;
            }

            if (end > position && tokens[end - 1].Span.End == annotation.Span.End)
            {
                yield return (annotation, end);
            }
        }
    }

    public override bool MayStartAt(PatternMatcher matcher, int position) =>
        position < matcher.End && matcher.Layer(layer).StartingAt(matcher.Article.Tokens[position].Span.Start).Count > 0;

    // The tokens and the layer's annotations are both in text order: one walk through the two finds every token
    // where an annotation starts.
    internal override void MarkStarts(StartIndex index, bool[] starts)
    {
        var tokens = index.View.Article.Tokens;
        var annotations = index.Layer(layer).Annotations;
        var next = 0;
        for (var position = 0; position < starts.Length && next < annotations.Count; position++)
        {
            var start = tokens[position].Span.Start;
            while (next < annotations.Count && annotations[next].Span.Start < start)
            {
                next++;
            }

            starts[position] |= next < annotations.Count && annotations[next].Span.Start == start;
        }
    }

    protected override IEnumerable<PatternNode> FindRequired() => [this];

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        foreach (var found in AnnotationsAt(matcher, position))
        {
            if (next(found.EndToken, captures))
            {
                return true;
            }
        }

        return false;
    }
}
