using System.Globalization;
using System.Text;
using PluginHost.Rules.Syntax;

namespace PluginHost.Rules.Formatting;

/// <summary>
/// Writes parsed rules back as rule-file text, one declaration per line, in the form <see cref="Parsing.RuleGrammar"/>
/// reads: parsing the text gives the same declarations again (positions aside). Parentheses are written only where
/// the grammar's precedence needs them.
/// </summary>
public static class RuleFormatter
{
    public static string Format(RuleFileSyntax file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var text = new StringBuilder();
        foreach (var declaration in file.Declarations)
        {
            text.Append(Declaration(declaration)).Append('\n');
        }

        return text.ToString();
    }

    public static string Declaration(DeclarationSyntax declaration) => declaration switch
    {
        ListDeclarationSyntax list => $"list {list.Name} = {string.Join(", ", list.Entries.Select(Quoted))};",
        SettingDeclarationSyntax setting => $"setting {setting.Name} = {Value(setting.Value)};",
        RuleDeclarationSyntax rule => $"rule {rule.Id} {{ {Properties(rule.Properties)}}}",
        PatternDeclarationSyntax pattern => $"pattern {pattern.Name} {{ {Properties(pattern.Properties)}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(declaration), declaration.GetType().Name, "not a declaration of the rule language"),
    };

    public static string Pattern(PatternSyntax pattern) => pattern switch
    {
        AlternationPatternSyntax alternation => string.Join(" | ", alternation.Options.Select(o => o is AlternationPatternSyntax ? Grouped(o) : Pattern(o))),
        SequencePatternSyntax sequence => string.Join(' ', sequence.Items.Select(i => i is AlternationPatternSyntax or SequencePatternSyntax ? Grouped(i) : Pattern(i))),
        CapturePatternSyntax capture => $"{capture.Name}:{(capture.Inner is RepeatPatternSyntax ? Pattern(capture.Inner) : Element(capture.Inner))}",
        RepeatPatternSyntax repeat => Element(repeat.Inner) + Quantifier(repeat.Min, repeat.Max),
        _ => Element(pattern),
    };

    public static string Condition(ConditionSyntax condition) => condition switch
    {
        OrConditionSyntax or => $"{Condition(or.Left)} or {(or.Right is OrConditionSyntax ? Grouped(or.Right) : Condition(or.Right))}",
        AndConditionSyntax and => $"{(and.Left is OrConditionSyntax ? Grouped(and.Left) : Condition(and.Left))} and {Unary(and.Right)}",
        _ => Unary(condition),
    };

    private static string Properties(IReadOnlyList<RulePropertySyntax> properties) =>
        string.Concat(properties.Select(property => property switch
        {
            PatternPropertySyntax match => $"match = {Pattern(match.Pattern)}; ",
            ConditionPropertySyntax where => $"where = {Condition(where.Condition)}; ",
            ValuePropertySyntax value => $"{value.Name} = {Value(value.Value)}; ",
            _ => throw new ArgumentOutOfRangeException(nameof(properties), property.GetType().Name, "not a property of the rule language"),
        }));

    // An element stands alone before a quantifier, after '!' or after a capture's name; anything bigger is grouped.
    private static string Element(PatternSyntax pattern) => pattern switch
    {
        LiteralPatternSyntax literal => (literal.CaseSensitive ? "=" : string.Empty) + Quoted(literal.Text),
        RegexPatternSyntax regex => $"/{regex.Expression.Replace("/", "\\/", StringComparison.Ordinal)}/{regex.Flags}",
        ListPatternSyntax list => "$" + list.Name,
        ClassPatternSyntax @class => "@" + @class.Name,
        AnyTokenPatternSyntax => "_",
        GapPatternSyntax gap => $"gap({gap.Min}, {gap.Max})",
        AnchorPatternSyntax anchor => anchor.AtStart ? "^" : "$",
        NotPatternSyntax not => "!" + Element(not.Inner),
        _ => Grouped(pattern),
    };

    private static string Grouped(PatternSyntax pattern) => $"({Pattern(pattern)})";

    private static string Quantifier(int min, int? max) => (min, max) switch
    {
        (0, 1) => "?",
        (0, null) => "*",
        (1, null) => "+",
        (_, null) => $"{{{min},}}",
        _ when min == max => $"{{{min}}}",
        _ => $"{{{min},{max}}}",
    };

    private static string Unary(ConditionSyntax condition) => condition switch
    {
        NotConditionSyntax not => "not " + Unary(not.Inner),
        ComparisonConditionSyntax comparison => comparison.Operator is { } op
            ? $"{Operand(comparison.Left)} {Operator(op)} {Operand(comparison.Right!)}"
            : Operand(comparison.Left),
        _ => Grouped(condition),
    };

    private static string Grouped(ConditionSyntax condition) => $"({Condition(condition)})";

    private static string Operator(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.In => "in",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not a comparison of the rule language"),
    };

    private static string Operand(OperandSyntax operand) => operand switch
    {
        NoneOperandSyntax => "none",
        ListOperandSyntax list => "$" + list.Name,
        ValueOperandSyntax value => Value(value.Value),
        PathOperandSyntax path => path.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(operand), operand.GetType().Name, "not an operand of the rule language"),
    };

    private static string Value(ValueSyntax value) => value switch
    {
        StringValueSyntax text => Quoted(text.Text),
        NumberValueSyntax number => Number(number.Number),
        BooleanValueSyntax flag => flag.Flag ? "true" : "false",
        NameValueSyntax name => name.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "not a value of the rule language"),
    };

    // The grammar's numbers have no exponent, so "1E+20" is written out as 100000000000000000000, digit for digit.
    private static string Number(double number)
    {
        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        if (exponentAt < 0)
        {
            return shortest;
        }

        var mantissa = shortest[..exponentAt].TrimStart('-');
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var point = (mantissa.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? dot : mantissa.Length)
            + int.Parse(shortest[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var plain = point <= 0 ? "0." + new string('0', -point) + digits
            : point >= digits.Length ? digits + new string('0', point - digits.Length)
            : $"{digits[..point]}.{digits[point..]}";
        return (number < 0 ? "-" : string.Empty) + plain;
    }

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
