namespace PluginHost.Rules.Matching;

/// <summary><c>!element</c>: one token, where the element cannot match in any way.</summary>
public sealed class NotNode(PatternNode inner) : PatternNode
{
    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        position < matcher.End && !inner.Match(matcher, position, captures, (_, _) => true) && next(position + 1, captures);
}
