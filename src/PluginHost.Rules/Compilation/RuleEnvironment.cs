using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Compilation;

/// <summary>
/// What one plugin's rules may refer to: its rule-ID prefix and category, the token classes it provides, the
/// annotation layers it produces or consumes, and (filled in while compiling) the lists of its rule files.
/// </summary>
public sealed class RuleEnvironment
{
    public RuleEnvironment(string category, string rulePrefix, IEnumerable<ITokenClass> tokenClasses, IEnumerable<string> layers)
    {
        Category = category;
        RulePrefix = rulePrefix;
        TokenClasses = tokenClasses.ToDictionary(c => c.Name, StringComparer.Ordinal);
        Layers = new HashSet<string>(layers, StringComparer.Ordinal);
    }

    public string Category { get; }

    public string RulePrefix { get; }

    public IReadOnlyDictionary<string, ITokenClass> TokenClasses { get; }

    public IReadOnlySet<string> Layers { get; }

    public Dictionary<string, WordList> Lists { get; } = new(StringComparer.Ordinal);
}
