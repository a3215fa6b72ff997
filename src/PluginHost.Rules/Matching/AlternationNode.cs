namespace PluginHost.Rules.Matching;

/// <summary><c>a | b</c>: the first option that lets the rest of the pattern match.</summary>
public sealed class AlternationNode(IReadOnlyList<PatternNode> options) : PatternNode
{
    private Options? _startKey;
    private bool? _startsAlike;

    internal override object? StartKey => options.All(o => o.StartKey is not null) ? _startKey ??= new Options([.. options.Select(o => o.StartKey!)]) : null;

    internal override bool StartsAlikeInEveryScope => _startsAlike ??= options.All(option => option.StartsAlikeInEveryScope);

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

    internal override void MarkStarts(StartIndex index, bool[] starts)
    {
        foreach (var option in options)
        {
            index.MarkStartsOf(option, starts);
        }
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

    // The options' keys in order: "said" | "told" and "said" | "told" written in two patterns start at the same tokens.
    private sealed class Options(object[] keys)
    {
        private readonly object[] _keys = keys;

        public override bool Equals(object? obj) => obj is Options other && _keys.SequenceEqual(other._keys);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var key in _keys)
            {
                hash.Add(key);
            }

            return hash.ToHashCode();
        }
    }
}
