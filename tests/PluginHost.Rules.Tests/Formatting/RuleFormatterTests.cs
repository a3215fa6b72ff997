using CsCheck;
using PluginHost.Rules.Compilation;
using PluginHost.Rules.Formatting;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;

namespace PluginHost.Rules.Tests.Formatting;

public sealed class RuleFormatterTests
{
    [Theory]
    [MemberData(nameof(ShippedRuleFiles.Names), MemberType = typeof(ShippedRuleFiles))]
    public void A_shipped_rule_file_formats_to_text_that_parses_to_the_same_rules(string file)
    {
        var parsed = Parse(ShippedRuleFiles.Text(file));

        var formatted = RuleFormatter.Format(parsed);

        var reparsed = Parse(formatted);
        reparsed.Declarations.Count.ShouldBe(parsed.Declarations.Count);
        RuleFormatter.Format(reparsed).ShouldBe(formatted);
    }

    [Fact]
    public void Any_rule_file_formats_to_text_that_parses_back_to_it()
    {
        RuleSyntaxGenerators.File.Sample(file =>
        {
            var formatted = RuleFormatter.Format(file);

            RuleFormatter.Format(Parse(formatted)).ShouldBe(formatted);
        }, iter: 300);
    }

    [Fact]
    public void Any_parsed_rule_file_compiles_to_rules_or_positioned_errors()
    {
        RuleSyntaxGenerators.File.Sample(file =>
        {
            var compiled = RuleCompiler.Compile([Parse(RuleFormatter.Format(file))], new RuleEnvironment("Test", "TS", [], ["quotes"]));

            compiled.Errors.ShouldAllBe(error => error.Position.Line >= 1 && error.Position.Column >= 1 && error.Message.Length > 0);
        }, iter: 100);
    }

    [Theory]
    [InlineData("match = (\"a\" | \"b\") \"c\";")]
    [InlineData("match = x:(\"a\" \"b\")+ !(\"c\"+) \"d\"{2,} =\"E\"{3} $;")]
    [InlineData("match = y:$verbs? !$stop* @quotes | ^ /[0-9]+\\/[0-9]+/i gap(0, 3) _;")]
    [InlineData("where = not (a and b) or c and (d or e);")]
    [InlineData("where = speaker.words <= 4 and $titles in none or not not \"x\" != -2.5;")]
    public void Parentheses_are_written_only_where_precedence_needs_them(string property)
    {
        var text = $"rule TS0001 {{ {property} }}\n";

        RuleFormatter.Format(Parse(text)).ShouldBe(text);
    }

    [Theory]
    [InlineData("setting big = 100000000000000000000;\n")]
    [InlineData("setting small = -0.0000000035;\n")]
    [InlineData("list marks = \"say \\\"no\\\"\", \"back\\\\slash\", \"tab\\there\", \"line\\nbreak\";\n")]
    public void Numbers_are_written_without_exponents_and_strings_with_escapes(string text)
    {
        RuleFormatter.Format(Parse(text)).ShouldBe(text);
    }

    private static RuleFileSyntax Parse(string text)
    {
        var file = RuleParser.Parse("formatted.rules", text, out var error);
        error.ShouldBeNull(text);
        return file;
    }
}
