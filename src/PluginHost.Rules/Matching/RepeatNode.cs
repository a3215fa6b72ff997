namespace PluginHost.Rules.Matching;

/// <summary><c>p?</c>, <c>p*</c>, <c>p+</c>, <c>p{m,n}</c>: greedy, giving back one repetition at a time.</summary>
public sealed class RepeatNode(PatternNode inner, int min, int? max) : PatternNode
{
    internal override PatternNode? Leader => min == 0 ? null : inner.Leader;

    public override bool MayStartAt(PatternMatcher matcher, int position) => min == 0 || inner.MayStartAt(matcher, position);

    protected override IEnumerable<PatternNode> FindRequired() => min > 0 ? inner.Required : [];

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        MatchCount(0, matcher, position, captures, next);

    private bool MatchCount(int count, PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        if ((max is null || count < max)
            && inner.Match(matcher, position, captures, (end, c) => end > position && MatchCount(count + 1, matcher, end, c, next)))
        {
            return true;
        }

        return count >= min && next(position, captures);
    }
}
