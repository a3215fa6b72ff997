using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Tests.Compilation;

public sealed class RuleCompilerTests
{
    private static List<string> Errors(string rules, IEnumerable<string>? layers = null) =>
        [.. RuleTestKit.Compile(rules, layers: layers).Errors.Select(e => $"{e.Position.Line},{e.Position.Column}: {e.Message}")];

    [Fact]
    public void A_complete_rule_becomes_a_descriptor()
    {
        var rule = RuleTestKit.Rule("""
            rule TS0001 {
                title = "Word repeated";
                message = "'{word}' is repeated";
                description = "A word twice in a row.";
                severity = suggestion;
                enabled = false;
                help = "https://example.org/TS0001";
                scope = paragraph;
                match = word:_ "again";
            }
            """);
        rule.Descriptor.ShouldBe(new RuleDescriptor("TS0001", "Word repeated", "'{word}' is repeated", "Test", DiagnosticSeverity.Suggestion, false, "A word twice in a row.", "https://example.org/TS0001"), new DescriptorComparer());
        rule.Scope.ShouldBe(SegmentKind.Paragraph);
        rule.IsReportedByCode.ShouldBeFalse();
    }

    [Fact]
    public void A_rule_without_match_or_where_is_reported_by_code_and_scope_defaults_to_sentence()
    {
        var rule = RuleTestKit.Rule("""rule TS0001 { title = "t"; message = "{anything}"; severity = error; }""");
        rule.IsReportedByCode.ShouldBeTrue();
        rule.Scope.ShouldBe(SegmentKind.Sentence);
        rule.Descriptor.Category.ShouldBe("Test");
    }

    [Fact]
    public void Missing_required_properties_are_errors_at_the_rule()
    {
        Errors("\nrule TS0001 { }").ShouldBe([
            "2,1: rule TS0001 has no 'title'",
            "2,1: rule TS0001 has no 'message'",
            "2,1: rule TS0001 has no 'severity'",
        ]);
    }

    [Fact]
    public void Ids_must_be_valid_and_carry_the_plugin_prefix()
    {
        Errors("""rule QT0001 { title = "t"; message = "m"; severity = error; }""").ShouldBe(["1,1: rule QT0001 belongs to Test, whose rule IDs start with TS"]);
        Errors("""rule TS01 { title = "t"; message = "m"; severity = error; }""").ShouldBe(["1,1: 'TS01' is not a rule ID: two capital letters and four digits, such as TS0001"]);
    }

    [Fact]
    public void Duplicate_ids_lists_and_settings_are_errors()
    {
        Errors("""
            list a = x;
            list a = y;
            setting s = 1;
            setting s = 2;
            rule TS0001 { title = "t"; message = "m"; severity = error; }
            rule TS0001 { title = "t"; message = "m"; severity = error; }
            """).ShouldBe([
            "2,1: list 'a' is declared twice",
            "4,1: setting 's' is declared twice",
            "6,1: rule TS0001 is declared twice",
        ]);
    }

    [Fact]
    public void Unknown_and_repeated_properties_and_wrong_types_are_errors()
    {
        Errors("""rule TS0001 { title = 5; titel = "x"; message = "m"; message = "n"; severity = loud; scope = page; enabled = "yes"; }""").ShouldBe([
            "1,26: unknown property 'titel' (a rule has title, message, description, category, severity, enabled, help, scope, match, where, example, counterexample)",
            "1,54: property 'message' is set twice",
            "1,15: 'title' must be a non-empty \"string\", not the number 5",
            "1,69: 'severity' must be one of error, warning, suggestion, silent, not 'loud'",
            "1,86: 'scope' must be one of article, paragraph, sentence, line, not 'page'",
            "1,100: 'enabled' must be true or false, not a string",
        ]);
    }

    [Fact]
    public void Unknown_lists_and_classes_are_load_time_errors_that_name_what_exists()
    {
        Errors("""
            list verbs = said;
            rule TS0001 { title = "t"; message = "m"; severity = error; match = $verb @quote; }
            """, layers: ["quotes"]).ShouldBe([
            "2,69: unknown list '$verb' (known lists: verbs)",
            "2,75: unknown class '@quote' (known classes and layers: quotes)",
        ]);
    }

