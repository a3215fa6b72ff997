using PluginHost.Sdk.Text;
using PluginHost.Testing;

namespace Quotes.Tests;

public sealed class QuoteClassifierTests
{
    private static readonly QuoteClassifier Classifier = new(QuotesUnderTest.Settings.GetList("term_markers"), QuotesUnderTest.Settings.GetList("title_words"), QuotesUnderTest.Settings.GetList("speech_nouns"));

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

    [Theory]
    [InlineData("The mayor simply said “We rebuild.”")]
    [InlineData("The mayor shouted “Stop the trucks!” twice.")]
    [InlineData("The mayor said “We will rebuild the old pier” before the vote.")]
    public void A_capitalised_quote_inside_a_sentence_is_speech_when_it_ends_a_sentence_or_runs_to_six_words(string text)
    {
        Kinds(text).ShouldBe([QuoteKind.Speech]);
    }

    [Theory]
    [InlineData("He called the result “Total chaos” on Monday.")]
    [InlineData("She shouted “Go on” at the runners.")]
    [InlineData("A “temporary” levy was approved.")]
    public void A_short_quote_that_does_not_end_a_sentence_is_partial(string text)
    {
        Kinds(text).ShouldBe([QuoteKind.Partial]);
    }

    [Fact]
    public void A_quote_opening_a_paragraph_after_a_headline_is_speech()
    {
        Kinds("Harbour plan approved\n\n“We will rebuild the pier,” the mayor said.").ShouldBe([QuoteKind.Speech]);
    }

    [Fact]
    public void A_title_case_quote_after_a_comma_is_speech_unless_a_title_word_marks_it()
    {
        Kinds("The crowd chanted, “Never Again”, as the march began.").ShouldBe([QuoteKind.Speech]);
    }

    [Fact]
    public void A_marker_that_opens_the_text_makes_the_quote_a_term()
    {
        Kinds("Dubbed “the iron lady” by rivals, she never lost a vote.").ShouldBe([QuoteKind.Term]);
    }

    [Fact]
    public void A_marker_in_the_sentence_before_does_not_make_a_quote_a_term()
    {
        Kinds("He would not say what the album is titled. “You will have to wait,” he said.").ShouldBe([QuoteKind.Speech]);
    }

    [Fact]
    public void A_title_of_twenty_words_after_a_marker_is_a_term()
    {
        Kinds("She wrote a book titled “A Short History of the Harbour and the Town That Grew Around It in the Years Before the Great War” in 1990.")
            .ShouldBe([QuoteKind.Term]);
    }

    [Theory]
    [InlineData("Relatives sat in court wearing T-shirts printed with the words “Justice for Tomasz and Kwame” on the front.")]
    [InlineData("Protesters carried a banner with the message “Save Our Pier” to the town hall.")]
    public void A_title_case_quote_after_a_noun_of_speech_is_someones_words(string text)
    {
        Kinds(text).ShouldBe([QuoteKind.Partial]);
    }

    [Fact]
    public void A_title_case_name_of_eight_words_is_a_term()
    {
        Kinds("The council passed the “Coastal Roads and Harbour Walls Safety Repair Act” in May.").ShouldBe([QuoteKind.Term]);
    }
}
