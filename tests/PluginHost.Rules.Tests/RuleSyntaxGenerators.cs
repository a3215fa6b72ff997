using CsCheck;
using PluginHost.Rules.Syntax;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Tests;

/// <summary>Random rule files of every construct of the grammar, in the forms its parser produces.</summary>
internal static class RuleSyntaxGenerators
{
    private static readonly LinePosition At = new(1, 1);

    private static readonly string[] Keywords = ["none", "true", "false", "not", "and", "or", "in", "gap", "list", "setting", "rule", "pattern", "match", "where"];

    public static readonly Gen<string> Name =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_"], 0, 8], (first, rest) => first + rest)
            .Where(name => !Keywords.Contains(name));

    // Any text but the line breaks strings cannot hold: quotes, backslashes, tabs and newlines are escaped.
    public static readonly Gen<string> Text =
        Gen.String[Gen.OneOf(Gen.Char["abc XYZ09.,'’-&"], Gen.Char["\"\\\t\n/#{}();=$@!^_“”é漢"]), 0, 12];

    private static readonly Gen<string> RegexBody =
        Gen.Select(Gen.OneOf("a", "Z", "0", "[a-z]", "+", "*", ".", "/", "\\d", "\\\\", "\\.", "(", ")", "|", "ø").Array[0, 6], string.Concat);

    public static readonly Gen<ValueSyntax> Value =
        Gen.OneOf(
            Text.Select(t => (ValueSyntax)new StringValueSyntax(t, At)),
            Gen.Int[-1_000_000, 1_000_000].Select(n => (ValueSyntax)new NumberValueSyntax(n / 1000.0, At)),
            Gen.OneOf(1e20, -3.5e-9, 123456789012345678.0).Select(n => (ValueSyntax)new NumberValueSyntax(n, At)),
            Gen.Bool.Select(b => (ValueSyntax)new BooleanValueSyntax(b, At)),
            Name.Select(n => (ValueSyntax)new NameValueSyntax(n, At)));

    private static readonly Gen<ValueSyntax> Literal = Value.Where(v => v is not NameValueSyntax);

    private static readonly Gen<OperandSyntax> Operand =
        Gen.OneOf(
            Gen.Const((OperandSyntax)new NoneOperandSyntax(At)),
            Name.Select(n => (OperandSyntax)new ListOperandSyntax(n, At)),
            Literal.Select(v => (OperandSyntax)new ValueOperandSyntax(v, At)),
            Name.Array[1, 3].Select(p => (OperandSyntax)new PathOperandSyntax(p, At)));

    private static readonly Gen<ConditionSyntax> Comparison =
        Gen.OneOf(
            Operand.Where(o => o is PathOperandSyntax).Select(o => (ConditionSyntax)new ComparisonConditionSyntax(o, null, null, At)),
            Gen.Select(Operand, Gen.Enum<ComparisonOperator>(), Operand, (left, op, right) => (ConditionSyntax)new ComparisonConditionSyntax(left, op, right, At)));

    private static readonly Gen<PatternSyntax> Element =
        Gen.OneOf(
            Gen.Select(Text, Gen.Bool, (text, exact) => (PatternSyntax)new LiteralPatternSyntax(text, exact, At)),
            Gen.Select(RegexBody, Gen.String[Gen.Char["imnx"], 0, 2], (body, flags) => (PatternSyntax)new RegexPatternSyntax(body, flags, At)),
            Name.Select(n => (PatternSyntax)new ListPatternSyntax(n, At)),
            Name.Select(n => (PatternSyntax)new ClassPatternSyntax(n, At)),
            Gen.Const((PatternSyntax)new AnyTokenPatternSyntax(At)),
            Gen.Select(Gen.Int[0, 5], Gen.Int[0, 5], (a, b) => (PatternSyntax)new GapPatternSyntax(Math.Min(a, b), Math.Max(a, b), At)),
            Gen.Bool.Select(start => (PatternSyntax)new AnchorPatternSyntax(start, At)));

    public static Gen<ConditionSyntax> Condition(int depth) =>
        depth == 0
            ? Comparison
            : Gen.OneOf(
                Comparison,
                Condition(depth - 1).Select(c => (ConditionSyntax)new NotConditionSyntax(c, At)),
                Gen.Select(Condition(depth - 1), Condition(depth - 1), (l, r) => (ConditionSyntax)new AndConditionSyntax(l, r, At)),
                Gen.Select(Condition(depth - 1), Condition(depth - 1), (l, r) => (ConditionSyntax)new OrConditionSyntax(l, r, At)));

    public static Gen<PatternSyntax> Pattern(int depth) =>
        depth == 0
            ? Element
            : Gen.OneOf(
                Element,
                Pattern(depth - 1).Select(p => (PatternSyntax)new NotPatternSyntax(p, At)),
                Gen.Select(Pattern(depth - 1), Gen.Int[0, 3], Gen.Int[0, 4].Select(n => n == 4 ? (int?)null : n), (p, min, max) => (PatternSyntax)new RepeatPatternSyntax(p, min, max is { } m ? Math.Max(min, m) : null, At)),
                Gen.Select(Name, Pattern(depth - 1), (name, p) => (PatternSyntax)new CapturePatternSyntax(name, p, At)),
                Pattern(depth - 1).Array[2, 4].Select(items => (PatternSyntax)new SequencePatternSyntax(items, At)),
                Pattern(depth - 1).Array[2, 3].Select(options => (PatternSyntax)new AlternationPatternSyntax(options, At)));

    private static readonly Gen<RulePropertySyntax> Property =
        Gen.OneOf(
            Pattern(3).Select(p => (RulePropertySyntax)new PatternPropertySyntax(p, At)),
            Condition(3).Select(c => (RulePropertySyntax)new ConditionPropertySyntax(c, At)),
            Gen.Select(Name, Value, (name, value) => (RulePropertySyntax)new ValuePropertySyntax(name, value, At)));

    private static readonly Gen<DeclarationSyntax> Declaration =
        Gen.OneOf(
            Gen.Select(Name, Text.Array[1, 4], (name, entries) => (DeclarationSyntax)new ListDeclarationSyntax(name, entries, At)),
            Gen.Select(Name, Value, (name, value) => (DeclarationSyntax)new SettingDeclarationSyntax(name, value, At)),
            Gen.Select(Name, Property.Array[0, 4], (id, properties) => (DeclarationSyntax)new RuleDeclarationSyntax(id, properties, At)),
            Gen.Select(Name, Property.Array[0, 3], (name, properties) => (DeclarationSyntax)new PatternDeclarationSyntax(name, properties, At)));

    public static readonly Gen<RuleFileSyntax> File =
        Declaration.Array[0, 5].Select(declarations => new RuleFileSyntax("generated.rules", declarations));

    /// <summary>Text made of the grammar's own pieces in any order: mostly wrong, sometimes right, never anything else.</summary>
    public static readonly Gen<string> Scrambled =
        Gen.Select(
            Gen.OneOf(
                Gen.OneOf("rule", "list", "setting", "pattern", "match", "where", "gap", "not", "and", "or", "in", "none", "true"),
                Gen.OneOf("{", "}", "(", ")", "=", ";", ",", ":", "|", "?", "*", "+", "!", "^", "$", "@", "_", "\"", "/", "\\", "#", "==", "<=", ".", "-"),
                Gen.OneOf(" ", "\n", "\t", "\r\n", "# note\n", "\"x\"", "/a+/i", "12", "99999999999999", "-0.5", "{2,}", "{,3}", "é", "\u0000")).Array[0, 40],
            string.Concat);
}
