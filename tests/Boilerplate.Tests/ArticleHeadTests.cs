using static Boilerplate.Tests.BoilerplateUnderTest;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

/// <summary>The article's head (title, byline, dateline, standfirst) found through the whole plugin: what stays with it, and the page residue around it.</summary>
public sealed class ArticleHeadTests
{
    [Fact]
    public void A_headline_repeated_in_another_letter_case_is_a_copy_even_when_it_is_a_question()
    {
        Verify($"Will The Harbour Wall Hold Another Winter?\n\n{{|BP0002:Will the harbour wall hold another winter?|}}\n\n{Body}\n\nThe mayor said the cost would be shared.");
    }

    [Fact]
    public void A_bulletin_opens_with_its_greeting_and_the_first_line_of_a_wrapped_paragraph()
    {
        Verify("{|BP0001:==================================================|}\nSpring news: the harbour wall is finally finished\n{|BP0001:==================================================|}\n\n"
            + "Dear neighbours,\n\nSpring is here, the boats are back on the slipway and the wall,\nafter two long winters of work, is finished at last this month.\n\n"
            + "The council thanked everyone who put up with the noise, and said the quay would reopen to cars in May.");
    }

    [Fact]
    public void The_head_title_byline_and_date_stay_and_a_portals_menu_in_another_language_goes()
    {
        Verify($"{{|BP0001:Главные новости дня\nВсе рубрики сайта и архив публикаций|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n6 March 2024\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_date_over_the_title_is_the_sites_clock_when_the_head_dates_the_story_under_it()
    {
        Verify($"{{|BP0001:Home  News  Sport  Business  Letters|}}\n{{|BP0001:Saturday, December 5, 2026 6:10 PM|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n5 December 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_date_over_the_title_without_a_time_of_day_is_the_articles_own_though_the_head_dates_it_again()
    {
        Verify($"Friday 5 December 2026\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n5 December 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void The_pages_title_with_the_sites_name_is_a_copy_of_the_headline()
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0002:Harbour wall to be rebuilt before winter | The Alderwick Courier|}}");
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
    public void A_wires_dateline_whose_place_reads_as_the_portals_language_stays()
    {
        Verify($"{{|BP0001:Strona główna | Wiadomości | Region | Biznes | Sport | Kultura | Pogoda | English|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\nŻÓŁTA GÓRA, Poland, Dec 4 (Baltic Wire) -\n{{|BP0001:Zaktualizowano dwie godziny temu|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("ŻÓŁTA GÓRA, Poland, December 4, 2025")]
    [InlineData("ŻÓŁTA GÓRA, Poland — 4 December 2025")]
    public void A_dateline_of_a_place_its_country_and_the_date_whose_place_reads_as_the_portals_language_stays(string dateline)
    {
        Verify($"{{|BP0001:Strona główna | Wiadomości | Region | Biznes | Sport | Kultura | Pogoda | English|}}\n\n# Harbour Wall To Be Rebuilt Before Winter\n{dateline}\n{{|BP0001:Zaktualizowano dwie godziny temu|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Theory]
    [InlineData("Words by Isolde Prendergast | Photography by Marcus Ofori-Wilde")]
    [InlineData("By Isolde Prendergast · Photos by Marcus Ofori-Wilde")]
    [InlineData("Words by Isolde Prendergast | Illustrations: Marcus Ofori-Wilde")]
    public void A_byline_that_credits_the_pictures_too_keeps_a_short_title_over_the_standfirst(string byline)
    {
        Verify($"{{|BP0001:Walks\nHomes|}}\n{{|BP0001:Subscribe|}}\n{{|BP0001:Home › Features › People|}}\n\nThe organ menders\nFor three generations one family has kept the county's church organs breathing. Now the last of them is thinking about retiring.\n{byline}\nSeptember 2024\n\n{Body}");
    }

    [Fact]
    public void A_portals_heading_in_capitals_shaped_like_a_dateline_is_still_its_chrome()
    {
        Verify($"{{|BP0001:Početna | Vijesti | Sport | Kultura|}}\n{{|BP0001:NAJČITANIJE VIJESTI IZ DALMACIJE, Split —|}}\nHarbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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

    // The date over the section's name is the article's, as the date right over a headline is.
    [Fact]
    public void A_sections_name_between_the_date_and_the_headline_leaves_the_headline_and_the_date_in_the_head()
    {
        Verify($"{{|BP0001:The Alderwick Courier\nHome · News · Sport · Business · Opinion · Contact|}}\n\nThursday, March 12, 2026\n\n{{|BP0001:Local News|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void A_head_set_as_labels_is_no_box_of_facts()
    {
        Verify($"Harbour flooding: tide peaks overnight as 90 homes evacuated\nAuthor: Mara Lindqvist\nPublished: 2 December 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_box_of_facts_and_a_button_between_the_head_and_the_body_leave_the_head_whole()
    {
        Verify($"{{|BP0001:We use cookies to make this site work. [Accept all](#) [Manage preferences](#)\n![The Quay Hall](/assets/logo.png)\n[What's on](/whats-on) [Music](/whats-on/music) [Cinema](/cinema) [Support us](/support)\n[Basket (0)](/basket)|}}\n\n# Harbour Brass Band: New Year Concert\nMarches, hymns and a premiere from the town's oldest band\n![The band on the quay in 2025](/media/brass.jpg)\n\n**Date:** Friday 8 January 2027\n**Time:** 7pm (doors 6.15pm)\n**Venue:** The Quay Hall\n**Tickets:** £12, children £5\n**Running time:** about 90 minutes with an interval\n**Age guidance:** suitable for all ages\n{{|BP0001:[Book now](/book/brass)|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_story_sub_heading_naming_its_own_dates_stays()
    {
        Verify($"{Body}\n\nDates for your diary\nThe harbour committee meets on Monday 7 December at 7pm in the old customs house, and the lantern walk along the quay follows on Saturday 12 December.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_reading_time_under_the_standfirst_opens_no_section_of_chrome()
    {
        Verify($"# The wall\n\nThe harbour wall will be rebuilt before the winter storms, the council has decided after a long debate.\n\n{{|BP0001:8 minute read|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_widget_under_a_banner_above_the_head_opens_no_section_over_the_head()
    {
        Verify($"Need help now? Call the harbour office on 01632 960 000, any day of the week, at any hour.\n{{|BP0001:🌐 Translate this page|}}\nHarbour wall to be rebuilt before the winter storms\nTraders and engineers agreed the plan after six years of argument over the stones of the old quay.\nPosted on 12 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_byline_that_reads_as_a_parting_line_is_one_part_of_the_head()
    {
        Verify($"# The wall\n\n{Body}\nBy Royal Appointment,\nMara Lindqvist\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void A_row_of_results_that_reads_as_the_heads_result_line_is_no_copy_of_the_title()
    {
        Verify($"{{|BP0001:Sport > Football > Sunday League|}}\n\nPellham Rovers edge Cardle Town to stay top at Christmas\nBy Gus Tremayne\nMonday, 30 November 2026\nPellham Rovers 2 Cardle Town 1\n{Body}\n\nThe results from Sunday were as follows.\n\nPellham Rovers      2   Cardle Town         1\nFox & Lantern       0   Hatherley Athletic  3\nMillbeck Juniors    4   Seabright Albion    4\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_row_of_linked_buttons_between_the_head_and_the_body_leaves_the_head_whole()
    {
        Verify($"{{|BP0001:[Reviews](/reviews) · [News](/news) · [Electric](/electric) · [Used cars](/used) · [Advice](/advice)|}}\n\n# Kestrel Avena Hybrid Estate review: the sensible choice, finally with some spark\n★★★★☆\nBy Owen Calloway\nPublished 2 December 2026\n{{|BP0001:[Share](/share) · [Save for later](/account/saved)|}}\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }

    [Fact]
    public void A_line_under_a_reviews_box_of_facts_is_the_boxs_and_the_head_above_stays()
    {
        Verify("{|BP0001:Film   TV   Streaming   Festivals|}\n{|BP0001:Film > Reviews|}\n\nThe Netmender review – a patient, luminous portrait of a harbour family\n★★★★\nReviewed by Owen Calloway\nFriday 4 December 2026, 12:00 GMT\n\n"
            + "Director: Ama Sefton\nStarring: Rob Kettle, Dara Quill\nRunning time: 104 minutes\nCertificate: 12A\nIn cinemas from Friday 11 December\n\n"
            + $"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void An_iso_time_under_the_byline_is_the_articles_date()
    {
        Verify($"# Harbour wall to be rebuilt before winter\nBy Mara Lindqvist, Science Writer\n2026-12-04T09:30:00Z\n\n{Body}\n\n{Plan}");
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
    public void A_blogging_platforms_linked_writer_over_follow_and_reading_time_is_kept_with_the_head()
    {
        Verify($"# Harbour wall to be rebuilt before winter as storms threaten the old quay\nThe council will spend four million on the wall; work starts in May.\n[Priya Ramanathan-Vale](/@priyarv)\n{{|BP0001:Follow\n7 min read|}}\nDec 4, 2026\n{{|BP0001:Share|}}\n\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void A_name_over_an_obituarys_two_dates_is_its_title()
    {
        Verify($"{{|BP0001:Home | Obituaries | Notices | Contact\nSearch by name|}}\n\nWalter Quennell\nMarch 9, 1941 – November 29, 2026\n\nWalter Quennell, 85, of Alderwick, died at home on Sunday with his daughters at his side.\n\n{Plan}");
    }

    [Fact]
    public void A_name_over_an_exhibitions_run_under_the_headline_is_its_byline()
    {
        Verify($"# The Quennell Collection comes home to the harbour after forty years\nAna Ruiz\n14 February 2026 – 3 May 2027\n\n{Body}\n\n{Plan}");
    }

    [Fact]
    public void An_obituarys_name_stays_its_title_over_a_line_that_reads_as_a_headline()
    {
        Verify($"{{|BP0001:Home | Obituaries | Notices | Contact\nSearch by name|}}\n\nWalter Quennell\nMarch 9, 1941 – November 29, 2026\nHarbour master who kept the fleet afloat through three winter storms\n\nWalter Quennell, 85, of Alderwick, died at home on Sunday with his daughters at his side.\n\n{Plan}");
    }
}
