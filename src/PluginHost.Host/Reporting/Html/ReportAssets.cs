using System.Security.Cryptography;
using System.Text;

namespace PluginHost.Host.Reporting.Html;

/// <summary>
/// The report's style sheet and script, embedded in this assembly, and the Content-Security-Policy that allows
/// exactly these two by their hashes: should any markup slip past escaping, no other script, style, frame or
/// network request would run.
/// </summary>
internal static class ReportAssets
{
    public static string Style { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; base-uri 'none'; form-action 'none'";

    private static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream($"html-report/{name}")
            ?? throw new InvalidOperationException($"The report asset {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // The browser hashes the text after turning line ends into line feeds; a checkout with CRLF must match it.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Hash(string text) => $"sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";
}
