namespace PluginHost.Rules.Matching;

/// <summary>A compiled part of a pattern. It calls the continuation for each way it can match at a position, best first, and stops at the first that succeeds.</summary>
public abstract class PatternNode
{
    private PatternNode[]? _required;

    /// <summary>
    /// Nodes of which every match of this node holds a match, each able to tell where it may start
    /// (<see cref="MayStartAt"/>): a scope where one of them can start at no token holds no match, and is passed over
    /// without a search. Worked out once per node: compiled patterns do not change.
    /// </summary>
    public IReadOnlyList<PatternNode> Required => _required ??= [.. FindRequired()];

    public bool Match(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        matcher.Step();
        return MatchCore(matcher, position, captures, next);
    }

    /// <summary>
    /// False when no match of this node can begin at <paramref name="position"/>, told cheaply (without allocating,
    /// and for a token class by asking it), so the matcher skips the positions where a pattern cannot start, and the
    /// scopes where a required node starts nowhere; true when the node cannot tell.
    /// </summary>
    public virtual bool MayStartAt(PatternMatcher matcher, int position) => true;

    /// <summary>The nodes for <see cref="Required"/>: none unless a node knows better.</summary>
    protected virtual IEnumerable<PatternNode> FindRequired() => [];

    protected abstract bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next);
}
