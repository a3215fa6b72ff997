namespace Numbers.Tests;

public sealed class CalendarReaderTests
{
    private static string Quantities(string text) => string.Join(" | ", NumbersUnderTest.Quantities(text));

    [Theory]
    [InlineData("Music of the '90s returned.", "'90s → 1990–1999 (year)")]
    [InlineData("90s music is back.", "90s → 1990–1999 (year)")]
    [InlineData("It ran from 2009-11.", "2009-11 → 2009–2011 (year)")]
    [InlineData("Warming from 2050-2100 is projected.", "2050-2100 → 2050–2100 (year)")]
    [InlineData("By 2100 the sea will be higher.", "2100 → 2100 (year)")]
    [InlineData("In 2019 doctors warned of it.", "2019 → 2019 (year)")]
    [InlineData("Elections are due in 2024", "2024 → 2024 (year)")]
    public void Years_and_decades_are_years(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("They counted 5000.", "5000 → 5,000 (count)")]
    [InlineData("The firm hired 2 thousand last year.", "2 thousand → 2,000 (count)")]
    [InlineData("Over 2000 attended.", "Over 2000 → more than 2,000 (count)")]
    [InlineData("It cost $2000.", "$2000 → USD 2,000 (money)")]
    [InlineData("It cost 2000 euros.", "2000 euros → EUR 2,000 (money)")]
    [InlineData("Prices rose 1200 percent.", "1200 percent → 1,200 percent increase (percent)")]
    [InlineData("The pipeline runs 1500 km.", "1500 km → 1,500 km (measure)")]
    public void Four_digits_that_measure_something_are_no_year(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("They met on May 31.", "May 31 → 31 (date)")]
    [InlineData("They met on 1 June.", "1 June → 1 (date)")]
    [InlineData("They met on 23 January.", "23 January → 23 (date)")]
    [InlineData("They met on 14 October 2024 in Rome.", "14 October 2024 → 14 (date)")]
    [InlineData("They met on January 23, in Rome.", "January 23 → 23 (date)")]
    [InlineData("The law passed in August 2022.", "August 2022 → 2,022 (date)")]
    [InlineData("In May 40 people died.", "40 people → 40 people (count)")]
    [InlineData("In March two ministers resigned.", "two ministers → 2 ministers (count)")]
    public void A_day_beside_a_month_is_a_date(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The shop shuts at 8pm.", "8pm → 8 (time)")]
    [InlineData("The polls close at 8 p.m.", "8 p.m. → 8 (time)")]
    [InlineData("The polls close at 1 p.m.", "1 p.m. → 1 (time)")]
    [InlineData("The polls close at 12 p.m.", "12 p.m. → 12 (time)")]
    [InlineData("Her demands were 3: pay, time and safety.", "3 → 3 (count)")]
    public void An_hour_with_its_time_word_is_a_time(string text, string expected)
    {
        Quantities(text).ShouldBe(expected);
    }
}
