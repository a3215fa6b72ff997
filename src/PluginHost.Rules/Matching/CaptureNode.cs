namespace PluginHost.Rules.Matching;

/// <summary><c>name:p</c>: records what p matched; when p is an annotation class, the annotation too.</summary>
public sealed class CaptureNode(string name, PatternNode inner) : PatternNode
{
    public string Name { get; } = name;

    internal override PatternNode? Leader => inner.Leader;

    public override bool MayStartAt(PatternMatcher matcher, int position) => inner.MayStartAt(matcher, position);

    protected override IEnumerable<PatternNode> FindRequired() => inner.Required;

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        if (inner is not LayerNode layer)
        {
            return inner.Match(matcher, position, captures, (end, c) => next(end, new Capture(Name, position, end, null, c)));
        }

        foreach (var found in layer.AnnotationsAt(matcher, position))
        {
            if (next(found.EndToken, new Capture(Name, position, found.EndToken, found.Annotation, captures)))
            {
                return true;
            }
        }

        return false;
    }
}
