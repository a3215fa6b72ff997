namespace PluginHost.Rules.Matching;

/// <summary>Items one after another.</summary>
public sealed class SequenceNode(IReadOnlyList<PatternNode> items) : PatternNode
{
    internal override PatternNode? Leader => items.Count == 0 ? null : items[0].Leader;

    public override bool MayStartAt(PatternMatcher matcher, int position) => items.Count == 0 || items[0].MayStartAt(matcher, position);

    protected override IEnumerable<PatternNode> FindRequired() => items.SelectMany(item => item.Required);

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        MatchFrom(0, matcher, position, captures, next);

    private bool MatchFrom(int item, PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        item == items.Count
            ? next(position, captures)
            : items[item].Match(matcher, position, captures, (end, c) => MatchFrom(item + 1, matcher, end, c, next));
}
