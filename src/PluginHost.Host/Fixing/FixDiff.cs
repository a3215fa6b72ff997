using DiffPlex.Renderer;

namespace PluginHost.Host.Fixing;

/// <summary>A fixed article as a unified diff against the original (<c>--- a/path</c>, <c>+++ b/path</c>), as git prints one.</summary>
public static class FixDiff
{
    private static readonly UnidiffRenderer Renderer = new(contextLines: 3);

    public static string Render(string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var shown = path.Replace('\\', '/');
        // DiffPlex reads the empty text after a final line break as one more line; git does not.
        var diff = Renderer.Generate(WithoutFinalBreak(before), WithoutFinalBreak(after), $"a/{shown}", $"b/{shown}");
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }

    private static string WithoutFinalBreak(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') || text.EndsWith('\r') ? text[..^1] : text;
}
