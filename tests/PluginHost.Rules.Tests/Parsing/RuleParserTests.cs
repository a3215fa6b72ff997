using CsCheck;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;

namespace PluginHost.Rules.Tests.Parsing;

public sealed class RuleParserTests
{
    private static RuleFileSyntax Parse(string text)
    {
        var file = RuleParser.Parse("test.rules", text, out var error);
        error.ShouldBeNull();
        return file;
    }

    private static RuleError Error(string text)
    {
        RuleParser.Parse("test.rules", text, out var error);
        return error.ShouldNotBeNull();
    }

    [Fact]
    public void Any_text_parses_or_gets_an_error_at_a_line_and_column_inside_it()
    {
        RuleSyntaxGenerators.Scrambled.Sample(text =>
        {
            RuleParser.Parse("scrambled.rules", text, out var error);
            if (error is not null)
            {
                var lines = text.Split('\n');
                error.Position.Line.ShouldBeInRange(1, lines.Length);
                error.Position.Column.ShouldBeInRange(1, lines[error.Position.Line - 1].Length + 1);
                error.Message.ShouldNotBeNullOrWhiteSpace();
            }
        }, iter: 2000);
    }

    [Fact]
    public void Lists_settings_and_rules_parse_with_comments_between()
    {
        var file = Parse("""
            # a comment
            list verbs = said, "called for", told;   # trailing comment
            setting min_words = 5;
            setting mode = "strict";
            setting loud = true;
            rule QT0001 {
                title = "Title";
                severity = warning;
            }
            """);
        file.Declarations.Count.ShouldBe(5);
        file.Declarations[0].ShouldBeOfType<ListDeclarationSyntax>().Entries.ShouldBe(["said", "called for", "told"]);
        file.Declarations[1].ShouldBeOfType<SettingDeclarationSyntax>().Value.Value.ShouldBe(5.0);
        file.Declarations[2].ShouldBeOfType<SettingDeclarationSyntax>().Value.Value.ShouldBe("strict");
        file.Declarations[3].ShouldBeOfType<SettingDeclarationSyntax>().Value.Value.ShouldBe(true);
        var rule = file.Declarations[4].ShouldBeOfType<RuleDeclarationSyntax>();
        rule.Id.ShouldBe("QT0001");
        rule.Position.Line.ShouldBe(6);
        rule.Properties.Select(p => p.Name).ShouldBe(["title", "severity"]);
    }

    [Fact]
    public void Strings_understand_escapes()
    {
        var file = Parse("""setting s = "a \"quoted\" \\ word\n\tend";""");
        file.Declarations[0].ShouldBeOfType<SettingDeclarationSyntax>().Value.Value.ShouldBe("a \"quoted\" \\ word\n\tend");
    }

    [Fact]
    public void Negative_and_decimal_numbers_parse()
    {
        var file = Parse("setting a = -2.5; setting b = 10;");
        file.Declarations.Cast<SettingDeclarationSyntax>().Select(s => s.Value.Value).ShouldBe([-2.5, 10.0]);
    }

    [Fact]
    public void Patterns_parse_into_sequences_alternatives_repeats_and_captures()
    {
        var file = Parse("""rule TS0001 { match = who:@person ","? gap(0, 3) ($verbs | ="NASA" | /[0-9]+%/i){1,2} _ ^ $; }""");
        var pattern = file.Declarations[0].ShouldBeOfType<RuleDeclarationSyntax>().Properties[0].ShouldBeOfType<PatternPropertySyntax>().Pattern;
        var sequence = pattern.ShouldBeOfType<SequencePatternSyntax>();
        sequence.Items.Count.ShouldBe(7);
        sequence.Items[0].ShouldBeOfType<CapturePatternSyntax>().Inner.ShouldBeOfType<ClassPatternSyntax>().Name.ShouldBe("person");
        sequence.Items[1].ShouldBeOfType<RepeatPatternSyntax>().Max.ShouldBe(1);
        sequence.Items[2].ShouldBeOfType<GapPatternSyntax>().ShouldBe(new GapPatternSyntax(0, 3, sequence.Items[2].Position));
        var repeat = sequence.Items[3].ShouldBeOfType<RepeatPatternSyntax>();
        (repeat.Min, repeat.Max).ShouldBe((1, (int?)2));
        var options = repeat.Inner.ShouldBeOfType<AlternationPatternSyntax>().Options;
        options[0].ShouldBeOfType<ListPatternSyntax>().Name.ShouldBe("verbs");
        options[1].ShouldBeOfType<LiteralPatternSyntax>().CaseSensitive.ShouldBeTrue();
        options[2].ShouldBeOfType<RegexPatternSyntax>().Flags.ShouldBe("i");
        sequence.Items[4].ShouldBeOfType<AnyTokenPatternSyntax>();
        sequence.Items[5].ShouldBeOfType<AnchorPatternSyntax>().AtStart.ShouldBeTrue();
        sequence.Items[6].ShouldBeOfType<AnchorPatternSyntax>().AtStart.ShouldBeFalse();
    }

