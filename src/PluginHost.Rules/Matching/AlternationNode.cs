namespace PluginHost.Rules.Matching;

/// <summary><c>a | b</c>: the first option that lets the rest of the pattern match.</summary>
public sealed class AlternationNode(IReadOnlyList<PatternNode> options) : PatternNode
{
    public override bool MayStartAt(PatternMatcher matcher, int position)
    {
        foreach (var option in options)
        {
            if (option.MayStartAt(matcher, position))
            {
                return true;
            }
        }

        return false;
    }

    // Useful only when each option can tell where it starts: "said" | "wrote", not "said" | !",".
    protected override IEnumerable<PatternNode> FindRequired() => options.All(TellsWhereItStarts) ? [this] : [];

    // A node that is its own requirement is one whose MayStartAt says no somewhere (a word, a list, a layer, a class).
    private static bool TellsWhereItStarts(PatternNode option) => option.Required.Contains(option);

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        foreach (var option in options)
        {
            if (option.Match(matcher, position, captures, next))
            {
                return true;
            }
        }

        return false;
    }
}
