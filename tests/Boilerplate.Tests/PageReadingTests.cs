using Language;
using PluginHost.Testing;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

public sealed class PageReadingTests
{
    private const string Untranslated = "El ayuntamiento aprobó el plan después de una larga reunión, aunque varios vecinos pidieron más tiempo para estudiar los costes.";

    // A story told in one-sentence paragraphs, each too short for the classifier's "good" class.
    private static readonly string[] ShortParagraphs =
    [
        "The council voted on Tuesday to rebuild the harbour wall before the winter storms.",
        "The engineers said that most of the old stones would be kept in the new wall.",
        "Traders asked who would pay for the months when the market has to move away.",
        "The council said that it would give them an answer before the spring.",
    ];

    // An English story of four short paragraphs on a Polish portal, copied on a phone: the portal's widget words are
    // glued to the ends of its paragraphs.
    private static readonly string[] PortalStory =
    [
        "Ferry line to Wyspa Dębowa adds a winter crossing",
        "The harbour company will run a second daily ferry to Wyspa Dębowa from November, its director said on Tuesday.",
        "Islanders had asked for the crossing since the bridge closed last year.",
        "The new boat leaves the island at seven in the morning and comes back at six in the evening.",
        "Tickets will cost the same as on the summer crossing, the company said.",
    ];

    private static readonly string PortalPage = $"""
        Kurier Zatokowy
        Środa, 12 marca 2025
        Zaloguj się | Załóż konto
        Strona główna · Wiadomości · Region · Gospodarka · Sport · Kultura · Zdrowie · Pogoda · English
        Szukaj w serwisie
        Strona główna > English > Gospodarka

        {PortalStory[0]}
        By Kasia Wrześniak
        ZATOKA, March 12, 2025
        {PortalStory[1]}Udostępnij
        {PortalStory[2]}Czytaj także
        {PortalStory[3]}Reklama
        {PortalStory[4]}

        Komentarze (4)
        Dodaj komentarz
        Najczęściej czytane
        Nowy most w Zatoce otwarty dla pieszych już w przyszłym tygodniu
        3 godziny temu
        Rybacy z Dębowej skarżą się na niskie ceny dorsza w skupie
        5 godzin temu
        Zapisz się do naszego newslettera i otrzymuj codziennie najważniejsze wiadomości z regionu.
        Ta strona używa plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu. Dalsze korzystanie oznacza zgodę na ich użycie.
        Akceptuję
        Redaktor naczelny: Tomasz Kędzierski
        O nas · Kontakt · Reklama · Polityka prywatności
        © Kurier Zatokowy. Wszelkie prawa zastrzeżone. Kopiowanie treści bez pisemnej zgody wydawcy jest zabronione.
        """;

    private const string PullQuoteReason = "a pull quote repeating the story";

    [Fact]
    public void A_block_quote_of_six_words_the_story_says_is_a_pull_quote()
    {
        Findings($"{Story}\n\n\"We waited for ten long years,\" said one trader on the quay. \"Now we can plan the summer.\"\n\n> We waited for ten long years.\n\n{Closing}")
            .ShouldBe(["> We waited for ten long years. | other 0.85 a pull quote repeating the story"]);
    }

