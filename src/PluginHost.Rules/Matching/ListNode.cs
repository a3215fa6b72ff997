using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>Any entry of a word list, longest first.</summary>
public sealed class ListNode(WordList list) : PatternNode
{
    internal override object? StartKey => list;

    // A list is asked only whether an entry's first word is at the token.
    internal override bool StartsAlikeInEveryScope => true;

    public override bool MayStartAt(PatternMatcher matcher, int position) => list.MayMatchAt(matcher.Article, position, matcher.End);

    // A list compares a token's text letter case aside (WordList's OrdinalIgnoreCase), as the index groups the tokens: one
    // token of each text answers for all of them; or, when the list starts with fewer words than the article has, each
    // of its first words is looked up among the article's.
    internal override void MarkStarts(StartIndex index, bool[] starts)
    {
        var byText = index.TokensByText;
        if (list.FirstTokens.Count < byText.Count)
        {
            foreach (var word in list.FirstTokens)
            {
                if (byText.TryGetValue(word, out var positions))
                {
                    foreach (var position in positions)
                    {
                        starts[position] = true;
                    }
                }
            }

            return;
        }

        foreach (var positions in byText.Values)
        {
            if (MayStartAt(index.WholeArticle, positions[0]))
            {
                foreach (var position in positions)
                {
                    starts[position] = true;
                }
            }
        }
    }

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
