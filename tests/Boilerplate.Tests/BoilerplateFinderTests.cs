namespace Boilerplate.Tests;

public sealed class BoilerplateFinderTests
{
    private const string Body = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, and the work will start in May.";

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
    public void The_head_title_byline_and_date_stay_and_a_portals_menu_in_another_language_goes()
    {
        Verify($"{{|BP0001:Главные новости дня\nВсе рубрики сайта и архив публикаций|}}\n\nHarbour Wall To Be Rebuilt Before Winter\nBy Mara Lindqvist\n6 March 2024\n\n{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
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
}
