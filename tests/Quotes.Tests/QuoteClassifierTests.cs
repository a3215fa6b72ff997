using PluginHost.Sdk.Text;
using PluginHost.Testing;

namespace Quotes.Tests;

public sealed class QuoteClassifierTests
{
    private static readonly QuoteClassifier Classifier = new(QuotesUnderTest.Settings.GetList("term_markers"), QuotesUnderTest.Settings.GetList("title_words"));

    private static List<QuoteKind> Kinds(string text)
    {
        var article = Article.Create("a.txt", text);
        return [.. QuoteScanner.Scan(article).Quotes.Select(q => Classifier.Classify(article, q))];
    }

    [Theory]
    [InlineData("“We will rebuild the pier,” the mayor said.")]
    [InlineData("The mayor said, “We will rebuild the pier.”")]
    [InlineData("The mayor told reporters: \"We will rebuild.\"")]
    [InlineData("The mayor said \"We will rebuild the old pier by spring.\"")]
    public void Whole_sentences_are_speech(string text)
    {
        Kinds(text).ShouldBe([QuoteKind.Speech]);
    }

    [Theory]
    [InlineData("The union vowed to \"fight every cut\" this year.")]
    [InlineData("She called the plan «a waste of good money» and left.")]
    [InlineData("He said the levy would be “temporary”.")]
    public void Words_quoted_inside_a_sentence_are_partial(string text)
    {
        Kinds(text).ShouldBe([QuoteKind.Partial]);
    }

    [Theory]
    [InlineData("Critics attacked the so-called “efficiency plan” on Monday.")]
    [InlineData("The raid was part of an inquiry known as 'Harbour Light'.")]
    [InlineData("The council passed the „Clean Harbours Act“ in May.")]
    [InlineData("Police ran the sting, code-named “Operation Lantern,” for a year.")]
    [InlineData("She wrote a report titled \"Ten Years of Tides\" for the board.")]
    public void Names_titles_and_scare_quotes_are_terms(string text)
    {
        Kinds(text).ShouldBe([QuoteKind.Term]);
    }

    [Fact]
    public void A_title_case_quote_that_opens_a_sentence_is_speech()
    {
        Kinds("“Never Again,” the crowd chanted.").ShouldBe([QuoteKind.Speech]);
    }
}
