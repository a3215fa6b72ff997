namespace PluginHost.Rules.Matching;

/// <summary><c>^</c> and <c>$</c>: the start or the end of the scope; they match no token.</summary>
public sealed class AnchorNode(bool atStart) : PatternNode
{
    public override bool MayStartAt(PatternMatcher matcher, int position) =>
        atStart ? position == matcher.Scope.FirstToken : position == matcher.End;

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        MayStartAt(matcher, position) && next(position, captures);
}
