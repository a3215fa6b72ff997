namespace Numbers.Tests;

public sealed class SpelledNumberTests
{
    [Theory]
    [InlineData("seven", true)]
    [InlineData("twenty-one", true)]
    [InlineData("Hundred", true)]
    [InlineData("twenty-first", false)]
    [InlineData("seventh", false)]
    [InlineData("several", false)]
    public void Cardinals_are_number_words(string word, bool cardinal)
    {
        SpelledNumber.IsCardinal(word).ShouldBe(cardinal);
    }

    [Theory]
    [InlineData("third", true)]
    [InlineData("twenty-first", true)]
    [InlineData("hundredth", true)]
    [InlineData("third-largest", false)]
    [InlineData("three", false)]
    [InlineData("fourth-quarter", false)]
    public void Ordinals_are_rank_words(string word, bool ordinal)
    {
        SpelledNumber.IsOrdinal(word).ShouldBe(ordinal);
    }

    [Theory]
    [InlineData("twenty-one", 21)]
    [InlineData("a hundred and five", 105)]
    [InlineData("a thousand", 1000)]
    [InlineData("three hundred twenty-one", 321)]
    [InlineData("twentieth", 20)]
    public void Number_words_have_their_value(string words, double value)
    {
        SpelledNumber.Value(words).ShouldBe(value);
    }

    [Fact]
    public void Words_that_are_no_number_have_no_value()
    {
        SpelledNumber.Value("several").ShouldBeNull();
    }
}
