using PluginHost.Testing;

namespace PluginName.Tests;

public sealed class LongSentenceFinderTests
{
    // The plugin with its real rule files, which the build copies beside the tests.
    private static readonly PluginVerifier Verifier = new(new PluginNamePlugin(), Path.Combine(AppContext.BaseDirectory, "rules"));

    private static string Sentence(int words) => "Word" + string.Concat(Enumerable.Repeat(" word", words - 1)) + ".";

    [Fact]
    public void Rule_examples_hold() => Verifier.VerifyRuleExamples();

    [Fact]
    public void A_sentence_over_the_limit_is_reported() =>
        Verifier.Verify($"A short one. {{|ZZ0001:{Sentence(36)}|}} Another short one.");

    [Fact]
    public void A_sentence_at_the_limit_is_not_reported() =>
        Verifier.Verify(Sentence(35));
}
