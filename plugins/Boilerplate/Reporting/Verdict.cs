namespace Boilerplate.Reporting;

/// <summary>What a block is: boilerplate of a category (with how sure, and why), a copy of the title, or content.</summary>
internal sealed record Verdict(string RuleId, string Category, double Confidence, string Reason)
{
    public const string Boilerplate = "BP0001";
    public const string DuplicateTitle = "BP0002";
}
