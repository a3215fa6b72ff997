using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Tests.Text;

public sealed class LineMapTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("a\n\r\nb\rc", 6, 4, 1)]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\ncd", 5, 2, 3)]
    public void Offsets_map_to_one_based_lines_and_columns_whatever_the_line_endings(string text, int offset, int line, int column)
    {
        new LineMap(text).GetPosition(offset).ShouldBe(new LinePosition(line, column));
    }

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        var map = new LineMap("😀 x");
        map.GetPosition(3).ShouldBe(new LinePosition(1, 4));
    }

    [Fact]
    public void Line_count_includes_a_final_empty_line()
    {
        new LineMap("a\nb\n").LineCount.ShouldBe(3);
        new LineMap(string.Empty).LineCount.ShouldBe(1);
    }

    [Fact]
    public void Span_maps_to_start_and_exclusive_end()
    {
        var map = new LineMap("one\ntwo three");
        map.GetPositionSpan(new TextSpan(8, 5)).ToString().ShouldBe("2,5,2,10");
    }

    [Fact]
    public void Offsets_outside_the_text_are_rejected()
    {
        var map = new LineMap("abc");
        Should.Throw<ArgumentOutOfRangeException>(() => map.GetPosition(4));
        Should.Throw<ArgumentOutOfRangeException>(() => map.GetPosition(-1));
        map.GetPosition(3).ShouldBe(new LinePosition(1, 4));
    }

    [Fact]
    public void Line_start_gives_the_offset_of_a_line()
    {
        var map = new LineMap("ab\r\ncd\nef");
        map.GetLineStart(1).ShouldBe(0);
        map.GetLineStart(2).ShouldBe(4);
        map.GetLineStart(3).ShouldBe(7);
        Should.Throw<ArgumentOutOfRangeException>(() => map.GetLineStart(4));
        Should.Throw<ArgumentOutOfRangeException>(() => map.GetLineStart(0));
    }
}
