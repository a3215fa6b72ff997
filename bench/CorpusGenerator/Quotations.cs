namespace PluginHost.CorpusGenerator;

/// <summary>Quoted speech in the conventions and attribution shapes newsrooms use, with and without a speaker.</summary>
internal sealed class Quotations(Random random)
{
    public string Paragraph()
    {
        var (name, role) = Pick(PhraseBank.People);
        var saying = Pick(PhraseBank.Sayings);
        var surname = name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return random.Next(12) switch
        {
            0 => $"“{saying},” {name} said.",
            1 => $"“{saying},” said {name}, {role}.",
            2 => $"{name}, {role}, said: “{saying}.”",
            3 => $"\"{saying},\" {surname} said on {Pick(PhraseBank.Weekdays)}.",
            4 => $"‘{saying},’ {name} told reporters.",
            5 => $"“{saying},” she said. “We will be back here next week.”",
            6 => $"“{saying}.”",
            7 => $"“{saying},” said an official who asked not to be named because the talks were private.",
            8 => $"{name} called the decision “{Pick(PhraseBank.Terms)}” and said {Pick(PhraseBank.Bodies)} would appeal.",
            9 => $"According to {name}, {role}, “{saying}.”",
            10 => $"“{saying},” {surname} added, “and that is what we will say to {Pick(PhraseBank.Bodies)}.”",
            _ => $"“{saying},” {name} wrote in a letter to residents.\n\n“{Pick(PhraseBank.Sayings)}.”",
        };
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
