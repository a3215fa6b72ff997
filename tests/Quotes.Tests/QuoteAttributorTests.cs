using PluginHost.Testing;

namespace Quotes.Tests;

public sealed class QuoteAttributorTests
{
    private static readonly PluginVerifier Verifier = QuotesUnderTest.Verifier;

    private static List<string> Speakers(string text) =>
        [.. Verifier.Analyze(text).Where(d => d.Id is "QT0001" or "QT0002" or "QT0004")
            .Select(d => $"{d.Id} {d.Properties["quote"]} → {d.Properties.GetValueOrDefault("speaker") ?? "none"}")];

    [Theory]
    [InlineData("“We will rebuild,” Senator Ana Ruiz said.", "Senator Ana Ruiz")]
    [InlineData("“Not this year,” said the mayor.", "the mayor")]
    [InlineData("“Not this year,” Ansel Gray, the city's deputy mayor, said.", "Ansel Gray")]
    [InlineData("“Sunday is when they can come,” the head librarian, Tomas Ek, said.", "Tomas Ek")]
    [InlineData("“Sunday is when they can come,” the town's longest-serving librarian, Tomas Ek, told the board.", "Tomas Ek")]
    [InlineData("Senator Ana Ruiz told the Senate committee: “We knew in March.”", "Senator Ana Ruiz")]
    [InlineData("As Dr. Ilse Marten put it in a March report, “The reefs are the last refuge.”", "Dr. Ilse Marten")]
    [InlineData("The federation's general secretary, Hélène Brac, described the offer as “an insult”.", "Hélène Brac")]
    [InlineData("Mayor Dolores Venn stated plainly that the plan had “failed the most basic test”.", "Mayor Dolores Venn")]
    [InlineData("The levy, a step the transport department called “regrettable”, starts in May.", "the transport department")]
    [InlineData("“Nice try,” quipped Ola Brandt, 63, a season-ticket holder.", "Ola Brandt")]
    [InlineData("The state agency quoted President Ivo Marek as saying that “the river is ours”.", "President Ivo Marek")]
    [InlineData("Nell Audley, who chairs the Traders' Association, was blunt: “No parking, no shoppers.”", "Nell Audley")]
    [InlineData("The Tarrow Gazette, which backed the plan, called the vote “a win for children”.", "The Tarrow Gazette")]
    [InlineData("Shares fell after the company reported a loss, with chief executive Mara Ulven telling investors to brace for “a hard year”.", "Mara Ulven")]
    [InlineData("A diplomat based in Vessa, who asked not to be named, cautioned that the deal had “no teeth”.", "A diplomat based in Vessa")]
    [InlineData("As pointed out in a January article in the Tarrow Review, “The council has run out of road.”", "the Tarrow Review")]
    [InlineData("As noted in a report by the Harbour Trust, “Every pier on this coast is failing.”", "the Harbour Trust")]
    [InlineData("Agenda 2030 explicitly called for a “bold and rapid approach” to roads.", "Agenda 2030")]
    [InlineData("Governor Ellis Kane’s threat, on March 3, to impose “new tolls” angered drivers.", "Governor Ellis Kane")]
    [InlineData("Governor Ellis Kane’s threat to hit Portmere with “new tolls” angered drivers.", "Governor Ellis Kane")]
    [InlineData("Governor Ellis Kane’s repeated calls for a “complete shutdown” of the port angered traders.", "Governor Ellis Kane")]
    [InlineData("A leaked report said “the bridge is unsafe”.", "A leaked report")]
    public void The_speaker_is_who_the_sentence_says_spoke(string text, string speaker)
    {
        Speakers(text).ShouldHaveSingleItem().ShouldEndWith("→ " + speaker);
    }

    [Fact]
    public void A_thing_followed_by_a_participle_is_not_an_unnamed_speaker()
    {
        Speakers("""
            Residents signed a petition asking for longer hours.

            “People work all week,” a reader wrote.
            """).ShouldBe(["QT0004 People work all week, → a reader"]);
        Speakers("Residents signed a petition asking for longer hours.\n\n“People work all week.”").ShouldBe(["QT0002 People work all week. → none"]);
    }

