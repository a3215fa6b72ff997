using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Syntax;

/// <summary>A condition, the value of a rule's <c>where</c>.</summary>
public abstract record ConditionSyntax(LinePosition Position);

public sealed record AndConditionSyntax(ConditionSyntax Left, ConditionSyntax Right, LinePosition Position) : ConditionSyntax(Position);

public sealed record OrConditionSyntax(ConditionSyntax Left, ConditionSyntax Right, LinePosition Position) : ConditionSyntax(Position);

public sealed record NotConditionSyntax(ConditionSyntax Inner, LinePosition Position) : ConditionSyntax(Position);

/// <summary><c>paragraph.language != article.language</c>; with no operator, the operand must be present and not false.</summary>
public sealed record ComparisonConditionSyntax(OperandSyntax Left, ComparisonOperator? Operator, OperandSyntax? Right, LinePosition Position) : ConditionSyntax(Position);

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
}
