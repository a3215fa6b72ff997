namespace PluginHost.Rules.Matching;

/// <summary><c>gap(min, max)</c>: that many tokens of anything, as few as possible, so the nearest following match wins.</summary>
public sealed class GapNode(int min, int max) : PatternNode
{
    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        for (var length = min; length <= max && position + length <= matcher.End; length++)
        {
            if (next(position + length, captures))
            {
                return true;
            }
        }

        return false;
    }
}
