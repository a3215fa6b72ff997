using PluginHost.Rules.Compilation;
using PluginHost.Rules.Matching;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;
using static PluginHost.Rules.Tests.RuleTestKit;

namespace PluginHost.Rules.Tests.Matching;

public sealed class ConditionTests
{
    private static readonly Article Mixed = Article.Create("a.txt", "Новости сегодня\nThe minister resigned on Monday after a long debate.\nShare this");

    private static readonly View MixedView = new(Mixed, new()
    {
        ["language"] =
        [
            new Annotation(new TextSpan(0, Mixed.Text.Length), "en"),
            new Annotation(Mixed.Segmentation.Paragraphs[0].Span, "ru", new Dictionary<string, object?> { ["confidence"] = 0.97 }),
            new Annotation(Mixed.Segmentation.Paragraphs[1].Span, "en", new Dictionary<string, object?> { ["confidence"] = 0.99 }),
        ],
    });

    private static List<string> Where(string condition, string scope = "paragraph", string? match = null, string extra = "")
    {
        var rule = Rule($$"""
            {{extra}}
            rule TS0001 { title = "t"; message = "m"; severity = warning; scope = {{scope}}; {{(match is null ? "" : $"match = {match};")}} where = {{condition}}; }
            """, layers: ["language"]);
        return [.. RuleEvaluator.Evaluate(rule, MixedView).Select(m => Mixed.TextOf(m.Span))];
    }

    [Fact]
    public void A_paragraph_in_another_language_than_the_article_is_found()
    {
        Where("paragraph.language != article.language").ShouldBe(["Новости сегодня"]);
    }

    [Fact]
    public void Annotation_properties_compare_as_numbers()
    {
        Where("paragraph.language.confidence >= 0.98").ShouldBe(["The minister resigned on Monday after a long debate."]);
        Where("paragraph.language.confidence < 0.98").ShouldBe(["Новости сегодня"]);
    }

    [Fact]
    public void Built_in_properties_count_words_tokens_and_characters()
    {
        Where("scope.words < 3").ShouldBe(["Новости сегодня", "Share this"]);
        Where("scope.tokens == 10").ShouldBe(["The minister resigned on Monday after a long debate."]);
        Where("scope.length == 10").ShouldBe(["Share this"]);
    }

    [Fact]
    public void Missing_values_equal_none_and_fail_ordering()
    {
        Where("paragraph.language.confidence == none").ShouldBe(["Share this"]);
        Where("paragraph.language.confidence > 0").Count.ShouldBe(2);
        Where("paragraph.language.confidence").Count.ShouldBe(2);
    }

    [Fact]
    public void A_unit_reads_the_innermost_annotation_that_covers_it()
    {
        Where("paragraph.language == \"en\"").ShouldBe(["The minister resigned on Monday after a long debate.", "Share this"]);
    }

    [Fact]
    public void Text_compares_case_insensitively_and_in_checks_a_list()
    {
        Where("scope.text == \"share THIS\"").ShouldBe(["Share this"]);
        Where("w in $chrome", match: "w:_", extra: "list chrome = share, \"Новости\";").ShouldBe(["Новости", "Share"]);
    }

    [Fact]
    public void And_or_not_combine()
    {
        Where("not (scope.words > 3) and paragraph.language == \"ru\" or scope.text == \"Share this\"").ShouldBe(["Новости сегодня", "Share this"]);
    }

    [Fact]
    public void A_failing_condition_lets_the_matcher_try_a_later_match()
    {
        Where("w.text == \"Monday\"", scope: "sentence", match: "\"on\"? w:_").ShouldBe(["on Monday"]);
    }

    [Fact]
    public void Captures_of_annotations_read_their_value_and_properties()
    {
        Where("p.value == \"ru\" and p.confidence > 0.9", scope: "article", match: "p:@language").ShouldBe(["Новости сегодня"]);
    }

    [Fact]
    public void Units_around_a_match_are_the_segments_that_hold_it()
    {
        Where("sentence.words > 5 and line.language == \"en\"", scope: "paragraph", match: "\"Monday\"").ShouldBe(["Monday"]);
    }

    // The paragraphs have 2, 9 and 2 words, so each operator is tested against values equal to, below and above 2.
    [Theory]
    [InlineData("==", "Новости сегодня|Share this")]
    [InlineData("!=", "The minister resigned on Monday after a long debate.")]
    [InlineData("<", "")]
    [InlineData("<=", "Новости сегодня|Share this")]
    [InlineData(">", "The minister resigned on Monday after a long debate.")]
    [InlineData(">=", "Новости сегодня|The minister resigned on Monday after a long debate.|Share this")]
    public void Number_comparisons_hold_at_the_boundary(string op, string expected)
    {
        Where($"scope.words {op} 2").ShouldBe(expected.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Not_equal_to_none_is_true_for_every_value_and_false_for_none()
    {
        Where("paragraph.language.confidence != none").ShouldBe(["Новости сегодня", "The minister resigned on Monday after a long debate."]);
        Where("none != none").ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_string_is_a_value_and_not_none()
    {
        Where("\"\" == none").ShouldBeEmpty();
        Where("\"\" != none").Count.ShouldBe(3);
        Where("none == \"\"").ShouldBeEmpty();
    }

    [Fact]
    public void A_match_at_the_first_token_of_a_unit_reads_that_unit_even_with_no_blank_before_it()
    {
        var article = Article.Create("a.txt", "Stop!Go now.");
        article.Segmentation.Sentences.Count.ShouldBe(2);
        article.Segmentation.Sentences[0].Span.End.ShouldBe(article.Segmentation.Sentences[1].Span.Start);

        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; scope = paragraph; match = "Go"; where = sentence.text == "Go now."; }""");

        RuleEvaluator.Evaluate(rule, new View(article)).Select(m => article.TextOf(m.Span)).ShouldBe(["Go"]);
    }

    [Fact]
    public void An_empty_match_belongs_to_the_unit_it_starts_in_or_ends()
    {
        var article = Article.Create("a.txt", "One. Two three.");
        var view = new View(article);
        var condition = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; scope = article; where = sentence.words == 2; }""").Condition.ShouldNotBeNull();

        // Empty at the start of "Two": inside the second sentence, not at the end of the first.
        condition(new ConditionScope(view, article.Whole, 2, 2, null)).ShouldBeTrue();

        // Empty after the last token: the end of the last sentence.
        condition(new ConditionScope(view, article.Whole, article.Tokens.Count, article.Tokens.Count, null)).ShouldBeTrue();
    }

    [Fact]
    public void A_rule_without_match_skips_units_that_have_no_tokens()
    {
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; scope = article; where = scope.tokens == 0; }""");

        RuleEvaluator.Evaluate(rule, new View(Article.Create("a.txt", "  \n  "))).ShouldBeEmpty();
    }
}
