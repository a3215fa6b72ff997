using System.Globalization;
using Humanizer;

namespace PluginHost.Cli.Terminal;

/// <summary>The words beside the progress bar: "1,204 of 10,000 articles · 412 a second · 21 seconds left".</summary>
internal static class ProgressText
{
    /// <summary>The rate is the average since the run started, which is steadier than the last moment's.</summary>
    public static string Describe(int done, int total, TimeSpan elapsed)
    {
        var text = $"{done.ToString("N0", CultureInfo.InvariantCulture)} of {"article".ToQuantity(total, "N0", CultureInfo.InvariantCulture)}";
        if (done == 0 || elapsed <= TimeSpan.Zero)
        {
            return text;
        }

        var rate = done / elapsed.TotalSeconds;
        text += $" · {rate.ToString(rate < 10 ? "0.#" : "N0", CultureInfo.InvariantCulture)} a second";
        if (done < total)
        {
            var left = TimeSpan.FromSeconds(Math.Ceiling((total - done) / rate));
            text += $" · {left.Humanize(2, CultureInfo.InvariantCulture, minUnit: TimeUnit.Second)} left";
        }

        return text;
    }
}
