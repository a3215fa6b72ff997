using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Tests.Text;

public sealed class TextSpanTests
{
    [Fact]
    public void Negative_starts_and_lengths_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TextSpan(-1, 2));
        Should.Throw<ArgumentOutOfRangeException>(() => new TextSpan(1, -2));
    }

    [Fact]
    public void Overlap_needs_a_shared_character()
    {
        new TextSpan(0, 5).OverlapsWith(new TextSpan(4, 2)).ShouldBeTrue();
        new TextSpan(0, 5).OverlapsWith(new TextSpan(5, 2)).ShouldBeFalse();
    }

    [Fact]
    public void Containment_includes_equal_bounds()
    {
        new TextSpan(2, 5).Contains(new TextSpan(2, 5)).ShouldBeTrue();
        new TextSpan(2, 5).Contains(new TextSpan(1, 5)).ShouldBeFalse();
        new TextSpan(2, 5).Contains(new TextSpan(3, 5)).ShouldBeFalse();
    }

    [Fact]
    public void End_is_exclusive()
    {
        var span = TextSpan.FromBounds(3, 8);
        span.End.ShouldBe(8);
        span.Length.ShouldBe(5);
        span.ToString().ShouldBe("[3..8)");
        new TextSpan(3, 0).IsEmpty.ShouldBeTrue();
    }
}
