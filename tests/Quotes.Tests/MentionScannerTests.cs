using PluginHost.Sdk.Text;

namespace Quotes.Tests;

public sealed class MentionScannerTests
{
    private static readonly MentionScanner Scanner = new(new MentionLexicon(QuotesUnderTest.Settings));

    private static List<string> Mentions(string text) =>
        [.. Scanner.Scan(Article.Create("a.txt", text)).Select(m => $"{m.Name} ({m.Kind.ToString().ToLowerInvariant()}{(m.Gender == Gender.Unknown ? "" : ", " + m.Gender.ToString().ToLowerInvariant())}{(m.Possessive ? ", possessive" : "")})")];

    [Fact]
    public void Names_keep_their_titles_and_lose_a_possessive()
    {
        Mentions("Yesterday Senator Ana Ruiz met Mr. Oren Kastl at Kastl's house.").ShouldBe([
            "Senator Ana Ruiz (person, female)",
            "Mr. Oren Kastl (person, male)",
            "Kastl (person, possessive)",
        ]);
    }

    [Fact]
    public void Names_joined_by_an_ampersand_are_one_firm()
    {
        Mentions("She joined Morrow & Finch in May.").ShouldBe(["She (pronoun)", "Morrow & Finch (organization)"]);
    }

    [Fact]
    public void A_speech_verb_after_a_determiner_is_part_of_the_description()
    {
        Mentions("One councillor from the ruling group said so.").ShouldBe(["One councillor from the ruling group (unnamed)"]);
    }

    [Fact]
    public void Organizations_take_their_article_and_their_of_phrase()
    {
        Mentions("He wrote to the Federation of Rail Workers and to The Tarrow Gazette.").ShouldBe([
            "He (pronoun)",
            "the Federation of Rail Workers (organization)",
            "The Tarrow Gazette (organization)",
        ]);
    }

    [Fact]
    public void Roles_and_unnamed_sources_take_their_determiner_and_what_describes_them()
    {
        Mentions("One official in the mayor's office and a person familiar with the talks said health officials agreed with the company’s chief executive.").ShouldBe([
            "One official in the mayor's office (unnamed)",
            "the mayor's office (role)",
            "a person familiar with the talks (unnamed)",
            "health officials (unnamed)",
            "the company’s chief executive (role)",
        ]);
    }

    [Fact]
    public void A_description_before_a_name_is_named_by_the_name()
    {
        var mentions = Scanner.Scan(Article.Create("a.txt", "Then the retired teacher Jonas Eckel spoke."));
        mentions.Select(m => (m.Name, m.Span.Start)).ShouldBe([("Jonas Eckel", 5), ("Jonas Eckel", 25)]);
    }

    [Fact]
    public void Words_that_open_sentences_and_words_in_capitals_are_not_names()
    {
        Mentions("PORT ALMERY — Later that day, it was calm. Residents said so. Cara and Jonah Pell agreed.").ShouldBe([
            "it (pronoun)",
            "Residents (unnamed)",
            "Cara and Jonah Pell (group)",
        ]);
    }
}
