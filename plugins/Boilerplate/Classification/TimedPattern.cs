using System.Text.RegularExpressions;

namespace Boilerplate.Classification;

/// <summary>
/// A regular expression from a rule file, with a time limit: a pattern that takes too long on one line counts as
/// no match there, so that one pathological line cannot stall the plugin or fail the article. It starts
/// interpreted; once a run has used it <see cref="UsesBeforeCompiling"/> times, it is compiled in the background
/// and used compiled from then on. Compiling all the rule files' patterns costs more than a second of JIT time, which a
/// run of a few articles would only wait for, and it makes them several times faster on a long run.
/// </summary>
/// <remarks>
/// Patterns are compiled one at a time, in the order they reach their count. Most reach it on the same line, and
/// the JIT's working memory for a pattern of hundreds of alternatives is megabytes, which the process keeps once it
/// has it: compiled side by side on as many threads as the pool would give, they raised a run's peak memory by about
/// 13 MB more than one after another (medians of ten runs; docs/performance.md).
/// </remarks>
internal sealed class TimedPattern
{
    internal const int UsesBeforeCompiling = 5_000;

    // Long enough that an ordinary line never runs out of it on a loaded machine (200 ms once did, in a test beside a
    // mutation run and builds on two cores), short enough that a pathological pattern costs a line a second (each
    // pattern that runs out, against the article's 30 s), not hours.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private static readonly Lock QueueGate = new();
    private static Task _queue = Task.CompletedTask;

    private readonly string _pattern;
    private Regex _regex;
    private int _uses;

    public TimedPattern(string pattern)
        : this(pattern, Limit)
    {
    }

    /// <summary>A pattern with a time limit of its own: tests that run a pattern out of time need not wait a second.</summary>
    internal TimedPattern(string pattern, TimeSpan limit)
        : this(pattern, new Regex(pattern, RegexOptions.CultureInvariant, limit), compiles: true)
    {
    }

    private TimedPattern(string pattern, Regex regex, bool compiles)
    {
        _pattern = pattern;
        _regex = regex;

        // A pattern that is never to be compiled starts with its count already spent.
        _uses = compiles ? 0 : UsesBeforeCompiling;
    }

    /// <summary>
    /// A pattern asked of every line, matched by the non-backtracking engine, in time linear in the line, where that
    /// engine can run it (no lookarounds, atomic groups or backreferences): for a few short alternatives looked for
    /// anywhere in a line (a quotation mark, "said") it is several times faster than compiled backtracking, which tries
    /// them at every letter they might start with; for the categories' long anchored patterns it is slower. Any other
    /// pattern is used as <see cref="TimedPattern(string)"/> uses it.
    /// </summary>
    public static TimedPattern Linear(string pattern)
    {
        try
        {
            return new TimedPattern(pattern, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Limit), compiles: false);
        }
        catch (NotSupportedException)
        {
            return new TimedPattern(pattern);
        }
    }

    /// <summary>The first match in the text, or null when there is none or the time ran out.</summary>
    public Match? Match(string text)
    {
        try
        {
            return For(text).Match(text) is { Success: true } match ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Whether the pattern matches the text: as <see cref="Match"/>, without making the match.</summary>
    /// <param name="text">The text.</param>
    /// <param name="onTimeout">The answer when the time runs out: no match, unless the caller would rather err the other way.</param>
    public bool IsMatch(string text, bool onTimeout = false)
    {
        try
        {
            return For(text).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return onTimeout;
        }
    }

    // The expression to run on the text, counting the use.
    private Regex For(string text)
    {
        // Once, whichever thread counts the last use; should compiling fail, the pattern simply stays interpreted.
        if (_uses < UsesBeforeCompiling && Interlocked.Increment(ref _uses) == UsesBeforeCompiling)
        {
            lock (QueueGate)
            {
                _queue = _queue.ContinueWith(_ => Volatile.Write(ref _regex, Compiled(text)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }

        return Volatile.Read(ref _regex);
    }

    // A compiled pattern's code is generated here, but the JIT compiles it on its first match, which for the largest
    // patterns (hundreds of alternatives) takes longer than the time limit: that line would count as no match. The
    // first match is made here, on a line of the run, before any line depends on it.
    private Regex Compiled(string sample)
    {
        var compiled = new Regex(_pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, _regex.MatchTimeout);
        try
        {
            _ = compiled.IsMatch(sample);
        }
        catch (RegexMatchTimeoutException)
        {
            // The JIT has compiled the code by the time the limit is checked.
        }

        return compiled;
    }

    /// <summary>Whether the pattern is used compiled yet.</summary>
    internal bool IsCompiled => Volatile.Read(ref _regex).Options.HasFlag(RegexOptions.Compiled);

    /// <summary>Whether the non-backtracking engine runs the pattern (<see cref="Linear"/>).</summary>
    internal bool IsLinear => Volatile.Read(ref _regex).Options.HasFlag(RegexOptions.NonBacktracking);
}
