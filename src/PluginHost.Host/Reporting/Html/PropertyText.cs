using System.Globalization;

namespace PluginHost.Host.Reporting.Html;

/// <summary>
/// A finding's property value as people read it: text as itself, numbers in invariant notation, yes or no, and a
/// dictionary as its pairs (a language's alternatives: <c>nl 0.006, de 0.002</c>).
/// </summary>
internal static class PropertyText
{
    public static string Format(object? value) => value switch
    {
        null => "none",
        bool flag => flag ? "yes" : "no",
        IReadOnlyDictionary<string, object?> pairs => string.Join(", ", pairs.Select(p => $"{p.Key} {Format(p.Value)}")),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
