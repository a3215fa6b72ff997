namespace PluginHost.Rules.Matching;

/// <summary><c>_</c>: any one token.</summary>
public sealed class AnyTokenNode : PatternNode
{
    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        position < matcher.End && next(position + 1, captures);
}
