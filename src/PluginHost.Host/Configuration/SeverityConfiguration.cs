using System.Collections.Concurrent;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Configuration;

/// <summary>
/// The severity each rule has for each article, Roslyn-style: <c>.editorconfig</c> files in the article's folder
/// and its parents (up to one with <c>root = true</c>), or one <c>--config FILE</c> instead. In a matching section,
/// <c>pluginhost_diagnostic.&lt;ID&gt;.severity</c> beats <c>pluginhost_category.&lt;Category&gt;.severity</c>, which beats
/// <c>pluginhost_diagnostic.severity</c>; nearer files and later sections win. <c>none</c> turns a rule off.
/// </summary>
public sealed class SeverityConfiguration
{
    public const string FileName = ".editorconfig";

    private static readonly Dictionary<string, DiagnosticSeverity?> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = DiagnosticSeverity.Error,
        ["warning"] = DiagnosticSeverity.Warning,
        ["suggestion"] = DiagnosticSeverity.Suggestion,
        ["silent"] = DiagnosticSeverity.Silent,
        ["none"] = null,
    };

    private readonly EditorConfigFile? _explicit;
    private readonly bool _everyRuleAtDefault;
    private readonly ConcurrentDictionary<string, IReadOnlyList<EditorConfigFile>> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EditorConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConfigError> _errors = new();

    public SeverityConfiguration(string? explicitConfigFile)
        : this(explicitConfigFile, everyRuleAtDefault: false)
    {
    }

    private SeverityConfiguration(string? explicitConfigFile, bool everyRuleAtDefault)
    {
        _everyRuleAtDefault = everyRuleAtDefault;
        if (explicitConfigFile is not null)
        {
            _explicit = Load(Path.GetFullPath(explicitConfigFile), mustExist: true);
        }
    }

    /// <summary>Every rule on at its default severity, whatever files say: for running rules' own examples.</summary>
    public static SeverityConfiguration EveryRuleAtDefault() => new(null, everyRuleAtDefault: true);

    /// <summary>Problems found in the configuration files read so far.</summary>
    public IReadOnlyCollection<ConfigError> Errors => _errors;

    /// <summary>The severity of <paramref name="rule"/> in the article at <paramref name="articlePath"/>; null when the rule is off there.</summary>
    public DiagnosticSeverity? Resolve(RuleDescriptor rule, string articlePath)
    {
        if (_everyRuleAtDefault)
        {
            return rule.DefaultSeverity;
        }

        var fullPath = Path.GetFullPath(articlePath);
        var files = _explicit is not null ? [_explicit] : FilesFor(Path.GetDirectoryName(fullPath)!);
        (int Rank, DiagnosticSeverity? Severity)? best = null;
        foreach (var entry in files.SelectMany(f => f.EntriesFor(fullPath)))
        {
            var rank = Rank(entry.Key, rule);
            if (rank > 0 && Values.TryGetValue(entry.Value, out var severity) && (best is null || rank >= best.Value.Rank))
            {
                best = (rank, severity);
            }
        }

        return best is { } chosen ? chosen.Severity : rule.IsEnabledByDefault ? rule.DefaultSeverity : null;
    }

    // As in Roslyn, bulk settings (per category, or for all rules) do not switch on rules that are off by default.
    private static int Rank(string key, RuleDescriptor rule)
    {
        if (key.Equals($"pluginhost_diagnostic.{rule.Id}.severity", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (!rule.IsEnabledByDefault)
        {
            return 0;
        }

        if (key.Equals($"pluginhost_category.{rule.Category}.severity", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return key.Equals("pluginhost_diagnostic.severity", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    /// <summary>The files that apply in <paramref name="directory"/>, farthest first.</summary>
    private IReadOnlyList<EditorConfigFile> FilesFor(string directory) =>
        _byDirectory.GetOrAdd(directory, dir =>
        {
            var chain = new List<EditorConfigFile>();
            for (var current = dir; current is not null; current = Path.GetDirectoryName(current))
            {
                if (Load(Path.Combine(current, FileName), mustExist: false) is { } file)
                {
                    chain.Add(file);
                    if (file.IsRoot)
                    {
                        break;
                    }
                }
            }

            chain.Reverse();
            return chain;
        });

    private EditorConfigFile? Load(string path, bool mustExist) =>
        _files.GetOrAdd(path, p =>
        {
            if (!File.Exists(p))
            {
                if (mustExist)
                {
                    _errors.Enqueue(new ConfigError(p, new(1, 1), "the configuration file does not exist"));
                }

                return null;
            }

            var errors = new List<ConfigError>();
            EditorConfigFile file;
            try
            {
                file = EditorConfigFile.Parse(p, File.ReadAllText(p), errors);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _errors.Enqueue(new ConfigError(p, new(1, 1), $"the configuration file could not be read: {e.Message}"));
                return null;
            }

            foreach (var entry in file.Sections.SelectMany(s => s.Entries).Where(e => e.Key.StartsWith("pluginhost_", StringComparison.OrdinalIgnoreCase)))
            {
                if (!entry.Key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new ConfigError(p, entry.KeyPosition, $"unknown setting '{entry.Key}': PluginHost reads pluginhost_diagnostic.<ID>.severity, pluginhost_category.<Category>.severity and pluginhost_diagnostic.severity"));
                }
                else if (!Values.ContainsKey(entry.Value))
                {
                    errors.Add(new ConfigError(p, entry.ValuePosition, $"'{entry.Value}' is not a severity: use error, warning, suggestion, silent or none"));
                }
            }

            foreach (var error in errors)
            {
                _errors.Enqueue(error);
            }

            return file;
        });
}
