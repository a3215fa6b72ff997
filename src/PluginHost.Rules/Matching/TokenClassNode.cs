using PluginHost.Sdk.Analysis;

namespace PluginHost.Rules.Matching;

/// <summary>A class a plugin computes from the tokens (<c>@number</c>, <c>@speech_verb</c>).</summary>
public sealed class TokenClassNode(ITokenClass tokenClass) : PatternNode
{
    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        position < matcher.End
        && tokenClass.Match(matcher.View, position).Where(length => length > 0 && position + length <= matcher.End).Any(length => next(position + length, captures));
}
