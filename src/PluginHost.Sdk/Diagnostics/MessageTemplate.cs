using System.Globalization;
using System.Text;

namespace PluginHost.Sdk.Diagnostics;

/// <summary>
/// A message with <c>{name}</c> placeholders filled from a finding's properties; <c>{{</c> and <c>}}</c> stand
/// for braces. A placeholder with no value is kept as written, so a missing value shows instead of vanishing.
/// </summary>
public sealed class MessageTemplate
{
    private readonly (string Literal, string? Placeholder)[] _parts;

    public MessageTemplate(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Format = format;
        _parts = Parse(format);
    }

    public string Format { get; }

    public IEnumerable<string> Placeholders => _parts.Where(p => p.Placeholder is not null).Select(p => p.Placeholder!);

    public string Render(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder();
        foreach (var (literal, placeholder) in _parts)
        {
            builder.Append(literal);
            if (placeholder is not null)
            {
                builder.Append(values.TryGetValue(placeholder, out var value) && value is not null
                    ? Convert.ToString(value, CultureInfo.InvariantCulture)
                    : "{" + placeholder + "}");
            }
        }

        return builder.ToString();
    }

    public override string ToString() => Format;

    private static (string, string?)[] Parse(string format)
    {
        var parts = new List<(string, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{' && format.IndexOf('}', i) is var close and > 0)
            {
                parts.Add((literal.ToString(), format[(i + 1)..close].Trim()));
                literal.Clear();
                i = close;
            }
            else
            {
                literal.Append(c);
            }
        }

        parts.Add((literal.ToString(), null));
        return [.. parts];
    }
}
