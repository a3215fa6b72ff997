using System.Text.RegularExpressions;

namespace Boilerplate.Classification;

/// <summary>
/// A regular expression from a rule file, with a time limit: a pattern that takes too long on one line counts as
/// no match there, so that one pathological line cannot stall the plugin or fail the article.
/// </summary>
internal sealed class TimedPattern(string pattern)
{
    private readonly Regex _regex = new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>The first match in the text, or null when there is none or the time ran out.</summary>
    public Match? Match(string text)
    {
        try
        {
            return _regex.Match(text) is { Success: true } match ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public bool IsMatch(string text) => Match(text) is not null;
}
