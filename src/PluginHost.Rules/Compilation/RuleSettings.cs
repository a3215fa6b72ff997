using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Compilation;

/// <summary>The settings and lists of one plugin's rule files, as the plugin's code reads them.</summary>
public sealed class RuleSettings(IReadOnlyDictionary<string, object> values, IReadOnlyDictionary<string, WordList> lists) : IPluginSettings
{
    public IReadOnlyDictionary<string, object> Values { get; } = values;

    public IReadOnlyDictionary<string, WordList> Lists { get; } = lists;

    public bool TryGetNumber(string name, out double value) => TryGet(name, out value);

    public bool TryGetText(string name, out string value) => TryGet(name, out value!);

    public bool TryGetBoolean(string name, out bool value) => TryGet(name, out value);

    public bool TryGetList(string name, out IReadOnlyList<string> entries)
    {
        var found = Lists.TryGetValue(name, out var list);
        entries = found ? list!.Entries : [];
        return found;
    }

    public WordList GetWordList(string name) =>
        Lists.TryGetValue(name, out var list) ? list : throw new KeyNotFoundException($"The plugin's rule files declare no list setting '{name}'.");

    private bool TryGet<T>(string name, out T value)
    {
        if (Values.TryGetValue(name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
}
