using PluginHost.Host.Fixing;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Fixing;

public sealed class FixApplierTests
{
    private static readonly RuleDescriptor Rule = new("AB0001", "t", "m", "Alpha", DiagnosticSeverity.Warning);

    private static Diagnostic Finding(params TextEdit[] fixes) => Finding("m", fixes);

    private static Diagnostic Finding(string message, params TextEdit[] fixes) =>
        new(Rule, DiagnosticSeverity.Warning, "a.txt", default, default, message, new Dictionary<string, object?>(), fixes);

    [Fact]
    public void Edits_apply_from_the_end_so_offsets_stay_right()
    {
        var result = FixApplier.Apply("one two three", [
            Finding(new TextEdit(new TextSpan(0, 3), "1")),
            Finding(new TextEdit(new TextSpan(8, 5), "3"), new TextEdit(new TextSpan(4, 3), "2")),
        ]);
        result.Text.ShouldBe("1 2 3");
        result.Applied.Count.ShouldBe(2);
        result.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public void A_finding_whose_edits_overlap_an_earlier_one_is_skipped_whole()
    {
        var result = FixApplier.Apply("abcdef", [
            Finding("first", TextEdit.Delete(new TextSpan(0, 3))),
            Finding("second", TextEdit.Delete(new TextSpan(2, 2)), TextEdit.Delete(new TextSpan(5, 1))),
        ]);
        result.Text.ShouldBe("def");
        result.Skipped.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.Finding.Message.ShouldBe("second"),
            s => s.ConflictsWith!.Message.ShouldBe("first"));
    }

    [Fact]
    public void Two_insertions_at_one_place_are_not_both_applied()
    {
        var result = FixApplier.Apply("ab", [Finding(new TextEdit(new TextSpan(1, 0), "X")), Finding(new TextEdit(new TextSpan(1, 0), "Y"))]);
        result.Text.ShouldBe("aXb");
        result.Skipped.Count.ShouldBe(1);
    }

    [Fact]
    public void Edits_beyond_the_text_are_skipped()
    {
        FixApplier.Apply("ab", [Finding(TextEdit.Delete(new TextSpan(1, 5)))]).Skipped.ShouldHaveSingleItem().ConflictsWith.ShouldBeNull();
    }

    [Fact]
    public void Findings_without_fixes_change_nothing()
    {
        var result = FixApplier.Apply("ab", [Finding()]);
        result.Text.ShouldBe("ab");
        result.Applied.ShouldBeEmpty();
        result.Skipped.ShouldBeEmpty();
    }
}
