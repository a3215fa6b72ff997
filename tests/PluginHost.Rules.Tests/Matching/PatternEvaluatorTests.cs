using PluginHost.Rules.Matching;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Tests.Matching;

public sealed class PatternEvaluatorTests
{
    private const string Verbs = "list verbs = said, \"called for\";";

    [Fact]
    public void A_named_pattern_gives_its_matches_with_the_span_of_each_capture()
    {
        var set = RuleTestKit.Compile(Verbs + """ pattern said_after { match = who:/[A-Z][a-z]+/ verb:$verbs; } """);
        set.Errors.ShouldBeEmpty();
        var view = new RuleTestKit.View(Article.Create("a.txt", "Then Ruiz called for calm. Later Oduya said no."));

        var matches = PatternEvaluator.Evaluate(set.Patterns.Single(p => p.Name == "said_after"), view);

        matches.Select(m => view.Article.TextOf(m.Span)).ShouldBe(["Ruiz called for", "Oduya said"]);
        view.Article.TextOf(matches[0].Capture("who")!.Span).ShouldBe("Ruiz");
        view.Article.TextOf(matches[0].Capture("verb")!.Span).ShouldBe("called for");
        matches[0].Capture("missing").ShouldBeNull();
    }

    [Fact]
    public void A_capture_that_repeats_keeps_its_last_repetition_and_one_that_took_no_part_is_absent()
    {
        var set = RuleTestKit.Compile("""pattern p { match = (w:/[a-z]+/)+ ("!" bang:"!")?; }""");
        var view = new RuleTestKit.View(Article.Create("a.txt", "one two three"));

        var match = PatternEvaluator.Evaluate(set.Patterns.Single(p => p.Name == "p"), view).ShouldHaveSingleItem();

        view.Article.TextOf(match.Capture("w")!.Span).ShouldBe("three");
        match.Captures.Keys.ShouldBe(["w"]);
    }

    [Fact]
    public void A_capture_of_a_layer_holds_the_annotation_and_the_condition_and_scope_apply()
    {
        var article = Article.Create("a.txt", "“We rebuild,” Venn said.\n“Not now,” Marsh said.");
        var quotes = new List<Annotation>
        {
            new(new TextSpan(0, 13), "We rebuild,", new Dictionary<string, object?> { ["kind"] = "speech" }),
            new(new TextSpan(25, 10), "Not now,", new Dictionary<string, object?> { ["kind"] = "term" }),
        };
        var view = new RuleTestKit.View(article, new() { ["quotes"] = quotes });
        var set = RuleTestKit.Compile(
            """pattern after { scope = paragraph; match = quote:@quotes who:_ "said"; where = quote.kind == "speech"; }""",
            layers: ["quotes"]);

        var match = PatternEvaluator.Evaluate(set.Patterns.Single(p => p.Name == "after"), view).ShouldHaveSingleItem();

        match.Capture("quote")!.Annotation.ShouldBeSameAs(quotes[0]);
        article.TextOf(match.Capture("who")!.Span).ShouldBe("Venn");
    }

    [Fact]
    public void A_runaway_pattern_reports_the_unit_it_stopped_on_and_still_searches_the_others()
    {
        var set = RuleTestKit.Compile("""pattern p { scope = paragraph; match = (_* _*)* "never"; }""");
        var view = new RuleTestKit.View(Article.Create("a.txt", "never " + string.Join(' ', Enumerable.Repeat("word", 40)) + "\nword never"));
        var stopped = new List<Segment>();

        var matches = PatternEvaluator.Evaluate(set.Patterns.Single(p => p.Name == "p"), view, stopped.Add, stepBudget: 5_000);

        stopped.ShouldHaveSingleItem().Span.Start.ShouldBe(0);
        matches.ShouldHaveSingleItem();
    }
}
