using System.Text.Json.Serialization;

namespace PluginHost.Host.Baselines;

/// <summary>
/// A baseline file as read: its format version, and per article (its path relative to the baseline's folder, with
/// forward slashes) the findings accepted there. <see cref="BaselineWriter"/> writes the same shape.
/// </summary>
internal sealed class BaselineDocument
{
    [JsonPropertyName("version")]
    public required int Version { get; init; }

    [JsonPropertyName("articles")]
    public required Dictionary<string, List<BaselineEntry>> Articles { get; init; }
}
