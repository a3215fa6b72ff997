using System.Text;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Fixing;

/// <summary>
/// Applies the text edits findings carry, as Roslyn applies code fixes: each finding's edits all or none, in text
/// order; a finding whose edits overlap an edit already taken is skipped, with the finding it conflicts with, to be
/// fixed by a second run.
/// </summary>
public static class FixApplier
{
    public static FixResult Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        var applied = new List<Diagnostic>();
        var skipped = new List<SkippedFix>();
        var taken = new List<(TextEdit Edit, Diagnostic Owner)>();
        foreach (var diagnostic in diagnostics.Where(d => d.Fixes.Count > 0).OrderBy(d => d.Fixes.Min(f => f.Span.Start)))
        {
            if (diagnostic.Fixes.Any(edit => edit.Span.End > text.Length) || SelfOverlapping(diagnostic.Fixes))
            {
                skipped.Add(new SkippedFix(diagnostic, null));
                continue;
            }

            if (taken.FirstOrDefault(t => diagnostic.Fixes.Any(edit => Overlap(t.Edit, edit))) is { Owner: { } owner })
            {
                skipped.Add(new SkippedFix(diagnostic, owner));
                continue;
            }

            taken.AddRange(diagnostic.Fixes.Select(edit => (edit, diagnostic)));
            applied.Add(diagnostic);
        }

        var result = new StringBuilder(text);
        foreach (var edit in taken.Select(t => t.Edit).OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.End))
        {
            result.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        return new FixResult(result.ToString(), applied, skipped);
    }

    // Two insertions at the same place, or an edit touching another's range, cannot both be applied safely.
    private static bool Overlap(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || a.Span.Start == b.Span.Start || (a.Span.IsEmpty && a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End)
        || (b.Span.IsEmpty && b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End);

    private static bool SelfOverlapping(IReadOnlyList<TextEdit> edits) =>
        edits.SelectMany((a, i) => edits.Skip(i + 1).Select(b => (a, b))).Any(pair => Overlap(pair.a, pair.b));
}
