using Boilerplate.Blocks;
using PluginHost.Sdk.Text;

namespace Boilerplate.Tests;

/// <summary>
/// A page's lines as blocks, one to a line that is not blank, as <see cref="BlockReader"/> cuts a page with no glued
/// words and no blanks around its lines (it trims them; this keeps each line as written).
/// </summary>
internal static class PageBlocks
{
    public static List<Block> Of(string page)
    {
        var blocks = new List<Block>();
        var start = 0;
        foreach (var line in page.Split('\n'))
        {
            if (line.Length > 0)
            {
                blocks.Add(new Block(blocks.Count, new TextSpan(start, line.Length), line, new TextSpan(start, line.Length)));
            }

            start += line.Length + 1;
        }

        return blocks;
    }
}
