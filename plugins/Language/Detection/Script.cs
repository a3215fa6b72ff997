namespace Language.Detection;

/// <summary>The writing systems the model tells apart; a language's scripts are a set of these flags.</summary>
[Flags]
internal enum Script
{
    None = 0,
    Latin = 1 << 0,
    Cyrillic = 1 << 1,
    Greek = 1 << 2,
    Arabic = 1 << 3,
    Hebrew = 1 << 4,
    Devanagari = 1 << 5,
    Bengali = 1 << 6,
    Thai = 1 << 7,
    Han = 1 << 8,
    Kana = 1 << 9,
    Hangul = 1 << 10,
    Other = 1 << 11,
}