    [Fact]
    public void A_block_quote_of_five_words_is_not_taken_for_a_pull_quote()
    {
        Findings($"{Story}\n\n\"We waited ten long years,\" said one trader on the quay. \"Now we can plan the summer.\"\n\n> We waited ten long years.\n\n{Closing}")
            .ShouldNotContain(f => f.EndsWith(PullQuoteReason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_quote_the_story_does_not_say_is_content()
    {
        Findings($"{Story}\n\n> The letter asked the council to wait until the spring before any work began on the wall.\n\n{Closing}").ShouldBeEmpty();
    }

    [Fact]
    public void The_story_may_put_a_few_words_between_the_quoted_ones()
    {
        Findings($"{Story}\n\n\"We waited,\" he says, \"for ten long years.\" Then he went back to his stall on the quay.\n\n> We waited for ten long years.\n\n{Closing}")
            .ShouldContain(f => f.EndsWith(PullQuoteReason, StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_words_spread_far_apart_in_the_story_are_not_a_pull_quote()
    {
        Findings($"{Story}\n\n\"We waited,\" as every trader on this quay will tell you at some length, \"for ten long years.\"\n\n> We waited for ten long years.\n\n{Closing}")
            .ShouldNotContain(f => f.EndsWith(PullQuoteReason, StringComparison.Ordinal));
    }

    [Fact]
    public void An_untranslated_paragraph_inside_the_story_stays()
    {
        Findings($"{Story}\n\n{Untranslated}\n\n{Closing}").ShouldBeEmpty();
    }

    [Fact]
    public void An_untranslated_paragraph_between_short_paragraphs_of_the_story_stays()
    {
        Findings($"{ShortParagraphs[0]}\n\n{ShortParagraphs[1]}\n\n{Untranslated}\n\n{ShortParagraphs[2]}\n\n{ShortParagraphs[3]}").ShouldBeEmpty();
    }

    [Fact]
    public void A_short_untranslated_sentence_inside_the_story_stays()
    {
        Findings($"{Story}\n\nEl puerto es de todos y la obra tiene que empezar ya.\n\n{Closing}").ShouldBeEmpty();
    }

    [Fact]
    public void A_paragraph_in_another_language_after_short_paragraphs_of_the_story_is_foreign_chrome()
    {
        Findings($"{string.Join("\n\n", ShortParagraphs)}\n\n{Untranslated}").ShouldBe([$"{Untranslated} | foreign-chrome 0.75 not running text"]);
    }

    [Fact]
    public void A_short_menu_line_after_the_story_is_navigation()
    {
        Findings($"{Story}\n\n{Closing}\n\nTides Ferries Moorings Events").ShouldBe(["Tides Ferries Moorings Events | navigation 0.65 among boilerplate"]);
    }

    [Theory]
    [InlineData("Lowri Baptiste")]
    [InlineData("Maria Elena Ruiz")]
    [InlineData("Tides ferries moorings events")]
    [InlineData("Kelso Rivermen 4 Dunmore Wolves 2")]
    [InlineData("Rivermen: Marchetti 8, Pirie 9, Osei 7, Brand 6, Lindqvist 7")]
    public void A_name_or_a_line_in_lower_case_after_the_story_stays(string line)
    {
        Findings($"{Story}\n\n{Closing}\n\n{line}").ShouldBeEmpty();
    }

    [Fact]
    public void A_short_last_sentence_of_the_story_stays()
    {
        Findings($"{Story}\n\n{Closing}\n\nThe work starts in May.").ShouldBeEmpty();
    }

    [Fact]
    public void A_short_last_sentence_after_a_table_of_the_story_stays()
    {
        Findings($"{Story}\n{Closing}\n1st period: 07:42 HAW – Lindqvist (Osei) 1–0\n2nd period: 04:55 DUN – Brand 1–1\nGoalkeepers: Hawks – Jonas Pirie, 34 saves. Wolves – Evan Marchetti, 29 saves.\nThe Wolves remain top of the table, three points clear of the Kelso Rivermen.\nThe teams meet again at the ice centre on 12 December.\nOfficial timing partner: Ardmore Watches")
            .ShouldBe(["Official timing partner: Ardmore Watches | other 0.65 among boilerplate"]);
    }

    [Fact]
    public void A_box_of_facts_with_labels_of_its_own_under_the_story_stays()
    {
        Findings($"{Story}\n{Closing}\nScorers:\nRovers: Tate 12, Okonjo 40\nTeams:\nRovers: Tate, Okonjo, Brand, Pask\nWanderers: Imrie, Bain, Fairlie, Addo\n\n© 2026 The Alderwick Courier")
            .ShouldBe(["© 2026 The Alderwick Courier | copyright 0.95 listed"]);
    }

    [Fact]
    public void A_box_of_match_facts_with_each_sides_score_on_a_line_of_its_own_under_the_story_stays()
    {
        BoilerplateUnderTest.Verify($"{Story}\n{Closing}\nMATCH FACTS\nHarbour Rovers 3 (Addo 12, Mbeki Varga 40 pen, Orrin 77)\nQuayside Athletic 1 (Pell 88)\nReferee: Colm Varley\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_numbered_list_under_the_story_whose_items_it_names_stays()
    {
        const string review = "The album opens with \"Harbour Lights\", a slow song for piano, and closes with \"Low Tide\", the best thing the band has recorded.\n\nIn between, \"Quay Wall\" and \"Ferry Bell\" carry the record, and only \"Gull Song\" falls flat.";
        BoilerplateUnderTest.Verify($"{review}\n\nTracklist\n1. Harbour Lights\n2. Quay Wall\n3. Gull Song\n4. Ferry Bell\n5. Night Crossing\n6. Low Tide\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_numbered_rail_of_teasers_under_the_story_is_not_the_storys()
    {
        Findings($"{Story}\n\n{Closing}\n\nMost read\n1. Ferry fares rise again from March\n2. Lifeboat crew honoured at the palace\n3. Fish prices steady at the Monday auction")
            .ShouldContain(f => f.Contains("1. Ferry fares rise again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_sentence_after_related_links_and_a_line_about_the_site_is_not_the_storys()
    {
        Findings($"{Story}\n{Closing}\n[The twelve best Sunday lunches, ranked](/eat/lunch)\n[Inside the last chip shop on the front](/eat/chips)\nThe Monthly has covered the city's food, culture and homes since 2006.\nWe pay for every meal we write about and never accept free hospitality.")
            .ShouldContain(f => f.StartsWith("We pay for every meal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_in_another_language_after_the_story_is_foreign_chrome()
    {
        Findings($"{Story}\n\n{Closing}\n\n{Untranslated}").ShouldBe([$"{Untranslated} | foreign-chrome 0.75 not running text"]);
    }

    [Fact]
    public void The_storys_short_last_line_after_an_advert_label_and_a_follow_prompt_inside_the_story_stays()
    {
        BoilerplateUnderTest.Verify($"{Story}\n{Closing}\n{{|BP0001:Advertisement|}}\nThe market will move to the car park on the first of March.\n{{|BP0001:Google News'te Liman Postası'nı takip edin|}}\nThe harbour office said the work would end in October.\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_short_sentence_right_over_a_wire_storys_credit_is_its_last_line()
    {
        BoilerplateUnderTest.Verify($"{Story}\n{Closing}\nVarnholm Kraft declined to comment.\n{{|BP0001:(Reporting by Anders Lyng; Editing by Harriet Oduya)|}}\n{{|BP0001:© Tideline News Agency 2026. Not for redistribution.|}}\n{{|BP0001:NNNN|}}");
    }

    [Fact]
    public void A_section_after_the_last_paragraph_under_a_heading_of_the_storys_own_level_is_the_storys()
    {
        BoilerplateUnderTest.Verify($"# Harbour Runners Sweep The County Relays\nBy Mara Lindqvist\n6 March 2025\n\n## The boys' race\n{Story}\n\n## The girls' race\n{Closing}\n\n## Girls Under-16\nAna Ruiz, Harbour AC\nLena Voss, Quayside Striders\nMia Kerr, Harbour AC\n\n{{|BP0001:© Harbour Courier 2026|}}");
    }

    [Fact]
    public void A_section_after_the_last_paragraph_under_a_heading_the_story_does_not_use_is_not_the_storys()
    {
        BoilerplateUnderTest.Verify($"# Harbour Runners Sweep The County Relays\nBy Mara Lindqvist\n6 March 2025\n\n{Story}\n\n{Closing}\n\n{{|BP0001:## Girls Under-16|}}\n{{|BP0001:Ana Ruiz, Harbour AC\nLena Voss, Quayside Striders\nMia Kerr, Harbour AC|}}\n\n{{|BP0001:© Harbour Courier 2026|}}");
    }

    [Fact]
    public void A_list_of_links_inside_the_story_under_a_heading_of_its_own_level_is_the_storys()
    {
        BoilerplateUnderTest.Verify($"# Harbour Wall Plans Open For Comment\n\n## What is proposed\n{Story}\n\n## Documents\n* [The harbour wall plan](/docs/wall-plan.pdf) (PDF, 2.1 MB, 40 pages)\n* [Map of the works](/docs/wall-map.pdf) (PDF, 800 KB)\n\n## What happens next\n{Closing}\n\n{{|BP0001:© Harbour Courier 2026|}}");
    }

    [Fact]
    public void A_list_of_links_inside_the_story_under_a_heading_the_lists_name_is_not_the_storys()
    {
        Findings($"# Harbour Wall Plans Open For Comment\n\n## What is proposed\n{Story}\n\n## Related\n* [Ferry fares rise again](/news/fares)\n* [Lifeboat crew honoured](/news/lifeboat)\n\n## What happens next\n{Closing}")
            .ShouldBe(["## Related\n* [Ferry fares rise again](/news/fares)\n* [Lifeboat crew honoured](/news/lifeboat) | related 0.89 listed"]);
    }

    [Fact]
    public void Two_boxes_of_links_inside_the_story_do_not_vouch_for_each_other()
    {
        Findings($"{Story}\n\n### Across the region\n* [Ferry fares rise again](/news/fares)\n* [Lifeboat crew honoured](/news/lifeboat)\n\n### Coast and country\n* [Ten walks on the coast](/walks)\n* [Where to eat on the quay](/eat)\n\n{Closing}")
            .Count(f => f.Contains("](/", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void A_box_of_key_figures_under_the_story_is_no_rail_of_teasers()
    {
        BoilerplateUnderTest.Verify($"{Story}\n\n{Closing}\nKey figures\nNew wall: 420 metres long\nStones reused: about 6,000 blocks\nShips a week: 35 on average\nQuay closed for: six weeks\n\n{{|BP0001:© Harbour Courier 2026|}}");
    }

    [Fact]
    public void A_rail_of_kickers_with_figures_after_the_story_is_teasers()
    {
        Findings($"{Story}\n\n{Closing}\n\nStorm Bert: 70mph gusts and flood warnings for the coast\nPoll: 62% back the harbour wall plan\nExclusive: Council paid £1.2m to consultants for report\nHarbour ferry timetable changes from Monday")
            .ShouldBe(["Storm Bert: 70mph gusts and flood warnings for the coast\nPoll: 62% back the harbour wall plan\nExclusive: Council paid £1.2m to consultants for report\nHarbour ferry timetable changes from Monday | related 0.7 a run of headlines after the story"]);
    }

    [Fact]
    public void A_short_story_inside_a_portal_whose_chrome_outweighs_it_stays_and_the_portals_lines_go()
    {
        var findings = BoilerplateUnderTest.Verifier.Analyze(PortalPage);

        // The Language plugin weighs the page's letters, glued widget words and all, and names the portal's language.
        findings.Single(f => f.Id == "LG0001").Properties["language"].ShouldBe("pl");
        var removed = findings.Where(f => f.Id == "BP0001").Select(f => PortalPage.Substring(f.Span.Start, f.Span.Length)).ToList();
        foreach (var line in PortalStory)
        {
            removed.ShouldNotContain(r => r.Contains(line, StringComparison.Ordinal));
        }

        removed.ShouldContain(r => r.Contains("Zapisz się do naszego newslettera", StringComparison.Ordinal));
        removed.ShouldContain(r => r.Contains("Ta strona używa plików cookie", StringComparison.Ordinal));
        removed.ShouldContain(r => r.Contains("Udostępnij", StringComparison.Ordinal));

        // The portal's own lines are the foreign ones now: its log-in line goes as foreign chrome.
        findings.ShouldContain(f => f.Id == "BP0001" && PortalPage.Substring(f.Span.Start, f.Span.Length).StartsWith("Zaloguj się", StringComparison.Ordinal)
            && (string?)f.Properties["category"] == "foreign-chrome");
    }

    [Fact]
    public void A_story_in_the_portals_language_that_quotes_at_length_in_another_keeps_its_language()
    {
        // The Dutch portal's cookie and copyright sentences, which the lists name, make the page Dutch to the Language
        // plugin; of the lines left, the English quotes have more letters than the two Dutch sentences of the story.
        const string page = """
            Nieuws · Sport · Regio · Economie · Cultuur · Weer
            Verstappen wint in Brazilië
            Max Verstappen heeft zondag de Grand Prix van Brazilië gewonnen.
            Na afloop sprak hij in Interlagos de pers toe.
            "It was a really tough race today, the tyres were dropping off a lot in the second stint, but the team made the right call on strategy and I could manage the gap to the end," said Verstappen.
            "We will enjoy this one tonight and then we go home and prepare for the last two races of the season with the same focus as always," he added.
            Wij gebruiken cookies om de site goed te laten werken, om te meten hoe bezoekers de site gebruiken en om advertenties te tonen die passen bij jouw interesses.
            Wij gebruiken cookies ook om video's van andere websites te tonen en om berichten te kunnen delen op sociale media.
            © 2025 Dagblad van het Zuiden. Alle rechten voorbehouden. Niets uit deze uitgave mag worden overgenomen zonder toestemming van de uitgever.
            """;
        var findings = BoilerplateUnderTest.Verifier.Analyze(page);

        findings.Single(f => f.Id == "LG0001").Properties["language"].ShouldBe("nl");
        findings.Where(f => f.Id == "BP0001").Select(f => page.Substring(f.Span.Start, f.Span.Length))
            .ShouldNotContain(r => r.Contains("Verstappen heeft zondag", StringComparison.Ordinal) || r.Contains("Verstappen wint", StringComparison.Ordinal));
    }

    [Fact]
    public void The_story_keeps_the_language_the_Language_plugin_names_unless_its_running_text_has_the_margin_over_the_pages()
    {
        var folder = Directory.CreateTempSubdirectory("boilerplate-rules-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(BoilerplateUnderTest.RepositoryRoot, "rules", "boilerplate")))
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), File.ReadAllText(file).Replace("setting story_language_margin = 1.2;", "setting story_language_margin = 2;", StringComparison.Ordinal));
        }

        try
        {
            var verifier = new PluginVerifier(new BoilerplatePlugin(), folder, (new LanguagePlugin(), Path.Combine(BoilerplateUnderTest.RepositoryRoot, "rules", "language")));

            // The story's four paragraphs (about 280 letters once the glued words are off) against the portal's newsletter
            // and cookie notices (about 190): more than 1.2 times, less than twice.
            verifier.Analyze(PortalPage).Where(f => f.Id == "BP0001").Select(f => PortalPage.Substring(f.Span.Start, f.Span.Length))
                .ShouldContain(r => r.Contains(PortalStory[3], StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Findings(string text) =>
        [.. BoilerplateUnderTest.Verifier.Analyze(text)
            .Where(d => d.Id == "BP0001")
            .Select(d => $"{text.Substring(d.Span.Start, d.Span.Length).Trim()} | {d.Properties["category"]} {d.Properties["confidence"]} {d.Properties["reason"]}")];
}
