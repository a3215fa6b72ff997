using PluginHost.Testing;

namespace Quotes.Tests;

public sealed class QuoteFinderTests
{
    private static readonly PluginVerifier Verifier = QuotesUnderTest.Verifier;

    [Fact]
    public void Unbalanced_quote_is_reported_at_the_mark_left_open()
    {
        Verifier.Verify("The mayor said {|QT0003:“|}we will rebuild.\n\nThe council met.");
    }

    [Fact]
    public void Balanced_quotes_report_no_open_mark()
    {
        Verifier.Verify("{|QT0001:“We will rebuild,”|} the mayor said. {|QT0001:'Soon,'|} she added.");
    }

    [Fact]
    public void The_rule_examples_hold()
    {
        Verifier.VerifyRuleExamples();
    }
}
