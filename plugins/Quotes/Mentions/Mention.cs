using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// Someone or something the article names that could speak. <see cref="Name"/> is the text without a possessive
/// ending; <see cref="Key"/> is what later mentions of the same person share (the surname), and
/// <see cref="GivenName"/> tells two people of one surname apart.
/// </summary>
public sealed record Mention(TextSpan Span, string Name, MentionKind Kind, bool Possessive, Gender Gender, bool Plural, string Key, string? GivenName = null);
