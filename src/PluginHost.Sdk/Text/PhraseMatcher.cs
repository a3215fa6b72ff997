namespace PluginHost.Sdk.Text;

/// <summary>Compares a run of article tokens with the tokens of a phrase.</summary>
public static class PhraseMatcher
{
    public static bool Matches(Article article, int index, int end, string[] phrase, StringComparison comparison)
    {
        if (index + phrase.Length > end)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!article.CharsOf(article.Tokens[index + i].Span).Equals(phrase[i], comparison))
            {
                return false;
            }
        }

        return true;
    }
}
