namespace Quotes;

/// <summary>What a name or title tells of a person's sex, for resolving <c>he</c> and <c>she</c>.</summary>
public enum Gender
{
    Unknown,
    Female,
    Male,
}
