using System.Text.RegularExpressions;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// Turns the numbers of an article into quantities. Numbers that are part of a name or code (Title 42, Boeing 737,
/// No. 5, 14 Harbour Road, phone numbers) are dropped; years, dates and times are kept apart; the rest take what the
/// words around them say, from the rule files' lists: a comparator and a currency before ("more than $", "about"),
/// a magnitude, currency, percent sign or unit after, what is counted, a rate ("a year", "per 100,000 residents")
/// and a change ("rose", "a 14 percent decrease"). Two numbers joined by "between … and", "from … to", "to" or a
/// dash are one range.
/// </summary>
public sealed partial class QuantityReader(NumbersLexicon lexicon)
{
    private const int MostCountedWords = 3;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
    private const int RateReach = 3;

    public IReadOnlyList<Quantity> Read(Article article, IReadOnlyList<Numeral> numerals)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(numerals);
        var phones = PhoneNumber().Matches(article.Text).Select(m => new TextSpan(m.Index, m.Length)).ToList();
        var sentences = article.Segments(SegmentKind.Sentence);
        var quantities = new List<Quantity>();
        var used = new HashSet<int>();
        var currency = new CurrencyMemory();
        for (var k = 0; k < numerals.Count; k++)
        {
            if (used.Contains(k))
            {
                continue;
            }

            var numeral = numerals[k];
            var sentence = sentences.Last(s => s.FirstToken <= numeral.FirstToken);
            var context = new Context(article, sentence.FirstToken, sentence.EndToken, numerals, used, currency);
            if (IsIdentifier(context, numeral, phones))
            {
                continue;
            }

            if ((Calendar(context, k) ?? Describe(context, k)) is { } quantity)
            {
                quantities.Add(quantity);
                currency.Last = quantity.Kind == QuantityKind.Money ? quantity.Unit : currency.Last;
            }
        }

