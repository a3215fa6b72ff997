using PluginHost.Sdk.Layers;

namespace PluginHost.Rules.Matching;

/// <summary>An annotation of a layer (<c>@quotes</c>) that starts at this token and ends on a token boundary inside the scope.</summary>
public sealed class LayerNode(string layer) : PatternNode
{
    public IEnumerable<(Annotation Annotation, int EndToken)> AnnotationsAt(PatternMatcher matcher, int position)
    {
        if (position >= matcher.End)
        {
            yield break;
        }

        var tokens = matcher.Article.Tokens;
        foreach (var annotation in matcher.View.Layer(layer).StartingAt(tokens[position].Span.Start))
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

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        AnnotationsAt(matcher, position).Any(found => next(found.EndToken, captures));
}
