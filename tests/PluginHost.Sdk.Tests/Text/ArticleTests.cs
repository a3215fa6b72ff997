using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Tests.Text;

public sealed class ArticleTests
{
    [Theory]
    [InlineData("story.md", ArticleFormat.Markdown)]
    [InlineData("STORY.MARKDOWN", ArticleFormat.Markdown)]
    [InlineData("story.txt", ArticleFormat.PlainText)]
    [InlineData("story", ArticleFormat.PlainText)]
    public void Format_follows_the_file_extension(string path, ArticleFormat format)
    {
        Article.FormatOf(path).ShouldBe(format);
    }

    [Fact]
    public void Segments_of_the_article_kind_is_the_whole_text()
    {
        var article = Article.Create("a.txt", "One. Two.\n\nThree.");
        article.Segments(SegmentKind.Article).ShouldHaveSingleItem().Span.ShouldBe(new TextSpan(0, 17));
        article.Segments(SegmentKind.Paragraph).Count.ShouldBe(2);
        article.Segments(SegmentKind.Sentence).Count.ShouldBe(3);
        article.Segments(SegmentKind.Line).Count.ShouldBe(3);
    }

    [Fact]
    public void Span_of_tokens_runs_from_first_to_last_token()
    {
        var article = Article.Create("a.txt", "  alpha beta  gamma");
        article.SpanOfTokens(0, 2).ShouldBe(TextSpan.FromBounds(2, 12));
        article.TextOf(article.SpanOfTokens(1, 2)).ShouldBe("beta  gamma");
    }

    [Fact]
    public void An_empty_token_range_is_an_empty_span_where_it_would_start()
    {
        var article = Article.Create("a.txt", "alpha beta");
        article.SpanOfTokens(1, 0).ShouldBe(new TextSpan(6, 0));
        article.SpanOfTokens(2, 0).ShouldBe(new TextSpan(10, 0));
    }

    [Theory]
    [InlineData(0, 16, 0, 6)]
    [InlineData(2, 10, 1, 3)]
    [InlineData(3, 10, 2, 2)]
    [InlineData(16, 0, 6, 0)]
    [InlineData(12, 1, 5, 0)]
    public void Tokens_in_a_span_are_those_wholly_inside_it(int start, int length, int first, int count)
    {
        var article = Article.Create("a.txt", "A bc def. Ghij k");
        article.TokensIn(new TextSpan(start, length)).ShouldBe((first, count));
    }
}
