namespace PluginHost.Rules.Matching;

/// <summary>A compiled part of a pattern. It calls the continuation for each way it can match at a position, best first, and stops at the first that succeeds.</summary>
public abstract class PatternNode
{
    public bool Match(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        matcher.Step();
        return MatchCore(matcher, position, captures, next);
    }

    /// <summary>
    /// False when no match of this node can begin at <paramref name="position"/>, told without allocating, so the
    /// matcher skips the positions where a pattern cannot start; true when the node cannot tell.
    /// </summary>
    public virtual bool MayStartAt(PatternMatcher matcher, int position) => true;

    protected abstract bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next);
}
