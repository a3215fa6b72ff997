using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>A literal word or phrase, compared token by token.</summary>
public sealed class PhraseNode(string[] tokens, bool caseSensitive) : PatternNode
{
    private readonly StringComparison _comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        PhraseMatcher.Matches(matcher.Article, position, matcher.End, tokens, _comparison) && next(position + tokens.Length, captures);
}
