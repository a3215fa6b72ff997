using PluginHost.Sdk.Text;

namespace Boilerplate.Blocks;

/// <summary>Cuts an article into blocks: each line that is not blank, and a glued widget word apart from its line.</summary>
internal static class BlockReader
{
    public static List<Block> Read(Article article, GlueWords glue)
    {
        var blocks = new List<Block>();
        foreach (var line in article.Segments(SegmentKind.Line))
        {
            var text = article.TextOf(line.Span);
            var start = text.Length - text.TrimStart().Length;
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var span = new TextSpan(line.Span.Start + start, trimmed.Length);
            var head = glue.AtStart(trimmed);
            var tail = head is null ? glue.AtEnd(trimmed) : null;
            if (head is { } glued)
            {
                blocks.Add(new Block(blocks.Count, new TextSpan(span.Start, glued.Length), trimmed[..glued.Length], line.Span, IsGlued: true) { GluedCategory = glued.Category });
                blocks.Add(new Block(blocks.Count, new TextSpan(span.Start + glued.Length, span.Length - glued.Length), trimmed[glued.Length..], line.Span, IsGlued: true));
            }
            else if (tail is { } end)
            {
                var cut = trimmed.Length - end.Length;
                blocks.Add(new Block(blocks.Count, new TextSpan(span.Start, cut), trimmed[..cut], line.Span, IsGlued: true));
                blocks.Add(new Block(blocks.Count, new TextSpan(span.Start + cut, end.Length), trimmed[cut..], line.Span, IsGlued: true) { GluedCategory = end.Category });
            }
            else
            {
                blocks.Add(new Block(blocks.Count, span, trimmed, line.Span));
            }
        }

        return blocks;
    }
}