    [Fact]
    public void Pronouns_and_surnames_lead_back_to_the_first_mention_of_the_right_person()
    {
        Speakers("""
            Senator Ana Ruiz questioned Oren Kastl for an hour.
            “When did the board know?” she asked.
            “We knew in March,” he replied.
            “That is too late,” Ruiz said.
            """).ShouldBe([
            "QT0001 When did the board know? → Senator Ana Ruiz",
            "QT0001 We knew in March, → Oren Kastl",
            "QT0001 That is too late, → Senator Ana Ruiz",
        ]);
    }

    [Fact]
    public void Two_people_of_one_surname_stay_two_and_an_audience_never_speaks()
    {
        Speakers("""
            Cara Pell runs the shop with her brother, Jonah Pell.
            “We rent out boxes,” Jonah Pell said.
            The mayor told the Tarrow Gazette: “The pier reopens in May.”
            """).ShouldBe([
            "QT0001 We rent out boxes, → Jonah Pell",
            "QT0001 The pier reopens in May. → The mayor",
        ]);
    }

    [Fact]
    public void An_organization_is_a_speaker_and_it_refers_back_to_it()
    {
        Speakers("Lumora Systems cut 300 jobs on Monday. It said the work was “largely complete”.")
            .ShouldBe(["QT0001 largely complete → Lumora Systems"]);
    }

    [Fact]
    public void The_company_is_the_organization_named_last()
    {
        Speakers("""
            Tallvik Corp. cut 300 jobs on Monday.
            In a filing, the company said staff had been “told in person”.
            """).ShouldBe(["QT0001 told in person → Tallvik Corp."]);
    }

    [Fact]
    public void A_pronoun_goes_back_to_the_subject_of_the_sentence_before_rather_than_the_last_name()
    {
        Speakers("Edith Warne came to the hearing with her sister, Maud Ellery. “We have waited a year,” she said.")
            .ShouldBe(["QT0001 We have waited a year, → Edith Warne"]);
    }

    [Fact]
    public void A_pronoun_prefers_someone_in_its_own_paragraph_to_someone_who_surely_fits_further_back()
    {
        Speakers("""
            Tomas Hale gave the museum 140 paintings in 1968.

            The museum's director, Dr. Vesk Tamm, said the roof leaks. He said repairs would need “a very generous donor”.
            """).ShouldBe(["QT0001 a very generous donor → Dr. Vesk Tamm"]);
    }

    [Fact]
    public void An_unnamed_source_followed_by_she_is_whom_a_later_she_means()
    {
        Speakers("""
            Dr. Anna Vell runs the clinic.

            A nurse on the night shift said she had worked nine nights in a row. “Nobody came to help,” she said.
            """).ShouldBe(["QT0004 Nobody came to help, → A nurse on the night shift"]);
    }

    [Fact]
    public void A_description_right_before_she_is_not_her_when_no_words_come_between()
    {
        Speakers("Governor Lena Ostrova met the envoy. In a phone call last week, she told him, “The border stays open.”")
            .ShouldBe(["QT0001 The border stays open. → Governor Lena Ostrova"]);
    }

    [Fact]
    public void Whoever_asks_the_question_or_is_asked_about_does_not_answer_it()
    {
        Speakers("""
            Chief Financial Officer Ines Varga spoke after the results.
            Asked whether Brovex might sell itself, she replied: “We are running the business.”
            Asked by Tom Hale whether that was normal, she replied: “Not on my sites.”
            """).ShouldBe([
            "QT0001 We are running the business. → Chief Financial Officer Ines Varga",
            "QT0001 Not on my sites. → Chief Financial Officer Ines Varga",
        ]);
    }

    [Fact]
    public void A_firm_named_in_an_apposition_does_not_take_the_quotes_of_the_person_it_describes()
    {
        Speakers("Priya Onn, an analyst at Morrow & Finch, said the “boom” had been “more of a bump”.")
            .ShouldBe(["QT0001 boom → Priya Onn", "QT0001 more of a bump → Priya Onn"]);
    }

    [Fact]
    public void One_of_a_group_is_an_unnamed_source()
    {
        Speakers("Two officials described the talks. “It was tense,” one of the officials said.")
            .ShouldBe(["QT0004 It was tense, → one of the officials"]);
    }

