using System.Text.RegularExpressions;
using Boilerplate.Blocks;

namespace Boilerplate.Structure;

/// <summary>
/// The header of an e-mail that brought the article, as a forward or a news alert copies it: <see cref="FewestLines"/>
/// or more lines right under one another, each a header's field ("From: The Kenya Ledger &lt;noreply@…&gt;", "Date: Wed,
/// Dec 2, 2026 at 7:58 AM", "Subject: …", "To: …"), one of the sender's or the recipients' holding an address, that
/// opens the page (nothing above it but lines the lists name) or stands right under a forward's mark ("----------
/// Forwarded message ---------", under the forwarder's note). Such a header is the mail's, not the article's; one under
/// a headline or inside the story is a memo or a letter the story prints, and a lone "Date:" or "From:" line (a
/// notice's meeting date, a ministry's byline) is none.
/// </summary>
internal static partial class MailHeaders
{
    /// <summary>The fewest field lines that make an e-mail's header.</summary>
    public const int FewestLines = 3;

    /// <summary>For each block, whether it is a line of an e-mail's header right under a forward's mark or with nothing but listed lines above it.</summary>
    public static bool[] Of(IReadOnlyList<Block> blocks, string articleText, IReadOnlyList<string?> listed)
    {
        var header = new bool[blocks.Count];
        foreach (var (first, end) in LineRuns.Of(blocks, articleText, i => Field().IsMatch(blocks[i].Text)))
        {
            if (end - first >= FewestLines && ((first > 0 && ForwardMark().IsMatch(blocks[first - 1].Text)) || Enumerable.Range(0, first).All(i => listed[i] is not null)) && Enumerable.Range(first, end - first).Any(j => Addressed().IsMatch(blocks[j].Text)))
            {
                Array.Fill(header, true, first, end - first);
            }
        }

        return header;
    }

    [GeneratedRegex(@"^(?:From|To|Cc|Bcc|Reply-To|Date|Sent|Subject):\s+\S")]
    private static partial Regex Field();

    // "---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----".
    [GeneratedRegex(@"^[\s>*_-]*(?:Forwarded message|Begin forwarded message|Original Message)[\s:*_-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardMark();

    // The sender's or a recipient's field with an address in it: "To: <kamau.njoroge@highlandagri.co.ke>".
    [GeneratedRegex(@"^(?:From|To|Cc|Bcc|Reply-To):.*?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Addressed();
}
