namespace Numbers.Tests;

public sealed class NameOrCodeFilterTests
{
    private static string Quantities(string text) => string.Join(" | ", NumbersUnderTest.Quantities(text));

    [Theory]
    [InlineData("The account 00417 was frozen.")]
    [InlineData("It was filed under 8841203.")]
    public void Codes_with_a_leading_zero_or_seven_digits_are_not_quantities(string text)
    {
        Quantities(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Inflation fell to 0 percent.", "0 percent → 0 percent (percent)")]
    [InlineData("Police found 14 bodies on Harbour Road.", "14 bodies → 14 bodies (count)")]
    [InlineData("On Friday 12 people died.", "12 people → 12 people (count)")]
    [InlineData("Including 12 children, 40 people were hurt.", "12 children → 12 children (count) | 40 people → 40 people (count)")]
    public void Numbers_near_names_that_do_not_name_them_stay_quantities(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }
}