    [Fact]
    public void A_surname_with_a_particle_is_the_person_first_named_with_it()
    {
        Speakers("The glassblower Tadhg Ó Murchú trained the cast. “I burned my hands,” Ó Murchú recalled.")
            .ShouldBe(["QT0001 I burned my hands, → Tadhg Ó Murchú"]);
    }

    [Fact]
    public void A_headline_quote_is_the_speaker_s_whose_words_it_repeats()
    {
        Speakers("""
            Council passes “budget of last resort”

            The council leader, Councillor Mira Dunn, called it “a budget of last resort, and I mean that”.
            """).ShouldBe([
            "QT0001 budget of last resort → Councillor Mira Dunn",
            "QT0001 a budget of last resort, and I mean that → Councillor Mira Dunn",
        ]);
    }

    [Fact]
    public void A_quote_with_no_attribution_continues_the_speaker_before_it()
    {
        Speakers("""
            “We start on Monday,” Mayor Ana Ruiz said. “The pier comes first.”
            “Then the market.”
            """).ShouldBe([
            "QT0001 We start on Monday, → Mayor Ana Ruiz",
            "QT0001 The pier comes first. → Mayor Ana Ruiz",
            "QT0001 Then the market. → Mayor Ana Ruiz",
        ]);
    }

    [Fact]
    public void A_slogan_with_no_speaker_is_reported_and_a_term_is_not()
    {
        Speakers("The so-called “dock tax” passed on Tuesday. Protesters chanted “Give us back our harbour” outside the hall.")
            .ShouldBe(["QT0002 Give us back our harbour → none"]);
    }

