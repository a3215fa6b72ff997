using Boilerplate.Classification;

namespace Boilerplate.Tests;

public sealed class BlockClassifierTests
{
    private static readonly ClassifierSettings Settings = new(LengthLow: 70, LengthHigh: 120, StopwordsLow: 0.22, StopwordsHigh: 0.30, MaxLinkDensity: 0.2);

    private static BlockClass Initial(int characters, double? density, double links = 0, bool endsSentence = true) =>
        BlockClassifier.Initial(new BlockFeatures(characters, 10, density, links, endsSentence), Settings);

    [Theory]
    [InlineData(200, 0.5, 0.21, "Bad")]
    [InlineData(200, 0.5, 0.2, "Good")]
    [InlineData(69, 0.5, 0.0, "NearGood")]
    [InlineData(69, 0.30, 0.0, "NearGood")]
    [InlineData(69, 0.29, 0.0, "Short")]
    [InlineData(69, 0.5, 0.1, "Bad")]
    [InlineData(70, 0.5, 0.0, "NearGood")]
    [InlineData(121, 0.30, 0.0, "Good")]
    [InlineData(120, 0.30, 0.0, "NearGood")]
    [InlineData(200, 0.29, 0.0, "NearGood")]
    [InlineData(200, 0.22, 0.0, "NearGood")]
    [InlineData(200, 0.21, 0.0, "Bad")]
    public void A_block_is_classed_by_its_length_stopwords_and_links_at_each_threshold(int characters, double density, double links, string expected) =>
        Initial(characters, density, links).ShouldBe(Enum.Parse<BlockClass>(expected));

    [Fact]
    public void A_short_block_is_near_good_only_as_a_sentence_with_a_known_language()
    {
        Initial(69, 0.5, endsSentence: false).ShouldBe(BlockClass.Short);
        Initial(69, null).ShouldBe(BlockClass.Short);
    }

    [Fact]
    public void Without_stopwords_a_sentence_counts_as_text_and_anything_else_as_residue()
    {
        Initial(200, null).ShouldBe(BlockClass.Good);
        Initial(200, null, endsSentence: false).ShouldBe(BlockClass.Bad);
    }

    [Theory]
    [InlineData("G S G", "G G G")]
    [InlineData("B S B", "B B B")]
    [InlineData("S B", "B B")]
    [InlineData("G S", "G G")]
    [InlineData("S", "G")]
    [InlineData("G S B", "G B B")]
    [InlineData("G N B", "G G B")]
    [InlineData("N S N", "G G G")]
    [InlineData("S G", "B G")]
    [InlineData("G N B N G", "G G B G G")]
    public void Short_and_near_good_blocks_take_the_class_of_the_sure_blocks_around_them(string initial, string revised)
    {
        static BlockClass Class(string c) => c switch { "G" => BlockClass.Good, "N" => BlockClass.NearGood, "S" => BlockClass.Short, _ => BlockClass.Bad };
        var classes = initial.Split(' ').Select(Class).ToArray();
        BlockClassifier.Revise(classes, _ => false).ShouldBe(revised.Split(' ').Select(Class).ToArray());
    }

    [Fact]
    public void A_neutral_block_is_no_ones_neighbour_and_keeps_its_class()
    {
        BlockClassifier.Revise([BlockClass.Good, BlockClass.Short, BlockClass.Bad, BlockClass.Good], i => i == 2)
            .ShouldBe([BlockClass.Good, BlockClass.Good, BlockClass.Bad, BlockClass.Good]);
    }
}
