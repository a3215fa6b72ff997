using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>
/// Where a rule's help page is, as a link reports may show: an http, https or file address, or the page shipped in
/// the tool's folder (<c>docs/rules/ID.md</c>). Anything else, a <c>javascript:</c> address in a hostile rule file
/// among them, gives no link.
/// </summary>
public static class RuleHelp
{
    public static string? Uri(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (System.Uri.TryCreate(rule.HelpLink, UriKind.Absolute, out var absolute))
        {
            return absolute.Scheme is "http" or "https" or "file" ? absolute.AbsoluteUri : null;
        }

        var local = Path.Combine(AppContext.BaseDirectory, rule.HelpLink);
        return File.Exists(local) ? new System.Uri(local).AbsoluteUri : null;
    }
}
