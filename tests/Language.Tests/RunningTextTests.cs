namespace Language.Tests;

public sealed class RunningTextTests
{
    private const string Sentence = "The council voted to rebuild the harbour wall";

    [Theory]
    [InlineData(".")]
    [InlineData("!")]
    [InlineData("?")]
    [InlineData("…")]
    [InlineData("。")]
    [InlineData("！")]
    [InlineData("？")]
    [InlineData("।")]
    [InlineData("॥")]
    [InlineData("۔")]
    [InlineData("؟")]
    [InlineData("։")]
    [InlineData("።")]
    public void A_line_that_ends_a_sentence_in_any_script_is_running_text(string end)
    {
        RunningText.Is(Sentence + end, RunningText.FewestLetters).ShouldBeTrue();
    }

    [Theory]
    [InlineData(".\"")]
    [InlineData(".'")]
    [InlineData(".”")]
    [InlineData(".“")]
    [InlineData(".«")]
    [InlineData(".»")]
    [InlineData(".)")]
    [InlineData(".]")]
    [InlineData(".*")]
    [InlineData("._")]
    [InlineData(".” ) ")]
    public void Closing_quotes_brackets_and_emphasis_after_the_end_are_set_aside(string end)
    {
        RunningText.Is(Sentence + end, RunningText.FewestLetters).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Publisert 13. juni 2024 kl. 08.14 av redaksjonen")]
    [InlineData("The council voted to rebuild the harbour wall,")]
    [InlineData("The council voted to rebuild the harbour wall:")]
    [InlineData("Home | News | Sport | Weather | Culture | Opinion")]
    [InlineData("")]
    public void A_line_that_ends_no_sentence_is_not(string line)
    {
        RunningText.Is(line, RunningText.FewestLetters).ShouldBeFalse();
    }

    [Fact]
    public void A_sentence_of_fewer_letters_than_the_fewest_is_not()
    {
        RunningText.Is("Storm closes road.", RunningText.FewestLetters - 1).ShouldBeFalse();
        RunningText.Is("Storm closes road.", RunningText.FewestLetters).ShouldBeTrue();
    }
}
