using PluginHost.Sdk.Text;

namespace Boilerplate.Blocks;

/// <summary>Cuts an article into blocks: each line that is not blank, and the widget words glued to its start and end apart from it.</summary>
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
            var (from, to) = (head?.Length ?? 0, trimmed.Length);
            var tail = glue.AtEnd(trimmed[from..]);
            to -= tail?.Length ?? 0;
            if (head is null && tail is null)
            {
                blocks.Add(new Block(blocks.Count, span, trimmed, line.Span));
                continue;
            }

            if (head is { } glued)
            {
                blocks.Add(new Block(blocks.Count, new TextSpan(span.Start, from), trimmed[..from], line.Span, IsGlued: true) { GluedCategory = glued.Category });
            }

            blocks.Add(new Block(blocks.Count, new TextSpan(span.Start + from, to - from), trimmed[from..to], line.Span, IsGlued: true));
            if (tail is { } end)
            {
                blocks.Add(new Block(blocks.Count, new TextSpan(span.Start + to, end.Length), trimmed[to..], line.Span, IsGlued: true) { GluedCategory = end.Category });
            }
        }

        return blocks;
    }
}
