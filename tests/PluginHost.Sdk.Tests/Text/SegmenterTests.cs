using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Tests.Text;

public sealed class SegmenterTests
{
    private static List<string> Sentences(string text) =>
        [.. Article.Create("a.txt", text).Segmentation.Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length))];

    private static List<string> Paragraphs(string text, string path = "a.txt") =>
        [.. Article.Create(path, text).Segmentation.Paragraphs.Select(s => text.Substring(s.Span.Start, s.Span.Length))];

    [Fact]
    public void Sentences_end_at_terminal_punctuation_before_a_capital()
    {
        Sentences("The vote failed. Lawmakers left! Why? Nobody knows").ShouldBe(["The vote failed.", "Lawmakers left!", "Why?", "Nobody knows"]);
    }

    [Fact]
    public void Closing_quotation_marks_stay_with_their_sentence()
    {
        Sentences("She said, “We will win.” The crowd cheered.").ShouldBe(["She said, “We will win.”", "The crowd cheered."]);
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        Sentences("Dr. Ruiz met Mr. Okafor and J. Smith on Jan. 5. They talked.").ShouldBe(["Dr. Ruiz met Mr. Okafor and J. Smith on Jan. 5.", "They talked."]);
    }

    [Fact]
    public void A_dot_before_a_lowercase_word_does_not_end_a_sentence()
    {
        Sentences("It cost 3 mln. dollars in total.").ShouldBe(["It cost 3 mln. dollars in total."]);
    }

    [Theory]
    [InlineData("Wait... What happened? Nobody knew!", new[] { "Wait...", "What happened?", "Nobody knew!" })]
    [InlineData("He left (for good.) Then rain.", new[] { "He left (for good.)", "Then rain." })]
    [InlineData("Prices rose 5.5 percent. “Fine,” he said.", new[] { "Prices rose 5.5 percent.", "“Fine,” he said." })]
    [InlineData("It ended. 2024 was worse.", new[] { "It ended.", "2024 was worse." })]
    [InlineData("The U.S. and Mexico met.", new[] { "The U.S. and Mexico met." })]
    [InlineData("Ask Sen. Ruiz. She knows.", new[] { "Ask Sen. Ruiz.", "She knows." })]
    [InlineData(". Leading dot. Then", new[] { ".", "Leading dot.", "Then" })]
    public void Sentence_ends_are_found_around_numbers_brackets_and_abbreviations(string text, string[] sentences)
    {
        Sentences(text).ShouldBe(sentences);
    }

    [Fact]
    public void Sentences_never_cross_paragraphs()
    {
        Sentences("First line without stop\nSecond line.").ShouldBe(["First line without stop", "Second line."]);
    }

    [Fact]
    public void Plain_text_paragraphs_are_non_blank_lines()
    {
        Paragraphs("Home / News\nTitle here\n\n  Body text.  \n").ShouldBe(["Home / News", "Title here", "Body text."]);
    }

    [Fact]
    public void Markdown_paragraphs_run_to_a_blank_line_heading_or_list_item()
    {
        Paragraphs("# Title\nFirst line\nsecond line\n\n- item one\n- item two\n1. numbered\nText", "a.md")
            .ShouldBe(["# Title", "First line\nsecond line", "- item one", "- item two", "1. numbered\nText"]);
    }

    [Fact]
    public void Lines_include_empty_lines_and_carry_their_tokens()
    {
        var article = Article.Create("a.txt", "one two\r\n\r\nthree");
        article.Segmentation.Lines.Select(l => l.TokenCount).ShouldBe([2, 0, 1]);
        article.Segmentation.Lines[2].Span.ShouldBe(new TextSpan(11, 5));
    }

    [Fact]
    public void An_empty_article_has_no_paragraphs_or_sentences()
    {
        var article = Article.Create("a.txt", string.Empty);
        article.Segmentation.Paragraphs.ShouldBeEmpty();
        article.Segmentation.Sentences.ShouldBeEmpty();
        article.Whole.TokenCount.ShouldBe(0);
    }
}
