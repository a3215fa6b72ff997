using System.Text.RegularExpressions;

namespace PluginHost.Sdk.Diagnostics;

/// <summary>What a rule states about itself, shaped like Roslyn's DiagnosticDescriptor.</summary>
public sealed partial record RuleDescriptor
{
    public RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault = true,
        string? description = null,
        string? helpLink = null)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"Rule ID '{id}' is not two capital letters and four digits.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = new MessageTemplate(messageFormat);
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? title;
        HelpLink = helpLink ?? $"docs/rules/{id}.md";
    }

    /// <summary>Two capital letters naming the plugin, then four digits: <c>QT0002</c>.</summary>
    public string Id { get; }

    public string Prefix => Id[..2];

    public string Title { get; }

    public MessageTemplate MessageFormat { get; }

    /// <summary>The plugin the rule belongs to.</summary>
    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public bool IsEnabledByDefault { get; }

    public string Description { get; }

    public string HelpLink { get; }

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Z]{2}[0-9]{4}$")]
    private static partial Regex IdPattern();
}
