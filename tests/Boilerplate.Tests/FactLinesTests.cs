using Boilerplate.Structure;

namespace Boilerplate.Tests;

public sealed class FactLinesTests
{
    [Theory]
    [InlineData("**Goals:** Addo 23, Mbeki 71")]
    [InlineData("Goals: Tate (pen) 58, Okonjo 90+3.")]
    [InlineData("Referee: Colm Varley. Attendance: 3,102.")]
    [InlineData("Harbour Rovers: Pell; Orrin, Kaye, Addo; Mbeki, Varga.")]
    [InlineData("Sent off: Orrin (Harbour Rovers) 77")]
    [InlineData("* Attendance: 6,120")]
    [InlineData("- **Venue:** Quay Ground")]
    [InlineData("* **Harbour Rovers 3** (Addo 12, 40; Mbeki 88)")]
    [InlineData("• **Quayside 0**")]
    [InlineData("Drummoch Athletic 2 (Imrie 49, Fairlie 88) Balnagown Rovers 1 (Bain 31 pen)")]
    [InlineData("Quayside 0 – Harbour Rovers 3 (Addo 12, 40; Mbeki 88)")]
    [InlineData("Quayside 0 – Harbour Rovers 3 (Addo Mensah 12, Mbeki 88)")]
    [InlineData("Harbour Rovers 3 (Addo 12, Mbeki Varga 40 pen)")]
    [InlineData("Quay Wolves Under Twenty 1 (Pell 88 og).")]
    public void A_label_and_its_value_a_list_item_led_by_a_bold_name_or_a_score_with_its_scorers_is_a_line_of_a_box_under_the_story(string line)
    {
        FactLines.IsBoxed(line).ShouldBeTrue();
    }

    [Theory]
    [InlineData("The manager said: \"We were second best all afternoon.\"")]
    [InlineData("Pell said: “We were second best.”")]
    [InlineData("Asked about the penalty, the manager of the visiting side said: no.")]
    [InlineData("goals: Addo 23")]
    [InlineData("* [Rovers sign a new keeper](/sport/keeper)")]
    [InlineData("* **[Rovers sign a new keeper](/sport/keeper)**")]
    [InlineData("Harbour Rovers 3 Quayside 0")]
    [InlineData("Harbour Rovers 24-20 Quay Wolves (FT)")]
    [InlineData("Labour 312 (up 14) Conservatives 208 (down 40)")]
    [InlineData("Yes 204 (52%) No 109 (48%)")]
    [InlineData("Labour 312 (up 14)")]
    [InlineData("Harbour Rovers 3")]
    [InlineData("**Harbour Rovers 3** (Addo 12, 40; Mbeki 88)")]
    [InlineData("* **Sport** [Rovers end their run](/sport/rovers)")]
    [InlineData("Tonight: Clear and cold, lows of 3C.")]
    [InlineData("Saturday: Showers, heavy at times.")]
    public void A_sentence_a_quotation_a_teasers_link_a_forecast_a_bold_name_outside_a_list_or_a_bare_score_is_not(string line)
    {
        FactLines.IsBoxed(line).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Organiser: Harbour Heritage Society", true)]
    [InlineData("**Sponsor:** Sen. Ana Ruiz (D-Harbour)", true)]
    [InlineData("Translation services: call 555-0101 48 hours ahead", true)]
    [InlineData("Official timing partner: Ardmore Watches", false)]
    [InlineData("In partnership with: Quay Joinery", false)]
    [InlineData("**Presented by:** Hadley Ford", false)]
    [InlineData("Translation: Courier English desk", false)]
    [InlineData("Photo: Ana Ruiz", false)]
    [InlineData("Analysis: Why ferry fares keep rising", false)]
    [InlineData("Topics: Harbour Board", false)]
    [InlineData("**Next:** [Storm warning issued](/storm)", false)]
    public void A_fact_stands_for_the_story_unless_it_credits_sponsors_files_or_teases(string line, bool storys)
    {
        FactLines.IsStorysOwn(line).ShouldBe(storys);
    }

    [Theory]
    [InlineData("Solar capacity: 150 MW", true)]
    [InlineData("People served: about 420,000", true)]
    [InlineData("Water output: 180,000 cubic metres a day", true)]
    [InlineData("Poll: 62% back the plan", true)]
    [InlineData("Poll: 62% back the harbour wall plan", false)]
    [InlineData("Battery storage: four hours", false)]
    [InlineData("Storm Bert: flood warnings after 70mph gusts", false)]
    [InlineData("No label, 150 MW", false)]
    public void A_figure_is_a_short_value_led_by_a_number(string line, bool figure)
    {
        FactLines.IsFigure(line).ShouldBe(figure);
    }

    [Theory]
    [InlineData("Teams:", true)]
    [InlineData("**Line-ups:**", true)]
    [InlineData("Match officials:", true)]
    [InlineData("Teams", false)]
    [InlineData("teams:", false)]
    [InlineData("The teams that played on Saturday:", false)]
    [InlineData("Teams: Rovers and Wanderers", false)]
    public void A_label_alone_heads_a_box(string line, bool label)
    {
        FactLines.IsLabel(line).ShouldBe(label);
    }

    [Fact]
    public void A_team_sheet_of_two_hundred_and_fifty_characters_is_a_line_of_a_box()
    {
        var line = "Rovers: " + string.Join(", ", Enumerable.Range(0, 12).Select(i => $"Player{(char)('A' + i)} Surname{i}")) + ". Replacements: Tate, Okonjo.";
        line.Length.ShouldBeInRange(250, 300);
        FactLines.IsBoxed(line).ShouldBeTrue();
    }
}
