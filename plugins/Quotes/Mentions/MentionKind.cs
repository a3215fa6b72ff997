namespace Quotes;

/// <summary>What a mention names: who can be a quote's speaker, and what a pronoun can refer to.</summary>
public enum MentionKind
{
    /// <summary>A person by name, with any title: <c>Senator Ana Ruiz</c>, <c>Ruiz</c>.</summary>
    Person,

    /// <summary>People named together: <c>Cara and Jonah Pell</c>.</summary>
    Group,

    /// <summary>An organization or a publication by name: <c>the Federation of Rail Workers</c>, <c>The Tarrow Gazette</c>.</summary>
    Organization,

    /// <summary>Someone known by a role: <c>the company's chief executive</c>, <c>the district council</c>.</summary>
    Role,

    /// <summary>An unnamed source: <c>one official</c>, <c>a person familiar with the talks</c>, <c>residents</c>.</summary>
    Unnamed,

    /// <summary><c>he</c>, <c>she</c>, <c>it</c> or <c>they</c>, resolved to an earlier mention.</summary>
    Pronoun,
}
