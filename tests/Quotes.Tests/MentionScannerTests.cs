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

    [Fact]
    public void A_pronoun_opening_the_next_sentence_is_found_once()
    {
        Mentions("The pier opened. He was there.").ShouldBe(["He (pronoun)"]);
    }

    [Fact]
    public void A_plural_possessive_after_a_name_is_not_part_of_it()
    {
        Mentions("We visited the Harris' farm.").ShouldBe(["Harris (person)"]);
    }

    [Fact]
    public void An_organization_does_not_take_a_preposition_that_leads_nowhere()
    {
        Mentions("She has worked at the Commission for years.").ShouldBe(["She (pronoun)", "the Commission (organization)"]);
    }

    [Fact]
    public void An_organization_and_a_person_joined_by_and_stay_apart()
    {
        Mentions("He thanked the Council and Mayor Ana Ruiz.").ShouldBe([
            "He (pronoun)",
            "the Council (organization)",
            "Mayor Ana Ruiz (person, female)",
        ]);
    }

    [Fact]
    public void A_title_keeps_its_of_phrase()
    {
        Mentions("Yesterday Secretary of State Ana Ruiz arrived.").ShouldBe(["Secretary of State Ana Ruiz (person, female)"]);
    }

    [Fact]
    public void An_ampersand_later_in_the_sentence_does_not_make_a_person_a_firm()
    {
        Mentions("Last week Ana Ruiz left Morrow & Finch.").ShouldBe(["Ana Ruiz (person, female)", "Morrow & Finch (organization)"]);
    }

    [Fact]
    public void One_of_a_group_opening_a_sentence_is_an_unnamed_source()
    {
        Mentions("One of the officials resigned.").ShouldBe(["One of the officials (unnamed)"]);
    }

    [Fact]
    public void An_unnamed_source_may_have_three_words_before_its_verb()
    {
        Mentions("Two night shift bakers said the ovens failed.").ShouldBe(["Two night shift bakers (unnamed)"]);
    }

    [Fact]
    public void A_speech_verb_ends_an_unnamed_source()
    {
        Mentions("One baker said so.").ShouldBe(["One baker (unnamed)"]);
    }

    [Fact]
    public void A_determiner_with_no_noun_is_not_a_source()
    {
        Mentions("They sold many, but kept some.").ShouldBe(["They (pronoun)"]);
    }

    [Theory]
    [InlineData("Two bakers said so.", true)]
    [InlineData("A baker said so.", false)]
    public void An_unnamed_source_is_plural_when_its_noun_is(string text, bool plural)
    {
        Scanner.Scan(Article.Create("a.txt", text)).ShouldHaveSingleItem().Plural.ShouldBe(plural);
    }

    [Theory]
    [InlineData("A recent closed-door meeting reflected his resolve.", "A recent closed-door meeting (unnamed, neuter)")]
    [InlineData("One summit delegate reflected on the talks.", "One summit delegate (unnamed)")]
    [InlineData("One trustee reflected on the plan.", "One trustee (unnamed)")]
    public void An_unnamed_source_that_is_a_thing_is_neuter(string text, string mention)
    {
        Mentions(text).ShouldBe([mention]);
    }

    [Theory]
    [InlineData("Agenda 2030 explicitly called for roads.", "Agenda 2030 (organization)")]
    [InlineData("Agenda 2030 says so.", "Agenda 2030 (organization)")]
    [InlineData("Agenda 2030 pointed out the cost.", "Agenda 2030 (organization)")]
    [InlineData("Agenda 2030 was blunt.", "Agenda 2030 (organization)")]
    [InlineData("Agenda 2030 dubbed it a fraud.", "Agenda 2030 (organization)|it (pronoun)")]
    public void A_year_closes_a_name_before_what_a_speaker_does(string text, string mentions)
    {
        Mentions(text).ShouldBe(mentions.Split('|'));
    }

    [Theory]
    [InlineData("Voters gave Agenda 2030 seats.")]
    [InlineData("Nearly 40 said so.")]
    [InlineData("Agenda 30 said so.")]
    [InlineData("It went to Agenda 2030.")]
    public void A_count_a_number_that_is_no_year_or_a_year_before_anything_else_closes_no_name(string text)
    {
        Mentions(text).ShouldNotContain(m => m.EndsWith("(organization)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_takes_its_determiner_over_four_modifiers()
    {
        Mentions("Later the city's new deputy transport director resigned.").ShouldBe(["the city's new deputy transport director (role)"]);
    }

    [Fact]
    public void A_role_after_a_conjunction_keeps_its_two_word_complement()
    {
        Mentions("We closed early and residents based in the old town said so.").ShouldBe(["residents based in the old town (unnamed)"]);
    }

    [Fact]
    public void A_long_description_of_an_unnamed_source_is_kept_whole()
    {
        Mentions("A person familiar with the state of the harbour talks said so.").ShouldBe(["A person familiar with the state of the harbour talks (unnamed)"]);
    }

    [Fact]
    public void A_description_runs_over_a_plural_possessive()
    {
        Mentions("A member of the farmers' union said so.").ShouldBe(["A member of the farmers' union (unnamed)", "the farmers (role)"]);
    }

    [Fact]
    public void A_relative_pronoun_with_nothing_after_it_is_not_part_of_the_description()
    {
        Mentions("Some residents who were angry left early.").ShouldBe(["Some residents (unnamed)"]);
    }

    [Fact]
    public void A_surname_that_is_also_a_given_name_tells_nothing_of_sex()
    {
        Mentions("Yesterday Councillor Robin Rose spoke.").ShouldBe(["Councillor Robin Rose (person)"]);
    }

    [Fact]
    public void A_given_name_alone_tells_the_sex()
    {
        Mentions("Then Ruth arrived.").ShouldBe(["Ruth (person, female)"]);
    }
}
