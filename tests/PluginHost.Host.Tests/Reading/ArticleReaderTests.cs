using System.Text;
using PluginHost.Host.Reading;

namespace PluginHost.Host.Tests.Reading;

public sealed class ArticleReaderTests
{
    [Fact]
    public void Utf8_is_read_and_its_byte_order_mark_dropped()
    {
        var result = ArticleReader.Decode("a.txt", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Café")]);
        result.Article!.Text.ShouldBe("Café");
        result.InvalidBytes.ShouldBe(0);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_with_a_byte_order_mark_is_read(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var result = ArticleReader.Decode("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Новости\r\nnews")]);
        result.Article!.Text.ShouldBe("Новости\r\nnews");
        result.Article.Lines.GetPosition(9).ShouldBe(new(2, 1));
    }

    [Fact]
    public void Invalid_utf8_becomes_one_replacement_character_per_byte_and_is_counted()
    {
        var result = ArticleReader.Decode("a.txt", [(byte)'a', (byte)'b', 0xFF, 0xFE, (byte)'c']);
        result.Article!.Text.ShouldBe("ab\uFFFD\uFFFDc");
        result.InvalidBytes.ShouldBe(2);
        result.FirstInvalidOffset.ShouldBe(2);
    }

    [Fact]
    public void Nul_bytes_make_a_file_binary()
    {
        var result = ArticleReader.Decode("a.png", [0x89, (byte)'P', 0, 0]);
        result.Article.ShouldBeNull();
        result.BinaryReason.ShouldBe("a NUL byte at byte 2");
    }

    [Fact]
    public void A_missing_file_is_a_failure_not_an_exception()
    {
        var result = new ArticleReader().Read("gone.txt", "/nonexistent/gone.txt");
        result.Article.ShouldBeNull();
        result.Failure.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void An_empty_file_is_an_empty_article()
    {
        ArticleReader.Decode("a.txt", []).Article!.Text.ShouldBeEmpty();
    }
}
