using System.Text.RegularExpressions;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// Finds every number an article writes, sentence by sentence: figures with their magnitude (20 million, 1.5bn),
/// spelled-out numbers (twenty-one, a hundred and five, a dozen), ordinals, fractions, multipliers, vague numbers
/// (dozens, tens of thousands) and decades. Figures are read in European style (1.200,5; 1 200) when the article
/// writes any figure that way. Digits inside words that are names or codes (COVID-19, G7, ID8841203) are no numbers.
/// </summary>
public sealed partial class NumeralScanner(NumbersLexicon lexicon)
{
    private static readonly HashSet<string> VagueUnits = new(["dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> VagueLeaders = new(["several", "few", "many", "some"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "every", "each", "whose"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TimesFollowers = new(["as", "more", "higher", "larger", "greater", "bigger", "faster", "the", "that", "what", "over", "lower", "smaller", "fewer", "less"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"twice", "doubled", "tripling": a change by a multiple, with its factor.</summary>
    private static readonly Dictionary<string, double> Multiples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twice"] = 2, ["double"] = 2, ["doubled"] = 2, ["doubles"] = 2, ["doubling"] = 2,
        ["thrice"] = 3, ["triple"] = 3, ["tripled"] = 3, ["triples"] = 3, ["tripling"] = 3, ["treble"] = 3, ["trebled"] = 3,
        ["quadruple"] = 4, ["quadrupled"] = 4, ["quadrupling"] = 4,
    };

    /// <summary>
    /// The words a number in words can start with, up to a hyphen ("twenty-one", "two-thirds", "third-largest"): number
    /// words, the vague units ("tens", "dozens") and their leaders, "a", "an", "half" and the multiples. Any other word
    /// (but one ending in "fold") starts none, and most of an article's words are let go on this one lookup, without
    /// reading them further. A word <see cref="ReadWords"/> learns to read must be added here.
    /// </summary>
    private static readonly HashSet<string> NumberStarts = new(
        [.. SpelledNumber.Words, .. VagueUnits, .. VagueLeaders, .. Multiples.Keys, "tens", "a", "an", "half"],
        StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Numeral> Scan(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var european = FigureReader.WritesEuropean(article);
        var numerals = new List<Numeral>();
        foreach (var sentence in article.Segments(SegmentKind.Sentence))
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (Read(article, i, sentence.EndToken, european) is { } numeral)
                {
                    numerals.Add(numeral);
                    i = numeral.EndToken;
                }
                else
                {
                    i++;
                }
            }
        }

        return numerals;
    }

    private Numeral? Read(Article article, int i, int end, bool european)
    {
        var token = article.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return ReadFigure(article, i, end, european);
        }

        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        var chars = article.CharsOf(token.Span);
        if (HasDigit(chars))
        {
            return ReadDigitsInWord(article, i, end, article.TextOf(token), european);
        }

