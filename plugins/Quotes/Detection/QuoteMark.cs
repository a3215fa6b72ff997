namespace Quotes;

/// <summary>A character that can open or close a quotation, and the closers that end what it opens.</summary>
internal sealed record QuoteMark(char Opener, string Closers, bool IsSingle)
{
    public static readonly QuoteMark[] All =
    [
        new('“', "”", IsSingle: false),
        new('"', "\"", IsSingle: false),
        new('«', "»", IsSingle: false),
        new('„', "“”", IsSingle: false),
        new('‘', "’", IsSingle: true),
        new('\'', "'", IsSingle: true),
        new('‹', "›", IsSingle: true),
    ];

    public static bool IsQuoteCharacter(char c) => c is '“' or '”' or '"' or '«' or '»' or '„' or '‘' or '’' or '\'' or '‹' or '›';
}