        return quantities;
    }

    private bool IsIdentifier(Context context, Numeral numeral, List<TextSpan> phones)
    {
        var (article, first) = (context.Article, numeral.FirstToken);
        var span = numeral.SpanIn(article);
        var text = article.CharsOf(article.Tokens[first].Span);
        var leadingZero = text.Length > 1 && text[0] == '0' && !text.Contains('.') && !text.Contains(',') && !IsSignAt(article, numeral.EndToken, context.End, ":");
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
        || lexicon.Currencies.Any(c => c.Words.LengthEndingAt(article, first, floor) > 0)
        || lexicon.Comparators.Any(c => c.Words.LengthEndingAt(article, first, floor) > 0)
        || (first - 1 == floor && (lexicon.CountedStopWords.LengthEndingAt(article, first, floor) > 0 || lexicon.IdentifierWords.LengthEndingAt(article, first, floor) == 0 && IsVerbLike(article.TextOf(article.Tokens[first - 1]))));

    // "Published 14 Oct 2024": a sentence may open with a verb or a participle before a number.
    private static bool IsVerbLike(string word) => word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);

    private Quantity? Calendar(Context context, int k)
    {
        var (article, numeral) = (context.Article, context.Numerals[k]);
        var span = numeral.SpanIn(article);
        if (numeral.Form == NumeralForm.Decade)
        {
            var decade = numeral.Value < 100 ? 1900 + numeral.Value : numeral.Value;
            return new Quantity(WithDeterminer(article, span, numeral.FirstToken, context.Floor, "'"), QuantityKind.Year) { Low = decade, High = decade + 9, Form = numeral.Form };
        }

        if (numeral.Form == NumeralForm.Ordinal && (numeral.AttachedUnit?.StartsWith("centur", StringComparison.OrdinalIgnoreCase) == true || IsWordAt(article, numeral.EndToken, context.End, "century", "centuries")))
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
        if (IsSignAt(article, numeral.EndToken, context.End, ":") && numeral.EndToken + 1 < context.End && article.Tokens[numeral.EndToken + 1].Kind == TokenKind.Number)
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
            if (IsSignAt(article, end, context.End, ",") && k + 1 < context.Numerals.Count && context.Numerals[k + 1].FirstToken == end + 1 && IsYear(article, context.Numerals[k + 1]))
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

    private bool HasQuantityWordAround(Context context, Numeral numeral) =>
        lexicon.Comparators.Any(c => c.Words.LengthEndingAt(context.Article, numeral.FirstToken, context.Floor) > 0)
        || lexicon.Currencies.Any(c => c.Words.LengthEndingAt(context.Article, numeral.FirstToken, context.Floor) > 0 || c.Words.LengthAt(context.Article, numeral.EndToken, context.End) > 0)
        || lexicon.Percent.LengthAt(context.Article, numeral.EndToken, context.End) > 0
        || lexicon.Units.LengthAt(context.Article, numeral.EndToken, context.End) > 0;

    private Quantity? Describe(Context context, int k)
    {
        var article = context.Article;
        var numeral = context.Numerals[k];
        var (first, stop) = (numeral.FirstToken, numeral.EndToken);
        double? low = null;
        double? high = numeral.High;
        if (high is not null)
        {
            if (high <= numeral.Value)
            {
                return null;
            }

            low = numeral.Value;
        }
        else if (RangeEnd(context, k) is { } other)
        {
            var second = context.Numerals[other];
            context.Used.Add(other);
            (low, high) = (numeral.Value, second.Value);
            // "between 5 and 10 million": the magnitude written once counts for both.
            if (second.EndToken > second.FirstToken + 1 && numeral.EndToken == numeral.FirstToken + 1 && low < high / 1000)
            {
                low *= Math.Round(second.Value / SecondValueWithoutMagnitude(article, second));
            }

            stop = second.EndToken;
        }

        var quantity = new Quantity(default, QuantityKind.Count)
        {
            Value = low is null && numeral.Form != NumeralForm.Vague ? numeral.Value : null,
            Low = low,
            High = high,
            Magnitude = numeral.Magnitude,
            Form = numeral.Form,
            Number = numeral.SpanIn(article),
        };

        var start = first;
        foreach (var (words, code) in lexicon.Currencies)
        {
            if (words.LengthEndingAt(article, start, context.Floor) is > 0 and var length)
            {
                quantity = quantity with { Unit = code };
                start -= length;
                break;
            }
        }

        if (IsWordAt(article, start - 1, context.End, "minus"))
        {
            quantity = quantity with { Value = -quantity.Value };
            start--;
        }

        start -= low is not null && IsWordAt(article, start - 1, context.End, "between", "from") ? 1 : 0;
        foreach (var (words, comparator) in lexicon.Comparators)
        {
            if (words.LengthEndingAt(article, start, context.Floor) is > 0 and var length)
            {
                quantity = quantity with { Comparator = comparator };
                start -= length;
                break;
            }
        }

        // "Kwame Adebisi, 67, said": an age set off by commas after a name.
        if (numeral is { Form: NumeralForm.Figure, Value: >= 1 and <= 120, High: null } && first == start && IsSignAt(article, first - 1, context.End, ",")
            && first - 2 >= context.Floor && article.TextOf(article.Tokens[first - 2]) is [var initial, ..] && char.IsUpper(initial)
            && IsSignAt(article, numeral.EndToken, context.End, ","))
        {
            return quantity with { Span = numeral.SpanIn(article), Kind = QuantityKind.Measure, Unit = "year", IsAge = true };
        }

        (quantity, stop) = Unit(context, quantity, numeral, stop);
        (quantity, stop) = Counted(context, quantity, stop);
        (quantity, stop) = RateAfter(context, quantity, stop);
        quantity = ChangeAround(context, quantity, start, ref stop);
        if (numeral.Form == NumeralForm.Words && numeral.Value == 1 && (quantity.Counted is null && quantity.Unit is null || IsPronounOne(context, numeral)))
        {
            return null;
        }

        return quantity with { Span = article.SpanOfTokens(start, stop - start), Kind = KindOf(quantity, numeral) };
    }

    // "no one", "the one", "one of the reasons": one as a pronoun.
    private static bool IsPronounOne(Context context, Numeral numeral) =>
        IsWordAt(context.Article, numeral.FirstToken - 1, context.End, "no", "any", "every", "each", "some", "the", "this", "that", "which", "someone")
        || IsWordAt(context.Article, numeral.EndToken, context.End, "of", "another", "or");

    private bool IsCurrencyBefore(Article article, int index, int floor) =>
        lexicon.Currencies.Any(c => c.Words.LengthEndingAt(article, index, floor) > 0);

    private static double SecondValueWithoutMagnitude(Article article, Numeral second) =>
        FigureReader.Read(article.CharsOf(article.Tokens[second.FirstToken].Span), european: false) is { } plain && plain > 0 ? plain : second.Value;

    // "between 5 and 10", "from 10 to 15", "10 to 15", "10 – 15"
    private int? RangeEnd(Context context, int k)
    {
        var (article, numeral) = (context.Article, context.Numerals[k]);
        if (k + 1 >= context.Numerals.Count || numeral.Form is not (NumeralForm.Figure or NumeralForm.Words))
        {
            return null;
        }

        var next = context.Numerals[k + 1];
        var joiner = next.FirstToken - numeral.EndToken;
        // "$3m-$5m", "between €1.5 billion and €2 billion": the currency may be written again.
        var currencyAgain = joiner == 2 && lexicon.Currencies.Any(c => c.Words.LengthEndingAt(article, next.FirstToken, next.FirstToken - 1) > 0);
        var linked = (joiner == 1 || currencyAgain) && (IsWordAt(article, numeral.EndToken, context.End, "to", "and", "or") || IsSignAt(article, numeral.EndToken, context.End, "-") || IsSignAt(article, numeral.EndToken, context.End, "–"));
        var isAnd = IsWordAt(article, numeral.EndToken, context.End, "and");
        var before = numeral.FirstToken - 1 - (IsCurrencyBefore(article, numeral.FirstToken, context.Floor) ? 1 : 0);
        var between = IsWordAt(article, before, context.End, "between");
        return linked && next.Form == numeral.Form && next.FirstToken < context.End && (!isAnd || between) && next.Value > numeral.Value ? k + 1 : null;
    }

    private (Quantity, int) Unit(Context context, Quantity quantity, Numeral numeral, int stop)
    {
        var article = context.Article;
        if (numeral.AttachedUnit is { } attached)
        {
            return (quantity with { Unit = Singular(attached) }, stop);
        }

        if (lexicon.PercentagePoints.LengthAt(article, stop, context.End) is > 0 and var points)
        {
            return (quantity with { Unit = "percentage point" }, stop + points);
        }

        if (lexicon.Percent.LengthAt(article, stop, context.End) is > 0 and var percent)
        {
            return (quantity with { Unit = "percent", PercentWord = article.SpanOfTokens(stop, percent) }, stop + percent);
        }

        foreach (var (words, code) in lexicon.Currencies)
        {
            if (words.LengthAt(article, stop, context.End) is > 0 and var length)
            {
                return (quantity with { Unit = code }, stop + length);
            }
        }

        // "25 cents", "31,4 cents": hundredths of the currency the article last named (dollars if none).
        if (quantity.Unit is null && lexicon.Hundredths.LengthAt(article, stop, context.End) is > 0 and var hundredths)
        {
            return (quantity with { Unit = context.Currency.Last ?? "USD", Value = quantity.Value / 100, Low = quantity.Low / 100, High = quantity.High / 100 }, stop + hundredths);
        }

        if (quantity.Unit is null && lexicon.Units.LengthAt(article, stop, context.End) is > 0 and var unit)
        {
            return (quantity with { Unit = Singular(article.TextOf(article.SpanOfTokens(stop, unit))) }, stop + unit);
        }

        return (quantity, stop);
    }

    // "degrees Celsius" → "degree celsius", "light-years" → "light-year", "inches" → "inch"
    private string Singular(string unit) =>
        string.Join(' ', unit.ToLowerInvariant().Split(' ').Select(word =>
            word.EndsWith('s') && word.Length > 2 && lexicon.Units.Contains(word[..^1]) ? word[..^1]
            : word.EndsWith("es", StringComparison.Ordinal) && lexicon.Units.Contains(word[..^2]) ? word[..^2]
            : word));

    // "50 cartel members", "thousands of people": the plain words after a count say what it counts.
    private (Quantity, int) Counted(Context context, Quantity quantity, int stop)
    {
        var article = context.Article;
        if (quantity.Unit is not null || quantity.Form is NumeralForm.Ordinal or NumeralForm.Multiplier)
        {
            return (quantity, stop);
        }

        var from = quantity.Form == NumeralForm.Vague || quantity.Form == NumeralForm.Fraction ? stop + (IsWordAt(article, stop, context.End, "of") ? 1 : 0) : stop;
        var end = from;
        while (end < context.End && end - from < MostCountedWords && IsCountedWord(context, end)
            && !(IsVerbForm(article.TextOf(article.Tokens[end])) && !(end + 1 < context.End && IsCountedWord(context, end + 1))))
        {
            end++;
        }

        return end > from ? (quantity with { Counted = article.TextOf(article.SpanOfTokens(from, end - from)) }, end) : (quantity, stop);
    }

    // "closed", "flooded": a past form ends what is counted unless a noun follows it ("armed men").
    private static bool IsVerbForm(string word) => word.EndsWith("ed", StringComparison.Ordinal);

    private bool IsCountedWord(Context context, int index)
    {
        var article = context.Article;
        if (article.Tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = article.TextOf(article.Tokens[index]);
        // "100,000 Americans", "American lives": a capitalised plural, or a capitalised word before a plain noun.
        var capitalised = char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
            && (word.EndsWith('s') || (index + 1 < context.End && article.Tokens[index + 1].Kind == TokenKind.Word && char.IsLower(article.TextOf(article.Tokens[index + 1])[0])));
        return (capitalised || word.All(c => char.IsLower(c) || c is '-' or '\'' or '’')) && !word.EndsWith("ly", StringComparison.Ordinal)
            && lexicon.CountedStopWords.LengthAt(article, index, context.End) == 0
            && !lexicon.Rates.Any(r => r.Words.LengthAt(article, index, context.End) > 0)
            && lexicon.Increase.LengthAt(article, index, context.End) == 0 && lexicon.Decrease.LengthAt(article, index, context.End) == 0;
    }

    // "a year", "annually", "per 100,000 residents"
    private (Quantity, int) RateAfter(Context context, Quantity quantity, int stop)
    {
        var article = context.Article;
        for (var at = stop; at < context.End && at - stop <= RateReach; at++)
        {
            foreach (var (words, rate) in lexicon.Rates)
            {
                if (words.LengthAt(article, at, context.End) is > 0 and var length)
                {
                    return (quantity with { Rate = rate }, at + length);
                }
            }

            if (IsWordAt(article, at, context.End, "per") && context.Numerals.Select((n, i) => (n, i)).FirstOrDefault(p => p.n.FirstToken == at + 1) is { n: not null } per)
            {
                var end = per.n.EndToken + (article.Tokens.Count > per.n.EndToken && per.n.EndToken < context.End && article.Tokens[per.n.EndToken].Kind == TokenKind.Word ? 1 : 0);
                context.Used.Add(per.i);
                return (quantity with { Rate = article.TextOf(article.SpanOfTokens(at, end - at)) }, end);
            }

            if (article.Tokens[at].Kind != TokenKind.Word)
            {
                break;
            }
        }

        return (quantity, stop);
    }

    // "rose 3%", "fell by 14 percent", "a 14 percent decrease", "an increase of 5%"
    private Quantity ChangeAround(Context context, Quantity quantity, int start, ref int stop)
    {
        var article = context.Article;
        var before = start - (IsWordAt(article, start - 1, context.End, "by", "of") ? 1 : 0);
        if (lexicon.Increase.LengthEndingAt(article, before, context.Floor) > 0)
        {
            return quantity with { Change = "increase" };
        }

        if (lexicon.Decrease.LengthEndingAt(article, before, context.Floor) > 0)
        {
            return quantity with { Change = "decrease" };
        }

        // After the quantity, only as a noun: "a 14 percent decrease", not "12 residents fell ill".
        if (!IsWordAt(article, start - 1, context.End, "a", "an"))
        {
            return quantity;
        }

        if (lexicon.Increase.LengthAt(article, stop, context.End) is > 0 and var rise)
        {
            stop += rise;
            return quantity with { Change = "increase" };
        }

        if (lexicon.Decrease.LengthAt(article, stop, context.End) is > 0 and var fall)
        {
            stop += fall;
            return quantity with { Change = "decrease" };
        }

        return quantity;
    }

    private static QuantityKind KindOf(Quantity quantity, Numeral numeral) => numeral.Form switch
    {
        NumeralForm.Ordinal => QuantityKind.Ordinal,
        NumeralForm.Vague => QuantityKind.Vague,
        NumeralForm.Multiplier => QuantityKind.Multiplier,
        NumeralForm.Fraction => QuantityKind.Fraction,
        _ when quantity.Low is not null => QuantityKind.Range,
        _ when quantity.Unit is "percent" or "percentage point" => QuantityKind.Percent,
        _ when quantity.Unit is { Length: 3 } code && code.All(char.IsUpper) => QuantityKind.Money,
        _ when quantity.Unit is not null => QuantityKind.Measure,
        _ => QuantityKind.Count,
    };

    // "the '90s": the apostrophe of a shortened decade belongs to it.
    private static TextSpan WithDeterminer(Article article, TextSpan span, int first, int floor, string mark) =>
        first > floor && article.CharsOf(article.Tokens[first - 1].Span) is var before && (before.SequenceEqual(mark) || before.SequenceEqual("’")) && article.Tokens[first - 1].Span.End == span.Start
            ? TextSpan.FromBounds(article.Tokens[first - 1].Span.Start, span.End)
            : span;

    private static bool IsWordAt(Article article, int index, int end, params string[] words) =>
        index >= 0 && index < end && index < article.Tokens.Count && article.Tokens[index].Kind == TokenKind.Word
        && words.Any(w => article.CharsOf(article.Tokens[index].Span).Equals(w, StringComparison.OrdinalIgnoreCase));

    private static bool IsSignAt(Article article, int index, int end, string sign) =>
        index >= 0 && index < end && index < article.Tokens.Count && article.Tokens[index].Kind != TokenKind.Word && article.CharsOf(article.Tokens[index].Span).SequenceEqual(sign);

    // +44 20 7946 0958, (555) 123-4567, 555-0142
    [GeneratedRegex(@"(?<![\w.,])(?:0\d{2,4}(?:[\s-]\d{2,4}){2,3}|\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}|\(\d{2,4}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{3}-\d{3}-\d{4}|\d{3}-\d{4})(?![\w])")]
    private static partial Regex PhoneNumber();

    private sealed record Context(Article Article, int Floor, int End, IReadOnlyList<Numeral> Numerals, HashSet<int> Used, CurrencyMemory Currency);

    private sealed class CurrencyMemory
    {
        public string? Last { get; set; }
    }
}
