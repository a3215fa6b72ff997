namespace PluginHost.Rules.Matching;

/// <summary><c>a | b</c>: the first option that lets the rest of the pattern match.</summary>
public sealed class AlternationNode(IReadOnlyList<PatternNode> options) : PatternNode
{
    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        options.Any(option => option.Match(matcher, position, captures, next));
}
