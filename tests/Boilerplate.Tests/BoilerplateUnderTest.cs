using Language;
using PluginHost.Testing;

namespace Boilerplate.Tests;

/// <summary>
/// The Boilerplate plugin with its shipped rule files, after the Language plugin, whose layer gives each block's
/// language. Both plugins' rule files are taken from the repository: the build copies them into one folder. One
/// verifier serves every test, as compiling the rules (the stopword lists above all) costs more than most tests.
/// </summary>
internal static class BoilerplateUnderTest
{
    public static readonly string RepositoryRoot = FindRoot(AppContext.BaseDirectory);

    public static readonly PluginVerifier Verifier = new(
        new BoilerplatePlugin(),
        Path.Combine(RepositoryRoot, "rules", "boilerplate"),
        (new LanguagePlugin(), Path.Combine(RepositoryRoot, "rules", "language")));

    /// <summary>Fails unless the Boilerplate findings (and any PH finding) on the text are exactly the marked ones.</summary>
    public static void Verify(string markup) => Verifier.Verify(markup);

    private static string FindRoot(string folder) =>
        File.Exists(Path.Combine(folder, "PluginHost.sln")) ? folder : FindRoot(Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("PluginHost.sln not found above the tests"));
}
