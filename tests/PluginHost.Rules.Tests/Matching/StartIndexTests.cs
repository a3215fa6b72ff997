using PluginHost.Rules.Matching;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;
using static PluginHost.Rules.Tests.RuleTestKit;

namespace PluginHost.Rules.Tests.Matching;

public class StartIndexTests
{
    private const string Text = "Ruiz said so. Then Ana told reporters it was over, Ruiz said. “Fine,” said Bo. Mr Ek wrote: “No.”";

    private static readonly Article Sample = Article.Create("a.txt", Text);

    // The quotes of the sample, as a layer: “Fine,” and “No.”
    private static readonly View Quoted = QuotedView();

    [Theory]
    [InlineData("\"said\"")]
    [InlineData("\"Ruiz\" \"said\"")]
    [InlineData("$verbs")]
    [InlineData("who:_ $verbs")]
    [InlineData("(\"told\" | \"said\") _")]
    [InlineData("@quotes \"said\" _")]
    [InlineData("q:@quotes+ $verbs")]
    [InlineData("$verbs gap(0, 4) @quotes")]
    [InlineData("\"so. Then\"")]
    [InlineData("\"said\" (\"so\" | \"Bo\")? \".\"")]
    public void A_pattern_finds_the_same_matches_with_the_index_as_without(string pattern)
    {
        var rule = Rule($$"""
            list verbs = said, told, wrote;
            rule TS0001 { title = "t"; message = "m"; severity = warning; scope = sentence; match = {{pattern}}; }
            """, layers: ["quotes"]);
        var index = new StartIndex(Quoted);

        var withIndex = RuleEvaluator.Evaluate(rule, Quoted, starts: index).Select(m => Sample.TextOf(m.Span)).ToList();

        withIndex.ShouldBe(RuleEvaluator.Evaluate(rule, Quoted).Select(m => Sample.TextOf(m.Span)));
    }

