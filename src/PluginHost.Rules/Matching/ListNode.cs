using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>Any entry of a word list, longest first.</summary>
public sealed class ListNode(WordList list) : PatternNode
{
    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        list.MatchAt(matcher.Article, position, matcher.End).Any(length => next(position + length, captures));
}
