using static Boilerplate.Tests.BoilerplateUnderTest;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

/// <summary>
/// The plugin as a whole: its rule examples, what a finding says, residue around the story, and the story's own short
/// lines, tables and lists inside it (under its last paragraph: TrailingSectionsTests). ArticleHeadTests,
/// TrailingSectionsTests, GlueWordsTests, ChromePatternsTests and ChromePatternGuardsTests hold the cases of one part
/// of the plugin each.
/// </summary>
public sealed class BoilerplateFinderTests
{
    [Fact]
    public void Rule_examples_hold() => Verifier.VerifyRuleExamples();

    [Fact]
    public void Navigation_share_and_legal_lines_around_the_story_are_boilerplate()
    {
        Verify($"{{|BP0001:Home / Local / Harbour|}}\n\nHarbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Share on Facebook|}}\n{{|BP0001:Related posts|}}\n\n{{|BP0001:© 2026 The Alderwick Courier. All rights reserved.|}}");
    }

    [Fact]
    public void A_short_line_inside_the_story_is_content()
    {
        Verify($"{Body}\n\nHe declined to comment.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_story_under_a_results_heading_and_after_an_embedded_posts_counter_stays()
    {
        Verify($"{Body}\n\n## Latest results\n\nHarbour Town 2 Quay Rovers 1\n\nKelso Rivermen 4-2 Dunmore Wolves\n\nHarbour Hawks 3-1 Ardmore Flyers\n\nFellside Foxes 2-5 Saltmoor Seals\n\nThe next round of fixtures is on New Year's Day.\n\n> The slipway was packed again this morning.\n{{|BP0001:> 318 likes|}}\n\nThe club has 86 members.\n\nIts chair, Ryan Haddow, disagreed.\n\n{{|BP0001:For more information, please contact:|}}\n\nJean Pirie, fair secretary, on 01234 567890.\n\nFor more information, please contact the school office.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_listed_phrase_that_starts_with_an_icon_needs_the_icon()
    {
        Verify($"{Body}\n\nLive music returns in June.\n\n{{|BP0001:● Live: the mayor answers questions|}}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_last_entry_of_a_live_page_keeps_its_line_up()
    {
        Verify("Harbour Town 1-0 Quay Rovers: late header settles the derby\n"
            + "16:52\nFULL TIME: Harbour Town 1-0 Quay Rovers. A late header from the captain settles a tight derby at the quay.\n"
            + "16:40\nGOAL! Harbour Town 1-0 Quay Rovers. The captain rises highest at the back post and heads in from the corner.\n"
            + "15:02\nKick-off at the quay, where more than two thousand have turned out on a cold and windy afternoon.\n"
            + "14:10\nTeam news. Harbour Town: Pell; Marr, Oduya, Fenn, Lusk; Tarrant, Ives, Roe; Amis, Hale, Stott.\n"
            + "Subs: Baird, Carr, Delve.\nPossession: 52% – 48%\nCorners: 6 – 3\n"
            + "{|BP0001:Share this live text|}");
    }

    [Fact]
    public void A_sponsors_line_wrapped_onto_the_next_lines_takes_them_along()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:This week's issue is supported by Fernleigh Garden Centre. Autumn\nbulb season is here, and our team can help you plan a border that\nflowers from February to May.|}}\n\nThe harbour master said the first stones would be lifted in the second week of May.");
    }

    [Fact]
    public void A_players_controls_head_no_section_over_the_transcript()
    {
        Verify($"{Body}\n\n{{|BP0001:▶ Play episode|}}\n{{|BP0001:00:00 / 38:12|}}\n\nTranscript\nThis transcript has been edited for length.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_reviews_sentence_about_accepting_cookies_stays_but_the_banners_button_goes()
    {
        Verify($"{Body}\n\nSetting up is simple, but the companion app asks you to accept cookies before it will pair with a phone.\n\n{{|BP0001:Accept cookies|}}");
    }

    // One word of a form may be a story's own heading, list item or table header: "Deposit", "From | To".
    [Fact]
    public void A_forms_words_in_the_story_are_content()
    {
        Verify($"{Body}\n\n## Deposit\n\nA letting agent can ask only for the following:\n\n- Deposit\n- First month's rent\n- Postcode\n\n| From | To |\n|---|---|\n| Hollin Bridge | Crane Street |\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    // The second DOI's link reads as Catalan ("cel"): the letters of its target counted to 20 and made it foreign chrome.
    [Theory]
    [InlineData("10.5555/harbour.2026.0031")]
    [InlineData("10.5555/cel.2026.0031")]
    public void A_papers_doi_under_its_reference_is_the_storys(string doi)
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n## Reference\nLindqvist, M. & Ruiz, A. (2026). Storm loads on rubble sea walls. *Coastal Engineering Letters* 9, 14–29.\nDOI: [{doi}](https://doi.org/{doi})\n\n{{|BP0001:© 2026 The Harbour Courier. All rights reserved.|}}");
    }

    [Fact]
    public void A_correction_under_a_link_is_the_storys()
    {
        Verify($"# Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:* [The Harbour Trust](https://harbourtrust.example.org)|}}\nCorrection: In the episode we said the wall was built in 1931. It was built in 1913.\n\n{{|BP0001:⏪ 15s · 1x · ⏩ 30s · ⬇ Download MP3 (48 MB)|}}\n{{|BP0001:© 2026 Brackwater Audio|}}");
    }

    [Fact]
    public void A_story_about_coverage_that_has_ended_keeps_its_words()
    {
        Verify($"# Free-to-air coverage has ended for the harbour regatta\n\n{Body}\n\nFor most viewers, live coverage has ended, though the club said highlights would stay online. One fan wrote that the stream now reads: This live page is no longer being updated.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_story_line_saying_visitors_enjoyed_this_years_festival_stays_but_the_pitch_goes()
    {
        Verify($"{Body}\n\nVisitors said they enjoyed this year's festival more than ever.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Enjoyed this? Members get every issue in print and online, and our archive of forty years.|}}");
    }

    [Fact]
    public void A_table_of_figures_in_the_story_stays()
    {
        Verify($"{Body}\n\nParty | Seats | Change\nCivic Alliance | 15 | -6\nGreen | 9 | +4\n\nPos  Name           Played  Weight\n1    Ann Pike       6       48lb\n2    Bo Lind        6       41lb\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_next_item_of_a_numbered_list_in_the_story_stays_though_its_words_read_as_a_menus()
    {
        Verify($"{Body}\n\nSources\n1. Harbour Board survey of the northern wall, spring 2025, carried out by the board's own divers and engineers.\n2. Marsh Institute (2023). Quay Stones Review. Technical report MI-TR-23-07.\n\n{{|BP0001:© 2026 Harbour Courier|}}");
    }

    [Fact]
    public void A_reports_sections_of_results_after_its_last_paragraph_stay_but_a_widgets_heading_over_links_goes()
    {
        Verify($"# Harbour schools share the cross-country honours\n\n{Body}\n\n## Boys under 16\n1. Tom Berg (Quay School) 15:09\n2. Ari Lind (Hill Academy) 15:22\n{Plan}\n\n## Girls under 16\n1. Ana Ruiz (Quay School) 14:51\n2. Mia Holt (Hill Academy) 15:02\n\n## Team points\nQuay School 38; Hill Academy 61; Marsh College 90.\n\n{{|BP0001:## More sport\n* [Rovers sign a new goalkeeper](/sport/rovers)|}}");
    }

    [Fact]
    public void A_box_score_of_the_teams_the_story_names_stays_with_its_scorers()
    {
        Verify($"Harbour Rovers reach the final\n\nHarbour Rovers beat Quay United 21-18 on Saturday to reach the county final for the first time since 1998.\n\n{Plan}\n\n## Box score\n\n| | 1 | 2 | F |\n|---|---|---|---|\n| Harbour Rovers | 12 | 9 | 21 |\n| Quay United | 10 | 8 | 18 |\n\n**Rovers:** Berg 9, Lind 7, Holt 5.\n**United:** Ruiz 10, Pike 8.");
    }

    [Fact]
    public void A_box_score_over_the_sites_standings_and_buttons_stays_but_they_go()
    {
        Verify($"Harbour Rovers reach the final\n\nHarbour Rovers beat Quay United 21-18 on Saturday to reach the county final for the first time since 1998.\n\n{Plan}\n\n## Box score\n\n| | 1 | 2 | F |\n|---|---|---|---|\n| Harbour Rovers | 12 | 9 | 21 |\n| Quay United | 10 | 8 | 18 |\n\n**Rovers:** Berg 9, Lind 7, Holt 5.\n**United:** Ruiz 10, Pike 8.\n\n"
            + "{|BP0001:## League standings\n| Team | P | W | L | Pts |\n|---|---|---|---|---|\n| Marsh Town | 10 | 9 | 1 | 18 |\n| Hill Athletic | 10 | 8 | 2 | 16 ||}\n\n{|BP0001:[Share on Facebook](#) · [Post on X](#) · [Email](#)|}\n\n{|BP0001:© 2026 Harbour Courier. All rights reserved.|}");
    }

    [Fact]
    public void A_label_and_its_value_right_under_the_last_paragraph_is_no_teaser()
    {
        Verify($"{Body}\n\n{Plan}\nOrganiser: Harbour Heritage Society\n\n{{|BP0001:Lifeboat crew rescue two walkers cut off by the tide\n\nFerry fares to rise in spring as fuel costs climb\n\nNew bakery opens on the quay after a year of delays|}}");
    }

    [Fact]
    public void Figures_parted_by_dots_are_not_a_menu()
    {
        Verify($"{Body}\n\nFor 312 · Against 308 · Abstained 11\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void Lines_wrapped_out_of_one_paragraph_are_read_as_one()
    {
        Verify("A shoebox-sized satellite built by engineering\nstudents at the university has sent its first\nsignal from orbit, the university said on Monday,\ntwo days after it was launched from the north.\n\n{|BP0001:NNNN|}");
    }

    [Fact]
    public void A_pull_quote_repeating_the_story_is_boilerplate()
    {
        Verify($"{Body}\n\n\"We have waited for this wall for ten long years,\" said one trader. \"Now we can plan the summer.\"\n\n{{|BP0001:> \"We have waited for this wall for ten long years. Now we can plan the summer.\"|}}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void Windows_line_endings_change_nothing()
    {
        Verify($"{{|BP0001:Home / Local / Harbour|}}\r\n\r\n{Body}\r\n\r\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\r\n\r\n{{|BP0001:Share on Facebook|}}\r\n");
    }

    [Fact]
    public void An_article_in_chinese_is_not_taken_for_page_residue()
    {
        Verify("港口委员会周二投票决定在冬季风暴来临之前重建港口防波堤，工程将于五月开始。\n\n居民们在周三晚上的会议上对这一决定表示欢迎，工程师们在会上解释了这项计划。\n\n{|BP0001:分享到微信|}");
    }

    [Fact]
    public void An_empty_or_blank_article_has_no_findings()
    {
        Verify(string.Empty);
        Verify("\n  \n\t\n");
    }

    [Theory]
    [InlineData("Home / Local / Harbour", "breadcrumb", 0.95, "listed")]
    [InlineData("Share", "share", 0.9, "glued to the text")]
    public void A_finding_says_its_category_how_sure_and_why(string residue, string category, double confidence, string reason)
    {
        var finding = BoilerplateUnderTest.Verifier.Analyze($"{residue}{(residue == "Share" ? string.Empty : "\n\n")}{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.")
            .First(d => d.Id == "BP0001");
        (finding.Properties["category"], finding.Properties["confidence"], finding.Properties["reason"]).ShouldBe((category, (object)confidence, reason));
    }

    [Fact]
    public void Sections_pull_quotes_and_copies_of_the_title_say_why_they_are_residue()
    {
        var findings = BoilerplateUnderTest.Verifier.Analyze($"Harbour Wall To Be Rebuilt\n\nHARBOUR WALL TO BE REBUILT\n\n{Body}\n\n\"We have waited for this wall for ten long years,\" said one trader. \"Now we can plan the summer.\"\n\n> \"We have waited for this wall for ten long years. Now we can plan the summer.\"\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nRelated posts\nFerry fares to rise in spring\n")
            .Where(d => d.Id.StartsWith("BP", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Properties["category"]} {d.Properties["confidence"]} {d.Properties["reason"]}");
        findings.ShouldBe([
            "BP0002 duplicate-title 0.95 a copy of the title",
            "BP0001 other 0.85 a pull quote repeating the story",
            "BP0001 related 0.88 listed",
        ]);
    }

    [Fact]
    public void A_scorecards_line_of_names_and_figures_read_as_another_language_with_little_confidence_stays()
    {
        Verify($"{Body}\n\nThe last five wickets fell for 31 runs, and the cup went back to the valley for the first time since 2009.\n\nScorecard\nHalden Vale 276-7 (50 overs)\nR Okafor 112, J Penhale 58, K Dunmore 31\nS Whitlow 3-41, A Brightwell 2-55\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_league_tables_rows_and_a_scores_ticker_are_widgets()
    {
        Verify("{|BP0001:Latest scores: Harbour Rovers 24-20 Quay Wolves (FT) · Lighthouse RFC 13-13 Dock Street (FT)|}\n\n"
            + $"{Body}\n\n{Plan}\n\n{{|BP0001:1. Harbour Rovers · P 12 · Pts 47\n2. Quay Wolves · P 12 · Pts 44\n3. Lighthouse RFC · P 12 · Pts 36|}}");
    }

    [Theory]
    [InlineData("Portrait: Ana Ruiz for The Harbour Review")]
    [InlineData("Ảnh: Tạ Quang Vinh")]
    public void A_portraits_or_a_portals_photo_credit_under_a_caption_is_found(string credit)
    {
        Verify($"# Harbour wall to be rebuilt before winter\nBy Mara Lindqvist\n4 December 2026\n\n*The harbour master on the old wall at low tide.*\n{{|BP0001:{credit}|}}\n\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_live_pages_note_on_who_writes_it_is_about_the_site()
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:This live page is written by journalists in the Harbour Radio newsroom. We correct mistakes as soon as we find them.|}}");
    }

    [Fact]
    public void A_table_of_opening_hours_in_the_story_is_kept()
    {
        Verify($"{Body}\n\n{Plan}\nVenue | Area | Open\nHarbour Library | Quayside | Mon to Sat, 10am to 4pm\nSeamen's Mission | Old Town | Tue and Thu, 11am to 3pm\nLifeboat Station | Headland | Sat, 10am to 2pm\n"
            + "The other venues are listed on the noticeboard in the harbour office.");
    }

    [Fact]
    public void A_table_of_road_works_with_durations_in_its_cells_is_kept()
    {
        Verify($"{Body}\n\n{Plan}\nA38 | Harbour Road | Lane closures for 6 weeks\nB3221 | Quay Street | Full closure for 3 weeks\nA390 | Station Hill | Temporary lights for 2 months\n"
            + "The council said the work would be finished before the summer.");
    }

    [Fact]
    public void A_table_of_place_names_and_figures_is_the_storys_whatever_language_its_names_read_as()
    {
        Verify($"{Body}\n\nThe breakdown, as announced on Friday, is:\n| Project | Town | Units | Est. waiting time |\n|---|---|---:|---|\n"
            + $"| Kembara Ridge | Kembara | 1,640 | 3 yrs 2 mths |\n| Kembara Quays | Kembara | 1,280 | 3 yrs 6 mths |\n| Selasih Vista | Tanjong Selasih | 1,850 | 3 yrs 9 mths |\n\n{Plan}");
    }
}
