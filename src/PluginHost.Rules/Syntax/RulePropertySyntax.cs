using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Syntax;

/// <summary>One <c>name = value;</c> line of a rule. <c>match</c> holds a pattern, <c>where</c> a condition, the others a value.</summary>
public abstract record RulePropertySyntax(string Name, LinePosition Position);

public sealed record ValuePropertySyntax(string Name, ValueSyntax Value, LinePosition Position) : RulePropertySyntax(Name, Position);

public sealed record PatternPropertySyntax(PatternSyntax Pattern, LinePosition Position) : RulePropertySyntax("match", Position);

public sealed record ConditionPropertySyntax(ConditionSyntax Condition, LinePosition Position) : RulePropertySyntax("where", Position);