    [Fact]
    public void Gap_with_one_bound_means_zero_to_that_many()
    {
        var file = Parse("rule TS0001 { match = gap(4); }");
        var gap = file.Declarations[0].ShouldBeOfType<RuleDeclarationSyntax>().Properties[0].ShouldBeOfType<PatternPropertySyntax>().Pattern.ShouldBeOfType<GapPatternSyntax>();
        (gap.Min, gap.Max).ShouldBe((0, 4));
    }

    [Theory]
    [InlineData("{2}", 2, 2)]
    [InlineData("{2,}", 2, null)]
    [InlineData("*", 0, null)]
    [InlineData("+", 1, null)]
    public void Quantifiers_give_their_bounds(string quantifier, int min, int? max)
    {
        var file = Parse($"rule TS0001 {{ match = \"a\"{quantifier}; }}");
        var repeat = file.Declarations[0].ShouldBeOfType<RuleDeclarationSyntax>().Properties[0].ShouldBeOfType<PatternPropertySyntax>().Pattern.ShouldBeOfType<RepeatPatternSyntax>();
        (repeat.Min, repeat.Max).ShouldBe((min, max));
    }

    [Fact]
    public void Conditions_parse_with_precedence_of_and_over_or()
    {
        var file = Parse("rule TS0001 { where = a.b == 1 or not c and (d.e != \"x\" or f in $g); }");
        var condition = file.Declarations[0].ShouldBeOfType<RuleDeclarationSyntax>().Properties[0].ShouldBeOfType<ConditionPropertySyntax>().Condition;
        var or = condition.ShouldBeOfType<OrConditionSyntax>();
        or.Left.ShouldBeOfType<ComparisonConditionSyntax>().Operator.ShouldBe(ComparisonOperator.Equal);
        var and = or.Right.ShouldBeOfType<AndConditionSyntax>();
        and.Left.ShouldBeOfType<NotConditionSyntax>();
        and.Right.ShouldBeOfType<OrConditionSyntax>().Right.ShouldBeOfType<ComparisonConditionSyntax>().Right.ShouldBeOfType<ListOperandSyntax>().Name.ShouldBe("g");
    }

    [Fact]
    public void Missing_semicolon_is_reported_at_the_next_token_with_what_was_expected()
    {
        var error = Error("setting a = 1\nsetting b = 2;");
        error.Position.ShouldBe(new(2, 1));
        error.Message.ShouldContain("expected");
        error.Message.ShouldContain("';'");
        error.Message.ShouldContain("found 's'");
        error.ToString().ShouldStartWith("test.rules(2,1): error: ");
    }

    [Fact]
    public void Unterminated_string_says_so()
    {
        var error = Error("setting a = \"open\nrule");
        error.Position.ShouldBe(new(1, 18));
        error.Message.ShouldContain("closing the string");
        error.Message.ShouldContain("the end of the line");
    }

    [Fact]
    public void Unknown_top_level_word_names_the_declarations()
    {
        var error = Error("lsit a = b;");
        error.Position.ShouldBe(new(1, 1));
        error.Message.ShouldContain("a declaration ('list', 'setting', 'rule' or 'pattern')");
    }

    [Fact]
    public void A_bad_pattern_element_lists_the_elements()
    {
        var error = Error("rule TS0001 {\n  match = said;\n}");
        error.Position.ShouldBe(new(2, 11));
        error.Message.ShouldBe("expected a \"string\", =\"Exact\", /regex/, $list, @class, '_', 'gap', '^', '(' or '!', found 's'");
    }

    [Fact]
    public void A_count_too_large_is_a_positioned_error_not_a_crash()
    {
        var error = Error("rule TS0001 { match = gap(99999999999); }");
        error.Message.ShouldContain("99999999999 is too large for a count");
        error.Position.Line.ShouldBe(1);
    }

    [Fact]
    public void A_regex_may_end_in_an_escaped_backslash_and_contain_escaped_slashes()
    {
        var file = Parse("""rule TS0001 { match = /a\\/ /b\/c/; }""");
        var items = file.Declarations[0].ShouldBeOfType<RuleDeclarationSyntax>().Properties[0].ShouldBeOfType<PatternPropertySyntax>().Pattern.ShouldBeOfType<SequencePatternSyntax>().Items;
        items[0].ShouldBeOfType<RegexPatternSyntax>().Expression.ShouldBe("a\\\\");
        items[1].ShouldBeOfType<RegexPatternSyntax>().Expression.ShouldBe("b/c");
    }

    [Fact]
    public void Tabs_count_as_one_column()
    {
        var error = Error("\tsetting a = ;");
        error.Position.ShouldBe(new(1, 14));
    }

    [Fact]
    public void End_of_file_inside_a_rule_is_reported()
    {
        var error = Error("rule TS0001 {\n title = \"x\";\n");
        error.Message.ShouldContain("the end of the file");
        error.Position.Line.ShouldBe(3);
    }
}
