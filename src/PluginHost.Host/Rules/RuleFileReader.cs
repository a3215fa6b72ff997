using System.Reflection;
using PluginHost.Rules;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;

namespace PluginHost.Host.Rules;

/// <summary>Reads and parses rule files from folders, and the host's own rules from its assembly.</summary>
public static class RuleFileReader
{
    public const string Extension = ".rules";

    public static IReadOnlyList<RuleFileSyntax> ReadFolder(string folder, ICollection<RuleError> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new RuleError(folder, new(1, 1), "the rules folder does not exist"));
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Read(path, errors))];
    }

    public static RuleFileSyntax Read(string path, ICollection<RuleError> errors)
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

        return Parse(path, text, errors);
    }

    public static IReadOnlyList<RuleFileSyntax> ReadHostRules(ICollection<RuleError> errors)
    {
        var assembly = typeof(RuleFileReader).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("host-rules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Parse("rules/host/" + name["host-rules/".Length..], ReadResource(assembly, name), errors))];
    }

    private static RuleFileSyntax Parse(string path, string text, ICollection<RuleError> errors)
    {
        var syntax = RuleParser.Parse(path, text, out var error);
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
