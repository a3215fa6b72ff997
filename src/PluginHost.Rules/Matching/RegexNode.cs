using System.Text.RegularExpressions;

namespace PluginHost.Rules.Matching;

/// <summary>One token whose whole text matches a regular expression, run by .NET's non-backtracking engine.</summary>
public sealed class RegexNode(Regex regex) : PatternNode
{
    public override bool MayStartAt(PatternMatcher matcher, int position) => position < matcher.End;

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        MayStartAt(matcher, position)
        && regex.IsMatch(matcher.Article.CharsOf(matcher.Article.Tokens[position].Span))
        && next(position + 1, captures);
}
