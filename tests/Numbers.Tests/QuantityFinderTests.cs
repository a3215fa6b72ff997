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
}