    [Theory]
    [InlineData("The directive for potential “surgical strikes” marks a new phase.")]
    [InlineData("Its members included former “elite military troops” trained abroad.")]
    [InlineData("The move to impose “new fees” worried traders.")]
    [InlineData("In other words, the “temporary” closure is now permanent.")]
    [InlineData("The ransomware gang's “double extortion” threat worried the board.")]
    public void A_short_scare_quote_in_a_sentence_with_no_speech_is_not_reported(string text)
    {
        Speakers(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The “ghost fleet”")]
    [InlineData("“ghost fleet”")]
    public void A_scare_quote_in_a_sentence_of_fewer_words_than_a_verb_phrase_is_read_without_failing(string text)
    {
        Verifier.Analyze(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The plan is “a gift to nobody” by any measure.", "QT0002 a gift to nobody → none")]
    [InlineData("She called the plan “reckless”.", "QT0002 reckless → none")]
    [InlineData("He was “disappointed” by the result.", "QT0002 disappointed → none")]
    [InlineData("The decision was “deeply concerning” for the harbour.", "QT0002 deeply concerning → none")]
    [InlineData("The plan is “Ambitious” by any measure.", "QT0002 Ambitious → none")]
    [InlineData("SHE CALLED THE PLAN “reckless”.", "QT0002 reckless → none")]
    [InlineData("They pointed out the “hidden costs”.", "QT0002 hidden costs → none")]
    [InlineData("The council voted despite warnings from traders that the scheme will ‘strangle’ the town.", "QT0002 strangle → none")]
    [InlineData("There were complaints from shopkeepers on the high street that it would ‘strangle’ trade.", "QT0002 strangle → none")]
    [InlineData("The mayor's plan was, in her words, ‘a total disaster’ for the harbour.", "QT0002 a total disaster → none")]
    [InlineData("Governor Ellis Kane’s plan, widely described as “a tax on work”, starts in May.", "QT0002 a tax on work → none")]
    [InlineData("Governor Ellis Kane’s plan, critics warned on Tuesday, would bring “a tax on work”.", "QT0002 a tax on work → none")]
    [InlineData("Governor Ellis Kane’s plan, according to critics, amounts to “a tax on work”.", "QT0002 a tax on work → none")]
    public void A_quote_of_four_words_a_capital_after_be_or_in_a_sentence_with_speech_is_still_reported(string text, string finding)
    {
        Speakers(text).ShouldBe([finding]);
    }

    [Fact]
    public void An_unnamed_source_is_QT0004_and_marked_anonymous()
    {
        var finding = Verifier.Analyze("“The talks are over,” one official said.").ShouldHaveSingleItem();
        finding.Id.ShouldBe("QT0004");
        finding.Properties["speaker"].ShouldBe("one official");
        finding.Properties["anonymous"].ShouldBe(true);
        Speakers("According to a committee aide, “the vote is close.”").ShouldBe(["QT0004 the vote is close. → a committee aide"]);
    }

    [Fact]
    public void The_subject_of_a_partial_quote_can_own_it()
    {
        Speakers("""
            Fisheries Minister Paulo Ndiaye presented the survey.
            The minister’s plan to impose “new seasonal closures” angered fishermen.
            """).ShouldBe(["QT0001 new seasonal closures → Fisheries Minister Paulo Ndiaye"]);
    }

    [Fact]
    public void A_meeting_is_not_whom_he_refers_to()
    {
        Speakers("""
            Mayor Harlan Voss remains firm on the road. A recent closed-door meeting reflected his resolve, where he declared, “The era of delay is over.”
            """).ShouldBe(["QT0001 The era of delay is over. → Mayor Harlan Voss"]);
    }

    [Fact]
    public void Properties_give_the_quote_the_verb_and_where_the_speaker_was_first_named()
    {
        const string text = "Councillor Ivo Marsh spoke first.\n“It is a tax on work,” Marsh told reporters.";
        var finding = Verifier.Analyze(text).ShouldHaveSingleItem();
        finding.Message.ShouldBe("Quote attributed to Councillor Ivo Marsh");
        finding.Properties["quote"].ShouldBe("It is a tax on work,");
        finding.Properties["verb"].ShouldBe("told");
        finding.Properties["kind"].ShouldBe("speech");
        finding.Properties["anonymous"].ShouldBe(false);
        finding.Properties["speakerOffset"].ShouldBe(0);
        finding.Properties["speakerLength"].ShouldBe("Councillor Ivo Marsh".Length);
        text.Substring(finding.Span.Start, finding.Span.Length).ShouldBe("“It is a tax on work,”");
    }

    [Fact]
    public void Quotes_in_blocks_a_boilerplate_plugin_marks_are_not_reported()
    {
        var verifier = new PluginVerifier(new QuotesPlugin(), Path.Combine(AppContext.BaseDirectory, "rules"), (new BoilerplateProducer(), null));
        verifier.Verify("""
            {|QT0001:“We open in May,”|} Mayor Ana Ruiz said.
            © The site provides its pages “as is” and “without warranty”.
            """);
    }

    [Fact]
    public void A_quote_inside_a_quote_does_not_continue_the_speaker_before_it()
    {
        Speakers("“We kept going,” Ana Ruiz said. “Her words were simple. ‘Never give up.’ That was all.”").ShouldBe([
            "QT0001 We kept going, → Ana Ruiz",
            "QT0001 Her words were simple. ‘Never give up.’ That was all. → Ana Ruiz",
            "QT0002 Never give up. → none",
        ]);
    }

    [Fact]
    public void A_quote_in_the_middle_of_a_later_sentence_does_not_continue_the_speaker()
    {
        Speakers("“We start on Monday,” Mayor Ana Ruiz said. The plan is “ambitious and long overdue” by any measure.").ShouldBe([
            "QT0001 We start on Monday, → Mayor Ana Ruiz",
            "QT0002 ambitious and long overdue → none",
        ]);
    }

    [Fact]
    public void A_quote_that_does_not_open_the_next_paragraph_does_not_continue_the_speaker()
    {
        Speakers("""
            “We start on Monday,” Mayor Ana Ruiz said. “The pier comes first.”
            Nobody argued. “Then the market.”
            """).ShouldBe([
            "QT0001 We start on Monday, → Mayor Ana Ruiz",
            "QT0001 The pier comes first. → Mayor Ana Ruiz",
            "QT0002 Then the market. → none",
        ]);
    }

    [Theory]
    [InlineData("Senator Ana Ruiz spoke first. “We are ready,” Ana said.", "Senator Ana Ruiz")]
    [InlineData("Senator Ana Ruiz arrived at noon. “We are ready,” Ana Ruiz said.", "Senator Ana Ruiz")]
    [InlineData("Ruiz arrived early. “We are ready,” Ana Ruiz said.", "Ana Ruiz")]
    [InlineData("The municipal transport department raised fares. “Costs rose,” the transport department said.", "The municipal transport department")]
    public void A_shorter_or_later_name_leads_to_the_fullest_earlier_mention(string text, string speaker)
    {
        Speakers(text).ShouldHaveSingleItem().ShouldEndWith("→ " + speaker);
    }

    [Fact]
    public void A_kind_of_organization_is_the_organization_whose_name_contains_it_rather_than_the_last_one_named()
    {
        Speakers("The Vessmouth Museum of Art lent six paintings to Tallvik Corp. “We are thrilled,” the museum said.")
            .ShouldBe(["QT0001 We are thrilled, → The Vessmouth Museum of Art"]);
    }

    [Fact]
    public void A_role_set_after_a_name_in_commas_stands_for_the_name()
    {
        Speakers("The deal was signed by Ansel Gray, the deputy mayor, who said: “We are ready.”")
            .ShouldBe(["QT0001 We are ready. → Ansel Gray"]);
    }

    [Fact]
    public void A_plural_source_is_not_whom_she_refers_to()
    {
        Speakers("Mayor Ana Ruiz spoke on Monday. Residents said she listened. “I will act,” she said.")
            .ShouldBe(["QT0001 I will act, → Mayor Ana Ruiz"]);
    }

    [Fact]
    public void A_surname_named_first_takes_its_sex_from_the_full_name_given_later()
    {
        Speakers("Ruiz arrived first. Later Ana Ruiz met Kim Sato. “We are ready,” she said.")
            .ShouldBe(["QT0001 We are ready, → Ana Ruiz"]);
    }

    [Fact]
    public void It_does_not_refer_to_a_firm_named_inside_a_description()
    {
        Speakers("On Monday Lumora Systems hired an analyst at Vessel Freight. It said the move was “overdue”.")
            .ShouldBe(["QT0001 overdue → Lumora Systems"]);
    }

    [Fact]
    public void Whoever_was_told_is_not_whom_she_refers_to()
    {
        Speakers("On Monday Ana Ruiz told Maria Lind about the plan. “It is ready,” she said.")
            .ShouldBe(["QT0001 It is ready, → Ana Ruiz"]);
    }

    [Fact]
    public void A_possessive_is_not_whom_she_refers_to()
    {
        Speakers("On Monday Ana Ruiz visited Mrs. Lind's farm. “It is lovely,” she said.")
            .ShouldBe(["QT0001 It is lovely, → Ana Ruiz"]);
    }

    [Fact]
    public void A_pronoun_prefers_a_possible_person_in_its_paragraph_to_a_man_named_further_back()
    {
        Speakers("""
            Mr. Tomas Hale gave the museum 140 paintings in 1968.

            The museum's director, Dr. Vesk Tamm, said the roof leaks. He said repairs would need “a very generous donor”.
            """).ShouldBe(["QT0001 a very generous donor → Dr. Vesk Tamm"]);
    }

    [Fact]
    public void A_pronoun_opening_the_paragraph_is_whom_the_same_pronoun_later_in_it_means()
    {
        Speakers("""
            Mr. Tomas Hale ran the yard for years.
            He said he had met Kastl in May. “We did everything,” he said.
            """).ShouldBe(["QT0001 We did everything, → Mr. Tomas Hale"]);
    }

    [Fact]
    public void Whoever_a_question_opening_the_article_asks_about_does_not_answer_it()
    {
        Speakers("Asked whether Maria Lind would stay on, she replied: “Not this year.”").ShouldBe(["QT0002 Not this year. → none"]);
    }

    [Fact]
    public void A_pronoun_opening_the_article_has_no_speaker_to_refer_to()
    {
        Speakers("She said the pier was “unsafe”.").ShouldBe(["QT0002 unsafe → none"]);
    }

    [Fact]
    public void They_can_refer_to_one_person_whose_sex_is_not_known()
    {
        Speakers("Kim Sato runs the bakery. “We open at six,” they said.").ShouldBe(["QT0001 We open at six, → Kim Sato"]);
    }
}
