namespace PluginHost.Rules.Matching;

/// <summary>A compiled part of a pattern. It calls the continuation for each way it can match at a position, best first, and stops at the first that succeeds.</summary>
public abstract class PatternNode
{
    public bool Match(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        matcher.Step();
        return MatchCore(matcher, position, captures, next);
    }

    protected abstract bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next);
}
