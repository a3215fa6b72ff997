namespace PluginHost.Sdk.Plugins;

/// <summary>
/// Who a plugin is and how it fits among the others: the rule-ID prefix it owns, the annotation layers it
/// publishes, and the layers of other plugins it reads. The host runs producers before their consumers. A layer
/// in <see cref="OptionallyConsumes"/> is read when a loaded plugin produces it, and is empty otherwise.
/// </summary>
public sealed record PluginManifest
{
    public PluginManifest(
        string name,
        string rulePrefix,
        IReadOnlyList<string>? produces = null,
        IReadOnlyList<string>? consumes = null,
        string? description = null,
        IReadOnlyList<string>? optionallyConsumes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (rulePrefix is not { Length: 2 } || !rulePrefix.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"Rule prefix '{rulePrefix}' is not two capital letters.", nameof(rulePrefix));
        }

        Name = name;
        RulePrefix = rulePrefix;
        Produces = produces ?? [];
        Consumes = consumes ?? [];
        OptionallyConsumes = optionallyConsumes ?? [];
        Description = description ?? name;
    }

    public string Name { get; }

    public string RulePrefix { get; }

    public IReadOnlyList<string> Produces { get; }

    public IReadOnlyList<string> Consumes { get; }

    public IReadOnlyList<string> OptionallyConsumes { get; }

    /// <summary>Every layer the plugin may read: those it consumes and those it reads when present.</summary>
    public IEnumerable<string> Reads => Consumes.Concat(OptionallyConsumes);

    public string Description { get; }
}
