namespace Numbers.Tests;

public sealed class NumeralScannerTests
{
    private static string Quantities(string text) => string.Join(" | ", NumbersUnderTest.Quantities(text));

    [Theory]
    [InlineData("Sales rose 3,5 percent and 1 200 new shops opened.", "3,5 percent → 3.5 percent increase (percent) | 1 200 new shops → 1,200 new shops (count)")]
    [InlineData("Sales rose 3,5 percent and 120 000 visitors came.", "3,5 percent → 3.5 percent increase (percent) | 120 000 visitors → 120,000 visitors (count)")]
    [InlineData("Sales rose 3,5 percent and 1 200", "3,5 percent → 3.5 percent increase (percent) | 1 200 → 1,200 (count)")]
    [InlineData("The club has 1 200 members.", "1 → 1 (count) | 200 members → 200 members (count)")]
    public void A_space_groups_thousands_only_in_an_article_written_in_European_style(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The rock is 1.6 times the mass of the Moon.", "1.6 times → 1.6 times (multiplier)")]
    [InlineData("The lake is three times the size of the city.", "three times → 3 times (multiplier)")]
    [InlineData("Sales rose 5-fold.", "5-fold → 5 times increase (multiplier)")]
    [InlineData("Profits doubled.", "doubled → 2 times (multiplier)")]
    [InlineData("Profits double.", "double → 2 times (multiplier)")]
    [InlineData("Profits doubles.", "doubles → 2 times (multiplier)")]
    [InlineData("Profits are doubling.", "doubling → 2 times (multiplier)")]
    [InlineData("Rents tripled.", "tripled → 3 times (multiplier)")]
    [InlineData("Rents triple.", "triple → 3 times (multiplier)")]
    [InlineData("Rents triples.", "triples → 3 times (multiplier)")]
    [InlineData("Rents are tripling.", "tripling → 3 times (multiplier)")]
    [InlineData("Rents trebled.", "trebled → 3 times (multiplier)")]
    [InlineData("Rents may treble.", "treble → 3 times (multiplier)")]
    [InlineData("Output quadrupled.", "quadrupled → 4 times (multiplier)")]
    [InlineData("Output may quadruple.", "quadruple → 4 times (multiplier)")]
    [InlineData("Sales rose threefold.", "threefold → 3 times increase (multiplier)")]
    [InlineData("Rents are twice what they were.", "twice → 2 times (multiplier)")]
    [InlineData("The bell rang thrice.", "thrice → 3 times (multiplier)")]
    public void Multiples_are_multipliers(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("They sold half a dozen eggs.", "half a dozen eggs → 6 eggs (count)")]
    [InlineData("It took half an hour.", "half an hour → 0.5 hours (measure)")]
    [InlineData("Two thirds of voters agreed.", "Two thirds of voters → 0.6667 voters (fraction)")]
    [InlineData("Three quarters of homes flooded.", "Three quarters of homes → 0.75 homes (fraction)")]
    [InlineData("One in five adults has diabetes.", "One in five adults → 0.2 adults (fraction)")]
    [InlineData("It is a third term for her.", "third → 3 (ordinal)")]
    [InlineData("The flash lasted two seconds.", "two seconds → 2 seconds (measure)")]
    public void Halves_fractions_and_ranks_are_told_apart(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }

    [Fact]
    public void A_fraction_before_a_comparing_word_stays_a_fraction()
    {
        NumbersUnderTest.Quantities("Sales were a third above target.").ShouldHaveSingleItem().ShouldStartWith("a third");
        NumbersUnderTest.Quantities("Sales were a third above target.").ShouldHaveSingleItem().ShouldEndWith("(fraction)");
    }

    [Theory]
    [InlineData("A million people came.", "A million people → 1,000,000 people (count)")]
    [InlineData("They saw three hundred and left.", "three hundred → 300 (count)")]
    [InlineData("Experts expect 10-15 million visitors.", "10-15 million visitors → 10,000,000–15,000,000 visitors (range)")]
    [InlineData("Several hundred people marched.", "Several hundred people → vague, of the order of 100 people (vague)")]
    [InlineData("The few thousand residents left.", "few thousand residents → vague, of the order of 1,000 residents (vague)")]
    [InlineData("Only a mere thousand people came.", "thousand people → 1,000 people (count)")]
    [InlineData("A few thousand fans waited.", "A few thousand fans → vague, of the order of 1,000 fans (vague)")]
    [InlineData("Tens of thousands marched.", "Tens of thousands → vague, of the order of 10,000 (vague)")]
    [InlineData("Two-thirds of the wards voted.", "Two-thirds → 0.6667 (fraction)")]
    [InlineData("Twenty-one boats sailed.", "Twenty-one boats → 21 boats (count)")]
    public void Magnitudes_and_vague_numbers_take_their_words(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("First, the rain stopped.", "")]
    [InlineData("Border guards let one in", "")]
    [InlineData("Toll rises to twenty", "twenty → 20 (count)")]
    [InlineData("Toll rises to 20", "20 → 20 (count)")]
    [InlineData("It fell by half", "half → 0.5 decrease (fraction)")]
    [InlineData("Toll rises to twenty\n\nFive more died.", "twenty → 20 (count) | Five → 5 (count)")]
    public void Numbers_at_the_edges_of_an_article_or_a_sentence_are_read_alone(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }
}
