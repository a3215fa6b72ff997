namespace Numbers;

/// <summary>How the text writes a number.</summary>
public enum NumeralForm
{
    /// <summary>Digits: 100,000; 3.5; 1.5bn; 1.200,5 in European style.</summary>
    Figure,

    /// <summary>Spelled out: six, twenty-one, a dozen, a hundred and five.</summary>
    Words,

    /// <summary>20th, first, third-largest.</summary>
    Ordinal,

    /// <summary>half, a third, two-thirds.</summary>
    Fraction,

    /// <summary>twice, tenfold, three times as many.</summary>
    Multiplier,

    /// <summary>dozens, hundreds of thousands, several hundred: an order of magnitude and no exact value.</summary>
    Vague,

    /// <summary>the 1990s, the '90s.</summary>
    Decade,
}
