using System.Collections.Concurrent;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Classification;

/// <summary>Each language's stopwords, the rule files' <c>stopwords_&lt;code&gt;</c> lists, read when a language first needs them.</summary>
internal sealed class Stopwords(IPluginSettings settings)
{
    private readonly ConcurrentDictionary<string, HashSet<string>?> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>The stopwords of a language (ISO 639-1), or null when the rule files have none for it.</summary>
    public HashSet<string>? Of(string? language) =>
        language is null
            ? null
            : _byLanguage.GetOrAdd(language, code => settings.TryGetList($"stopwords_{code}", out var words) ? words.ToHashSet(StringComparer.OrdinalIgnoreCase) : null);
}
