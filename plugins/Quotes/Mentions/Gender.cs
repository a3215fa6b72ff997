namespace Quotes;

/// <summary>
/// What a name or title tells of a person's sex, for resolving <c>he</c> and <c>she</c>; <see cref="Neuter"/> for an
/// unnamed source that is a thing (<c>a recent meeting</c>), which neither refers to.
/// </summary>
public enum Gender
{
    Unknown,
    Female,
    Male,
    Neuter,
}
