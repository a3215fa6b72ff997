using System.Globalization;
using Humanizer;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// The house style for writing numbers, AP style by default and set in the rule files: counts below
/// <c>spell_out_below</c> spelled out ("five people"), figures from there on ("12 people", not "twelve"), a number
/// that opens a sentence spelled out, and percent written as <c>percent_word</c>. Each finding carries the fix.
/// </summary>
public sealed class NumberStyle(IPluginSettings settings)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly int _spellOutBelow = (int)settings.GetNumber("spell_out_below");
    private readonly string _percentWord = settings.GetText("percent_word");

    /// <summary>What the style says of a quantity: the advice, the text to write, and where.</summary>
    public (string Advice, TextEdit Fix)? Check(Article article, Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quantity);
        var written = article.TextOf(quantity.Number);
        var opensSentence = article.Segments(SegmentKind.Sentence).Any(s => s.Span.Start == quantity.Number.Start);
        if (quantity is { Kind: QuantityKind.Count, Form: NumeralForm.Figure, Value: { } count } && count % 1 == 0 && written.All(char.IsDigit))
        {
            if (count >= 1 && count < _spellOutBelow)
            {
                var words = ((int)count).ToWords(English);
                return ($"Spell out numbers below {_spellOutBelow.ToWords(English)}: \"{Capitalized(words, opensSentence)}\"", new TextEdit(quantity.Number, Capitalized(words, opensSentence)));
            }

            if (opensSentence && count < 100)
            {
                var words = Capitalized(((int)count).ToWords(English), true);
                return ($"Spell out a number that opens a sentence: \"{words}\"", new TextEdit(quantity.Number, words));
            }
        }

        if (quantity is { Kind: QuantityKind.Count, Form: NumeralForm.Words, Value: { } value } && value >= _spellOutBelow && value < 1000 && !opensSentence
            && written.Split(' ', '-').All(SpelledNumber.IsCardinal))
        {
            var figure = value.ToString("#,0", CultureInfo.InvariantCulture);
            return ($"Use figures from {_spellOutBelow}: \"{figure}\"", new TextEdit(quantity.Number, figure));
        }

        if (quantity is { PercentWord: { } sign } && !article.TextOf(sign).Equals(_percentWord, StringComparison.Ordinal))
        {
            var spaced = TextSpan.FromBounds(quantity.Number.End, sign.End);
            return ($"Write \"{_percentWord}\"", new TextEdit(spaced, " " + _percentWord));
        }

        return null;
    }

    private static string Capitalized(string words, bool opensSentence) => opensSentence ? words.Transform(To.SentenceCase) : words;
}
