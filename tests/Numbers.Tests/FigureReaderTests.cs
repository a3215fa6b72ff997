namespace Numbers.Tests;

public sealed class FigureReaderTests
{
    [Theory]
    [InlineData("100,000", false, 100000)]
    [InlineData("3.5", false, 3.5)]
    [InlineData("1,234.75", false, 1234.75)]
    [InlineData("1.200.000", false, 1200000)]
    [InlineData("1.200,5", true, 1200.5)]
    [InlineData("3,5", true, 3.5)]
    [InlineData("48.230,5", true, 48230.5)]
    [InlineData("7", true, 7)]
    public void A_figure_is_read_in_its_style(string text, bool european, double value)
    {
        FigureReader.Read(text, european).ShouldBe(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("12a")]
    [InlineData("1-2")]
    public void What_is_no_figure_reads_as_nothing(string text)
    {
        FigureReader.Read(text, european: false).ShouldBeNull();
    }

    [Theory]
    [InlineData("1.200,5", true)]
    [InlineData("1.200.000", true)]
    [InlineData("3,5", true)]
    [InlineData("17,25", true)]
    [InlineData("100,000", false)]
    [InlineData("12,345", false)]
    [InlineData("3.5", false)]
    [InlineData("2024", false)]
    public void European_style_is_told_by_the_figure_itself(string text, bool european)
    {
        FigureReader.IsEuropean(text).ShouldBe(european);
    }
}
