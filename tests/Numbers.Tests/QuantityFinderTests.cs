using PluginHost.Testing;

namespace Numbers.Tests;

public sealed class QuantityFinderTests
{
    private static readonly PluginVerifier Verifier = NumbersUnderTest.Verifier;

    [Fact]
    public void The_rule_examples_hold()
    {
        Verifier.VerifyRuleExamples();
    }

    [Fact]
    public void An_age_is_no_statistic()
    {
        Verifier.Verify("Kwame Adebisi, 67, has lived by the river all his life.");
    }

    [Fact]
    public void A_headline_sources_nothing()
    {
        Verifier.Verify("""
            Ministry says crime is down

            Crime fell {|NM0001:{|NM0002:14 percent|}|} last year.
            """);
    }

    [Fact]
    public void A_statistic_is_sourced_by_its_sentence_or_the_one_before_it()
    {
        Verifier.Verify("""
            Crime fell {|NM0001:14 percent|} last year, the ministry said. Arrests rose {|NM0001:9 percent|} in May.

            Fines rose {|NM0001:{|NM0002:$3 million|}|}.
            """);
    }

    [Fact]
    public void A_fresh_plugin_reports_statistics()
    {
        var verifier = new PluginVerifier(new NumbersPlugin(), Path.Combine(AppContext.BaseDirectory, "rules"));
        verifier.Verify("Crime fell {|NM0001:{|NM0002:14 percent|}|} last year.");
    }

    [Fact]
    public void A_statistic_carries_its_reading_and_parts()
    {
        var statistic = Verifier.Analyze("Crime fell 14 percent last year.").Single(d => d.Id == "NM0001");
        statistic.Properties["reading"].ShouldBe("14 percent decrease");
        statistic.Properties["kind"].ShouldBe("percent");
        statistic.Properties["value"].ShouldBe(14d);
        statistic.Properties["unit"].ShouldBe("percent");
        statistic.Properties["change"].ShouldBe("decrease");
        statistic.Properties.ContainsKey("comparator").ShouldBeFalse();
    }

    [Fact]
    public void A_count_from_ten_is_a_statistic()
    {
        Verifier.Verify("Police arrested {|NM0001:{|NM0002:10 men|}|}.");
    }
}
