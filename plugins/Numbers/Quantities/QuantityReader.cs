using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// Turns the numbers of an article into quantities. Numbers that are part of a name or code are dropped
/// (<see cref="NameOrCodeFilter"/>); years, dates and times are kept apart (<see cref="CalendarReader"/>); the rest take what the
/// words around them say, from the rule files' lists: a comparator and a currency before ("more than $", "about"),
/// a magnitude, currency, percent sign or unit after, what is counted, a rate ("a year", "per 100,000 residents")
/// and a change ("rose", "a 14 percent decrease"). Two numbers joined by "between … and", "from … to", "to" or a
/// dash are one range.
/// </summary>
public sealed class QuantityReader(NumbersLexicon lexicon)
{
    private const int MostCountedWords = 3;
    private const int RateReach = 3;

    private readonly NameOrCodeFilter _names = new(lexicon);
    private readonly CalendarReader _calendar = new(lexicon);

    public IReadOnlyList<Quantity> Read(Article article, IReadOnlyList<Numeral> numerals)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(numerals);
        var phones = _names.PhoneNumbers(article.Text);
        var sentences = article.Segments(SegmentKind.Sentence);
        var quantities = new List<Quantity>();
        var used = new HashSet<int>();
        var currency = new CurrencyMemory();
        var european = FigureReader.WritesEuropean(article);
        for (var k = 0; k < numerals.Count; k++)
        {
            if (used.Contains(k))
            {
                continue;
            }

            var numeral = numerals[k];
            var sentence = sentences.Last(s => s.FirstToken <= numeral.FirstToken);
            var context = new QuantityContext(article, sentence.FirstToken, sentence.EndToken, numerals, used, currency, european);
            if (_names.IsNameOrCode(context, numeral, phones))
            {
                continue;
            }

            if ((_calendar.Read(context, k) ?? Describe(context, k)) is { } quantity)
            {
                quantities.Add(quantity);
                currency.Last = quantity.Kind == QuantityKind.Money ? quantity.Unit : currency.Last;
            }
        }

