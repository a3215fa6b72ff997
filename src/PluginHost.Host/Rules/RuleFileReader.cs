using System.Reflection;
using PluginHost.Rules;
using PluginHost.Rules.Caching;
using PluginHost.Rules.Syntax;

namespace PluginHost.Host.Rules;

/// <summary>Reads and parses rule files from folders, and the host's own rules from its assembly, through the syntax cache.</summary>
public static class RuleFileReader
{
    public const string Extension = ".rules";

    private static readonly Lazy<(string Path, string Text)[]> HostFiles = new(() =>
    {
        var assembly = typeof(RuleFileReader).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("host-rules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => ("rules/host/" + name["host-rules/".Length..], ReadResource(assembly, name)))];
    });

    public static IReadOnlyList<RuleFileSyntax> ReadFolder(string folder, RuleSyntaxCache cache, ICollection<RuleError> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new RuleError(folder, new(1, 1), "the rules folder does not exist"));
            return [];
        }

        return [.. FilesIn(folder).Select(path => Read(path, cache, errors))];
    }

    /// <summary>The rule files under <paramref name="folder"/> and its subfolders, in the order they are compiled.</summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static RuleFileSyntax Read(string path, RuleSyntaxCache cache, ICollection<RuleError> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new RuleError(path, new(1, 1), $"the rule file could not be read: {e.Message}"));
            return new RuleFileSyntax(path, []);
        }

        return Parse(path, text, cache, errors);
    }

    public static IReadOnlyList<RuleFileSyntax> ReadHostRules(RuleSyntaxCache cache, ICollection<RuleError> errors) =>
        [.. HostRuleFiles().Select(file => Parse(file.Path, file.Text, cache, errors))];

    /// <summary>The host's own rule files, embedded in its assembly: each one's path as errors name it, and its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> HostRuleFiles() => HostFiles.Value;

    private static RuleFileSyntax Parse(string path, string text, RuleSyntaxCache cache, ICollection<RuleError> errors)
    {
        var syntax = cache.Parse(path, text, out var error);
        if (error is not null)
        {
            errors.Add(error);
        }

        return syntax;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
