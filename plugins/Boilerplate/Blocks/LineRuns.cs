namespace Boilerplate.Blocks;

/// <summary>
/// Runs of blocks that each pass a test and stand right under one another, no blank line between them: an e-mail's
/// header, a feed item's fields.
/// </summary>
internal static class LineRuns
{
    /// <summary>Each run's first block and the block after its last, in the page's order; a run is one block or more.</summary>
    public static IEnumerable<(int First, int End)> Of(IReadOnlyList<Block> blocks, string articleText, Func<int, bool> belongs)
    {
        var first = 0;
        while (first < blocks.Count)
        {
            if (!belongs(first))
            {
                first++;
                continue;
            }

            var end = first + 1;
            while (end < blocks.Count && belongs(end) && blocks[end].IsRightUnder(blocks[end - 1], articleText))
            {
                end++;
            }

            yield return (first, end);
            first = end;
        }
    }
}
