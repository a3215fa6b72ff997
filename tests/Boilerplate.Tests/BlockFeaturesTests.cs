using Boilerplate.Blocks;
using Boilerplate.Classification;
using PluginHost.Sdk.Text;

namespace Boilerplate.Tests;

public sealed class BlockFeaturesTests
{
    private static BlockFeatures Of(string text, HashSet<string>? stopwords = null)
    {
        var article = Article.Create("a.txt", text);
        return BlockFeatures.Of(article, new Block(0, new TextSpan(0, text.Length), text, new TextSpan(0, text.Length)), stopwords);
    }

    [Theory]
    [InlineData('\u1100', 3)]
    [InlineData('\u11FF', 3)]
    [InlineData('\u2E80', 3)]
    [InlineData('\u9FFF', 3)]
    [InlineData('\uAC00', 3)]
    [InlineData('\uD7AF', 3)]
    [InlineData('\uF900', 3)]
    [InlineData('\uFAFF', 3)]
    [InlineData('\u10FF', 1)]
    [InlineData('\u1200', 1)]
    [InlineData('\u2E7F', 1)]
    [InlineData('\uA000', 1)]
    [InlineData('\uABFF', 1)]
    [InlineData('\uD7B0', 1)]
    [InlineData('\uF8FF', 1)]
    [InlineData('\uFB00', 1)]
    [InlineData('a', 1)]
    public void An_ideograph_kana_or_hangul_syllable_counts_as_three_characters(char c, int length) =>
        Of(c.ToString()).Characters.ShouldBe(length);

    [Fact]
    public void Stopword_density_is_the_share_of_words_that_are_stopwords() =>
        Of("the harbour and the wall", ["the", "and"]).StopwordDensity.ShouldBe(0.6);

    [Fact]
    public void An_image_described_in_four_words_or_more_is_no_link_but_a_shorter_one_is()
    {
        Of("![The keepers' cottages seen from the landing](/a.jpg)").LinkDensity.ShouldBe(0);
        Of("![Three word caption](/a.jpg)").LinkDensity.ShouldBe(1);
    }
}
