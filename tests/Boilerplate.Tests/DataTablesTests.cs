using Boilerplate.Blocks;

namespace Boilerplate.Tests;

public sealed class DataTablesTests
{
    [Fact]
    public void Rows_parted_by_bars_with_figures_are_a_table_header_and_all()
    {
        Rows("Party | Seats | Change\nCivic Alliance | 15 | -6\nGreen | 9 | +4\nIndependent | 6 | +2")
            .ShouldBe(["Party | Seats | Change", "Civic Alliance | 15 | -6", "Green | 9 | +4", "Independent | 6 | +2"]);
    }

    [Fact]
    public void Columns_aligned_with_blanks_are_a_table()
    {
        Rows("Pos  Name           Weight\n1    Ann Pike       48lb\n2    Bo Lind        41lb")
            .ShouldBe(["Pos  Name           Weight", "1    Ann Pike       48lb", "2    Bo Lind        41lb"]);
    }

    [Fact]
    public void A_markdown_table_keeps_its_rule_under_the_header()
    {
        Rows("| Block | Homes | Repairs |\n|---|---:|---:|\n| Weaver House | 96 | 17 |\n| Dyer Court | 120 | 20 |").Count.ShouldBe(4);
    }

    [Fact]
    public void Rows_of_menus_without_figures_are_no_table()
    {
        Rows("News | Sport | Weather\nJobs | Homes | Cars\nAbout | Contact | Help").ShouldBeEmpty();
    }

    [Fact]
    public void A_ranked_list_with_only_its_numbers_first_is_no_table()
    {
        Rows("1 | Harbour wall to be rebuilt | News\n2 | Ferry fares rise | Travel\n3 | Lifeboat crew honoured | News").ShouldBeEmpty();
    }

    [Fact]
    public void Two_rows_are_too_few()
    {
        Rows("Quay | Boats | Share\nNorth | 312 | 96%").ShouldBeEmpty();
    }

    [Fact]
    public void Reading_times_and_ages_of_teasers_are_no_figures()
    {
        Rows("Ferry fares rise | Travel | 3 min read\nLifeboat crew honoured | News | 2h ago\nHarbour wall rebuilt | News | 12 mins").ShouldBeEmpty();
    }

    [Fact]
    public void A_change_may_be_signed_with_an_en_dash()
    {
        Rows("Party | Seats | Change\nCivic Alliance | 15 | –6\nGreen | 9 | –4").Count.ShouldBe(3);
    }

    [Fact]
    public void Rows_of_two_cells_are_too_narrow()
    {
        Rows("Read next | 4 min\nFerry fares rise | 3 min\nLifeboat crew honoured | 2 min").ShouldBeEmpty();
    }

    [Fact]
    public void A_markdown_table_of_labels_and_values_is_a_table()
    {
        Rows("| | |\n|---|---|\n| Price | £2,149 |\n| Weight | 19.8 kg |\n| Motor | 250 W |").Count.ShouldBe(5);
    }

    [Theory]
    [InlineData("| Home | News |\n| Sport | Weather |\n| Jobs | Contact |")]
    [InlineData("| Ferry fares rise again | 4 Dec 2026 |\n| Lifeboat crew honoured at palace | 3 Dec 2026 |\n| Harbour wall rebuilt | 2 Dec 2026 |")]
    [InlineData("| Price | £2,149 |\nWeight | 19.8 kg\nMotor | 250 W")]
    public void Two_cells_are_a_table_only_as_markdown_labels_with_figures(string rows)
    {
        Rows(rows).ShouldBeEmpty();
    }

    [Fact]
    public void A_blank_line_parts_two_tables_too_short_to_count()
    {
        Rows("Quay | Boats | Share\nNorth | 312 | 96%\n\nSouth | 298 | 91%\nEast | 40 | 12%").ShouldBeEmpty();
    }

    [Fact]
    public void Rows_must_have_the_same_number_of_cells()
    {
        Rows("Quay | Boats | Share\nNorth | 312 | 96% | new\nSouth | 298 | 91%").ShouldBeEmpty();
    }

    [Fact]
    public void Fewer_than_half_the_rows_with_a_figure_are_no_table()
    {
        Rows("Quay | Boats | Share\nNorth | 312 | 96%\nSouth | none | closed\nEast | none | closed").ShouldBeEmpty();
    }

    [Fact]
    public void Half_the_rows_with_a_figure_are_enough()
    {
        Rows("Quay | Boats | Share\nNorth | 312 | 96%\nSouth | 298 | 91%\nEast | none | closed").Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("| Team | P | W | D | L | Pts |", true)]
    [InlineData("| Team | Conf | Overall |", true)]
    [InlineData("| | 1 | 2 | 3 | 4 | F |", false)]
    [InlineData("| Linfield | 12 | 9 | 7 | 23 | 51 |", false)]
    public void A_leagues_standings_are_told_by_their_columns(string row, bool standings)
    {
        DataTables.IsStandingsRow(row).ShouldBe(standings);
    }

    private static List<string> Rows(string page)
    {
        var blocks = PageBlocks.Of(page);
        var rows = DataTables.Of(page, blocks);
        return [.. blocks.Where(b => rows[b.Index]).Select(b => b.Text)];
    }
}
