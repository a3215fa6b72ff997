using System.Buffers;
using System.Text.RegularExpressions;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// Tells the numbers that are part of a name or a code, never quantities: a number right after a capitalised name
/// (Title 42, Boeing 737, Project 2030), after an identifier word (No. 5, page 12, call 112), before a street
/// (14 Harbour Road), phone numbers, codes with a leading zero, and long bare strings of digits.
/// </summary>
public sealed partial class NameOrCodeFilter(NumbersLexicon lexicon)
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>Where the text writes phone numbers.</summary>
    public IReadOnlyList<TextSpan> PhoneNumbers(string text) => [.. PhoneNumber().Matches(text).Select(m => new TextSpan(m.Index, m.Length))];

    internal bool IsNameOrCode(QuantityContext context, Numeral numeral, IReadOnlyList<TextSpan> phones)
    {
        var (article, first) = (context.Article, numeral.FirstToken);
        var span = numeral.SpanIn(article);
        var text = article.CharsOf(article.Tokens[first].Span);
        var leadingZero = text.Length > 1 && text[0] == '0' && !text.Contains('.') && !text.Contains(',') && !TokenChecks.IsSignAt(article, numeral.EndToken, context.End, ":");
        if (phones.Any(p => p.Contains(span)) || (numeral.Form == NumeralForm.Figure && (leadingZero || (text.Length >= 7 && !text.ContainsAnyExcept(Digits)))))
        {
            return true;
        }

        if (lexicon.IdentifierWords.LengthEndingAt(article, first, context.Floor) > 0)
        {
            return true;
        }

        // "Title 42", "Boeing 737", "Project 2030": a number right after a name.
        if (numeral.Form is NumeralForm.Figure && first > context.Floor && article.Tokens[first - 1].Kind == TokenKind.Word
            && article.TextOf(article.Tokens[first - 1]) is var before && char.IsUpper(before[0]) && !before.EndsWith("'s", StringComparison.Ordinal)
            && !before.EndsWith("’s", StringComparison.Ordinal) && !IsKnownWordBefore(article, first, context.Floor))
        {
            return true;
        }

        // "14 Harbour Road"
        var k = numeral.EndToken;
        while (k < context.End && k - numeral.EndToken < 4 && article.Tokens[k].Kind == TokenKind.Word && char.IsUpper(article.TextOf(article.Tokens[k])[0]))
        {
            if (lexicon.StreetWords.LengthAt(article, k, context.End) > 0)
            {
                return k > numeral.EndToken;
            }

            k++;
        }

        return false;
    }

    // A capitalised word before a number that does not make it a name: a month or a weekday, a currency, a qualifier,
    // or a plain word or a verb opening the sentence ("In 2006", "Only 12", "Published 14 Oct").
    private bool IsKnownWordBefore(Article article, int first, int floor) =>
        lexicon.Months.LengthEndingAt(article, first, floor) > 0
        || lexicon.Weekdays.LengthEndingAt(article, first, floor) > 0
        || lexicon.CurrencyEndingAt(article, first, floor) is not null
        || lexicon.ComparatorEndingAt(article, first, floor) is not null
        || (first - 1 == floor && (lexicon.CountedStopWords.LengthEndingAt(article, first, floor) > 0 || IsVerbLike(article.TextOf(article.Tokens[first - 1]))));

    // "Published 14 Oct 2024": a sentence may open with a verb or a participle before a number.
    private static bool IsVerbLike(string word) => word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);

    // +44 20 7946 0958, (555) 123-4567, 555-0142
    [GeneratedRegex(@"(?<![\w.,])(?:0\d{2,4}(?:[\s-]\d{2,4}){2,3}|\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}|\(\d{2,4}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{3}-\d{3}-\d{4}|\d{3}-\d{4})(?![\w])")]
    private static partial Regex PhoneNumber();
}
