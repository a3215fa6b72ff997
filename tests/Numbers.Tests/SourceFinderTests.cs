using PluginHost.Testing;

namespace Numbers.Tests;

public sealed class SourceFinderTests
{
    private static readonly PluginVerifier Verifier = NumbersUnderTest.Verifier;

    [Fact]
    public void A_first_paragraph_that_ends_with_a_full_stop_is_no_headline()
    {
        Verifier.Verify("""
            The ministry said so.

            Crime fell {|NM0001:14 percent|} last year.
            """);
    }

    [Fact]
    public void A_source_in_the_next_sentence_sources_nothing_before_it()
    {
        Verifier.Verify("Crime fell {|NM0001:{|NM0002:14 percent|}|} last year. According to police, arrests rose.");
    }

    [Fact]
    public void A_quote_sources_its_sentence()
    {
        Verifier.Verify("“Crime fell {|NM0001:14 percent|},” she wrote.");
    }
}
