using PluginHost.Sdk.Text;

namespace PluginHost.Host.Reading;

/// <summary>
/// What reading a file gave: the article, or why there is none (<see cref="Failure"/> for an I/O error,
/// <see cref="BinaryReason"/> for a binary file), and how many bytes were not valid UTF-8.
/// </summary>
public sealed record ArticleReadResult(Article? Article, string? Failure, string? BinaryReason, int InvalidBytes, int FirstInvalidOffset);
