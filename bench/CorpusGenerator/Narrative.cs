namespace PluginHost.CorpusGenerator;

/// <summary>The plain sentences of a story: who decided what, where and when.</summary>
internal sealed class Narrative(Random random)
{
    public string Sentence() => random.Next(8) switch
    {
        0 => $"{Capital(Pick(PhraseBank.Bodies))} voted on {Pick(PhraseBank.Weekdays)} to delay a decision on {Pick(PhraseBank.Topics)} until the spring.",
        1 => $"The debate over {Pick(PhraseBank.Topics)} has divided {Pick(PhraseBank.Places)} for most of the year.",
        2 => $"Work on {Pick(PhraseBank.Topics)} began after a long dispute with {Pick(PhraseBank.Bodies)} over who would pay.",
        3 => $"{Pick(PhraseBank.People).Name} has asked {Pick(PhraseBank.Bodies)} to publish its own review of {Pick(PhraseBank.Topics)}.",
        4 => $"Residents of {Pick(PhraseBank.Places)} were told to expect further closures while engineers inspect the site.",
        5 => $"Critics say the timetable was never realistic and that warnings were ignored.",
        6 => $"A public meeting is planned in {Pick(PhraseBank.Places)} next month, where officials will answer questions about {Pick(PhraseBank.Topics)}.",
        _ => $"The proposal now goes to {Pick(PhraseBank.Bodies)}, which is expected to rule before the end of the year.",
    };

    public string Headline() =>
        $"{Pick(["Council delays", "Questions grow over", "Residents push back on", "Ministers back", "Talks stall on", "New hope for"])} {Pick(PhraseBank.Topics)} in {Pick(PhraseBank.Places)}";

    public string Dateline() => $"{Pick(PhraseBank.Places).ToUpperInvariant()} (Harbour Wire) —";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
