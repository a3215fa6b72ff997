using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Analysis;

/// <summary>
/// Settings and word lists declared in a plugin's rule files (<c>setting min_words = 5</c>, <c>list verbs = ...</c>),
/// so that tuning a plugin is a rules edit, not a build.
/// </summary>
public interface IPluginSettings
{
    bool TryGetNumber(string name, out double value);

    bool TryGetText(string name, out string value);

    bool TryGetBoolean(string name, out bool value);

    bool TryGetList(string name, out IReadOnlyList<string> entries);

    double GetNumber(string name) => TryGetNumber(name, out var value) ? value : throw Missing(name, "number");

    string GetText(string name) => TryGetText(name, out var value) ? value : throw Missing(name, "text");

    bool GetBoolean(string name) => TryGetBoolean(name, out var value) ? value : throw Missing(name, "boolean");

    IReadOnlyList<string> GetList(string name) => TryGetList(name, out var value) ? value : throw Missing(name, "list");

    /// <summary>A list ready to match article tokens, its entries tried longest first.</summary>
    WordList GetWordList(string name) => new(name, GetList(name));

    private static KeyNotFoundException Missing(string name, string kind) =>
        new($"The plugin's rule files declare no {kind} setting '{name}'.");
}
