using static Boilerplate.Tests.BoilerplateUnderTest;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

/// <summary>
/// What follows the story's last paragraph, through the whole plugin: sign-offs, boxes of facts, the story's own lists
/// and tables there, and the sections of page residue (teasers, footers, comments) under it.
/// </summary>
public sealed class TrailingSectionsTests
{
    [Fact]
    public void Results_and_ratings_after_the_story_are_not_taken_for_other_stories_headlines()
    {
        Verify($"{Body}\n\nCaptain Jonas Pirie scored twice in the second period, and goalkeeper Evan Marchetti made 34 saves as the Wolves pressed late.\n\nKelso Rivermen 4 Dunmore Wolves 2\n\nHarbour Hawks 3 Ardmore Flyers 1\n\nRivermen: Marchetti 8, Pirie 9, Osei 7, Brand 6, Lindqvist 7");
    }

    [Fact]
    public void A_wire_storys_currency_conversion_stays_above_its_credits()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n($1 = 3.94 zlotys)\n\n{{|BP0001:(Reporting by Mara Lindqvist; Editing by Tom Hale)|}}");
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
    public void A_feed_readers_footer_and_a_results_ticker_are_boilerplate()
    {
        Verify($"{Body}\n\n{{|BP0001:CIV 15 · GRN 9 · IND 6 · Majority needed: 22|}}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:The post Harbour wall to be rebuilt before winter appeared first on Alderwick Courier.|}}");
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
    public void A_journey_planner_a_calculator_and_a_branch_finder_under_the_story_are_forms()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Plan my journey\n\n## Mortgage calculator\nCalculate\n\n## Find your branch\nEnter your postcode|}}");
    }

    [Fact]
    public void A_box_of_match_facts_under_the_report_is_the_storys()
    {
        Verify($"# Rovers End Their Losing Run Against Quayside\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n## Match facts\n**Harbour Rovers (4-4-2):** Pell; Orrin, Kaye, Addo, Fenwick; Dyer, Lomax, Akinola, Reyes; Mbeki, Varga.\n**Goals:** Addo 23, Mbeki 71; Quint 49\n**Attendance:** 14,208\n**Referee:** Colm Varley\n\n{{|BP0001:Share this report: [Facebook](#) [X](#) [WhatsApp](#)|}}\n{{|BP0001:© Touchline Media 2026|}}");
    }

    [Fact]
    public void A_gallerys_counters_a_comment_count_heading_and_a_wire_feed_notice_are_boilerplate()
    {
        Verify($"{Body}\n\n{{|BP0001:Photo 2 of 5|}}\n\nVolunteers carry the first stone down to the slipway.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:This story was published from a syndicated feed and has not been edited by our staff.|}}\n\n{{|BP0001:**Harbour talk (3 comments)**|}}");
    }

