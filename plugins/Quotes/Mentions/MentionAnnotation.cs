using PluginHost.Sdk.Layers;

namespace Quotes;

/// <summary>How a mention travels in the "mentions" layer: its name as the value, the rest as properties.</summary>
public static class MentionAnnotation
{
    public static Annotation From(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new Annotation(mention.Span, mention.Name, new Dictionary<string, object?>
        {
            ["kind"] = mention.Kind.ToString().ToLowerInvariant(),
            ["possessive"] = mention.Possessive,
            ["gender"] = mention.Gender.ToString().ToLowerInvariant(),
            ["plural"] = mention.Plural,
            ["key"] = mention.Key,
            ["givenName"] = mention.GivenName,
        });
    }

    public static Mention To(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        return new Mention(
            annotation.Span,
            annotation.Value ?? string.Empty,
            Enum.Parse<MentionKind>((string)annotation["kind"]!, ignoreCase: true),
            annotation["possessive"] is true,
            Enum.Parse<Gender>((string)annotation["gender"]!, ignoreCase: true),
            annotation["plural"] is true,
            (string)annotation["key"]!,
            annotation["givenName"] as string);
    }
}
