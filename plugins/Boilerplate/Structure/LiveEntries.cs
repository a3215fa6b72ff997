using Boilerplate.Blocks;
using Boilerplate.Classification;

namespace Boilerplate.Structure;

/// <summary>
/// A live page's entries, each under its time alone on a line ("14:05", "9.30am"). On a page with at least
/// <c>min_live_entries</c> entry times, the body reaches out to the entries at both its ends: the first entry's time
/// right above the first line of text (under the head's widgets, "Auto-update is on"), and the last entry, which is
/// often the first one posted and the least like prose (a team's line-up, the match statistics, road closures). An
/// entry time right after the body's last line of text opens that entry, which goes on to the first listed, linked or
/// foreign block (the page's own widgets under the story: "Share this live text").
/// </summary>
internal static class LiveEntries
{
    /// <summary>The body's first and last blocks, reaching out to a live page's first entry time and last entry.</summary>
    /// <param name="blocks">The page's blocks.</param>
    /// <param name="body">The body's first and last blocks of text.</param>
    /// <param name="isChrome">Whether a block is listed, linked or foreign: page chrome, which no entry goes into.</param>
    /// <param name="entryTime">An entry's time alone on its line.</param>
    /// <param name="minEntries">How many entry times make a page live.</param>
    public static (int Start, int End) Body(IReadOnlyList<Block> blocks, (int Start, int End) body, Func<int, bool> isChrome, TimedPattern entryTime, int minEntries)
    {
        // Entry times are counted inside the body and at its edges only: a page's prices or a video's length
        // elsewhere make no live page.
        var end = NextUnglued(blocks, body.End);
        var from = Math.Max(0, body.Start - 1);
        var times = Enumerable.Range(from, Math.Min(blocks.Count - 1, end) - from + 1)
            .Where(i => !isChrome(i) && entryTime.IsMatch(blocks[i].Text)).ToList();
        if (times.Count < minEntries)
        {
            return body;
        }

        var start = times[0] == body.Start - 1 ? times[0] : body.Start;
        if (end >= blocks.Count || times[^1] != end)
        {
            return (start, body.End);
        }

        while (end + 1 < blocks.Count && !isChrome(end + 1))
        {
            end++;
        }

        return (start, end);
    }

    // A widget word glued to the end of the body's last line is a block of its own, and no gap.
    private static int NextUnglued(IReadOnlyList<Block> blocks, int after)
    {
        var next = after + 1;
        while (next < blocks.Count && blocks[next].GluedCategory is not null)
        {
            next++;
        }

        return next;
    }
}
