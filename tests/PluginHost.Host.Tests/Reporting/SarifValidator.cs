using NJsonSchema;

namespace PluginHost.Host.Tests;

/// <summary>
/// Checks a SARIF log against the official SARIF 2.1.0 schema kept in ../shared/schemas. The schema is draft-04,
/// which NJsonSchema validates (System.Text.Json-based validators start at draft-06).
/// </summary>
internal static class SarifValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(Repository.SarifSchema).GetAwaiter().GetResult());

    public static void ShouldBeValid(string sarif)
    {
        var errors = Schema.Value.Validate(sarif);
        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind} {e.Property}")));
    }
}
