using PluginHost.Testing;

namespace Numbers.Tests;

public sealed class NumberStyleTests
{
    private static readonly PluginVerifier Verifier = NumbersUnderTest.Verifier;

    private static List<string> Fixes(string text) =>
        [.. Verifier.Analyze(text).Where(d => d.Id == "NM0003").SelectMany(d => d.Fixes).Select(f => $"{text.Substring(f.Span.Start, f.Span.Length)} → {f.NewText}")];

    [Fact]
    public void Small_counts_are_spelled_out_and_larger_ones_written_in_figures()
    {
        Fixes("Police arrested 5 men and twenty-one women.").ShouldBe(["5 → five", "twenty-one → 21"]);
    }

    [Fact]
    public void A_number_that_opens_a_sentence_is_spelled_out()
    {
        Fixes("The storm passed. 12 people were hurt, and 3 cars burned.").ShouldBe(["12 → Twelve", "3 → three"]);
    }

    [Fact]
    public void Percent_is_written_as_the_word()
    {
        Fixes("Prices rose 14% and wages 3 per cent.").ShouldBe(["% →  percent", " per cent →  percent"]);
    }

    [Fact]
    public void Ages_money_measures_years_and_ranks_keep_their_figures()
    {
        Fixes("The 7-year-old paid $5 for 3 miles of track in 2006 and came 2nd.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Police arrested 1 man.", "1 → one")]
    [InlineData("Police arrested ten men.", "ten → 10")]
    public void The_style_holds_at_its_edges(string text, string fix)
    {
        Fixes(text).ShouldBe([fix]);
    }

    [Theory]
    [InlineData("Police arrested 10 men.")]
    [InlineData("The storm passed. 100 homes were lost.")]
    [InlineData("They planted one thousand trees.")]
    public void Counts_from_ten_in_figures_and_a_thousand_in_words_are_left_alone(string text)
    {
        Fixes(text).ShouldBeEmpty();
    }
}
