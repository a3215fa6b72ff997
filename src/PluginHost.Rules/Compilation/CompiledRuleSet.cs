namespace PluginHost.Rules.Compilation;

/// <summary>
/// One plugin's compiled rules, with the named patterns (in declaration order), settings and lists its code reads, and the errors that
/// kept any out.
/// </summary>
public sealed record CompiledRuleSet(
    IReadOnlyList<CompiledRule> Rules,
    IReadOnlyList<CompiledPattern> Patterns,
    RuleSettings Settings,
    IReadOnlyList<RuleError> Errors);
