using System.Text.RegularExpressions;
using Boilerplate.Classification;
using Boilerplate.Tests.Evaluation;
using static Boilerplate.Tests.BoilerplateUnderTest;

namespace Boilerplate.Tests;

public sealed class GatedPatternTests
{
    private const string Disclaimers = @"^(?=[^\n]*?(?i:editorial control|no say))[^\n]*\b(?:retains|keeps) full editorial control\b.*$|^Sponsored$|^(?=[^\n]*?(?i:no say))[^\n]*\bhad no say in\b.*$";

    [Theory]
    [InlineData("The trust retains full editorial control.", true)]
    [InlineData("The sponsor had no say in what we wrote.", true)]
    [InlineData("Sponsored", true)]
    [InlineData("Editorial control was the sticking point, the board said.", false)]
    [InlineData("No say, no pay: the union's slogan.", false)]
    [InlineData("A sponsored walk raised £400.", false)]
    public void A_gated_pattern_matches_the_lines_the_whole_pattern_matches(string line, bool matches)
    {
        new GatedPattern(Disclaimers).IsMatch(line).ShouldBe(matches);
        Regex.IsMatch(line, Disclaimers, RegexOptions.CultureInvariant).ShouldBe(matches);
    }

    [Theory]
    [InlineData(@"^(?=[^\n]*?Sponsored)Sponsored by .+|(?i)^advertisement$", "Advertisement")]
    [InlineData(@"^(?=[^\n]*?Sponsored)Sponsored by .+|(y)\1", "yy")]
    [InlineData(@"^(?=[^\n]*?Subscribe|Join)\w+ now$", "Join now")]
    [InlineData(@"^(?=[^\n]*?(?i:kept))[^\n]*(?i:kept)", "\u212Aept")]
    [InlineData(@"^(?=[^\n]*?(?i:straße))[^\n]*(?i:straße)", "HAUPTSTRA\u1E9EE")]
    [InlineData(@"^(?=[^\n]*?(?i:ωμέγα))[^\n]*(?i:ωμέγα)", "\u2126ΜΈΓΑ")]
    [InlineData(@"(?<q>z)|^(?=[^\n]*?ab)(?(q)q|a)b", "qb ab")]
    public void Patterns_a_gate_cannot_stand_for_match_as_whole_patterns_do(string pattern, string line)
    {
        new GatedPattern(pattern).IsMatch(line).ShouldBe(Regex.IsMatch(line, pattern, RegexOptions.CultureInvariant));
    }

    [Fact]
    public void Only_the_alternatives_that_open_with_a_gate_are_gated()
    {
        new GatedPattern(Disclaimers).GatedCount.ShouldBe(2);
        new GatedPattern("^Sponsored$|^Advertisement$").GatedCount.ShouldBe(0);
    }

    [Fact]
    public void A_gate_finds_its_phrase_in_any_letter_case_and_leaves_the_case_to_the_alternative()
    {
        var pattern = new GatedPattern(@"^(?=[^\n]*?(?i:already a subscriber))[^\n]*\bALREADY A SUBSCRIBER\?$");
        pattern.IsMatch("SUBSCRIBE NOW. ALREADY A SUBSCRIBER?").ShouldBeTrue();
        pattern.IsMatch("Subscribe now. Already a subscriber?").ShouldBeFalse();
    }

    [Fact]
    public void A_pattern_of_gated_alternatives_only_matches_nothing_without_their_phrases()
    {
        var pattern = new GatedPattern(@"^(?=[^\n]*?proudly )[^\n]*proudly supported by .+$");
        pattern.IsMatch("The gala is proudly supported by Quay Bank").ShouldBeTrue();
        pattern.IsMatch("The gala is supported by Quay Bank").ShouldBeFalse();
    }

    [Fact]
    public void The_shipped_category_patterns_match_the_same_lines_gated_as_whole()
    {
        var settings = Verifier.Rules.Plugins.Single(p => p.Plugin.Name == "Boilerplate").RuleSet.Settings;
        var lines = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Evaluation", "articles"))
            .SelectMany(f => LabelledArticle.Read(f).Text.Split('\n'))
            .Where(l => l.Length > 0)
            .ToList();
        var gated = 0;
        foreach (var name in Categories.Listed.Select(Categories.ListName).SelectMany(n => (string[])[$"{n}_pattern", $"{n}_unquoted_pattern"]))
        {
            if (!settings.TryGetText(name, out var text))
            {
                continue;
            }

            var whole = new Regex(text, RegexOptions.CultureInvariant);
            var pattern = new GatedPattern(text);
            gated += pattern.GatedCount;
            lines.Where(l => pattern.IsMatch(l) != whole.IsMatch(l)).ShouldBeEmpty(name);
        }

        gated.ShouldBeGreaterThan(30, "the rule files' alternatives that look for a phrase anywhere in the line open with a gate");
    }
}