        var hyphen = chars.IndexOf('-');
        return NumberStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(hyphen < 0 ? chars : chars[..hyphen])
            || chars.EndsWith("fold", StringComparison.OrdinalIgnoreCase)
            ? ReadWords(article, i, end, article.TextOf(token))
            : null;
    }

    private static bool HasDigit(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private Numeral? ReadFigure(Article article, int i, int end, bool european)
    {
        var last = i;
        // "1 200 000" groups thousands with spaces in European style.
        while (european && article.TextOf(article.Tokens[i]).All(char.IsDigit) && article.Tokens[i].Span.Length <= 3
            && last + 1 < end && article.Tokens[last + 1].Kind == TokenKind.Number && article.Tokens[last + 1].Span.Length == 3
            && article.TextOf(article.Tokens[last + 1]).All(char.IsDigit) && article.Tokens[last + 1].Span.Start - article.Tokens[last].Span.End == 1)
        {
            last++;
        }

        var span = TextSpan.FromBounds(article.Tokens[i].Span.Start, article.Tokens[last].Span.End);
        var digits = string.Concat(article.TextOf(span).Where(c => !char.IsWhiteSpace(c)));
        if (FigureReader.Read(digits, european) is not { } value)
        {
            return null;
        }

        // "1.6 times the mass"
        return IsWord(article, last + 1, "times") && WordAt(article, last + 2, end) is { } follower && TimesFollowers.Contains(follower)
            ? new Numeral(i, last + 2, NumeralForm.Multiplier, value)
            : WithMagnitude(article, new Numeral(i, last + 1, NumeralForm.Figure, value), end);
    }

    private Numeral? ReadDigitsInWord(Article article, int i, int end, string text, bool european)
    {
        if (Decade().Match(text) is { Success: true } decade)
        {
            return new Numeral(i, i + 1, NumeralForm.Decade, double.Parse(decade.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (OrdinalFigure().Match(text) is { Success: true } ordinal && FigureReader.Read(ordinal.Groups[1].Value, european) is { } rank)
        {
            return new Numeral(i, i + 1, NumeralForm.Ordinal, rank, AttachedUnit: ordinal.Groups[2].Value is { Length: > 0 } rest ? rest : null);
        }

        if (ClockTime().Match(text) is { Success: true } clock && FigureReader.Read(clock.Groups[1].Value.Replace(':', '.'), european: false) is { } hour)
        {
            return new Numeral(i, i + 1, NumeralForm.Figure, hour, AttachedUnit: clock.Groups[2].Value.ToLowerInvariant());
        }

        if (FigureThenLetters().Match(text) is { Success: true } suffixed && FigureReader.Read(suffixed.Groups[1].Value, european) is { } amount)
        {
            var (hyphen, letters) = (suffixed.Groups[2].Success, suffixed.Groups[3].Value);
            if (!hyphen && lexicon.MagnitudeSuffix(letters) is { } factor)
            {
                return new Numeral(i, i + 1, NumeralForm.Figure, amount * factor);
            }

            if (letters.Equals("fold", StringComparison.OrdinalIgnoreCase))
            {
                return new Numeral(i, i + 1, NumeralForm.Multiplier, amount);
            }

            // "5km", "50MW": a unit written onto the figure.
            return hyphen || lexicon.Units.Contains(letters)
                ? WithMagnitude(article, new Numeral(i, i + 1, NumeralForm.Figure, amount, AttachedUnit: letters), end)
                : null;
        }

        if (FigureRange().Match(text) is { Success: true } range
            && FigureReader.Read(range.Groups[1].Value, european) is { } low && FigureReader.Read(range.Groups[2].Value, european) is { } high)
        {
            return WithMagnitude(article, new Numeral(i, i + 1, NumeralForm.Figure, low, High: high), end);
        }

        if (MidOrdinal().Match(text) is { Success: true } mid && FigureReader.Read(mid.Groups[1].Value, european) is { } century)
        {
            return new Numeral(i, i + 1, NumeralForm.Ordinal, century);
        }

        return null;
    }

    private Numeral? ReadWords(Article article, int i, int end, string word)
    {
        if (ReadVague(article, i, end) is { } vague)
        {
            return vague;
        }

        var parts = word.Split('-');
        if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            if (IsWord(article, i + 1, "a") || IsWord(article, i + 1, "an"))
            {
                return IsWord(article, i + 2, "dozen") ? new Numeral(i, i + 3, NumeralForm.Words, 6) : new Numeral(i, i + 2, NumeralForm.Words, 0.5);
            }

            return new Numeral(i, i + 1, NumeralForm.Fraction, 0.5);
        }

        if (Multiples.TryGetValue(word, out var multiple))
        {
            return new Numeral(i, i + 1, NumeralForm.Multiplier, multiple);
        }

        if (word.EndsWith("fold", StringComparison.OrdinalIgnoreCase) && SpelledNumber.IsCardinal(word[..^4]) && SpelledNumber.Value(word[..^4]) is { } times)
        {
            return new Numeral(i, i + 1, NumeralForm.Multiplier, times);
        }

        // "two-thirds", "one-fifth"
        if (parts.Length == 2 && SpelledNumber.IsCardinal(parts[0]) && Denominator(parts[1]) is { } over && SpelledNumber.Value(parts[0]) is { } share)
        {
            return new Numeral(i, i + 1, NumeralForm.Fraction, share / over);
        }

        // "the third-largest", "its twenty-first"; "first estimated" and "first-time buyers" are no ranks.
        if (SpelledNumber.IsOrdinal(word) || (parts.Length > 1 && SpelledNumber.IsOrdinal(parts[0]) && !parts[1].Equals("time", StringComparison.OrdinalIgnoreCase)))
        {
            return i > 0 && WordAt(article, i - 1, end) is { } before && (Determiners.Contains(before) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal))
                && SpelledNumber.Value(SpelledNumber.IsOrdinal(word) ? word : parts[0]) is { } rank
                ? new Numeral(i, i + 1, NumeralForm.Ordinal, rank)
                : null;
        }

        return ReadCardinalWords(article, i, end);
    }

    private Numeral? ReadCardinalWords(Article article, int i, int end)
    {
        var first = article.TextOf(article.Tokens[i]);
        var isArticle = first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase);
        if (isArticle && !(WordAt(article, i + 1, end) is { } next && (next.Equals("hundred", StringComparison.OrdinalIgnoreCase) || next.Equals("thousand", StringComparison.OrdinalIgnoreCase)
            || next.Equals("dozen", StringComparison.OrdinalIgnoreCase) || lexicon.MagnitudeAt(article, i + 1, end) is not null || Denominator(next) is not null)))
        {
            return null;
        }

        if (!isArticle && !SpelledNumber.IsCardinal(first))
        {
            return null;
        }

        var j = i + 1;
        while (WordAt(article, j, end) is { } word
            && (SpelledNumber.IsCardinal(word)
                || (word.Equals("and", StringComparison.OrdinalIgnoreCase) && WordAt(article, j + 1, end) is { } after && SpelledNumber.IsCardinal(after)
                    && article.TextOf(article.Tokens[j - 1]) is var before && (before.Equals("hundred", StringComparison.OrdinalIgnoreCase) || before.Equals("thousand", StringComparison.OrdinalIgnoreCase)))))
        {
            j++;
        }

        var words = article.TextOf(article.SpanOfTokens(i, j - i));
        var value = j == i + 1 && isArticle ? 1 : SpelledNumber.Value(words);
        if (value is null)
        {
            return null;
        }

        // "a third of", "two thirds", "three quarters"
        if (WordAt(article, j, end) is { } denominator && Denominator(denominator) is { } over
            && (denominator.EndsWith('s') ? value > 1 : value == 1 && !IsNounAt(article, j + 1, end)))
        {
            return new Numeral(i, j + 1, NumeralForm.Fraction, value.Value / over);
        }

        if (IsWord(article, j, "dozen"))
        {
            return WithMagnitude(article, new Numeral(i, j + 1, NumeralForm.Words, value.Value * 12), end);
        }

        if (isArticle && j == i + 1)
        {
            return lexicon.MagnitudeAt(article, j, end) is not null ? WithMagnitude(article, new Numeral(i, j, NumeralForm.Words, 1), end) : null;
        }

        // "one in ten"
        if (IsWord(article, j, "in") && j + 1 < end && Read(article, j + 1, end, european: false) is { Form: NumeralForm.Figure or NumeralForm.Words } whole && whole.Value > value)
        {
            return new Numeral(i, whole.EndToken, NumeralForm.Fraction, value.Value / whole.Value);
        }

        if (WordAt(article, j, end) is { } times && times.Equals("times", StringComparison.OrdinalIgnoreCase) && WordAt(article, j + 1, end) is { } follower && TimesFollowers.Contains(follower))
        {
            return new Numeral(i, j + 1, NumeralForm.Multiplier, value.Value);
        }

        return WithMagnitude(article, new Numeral(i, j, NumeralForm.Words, value.Value), end);
    }

    // "dozens", "hundreds of thousands", "tens of millions", "several hundred", "a few thousand"
    private Numeral? ReadVague(Article article, int i, int end)
    {
        var word = article.TextOf(article.Tokens[i]);
        if (word.Equals("tens", StringComparison.OrdinalIgnoreCase) && IsWord(article, i + 1, "of") && WordAt(article, i + 2, end) is { } unit && VagueUnits.Contains(unit))
        {
            return new Numeral(i, i + 3, NumeralForm.Vague, 0, Magnitude: OrderOf(unit) + 1);
        }

        if (VagueUnits.Contains(word))
        {
            return IsWord(article, i + 1, "of") && WordAt(article, i + 2, end) is { } larger && VagueUnits.Contains(larger) && OrderOf(larger) > OrderOf(word)
                ? new Numeral(i, i + 3, NumeralForm.Vague, 0, Magnitude: OrderOf(larger) + OrderOf(word))
                : new Numeral(i, i + 1, NumeralForm.Vague, 0, Magnitude: OrderOf(word));
        }

        var leader = VagueLeaders.Contains(word) ? 1 : word.Equals("a", StringComparison.OrdinalIgnoreCase) && IsWord(article, i + 1, "few") ? 2 : 0;
        return leader > 0 && WordAt(article, i + leader, end) is { } size && OrderOfSingular(size) is { } order
            ? new Numeral(i, i + leader + 1, NumeralForm.Vague, 0, Magnitude: order)
            : null;
    }

    // "a third term" is an ordinal, "a third of voters" and "fell by a third" are fractions.
    private bool IsNounAt(Article article, int index, int end) =>
        WordAt(article, index, end) is { } word && char.IsLower(word[0]) && lexicon.CountedStopWords.LengthAt(article, index, end) == 0
        && !lexicon.Comparators.Any(c => c.Words.LengthAt(article, index, end) > 0);

    private static int OrderOf(string plural) => OrderOfSingular(plural.TrimEnd('s')) ?? 1;

    private static int? OrderOfSingular(string word) => word.ToLowerInvariant() switch
    {
        "dozen" or "score" => 1,
        "hundred" => 2,
        "thousand" => 3,
        "million" => 6,
        "billion" => 9,
        "trillion" => 12,
        _ => null,
    };

    private static double? Denominator(string word) => word.ToLowerInvariant() switch
    {
        "half" or "halves" => 2,
        "quarter" or "quarters" => 4,
        var other when SpelledNumber.IsOrdinal(other.TrimEnd('s')) && other.TrimEnd('s') is not ("first" or "second") => SpelledNumber.Value(other.TrimEnd('s')),
        _ => null,
    };

    // "20 million", "3.2 billion", "twenty-one million"
    private Numeral WithMagnitude(Article article, Numeral numeral, int end) =>
        numeral.AttachedUnit is null && lexicon.MagnitudeAt(article, numeral.EndToken, end) is var (factor, length)
            ? numeral with { EndToken = numeral.EndToken + length, Value = numeral.Value * factor, High = numeral.High * factor }
            : numeral;

    private static string? WordAt(Article article, int index, int end) =>
        index < end && index < article.Tokens.Count && article.Tokens[index].Kind == TokenKind.Word ? article.TextOf(article.Tokens[index]) : null;

    private static bool IsWord(Article article, int index, string word) =>
        index < article.Tokens.Count && article.CharsOf(article.Tokens[index].Span).Equals(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:\p{L}+-)?((?:\d\d)?\d0)s$")]
    private static partial Regex Decade();

    [GeneratedRegex(@"^(\d[\d,.]*)(?:st|nd|rd|th)(?:-(\p{L}[\p{L}-]*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalFigure();

    [GeneratedRegex(@"^(\d{1,2}(?:[.:]\d\d)?)(am|pm)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(\d[\d,.]*)(-)?(\p{L}+(?:-\p{L}+)*)$")]
    private static partial Regex FigureThenLetters();

    [GeneratedRegex(@"^(\d[\d,.]*)[-–](\d[\d,.]*)$")]
    private static partial Regex FigureRange();

    [GeneratedRegex(@"^\p{L}+-(\d+)(?:st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex MidOrdinal();
}
