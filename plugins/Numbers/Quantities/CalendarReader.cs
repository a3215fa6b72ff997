using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// Reads the numbers that place something in time rather than count it: years (2006, 2009-2011, the 1990s, the
/// 20th century), dates (January 23, 2024; 14 Oct 2024; August 2022) and times (12:17 GMT, 7 p.m., 8pm).
/// </summary>
public sealed class CalendarReader(NumbersLexicon lexicon)
{
    private static readonly HashSet<string> PluralsWithoutS = new(["people", "children", "men", "women", "police", "staff"], StringComparer.OrdinalIgnoreCase);

    internal Quantity? Read(QuantityContext context, int k)
    {
        var (article, numeral) = (context.Article, context.Numerals[k]);
        var span = numeral.SpanIn(article);
        if (numeral.Form == NumeralForm.Decade)
        {
            var decade = numeral.Value < 100 ? 1900 + numeral.Value : numeral.Value;
            return new Quantity(WithApostrophe(article, span, numeral.FirstToken, context.Floor), QuantityKind.Year) { Low = decade, High = decade + 9, Form = numeral.Form };
        }

        if (numeral.Form == NumeralForm.Ordinal && (numeral.AttachedUnit?.StartsWith("centur", StringComparison.OrdinalIgnoreCase) == true || TokenChecks.IsWordAt(article, numeral.EndToken, context.End, "century", "centuries")))
        {
            var end = numeral.AttachedUnit is null ? numeral.EndToken + 1 : numeral.EndToken;
            var century = (numeral.Value - 1) * 100;
            return new Quantity(article.SpanOfTokens(numeral.FirstToken, end - numeral.FirstToken), QuantityKind.Year) { Low = century + 1, High = century + 100, Form = numeral.Form };
        }

        if (numeral.Form != NumeralForm.Figure)
        {
            return null;
        }

        if (numeral.AttachedUnit is "am" or "pm")
        {
            return new Quantity(span, QuantityKind.Time) { Value = numeral.Value, Form = numeral.Form };
        }

        // 12:17 GMT, 5 p.m.
        if (TokenChecks.IsSignAt(article, numeral.EndToken, context.End, ":") && numeral.EndToken + 1 < context.End && article.Tokens[numeral.EndToken + 1].Kind == TokenKind.Number)
        {
            var end = numeral.EndToken + 2;
            end += lexicon.TimeZones.LengthAt(article, end, context.End);
            context.Used.Add(k + 1);
            return new Quantity(article.SpanOfTokens(numeral.FirstToken, end - numeral.FirstToken), QuantityKind.Time) { Value = numeral.Value, Form = numeral.Form };
        }

        if (numeral.Value is >= 1 and <= 12 && lexicon.TimeZones.LengthAt(article, numeral.EndToken, context.End) is > 0 and var zone)
        {
            return new Quantity(article.SpanOfTokens(numeral.FirstToken, numeral.EndToken + zone - numeral.FirstToken), QuantityKind.Time) { Value = numeral.Value, Form = numeral.Form };
        }

        // January 23, 2024 / 23 January / Jan. 23
        var monthBefore = lexicon.Months.LengthEndingAt(article, numeral.FirstToken, context.Floor);
        var monthAfter = lexicon.Months.LengthAt(article, numeral.EndToken, context.End);
        if ((monthBefore > 0 || monthAfter > 0) && numeral.Value is >= 1 and <= 31 && numeral.Value % 1 == 0 && numeral.High is null)
        {
            var start = numeral.FirstToken - monthBefore;
            var end = numeral.EndToken + monthAfter;
            if (TokenChecks.IsSignAt(article, end, context.End, ",") && k + 1 < context.Numerals.Count && context.Numerals[k + 1].FirstToken == end + 1 && IsYear(article, context.Numerals[k + 1]))
            {
                end = context.Numerals[k + 1].EndToken;
                context.Used.Add(k + 1);
            }
            else if (k + 1 < context.Numerals.Count && context.Numerals[k + 1].FirstToken == end && IsYear(article, context.Numerals[k + 1]))
            {
                end = context.Numerals[k + 1].EndToken;
                context.Used.Add(k + 1);
            }

            return new Quantity(article.SpanOfTokens(start, end - start), QuantityKind.Date) { Value = numeral.Value, Form = numeral.Form };
        }

        if (IsYear(article, numeral) && !HasQuantityWordAround(context, numeral))
        {
            // "August 2022" is a date; "2006" and "2009-2011" are years.
            var month = lexicon.Months.LengthEndingAt(article, numeral.FirstToken, context.Floor);
            var start = numeral.FirstToken - month;
            return new Quantity(article.SpanOfTokens(start, numeral.EndToken - start), month > 0 ? QuantityKind.Date : QuantityKind.Year) { Value = numeral.Value, Low = numeral.High is null ? null : numeral.Value, High = numeral.High is null ? null : YearOf(numeral.Value, numeral.High.Value), Form = numeral.Form };
        }

        return null;
    }

    // "2006", "2009-2011", "2009-11": four digits with no separator, between 1000 and 2100.
    private static bool IsYear(Article article, Numeral numeral)
    {
        var text = article.TextOf(article.Tokens[numeral.FirstToken]);
        var digits = numeral.High is null ? text : text.Split('-', '–')[0];
        return numeral.EndToken == numeral.FirstToken + 1 && digits.Length == 4 && digits.All(char.IsDigit) && numeral.Value is >= 1000 and <= 2100
            && (numeral.High is null || YearOf(numeral.Value, numeral.High.Value) is > 1000 and <= 2100);
    }

    private static double YearOf(double low, double high) => high < 100 ? (Math.Floor(low / 100) * 100) + high : high;

    private bool HasQuantityWordAround(QuantityContext context, Numeral numeral) =>
        lexicon.ComparatorEndingAt(context.Article, numeral.FirstToken, context.Floor) is not null
        || lexicon.CurrencyEndingAt(context.Article, numeral.FirstToken, context.Floor) is not null
        || lexicon.CurrencyAt(context.Article, numeral.EndToken, context.End) is not null
        || lexicon.Percent.LengthAt(context.Article, numeral.EndToken, context.End) > 0
        || lexicon.Units.LengthAt(context.Article, numeral.EndToken, context.End) > 0
        || CountsSomething(context, numeral);

    // "evacuated 1500 people" counts; "in 2006 police said", "the 2024 budget" and "2024 budget talks" name a year.
    private bool CountsSomething(QuantityContext context, Numeral numeral) =>
        !(numeral.FirstToken > context.Floor && lexicon.CountedStopWords.LengthEndingAt(context.Article, numeral.FirstToken, context.Floor) > 0)
        && numeral.EndToken < context.End && context.Article.Tokens[numeral.EndToken].Kind == TokenKind.Word
        && context.Article.TextOf(context.Article.Tokens[numeral.EndToken]) is [var initial, ..] word && char.IsLower(initial)
        && (word.EndsWith('s') || PluralsWithoutS.Contains(word))
        && lexicon.CountedStopWords.LengthAt(context.Article, numeral.EndToken, context.End) == 0;

    // "the '90s": the apostrophe of a shortened decade belongs to it.
    private static TextSpan WithApostrophe(Article article, TextSpan span, int first, int floor) =>
        first > floor && article.CharsOf(article.Tokens[first - 1].Span) is var before && (before.SequenceEqual("'") || before.SequenceEqual("’")) && article.Tokens[first - 1].Span.End == span.Start
            ? TextSpan.FromBounds(article.Tokens[first - 1].Span.Start, span.End)
            : span;
}
