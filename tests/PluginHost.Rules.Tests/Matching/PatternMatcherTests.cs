using PluginHost.Rules.Matching;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;
using static PluginHost.Rules.Tests.RuleTestKit;

namespace PluginHost.Rules.Tests.Matching;

public sealed class PatternMatcherTests
{
    [Fact]
    public void Phrases_match_case_insensitively_token_by_token()
    {
        Matches("\"called for\"", "She Called  For calm. He called.").ShouldBe(["Called  For"]);
    }

    [Fact]
    public void Exact_phrases_match_case()
    {
        Matches("=\"NASA\"", "Nasa and NASA.").ShouldBe(["NASA"]);
    }

    [Fact]
    public void A_regex_must_match_a_whole_token()
    {
        Matches("/[0-9]+/", "In 2024 there were 12a cases and 7.").ShouldBe(["2024", "7"]);
        Matches("/ab/i", "AB abc").ShouldBe(["AB"]);
    }

    [Fact]
    public void Lists_match_their_longest_entry_first()
    {
        Matches("$verbs", "She called for calm and called back.", "list verbs = called, \"called for\";").ShouldBe(["called for", "called"]);
    }

    [Fact]
    public void A_negated_element_matches_one_token_it_does_not_match()
    {
        Matches("\"Ruiz\" (!\",\")+ \"said\"", "Ruiz of the board said so. Ruiz, the chair, said no.").ShouldBe(["Ruiz of the board said"]);
        Matches("!(\"the\" | $stop)", "the cat sat", "list stop = cat;").ShouldBe(["sat"]);
        Matches("\"a\" !\"b\"", "a").ShouldBeEmpty();
    }

    [Fact]
    public void Gaps_take_as_few_tokens_as_possible()
    {
        Matches("\"the\" gap(0, 5) \"vote\"", "The delayed vote and the vote.").ShouldBe(["The delayed vote", "the vote"]);
        Matches("\"a\" gap(1, 2) \"b\"", "a b. a x b. a x y z b.").ShouldBe(["a x b"]);
    }

    [Fact]
    public void Repetition_is_greedy_and_respects_bounds()
    {
        Matches("\"ha\"{2,3}", "ha ha ha ha ha").ShouldBe(["ha ha ha", "ha ha"]);
        Matches("\"very\"+ \"big\"", "very very big and big").ShouldBe(["very very big"]);
        Matches("\"not\"? \"good\"", "not good, good").ShouldBe(["not good", "good"]);
        Matches("\"x\" \"y\"*", "x y y x").ShouldBe(["x y y", "x"]);
    }

    [Fact]
    public void Alternatives_are_tried_in_order_and_groups_nest()
    {
        Matches("(\"big\" | \"small\") (\"cat\" | \"dog\")", "a big dog and a small cat and a big bird").ShouldBe(["big dog", "small cat"]);
    }

    [Fact]
    public void Matches_do_not_overlap()
    {
        Matches("_ _", "one two three four five").ShouldBe(["one two", "three four"]);
    }

    [Fact]
    public void Anchors_tie_a_match_to_the_scope_bounds()
    {
        Matches("^ _", "First words. Second words.").ShouldBe(["First", "Second"]);
        Matches("_ $", "First words. Second words.").ShouldBe([".", "."]);
        Matches("^ \"only\" $", "only. only this.").ShouldBe([]);
    }

    [Fact]
    public void Matches_stay_inside_their_scope()
    {
        Matches("\"end\" \".\" \"Next\"", "The end. Next one.").ShouldBeEmpty();
        Matches("\"end\" \".\" \"Next\"", "The end. Next one.", scope: "paragraph").ShouldBe(["end. Next"]);
    }

    [Fact]
    public void Layers_match_annotations_that_start_and_end_on_token_bounds()
    {
        var article = Article.Create("a.txt", "He said “we will stay” today.");
        var view = new View(article, new() { ["quotes"] = [new Annotation(new TextSpan(8, 14), "he"), new Annotation(new TextSpan(10, 3))] });
        Matches("\"said\" @quotes", article.Text, view: view).ShouldBe(["said “we will stay”"]);
    }