    [Fact]
    public void A_phrase_that_crosses_a_sentence_end_starts_in_the_article_but_matches_in_no_sentence()
    {
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; scope = sentence; match = "so. Then"; }""");
        var index = new StartIndex(Quoted);

        index.MayStartIn(rule.Pattern!, 0, Sample.Tokens.Count).ShouldBeTrue();
        RuleEvaluator.Evaluate(rule, Quoted, starts: index).ShouldBeEmpty();
    }

    [Fact]
    public void A_phrase_that_crosses_a_sentence_end_costs_that_sentence_no_search()
    {
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; scope = sentence; match = _ "so. Then"; }""");
        var stopped = new List<Segment>();

        RuleEvaluator.Evaluate(rule, Quoted, stopped.Add, stepBudget: 1, starts: new StartIndex(Quoted)).ShouldBeEmpty();

        stopped.ShouldBeEmpty();
    }

    [Fact]
    public void A_layer_is_read_once_for_the_article_however_many_sentences_hold_its_annotations()
    {
        var view = QuotedView();
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; scope = sentence; match = @quotes "said" "Bo"; }""", layers: ["quotes"]);

        RuleEvaluator.Evaluate(rule, view, starts: new StartIndex(view)).Select(m => Sample.TextOf(m.Span)).ShouldBe(["“Fine,” said Bo"]);

        view.LayersRead.ShouldBe(1);
    }

    [Fact]
    public void An_index_of_another_view_is_refused()
    {
        var other = new View(Sample);

        Should.Throw<ArgumentException>(() => new PatternMatcher(Quoted, Sample.Whole, starts: new StartIndex(other)));
    }

    [Theory]
    [InlineData("\"told\"", "0100")]
    [InlineData("\"reporters it\"", "0100")]
    [InlineData("\"ruiz\"", "1100")]
    [InlineData("=\"ruiz\"", "0000")]
    [InlineData("$quiet", "0101")]
    [InlineData("$long", "0101")]
    [InlineData("@quotes", "0011")]
    [InlineData("(\"so\" | \"Bo\")", "1010")]
    public void The_index_tells_the_sentences_where_a_part_may_start_from_those_where_it_cannot(string part, string sentencesWithIt)
    {
        // $long starts with more words than the sample holds, $quiet with fewer: the index looks them up either way round.
        var rule = Rule($$"""
            list quiet = told, wrote;
            list long = {{string.Join(", ", LongList)}};
            rule TS0001 { title = "t"; message = "m"; severity = warning; scope = sentence; match = {{part}}; }
            """, layers: ["quotes"]);
        var index = new StartIndex(Quoted);

        var found = Sample.Segmentation.Sentences.Select(s => index.MayStartIn(rule.Pattern!.Required.Single(), s.FirstToken, s.EndToken) ? '1' : '0');

        new string([.. found]).ShouldBe(sentencesWithIt);
    }

    // A part that claims to start alike in every scope is not asked again by the matcher: the claim must hold in every
    // sentence, at every token.
    [Theory]
    [InlineData("\"told\"", true)]
    [InlineData("\"reporters it\"", false)]
    [InlineData("\"so. Then\"", false)]
    [InlineData("$quiet", true)]
    [InlineData("@quotes", true)]
    [InlineData("(\"so\" | @quotes)", true)]
    [InlineData("(\"so\" | \"so. Then\")", false)]
    [InlineData("@never", false)]
    public void A_part_that_starts_alike_in_every_scope_starts_in_each_sentence_where_the_index_says(string part, bool alike)
    {
        var never = new CountingClass();
        var view = QuotedView(never);
        var node = Compile($$"""
            list quiet = told, wrote;
            pattern p { match = {{part}}; }
            """, [never], layers: ["quotes"]).Patterns.Single().Pattern.Required.Single();
        var index = new StartIndex(view);

        node.StartsAlikeInEveryScope.ShouldBe(alike);
        if (!alike)
        {
            return;
        }

        foreach (var sentence in Sample.Segmentation.Sentences)
        {
            var matcher = new PatternMatcher(view, sentence);
            var inSentence = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken);
            inSentence.Where(t => node.MayStartAt(matcher, t)).ShouldBe(inSentence.Where(t => index.MayStartIn(node, t, t + 1)));
        }
    }

    [Fact]
    public void The_index_answers_for_the_layers_as_they_were_until_it_is_cleared()
    {
        var layers = new Dictionary<string, List<Annotation>> { ["quotes"] = [] };
        var view = new View(Sample, layers);
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; scope = sentence; match = @quotes; }""", layers: ["quotes"]);
        var index = new StartIndex(view);
        RuleEvaluator.Evaluate(rule, view, starts: index).ShouldBeEmpty();

        layers["quotes"].Add(Quote("“No.”"));
        RuleEvaluator.Evaluate(rule, view, starts: index).ShouldBeEmpty();
        index.Clear();

        RuleEvaluator.Evaluate(rule, view, starts: index).Select(m => Sample.TextOf(m.Span)).ShouldBe(["“No.”"]);
    }

    [Fact]
    public void A_token_class_two_patterns_require_is_asked_once_per_token()
    {
        var never = new CountingClass();
        var view = new View(Sample, classes: [never]);
        var set = Compile("""
            pattern before { match = @never "said"; }
            pattern after { match = "said" _ @never; }
            """, [never]);
        var index = new StartIndex(view);

        foreach (var pattern in set.Patterns)
        {
            PatternEvaluator.Evaluate(pattern, view, starts: index).ShouldBeEmpty();
        }

        never.Asked.ShouldBe(Sample.Tokens.Count);
    }

    private static readonly string[] LongList = ["told", "wrote", .. Enumerable.Range(1, 60).Select(i => $"word{i}")];

    // The sample with its quotes as a layer, a view of its own for each test that counts what it is asked.
    private static View QuotedView(params ITokenClass[] classes) => new(Sample, new() { ["quotes"] = [Quote("“Fine,”"), Quote("“No.”")] }, classes);

    private static Annotation Quote(string text) => new(new TextSpan(Text.IndexOf(text, StringComparison.Ordinal), text.Length));

    // A class that matches nowhere and counts how often it is asked.
    private sealed class CountingClass : ITokenClass
    {
        public string Name => "never";

        public int Asked { get; private set; }

        public IEnumerable<int> Match(ArticleView article, int tokenIndex)
        {
            Asked++;
            return [];
        }
    }
}
