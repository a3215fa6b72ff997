using System.Buffers;

namespace Boilerplate.Classification;

/// <summary>
/// A category's pattern from the rule files, asked of every line: its alternatives that open with a gate
/// (<see cref="PatternGates"/>) are tried only on a line that holds one of the gate's phrases, which one vectorized search
/// for every gate's phrases tells; the others are tried as one pattern. It matches the lines the whole pattern matches:
/// a line holds a gate's phrase wherever the gate's lookahead would find it, and the alternative, gate and all, is then
/// tried as written.
/// </summary>
internal sealed class GatedPattern
{
    private readonly TimedPattern? _ungated;
    private readonly (SearchValues<string> Phrases, TimedPattern Pattern)[] _gated;
    private readonly SearchValues<string> _anyGate;

    public GatedPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var alternatives = PatternGates.Alternatives(pattern);
        var gated = alternatives.Select(a => (Alternative: a, Phrases: PatternGates.Phrases(a))).ToList();
        var ungated = gated.Where(g => g.Phrases is null).Select(g => g.Alternative).ToList();
        _ungated = ungated.Count > 0 ? new TimedPattern(string.Join('|', ungated)) : null;
        _gated = [.. gated.Where(g => g.Phrases is not null).Select(g => (SearchValues.Create([.. g.Phrases!], StringComparison.OrdinalIgnoreCase), new TimedPattern(g.Alternative)))];
        _anyGate = SearchValues.Create([.. gated.SelectMany(g => g.Phrases ?? []).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many of the pattern's alternatives have a gate.</summary>
    internal int GatedCount => _gated.Length;

    /// <summary>Whether the pattern matches the text; an alternative that runs out of time on it counts as no match.</summary>
    public bool IsMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_ungated?.IsMatch(text) == true)
        {
            return true;
        }

        if (_gated.Length == 0 || text.AsSpan().IndexOfAny(_anyGate) < 0)
        {
            return false;
        }

        foreach (var (phrases, pattern) in _gated)
        {
            if (text.AsSpan().IndexOfAny(phrases) >= 0 && pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}
