namespace Numbers;

/// <summary>What a quantity is. Years, dates, times and ordinals are kept apart from the quantities that are statistics.</summary>
public enum QuantityKind
{
    Count,
    Percent,
    Money,
    Measure,
    Range,
    Ordinal,
    Year,
    Date,
    Time,
    Vague,
    Multiplier,
    Fraction,
}
