using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PluginHost.Host.Reporting.Html;

/// <summary>
/// Escapes text for HTML content and quoted attribute values: markup characters and quotes become references,
/// letters of every script stay readable.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>Escapes text but keeps its line feeds and tabs as they are, which the encoder would write as references.</summary>
    public static string EncodeKeepingLines(string text)
    {
        var written = new StringBuilder(text.Length);
        var start = 0;
        for (int at; (at = text.IndexOfAny(['\n', '\t'], start)) >= 0; start = at + 1)
        {
            written.Append(Encoder.Encode(text[start..at])).Append(text[at]);
        }

        return written.Append(Encoder.Encode(text[start..])).ToString();
    }
}
