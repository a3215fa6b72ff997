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

    /// <summary>
    /// Equal for nodes that may start at the same tokens of any article (the same word, list, layer or class, written in
    /// two patterns), so that a <see cref="StartIndex"/> works out their starts once for all of them; null when none.
    /// </summary>
    internal virtual object? StartKey => null;

    /// <summary>
    /// The node that says where this one may start, when a <see cref="StartIndex"/> can know it (<see cref="StartKey"/>):
    /// a sequence's first item, what a capture or a required repetition holds; null when no such node tells.
    /// </summary>
    internal virtual PatternNode? Leader => StartKey is null ? null : this;

    /// <summary>
    /// True when <see cref="MayStartAt"/> gives a token inside any scope the answer it gives with the whole article as the
    /// scope (a layer, a list, a single word): then a <see cref="StartIndex"/>'s answer is the scope's, and the matcher
    /// need not ask again. False when a narrower scope can say no where the article says yes (a phrase of several words
    /// crossing the scope's end).
    /// </summary>
    internal virtual bool StartsAlikeInEveryScope => false;

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

    /// <summary>
    /// Marks every token of the article where the node may start, as <see cref="MayStartAt"/> says with the whole article
    /// as the scope: by asking each token, unless the node can find them sooner.
    /// </summary>
    internal virtual void MarkStarts(StartIndex index, bool[] starts)
    {
        for (var position = 0; position < starts.Length; position++)
        {
            starts[position] |= MayStartAt(index.WholeArticle, position);
        }
    }

    /// <summary>The nodes for <see cref="Required"/>: none unless a node knows better.</summary>
    protected virtual IEnumerable<PatternNode> FindRequired() => [];

    protected abstract bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next);
}