    [Fact]
    public void Invalid_and_backtracking_only_regular_expressions_are_load_time_errors()
    {
        var errors = Errors("""rule TS0001 { title = "t"; message = "m"; severity = error; match = /(a/ /(?<=x)y/ /a/x; }""");
        errors.Count.ShouldBe(3);
        errors[0].ShouldBe("1,69: invalid regular expression /(a/: Invalid pattern '(a' at offset 2. Not enough )'s.");
        errors[1].ShouldStartWith("1,74: invalid regular expression /(?<=x)y/");
        errors[2].ShouldBe("1,84: unknown regular-expression flag 'x' (the only flag is i, ignore case)");
    }

    [Fact]
    public void Message_placeholders_must_name_captures_of_the_pattern()
    {
        Errors("""rule TS0001 { title = "t"; message = "{who} said {text} {what}"; severity = error; match = who:_ "said"; }""")
            .ShouldBe(["1,28: the message uses {what}, but the pattern has no capture of that name (captures: text, who)"]);
    }

    [Fact]
    public void Impossible_bounds_are_errors()
    {
        Errors("""rule TS0001 { title = "t"; message = "m"; severity = error; match = gap(3, 1) "a"{2,1} "b"{0}; }""").ShouldBe([
            "1,69: gap(3, 1) has its bounds the wrong way round",
            "1,79: repetition {2,1} can never match",
            "1,88: repetition {0,0} can never match",
        ]);
    }

    [Fact]
    public void Examples_must_mark_findings_and_counterexamples_must_not()
    {
        Errors("""rule TS0001 { title = "t"; message = "m"; severity = error; match = "a"; example = "no marker"; counterexample = "{|a|}"; example = "{|open"; }""").ShouldBe([
            "1,74: an example marks the expected finding with {|…|}",
            "1,97: a counterexample marks no {|span|}: it must produce no finding",
            "1,123: A '{|' marker at offset 0 of the annotated text is never closed with '|}'.",
        ]);
    }

    [Fact]
    public void Conditions_check_their_names()
    {
        Errors("""rule TS0001 { title = "t"; message = "m"; severity = error; where = page.words > 3 or paragraph.language == "en" or scope.words.x > 1 or a.b.c.d == 1 or paragraph in $nope or scope.words in "x"; }""", layers: ["lang"]).ShouldBe([
            "1,69: unknown name 'page': a path starts with article, paragraph, sentence, line, scope, match or a capture of the pattern",
            "1,87: unknown property or layer 'language' (known layers: lang)",
            "1,117: 'words' has no properties",
            "1,138: unknown name 'a': a path starts with article, paragraph, sentence, line, scope, match or a capture of the pattern",
            "1,167: unknown list '$nope'",
            "1,191: 'in' needs a list on its right, such as $stopwords",
        ]);
    }

    [Fact]
    public void A_path_of_four_parts_is_too_long()
    {
        Errors("""rule TS0001 { title = "t"; message = "m"; severity = error; where = paragraph.lang.value.x == 1; }""", layers: ["lang"])
            .ShouldBe(["1,69: 'paragraph.lang.value.x' is too long: write unit, unit.property or unit.layer.property"]);
    }

    [Fact]
    public void A_rule_with_errors_is_left_out_and_the_others_compile()
    {
        var set = RuleTestKit.Compile("""
            rule TS0001 { title = "t"; message = "m"; severity = error; match = $missing; }
            rule TS0002 { title = "t"; message = "m"; severity = error; match = "ok"; }
            """);
        set.Errors.Count.ShouldBe(1);
        set.Rules.ShouldHaveSingleItem().Descriptor.Id.ShouldBe("TS0002");
    }

    [Fact]
    public void Settings_and_lists_reach_the_plugin()
    {
        var set = RuleTestKit.Compile("""
            setting min = 4; setting name = "x"; setting on = true;
            list words = a, "b c";
            """);
        var settings = (PluginHost.Sdk.Analysis.IPluginSettings)set.Settings;
        settings.GetNumber("min").ShouldBe(4);
        settings.GetText("name").ShouldBe("x");
        settings.GetBoolean("on").ShouldBeTrue();
        settings.GetList("words").ShouldBe(["a", "b c"]);
        settings.TryGetNumber("name", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => settings.GetNumber("absent")).Message.ShouldContain("'absent'");
        settings.TryGetList("absent", out var none).ShouldBeFalse();
        none.ShouldBeEmpty();
    }

