using PluginHost.Sdk.Text;

namespace PluginHost.Rules;

/// <summary>A problem in a rule file, at a 1-based line and column, reported the way compilers report errors.</summary>
public sealed record RuleError(string File, LinePosition Position, string Message)
{
    public override string ToString() => $"{File}({Position.Line},{Position.Column}): error: {Message}";
}
