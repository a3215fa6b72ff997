using System.Text.RegularExpressions;

namespace PluginHost.Rules.Matching;

/// <summary>One token whose whole text matches a regular expression, run by .NET's non-backtracking engine.</summary>
public sealed class RegexNode(Regex regex) : PatternNode
{
    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        position < matcher.End
        && regex.IsMatch(matcher.Article.CharsOf(matcher.Article.Tokens[position].Span))
        && next(position + 1, captures);
}