    [Fact]
    public void A_capture_inside_a_negation_is_an_error()
    {
        Errors("""pattern p { match = "a" !(x:"b"); }""").ShouldBe(["1,25: a capture inside '!' would never capture anything; capture the '!' element instead"]);
        Errors("""pattern p { match = "a" !("b"?) !gap(2) !("c" | ^); }""").ShouldBe([
            "1,25: '!' needs an element that matches at least one token; this one can match none, so '!' never matches",
            "1,33: '!' needs an element that matches at least one token; this one can match none, so '!' never matches",
            "1,41: '!' needs an element that matches at least one token; this one can match none, so '!' never matches",
        ]);
    }

    [Fact]
    public void A_named_pattern_compiles_with_its_scope_and_reports_nothing_by_itself()
    {
        var set = RuleTestKit.Compile("""
            list verbs = said;
            pattern said_after { scope = paragraph; match = who:_ $verbs; where = who.words == 1; }
            pattern plain { match = "x"; }
            """);
        set.Errors.ShouldBeEmpty();
        set.Rules.ShouldBeEmpty();
        set.Patterns.Single(p => p.Name == "said_after").Scope.ShouldBe(SegmentKind.Paragraph);
        set.Patterns.Single(p => p.Name == "plain").Scope.ShouldBe(SegmentKind.Sentence);
        set.Patterns.Single(p => p.Name == "plain").Condition.ShouldBeNull();
    }

    [Fact]
    public void A_named_pattern_with_an_error_is_left_out_with_the_error_where_it_is()
    {
        Errors("""
            pattern nomatch { scope = line; }
            pattern bad { match = $absent; title = "t"; }
            pattern ok { match = "x"; }
            pattern ok { match = "y"; }
            pattern twice { match = $absent; }
            pattern twice { match = "y"; }
            pattern badscope { match = "x"; scope = word; where = unknown.text == "a"; }
            """).ShouldBe([
            "1,1: pattern 'nomatch' has no 'match'",
            "2,32: unknown property 'title' (a pattern has scope, match, where)",
            "2,23: unknown list '$absent' (known lists: none)",
            "4,1: pattern 'ok' is declared twice",
            "5,25: unknown list '$absent' (known lists: none)",
            "6,1: pattern 'twice' is declared twice",
            "7,33: 'scope' must be one of article, paragraph, sentence, line, not 'word'",
            "7,55: unknown name 'unknown': a path starts with article, paragraph, sentence, line, scope, match or a capture of the pattern",
        ]);
        RuleTestKit.Compile("pattern ok { match = \"x\"; } pattern bad { match = $absent; }").Patterns.Select(p => p.Name).ShouldBe(["ok"]);
    }

    [Fact]
    public void A_category_set_in_the_rule_replaces_the_plugin_name()
    {
        RuleTestKit.Rule("""rule TS0001 { title = "t"; message = "m"; severity = error; category = "Sourcing"; }""").Descriptor.Category.ShouldBe("Sourcing");
    }

    [Fact]
    public void Examples_must_produce_their_findings_and_counterexamples_none()
    {
        var rule = RuleTestKit.Rule("""rule TS0001 { title = "t"; message = "m"; severity = error; match = "a"; counterexample = "b"; example = "{|a|}"; }""");

        rule.Examples.Select(e => (e.Text.Text, e.ShouldMatch)).ShouldBe([("b", false), ("a", true)]);
    }

    [Fact]
    public void Bounds_that_are_equal_are_allowed()
    {
        Errors("""rule TS0001 { title = "t"; message = "m"; severity = error; match = "x" gap(2, 2) "a"{2,2} "b"{1}; }""").ShouldBeEmpty();
    }

    private sealed class DescriptorComparer : IEqualityComparer<RuleDescriptor>
    {
        public bool Equals(RuleDescriptor? x, RuleDescriptor? y) =>
            (x!.Id, x.Title, x.MessageFormat.Format, x.Category, x.DefaultSeverity, x.IsEnabledByDefault, x.Description, x.HelpLink) ==
            (y!.Id, y.Title, y.MessageFormat.Format, y.Category, y.DefaultSeverity, y.IsEnabledByDefault, y.Description, y.HelpLink);

        public int GetHashCode(RuleDescriptor obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