    [Fact]
    public void A_films_running_time_in_a_reviews_fact_box_is_the_storys()
    {
        Verify($"# The Salt Road review: a slow journey across the marshes\nBy Corin Ashdown\n20 February 2026\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\nThe Salt Road is in cinemas from Friday.\nDuration: 1:52");
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
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:* **Previous:** [Ferry fares to rise in spring](/fares)\n* **Next:** [Storm warning for the west coast](/storm)|}}\n{{|BP0001:* **More in News:** [Council tax to rise](/tax)|}}\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
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

    [Fact]
    public void The_writers_role_under_the_name_is_part_of_the_sign_off()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nBest wishes,\nGwen Alder\nSecretary, Harbour Residents' Association\n\n{{|BP0001:The association looks after the old quay garden and meets on the first Monday of the month.|}}");
    }

    [Fact]
    public void A_heading_of_chrome_after_the_sign_off_still_takes_its_teasers()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nMara Lindqvist, editor\n\n{{|BP0001:Related posts\nFerry fares to rise in spring as the operator blames fuel costs and wages\nNew lifeboat named after a local hero who served the station for forty years|}}");
    }

    [Fact]
    public void A_numbered_line_in_other_digits_under_the_story_does_not_stop_the_reading()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n{{|BP0001:१. Harbour Board survey\n२. Marsh Institute report|}}\n\n{{|BP0001:© 2026 Harbour Courier|}}");
    }

    [Fact]
    public void The_writers_sign_off_under_the_last_paragraph_stays()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\nMara Lindqvist, editor\n{{|BP0001:This week's issue is supported by Quayside Hardware. Rope, paint and everything for the boat.|}}");
    }

    [Fact]
    public void What_follows_a_heading_of_page_chrome_belongs_to_it_until_the_article_resumes()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n{{|BP0001:Related posts\nFerry fares to rise in spring\nNew lifeboat named after local hero|}}");
    }

    [Fact]
    public void A_marker_that_the_story_continues_closes_a_rail_of_teasers_inside_the_story()
    {
        Verify($"{Body}\n{Plan}\n{{|BP0001:Trending Now\nFerry fares to rise in spring\nNew lifeboat named after local hero|}}\nThe quarry reopened in March for the first time since 1988. It will send the first of the granite blocks by sea in late April.\n{{|BP0001:Story continues below advertisement|}}\nWork at a glance:\nStart: May\nLength of wall: 240 metres\nThe harbour master said the boats would be moved in April.\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void The_short_sentence_right_above_where_the_story_resumes_after_a_sign_up_box_is_the_storys()
    {
        Verify($"{Body}\n{{|BP0001:Get the harbour news in your inbox every Friday.|}}\n{{|BP0001:Enter your email|}}\n{{|BP0001:Sign up|}}\nWork starts in May.\n{Plan}\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan to about sixty people.");
    }

    [Fact]
    public void A_teasers_one_sentence_summary_above_the_marker_stays_in_the_rail()
    {
        Verify($"{Body}\n{Plan}\n{{|BP0001:Trending Now\nFerry fares to rise in spring\nOperators say fuel costs and crew shortages forced the first rise on the island routes since 2019.|}}\n{{|BP0001:Story continues below advertisement|}}\nThe quarry, which reopened in March for the first time since 1988, will send the first of the granite blocks by sea in late April.\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_rails_short_summary_right_above_where_the_story_resumes_stays_in_the_rail()
    {
        Verify($"{Body}\n{Plan}\n{{|BP0001:Trending Now\nFerry fares to rise in spring\nOperators blame fuel costs.|}}\nThe quarry, which reopened in March for the first time since 1988, will send the first of the granite blocks by sea in late April.\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan to about sixty people.");
    }

    [Fact]
    public void A_players_button_inside_the_story_takes_no_lines_after_it()
    {
        Verify($"{Body}\n{Plan}\n{{|BP0001:Watch on YouTube|}}\nThe harbour master said work would start in May.\nBoats will be moved to the outer basin.\n\n{{|BP0001:© 2026 The Alderwick Courier|}}");
    }

    [Fact]
    public void A_story_sentence_with_words_a_footer_also_uses_stays()
    {
        Verify($"{Body}\n\nThe food parcels were distributed by volunteers, and the festival, sponsored by the council, is regulated by the harbour authority.\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
    public void A_photographs_copyright_in_the_footer_still_opens_it()
    {
        Verify($"{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.\n\n"
            + "{|BP0001:Photos © 2026 Harbour Camera Club. All rights reserved.\n\nHarbour Camera Club is a registered charity and meets on Tuesdays at the Quay Hall.|}");
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
    public void A_footers_column_of_links_is_not_read_as_a_narrow_column()
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:Terms and conditions of use|}}\n{{|BP0001:Privacy and cookie policy|}}\n{{|BP0001:Contact the newsroom\nComplaints and corrections\nAdvertise with the Courier|}}");
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

    [Fact]
    public void A_box_of_match_facts_with_a_score_line_under_the_last_paragraph_is_the_storys()
    {
        Verify($"# Rovers Through To The Cup Quarter-Finals\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n{Plan}\nMatch facts\nHarbour Rovers 2 (Addo 49, Mbeki 88) Quayside 1 (Quint 31 pen)\nRovers: Pell (Dyer 63), Orrin, Kaye, Addo, Fenwick.\nAttendance: 612\n\n{{|BP0001:© Touchline Media 2026|}}");
    }
}
