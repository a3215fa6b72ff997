using System.Globalization;

namespace PluginHost.CorpusGenerator;

/// <summary>Sentences with figures: percentages, money, counts, ratios, fractions, ranges and vague numbers, sourced or not.</summary>
internal sealed class Statistics(Random random)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public string Sentence() => random.Next(10) switch
    {
        0 => $"{Capital(Pick(PhraseBank.Measures))} rose {Decimal(1, 15)} percent {Pick(PhraseBank.Periods)}, according to {Pick(PhraseBank.Bodies)}.",
        1 => $"{Capital(Pick(PhraseBank.Bodies))} put the cost at ${Decimal(1, 9)} billion, up from ${random.Next(100, 900)} million two years ago.",
        2 => $"About {Count()} {Pick(PhraseBank.Groups)} were affected, the figures from {Pick(PhraseBank.Bodies)} show.",
        3 => $"One in {random.Next(3, 9)} {Pick(PhraseBank.Groups)} said they had cut back, a survey by {Pick(PhraseBank.Bodies)} found.",
        4 => $"Roughly two-thirds of the {Count()} {Pick(PhraseBank.Groups)} in {Pick(PhraseBank.Places)} live within a mile of the river.",
        5 => $"{Capital(Pick(PhraseBank.Measures))} fell to {Count()} {Pick(PhraseBank.Periods)}.",
        6 => $"Between {random.Next(20, 50)} and {random.Next(60, 99)} percent of the work is finished, officials estimate.",
        7 => $"Hundreds of {Pick(PhraseBank.Groups)} gathered outside, and dozens more watched online.",
        8 => $"The plan would cost €{random.Next(12, 480)} million over {NumberWord()} years.",
        _ => $"{Capital(Pick(PhraseBank.Measures))} doubled between {random.Next(2005, 2012)} and {random.Next(2013, 2020)}, {Pick(PhraseBank.Bodies)} said in a report on {Pick(PhraseBank.Weekdays)}.",
    };

    private string Count() => random.Next(1_200, 95_000).ToString("N0", English);

    private string Decimal(int from, int to) => (random.Next(from * 10, to * 10) / 10.0).ToString("0.0", English);

    private string NumberWord() => Pick(["three", "four", "five", "six", "seven", "ten"]);

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
