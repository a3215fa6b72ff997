using Language.Detection;

namespace Language.Tests;

public sealed class TellingWordsTests
{
    private static readonly string[][] Neighbours = [["hr", "sr", "bs"], ["id", "ms"]];

    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["hr"] = ["tisuća", "vrijeme"],
        ["sr"] = ["hiljada", "vreme"],
        ["bs"] = ["hiljada", "vrijeme"],
        ["id"] = ["bahwa"],
        ["ms"] = ["bahawa"],
    };

    private static readonly TellingWords Telling = TellingWords.Of(Neighbours, l => Words[l], 20);

    [Theory]
    [InlineData("tisuća", new[] { "sr", "bs" })]
    [InlineData("hiljada", new[] { "hr" })]
    [InlineData("vrijeme", new[] { "sr" })]
    [InlineData("bahawa", new[] { "id" })]
    public void A_word_counts_against_the_neighbours_that_do_not_write_it(string word, string[] against)
    {
        Telling.Against[FeatureReader.WordHash(word)].ShouldBe(against, ignoreOrder: true);
    }

    [Fact]
    public void Words_are_compared_in_lower_case_and_composed()
    {
        var telling = TellingWords.Of(Neighbours, l => l == "hr" ? ["Tisuc\u0301a"] : [], 20);

        telling.Against.Keys.ShouldBe([FeatureReader.WordHash("tisuća")]);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Odds_that_are_not_a_number_of_at_least_one_are_refused(double odds)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TellingWords.Of(Neighbours, l => Words[l], odds));
    }

    [Fact]
    public void Odds_of_one_are_a_number_the_words_can_have()
    {
        TellingWords.Of(Neighbours, l => Words[l], 1).Odds.ShouldBe(1);
    }

    [Fact]
    public void A_word_of_two_groups_counts_against_the_neighbours_of_both_that_do_not_write_it()
    {
        var telling = TellingWords.Of(Neighbours, l => l is "hr" or "id" ? ["kata"] : [], 20);

        telling.Against[FeatureReader.WordHash("kata")].ShouldBe(["sr", "bs", "ms"], ignoreOrder: true);
    }

    [Fact]
    public void A_word_as_long_as_the_detector_reads_is_one()
    {
        var longest = new string('a', FeatureReader.MaxWordLength);

        TellingWords.Of(Neighbours, l => l == "hr" ? [longest] : [], 20).Against.Keys.ShouldBe([FeatureReader.WordHash(longest)]);
    }

    [Theory]
    [InlineData("e-mail")]
    [InlineData("all right")]
    [InlineData("")]
    [InlineData("donaudampfschifffahrtsgesellschaft")]
    public void A_word_the_detector_would_never_read_whole_is_refused(string word)
    {
        Should.Throw<ArgumentException>(() => TellingWords.Of(Neighbours, l => l == "hr" ? [word] : [], 20)).Message.ShouldContain($"'{word}'");
    }

    [Fact]
    public void The_rule_files_name_the_groups_and_each_language_s_words()
    {
        var shipped = TellingWords.From(LanguageUnderTest.Settings);

        shipped.Odds.ShouldBe(20);
        shipped.Against[FeatureReader.WordHash("tisuća")].ShouldBe(["sr", "bs"], ignoreOrder: true);
        shipped.Against[FeatureReader.WordHash("vreme")].ShouldBe(["hr", "bs"], ignoreOrder: true);
        shipped.Against[FeatureReader.WordHash("bahawa")].ShouldBe(["id"]);
        shipped.Against[FeatureReader.WordHash("сайте")].ShouldBe(["uk", "bg"], ignoreOrder: true);
        shipped.Against[FeatureReader.WordHash("читайте")].ShouldBe(["bg"]);
        shipped.Against[FeatureReader.WordHash("було")].ShouldBe(["ru"]);
    }
}
