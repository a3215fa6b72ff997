using System.Text.Json.Serialization;

namespace PluginHost.Host.Baselines;

/// <summary>One accepted finding, or <see cref="Count"/> alike, as a <see cref="Findings.FindingKey"/> identifies them.</summary>
internal sealed class BaselineEntry
{
    [JsonPropertyName("rule")]
    public required string Rule { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }

    // Settable rather than init-only: the source-generated reader would overwrite an init-only default with 0.
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    [JsonPropertyName("count")]
    public int Count { get; set; } = 1;
}
