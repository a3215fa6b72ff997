using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>Any entry of a word list, longest first.</summary>
public sealed class ListNode(WordList list) : PatternNode
{
    public override bool MayStartAt(PatternMatcher matcher, int position) => list.MayMatchAt(matcher.Article, position, matcher.End);

    protected override IEnumerable<PatternNode> FindRequired() => [this];

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        if (!MayStartAt(matcher, position))
        {
            return false;
        }

        foreach (var length in list.MatchAt(matcher.Article, position, matcher.End))
        {
            if (next(position + length, captures))
            {
                return true;
            }
        }

        return false;
    }
}
