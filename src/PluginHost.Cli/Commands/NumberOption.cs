using System.CommandLine.Parsing;

namespace PluginHost.Cli.Commands;

/// <summary>Reads an option that takes one number, or makes a usage error that says what was expected and what was given.</summary>
internal static class NumberOption
{
    public static T Parse<T>(ArgumentResult result, string name, string expected, Func<string, T?> read)
        where T : struct
    {
        if (result.Tokens is [var token] && read(token.Value) is { } value)
        {
            return value;
        }

        result.AddError($"{name} must be {expected}, not '{string.Join(' ', result.Tokens.Select(t => t.Value))}'.");
        return default;
    }
}