    [Fact]
    public void Token_classes_from_plugins_match_their_lengths()
    {
        var article = Article.Create("a.txt", "Ana Ruiz and Bo met.");
        var view = new View(article, classes: [new TwoWordName()]);
        Matches("@name", article.Text, view: view).ShouldBe(["Ana Ruiz"]);
    }

    [Fact]
    public void A_pattern_that_explodes_is_stopped_per_scope_and_the_others_still_run()
    {
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; match = (_* _*)* "never"; }""");
        var article = Article.Create("a.txt", "never " + string.Join(' ', Enumerable.Repeat("word", 40)) + ".\n\nnever");
        var stopped = new List<Segment>();
        var matches = RuleEvaluator.Evaluate(rule, new View(article), stopped.Add, stepBudget: 5_000).ToList();
        stopped.ShouldHaveSingleItem().Span.Start.ShouldBe(0);
        matches.Select(m => article.TextOf(m.Span)).ShouldBe(["never"]);
    }

    [Theory]
    [InlineData("\"never\"+")]
    [InlineData("(\"never\" | \"nowhere\")")]
    [InlineData("q:@quotes")]
    [InlineData("@name")]
    public void A_scope_without_a_required_part_of_any_kind_is_not_searched(string required)
    {
        // The first sentence has none of them and would use up the budget; the second has each of them.
        var rule = Rule($$"""rule TS0001 { title = "t"; message = "m"; severity = warning; match = (_* _*)* {{required}} "end"; }""", [new TwoWordName()], ["quotes"]);
        var article = Article.Create("a.txt", string.Join(' ', Enumerable.Repeat("word", 40)) + " end.\n\nnever “Ana Ruiz” end");
        var quote = article.Text.IndexOf('“', StringComparison.Ordinal);
        var view = new View(article, new() { ["quotes"] = [new Annotation(new TextSpan(quote, 10))] }, [new TwoWordName()]);
        var stopped = new List<Segment>();
        _ = RuleEvaluator.Evaluate(rule, view, stopped.Add, stepBudget: 5_000).ToList();
        stopped.ShouldAllBe(scope => scope.Span.Start > 0);
    }

    [Fact]
    public void A_class_whose_match_runs_past_the_scope_does_not_start_there()
    {
        // The name is cut by the paragraph's end: "Ana" ends one and "Ruiz" starts the next.
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; match = (_* _*)* @name; }""", [new TwoWordName()]);
        var article = Article.Create("a.txt", string.Join(' ', Enumerable.Repeat("word", 40)) + " Ana\n\nRuiz went home");
        var stopped = new List<Segment>();
        RuleEvaluator.Evaluate(rule, new View(article, classes: [new TwoWordName()]), stopped.Add, stepBudget: 5_000).ShouldBeEmpty();
        stopped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\"a\"? \"b\"", "then b")]
    [InlineData("\"a\"{0,2} \"b\"", "then b")]
    [InlineData("(\"a\" | \"z\") \"b\"", "then z b")]
    [InlineData("(\"a\" | !\"x\") \"b\"", "then b")]
    public void Optional_parts_and_alternatives_are_not_required_of_a_scope(string pattern, string text)
    {
        Matches(pattern, text).ShouldHaveSingleItem().ShouldEndWith("b");
    }

    [Fact]
    public void A_scope_without_a_word_the_pattern_needs_is_not_searched()
    {
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; match = (_* _*)* "never" @name; }""", [new TwoWordName()]);
        var article = Article.Create("a.txt", string.Join(' ', Enumerable.Repeat("word", 40)) + " never.\n\nnever Ana Ruiz");
        var stopped = new List<Segment>();
        var matches = RuleEvaluator.Evaluate(rule, new View(article, classes: [new TwoWordName()]), stopped.Add, stepBudget: 5_000).ToList();
        stopped.ShouldBeEmpty();
        matches.Select(m => article.TextOf(m.Span)).ShouldBe(["never Ana Ruiz"]);
    }

    [Theory]
    [InlineData("\"rare\" _", "rare word|rare one")]
    [InlineData("w:\"rare\" _", "rare word|rare one")]
    [InlineData("(\"odd\" | \"rare\") _", "rare word|rare one")]
    [InlineData("\"rare\"+ _", "rare word|rare one")]
    [InlineData("$rare _", "rare word|rare one")]
    [InlineData("@marks _", "rare word")]
    [InlineData("^ \"rare\" _", "rare word")]
    public void A_pattern_is_tried_only_where_its_first_element_can_begin(string pattern, string expected)
    {
        var text = "rare " + string.Join(' ', Enumerable.Repeat("word", 200)) + " rare one.";
        var article = Article.Create("a.txt", text);
        var view = new View(article, new() { ["marks"] = [new Annotation(new TextSpan(0, 4))] });
        var rule = Rule($$"""list rare = rare; rule TS0001 { title = "t"; message = "m"; severity = warning; match = {{pattern}}; }""", layers: ["marks"]);
        var stopped = new List<Segment>();

        var matches = RuleEvaluator.Evaluate(rule, view, stopped.Add, stepBudget: 20).ToList();

        stopped.ShouldBeEmpty();
        matches.Select(m => article.TextOf(m.Span)).ShouldBe(expected.Split('|'));
    }

    [Theory]
    [InlineData("\"x\"* \"y\"", "a y x y", "y|x y")]
    [InlineData("\"x\"{0,2} \"y\"", "a y x y", "y|x y")]
    [InlineData("c:\"x\"? \"y\"", "a y x y", "y|x y")]
    [InlineData("gap(0, 1) \"y\"", "a y x y", "a y|x y")]
    [InlineData("!\"x\" \"y\"", "a y x y", "a y")]
    [InlineData("(^ | \"x\") \"y\"", "y a x y", "y|x y")]
    public void A_pattern_whose_first_element_may_match_nothing_is_tried_at_every_token(string pattern, string text, string expected)
    {
        Matches(pattern, text).ShouldBe(expected.Split('|'));
    }

    // A backtracking engine would try 2^40000 ways to split this token; the non-backtracking one reads it once.
    [Fact(Timeout = 60_000)]
    public async Task A_catastrophic_regular_expression_cannot_stall_a_run()
    {
        var text = new string('a', 40_000) + " ab.";

        var matches = await Task.Run(() => Matches("/(a+)+b/", text), TestContext.Current.CancellationToken);

        matches.ShouldBe(["ab"]);
    }

    [Fact]
    public void Captures_become_properties_with_the_annotation_value_beside_them()
    {
        var article = Article.Create("a.txt", "Mayor Lee said “no”.");
        var view = new View(article, new() { ["quotes"] = [new Annotation(new TextSpan(15, 4), "refusal")] });
        var rule = Rule("""rule TS0001 { title = "t"; message = "{who} {q} {q.value}"; severity = warning; match = who:(_ _) "said" q:@quotes; }""", layers: ["quotes"]);
        var match = RuleEvaluator.Evaluate(rule, view).ShouldHaveSingleItem();
        match.Properties["who"].ShouldBe("Mayor Lee");
        match.Properties["q"].ShouldBe("“no”");
        match.Properties["q.value"].ShouldBe("refusal");
    }

    [Fact]
    public void A_gap_may_reach_the_last_token_of_the_scope_but_not_beyond()
    {
        Matches("\"no\" gap(1, 1)", "They said no.").ShouldBe(["no."]);
        Matches("\"it\" gap(2, 3)", "We said it. Then more.").ShouldBeEmpty();
    }

    [Fact]
    public void The_longer_of_two_annotations_at_a_token_is_tried_first()
    {
        var article = Article.Create("a.txt", "He said “we will stay” today.");
        var view = new View(article, new() { ["quotes"] = [new Annotation(new TextSpan(8, 14)), new Annotation(new TextSpan(8, 3))] });

        Matches("\"said\" @quotes", article.Text, view: view).ShouldBe(["said “we will stay”"]);
    }

    [Fact]
    public void An_annotation_that_runs_past_the_unit_does_not_match_in_it()
    {
        var article = Article.Create("a.txt", "He said it. Then he left.");
        var view = new View(article, new() { ["quotes"] = [new Annotation(new TextSpan(3, 13))] });

        Matches("@quotes", article.Text, view: view).ShouldBeEmpty();
        Matches("@quotes", article.Text, scope: "paragraph", view: view).ShouldBe(["said it. Then"]);
    }

    [Fact]
    public void An_empty_annotation_matches_nothing()
    {
        var article = Article.Create("a.txt", "He said so.");
        var view = new View(article, new() { ["quotes"] = [new Annotation(new TextSpan(0, 0))] });

        Matches("@quotes", article.Text, view: view).ShouldBeEmpty();
    }

    [Fact]
    public void No_annotation_begins_after_the_last_token_of_the_article()
    {
        var article = Article.Create("a.txt", "He said");
        var view = new View(article, new() { ["quotes"] = [new Annotation(new TextSpan(0, 7))] });

        Matches("\"said\" @quotes", article.Text, view: view).ShouldBeEmpty();
        new LayerNode("quotes").MayStartAt(new PatternMatcher(view, article.Whole), article.Tokens.Count).ShouldBeFalse();
    }

    // The class answers only at the token index it is given and reads that token, so it fails if it is asked past the article's end.
    [Theory]
    [InlineData("Ana met Bo", 2, "1", "\"met\" @c", "met Bo")]
    [InlineData("Ana met Bo. Then", 2, "3", "\"met\" @c", "")]
    [InlineData("Ana met Bo", 2, "0", "@c \"Bo\"", "")]
    [InlineData("Ana met Bo", 0, "2|1", "@c", "Ana met")]
    [InlineData("Ana met", 1, "1", "\"met\" @c", "")]
    public void A_token_class_match_is_taken_in_its_order_and_only_when_it_ends_inside_the_scope(string text, int at, string lengths, string pattern, string expected)
    {
        var article = Article.Create("a.txt", text);
        var view = new View(article, classes: [new LengthsAt(at, [.. lengths.Split('|').Select(int.Parse)])]);

        Matches(pattern, text, view: view).ShouldBe(expected.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_unit_that_needs_exactly_the_step_budget_still_runs()
    {
        var rule = Rule("""rule TS0001 { title = "t"; message = "m"; severity = warning; match = _; }""");
        var article = Article.Create("a.txt", "one two");
        var stopped = new List<Segment>();

        // One step per token: "_" is visited at each of the two starts.
        RuleEvaluator.Evaluate(rule, new View(article), stopped.Add, stepBudget: 2).Select(m => article.TextOf(m.Span)).ShouldBe(["one", "two"]);
        stopped.ShouldBeEmpty();

        RuleEvaluator.Evaluate(rule, new View(article), stopped.Add, stepBudget: 1).ShouldBeEmpty();
        stopped.ShouldHaveSingleItem();
    }

    private sealed class TwoWordName : ITokenClass
    {
        public string Name => "name";

        public IEnumerable<int> Match(ArticleView article, int tokenIndex)
        {
            var tokens = article.Article.Tokens;
            return tokenIndex + 1 < tokens.Count && IsCapital(article, tokens[tokenIndex]) && IsCapital(article, tokens[tokenIndex + 1]) ? [2] : [];
        }

        private static bool IsCapital(ArticleView article, Token token) => token.Kind == TokenKind.Word && char.IsUpper(article.Article.Text[token.Span.Start]);
    }

    private sealed class LengthsAt(int index, int[] lengths) : ITokenClass
    {
        public string Name => "c";

        public IEnumerable<int> Match(ArticleView article, int tokenIndex)
        {
            _ = article.Article.Tokens[tokenIndex];
            return tokenIndex == index ? lengths : [];
        }
    }
}
