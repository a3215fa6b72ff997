using System.Buffers;

namespace Boilerplate.Classification;

/// <summary>
/// A category's pattern from the rule files, asked of every line: its alternatives that open with a gate
/// (<see cref="PatternGates"/>) are tried only on a line that holds one of the gate's phrases, which one vectorized search
/// for every gate's phrases tells; the others are tried as one pattern. It matches the lines the whole pattern matches:
/// a line holds a gate's phrase wherever the gate's lookahead would find it, and the alternative, gate and all, is then
/// tried as written. A pattern <see cref="PatternGates.Alternatives"/> does not take apart is tried whole. Each part has
/// the time limit the whole had (<see cref="TimedPattern"/>): a part that runs out of time on a line counts as no match
/// there, and the others are still asked.
/// </summary>
/// <remarks>
/// The search ignores case as ordinal comparison does, by upper-casing; the regular expression engine, by lower-casing,
/// also takes a few letters for others (the Kelvin sign for k, the Ångström sign for å, the Ohm sign for ω, capital ẞ
/// for ß, ϴ for θ). A line holding one of those is asked every gated alternative.
/// </remarks>
internal sealed class GatedPattern
{
    private static readonly SearchValues<char> CaseOutliers = SearchValues.Create("\u212A\u212B\u2126\u1E9E\u03F4");

    private readonly TimedPattern? _ungated;
    private readonly (SearchValues<string> Phrases, TimedPattern Pattern)[] _gated;
    private readonly SearchValues<string> _anyGate;

    public GatedPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var gated = PatternGates.Alternatives(pattern) is { } alternatives
            ? alternatives.Select(a => (Alternative: a, Phrases: PatternGates.Phrases(a))).ToList()
            : [(Alternative: pattern, Phrases: (IReadOnlyList<string>?)null)];
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

        if (_gated.Length == 0)
        {
            return false;
        }

        var outliers = text.AsSpan().ContainsAny(CaseOutliers);
        if (!outliers && text.AsSpan().IndexOfAny(_anyGate) < 0)
        {
            return false;
        }

        foreach (var (phrases, pattern) in _gated)
        {
            if ((outliers || text.AsSpan().IndexOfAny(phrases) >= 0) && pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }
}
