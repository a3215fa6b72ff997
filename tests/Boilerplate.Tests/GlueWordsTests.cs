using static Boilerplate.Tests.BoilerplateUnderTest;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

/// <summary>Widget words glued to the story where a line break was lost, split off through the whole plugin without cutting the story.</summary>
public sealed class GlueWordsTests
{
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
    [InlineData("In an emergency, call 999 and give your location, even from an iPhone without signal, police said.")]
    [InlineData("The school has 412 pupils, up from 380 in 2019.Anna Brand is a teacher at the school and has run its garden club for 12 years.")]
    public void A_short_widget_word_is_not_cut_from_the_story(string line)
    {
        Verify($"{line}\n\n{Body}");
    }

    [Fact]
    public void A_sentence_of_chrome_run_into_the_first_sentence_is_split_off()
    {
        Verify($"{Body}\n\n{{|BP0001:Sign up to our daily newsletter for the latest Port Ellery news|}}The engineers told the meeting that the new wall would be built of granite from the old quarry.");
    }

    [Fact]
    public void A_run_of_hashtags_is_not_cut_inside_a_hashtag()
    {
        Verify($"{Body}\n\n{Plan}\n\n{{|BP0001:Trending: #HarbourWall #FerryFares #PortElleryBudget #PortElleryRovers #Storms2027|}}");
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
    public void A_wire_code_opening_the_first_paragraph_is_split_off_and_the_headline_above_stays()
    {
        Verify($"Harbour Wall To Be Rebuilt Before Winter\n\n{{|BP0001:(NPW) — |}}{Body}\n\nResidents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.");
    }
}
