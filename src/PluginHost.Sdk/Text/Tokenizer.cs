using System.Globalization;

namespace PluginHost.Sdk.Text;

/// <summary>Splits text into words, numbers, punctuation and symbols; white space is never a token.</summary>
public static class Tokenizer
{
    private const string WordJoiners = "-'’_";

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(text, i))
            {
                var end = ScanWord(text, i);
                tokens.Add(new Token(TextSpan.FromBounds(i, end), IsNumber(text, i, end) ? TokenKind.Number : TokenKind.Word));
                i = end;
                continue;
            }

            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            var kind = IsPunctuation(text, i) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(new TextSpan(i, length), kind));
            i += length;
        }

        return tokens;
    }

    private static int ScanWord(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            else if (IsInnerJoiner(text, i) || IsInnerSeparator(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return IsInitialism(text, start, i) && i < text.Length && text[i] == '.' ? i + 1 : i;
    }

    private static bool IsInnerJoiner(string text, int i) =>
        WordJoiners.Contains(text[i]) && i + 1 < text.Length && IsWordChar(text, i + 1);

    // Digits keep their group and decimal separators (100,000 and 3.5); letters keep the dots of
    // initialisms (U.S., e.g.) so that the dot is not read as the end of a sentence.
    private static bool IsInnerSeparator(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length)
        {
            return false;
        }

        var (before, after) = (text[i - 1], text[i + 1]);
        return text[i] switch
        {
            ',' or '.' when char.IsDigit(before) && char.IsDigit(after) => true,
            '.' when char.IsLetter(before) && char.IsLetter(after) && IsSingleLetterBefore(text, i) && IsSingleLetterAfter(text, i) => true,
            _ => false,
        };
    }

    private static bool IsSingleLetterBefore(string text, int dot) => dot < 2 || !char.IsLetter(text[dot - 2]);

    private static bool IsSingleLetterAfter(string text, int dot) => dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]);

    private static bool IsInitialism(string text, int start, int end) =>
        end - start >= 3 && text.AsSpan(start, end - start).Contains('.') && char.IsLetter(text[end - 1]);

    private static bool IsNumber(string text, int start, int end)
    {
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (!char.IsDigit(c) && c is not ',' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(string text, int i)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsPunctuation(string text, int i) =>
        CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
}
