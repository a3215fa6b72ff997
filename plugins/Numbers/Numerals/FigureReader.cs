using System.Globalization;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// Reads numbers written in digits. In English style a comma groups thousands and a dot marks decimals
/// (100,000; 3.5); in European style it is the other way round (1.200,5) and a space may group thousands (1 200).
/// </summary>
public static class FigureReader
{
    public static double? Read(ReadOnlySpan<char> text, bool european)
    {
        if (text.IsEmpty || !char.IsDigit(text[0]) || !char.IsDigit(text[^1]))
        {
            return null;
        }

        var (group, decimals) = european || HasDotGroups(text) ? ('.', ',') : (',', '.');
        Span<char> plain = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c == group)
            {
                continue;
            }

            if (!char.IsDigit(c) && c != decimals)
            {
                return null;
            }

            plain[length++] = c == decimals ? '.' : c;
        }

        return double.TryParse(plain[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Whether the article writes any figure in European style, and so all of them.</summary>
    public static bool WritesEuropean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Tokens.Any(t => t.Kind == TokenKind.Number && IsEuropean(article.CharsOf(t.Span)));
    }

    /// <summary>Whether a figure is written in European style: 1.200,5, 1.200.000 or 3,5.</summary>
    public static bool IsEuropean(ReadOnlySpan<char> text)
    {
        var comma = text.LastIndexOf(',');
        return HasDotGroups(text) || (comma > 0 && text.IndexOf('.') < 0 && text.Length - comma - 1 is 1 or 2);
    }

    // 1.200.000, or 1.200,5: dots that group digits in threes, which English never writes.
    private static bool HasDotGroups(ReadOnlySpan<char> text)
    {
        var dots = text.Count('.');
        var comma = text.IndexOf(',');
        return (dots > 1 || (dots == 1 && comma > text.IndexOf('.'))) && text.IndexOf('.') is > 0 and <= 3;
    }
}
