using static Boilerplate.Tests.BoilerplateUnderTest;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

/// <summary>
/// The <c>article_parts</c> layer the plugin hands the plugins after it: which of the page's lines are the article's
/// title, subtitles, bylines, datelines, a letter's greeting and a writer's sign-off.
/// </summary>
public sealed class ArticlePartsTests
{
    private const string Closing = "Residents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.";

    [Fact]
    public void The_title_standfirst_byline_and_date_are_each_published_as_their_part()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\nTraders and engineers argued for six years over the stones of the quay\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "subtitle: Traders and engineers argued for six years over the stones of the quay", "byline: By Mara Lindqvist", "dateline: 6 March 2025"]);
    }

    [Fact]
    public void An_obituarys_name_over_the_dates_of_a_life_is_its_title()
    {
        Parts($"Family notices\n\nEwan Tolmie\nMarch 9, 1941 – November 29, 2026\n\nEwan Tolmie, who kept the harbour light at Alderwick for thirty years, has died at the age of 85.\n\n{Closing}")
            .ShouldBe(["title: Ewan Tolmie", "dateline: March 9, 1941 – November 29, 2026"]);
    }

    [Fact]
    public void A_name_over_a_span_of_fewer_than_ten_years_is_no_obituarys_title()
    {
        Parts($"Harbour Festival Returns For A Third Summer\nEwan Tolmie\nJune 9, 2024 – June 29, 2026\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Festival Returns For A Third Summer", "byline: Ewan Tolmie", "dateline: June 9, 2024 – June 29, 2026"]);
    }

    [Fact]
    public void A_headline_set_over_two_lines_is_the_title_from_its_first()
    {
        Parts($"Flooded chapel reopens\nas warm hub for winter\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Flooded chapel reopens", "title: as warm hub for winter", "byline: By Mara Lindqvist", "dateline: 6 March 2025"]);
    }

    [Fact]
    public void A_writers_role_under_the_byline_and_a_desk_under_the_date_are_the_bylines()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\nBy NIAMH CARROWAY\nChief Reporter\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "byline: By NIAMH CARROWAY", "byline: Chief Reporter"]);
        Parts($"Harbour Wall To Be Rebuilt Before Winter\n5 December 2026\nAlderwick Press Office\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "dateline: 5 December 2026", "byline: Alderwick Press Office"]);
    }

    [Fact]
    public void A_date_over_the_title_is_its_dateline_but_a_clock_is_not_when_the_head_dates_the_story_below()
    {
        Parts($"Friday 5 December 2026\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n\n{Body}\n\n{Closing}")
            .ShouldBe(["dateline: Friday 5 December 2026", "title: Harbour Wall To Be Rebuilt Before Winter", "byline: By Mara Lindqvist"]);
        Parts($"Saturday, December 5, 2026 6:10 PM\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n5 December 2026\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "byline: By Mara Lindqvist", "dateline: 5 December 2026"]);
    }

    [Fact]
    public void A_sections_name_between_the_date_and_the_headline_is_passed_and_the_date_is_the_datelines()
    {
        Parts($"Thursday, December 3, 2026\nLocal News\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n\n{Body}\n\n{Closing}")
            .ShouldBe(["dateline: Thursday, December 3, 2026", "title: Harbour Wall To Be Rebuilt Before Winter", "byline: By Mara Lindqvist"]);
    }

    [Fact]
    public void A_reviews_stars_byline_and_date_under_its_headline_are_its_parts()
    {
        Parts($"The Netmender review – a quiet film about a loud harbour\n★★★★\nReviewed by Owen Calloway\nFriday 4 December 2026\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: The Netmender review – a quiet film about a loud harbour", "subtitle: ★★★★", "byline: Reviewed by Owen Calloway", "dateline: Friday 4 December 2026"]);
    }

    [Fact]
    public void A_newsletters_issue_line_over_its_headline_is_the_dateline()
    {
        Parts($"Harbour Notes · Issue 14 · Friday 4 December 2026\nThe wall goes up at last\n\n{Body}\n\n{Closing}")
            .ShouldBe(["dateline: Harbour Notes · Issue 14 · Friday 4 December 2026", "title: The wall goes up at last"]);
    }

    [Fact]
    public void A_short_title_over_a_standfirst_that_reads_as_the_body_is_the_title()
    {
        Parts($"Last Crossing\n{Plan}\nBy Rhona Fettes, Transport Correspondent\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Last Crossing", "byline: By Rhona Fettes, Transport Correspondent"]);
    }

    [Fact]
    public void A_box_of_points_under_the_byline_is_the_storys_and_its_heading_its_first_sub_heading()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n6 March 2025\nUpdated 2 hours ago\n\nKey points\nThe wall will be rebuilt in granite from the old quarry\nThe harbour stays open to boats while the work goes on\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "byline: By Mara Lindqvist", "dateline: 6 March 2025", "subtitle: Key points"]);
    }

    [Fact]
    public void A_box_of_points_whose_heading_ends_with_a_colon_leaves_the_head_above_it()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\nUpdated 2 hours ago\n6 March 2025\n\nKey points:\nThe wall will be rebuilt in granite from the old quarry\nThe harbour stays open to boats while the work goes on\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "dateline: 6 March 2025", "subtitle: Key points:"]);
    }

    [Fact]
    public void A_bold_box_heading_with_a_colon_leaves_the_head_above_it()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\nUpdated 2 hours ago\n6 March 2025\n\n**Key points:**\nThe wall will be rebuilt in granite from the old quarry\nThe harbour stays open to boats while the work goes on\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "dateline: 6 March 2025", "subtitle: **Key points:**"]);
    }

    [Fact]
    public void A_headline_that_ends_with_a_preposition_over_its_standfirst_is_the_title()
    {
        Parts($"The little-known parking rule every driver in the county should be aware of\nFrom Monday, cameras will fine drivers who stop in the box junction by the quay.\nBy Mara Lindqvist\n6 March 2025\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: The little-known parking rule every driver in the county should be aware of", "byline: By Mara Lindqvist", "dateline: 6 March 2025"]);
    }

    [Fact]
    public void The_first_line_of_a_hard_wrapped_paragraph_that_breaks_after_the_is_no_headline()
    {
        Parts($"Harbour Notes · Issue 14 · Friday 4 December 2026\n--------------------------------------------------\n\nDear neighbours,\n\nThank you to the ninety of you who turned out in the wind for the\nSeptember beach clean. Between you, you filled forty sacks and found two\nbicycles and a rowing boat under the old pier.\n\n{Closing}")
            .ShouldBe(["title: Harbour Notes · Issue 14 · Friday 4 December 2026", "salutation: Dear neighbours,"]);
    }

    [Fact]
    public void The_writers_picture_between_a_reviews_stars_and_its_byline_leaves_the_title_above_them()
    {
        Parts($"[Reviews](/reviews) › [Albums](/reviews/albums)\n\n# The Netmender – *Low Water* review: a quiet record about a loud harbour\n★★★★☆\n![Owen Calloway](/avatars/ocalloway.jpg)\nBy Owen Calloway\n4 December 2026\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: # The Netmender – *Low Water* review: a quiet record about a loud harbour", "subtitle: ★★★★☆", "byline: By Owen Calloway", "dateline: 4 December 2026"]);
    }

    [Fact]
    public void A_markdown_sub_heading_right_over_the_first_paragraph_is_the_storys_first()
    {
        Parts($"# Harbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n\n## The plan\n{Body}\n\n{Closing}")
            .ShouldBe(["title: # Harbour Wall To Be Rebuilt Before Winter", "byline: By Mara Lindqvist", "subtitle: ## The plan"]);
    }

    [Fact]
    public void A_dateline_over_the_first_paragraph_and_one_that_opens_it_are_datelines()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\n\nALDERWICK, March 4 (NordPort Wire) -\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "dateline: ALDERWICK, March 4 (NordPort Wire) -"]);
        Parts($"Harbour Wall To Be Rebuilt Before Winter\n\nALDERWICK, March 4 (NordPort Wire) - {Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "dateline: ALDERWICK, March 4 (NordPort Wire) - "]);
    }

    [Fact]
    public void A_press_releases_first_statement_of_its_headline_is_the_title_and_the_lines_under_it_are_the_heads()
    {
        Parts($"FOR IMMEDIATE RELEASE\n\nHarbour Wall To Be Rebuilt Before Winter, Creating 40 Jobs\nThe four-million contract goes to a local builder, with work to start in May\n\nNews provided by\nAlderwick Harbour Board\nShare this article\n\nHarbour Wall To Be Rebuilt Before Winter, Creating 40 Jobs\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter, Creating 40 Jobs", "subtitle: The four-million contract goes to a local builder, with work to start in May"]);
    }

    [Fact]
    public void A_letter_opens_with_its_greeting_and_ends_with_the_parting_line_the_writer_signs_under()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\n\nDear neighbours,\n\n{Body}\n\n{Closing}\n\nYours sincerely,\nPat Gorringe\nHon. Secretary, Friends of Holm Park")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "salutation: Dear neighbours,", "sign-off: Yours sincerely,", "byline: Pat Gorringe", "byline: Hon. Secretary, Friends of Holm Park"]);
    }

    [Fact]
    public void A_parting_line_that_a_line_announces_is_quoted_not_signed_under()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\nThe last message the keeper sent read:\n\nSee you soon,\nMaren\n\n{Closing}")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter"]);
    }

    [Fact]
    public void A_name_and_role_under_the_last_paragraph_is_the_writers_sign_off_and_a_bare_name_is_not()
    {
        Parts($"Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\n{Closing}\n\nNia Penrose, editor")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter", "byline: Nia Penrose, editor"]);
        Parts($"Harbour Wall To Be Rebuilt Before Winter\n\n{Body}\n\n{Closing}\n\nNia Penrose")
            .ShouldBe(["title: Harbour Wall To Be Rebuilt Before Winter"]);
    }

    [Fact]
    public void A_box_of_facts_between_the_head_and_the_body_leaves_the_head_above_it()
    {
        Parts($"The Netmender review – a quiet film about a loud harbour\nReviewed by Owen Calloway\n\nDirector: Ana Ruiz\nCast: Tomas Vell, Ines Marr\nRunning time: 104 minutes\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: The Netmender review – a quiet film about a loud harbour", "byline: Reviewed by Owen Calloway"]);
    }

    [Fact]
    public void The_headline_the_page_states_again_is_the_title_over_a_line_shaped_like_one_above_it()
    {
        Parts($"Weekend Reading From The Harbour Desk\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n\n{Body}\n\n{Closing}\n\nHARBOUR WALL TO BE REBUILT BEFORE WINTER")
            .ShouldBe(["subtitle: Weekend Reading From The Harbour Desk", "title: Harbour Wall To Be Rebuilt Before Winter", "byline: By Mara Lindqvist"]);
    }

    [Fact]
    public void The_writers_bare_name_and_the_date_under_a_standfirst_that_reads_as_the_body_are_the_heads()
    {
        Parts($"# The ladder\nIt came back last week, freshly painted, with a note in the careful hand of the neighbour who had borrowed it for one weekend eleven years ago.\nMara Lindqvist\n12 March 2025\n\n{Body}\n\n{Closing}")
            .ShouldBe(["title: # The ladder", "byline: Mara Lindqvist", "dateline: 12 March 2025"]);
    }

    private static string[] Parts(string text) =>
        [.. Verifier.Layer(text, BoilerplatePlugin.PartsLayer).Annotations.Select(a => $"{a.Value}: {text[a.Span.Start..a.Span.End]}")];
}
