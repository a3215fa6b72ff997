using Boilerplate.Classification;

namespace Boilerplate.Tests;

public sealed class PatternGatesTests
{
    [Fact]
    public void A_pattern_is_split_at_its_top_level_bars_only()
    {
        PatternGates.Alternatives(@"^a(?:b|c)$|d[|x]e|f\|g").ShouldBe([@"^a(?:b|c)$", "d[|x]e", @"f\|g"]);
    }

    [Fact]
    public void A_bracket_first_in_a_class_is_part_of_the_class()
    {
        PatternGates.Alternatives("[]|]x|y").ShouldBe(["[]|]x", "y"]);
        PatternGates.Alternatives("[^]|]x|y").ShouldBe(["[^]|]x", "y"]);
    }

    [Theory]
    [InlineData("(?i)share|print")]
    [InlineData("a|(?-i)B|c")]
    [InlineData(@"(\w+) \1|twice")]
    [InlineData(@"(?<w>\w+) \k<w>|twice")]
    [InlineData("a(?#one|two)|b")]
    [InlineData("(?x: a # one|two\n)|b")]
    [InlineData("(?<q>z)|(?(q)q|a)b")]
    [InlineData("(?<o>a)|(?<c-o>b)")]
    [InlineData("[a-z-[aeiou]]|b")]
    [InlineData("[ab|c")]
    [InlineData("a)|b")]
    public void A_pattern_whose_parts_reach_across_its_alternatives_is_not_taken_apart(string pattern)
    {
        PatternGates.Alternatives(pattern).ShouldBeNull();
    }

    [Theory]
    [InlineData("(?i:share)|print", "(?i:share)", "print")]
    [InlineData("(?<=x)a|(?<name>b)", "(?<=x)a", "(?<name>b)")]
    [InlineData("(?>a+)|b", "(?>a+)", "b")]
    public void Groups_that_keep_to_their_alternative_are_taken_apart(string pattern, string first, string second)
    {
        PatternGates.Alternatives(pattern).ShouldBe([first, second]);
    }

    [Theory]
    [InlineData(@"^(?=[^\n]*?provided for general )[^\n]*\bprovided", "provided for general ")]
    [InlineData(@"^(?=[^\n]*?(?i:no say|funder))[^\n]*x", "no say|funder")]
    [InlineData(@"^(?=[^\n]*?(?:Give|Donate) (?:now|today))", "Give now|Give today|Donate now|Donate today")]
    [InlineData(@"^(?=[^\n]*[Uu]pdated)\W*Updated", "Updated")]
    [InlineData(@"^(?=[^\n]*?pays? for )", "pay")]
    [InlineData(@"^(?=[^\n]*?Already a subscriber\?)", "Already a subscriber?")]
    [InlineData(@"^(?=[^\n]*?abc(?:d|e)?x)", "abc")]
    [InlineData(@"^(?=[^\n]*[■▪◆□][^\n]*[■▪◆□])", "■|▪|◆|□")]
    public void A_gate_gives_the_phrases_every_match_holds(string alternative, string phrases)
    {
        PatternGates.Phrases(alternative).ShouldBe(phrases.Split('|'));
    }

    [Theory]
    [InlineData(@"^\s*(?=[^\n]*?editorial control)x")]
    [InlineData(@"^(?=Follow us on )Follow")]
    [InlineData(@"^(?=[^\n]*\d)")]
    [InlineData(@"^(?=[^\n]*\(\d+ photos\))")]
    [InlineData(@"^(?=[^\n]*?(?:a|bc))")]
    [InlineData(@"^(?=[^\n]*?(?:ab|c\d))")]
    [InlineData(@"^(?=[^\n]*?[a-c]d)")]
    [InlineData(@"^(?=[^\n]*?x?yz)")]
    [InlineData(@"^(?=[^\n]*?\sis supported)")]
    [InlineData(@"^(?=[^\n]*?Subscribe|Join)\w+ now$")]
    [InlineData(@"^(?=[^\n]*?ab\d|xyz)")]
    public void An_alternative_without_a_gate_that_tells_lines_apart_has_no_phrases(string alternative)
    {
        PatternGates.Phrases(alternative).ShouldBeNull();
    }

    [Fact]
    public void A_gate_of_groups_spells_out_no_more_than_sixty_four_phrases()
    {
        var group = "(?:" + string.Join('|', Enumerable.Range(0, 10).Select(i => $"w{i}")) + ")";
        PatternGates.Phrases($@"^(?=[^\n]*?{group} {group})").ShouldNotBeNull().Count.ShouldBe(10);
        PatternGates.Phrases($@"^(?=[^\n]*?{group}{group[..^1]}|x0|x1|x2|x3|x4|x5))").ShouldNotBeNull().Count.ShouldBe(10);
    }
}
