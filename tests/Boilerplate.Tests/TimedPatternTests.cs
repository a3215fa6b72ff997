using Boilerplate.Classification;

namespace Boilerplate.Tests;

public sealed class TimedPatternTests
{
    // The rule files' patterns have a second; these run out of time on purpose, and need not wait so long.
    private static readonly TimeSpan ShortLimit = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void The_first_match_is_returned_with_its_position()
    {
        var match = new TimedPattern(@"\d{4}").Match("Filed 2026, updated 2027").ShouldNotBeNull();
        (match.Index, match.Value).ShouldBe((6, "2026"));
    }

    [Fact]
    public void No_match_is_null()
    {
        new TimedPattern(@"^Share on").Match("A story about sharing").ShouldBeNull();
    }

    [Fact]
    public void IsMatch_tells_whether_there_is_a_match()
    {
        new TimedPattern(@"^Share on").IsMatch("Share on X").ShouldBeTrue();
        new TimedPattern(@"^Share on").IsMatch("Shared on X").ShouldBeFalse();
    }

    [Fact]
    public void A_lookahead_is_allowed()
    {
        var pattern = new TimedPattern(@"^\([A-Z]{2,10}\)\s*(?=\p{Lu})");
        pattern.Match("(AP) The council met").ShouldNotBeNull().Value.ShouldBe("(AP) ");
        pattern.IsMatch("(AP) the council met").ShouldBeFalse();
    }

    [Fact]
    public void A_pattern_that_runs_out_of_time_on_a_line_is_no_match_there()
    {
        // The second branch matches, but only after the first has backtracked for far longer than the limit.
        new TimedPattern("^(?:(a+)+b|a+!)", ShortLimit).Match(new string('a', 40) + "!").ShouldBeNull();
        new TimedPattern("^(?:(a+)+b|a+!)", ShortLimit).Match("aaa!").ShouldNotBeNull();
    }

    [Fact]
    public void A_caller_may_take_running_out_of_time_for_a_match()
    {
        var pattern = new TimedPattern("^(?:(a+)+b|c)", ShortLimit);
        pattern.IsMatch(new string('a', 40) + "!", onTimeout: true).ShouldBeTrue();
        pattern.IsMatch(new string('a', 40) + "!").ShouldBeFalse();
        pattern.IsMatch("aaa!", onTimeout: true).ShouldBeFalse();
    }

    [Fact]
    public void A_linear_pattern_is_run_by_the_non_backtracking_engine_and_answers_the_same()
    {
        var pattern = TimedPattern.Linear(@"[""“”]|\b(?:said|says)\b");
        pattern.IsLinear.ShouldBeTrue();
        pattern.IsMatch("The mayor said no.").ShouldBeTrue();
        pattern.IsMatch("“No,” came the answer.").ShouldBeTrue();
        pattern.IsMatch("The mayor is unsaid and sayso.").ShouldBeFalse();
    }

    [Fact]
    public void A_linear_pattern_the_engine_cannot_run_is_backtracked()
    {
        var pattern = TimedPattern.Linear(@"^\([A-Z]{2,10}\)\s*(?=\p{Lu})");
        pattern.IsLinear.ShouldBeFalse();
        pattern.IsMatch("(AP) The council met").ShouldBeTrue();
        pattern.IsMatch("(AP) the council met").ShouldBeFalse();
    }

    [Fact]
    public void A_pattern_used_often_is_compiled_and_answers_the_same()
    {
        var pattern = new TimedPattern(@"^Share on \p{Lu}");
        pattern.IsCompiled.ShouldBeFalse();
        for (var i = 0; i < TimedPattern.UsesBeforeCompiling; i++)
        {
            pattern.IsMatch("Share on X").ShouldBeTrue();
        }

        SpinWait.SpinUntil(() => pattern.IsCompiled, TimeSpan.FromMinutes(1)).ShouldBeTrue();
        pattern.IsMatch("Share on X").ShouldBeTrue();
        pattern.IsMatch("Share on x").ShouldBeFalse();
    }
}