        return quantities;
    }

    private Quantity? Describe(QuantityContext context, int k)
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
                low *= Math.Round(second.Value / SecondValueWithoutMagnitude(context, second));
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
        if (lexicon.CurrencyEndingAt(article, start, context.Floor) is var (code, signLength))
        {
            quantity = quantity with { Unit = code };
            start -= signLength;
        }

        if (TokenChecks.IsWordAt(article, start - 1, context.End, "minus"))
        {
            quantity = quantity with { Value = -quantity.Value };
            start--;
        }

        start -= low is not null && TokenChecks.IsWordAt(article, start - 1, context.End, "between", "from") ? 1 : 0;
        if (lexicon.ComparatorEndingAt(article, start, context.Floor) is var (comparator, qualifierLength))
        {
            quantity = quantity with { Comparator = comparator };
            start -= qualifierLength;
        }

        // "Kwame Adebisi, 67, said": an age set off by commas after a name.
        if (numeral is { Form: NumeralForm.Figure, Value: >= 1 and <= 120, High: null } && first == start && TokenChecks.IsSignAt(article, first - 1, context.End, ",")
            && first - 2 >= context.Floor && article.TextOf(article.Tokens[first - 2]) is [var initial, ..] && char.IsUpper(initial)
            && TokenChecks.IsSignAt(article, numeral.EndToken, context.End, ","))
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
    private static bool IsPronounOne(QuantityContext context, Numeral numeral) =>
        TokenChecks.IsWordAt(context.Article, numeral.FirstToken - 1, context.End, "no", "any", "every", "each", "some", "the", "this", "that", "which", "someone")
        || TokenChecks.IsWordAt(context.Article, numeral.EndToken, context.End, "of", "another", "or");

    private static double SecondValueWithoutMagnitude(QuantityContext context, Numeral second) =>
        FigureReader.Read(context.Article.CharsOf(context.Article.Tokens[second.FirstToken].Span), context.European) is { } plain && plain > 0 ? plain : second.Value;

    // "between 5 and 10", "from 10 to 15", "10 to 15", "10 – 15"
    private int? RangeEnd(QuantityContext context, int k)
    {
        var (article, numeral) = (context.Article, context.Numerals[k]);
        if (k + 1 >= context.Numerals.Count || numeral.Form is not (NumeralForm.Figure or NumeralForm.Words))
        {
            return null;
        }

        var next = context.Numerals[k + 1];
        var joiner = next.FirstToken - numeral.EndToken;
        // "$3m-$5m", "between €1.5 billion and €2 billion": the currency may be written again.
        var currencyAgain = joiner == 2 && lexicon.CurrencyEndingAt(article, next.FirstToken, next.FirstToken - 1) is not null;
        var linked = (joiner == 1 || currencyAgain) && (TokenChecks.IsWordAt(article, numeral.EndToken, context.End, "to", "and", "or") || TokenChecks.IsSignAt(article, numeral.EndToken, context.End, "-") || TokenChecks.IsSignAt(article, numeral.EndToken, context.End, "–"));
        var isAnd = TokenChecks.IsWordAt(article, numeral.EndToken, context.End, "and");
        var before = numeral.FirstToken - 1 - (lexicon.CurrencyEndingAt(article, numeral.FirstToken, context.Floor) is not null ? 1 : 0);
        var between = TokenChecks.IsWordAt(article, before, context.End, "between");
        return linked && next.Form == numeral.Form && next.FirstToken < context.End && (!isAnd || between) && next.Value > numeral.Value ? k + 1 : null;
    }

    private (Quantity, int) Unit(QuantityContext context, Quantity quantity, Numeral numeral, int stop)
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

        if (lexicon.CurrencyAt(article, stop, context.End) is var (code, length))
        {
            return (quantity with { Unit = code }, stop + length);
        }

        // "25 cents", "31,4 cents": hundredths of the currency the article last named (dollars if none).
        if (quantity.Unit is null && lexicon.Hundredths.LengthAt(article, stop, context.End) is > 0 and var hundredths)
        {
            return (quantity with { Unit = context.Currency.Last ?? lexicon.DefaultCurrency, Value = quantity.Value / 100, Low = quantity.Low / 100, High = quantity.High / 100 }, stop + hundredths);
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
    private (Quantity, int) Counted(QuantityContext context, Quantity quantity, int stop)
    {
        var article = context.Article;
        if (quantity.Unit is not null || quantity.Form is NumeralForm.Ordinal or NumeralForm.Multiplier)
        {
            return (quantity, stop);
        }

        var from = quantity.Form == NumeralForm.Vague || quantity.Form == NumeralForm.Fraction ? stop + (TokenChecks.IsWordAt(article, stop, context.End, "of") ? 1 : 0) : stop;
        var end = from;
        while (end < context.End && end - from < MostCountedWords && IsCountedWord(context, end)
            && !(IsVerbForm(article.TextOf(article.Tokens[end])) && !(end + 1 < context.End && IsCountedWord(context, end + 1))))
        {
            end++;
        }

        // A phrase longer than the reach still ends at its head, a plural noun that ends the phrase: "a dozen Mississippi
        // law enforcement officers in a sting", not "… law enforcement". Not a verb of the sentence in its place ("a 3
        // bedroom family home costs £250,000", "a 12 member review panel recommends closing it").
        if (end - from == MostCountedWords && end < context.End && IsCountedWord(context, end)
            && IsPlural(article.TextOf(article.Tokens[end])) && EndsPhrase(context, end + 1))
        {
            end++;
        }

        return end > from ? (quantity with { Counted = article.TextOf(article.SpanOfTokens(from, end - from)) }, end) : (quantity, stop);
    }

    // What follows a noun phrase's head: the sentence's end or punctuation, a word that ends what a count counts ("in",
    // "who", "were"), or a verb's past form ("protested"). Not a figure or a currency sign ("costs £250,000"), nor
    // another word ("works nights"), after which the plural is the sentence's verb.
    private bool EndsPhrase(QuantityContext context, int index) =>
        index >= context.End
        || context.Article.Tokens[index].Kind switch
        {
            TokenKind.Punctuation => true,
            TokenKind.Word => lexicon.CountedStopWords.LengthAt(context.Article, index, context.End) > 0 || IsVerbForm(context.Article.TextOf(context.Article.Tokens[index])),
            _ => false,
        };

    // "officers", "Americans": not "bus" or "press", whose s is their own.
    private static bool IsPlural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    // "closed", "flooded": a past form ends what is counted unless a noun follows it ("armed men").
    private static bool IsVerbForm(string word) => word.EndsWith("ed", StringComparison.Ordinal);

    private bool IsCountedWord(QuantityContext context, int index)
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
    private (Quantity, int) RateAfter(QuantityContext context, Quantity quantity, int stop)
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

            if (TokenChecks.IsWordAt(article, at, context.End, "per") && context.Numerals.Select((n, i) => (n, i)).FirstOrDefault(p => p.n.FirstToken == at + 1) is { n: not null } per)
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
    private Quantity ChangeAround(QuantityContext context, Quantity quantity, int start, ref int stop)
    {
        var article = context.Article;
        var before = start - (TokenChecks.IsWordAt(article, start - 1, context.End, "by", "of") ? 1 : 0);
        if (lexicon.Increase.LengthEndingAt(article, before, context.Floor) > 0)
        {
            return quantity with { Change = "increase" };
        }

        if (lexicon.Decrease.LengthEndingAt(article, before, context.Floor) > 0)
        {
            return quantity with { Change = "decrease" };
        }

        // After the quantity, only as a noun: "a 14 percent decrease", not "12 residents fell ill".
        if (!TokenChecks.IsWordAt(article, start - 1, context.End, "a", "an"))
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
        _ when quantity.IsInCurrency => QuantityKind.Money,
        _ when quantity.Unit is not null => QuantityKind.Measure,
        _ => QuantityKind.Count,
    };

}
