using PluginHost.Host.Fixing;
using static Boilerplate.Tests.HarbourStory;

namespace Boilerplate.Tests;

/// <summary>What an article reads like once the plugin's fixes are applied, as 'pluginhost fix' applies them.</summary>
public sealed class BoilerplateFixTests
{
    private const string More = "Residents welcomed the decision at a meeting on Wednesday night, where the engineers explained the plan.";

    private static string Fixed(string text) => FixApplier.Apply(text, BoilerplateUnderTest.Verifier.Analyze(text).Where(d => d.Id.StartsWith("BP", StringComparison.Ordinal))).Text;

    [Fact]
    public void Residue_before_between_and_after_the_story_goes_with_its_blank_lines()
    {
        Fixed($"Home / Local / Harbour\n\n{Body}\n\nShare on Facebook\n\n{More}\n\nRelated posts\n\n© 2026 The Courier. All rights reserved.\n")
            .ShouldBe($"{Body}\n\n{More}\n");
    }

    [Fact]
    public void Windows_line_endings_are_kept()
    {
        Fixed($"Home / Local / Harbour\r\n\r\n{Body}\r\n\r\n{More}\r\n\r\nShare on Facebook\r\n").ShouldBe($"{Body}\r\n\r\n{More}\r\n");
    }

    [Fact]
    public void A_last_line_without_a_line_break_goes_with_the_break_before_it()
    {
        Fixed($"{Body}\n\n{More}\n\nShare on Facebook").ShouldBe($"{Body}\n\n{More}\n");
    }

    [Fact]
    public void A_glued_widget_word_goes_alone()
    {
        Fixed($"Share{Body}\n\n{More}Read more\n").ShouldBe($"{Body}\n\n{More}\n");
    }

    [Fact]
    public void A_copy_of_the_title_goes_and_the_title_stays()
    {
        Fixed($"Harbour Wall To Be Rebuilt\n\nHARBOUR WALL TO BE REBUILT\n\n{Body}\n").ShouldBe($"Harbour Wall To Be Rebuilt\n\n{Body}\n");
    }
}
