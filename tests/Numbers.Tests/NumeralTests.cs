namespace Numbers.Tests;

public sealed class NumeralTests
{
    [Theory]
    [InlineData(3, 3)]
    [InlineData(3, 2)]
    public void A_numeral_covers_at_least_one_token(int first, int end)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Numeral(first, end, NumeralForm.Figure, 1));
        var numeral = new Numeral(first, first + 1, NumeralForm.Figure, 1);
        Should.Throw<ArgumentOutOfRangeException>(() => numeral with { EndToken = end });
        (numeral with { EndToken = first + 2 }).EndToken.ShouldBe(first + 2);
    }
}
