using PluginHost.Sdk.Analysis;

namespace PluginHost.Rules.Matching;

/// <summary>A class a plugin computes from the tokens (<c>@number</c>, <c>@speech_verb</c>).</summary>
public sealed class TokenClassNode(ITokenClass tokenClass) : PatternNode
{
    internal override object? StartKey => tokenClass;

    public override bool MayStartAt(PatternMatcher matcher, int position) => MatchCore(matcher, position, null, static (_, _) => true);

    protected override IEnumerable<PatternNode> FindRequired() => [this];

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next)
    {
        if (position >= matcher.End)
        {
            return false;
        }

        foreach (var length in tokenClass.Match(matcher.View, position))
        {
            if (length > 0 && position + length <= matcher.End && next(position + length, captures))
            {
                return true;
            }
        }

        return false;
    }
}
