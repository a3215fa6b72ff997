using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// A quantity the article states, normalized: "more than 2,000 people a year" is a count of 2000 people with the
/// comparator "more than" and the rate "per year". A range has <see cref="Low"/> and <see cref="High"/> and no
/// <see cref="Value"/>; a vague quantity ("tens of thousands") has only its order of <see cref="Magnitude"/>.
/// </summary>
public sealed record Quantity(TextSpan Span, QuantityKind Kind)
{
    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary>percent, percentage point, an ISO currency code, or a unit of measure ("mile").</summary>
    public string? Unit { get; init; }

    /// <summary>Whether the unit is a currency: its ISO code, three capitals.</summary>
    public bool IsInCurrency => Unit is { Length: 3 } code && code.All(char.IsUpper);

    /// <summary>What is counted: "cartel members" in "50 cartel members".</summary>
    public string? Counted { get; init; }

    /// <summary>more than, at least, about, nearly, up to, fewer than, less than, exactly.</summary>
    public string? Comparator { get; init; }

    /// <summary>per year, per day, per 100,000 residents...</summary>
    public string? Rate { get; init; }

    /// <summary>increase or decrease, when the text states a change.</summary>
    public string? Change { get; init; }

    /// <summary>The power of ten of a vague quantity: 2 for "hundreds".</summary>
    public int? Magnitude { get; init; }

    /// <summary>How the number itself is written, for the style rules.</summary>
    public NumeralForm Form { get; init; }

    /// <summary>Where the number itself is written ("5" in "more than 5 people").</summary>
    public TextSpan Number { get; init; }

    /// <summary>Where the percent sign or word is written, if any.</summary>
    public TextSpan? PercentWord { get; init; }

    /// <summary>Whether this is someone's age ("Kwame Adebisi, 67,"), a measure in years that is no statistic.</summary>
    public bool IsAge { get; init; }

    /// <summary>Whether this is a statistic: not a year, date, time, ordinal or age, and not a small count (one to nine).</summary>
    public bool IsStatistic =>
        Kind is not (QuantityKind.Year or QuantityKind.Date or QuantityKind.Time or QuantityKind.Ordinal)
        && !(Kind == QuantityKind.Count && Value is < 10) && !IsAge;
}
