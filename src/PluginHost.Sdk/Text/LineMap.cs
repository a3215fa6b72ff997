namespace PluginHost.Sdk.Text;

/// <summary>
/// Maps character offsets to lines and columns. A line ends at "\r\n", "\r" or "\n", so articles with
/// Windows, old Mac or mixed line endings report the positions an editor shows.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        TextLength = text.Length;
    }

    public int LineCount => _lineStarts.Length;

    public int TextLength { get; }

    public LinePosition GetPosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, TextLength);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    public LinePositionSpan GetPositionSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>The offset where a 1-based line starts.</summary>
    public int GetLineStart(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, LineCount);
        return _lineStarts[line - 1];
    }
}
