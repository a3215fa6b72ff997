namespace PluginHost.Rules.Matching;

/// <summary><c>a | b</c>: the first option that lets the rest of the pattern match.</summary>
public sealed class AlternationNode(IReadOnlyList<PatternNode> options) : PatternNode
{
    public override bool MayStartAt(PatternMatcher matcher, int position)
    {
        foreach (var option in options)
        {
            if (option.MayStartAt(matcher, position))
            {
                return true;
            }
        }

        return false;
    }

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        foreach (var option in options)
        {
            if (option.Match(matcher, position, captures, next))
            {
                return true;
            }
        }

        return false;
    }
}
