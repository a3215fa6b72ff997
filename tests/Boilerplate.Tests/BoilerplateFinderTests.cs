namespace Boilerplate.Tests;

public sealed class BoilerplateFinderTests
{
    private const string Body = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, and the work will start in May.";

    private const string Plan = "The engineers told the meeting that the new wall would be built of granite from the old quarry, and that the harbour would stay open to boats while the work went on.";

    private static void Verify(string markup) => BoilerplateUnderTest.Verifier.Verify(markup);

    [Fact]
    public void Rule_examples_hold() => BoilerplateUnderTest.Verifier.VerifyRuleExamples();

    [Fact]
    public void A_headline_repeated_in_another_letter_case_is_a_copy_even_when_it_is_a_question()
    {
        Verify($"Will The Harbour Wall Hold Another Winter?\n\n{{|BP0002:Will the harbour wall hold another winter?|}}\n\n{Body}\n\nThe mayor said the cost would be shared.");
    }

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
    public void A_widget_word_glued_to_the_first_word_is_split_off_and_the_paragraph_stays()
    {
        Verify($"{{|BP0001:Share|}}{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.{{|BP0001:Read more|}}");
    }

    [Fact]
    public void A_widget_word_in_capitals_glued_to_the_last_sentence_is_split_off_and_the_paragraph_stays()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.{{|BP0001:ADVERTISEMENT|}}");
    }

    [Fact]
    public void A_sentence_of_chrome_run_on_to_a_sentence_ending_in_a_figure_is_split_off()
    {
        Verify($"{Body}\n\nThere are 44 plots on the site and a waiting list of 17.{{|BP0001:Get the Courier in your inbox every Thursday — sign up free|}}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_story_under_a_results_heading_and_after_an_embedded_posts_counter_stays()
    {
        Verify($"{Body}\n\n## Latest results\n\nHarbour Town 2 Quay Rovers 1\n\nKelso Rivermen 4-2 Dunmore Wolves\n\nHarbour Hawks 3-1 Ardmore Flyers\n\nFellside Foxes 2-5 Saltmoor Seals\n\nThe next round of fixtures is on New Year's Day.\n\n> The slipway was packed again this morning.\n{{|BP0001:> 318 likes|}}\n\nThe club has 86 members.\n\nIts chair, Ryan Haddow, disagreed.\n\n{{|BP0001:For more information, please contact:|}}\n\nJean Pirie, fair secretary, on 01234 567890.\n\nFor more information, please contact the school office.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void Results_and_ratings_after_the_story_are_not_taken_for_other_stories_headlines()
    {
        Verify($"{Body}\n\nCaptain Jonas Pirie scored twice in the second period, and goalkeeper Evan Marchetti made 34 saves as the Wolves pressed late.\n\nKelso Rivermen 4 Dunmore Wolves 2\n\nHarbour Hawks 3 Ardmore Flyers 1\n\nRivermen: Marchetti 8, Pirie 9, Osei 7, Brand 6, Lindqvist 7");
    }

    [Fact]
    public void A_listed_widget_word_is_split_off_at_both_ends_of_one_line()
    {
        Verify($"{{|BP0001:Comments|}}{Body}{{|BP0001:Continue reading|}}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_widget_word_in_capitals_is_split_off_before_a_capitalized_word()
    {
        Verify($"{{|BP0001:ADVERTISEMENT|}}{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("GoFundMe pages for the harbour wall raised more than the council expected within a week.")]
    [InlineData("PlayStation owners in the town queued outside the shop before dawn on Tuesday morning.")]
    [InlineData("What do the traders on the quay want from the council after all these years? More.")]
    [InlineData("As the storm arrived, the harbour master shouted \"Help!\"")]
    [InlineData("The captain thanked the crew of the Russian trawler in their own language: «Спасибо, друзья»")]
    [InlineData("“Watch out for the waves,” she said.")]
    [InlineData("The figures were published in March.Updated figures are due in May.")]
    [InlineData("McDonaldTrust grants went to the harbour school and the lifeboat station.")]
    [InlineData("The school has 412 pupils, up from 380 in 2019.Anna Brand is a teacher at the school and has run its garden club for 12 years.")]
    public void A_short_widget_word_is_not_cut_from_the_story(string line)
    {
        Verify($"{line}\n\n{Body}");
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
    public void A_bulletin_opens_with_its_greeting_and_the_first_line_of_a_wrapped_paragraph()
    {
        Verify("{|BP0001:==================================================|}\nSpring news: the harbour wall is finally finished\n{|BP0001:==================================================|}\n\n"
            + "Dear neighbours,\n\nSpring is here, the boats are back on the slipway and the wall,\nafter two long winters of work, is finished at last this month.\n\n"
            + "The council thanked everyone who put up with the noise, and said the quay would reopen to cars in May.");
    }

    [Fact]
    public void A_sentence_of_chrome_run_on_to_the_last_sentence_is_split_off()
    {
        Verify($"{Body}\n\nThe crew were cold but unhurt, the harbour master said on Wednesday night.{{|BP0001:Get the Harbour Today newsletter: the coast's news in your inbox every morning.|}}");
    }

    [Fact]
    public void A_word_in_capitals_that_only_begins_like_a_widget_word_stays()
    {
        Verify($"SHAREHOLDERS of the harbour company voted on Tuesday to pay for the new wall before the winter storms arrive.\n\n{Body}");
    }

    [Theory]
    [InlineData("{|BP0001:Новости региона|}The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, and the work will start in May.")]
    [InlineData("The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, and the work will start in May.{|BP0001:詳しくはこちら|}")]
    public void Words_of_another_script_glued_to_a_paragraph_are_split_off(string line)
    {
        Verify($"{line}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_short_chinese_widget_word_is_not_cut_from_a_chinese_word()
    {
        Verify("广告业者周二表示，港口委员会决定在冬季风暴来临之前重建港口防波堤，工程将于五月开始。\n\n居民们在周三晚上的会议上对这一决定表示欢迎，工程师们在会上解释了这项计划。");
    }

    [Fact]
    public void The_head_title_byline_and_date_stay_and_a_portals_menu_in_another_language_goes()
    {
        Verify($"{{|BP0001:Главные новости дня\nВсе рубрики сайта и архив публикаций|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n6 March 2024\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_date_and_time_of_publishing_under_the_byline_is_the_articles_own()
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\nThursday 6 March 2025, 4:12pm\n{{|BP0001:Updated 38 minutes ago|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_short_markdown_title_and_an_unlisted_widget_under_the_head_leave_the_head_whole()
    {
        Verify($"{{|BP0001:* [News](/news) * [Sport](/sport) * [Weather](/weather)|}}\n\n# The wall\nBy Mara Lindqvist\n6 March 2025\n{{|BP0001:Pass it on|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_date_with_a_month_in_another_script_under_the_byline_is_the_articles_own()
    {
        Verify($"{{|BP0001:ข่าวภาษาอังกฤษ|}}\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n4 ธันวาคม 2569\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("[Facebook](#) [X](#) [WhatsApp](#) [Email](#)")]
    [InlineData("[Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcourier.example%2Fwall) [X](https://x.com/intent/post?url=https%3A%2F%2Fcourier.example%2Fwall) [WhatsApp](https://wa.me/?text=Harbour%20wall) [Email](mailto:?subject=Harbour%20wall)")]
    public void A_row_of_linked_buttons_under_the_date_is_found(string row)
    {
        Verify($"# Harbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\nMonday 30 November 2026\n{{|BP0001:{row}|}}\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_title_of_three_words_over_the_date_stays_with_it()
    {
        Verify($"{{|BP0001:Home › About us › Corrections|}}\nCorrections and clarifications\nSaturday 5 December 2026\n{Body}\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_byline_and_date_under_a_standfirst_that_reads_as_the_body_stay()
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\nTraders, engineers and the council spent six years arguing over the stones of the old quay.\nBy Mara Lindqvist\n12 March 2025, 16:05\n{{|BP0001:Updated 2 hours ago|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_linked_byline_and_a_date_with_its_time_under_a_standfirst_stay()
    {
        Verify($"# Harbour Wall To Be Rebuilt Before Winter\nTraders, engineers and the council spent six years arguing over the stones of the old quay.\nBy [Dr Mara Lindqvist](/authors/mara-lindqvist)\nPublié le 4 avril 2024 à 07h12\n{{|BP0001:6 min read|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_wire_storys_currency_conversion_stays_above_its_credits()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n($1 = 3.94 zlotys)\n\n{{|BP0001:(Reporting by Mara Lindqvist; Editing by Tom Hale)|}}");
    }

    [Fact]
    public void The_writers_picture_and_bare_name_over_the_date_under_a_standfirst_leave_the_name_in_the_head()
    {
        Verify($"# The ladder\nIt came back last week, freshly painted, with a note in the careful hand of the neighbour who had borrowed it for one weekend in the spring eleven years ago.\n{{|BP0001:![Mara Lindqvist](/img/columnists/mara-lindqvist-200.jpg)|}}\nMara Lindqvist\n12 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_writers_linked_name_over_the_date_is_the_heads()
    {
        Verify($"{{|BP0001:[Harbour Gazette](https://gazette.example/)\n[Subscribe](https://gazette.example/subscribe)|}}\n\n# The ferry that only sails when the tide agrees\n### A week on the island, and your letters about sea glass\n[Mara Lindqvist](https://gazette.example/@mara)\nMar 14, 2025\n{{|BP0001:[Share](https://gazette.example/p/ferry?utm_medium=share)|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_newsletters_parting_line_and_the_writers_first_name_stay()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nUntil next week,\nMara\n{{|BP0001:[Leave a comment](https://gazette.example/p/wall/comments)\n[Share](https://gazette.example/p/wall?utm_medium=share)|}}");
    }

    [Fact]
    public void The_footer_under_a_newsletters_sign_off_is_boilerplate_but_a_postscript_stays()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nTight lines,\nPat Gorringe, Hon. Secretary\nP.S. The quiz night moves to the Anchor on the 14th.\n\n{{|BP0001:The Harbour Anglers are a members' club that looks after four miles of the river and the canal basin.\nThe Float goes to members who asked for club news by email, and to nobody else.|}}");
    }

    [Fact]
    public void Prose_under_the_copyright_line_is_boilerplate()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:© 2026 The Alderwick Courier\nThe Courier was founded by a printer in 1871 and has kept the same office on Quay Street ever since.|}}");
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
    public void The_pages_title_with_the_sites_name_is_a_copy_of_the_headline()
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0002:Harbour wall to be rebuilt before winter | The Alderwick Courier|}}");
    }

    [Fact]
    public void A_feed_readers_footer_and_a_results_ticker_are_boilerplate()
    {
        Verify($"{Body}\n\n{{|BP0001:CIV 15 · GRN 9 · IND 6 · Majority needed: 22|}}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:The post Harbour wall to be rebuilt before winter appeared first on Alderwick Courier.|}}");
    }

    [Fact]
    public void A_reviews_sentence_about_accepting_cookies_stays_but_the_banners_button_goes()
    {
        Verify($"{Body}\n\nSetting up is simple, but the companion app asks you to accept cookies before it will pair with a phone.\n\n{{|BP0001:Accept cookies|}}");
    }

    [Fact]
    public void About_the_union_heads_the_unions_profile_but_about_the_inquiry_heads_the_story()
    {
        Verify($"{Body}\n\nAbout the Covid inquiry\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:About the union\nThe Harbour Workers' Union represents more than 9,000 members in ports along the coast.|}}");
    }

    [Fact]
    public void A_story_line_that_reads_like_a_sign_off_ends_nothing()
    {
        Verify($"{Body}\n\nThe last message she sent read:\nSee you soon,\nJess\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nBut first,\nThe Big Picture\n\nThe harbour master said the first stones would be lifted in the second week of May, weather allowing.");
    }

    [Fact]
    public void A_credit_with_a_copyright_sign_under_a_picture_goes_but_opens_no_section()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:The harbour wall in 1911. Photograph: © Alderwick Museum|}}\nHe said it was fine.\n\nThe harbour master said the first stones would be lifted in the second week of May, weather allowing.\n\nThe ferry company said its timetable would not change while the work on the old quay went on.");
    }

    [Fact]
    public void A_sub_heading_that_starts_with_the_headline_stays()
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nHarbour wall to be rebuilt before winter – what it means for the ferry\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_press_releases_headline_stated_again_over_the_body_is_the_copy()
    {
        Verify($"{{|BP0001:FOR IMMEDIATE RELEASE|}}\n\nHarbour Wall To Be Rebuilt Before Winter, Creating 40 Jobs\nThe four-million contract goes to a local builder, with work to start in May\n\n{{|BP0001:News provided by|}}\nAlderwick Harbour Board\n{{|BP0001:Share this article|}}\n\n{{|BP0002:Harbour Wall To Be Rebuilt Before Winter, Creating 40 Jobs|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_lead_picture_between_the_head_and_the_body_is_no_headline()
    {
        Verify($"{{|BP0001:* [News](/news) * [Sport](/sport) * [Weather](/weather)|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\n\nBy Mara Lindqvist\n6 March 2025\n{{|BP0001:Share: [Facebook](#) · [X](#) · [Email](#)|}}\n\n![Workers lift the last stones of the old harbour wall onto a barge](/img/wall.jpg)\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_table_of_figures_between_the_head_and_the_body_leaves_both_whole()
    {
        Verify($"{{|BP0001:[News](/news) | [Fixtures](/fixtures) | [Tickets](/tickets) | [Shop](/shop)|}}\n\n# Harbour Rovers Hold On To Beat Quayside\nRovers 84–79 Quayside · Harbour Arena\nSaturday 25 January 2025\nReport: Mara Lindqvist\n\n| Team | Q1 | Q2 | Final |\n|---|---|---|---|\n| Rovers | 22 | 19 | 84 |\n| Quayside | 18 | 25 | 79 |\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_share_row_ending_in_a_mail_link_under_a_long_standfirst_leaves_the_head_whole()
    {
        Verify($"{{|BP0001:[Study](/study) · [Research](/research) · [About](/about)|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\nPublished on 22 May 2025\nThe four-million contract goes to a local builder, with work to start in May and the quay open all summer\n\n{{|BP0001:Share: [Facebook](https://facebook.example/sharer) [Email](mailto:)|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_date_in_the_portals_language_under_a_signature_in_bold_is_the_dateline()
    {
        Verify($"{{|BP0001:Kurier Zatokowy – wiadomości z Wybrzeża|}}\n{{|BP0001:Strona główna | Wiadomości | Region | Biznes | Sport | Kultura | Pogoda | English|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\nThe council will spend four million on the old quay as engineers warn of another winter of storms\n**Staff Correspondent, Kelso**\nOpublikowano: 4 grudnia 2026, 11:30\n{{|BP0001:Aktualizacja: 4 grudnia 2026, 14:10, po rozmowie z rzecznikiem urzędu|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_date_written_year_first_under_the_writers_name_is_the_dateline()
    {
        Verify($"{{|BP0001:Kurier Zatokowy – wiadomości z Wybrzeża|}}\n{{|BP0001:Strona główna | Wiadomości | Region | Biznes | Sport | Kultura | Pogoda | English|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\nThe council will spend four million on the old quay as engineers warn of another winter of storms\nKrzysztof Wierzbicki, Kołobrzeg\n2026. gada 3. decembris, 10:20\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_byline_and_date_under_a_headline_stated_twice_stay_with_it()
    {
        Verify($"{{|BP0001:Valley Now\nTop stories | Local | Councils | Business | Sport|}}\n\nHarbour Wall To Be Rebuilt Before Winter\n{{|BP0001:Alderwick Courier|}}\nBy Mara Lindqvist, Council Reporter\n4 December 2026, 5:30pm\n{{|BP0001:Republished from the Alderwick Courier under a content-sharing agreement.|}}\n{{|BP0002:Harbour Wall To Be Rebuilt Before Winter|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_journey_planner_a_calculator_and_a_branch_finder_under_the_story_are_forms()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Plan my journey\n\n## Mortgage calculator\nCalculate\n\n## Find your branch\nEnter your postcode|}}");
    }

    // One word of a form may be a story's own heading, list item or table header: "Deposit", "From | To".
    [Fact]
    public void A_forms_words_in_the_story_are_content()
    {
        Verify($"{Body}\n\n## Deposit\n\nA letting agent can ask only for the following:\n\n- Deposit\n- First month's rent\n- Postcode\n\n| From | To |\n|---|---|\n| Hollin Bridge | Crane Street |\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_box_of_key_points_under_the_date_leaves_the_head_above_it_whole()
    {
        Verify($"{{|BP0001:News | Sport | Weather | Local\n\nLIVE|}}\n{{|BP0001:This page was a live page. Coverage has now ended.|}}\nHarbour Wall To Be Rebuilt Before Winter\nThe council will spend four million on the old quay as engineers warn of another winter of storms\nMara Lindqvist and Tomas Berg\nWednesday 2 December 2026, 07:15 GMT\n{{|BP0001:Updated 2 hours ago|}}\n\nKey points\nThe harbour wall will be rebuilt before the winter storms, the council says\nWork starts in May and the quay stays open all summer\nA local builder won the four-million contract\n\n{{|BP0001:Play video|}}\nDrone footage of the old harbour wall\n{{|BP0001:Duration 1:48\nThis video can not be played. To play this video you need to enable JavaScript in your browser.|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_heading_of_a_box_of_points_under_the_date_is_the_storys()
    {
        Verify($"{{|BP0001:The Quay Evening Post\nNews   Sport   What's On   Business   Opinion|}}\n{{|BP0001:Home › News › Weather|}}\n{{|BP0001:This live coverage has now ended|}}\n\nHarbour flooding: tide peaks overnight as 90 homes evacuated\nBy Mara Lindqvist and Tomas Berg\nWednesday 2 December 2026, 07:15 GMT\n{{|BP0001:Updated 3 hours ago|}}\n\nWhat we know\nThe tide peaked at 5.2 metres at the harbour wall at about 03:10\n90 homes on Quay Street and Rope Walk were evacuated\nNobody has been reported hurt\nA rest centre at the sailing club stays open today\nThe coast road remains shut between the quay and the lighthouse\n{{|BP0001:Share|}}Residents spent the night on camp beds in the sailing club after the tide broke over the wall, and the council said the clean-up would take weeks.\nOur live coverage ran through the night. This page sums up what happened and what comes next.\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("Newsdesk")]
    [InlineData("Redacció")]
    public void A_desks_one_word_byline_over_the_date_leaves_the_head_whole(string desk)
    {
        Verify($"{{|BP0001:[Home](/) [News](/news) [Sport](/sport)|}}\n\nHarbour Wall To Be Rebuilt Before Winter\n\n{desk}\n\n5 March 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_box_of_match_facts_under_the_report_is_the_storys()
    {
        Verify($"# Rovers End Their Losing Run Against Quayside\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n## Match facts\n**Harbour Rovers (4-4-2):** Pell; Orrin, Kaye, Addo, Fenwick; Dyer, Lomax, Akinola, Reyes; Mbeki, Varga.\n**Goals:** Addo 23, Mbeki 71; Quint 49\n**Attendance:** 14,208\n**Referee:** Colm Varley\n\n{{|BP0001:Share this report: [Facebook](#) [X](#) [WhatsApp](#)|}}\n{{|BP0001:© Touchline Media 2026|}}");
    }

    [Theory]
    [InlineData("27 November 2026 · Harbour stories")]
    [InlineData("3 Dec 2026 · 16:40 CET")]
    public void A_date_among_items_under_the_headline_is_no_teaser(string date)
    {
        Verify($"{{|BP0001:[Home](/) · [News](/news) · [Sport](/sport) · [Weather](/weather)|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\n{date}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_newsletters_row_of_name_issue_and_date_over_the_title_is_its_dateline_and_the_masthead_above_is_not()
    {
        Verify($"{{|BP0001:HARBOUR STREET SCHOOL\nLearning by the sea, together|}}\nNewsletter · Issue 9 · Friday 4 December 2026\n\nHarbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_gallerys_counters_a_comment_count_heading_and_a_wire_feed_notice_are_boilerplate()
    {
        Verify($"{Body}\n\n{{|BP0001:Photo 2 of 5|}}\n\nVolunteers carry the first stone down to the slipway.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:This story was published from a syndicated feed and has not been edited by our staff.|}}\n\n{{|BP0001:**Harbour talk (3 comments)**|}}");
    }

    [Fact]
    public void A_markdown_title_and_its_date_over_share_links_and_the_first_letters_heading_stay()
    {
        Verify($"{{|BP0001:[Home](/) › [Opinion](/opinion) › [Letters](/letters)|}}\n\n# Letters: the harbour wall, the ferry and a thank-you\nEdited by Mara Lindqvist\nThursday 3 December 2026\n{{|BP0001:[Share on Facebook](https://share.example/fb) [Share by email](mailto:?subject=Letters)|}}\n\n**Rebuild the wall now**\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_podcasts_episode_number_date_and_length_under_its_title_are_its_dateline()
    {
        Verify($"{{|BP0001:[Podcasts](/podcasts) › [Harbour Hour](/podcasts/harbour-hour)|}}\n\n# Episode 12: The harbour wall\nEpisode 12 · 30 November 2026 · 38 min\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void An_issue_row_over_a_short_title_leaves_the_title_and_the_byline_in_the_head()
    {
        Verify($"Newsletter · Issue 9 · Friday 4 December 2026\n\nSports Day Moved\nBy Ana Ruiz\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_podcasts_masthead_above_its_episode_row_is_not_the_head()
    {
        Verify($"{{|BP0001:THE HARBOUR HOUR\nStories from the sea wall, every Sunday|}}\nEpisode 48 · 30 November 2026 · 38 min\n\nThe Tunnels Under Lowmarsh Station\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_masthead_above_an_issue_row_and_a_short_title_is_not_the_head()
    {
        Verify($"{{|BP0001:HARBOUR STREET SCHOOL\nLearning by the sea, together|}}\nNewsletter · Issue 9 · Friday 4 December 2026\n\nSports Day Moved\nBy Ana Ruiz\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_row_of_share_links_between_a_title_and_a_sub_heading_leaves_the_sub_heading_and_the_byline()
    {
        Verify($"# Harbour Notebook\nThursday 3 December 2026\n{{|BP0001:[Share on Facebook](https://share.example/fb) [Share by email](mailto:?subject=Notes)|}}\n## Tide Tables\nBy Ana Ruiz\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_menu_with_a_number_among_its_items_above_the_title_is_not_the_head()
    {
        Verify($"{{|BP0001:Politics · Westminster · No. 10 · Scotland · Wales|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Ana Ruiz\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void A_magazines_issue_line_over_the_title_is_its_dateline()
    {
        Verify($"{{|BP0001:[Current issue](/issue) · [Archive](/archive) · [Shop](/shop)|}}\n{{|BP0001:[Subscribe](/subscribe) · [Sign in](/login)|}}\n\nIssue 38 · Winter 2026\n# Harbour Wall To Be Rebuilt Before Winter\nThe council will spend four million on the old quay as engineers warn of another winter of storms.\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_writers_name_and_date_under_the_standfirst_stay_when_the_headline_is_repeated_under_the_photo()
    {
        Verify($"{{|BP0001:Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo. Nastavkom pregledavanja pristajete na njihovu upotrebu.|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\nThe council will spend four million on the old quay as engineers warn of another winter of storms\nMarija Vukelić, English desk\nPublished: 01.12.2026. 11:02\n![The old harbour wall at low tide](/slike/wall.jpg)\n{{|BP0002:Harbour Wall To Be Rebuilt Before Winter|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_correction_under_a_link_is_the_storys()
    {
        Verify($"# Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:* [The Harbour Trust](https://harbourtrust.example.org)|}}\nCorrection: In the episode we said the wall was built in 1931. It was built in 1913.\n\n{{|BP0001:⏪ 15s · 1x · ⏩ 30s · ⬇ Download MP3 (48 MB)|}}\n{{|BP0001:© 2026 Brackwater Audio|}}");
    }

    // The date over the section's name is the article's, as the date right over a headline is.
    [Fact]
    public void A_sections_name_between_the_date_and_the_headline_leaves_the_headline_and_the_date_in_the_head()
    {
        Verify($"{{|BP0001:The Alderwick Courier\nHome · News · Sport · Business · Opinion · Contact|}}\n\nThursday, March 12, 2026\n\n{{|BP0001:Local News|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_story_about_coverage_that_has_ended_keeps_its_words()
    {
        Verify($"# Free-to-air coverage has ended for the harbour regatta\n\n{Body}\n\nFor most viewers, live coverage has ended, though the club said highlights would stay online. One fan wrote that the stream now reads: This live page is no longer being updated.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_films_running_time_in_a_reviews_fact_box_is_the_storys()
    {
        Verify($"# The Salt Road review: a slow journey across the marshes\nBy Corin Ashdown\n20 February 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nThe Salt Road is in cinemas from Friday.\nDuration: 1:52");
    }

    [Fact]
    public void A_sites_name_over_the_date_is_no_desk()
    {
        Verify($"{{|BP0001:Home · News · Sport · Business · Opinion · Contact\nServing the harbour and its villages since 1889\nCourier|}}\nThursday 12 March 2026\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("By Mara Lindqvist\nScience reporter")]
    [InlineData("Mara Lindqvist\nSenior health correspondent")]
    [InlineData("Agencies")]
    [InlineData("Mara Lindqvist\nSociety archivist")]
    [InlineData("★★★★\nReviewed by Mara Lindqvist")]
    [InlineData("★★★☆☆ (3/5)\nBy Mara Lindqvist")]
    public void A_role_or_a_desk_between_the_headline_and_the_date_leaves_the_head_whole(string byline)
    {
        Verify($"{{|BP0001:[Home](/) [News](/news) [Sport](/sport)|}}\n\nHarbour Wall To Be Rebuilt Before Winter\n{byline}\n5 March 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void Links_under_bold_labels_after_the_story_are_no_fact_box()
    {
        Verify($"# Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:**Previous:** [Ferry fares to rise in spring](/fares)\n**Next:** [Storm warning for the west coast](/storm)\n**More in News:** [Council tax to rise by 4.9 per cent](/tax)|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_box_of_facts_set_as_a_list_or_with_plain_labels_under_the_report_is_the_storys()
    {
        Verify($"# Rovers End Their Losing Run Against Quayside\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n## Match facts\n* **Harbour Rovers 3** (Addo 12, 40; Mbeki 88)\n* **Quayside 0**\n* Booked: Orrin 55\n* Attendance: 6,120\n\n{{|BP0001:© Touchline Media 2026|}}");
        Verify($"# Rovers End Their Losing Run Against Quayside\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nLine-ups\nHarbour Rovers: Pell; Orrin, Kaye, Addo, Fenwick; Dyer, Lomax; Mbeki, Varga.\nGoals: Addo 12, 40; Mbeki 88.\nQuayside: Dunn; Marr, Tully, Hewer; Oduya, Pask.\nReferee: Colm Varley. Attendance: 6,120.\n\n{{|BP0001:Standings\n1 Harbour Rovers 30 61\n2 Port Ellery 30 58|}}\n\n{{|BP0001:© Touchline Media 2026|}}");
    }

    [Theory]
    [InlineData("ROADWORKS THIS WEEK")]
    [InlineData("ROAD CLOSURES FOR THIS WEEK")]
    [InlineData("## Roadworks this week")]
    [InlineData("**Roadworks this week**")]
    public void A_board_under_its_own_heading_between_the_story_and_a_list_of_teasers_is_not_drawn_into_the_story(string heading)
    {
        Verify($"{Body}\n\n{Plan}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:{heading}|}}\n{{|BP0001:Updated 08:15\nMill Lane — Closed overnight\nQuay Street — Temporary lights\nHarbour Road — Part closed: diversion via Ropewalk\nSee all roadworks|}}\n\n{{|BP0001:Most read\n1. Lifeboat crew called out twice in one night off the point\n2. Bakery on the quay wins a national award for its bread\n3. Council asks residents what they want from the new park|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Theory]
    [InlineData("## Plan your visit")]
    [InlineData("LIVE NETWORK STATUS")]
    [InlineData("**Today's sailings**")]
    public void A_listed_widget_heading_under_the_story_takes_the_facts_under_it(string heading)
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:{heading}\n**Harbour museum:** Wednesday to Sunday, 11am–4pm.\n**Admission:** £3, children free.\n**Parking:** Pay and display on Quay Street.|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_round_up_under_its_own_arrivals_and_departures_headings_stays_the_storys()
    {
        Verify($"# Rovers Reshape Their Squad For The New Season\nBy Mara Lindqvist\n6 July 2025\n\nHarbour Rovers have signed four players and released six this summer as manager Tom Pell reshapes a squad that finished ninth.\n\n## Arrivals\nJack Dyer (Quayside, free)\nSam Mbeki (Port Ellery, undisclosed)\n\n## Departures\nDan Kaye (released)\nLeo Varga (retired)\n\nPell said the squad was nearly complete but he still wanted a left-back.\n\nRovers open the season at home to Quayside on 9 August.\n\n{{|BP0001:© Touchline Media 2026|}}");
    }

    [Fact]
    public void A_storys_list_under_its_own_heading_over_a_list_of_teasers_stays_the_storys()
    {
        Verify($"{Body}\n\n{Plan}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n## Timeline\n- 1892: Pier opens\n- 1987: Storm damage\n- 2026: Rebuilding starts\n\n{{|BP0001:Most read\n1. Lifeboat crew called out twice in one night off the point\n2. Bakery on the quay wins a national award for its bread\n3. Council asks residents what they want from the new park|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void Bulleted_labels_over_links_under_the_story_are_no_box_of_facts()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:* **Previous:** [Ferry fares to rise in spring](/fares)\n* **Next:** [Storm warning for the west coast](/storm)\n* **More in News:** [Council tax to rise](/tax)|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_comment_count_under_the_standfirst_leaves_the_box_of_facts_at_the_foot_in_the_story()
    {
        Verify($"# Rovers End Their Losing Run Against Quayside\nRovers came from behind to beat their neighbours at the Quay Ground and end a run of six defeats in a row.\nBy Mara Lindqvist\n{{|BP0001:23 comments|}}\n\nAddo scored twice in the second half after Quint had given the visitors the lead.\n\nMbeki added a third in the last minute of normal time.\n\nPell said his players had shown real character today.\n\n**Goals:** Addo 23, Mbeki 71; Quint 49\n**Attendance:** 14,208\n**Referee:** Colm Varley\n\n{{|BP0001:© Touchline Media 2026|}}");
    }

    [Theory]
    [InlineData("Harbour Wall")]
    [InlineData("Mara Lindqvist")]
    public void A_short_title_over_a_standfirst_with_the_byline_under_it_is_the_title(string title)
    {
        Verify($"{{|BP0001:[Home](/) [News](/news) [Sport](/sport)|}}\n{{|BP0001:Exclusive|}}\n{title}\nThe wall that has kept the winter sea out of Alderwick harbour since 1911 will be rebuilt stone by stone before the storms of next year.\nBy Ana Ruiz, Harbour Correspondent, in Alderwick\nPublished: Sat 5 Dec 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_broadcasters_head_keeps_its_writer_over_the_times_and_its_labelled_caption()
    {
        Verify($"{{|BP0001:ANALYSIS|}}\nWhy the harbour wall deal fell apart\nAna Ruiz\nHarbour correspondent\n{{|BP0001:3 hours ago\nUpdated 14:05 GMT|}}\n{{|BP0001:Image source, Alderwick Museum|}}\nImage caption, The old quay wall in 1911, before the storms that breached it twice in one winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_label_over_a_standfirst_under_a_full_headline_leaves_the_headline_the_title()
    {
        Verify($"# Council approves £12m harbour wall rebuild\n{{|BP0001:Free to read|}}\nThe wall that has kept the winter sea out of Alderwick harbour since 1911 will be rebuilt stone by stone.\nPublished: 5 December 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_button_with_a_name_over_a_broadcasters_time_is_no_byline()
    {
        Verify($"Why the harbour wall deal fell apart\n{{|BP0001:Follow Ana Ruiz|}}\n{{|BP0001:3 hours ago|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_short_last_line_over_a_widgets_heading_in_capitals_stays_the_storys()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nScoring summary\n1st: 1-0 Addo (Mbeki) 6:41; 2-0 Varga 14:03\n2nd: 2-1 Quint (Orrin) 22:18 PP\n3rd: 3-1 Mbeki 55:57\nShots: Harriers 35, Quayside 29\n\nThe Harriers host Port Ellery Athletic on Friday.\n\n{{|BP0001:NORTHERN DIVISION|}}\n{{|BP0001:1 Alderwick Harriers P 20 Pts 41\n2 Port Ellery P 20 Pts 38|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_short_last_line_and_a_sign_off_over_a_list_of_teasers_stay_the_storys()
    {
        Verify($"{Body}\n\n{Plan}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nThe wall reopens on Friday.\n\nHappy walking.\n*Nell x*\n\n{{|BP0001:Most read\n1. Lifeboat crew called out twice in one night off the point\n2. Bakery on the quay wins a national award for its bread\n3. Council asks residents what they want from the new park|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_link_in_a_box_of_facts_leaves_the_other_facts_in_the_story()
    {
        Verify($"# Rovers End Their Losing Run Against Quayside\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n## Match facts\n**Score:** Harbour Rovers 2 Quayside 1\n**Venue:** [Quay Ground](/venues/quay-ground), Port Ellery\n{{|BP0001:**Report:** [Minute by minute](/sport/live/rovers)|}}\n**Referee:** Colm Varley\n**Attendance:** 3,812\n\n{{|BP0001:© Touchline Media 2026|}}");
    }

    [Theory]
    [InlineData("Article posted 5 March 2026")]
    [InlineData("First published 5 March 2026, 09:30 GMT")]
    [InlineData("Friday, March 6, 2026 - 09:15 (GMT+7)")]
    public void A_date_with_what_was_posted_or_its_time_zone_is_the_heads_date(string date)
    {
        Verify($"{{|BP0001:[Home](/) [News](/news) [Sport](/sport)|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nMara Lindqvist\n{date}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_button_to_write_to_the_reporter_is_no_writers_role()
    {
        Verify($"{{|BP0001:[Home](/) [News](/news) [Sport](/sport)|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n{{|BP0001:Email the reporter|}}\n5 March 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_reporter_and_editor_line_under_the_standfirst_is_the_byline()
    {
        Verify($"{{|BP0001:* [Beranda](/)\n* [Berita Terkini](/terkini)\n* [Nasional](/nasional)|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\nThe council will spend four million on the old quay\nReporter: Dewi Anggraini Salim | Editor: Rahmat Hidayat Putra\nSaturday, 7 September 2024 21:05 WIB\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_headline_repeated_over_the_body_is_the_title_and_a_headline_above_it_stays()
    {
        Verify($"{{|BP0001:News | Sport | Politics | Business\nELECTION 2025 · LIVE RESULTS|}}\nWards declared: 19 of 24\n\nIndependents Take Control Of The Harbour Council\nBy Mara Lindqvist\nFriday, 2 May 2025\n{{|BP0002:INDEPENDENTS TAKE CONTROL OF THE HARBOUR COUNCIL|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_line_of_items_with_the_date_over_the_title_is_its_dateline()
    {
        Verify($"{{|BP0001:Episodes | About the show | Hosts | Contact|}}\n\nSeason 3 · Episode 7 · 14 May 2024\nWho Owns The River? The Harbour Board In Court\nHosted by Mara Lindqvist\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("Wednesday saw 41° in Seville, a record for May, the agency said.")]
    [InlineData("Sunny and 25° on Saturday, the beaches were packed by noon.")]
    [InlineData("FOR SALE signs went up along Main Street as the mill closed its gates.")]
    [InlineData("PUBLIC NOTICES were posted at the town hall on Monday.")]
    [InlineData("More than 200 residents contributed to this report, the commission said.")]
    [InlineData("Ed: We opened the bakery in 1998, when the quay was still busy.")]
    [InlineData("Priya Kandel joined the Echo in 2021 as its first harbour reporter, the paper said.")]
    [InlineData("Join the queue early: membership of the new lido is limited to 500 families this year.")]
    [InlineData("Flood coverage is supported by Flood Re, the government-backed reinsurance scheme.")]
    [InlineData("The value of shares can swing on a single rumour, as Harbour Holdings' investors found on Monday.")]
    [InlineData("“Join the union today – membership is free for apprentices,” the organiser told the rally.")]
    [InlineData("Tom Berg joined the Royal Navy in 1998 and served 20 years. He writes about life at sea in a new memoir.")]
    [InlineData("Maria Lopez travelled at her own expense to Kyiv, where she worked in a field hospital for three months.")]
    [InlineData("Ana Ruiz stayed as a guest of the Harbour Trust while the flood repairs to her cottage went on.")]
    [InlineData("Read the council's plan from page 12, where the costs are set out line by line.")]
    [InlineData("LIVE: Pellham Rovers 24-17 Cardle Town")]
    [InlineData("Lowest price: £1.38 at the Quay Road garage, the motoring group said.")]
    [InlineData("Best price: £249 at Quayside Outdoor, though stock is short.")]
    [InlineData("Under the licensing rules, applicants must place a public notice in a local newspaper for ten working days.")]
    [InlineData("\"Court reports are published in the public interest,\" the editor said.")]
    [InlineData("Produced by Ama Sefton. Mixed by Rob Kettle. Out now on Netloft Records.")]
    [InlineData("- Streaming: Subscribe from £4.99 a month")]
    [InlineData("Sign up for the Met Office email alerts for your area.")]
    [InlineData("\"Our offices close at 5pm, so the queue starts at dawn,\" the harbour master said.")]
    [InlineData("A spokeswoman said: Our offices will close at 3pm today because of the snow.")]
    [InlineData("A: Our offices close at 5pm, so we open the car park to residents overnight.")]
    [InlineData("Our offices close at 5pm, yet the Quay Street car park charges until 8pm. Why?")]
    [InlineData("Have a tip for the taxman? Keep every receipt until the spring.")]
    [InlineData("The returning officer said the result would be delayed by at least half an hour while bundles were checked.")]
    [InlineData("Cuts to energy prices are delayed by at least a year, analysts say.")]
    [InlineData("Got a story about the harbour wall? The council says it wants to hear it before the works begin in May.")]
    public void A_story_paragraph_shaped_like_a_listed_widget_stays(string paragraph)
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\n{paragraph}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_headline_that_opens_with_report_is_no_byline()
    {
        Verify($"{{|BP0001:Home / Local / Harbour|}}\n\nReport: Harbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_standfirst_the_page_repeats_leaves_the_headline_above_it_in_the_head()
    {
        Verify($"{{|BP0001:Home / Local / Harbour|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nThe four-million contract goes to a local builder\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Related posts|}}\n{{|BP0002:The four-million contract goes to a local builder|}}");
    }

    [Fact]
    public void A_portals_search_box_that_trails_off_does_not_start_the_body()
    {
        Verify($"{{|BP0001:Kurier Zatokowy – wiadomości z Wybrzeża|}}\n{{|BP0001:Strona główna | Wiadomości | Region | Biznes | Sport | Kultura | Pogoda | English|}}\nSzukaj w serwisie...\n{{|BP0001:Zaloguj się|}}\n{{|BP0001:Wiadomości > Region > Wydanie angielskie|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nThe council will spend four million on the old quay as engineers warn of another winter of storms\nBy Aleksandra Wierzbicka\n6 March 2025\n{{|BP0001:Aktualizacja: 2 godz. temu|}}\n{{|BP0001:Udostępnij: Facebook | X | LinkedIn | E-mail|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_players_button_between_the_headline_and_the_byline_leaves_the_head_whole()
    {
        Verify($"{{|BP0001:Home / Local / Harbour|}}\n\nHarbour Wall To Be Rebuilt Before Winter\n{{|BP0001:▶ Play|}}\nBy Mara Lindqvist\n12 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_story_line_saying_visitors_enjoyed_this_years_festival_stays_but_the_pitch_goes()
    {
        Verify($"{Body}\n\nVisitors said they enjoyed this year's festival more than ever.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Enjoyed this? Members get every issue in print and online, and our archive of forty years.|}}");
    }

    [Fact]
    public void The_writers_role_under_the_name_is_part_of_the_sign_off()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nBest wishes,\nGwen Alder\nSecretary, Harbour Residents' Association\n\n{{|BP0001:The association looks after the old quay garden and meets on the first Monday of the month.|}}");
    }

    [Fact]
    public void A_table_of_figures_in_the_story_stays()
    {
        Verify($"{Body}\n\nParty | Seats | Change\nCivic Alliance | 15 | -6\nGreen | 9 | +4\n\nPos  Name           Played  Weight\n1    Ann Pike       6       48lb\n2    Bo Lind        6       41lb\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_heading_of_chrome_after_the_sign_off_still_takes_its_teasers()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nMara Lindqvist, editor\n\n{{|BP0001:Related posts\nFerry fares to rise in spring as the operator blames fuel costs and wages\nNew lifeboat named after a local hero who served the station for forty years|}}");
    }

    [Fact]
    public void A_head_set_as_labels_is_no_box_of_facts()
    {
        Verify($"Harbour flooding: tide peaks overnight as 90 homes evacuated\nAuthor: Mara Lindqvist\nPublished: 2 December 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_numbered_line_in_other_digits_under_the_story_does_not_stop_the_reading()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n{{|BP0001:१. Harbour Board survey\n२. Marsh Institute report|}}\n\n{{|BP0001:© 2026 Harbour Courier|}}");
    }

    [Fact]
    public void A_box_of_facts_and_a_button_between_the_head_and_the_body_leave_the_head_whole()
    {
        Verify($"{{|BP0001:We use cookies to make this site work. [Accept all](#) [Manage preferences](#)\n![The Quay Hall](/assets/logo.png)\n[What's on](/whats-on) [Music](/whats-on/music) [Cinema](/cinema) [Support us](/support)\n[Basket (0)](/basket)|}}\n\n# Harbour Brass Band: New Year Concert\nMarches, hymns and a premiere from the town's oldest band\n![The band on the quay in 2025](/media/brass.jpg)\n\n**Date:** Friday 8 January 2027\n**Time:** 7pm (doors 6.15pm)\n**Venue:** The Quay Hall\n**Tickets:** £12, children £5\n**Running time:** about 90 minutes with an interval\n**Age guidance:** suitable for all ages\n{{|BP0001:[Book now](/book/brass)|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_next_item_of_a_numbered_list_in_the_story_stays_though_its_words_read_as_a_menus()
    {
        Verify($"{Body}\n\nSources\n1. Harbour Board survey of the northern wall, spring 2025, carried out by the board's own divers and engineers.\n2. Marsh Institute (2023). Quay Stones Review. Technical report MI-TR-23-07.\n\n{{|BP0001:© 2026 Harbour Courier|}}");
    }

    [Fact]
    public void A_story_sub_heading_naming_its_own_dates_stays()
    {
        Verify($"{Body}\n\nDates for your diary\nThe harbour committee meets on Monday 7 December at 7pm in the old customs house, and the lantern walk along the quay follows on Saturday 12 December.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_writers_sign_off_under_the_last_paragraph_stays()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nMara Lindqvist, editor\n{{|BP0001:This week's issue is supported by Quayside Hardware. Rope, paint and everything for the boat.|}}");
    }

    [Fact]
    public void A_reading_time_under_the_standfirst_opens_no_section_of_chrome()
    {
        Verify($"# The wall\n\nThe harbour wall will be rebuilt before the winter storms, the council has decided after a long debate.\n\n{{|BP0001:8 minute read|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void What_follows_a_heading_of_page_chrome_belongs_to_it_until_the_article_resumes()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Related posts\nFerry fares to rise in spring\nNew lifeboat named after local hero|}}");
    }

    [Fact]
    public void A_wire_code_opening_the_first_paragraph_is_split_off_and_the_headline_above_stays()
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\n\n{{|BP0001:(NPW) — |}}{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void A_story_sentence_with_words_a_footer_also_uses_stays()
    {
        Verify($"{Body}\n\nThe food parcels were distributed by volunteers, and the festival, sponsored by the council, is regulated by the harbour authority.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("Ferry timetable changes for the summer season · 4h ago")]
    [InlineData("Read next: Lifeboat crew rescue two walkers cut off by the tide")]
    [InlineData("**Ann K.** says: 3 May 2025 at 9:41 pm")]
    [InlineData("OldSaltyDog · 3h · Best news this harbour has had in years")]
    [InlineData("Comments (12)")]
    [InlineData("5 of 14")]
    [InlineData("00:00 / 01:47")]
    [InlineData("Leestijd: 5 minuten")]
    [InlineData("HARBOUR 50 3,210.4 ▲ 0.42%")]
    [InlineData("Alderwick 12°C Light showers")]
    [InlineData("News  Sport  Business  Weather  Travel")]
    [InlineData("You have read 3 of your 4 free articles this month. Subscribe for unlimited access.")]
    [InlineData("This site uses cookies to measure how you use it and to show you relevant adverts.")]
    [InlineData("Spotted a mistake? Let the newsdesk know")]
    [InlineData("Accept all   Reject all   Manage preferences")]
    [InlineData("Sponsored · Harbour Chandlery: winter sale on all rope and fenders this week")]
    [InlineData("Media enquiries: press office, 01632 960 000 (weekdays)")]
    [InlineData("Send it by WhatsApp")]
    [InlineData("Deel dit artikel   Stuur door via WhatsApp   Kopieer link")]
    [InlineData("▶ Watch: the harbour wall from the air (1:52)")]
    [InlineData("3 Lifeboat station wins lottery grant for new slipway")]
    [InlineData("LIVE UPDATES ▸ Harbour storm: road closures and the latest from the coastguard")]
    [InlineData("*6 min read*")]
    [InlineData("via Northern Coast Press Agency")]
    [InlineData("Sign in  |  Register")]
    [InlineData("▶ Play episode · 42:17 · 1× · ⏪ 15")]
    [InlineData("Which harbour do you sail from? *")]
    [InlineData("Fields marked * are required")]
    [InlineData("Sign in or create an account")]
    [InlineData("That's 3 of this month's 5 free reads used. Subscribe for every story.")]
    [InlineData("♡ Save · 📍 View on map")]
    [InlineData("More Coast news")]
    [InlineData("Continued on page 7")]
    [InlineData("-ENDS-")]
    [InlineData("E-EDITION  ·  Page 7 of 48")]
    [InlineData("EMBARGOED UNTIL 00:01, WEDNESDAY 9 APRIL 2025")]
    [InlineData("Translated from Dutch by Marieke Dost")]
    [InlineData("Comments have been turned off on this article for legal reasons.")]
    [InlineData("This article first appeared in the print edition of 13 November.")]
    [InlineData("Distributed by Penfold Features Syndicate")]
    [InlineData("Accept all\u00A0\u00A0Reject all")]
    [InlineData("▶ Play Video")]
    [InlineData("▶ 00:00 / 24:10 · 1.5× · ⤓ Download")]
    [InlineData("^BC-HARBOUR-WALL-REBUILD^")]
    [InlineData("ATTN: NEWS DESKS -- CORRECTS SPELLING OF ENGINEER'S NAME")]
    [InlineData("Bagikan:")]
    [InlineData("Enviar por correo")]
    [InlineData("How we fact-check")]
    [InlineData("About this page")]
    [InlineData("### You've read your free article this week")]
    [InlineData("Per E-Mail senden")]
    [InlineData("> 2,318 likes")]
    [InlineData("> ♥ 18.4K · ↻ 6,203 · 💬 1,142")]
    [InlineData("👍 1.2K   😢 340   🙏 96")]
    [InlineData("👁 48.1K")]
    [InlineData("> 4:12 PM · Nov 29, 2026")]
    [InlineData("edited 18:06")]
    [InlineData("Press office: 01632 960 410 (24 hours) | press@harbour.example")]
    [InlineData("For further information please contact:")]
    [InlineData("Views expressed in letters are those of their writers and not necessarily those of the Courier.")]
    [InlineData("Play responsibly. Set a limit and stick to it.")]
    [InlineData("This announcement contains inside information for the purposes of the market rules.")]
    [InlineData("More letters")]
    [InlineData("ShareFacebookXWhatsAppEmail")]
    [InlineData("Comments (3)Join the conversation")]
    [InlineData("Comments (1,142)")]
    [InlineData("1,142 comments")]
    [InlineData("> 16:12, 29 Nov 2026")]
    [InlineData("4:12 PM · Nov 29, 2026 · 48.1K Views")]
    [InlineData("Hace 2 horas")]
    [InlineData("Vor 3 Stunden")]
    [InlineData("Gisteren, 17:42")]
    [InlineData("Yesterday at 9:15 pm")]
    [InlineData("Text size: A- A+")]
    [InlineData("Yazı boyutu: A- A+")]
    [InlineData("Comparte esta nota")]
    [InlineData("Te recomendamos")]
    [InlineData("This live coverage has now ended")]
    [InlineData("Find showtimes near you")]
    [InlineData("Share   Post   Email")]
    [InlineData("Featured job")]
    [InlineData("Mara Lindqvist avatar")]
    [InlineData("Harbour Courier logo")]
    [InlineData("Nothing in this article constitutes financial advice; past performance is no guide to the future.")]
    [InlineData("Please remember that the value of investments can go down as well as up.")]
    [InlineData("The study was paid for by the Quay Trust. The funders had no role in its design or in the decision to publish.")]
    [InlineData("The authors declare no competing interests.")]
    [InlineData("Our energy coverage is supported by Brightwater Power, the harbour's own electricity co-operative.")]
    [InlineData("Election night coverage is sponsored by Quayside Motors.")]
    [InlineData("The Courier's harbour coverage is supported by the Quay Trust.")]
    [InlineData("Join our rowing club today: membership costs £30 a season, with the first month free.")]
    [InlineData("Priya Kandel joined the Echo in 2021 from a press agency in Leeds. She covers health and social care.")]
    [InlineData("Last updated on Tue 3 Nov 2026 09.15 GMT")]
    [InlineData("Last modified on Wednesday 9 December 2026 at 10.42 pm GMT")]
    [InlineData("This guide is for general information only and is not a substitute for advice from your GP.")]
    [InlineData("Tom Berg travelled as a guest of Harbour Line Ferries. The Courier does not accept hosted trips.")]
    [InlineData("Ana Ruiz travelled at her own expense.")]
    [InlineData("This press release was issued by the Quay Trust and is published unedited by the Courier.")]
    [InlineData("Got a story? Send your pictures and video to the Courier newsdesk.")]
    [InlineData("Get alerts in the Courier app")]
    [InlineData("⏱ 4 min read")]
    [InlineData("← Previous post: Why the harbour lights keep failing in a storm")]
    [InlineData("Read the Courier's e-edition from £1.99 a week")]
    [InlineData("Actualizat acum 3 ore")]
    [InlineData("Distribuie pe Facebook · Distribuie pe WhatsApp")]
    [InlineData("Message (max 200 words)")]
    [InlineData("Sitemap | Contact the webmaster")]
    [InlineData("Photo 3 of 6")]
    [InlineData("**Harbour talk (3 comments)**")]
    [InlineData("Also in Markets")]
    [InlineData("Latest from your area")]
    [InlineData("ALSO IN MARKETS")]
    [InlineData("Feed wheat (Nov-27): £196.50/t ▲1.20")]
    [InlineData("Milk price (standard litre): 38.4p ▬")]
    [InlineData("EUR 4,27 zł ▲  USD 3,94 zł ▼")]
    [InlineData("This story has not been edited by Courier staff and is published from a syndicated feed.")]
    [InlineData("**About the show.** *Harbour Hour* is the Courier's fortnightly podcast about the coast.")]
    [InlineData("### Discover more from The Harbour Ledger")]
    [InlineData("Upgrade to paid to get the planning digest and support the Ledger.")]
    [InlineData("Your email address")]
    [InlineData("*Sponsored* — Thinking of moving? Compare mortgage deals in minutes.")]
    [InlineData("This story was published automatically from a wire feed and has not been edited by Courier staff.")]
    [InlineData("Journalism like this takes a team of reporters and many late nights. If it matters to you, please help.")]
    [InlineData("Support the Courier")]
    [InlineData("**Episode 11: The harbour wall** — Why the old quay is crumbling, and who will pay to mend it.")]
    [InlineData("Over 2,000 people get the Ledger every Friday. Type your email below to join them.")]
    [InlineData("Sign up for our weekly email to hear what the council decided.")]
    [InlineData("Get email alerts")]
    [InlineData("**Ruth Penhallow** · 2 Dec — So sorry to hear this. He sold our first boat in 1972.")]
    [InlineData("Buy a print of any of these photographs from our photo shop.")]
    [InlineData("A transcript of this episode will be available within two working days.")]
    [InlineData("Why we report the courts: open justice is a cornerstone of the legal system.")]
    [InlineData("The Harbour Ledger is an independent, not-for-profit newsroom covering the coast.")]
    [InlineData("The Harbour Ledger is funded by reader donations and two charitable trusts.")]
    [InlineData("The Courier is published by Harbour Media Ltd. Privacy · Terms · Cookies")]
    [InlineData("Produced by Ama Sefton. Sound design by Rob Kettle. Music: \"Quay\" by The Netmenders.")]
    [InlineData("LIVE: Pellham Rovers 1-0 Cardle Town (HT)")]
    [InlineData("Sign up to the Harbour Ledger morning email for the tides, the ferries and the council, before breakfast.")]
    [InlineData("### Support local news")]
    [InlineData("You can read this story free because it matters to the whole coast. Subscribe from £1 a week.")]
    [InlineData("Best price: £249 at Quayside Outdoor · £265 at Netmenders")]
    [InlineData("Births, marriages and deaths: place a notice online or call our notices desk.")]
    [InlineData("Court lists are published under the principle of open justice. The Courier does not remove names on request.")]
    [InlineData("Were you in court? Got a story? Call the newsdesk on 01632 960 471.")]
    [InlineData("Got a story for the Courier? Tell us at news@alderwick.example or call in at the office.")]
    [InlineData("**Christmas:** our offices close at noon on Thursday 24 December and reopen on 4 January.")]
    [InlineData("Our phone lines close at 1pm on Saturdays while the harbour festival is on.")]
    [InlineData("Holiday notice: our switchboard is closed on bank holidays.")]
    [InlineData("The Harbour Ledger is funded by readers and a charitable trust, which has no say over what we publish.")]
    [InlineData("How to write to us: letters should be no longer than 300 words and must include your full name and address.")]
    [InlineData("Service alert: Our switchboard is closed on Boxing Day and reopens on 28 December.")]
    [InlineData("Search 1,204 local jobs")]
    [InlineData("Prices delayed by at least 15 minutes.")]
    [InlineData("Stock quotes are delayed by at least 15 minutes.")]
    [InlineData("Delayed by at least 20 minutes")]
    [InlineData("Olvasási idő: 3 perc")]
    [InlineData("Време за четене: 3 мин.")]
    [InlineData("Last checked 11:47")]
    [InlineData("f  𝕏  ✉  🔗")]
    [InlineData("Read the full transcript")]
    [InlineData("Download transcript (PDF, 112 KB)")]
    [InlineData("Sign me up")]
    [InlineData("Enter a town or postcode")]
    [InlineData("*Prices checked 4 December 2026, 09:00*")]
    [InlineData("Also read | Ferry fares: check the new prices for every route here")]
    [InlineData("ALSO READ: Harbour board passes £4m budget after a long sitting")]
    [InlineData("More committee news")]
    [InlineData("RELATED VIDEOS")]
    [InlineData("(HCP Photo)")]
    [InlineData("3h ago")]
    [InlineData("Last edited: Dec 5, 2026")]
    [InlineData("Dec 5, 2026   #2")]
    [InlineData("You must log in or register to reply here.")]
    [InlineData("## Written by Mara Lindqvist")]
    [InlineData("1.3K Followers · Editor for The Harbour Courier")]
    [InlineData("TAGS: harbour wall, Port Ellery, winter storms, council budget, granite quarry, ferry timetable")]
    [InlineData("Search Parliament")]
    [InlineData("Up Next: Harbour band heads to the holiday parade")]
    [InlineData("Autoplay is paused")]
    [InlineData("[image unavailable]")]
    [InlineData("Today's Horoscope")]
    [InlineData("Not a member yet?")]
    [InlineData("Cập nhật: 05/12/2026 09:15 GMT+7")]
    [InlineData("Web Stories")]
    [InlineData("Autoplay is on")]
    [InlineData("Daily Horoscope")]
    [InlineData("Search Hansard")]
    public void Widgets_worded_as_many_sites_word_them_are_found(string widget)
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:{widget}|}}");
    }

    [Fact]
    public void A_widget_under_a_banner_above_the_head_opens_no_section_over_the_head()
    {
        Verify($"Need help now? Call the harbour office on 01632 960 000, any day of the week, at any hour.\n{{|BP0001:🌐 Translate this page|}}\nHarbour wall to be rebuilt before the winter storms\nTraders and engineers agreed the plan after six years of argument over the stones of the old quay.\nPosted on 12 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void An_obituarys_guest_book_with_its_count_is_found_with_its_entries()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Guest book (3 entries)\nMara Lindqvist: He mended our nets every spring for thirty years. Rest easy, old friend.\nTom B: A kind man and a fine sailor.|}}");
    }

    [Fact]
    public void A_universitys_profile_under_its_about_heading_is_found()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:About the University of Harrowmere\nThe University of Harrowmere is a research university with 14,000 students and a marine station on the quay.|}}");
    }

    [Fact]
    public void A_press_releases_end_mark_opens_no_section_over_the_notes_to_editors()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n{{|BP0001:ENDS|}}\nNotes to editors\n1. The harbour wall was built in 1841 and last repaired in 1977, after a storm broke through its northern end.");
    }

    [Fact]
    public void Three_headlines_in_a_row_after_the_story_are_teasers()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Flood cover explained: what your policy actually pays for\nWho pays when a sea wall fails?\nThe coastal towns already planning a managed retreat|}}");
    }

    [Fact]
    public void A_list_the_last_paragraph_announces_or_a_list_of_pairs_after_the_story_stays()
    {
        Verify($"{Body}\n\nThe roads that will be closed on Sunday between six in the morning and four in the afternoon are:\nHarbour Road from the quay to the lifeboat station\nMill Lane between the church and the old school\nStation Street as far as the level crossing");
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nBest New Business - Harbour Chandlery\nVolunteer of the Year – Ama Mensah\nLifetime Award – Tom Pryce of the lifeboat crew");
    }

    [Fact]
    public void A_byline_that_reads_as_a_parting_line_is_one_part_of_the_head()
    {
        Verify($"# The wall\n\n{Body}\nBy Royal Appointment,\nMara Lindqvist\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void Two_headlines_after_the_story_or_three_inside_it_stay()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nWho pays when a sea wall fails?\nThe coastal towns already planning a managed retreat");
        Verify($"{Body}\n\nWhat the engineers found under the old quay\nHow the new wall will be built\nWho will pay for the months of work\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan, and asked who would pay.");
    }

    [Fact]
    public void A_hosts_biography_goes_with_its_heading()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:## About your host\nI'm Ruth. I spent ten years reporting on harbour budgets before I started asking who actually pays for the walls.|}}");
    }

    [Fact]
    public void A_comment_under_its_authors_line_goes_with_it()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Jo_B · 5 hours ago\nGreat to see the wall finally being fixed after all these years of patient waiting by the traders.|}}");
    }

    [Theory]
    [InlineData("The temperature fell to 3°C overnight, and the harbour froze for the first time since 1987.")]
    [InlineData("Search teams found the missing kayaker near the lighthouse shortly after dawn on Thursday.")]
    [InlineData("Shares in the ferry company rose 4% after the announcement, their best day this year.")]
    [InlineData("The bakery uses cookies from a family recipe that is more than a century old.")]
    [InlineData("He posted it on Facebook.")]
    [InlineData("Quay 4 | 312 | 298 | 96%")]
    [InlineData("£5,000 raised by villagers will pay for the new roof of the harbour master's office")]
    [InlineData("Cook time: 40 minutes")]
    [InlineData("Topics discussed included housing, transport and the harbour wall.")]
    [InlineData("Life after Twitter")]
    [InlineData("A windproof gilet for the ridge, where it was 9°C in September")]
    [InlineData("Before you go out on the water:")]
    [InlineData("Before you go, check the ferry timetable online.")]
    [InlineData("Customers must log in or register on the council website to claim the refund, the agency said.")]
    [InlineData("A spokesperson for BeGambleAware said referrals had risen by a fifth.")]
    [InlineData("When this story first appeared in 2019, the council denied any wrongdoing.")]
    [InlineData("Distributed by Curzon, in cinemas from Friday.")]
    [InlineData("Comments have been turned off on the club's Instagram post after a torrent of abuse.")]
    [InlineData("18:00 / 20:30 · Lantern parade from the Market Square")]
    [InlineData("ATTN: Parents — the school will close early on Friday, the notice said.")]
    [InlineData("Also in court was Tom Avery, 22, of Mill Lane, who admitted speeding on the coast road.")]
    [InlineData("Also in court")]
    [InlineData("Shares in Harbour Holdings closed at 412p ▲ after the results were published on Tuesday.")]
    [InlineData("▬ 3 people were taken to hospital, police said")]
    [InlineData("**About 300 homes were left without power.** Engineers worked through the night to restore it.")]
    [InlineData("- Dairy Flats, Lowmarsh Road (212 comments)")]
    [InlineData("Only about one in ten free subscribers upgrade to paid, the company said.")]
    [InlineData("The false report was published automatically from a wire feed, the broadcaster admitted.")]
    [InlineData("Why we need the wall is no mystery to anyone who lives on the quay.")]
    [InlineData("The Courier is published by a trust, not a company, and has been since 1921.")]
    [InlineData("Support for the plan grew after the meeting, and the council voted for it in May.")]
    [InlineData("Photo 3 of the council's report shows the crack in the northern end of the wall.")]
    [InlineData("Residents can sign up for flood alerts by email on the council's website.")]
    public void Story_sentences_with_a_widgets_words_stay(string sentence)
    {
        Verify($"{Body}\n\n{sentence}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void A_credits_wording_under_the_title_stays_with_the_head()
    {
        Verify($"{{|BP0001:Home > Notices|}}\n\nVolunteers Clear The Harbour Steps Before The Winter Storms\nCompiled by Ruth Penhallow\nPosted 5 December 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void An_events_details_under_its_heading_before_the_first_paragraph_are_the_storys()
    {
        Verify("{|BP0001:Home | Notices | Parish Council | Clubs | Church | Contact|}\n\nCommunity notices: week of 7 December\nBy Ruth Penhallow\nPosted 5 December 2026\n\nChristmas Fair\nVillage hall, Saturday 12 December, 11am to 3pm. Entry 50p, children free.\nTombola, cakes, and Father Christmas from 1pm.\n\n"
            + "Carols on the Green\nSunday 13 December, 5pm. Free. Bring a torch.\nMulled apple juice £1 a cup, in aid of the church roof.\n\nLunch Club\nEvery Tuesday, 12.30pm, Ashby Methodist rooms. £5 for two courses. Call Pam on 01632 960 772 to book.\n\n"
            + "Lost\nChild's red mitten with a reindeer on it, near the bus shelter. Now on the noticeboard.\n\n{|BP0001:© Lower Ashby Village Online 2026|}");
    }

    [Fact]
    public void What_the_storys_last_paragraph_introduces_with_a_colon_is_the_storys_up_to_a_blank_line()
    {
        Verify($"{Body}\n\nCardle had a man sent off in stoppage time, and Rovers held on for the win.\n\nOther results from Sunday:\nFox & Lantern       0   Hatherley Athletic  3\nMillbeck Juniors    4   Seabright Albion    4\nOld Tanners         1   Rowan Vale          0\nPlayer of the match: Jordy Plum\n\n"
            + "{|BP0001:LEAGUE TABLE        P   Pts\nPellham Rovers     11   28\nHatherley Ath      11   25\nRowan Vale         10   21\nShare on Facebook   Share on X   WhatsApp|}");
    }

    [Fact]
    public void Links_the_storys_last_paragraph_introduces_with_a_colon_stay_the_pages()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:More from the Courier on the harbour:\n- [Ferry fares to rise in the spring](/news/ferry-fares)\n- [Quay market moves for the summer](/news/quay-market)\n- [Storm damage bill reaches £2m](/news/storm-bill)|}}");
    }

    [Fact]
    public void A_row_of_results_that_reads_as_the_heads_result_line_is_no_copy_of_the_title()
    {
        Verify($"{{|BP0001:Sport > Football > Sunday League|}}\n\nPellham Rovers edge Cardle Town to stay top at Christmas\nBy Gus Tremayne\nMonday, 30 November 2026\nPellham Rovers 2 Cardle Town 1\n{Body}\n\nThe results from Sunday were as follows.\n\nPellham Rovers      2   Cardle Town         1\nFox & Lantern       0   Hatherley Athletic  3\nMillbeck Juniors    4   Seabright Albion    4\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_scorecards_line_of_names_and_figures_read_as_another_language_with_little_confidence_stays()
    {
        Verify($"{Body}\n\nThe last five wickets fell for 31 runs, and the cup went back to the valley for the first time since 2009.\n\nScorecard\nHalden Vale 276-7 (50 overs)\nR Okafor 112, J Penhale 58, K Dunmore 31\nS Whitlow 3-41, A Brightwell 2-55\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_row_of_linked_buttons_between_the_head_and_the_body_leaves_the_head_whole()
    {
        Verify($"{{|BP0001:[Reviews](/reviews) · [News](/news) · [Electric](/electric) · [Used cars](/used) · [Advice](/advice)|}}\n\n# Kestrel Avena Hybrid Estate review: the sensible choice, finally with some spark\n★★★★☆\nBy Owen Calloway\nPublished 2 December 2026\n{{|BP0001:[Share](/share) · [Save for later](/account/saved)|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_storys_short_last_line_right_above_the_page_residue_stays()
    {
        Verify($"{Body}\n\nPellham Rovers 2 Cardle Town 1\nFox & Lantern 0 Hatherley Athletic 3\nMillbeck have now lost four in a row.\nNext Sunday: Cardle Town v Fox & Lantern, 2pm.\n\n{{|BP0001:Advertisement|}}\n\n{{|BP0001:© The Harbour Courier 2026|}}");
    }

    [Fact]
    public void Headline_shaped_lines_over_a_sentence_of_the_story_are_its_list_not_teasers()
    {
        Verify("Court list: Pellham magistrates, week of 30 November\nBy Gus Tremayne\nSaturday 5 December 2026\n\nThe following cases were dealt with at Pellham Magistrates' Court. Addresses are as given in court.\n"
            + "Dara Quill, 29, of Netloft Lane, Pellham\nDriving without insurance on the coast road\nFined £300 with six penalty points\nOwen Baptiste, 61, of Salt Row, Cardle\nTheft of two lobster pots from the quay\nAdjourned to 14 December for reports\nBaptiste was released on bail.\n\n"
            + "{|BP0001:Court lists are published under the principle of open justice. The Courier does not remove names on request.|}\n\n{|BP0001:© The Harbour Courier 2026|}");
    }

    [Fact]
    public void A_line_under_a_reviews_box_of_facts_is_the_boxs_and_the_head_above_stays()
    {
        Verify("{|BP0001:Film   TV   Streaming   Festivals|}\n{|BP0001:Film > Reviews|}\n\nThe Netmender review – a patient, luminous portrait of a harbour family\n★★★★\nReviewed by Owen Calloway\nFriday 4 December 2026, 12:00 GMT\n\n"
            + "Director: Ama Sefton\nStarring: Rob Kettle, Dara Quill\nRunning time: 104 minutes\nCertificate: 12A\nIn cinemas from Friday 11 December\n\n"
            + $"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void Headline_shaped_lines_over_a_sentence_set_apart_from_them_are_still_teasers()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n"
            + "{|BP0001:Harbour wall plan approved after two-year row\nFerry fares to rise by five per cent from January\nPellham school garden wins a national award|}\n\n"
            + "The harbour board meets again in January.\n{|BP0001:© The Harbour Courier 2026|}");
    }

    [Fact]
    public void A_photographs_copyright_under_a_caption_opens_no_footer_over_the_story_under_it()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n*Dawn over the harbour wall, the overall winner.*\n{{|BP0001:Photo: © Ama Sefton / Harbour Photo Prize 2026|}}\n"
            + "The winning pictures will hang in the harbour office from 9 January to 28 February.\n\n{|BP0001:© The Harbour Courier 2026|}");
    }

    [Fact]
    public void A_markdown_title_over_a_podcasts_player_and_links_stays_the_heads()
    {
        Verify("{|BP0001:[Episodes](/episodes) · [About](/about) · [Contact](/contact)|}\n\n# Why the harbour wall keeps falling down\nEpisode 12 · 1 December 2026\n{|BP0001:38 min|}\n{|BP0001:▶ Play episode|}\n{|BP0001:Listen on\n[Apple Podcasts](https://podcasts.example/harbour)\n[Spotify](https://spotify.example/harbour)\n[RSS feed](/feed.xml)|}\n\n"
            + $"Presented by Ama Sefton\n\n## Show notes\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_letters_number_over_its_markdown_title_is_its_dateline()
    {
        Verify("{|BP0001:**THE HARBOUR BOOKSHOP**\n*Books, maps and tide tables since 1962*|}\n{|BP0001:---|}\n\nLetter no. 12 · March 2026\n\n# The tide tables are in\n\n"
            + $"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void Any_number_of_a_portals_widgets_in_its_own_language_between_the_head_and_the_body_leave_the_head_whole()
    {
        Verify("# Harbour wall to be rebuilt before the winter storms\nBy Mara Lindqvist\nDecember 4, 2026 | 10:30 AST\n{|BP0001:آخر تحديث: منذ ثلاث ساعات\nوقت القراءة: 4 دقائق|}\n\n"
            + "![Engineers inspect the cracked stones of the old harbour wall at low tide](/img/wall.jpg)\n{|BP0001:تصوير: أحمد سالم|}\n\n"
            + $"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_markdown_title_over_links_keeps_the_short_title_and_date_under_them()
    {
        Verify("# The Harbour Hour\n{|BP0001:[Apple Podcasts](https://podcasts.example/harbour)\n[Spotify](https://spotify.example/harbour)|}\nTide tables\n1 December 2026\n\n"
            + $"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_sites_markdown_name_over_its_menu_is_no_title_over_the_head()
    {
        Verify("{|BP0001:# The Pellham Herald\nHome | News | Property | Jobs | Contact|}\n\nPlans lodged to turn the former dairy into 46 flats\nBy Gus Tremayne\n4 December 2026\n\n"
            + $"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void The_head_stops_at_the_date_over_a_sections_name()
    {
        Verify("{|BP0001:Pellham Mercury\nHome | Local News | Sport | Property | Contact\nYour town, your paper, since 1894|}\nThursday, December 3, 2026\n{|BP0001:Local News|}\nVolunteers save the harbour footbridge from demolition\nBy Ellen Strode\n\n"
            + $"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_photographs_copyright_in_the_footer_still_opens_it()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n"
            + "{|BP0001:Photos © 2026 Harbour Camera Club. All rights reserved.\n\nHarbour Camera Club is a registered charity and meets on Tuesdays at the Quay Hall.|}");
    }

    [Theory]
    [InlineData("We do not use generative AI to write our stories. Where we use automated tools for translation, a journalist checks the output before it is published.")]
    [InlineData("The Harbour Courier does not use generative AI to write or edit its articles.")]
    [InlineData("Our AI policy: automated tools may sort large datasets, but every article is written by a reporter.")]
    [InlineData("Our interviews are recorded and transcribed with automatic speech-recognition software, and every quotation is checked against the recording.")]
    [InlineData("This blog has no sponsors, and none of the chandlers I mention pay me for it.")]
    [InlineData("To make a complaint about something you have read on this site, use our online form or write to the editor.")]
    [InlineData("If you want to complain about our coverage, you can do so through our feedback page.")]
    [InlineData("The Harbour Courier is regulated by the Independent Press Panel and follows its Editors' Code. To complain about an article, contact our complaints team first; we will acknowledge your complaint within five working days.")]
    [InlineData("Harbour Courier CIC is a community interest company registered under No. 12345678.")]
    [InlineData("The Courier is written by three people and paid for by 2,310 of its readers. Become a member for £4 a month.")]
    [InlineData("Our reporting is free to read because readers pay for it. Please give what you can.")]
    [InlineData("This series was produced with support from the Harbour Heritage Fund. The fund had no say in what we wrote.")]
    [InlineData("Our funders are listed on our supporters page. They have no influence over what we investigate or publish.")]
    [InlineData("Our critics visit anonymously and the Courier pays for every meal.")]
    [InlineData("Brands cannot pay for reviews and never see them before publication.")]
    [InlineData("This story was supplied by a news agency and has not been edited by Courier staff.")]
    [InlineData("Comments on this page are switched off overnight and reopen at 7am.")]
    [InlineData("Tributes are checked by a moderator before they appear.")]
    [InlineData("Republish this story for free under our republishing guidelines.")]
    [InlineData("Forward this email to a neighbour who would find it useful.")]
    [InlineData("Get our investigations by email, once a week.")]
    [InlineData("This week's Bulletin is supported by Quay Joinery, making sash windows since 1987.")]
    [InlineData("Get the Harbour Sport app for live scores and full-time alerts.")]
    [InlineData("Do you know someone whose life should be remembered in these pages? Email obituaries@courier.example.")]
    [InlineData("Show 9 earlier updates")]
    [InlineData("3 new updates")]
    [InlineData("Up next in 5")]
    [InlineData("Cite this report: Harbour Trust (2026) Empty moorings. Harbour Town: HT.")]
    [InlineData("Today's match sponsor: Quay & Daughters Solicitors, proud to support the Blues.")]
    [InlineData("The information in this appeal was correct at the time of publication.")]
    [InlineData("This research was funded by the Harbour Trust. The funder had no role in the design of the study.")]
    [InlineData("No part of this article was written using generative AI.")]
    [InlineData("This article was translated from Swedish with the help of machine translation and checked by an editor.")]
    [InlineData("Market data is delayed by at least 15 minutes and is provided for information only. Nothing on this page is advice to buy or sell any investment.")]
    [InlineData("Harbour Business Journal is a trading name of Harbour Publishing Ltd.")]
    [InlineData("If you think we have got something wrong, please tell us.")]
    [InlineData("Reporting team: Ana Ruiz and Tom Berg at the count; Lea Moss on the live desk")]
    [InlineData("Download the MV8 News app for breaking news alerts and live weather radar.")]
    [InlineData("The Courier is free to read. Become a supporter from £3 a month.")]
    [InlineData("Comments on our social media posts are moderated. Please do not name suspects.")]
    [InlineData("Tributes are checked by a moderator before they are added.")]
    [InlineData("The Briefing is free to read because 2,100 members pay for it.")]
    [InlineData("Harbour Now CIC is a community interest company, registered number 13377210.")]
    [InlineData("Up next in 10 seconds")]
    [InlineData("Access keys: S - skip to content, 1 - home, 2 - news, 0 - help")]
    [InlineData("[1] Home [2] News [3] Weather [4] Sport [0] Help")]
    [InlineData("This transcript was typed from a recording, so a word may be misheard. Check against the audio before quoting.")]
    [InlineData("We take no money from political parties or from anyone whose claims we check.")]
    [InlineData("Listings are supplied by the court service. The Courier cannot accept responsibility for changes made after publication.")]
    [InlineData("Harbour Check is a team of three fact-checkers based in Port Ellery, checking what politicians say about the coast.")]
    [InlineData("The Harbour Courier is part of the Quayline network of local news sites. We write about the town every day.")]
    [InlineData("Seen a claim you want us to look at? Email the desk.")]
    [InlineData("Produced by Ana Ruiz. Sound by Tom Berg. Music: \"Quay Theme\" by The Net Loft Band.")]
    [InlineData("Never miss a Harbour story. Sign up to our free daily newsletter.")]
    [InlineData("Mara Lindqvist has reviewed boats for the Courier since 2018. She sails a dinghy on the estuary most weekends.")]
    [InlineData("This story has been published from a wire agency feed without modifications to the text.")]
    [InlineData("Get the day's top stories and live tide times on the Harbour Courier app. Download now.")]
    [InlineData("📲 Join the Harbour Courier WhatsApp Channel for breaking news as it happens.")]
    [InlineData("Get the latest Harbour news on WhatsApp. Join our channel now.")]
    [InlineData("The Harbour Courier acknowledges the Traditional Custodians of the lands on which we work.")]
    [InlineData("This reporting was funded by the Coastal News Fund. The Courier retains full editorial control.")]
    [InlineData("The information in this article is provided for general reference only and does not constitute financial advice.")]
    [InlineData("Harbour News Service is produced by the council's press team. It is not an official record of proceedings.")]
    [InlineData("You may republish our articles free of charge under our open licence.")]
    [InlineData("Support student journalism. The Clarion is run by volunteers and paid for by its readers.")]
    [InlineData("Join 180,000 transport workers who stand together for fair pay.")]
    [InlineData("Watch Parliament live: the Assembly is sitting. Questions to the Minister for Health")]
    [InlineData("See a spelling or grammar error in our story? Report a typo.")]
    public void A_newsrooms_note_on_how_it_works_under_the_story_is_page_residue(string note)
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:{note}|}}");
    }

    [Theory]
    [InlineData("The harbour board does not use AI to write its tide tables, a spokesperson said.")]
    [InlineData("\"We never use AI to write our shanties,\" said the choir's leader.")]
    [InlineData("Residents who want to complain about the new bins can call the council on 01632 960 123.")]
    [InlineData("1. Harbour Rovers won the league by three points, their first title since 1998.")]
    [InlineData("Do you know someone who saw the crash? Police ask anyone with information to email appeals@police.example.")]
    [InlineData("Get the tide times from the harbour office before you sail, the coastguard advises.")]
    [InlineData("The lifeboat station is funded entirely by donations, and the crew are all volunteers.")]
    [InlineData("\"Our complaints team is reviewing the case,\" a spokesperson for Harbour Water said.")]
    [InlineData("The Old Baths, which is a community interest company, will reopen the pool in May.")]
    [InlineData("Businesses cannot pay for reviews under the new law, the regulator said.")]
    [InlineData("Parents will no longer have to pay for every meal their children eat at school.")]
    [InlineData("Police urged anyone who received the message not to forward it to a friend.")]
    [InlineData("The archive is free to read because the university digitised it in 2019.")]
    [InlineData("Every post is checked by a moderator before it appears, the platform said.")]
    [InlineData("The bowls club's new pavilion was paid for by its members, who raised £80,000 over three years.")]
    [InlineData("The Met Office does not use artificial intelligence in its public forecasts, a spokesperson confirmed.")]
    [InlineData("The interviews with suspects were transcribed using automated software that misheard key words.")]
    [InlineData("Download the NHS app to order repeat prescriptions, the practice advises.")]
    [InlineData("Do you know someone who deserves an award? Nominations for the Harbour Community Awards close on Friday.")]
    [InlineData("Get the results by email or collect them from school on Thursday morning.")]
    [InlineData("This website is run by fraudsters posing as the council, Trading Standards warned.")]
    [InlineData("This week's Regatta is sponsored by Quay Marine, which has backed the race for 20 years.")]
    [InlineData("“Tributes are checked by a moderator before they appear,” the funeral director's notice read.")]
    [InlineData("“The Courier is funded entirely by its readers,” the editor told the meeting.")]
    [InlineData("‘This week's Regatta is supported by the harbour board,’ the organiser wrote.")]
    [InlineData("“Download the app and you will see how easy it is to report a pothole.")]
    [InlineData("The BBC does not use AI to write its news stories, its director told MPs.")]
    [InlineData("Quayside Loans, which is a trading name of Harbour Finance Ltd, collapsed owing £4m.")]
    [InlineData("The pension fund has no say over the closure, which was decided by the board.")]
    [InlineData("The leaflet claimed the prices were correct at the time of publication.")]
    [InlineData("Parents will receive one email every week from the head teacher.")]
    [InlineData("More than 400 papers cite this study, which has now been retracted.")]
    [InlineData("This transcript has been edited for length and clarity.")]
    [InlineData("\"We take no money from the council,\" the charity's director said.")]
    [InlineData("Results are supplied by the returning officer, who cannot accept late ballots.")]
    [InlineData("The lifeboat crew is a team of twelve volunteers, most of them fishermen.")]
    [InlineData("The Quay Hotel is part of the Harbour Inns group of hotels, which bought it in 2019.")]
    [InlineData("Seen a claim about the harbour wall? The council says most of them are false.")]
    [InlineData("Mara Lindqvist has rowed for the harbour club since 2018 and won the regatta twice.")]
    [InlineData("Ana Petrova has covered the war for the Harbour Courier since 2022. She was injured on Tuesday when a shell hit her car.")]
    [InlineData("Dr Ann Webb has reviewed safety cases for the Harbour Board since 2015. She said the wall was never tested.")]
    [InlineData("The Evening Post is part of the Quayline group of newspapers, which announced 300 job cuts on Tuesday.")]
    [InlineData("The Courier's newsroom is a team of three reporters, down from 40 in 2008.")]
    [InlineData("Produced by Rick Lowe. Music critics called the album his best since 2006.")]
    [InlineData("This transcript was typed up by the court clerk and released on Friday under freedom of information.")]
    [InlineData("We receive no funding from the council, so the food bank relies on donations from shoppers.")]
    [InlineData("Times are supplied by the rail operator, which does not accept responsibility for the errors, a spokesman said.")]
    [InlineData("Never miss a bin day again. Sign up for text alerts on the council website.")]
    [InlineData("Prices checked on 12 May 2024 rose 4% in a month.")]
    [InlineData("💔 💔 💔")]
    [InlineData("Get the flu jab before winter, the health board urged on its WhatsApp channel.")]
    [InlineData("Residents were asked to join the council's WhatsApp community group, a spokesperson said.")]
    [InlineData("Join 300 members of the choir for carols at the quay on Sunday.")]
    [InlineData("The ferry company acknowledges the delays and has promised refunds.")]
    [InlineData("The review, which is not an official record of the meeting, was leaked to the Courier.")]
    [InlineData("Harbour News Service is produced by the council's press team. It is not an official record, the clerk said.")]
    [InlineData("Readers can get the tide tables on the Harbour Board app, which was launched in May.")]
    [InlineData("If a message claiming to be from your bank arrives in your inbox, do not click the link.")]
    [InlineData("Spotted an error on your energy bill? Here is how to complain.")]
    [InlineData("Under the deal, the Gazette keeps full editorial independence from its new owners.")]
    [InlineData("The BBC is editorially independent of the government, but its funding is set by ministers.")]
    [InlineData("The treaty acknowledges the Traditional Owners of the lands and waters of the state.")]
    [InlineData("Follow-up appointments are being arranged through the surgery's WhatsApp group for patients.")]
    [InlineData("Get the latest updates on the Harbour Go app, passengers were told.")]
    [InlineData("Watch England live on ITV1 from 7.45pm, with coverage starting at 7pm.")]
    [InlineData("More bad news")]
    [InlineData("Search Resumes")]
    [InlineData("The minister's diary was published online on Friday. It is not an official record of her meetings, critics note.")]
    public void A_storys_sentence_that_reads_like_a_newsrooms_note_is_kept(string line)
    {
        Verify($"{Body}\n\n{line}\n\n{Plan}");
    }

    [Fact]
    public void A_league_tables_rows_and_a_scores_ticker_are_widgets()
    {
        Verify("{|BP0001:Latest scores: Harbour Rovers 24-20 Quay Wolves (FT) · Lighthouse RFC 13-13 Dock Street (FT)|}\n\n"
            + $"{Body}\n\n{Plan}\n\n{{|BP0001:1. Harbour Rovers · P 12 · Pts 47\n2. Quay Wolves · P 12 · Pts 44\n3. Lighthouse RFC · P 12 · Pts 36|}}");
    }

    [Fact]
    public void A_sign_off_after_a_dash_under_the_last_paragraph_is_the_writers()
    {
        Verify($"{Body}\n\n{Plan}\nThat's all for this week. Reply to this email if you spot something we should look into.\n— Mara Lindqvist, editor\n\n"
            + "{|BP0001:------------------------------------------------------------|}\n{|BP0001:Forward this email to a neighbour who would find it useful.|}");
    }

    [Fact]
    public void A_guest_books_signed_tributes_are_its_comments()
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:Guest book\nTributes are checked by a moderator before they appear, which may take up to a day.\n"
            + "He taught half the harbour to row and never once raised his voice at any of us. A gentleman. — Tom, Quay Street\n"
            + "I still have the oar he carved for me when I was nine years old, and it still hangs above the door. — Ana R.|}\n{|BP0001:Sign the guest book|}");
    }

    [Fact]
    public void Teasers_under_more_reviews_are_related_links()
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:More restaurant reviews\nThe Net Loft, Harbour Row: chowder worth the wait\nQuay Kitchen: small plates, big queues|}}");
    }

    [Fact]
    public void An_iso_time_under_the_byline_is_the_articles_date()
    {
        Verify($"# Harbour wall to be rebuilt before winter\nBy Mara Lindqvist, Science Writer\n2026-12-04T09:30:00Z\n\n{Body}\n\n{Plan}");
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
    public void A_pdf_editions_narrow_column_is_read_as_its_paragraphs_under_a_headline_set_over_two_lines()
    {
        Verify("{|BP0001:HARBOUR NEWS|}\nHarbour wall to be\nrebuilt before winter\nBy MARA LINDQVIST\nChief Reporter\n"
            + "THE council voted on Tuesday\nto rebuild the harbour wall be-\nfore the winter storms arrive,\nand the work will start in\nMay.\n"
            + "Engineers told the meeting\nthat the new wall would be\nbuilt of granite from the old\nquarry on the headland.\n"
            + "{|BP0001:Continued on Page 9\nPage 7 | The Harbour Courier | Tuesday, December 1, 2026|}");
    }

    [Fact]
    public void A_footers_column_of_links_is_not_read_as_a_narrow_column()
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:Terms and conditions of use|}}\n{{|BP0001:Privacy and cookie policy|}}\n{{|BP0001:Contact the newsroom\nComplaints and corrections\nAdvertise with the Courier|}}");
    }

    [Fact]
    public void A_table_of_opening_hours_in_the_story_is_kept()
    {
        Verify($"{Body}\n\n{Plan}\nVenue | Area | Open\nHarbour Library | Quayside | Mon to Sat, 10am to 4pm\nSeamen's Mission | Old Town | Tue and Thu, 11am to 3pm\nLifeboat Station | Headland | Sat, 10am to 2pm\n"
            + "The other venues are listed on the noticeboard in the harbour office.");
    }

    [Fact]
    public void A_dateline_on_its_own_line_keeps_the_headline_over_a_portals_widgets()
    {
        Verify("{|BP0001:الرئيسية > النسخة الإنجليزية > اقتصاد|}\n\nHarbour wall to be rebuilt before the winter storms arrive in the bay\n{|BP0001:منذ 3 ساعات|}\n{|BP0001:شارك: فيسبوك | واتساب | نسخ الرابط|}\n"
            + $"HARBOUR TOWN, Dec 2 (Coastline Wire) -\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void An_emergency_banner_over_the_menu_is_no_paragraph_of_the_story()
    {
        Verify("{|BP0001:In an emergency always call 999. If you cannot speak, stay on the line.|}\n{|BP0001:Home / News and appeals / Appeals|}\n\n"
            + $"Witness appeal after cyclist hurt in harbour road collision\nPosted on Saturday 5 December 2026 at 10:15\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_kicker_over_a_headline_that_starts_with_a_brand_is_not_the_headlines_first_line()
    {
        Verify($"{{|BP0001:[Home](/) [Business](/business) [Consumer](/consumer)\n\nConsumer News|}}\neBay fined £2m over fake reviews of harbour boat trips\nBy Mara Lindqvist\n4 December 2026\n\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_wire_style_line_of_capitals_over_the_body_is_no_dateline_without_its_place_and_date()
    {
        Verify($"Harbour wall to be rebuilt before the winter storms arrive in the bay\nBy Mara Lindqvist\n4 December 2026\n{{|BP0001:BREAKING NEWS -|}}\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_bare_dateline_on_its_own_line_over_the_first_paragraph_is_the_heads()
    {
        Verify($"Harbour wall to be rebuilt before the winter storms arrive in the bay\nBy Mara Lindqvist\n4 December 2026\n\nHARBOUR TOWN —\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_table_of_road_works_with_durations_in_its_cells_is_kept()
    {
        Verify($"{Body}\n\n{Plan}\nA38 | Harbour Road | Lane closures for 6 weeks\nB3221 | Quay Street | Full closure for 3 weeks\nA390 | Station Hill | Temporary lights for 2 months\n"
            + "The council said the work would be finished before the summer.");
    }

    [Fact]
    public void A_markdown_sub_heading_over_the_first_paragraph_is_the_storys()
    {
        Verify("{|BP0001:[Home](/) › [Environment](/environment)|}\n\n# Harbour wall to be rebuilt before winter\nPublished 1 December 2026\n\n## Summary\n"
            + $"{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_copy_of_the_title_under_a_standfirst_leaves_the_byline_and_date_in_the_head()
    {
        Verify("{|BP0001:Home | News | Weather|}\n\nHarbour wall fire: what we know so far\nAbout 60 firefighters are still at the harbour wall, where the fire started late on Saturday.\n"
            + "{|BP0002:HARBOUR WALL FIRE: WHAT WE KNOW SO FAR|}\nBy Mara Lindqvist\nSunday 6 December 2026, 11:15\n\n"
            + $"{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_reviews_table_of_specifications_under_the_story_is_the_storys()
    {
        Verify($"# Harbour ferry e-bike review: the best folder for hills\nBy Mara Lindqvist\n4 December 2026\n\n{Body}\n\n{Plan}\n**For:** strong motor, long range\n**Against:** heavy, pricey\n\n"
            + "## Specifications\n| | |\n|---|---|\n| Price | £2,149 |\n| Weight | 19.8 kg |\n| Motor | 250 W rear hub |\n| Range | 40 to 75 miles |\n\n"
            + "{|BP0001:© Harbour Courier Ltd 2026|}");
    }

    [Fact]
    public void Teasers_under_a_series_or_opinion_heading_are_related_links()
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:In this series\nPart 1: Who signed off the harbour wall design?\nPart 2: The stones nobody tested\n\nMore opinion\nOur view: the ferry decision cannot wait another year|}}");
    }

    [Theory]
    [InlineData("Aakriti Deshmukh-Rawat", "Harbourtown, Dec 05, 2026 12:10 IST")]
    [InlineData("Nur Aisyah Rahmat and Gerald Tan Wei Ming", "Published Dec 05, 2026, 10:05 AM")]
    [InlineData("Jerome P. Villanueva-Sy - Correspondent", "December 05, 2026 - 07:15 AM")]
    [InlineData("By **Mariana Teixeira Lobo**", "12/05/2026 at 08:40")]
    public void A_writers_name_of_any_origin_over_the_date_is_kept_with_the_head(string byline, string date)
    {
        Verify($"Harbour wall to be rebuilt before winter as storms threaten the old quay\nThe council will spend four million on the wall; work starts in May.\n{byline}\n{date}\n{{|BP0001:Share|}}\n\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_press_offices_name_under_the_date_is_kept_with_the_head()
    {
        Verify($"# Harbour drivers vote 94% for strike over split shifts\n5 December 2026\nATLWU Press Office\n\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_table_of_place_names_and_figures_is_the_storys_whatever_language_its_names_read_as()
    {
        Verify($"{Body}\n\nThe breakdown, as announced on Friday, is:\n| Project | Town | Units | Est. waiting time |\n|---|---|---:|---|\n"
            + $"| Kembara Ridge | Kembara | 1,640 | 3 yrs 2 mths |\n| Kembara Quays | Kembara | 1,280 | 3 yrs 6 mths |\n| Selasih Vista | Tanjong Selasih | 1,850 | 3 yrs 9 mths |\n\n{Plan}");
    }

    [Fact]
    public void A_blogging_platforms_linked_writer_over_follow_and_reading_time_is_kept_with_the_head()
    {
        Verify($"# Harbour wall to be rebuilt before winter as storms threaten the old quay\nThe council will spend four million on the wall; work starts in May.\n[Priya Ramanathan-Vale](/@priyarv)\n{{|BP0001:Follow\n7 min read|}}\nDec 4, 2026\n{{|BP0001:Share|}}\n\n{Body}\n\n{Plan}");
    }
}
