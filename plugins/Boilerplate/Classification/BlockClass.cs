namespace Boilerplate.Classification;

/// <summary>
/// A block's class in the jusText classifier: <see cref="Good"/> and <see cref="Bad"/> are sure, <see cref="NearGood"/>
/// and <see cref="Short"/> take their neighbours' class.
/// </summary>
internal enum BlockClass
{
    Bad,
    Short,
    NearGood,
    Good,
}
