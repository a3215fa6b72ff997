using System.Text.Json;
using PluginHost.Host.Pipeline;

namespace PluginHost.Host.Merging;

/// <summary>One result of a shard's log and the article it is about, as the report showed its path.</summary>
internal sealed record ShardResult(JsonElement Result, string Article)
{
    /// <summary>Inputs that matched no file come before the articles, as in the report of one run.</summary>
    public bool IsUnmatchedInput { get; } = Result.TryGetProperty("ruleId", out var rule) && rule.GetString() == ArticlePipeline.UnmatchedInputRule;
}
