namespace Numbers.Tests;

public sealed class QuantityReaderTests
{
    private static List<string> Quantities(string text) => NumbersUnderTest.Quantities(text);

    [Theory]
    [InlineData("They moved 100,000 people.", "100,000 people → 100,000 people (count)")]
    [InlineData("It cost $3.2 billion.", "$3.2 billion → USD 3,200,000,000 (money)")]
    [InlineData("It cost 1.5bn euros.", "1.5bn euros → EUR 1,500,000,000 (money)")]
    [InlineData("Support stood at 14%.", "14% → 14 percent (percent)")]
    [InlineData("Support stood at 14 per cent.", "14 per cent → 14 percent (percent)")]
    [InlineData("Support fell by 3 percentage points.", "3 percentage points → 3 percentage points decrease (percent)")]
    [InlineData("The 2,000-mile border is long.", "2,000-mile → 2,000 miles (measure)")]
    [InlineData("Police held 50 cartel members on Friday.", "50 cartel members → 50 cartel members (count)")]
    [InlineData("The drug kills 100,000 people annually.", "100,000 people annually → 100,000 people per year (count)")]
    [InlineData("It was a 14 percent decrease.", "14 percent decrease → 14 percent decrease (percent)")]
    [InlineData("They found twenty-one bodies.", "twenty-one bodies → 21 bodies (count)")]
    [InlineData("She has a hundred and five hens.", "a hundred and five hens → 105 hens (count)")]
    [InlineData("He bought a dozen eggs.", "a dozen eggs → 12 eggs (count)")]
    [InlineData("Output grew tenfold.", "tenfold → 10 times increase (multiplier)")]
    [InlineData("A third of voters agreed.", "A third of voters → 0.3333 voters (fraction)")]
    [InlineData("It took between 5 and 10 days.", "between 5 and 10 days → 5–10 days (range)")]
    [InlineData("Rents rose 10 to 15 percent.", "10 to 15 percent → 10–15 percent increase (range)")]
    [InlineData("More than 2,000 people came.", "More than 2,000 people → more than 2,000 people (count)")]
    [InlineData("Nearly 300 homes flooded.", "Nearly 300 homes → nearly 300 homes (count)")]
    [InlineData("As many as 40 ships sank.", "As many as 40 ships → up to 40 ships (count)")]
    [InlineData("Dozens of shops closed.", "Dozens of shops → vague, of the order of 10 shops (vague)")]
    [InlineData("Tens of thousands marched.", "Tens of thousands → vague, of the order of 10,000 (vague)")]
    [InlineData("It was the 20th attack.", "20th → 20 (ordinal)")]
    [InlineData("It is the third-largest city.", "third-largest → 3 (ordinal)")]
    [InlineData("Lending rose by €1.200,5 million.", "€1.200,5 million → EUR 1,200,500,000 increase (money)")]
    [InlineData("The drug kills more than 100,000 Americans annually.", "more than 100,000 Americans annually → more than 100,000 Americans per year (count)")]
    [InlineData("It costs tens of thousands of lives annually.", "tens of thousands of lives annually → vague, of the order of 10,000 lives per year (vague)")]
    [InlineData("Kwame Adebisi, 67, stayed.", "67 → 67 years (measure)")]
    [InlineData("It will cost between 1,5 and 2,5 billion euros.", "between 1,5 and 2,5 billion euros → EUR 1,500,000,000–2,500,000,000 (range)")]
    [InlineData("It cost C$40 million.", "C$40 million → CAD 40,000,000 (money)")]
    [InlineData("The track runs 5km.", "5km → 5 km (measure)")]
    [InlineData("Police evacuated 1500 people.", "1500 people → 1,500 people (count)")]
    [InlineData("Roughly 12 per 100,000 residents fell ill.", "Roughly 12 per 100,000 residents → about 12 per 100,000 residents (count)")]
    public void A_quantity_takes_its_value_unit_and_what_it_counts(string text, string expected)
    {
        Quantities(text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("It happened in 2006.", "2006 → 2006 (year)")]
    [InlineData("The 2024 budget passed.", "2024 → 2024 (year)")]
    [InlineData("2024 budget talks collapsed.", "2024 → 2024 (year)")]
    [InlineData("It ran from 1916-1917.", "1916-1917 → 1916–1917 (year)")]
    [InlineData("They met on January 23.", "January 23 → 23 (date)")]
    [InlineData("They met on January 23, 2024, in Rome.", "January 23, 2024 → 23 (date)")]
    [InlineData("The blast came at 12:17 GMT.", "12:17 GMT → 12 (time)")]
    [InlineData("Music of the 1990s returned.", "1990s → 1990–1999 (year)")]
    [InlineData("It dates from the mid-20th century.", "mid-20th century → 1901–2000 (year)")]
    public void Years_dates_and_times_are_kept_apart(string text, string expected)
    {
        Quantities(text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Migrants were expelled under Title 42.")]
    [InlineData("The Boeing 737 was grounded.")]
    [InlineData("Project 2030 was launched.")]
    [InlineData("COVID-19 spread, said G7 leaders.")]
    [InlineData("The file is ID8841203.")]
    [InlineData("Call 555-0142 or +44 20 7946 0958 today.")]
    [InlineData("She lives at 14 Harbour Road.")]
    [InlineData("See No. 5 and page 12.")]
    public void Numbers_inside_names_and_codes_are_not_quantities(string text)
    {
        Quantities(text).ShouldBeEmpty();
    }

    [Fact]
    public void One_as_a_pronoun_is_not_a_count()
    {
        Quantities("One of the reasons is clear, and no one knows why.").ShouldBeEmpty();
    }

    [Fact]
    public void A_score_is_not_a_range()
    {
        Quantities("United won 3-1 on Sunday.").ShouldBeEmpty();
    }
}
