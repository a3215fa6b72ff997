using PluginHost.Sdk.Text;

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

    [Theory]
    [InlineData("Bread costs €2 and milk 90 cents.", "€2 → EUR 2 (money) | 90 cents → EUR 0.9 (money)")]
    [InlineData("A stamp costs 20 to 30 cents.", "20 to 30 cents → USD 0.2–0.3 (range)")]
    [InlineData("It will cost between 1 million and 2 billion dollars.", "between 1 million and 2 billion dollars → USD 1,000,000–2,000,000,000 (range)")]
    [InlineData("Between 5,000 and 3 million people may flee.", "Between 5,000 and 3 million people → 5,000–3,000,000 people (range)")]
    [InlineData("It cost between $3 million and $5 million.", "between $3 million and $5 million → USD 3,000,000–5,000,000 (range)")]
    [InlineData("The walk is 1 to 3 miles.", "1 to 3 miles → 1–3 miles (range)")]
    [InlineData("They drew 3-3 on Sunday.", "")]
    [InlineData("Temperatures fell to minus 5 degrees.", "minus 5 degrees → -5 degrees (measure)")]
    public void Money_ranges_and_signs_read_as_written(string text, string expected)
    {
        string.Join(" | ", Quantities(text)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Baby Noor, 1, recovered.", "1 → 1 year (measure)")]
    [InlineData("Amara, 34, runs a shop.", "34 → 34 years (measure)")]
    [InlineData("Elder Mose, 120, died.", "120 → 120 years (measure)")]
    [InlineData("Elder Mose, 121, died.", "121 → 121 (count)")]
    [InlineData("One person died.", "One person → 1 person (count)")]
    [InlineData("The one person who knew left.", "")]
    public void Ages_and_the_number_one_are_read_by_their_neighbours(string text, string expected)
    {
        string.Join(" | ", Quantities(text)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Police held 50 men", "50 men → 50 men (count)")]
    [InlineData("Police held 50 armed men.", "50 armed men → 50 armed men (count)")]
    [InlineData("It employs 40 people locally.", "40 people → 40 people (count)")]
    [InlineData("It hired 40 part-time workers.", "40 part-time workers → 40 part-time workers (count)")]
    [InlineData("It sent 12 county fire service engineers.", "12 county fire service engineers → 12 county fire service engineers (count)")]
    [InlineData("It sent 12 county fire service crews to the coast.", "12 county fire service crews → 12 county fire service crews (count)")]
    [InlineData("It sent 12 county fire service staff.", "12 county fire service → 12 county fire service (count)")]
    [InlineData("It sent 12 county fire service crews across the border.", "12 county fire service crews → 12 county fire service crews (count)")]
    [InlineData("A 12 member review panel recommends closing it.", "12 member review panel → 12 member review panel (count)")]
    [InlineData("A 5 person rescue crew works nights.", "5 person rescue crew → 5 person rescue crew (count)")]
    [InlineData("A 3 bedroom family home costs £250,000.", "3 bedroom → 3 bedroom (count) | £250,000 → GBP 250,000 (money)")]
    [InlineData("More than 20 Knicks season ticket holders protested.", "More than 20 Knicks season ticket holders → more than 20 Knicks season ticket holders (count)")]
    [InlineData("The drug killed 100,000 Americans.", "100,000 Americans → 100,000 Americans (count)")]
    [InlineData("About 100,000 American lives were lost.", "About 100,000 American lives → about 100,000 American lives (count)")]
    [InlineData("It kills 12 people in the city every day.", "12 people in the city every day → 12 people per day (count)")]
    [InlineData("The plant employs 40 people; weekly checks are held.", "40 people → 40 people (count)")]
    [InlineData("Roughly 12 per 100,000.", "Roughly 12 per 100,000 → about 12 per 100,000 (count)")]
    public void What_is_counted_and_how_often_comes_from_the_words_after(string text, string expected)
    {
        string.Join(" | ", Quantities(text)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The temperature hit 40 degrees Celsius.", "degree celsius")]
    [InlineData("The star is 4 light-years away.", "light-year")]
    [InlineData("The tree is 40 inches wide.", "inch")]
    [InlineData("The fire burned 300 acres.", "acre")]
    [InlineData("The plant makes 50 MWh.", "mwh")]
    [InlineData("The 2,000-mile border is long.", "mile")]
    public void A_unit_is_reported_in_the_singular(string text, string unit)
    {
        var article = Article.Create("a.txt", text);
        var quantities = new QuantityReader(NumbersUnderTest.Lexicon).Read(article, new NumeralScanner(NumbersUnderTest.Lexicon).Scan(article));
        quantities.ShouldHaveSingleItem().Unit.ShouldBe(unit);
    }
}
