namespace PluginHost.Rules.Compilation;

/// <summary>
/// One plugin's compiled rules, with the named patterns (in declaration order), settings and lists its code reads, and the errors that
/// kept any out.
/// </summary>
public sealed record CompiledRuleSet(
    IReadOnlyList<CompiledRule> Rules,
    IReadOnlyList<CompiledPattern> Patterns,
    RuleSettings Settings,
    IReadOnlyList<RuleError> Errors)
{
    private readonly Dictionary<string, CompiledPattern> _patterns = Patterns.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The names of the named patterns, in declaration order.</summary>
    public IReadOnlyList<string> PatternNames { get; } = [.. Patterns.Select(p => p.Name)];

    /// <summary>The named pattern, or null when the rule files declare none of that name.</summary>
    public CompiledPattern? Pattern(string name) => _patterns.GetValueOrDefault(name);
}
