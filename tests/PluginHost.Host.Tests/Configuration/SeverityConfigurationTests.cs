using PluginHost.Host.Configuration;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Tests.Configuration;

public sealed class SeverityConfigurationTests
{
    private static readonly RuleDescriptor Quote = new("QT0002", "No speaker", "m", "Quotes", DiagnosticSeverity.Warning);
    private static readonly RuleDescriptor Other = new("QT0003", "Other", "m", "Quotes", DiagnosticSeverity.Suggestion);
    private static readonly RuleDescriptor Off = new("QT0009", "Off", "m", "Quotes", DiagnosticSeverity.Warning, isEnabledByDefault: false);

    [Fact]
    public void Without_configuration_rules_have_their_default_severity()
    {
        using var root = new TestDirectory();
        var configuration = new SeverityConfiguration(null);
        configuration.Resolve(Quote, root.Combine("a.txt")).ShouldBe(DiagnosticSeverity.Warning);
        configuration.Resolve(Off, root.Combine("a.txt")).ShouldBeNull();
    }

    [Fact]
    public void A_rule_entry_beats_a_category_entry_which_beats_the_all_rules_entry()
    {
        using var root = new TestDirectory();
        root.Write(".editorconfig", """
            root = true
            [*]
            pluginhost_diagnostic.QT0002.severity = error
            pluginhost_category.Quotes.severity = suggestion
            pluginhost_diagnostic.severity = silent
            """);
        var configuration = new SeverityConfiguration(null);
        configuration.Resolve(Quote, root.Combine("a.txt")).ShouldBe(DiagnosticSeverity.Error);
        configuration.Resolve(Other, root.Combine("a.txt")).ShouldBe(DiagnosticSeverity.Suggestion);
        configuration.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Bulk_entries_do_not_switch_on_rules_that_are_off_by_default_but_a_rule_entry_does()
    {
        using var root = new TestDirectory();
        root.Write(".editorconfig", "root = true\n[*]\npluginhost_category.Quotes.severity = error\n");
        new SeverityConfiguration(null).Resolve(Off, root.Combine("a.txt")).ShouldBeNull();
        root.Write(".editorconfig", "root = true\n[*]\npluginhost_diagnostic.QT0009.severity = error\n");
        new SeverityConfiguration(null).Resolve(Off, root.Combine("a.txt")).ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void Nearer_files_and_later_sections_win_and_sections_match_by_glob()
    {
        using var root = new TestDirectory();
        root.Write(".editorconfig", "root = true\n[*]\npluginhost_diagnostic.QT0002.severity = error\n[*.md]\npluginhost_diagnostic.QT0002.severity = suggestion\n");
        root.Write("wire/.editorconfig", "[*.txt]\npluginhost_diagnostic.QT0002.severity = none\n");
        var configuration = new SeverityConfiguration(null);
        configuration.Resolve(Quote, root.Combine("a.txt")).ShouldBe(DiagnosticSeverity.Error);
        configuration.Resolve(Quote, root.Combine("a.md")).ShouldBe(DiagnosticSeverity.Suggestion);
        configuration.Resolve(Quote, root.Combine("wire/a.txt")).ShouldBeNull();
        configuration.Resolve(Quote, root.Combine("wire/a.md")).ShouldBe(DiagnosticSeverity.Suggestion);
    }

    [Fact]
    public void A_root_file_stops_the_search_upwards()
    {
        using var root = new TestDirectory();
        root.Write(".editorconfig", "[*]\npluginhost_diagnostic.QT0002.severity = error\n");
        root.Write("inner/.editorconfig", "root = true\n");
        new SeverityConfiguration(null).Resolve(Quote, root.Combine("inner/a.txt")).ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void An_explicit_file_replaces_the_files_around_articles()
    {
        using var root = new TestDirectory();
        root.Write("articles/.editorconfig", "[*]\npluginhost_diagnostic.QT0002.severity = error\n");
        var config = root.Write("ci.editorconfig", "[**]\npluginhost_diagnostic.QT0002.severity = suggestion\n");
        new SeverityConfiguration(config).Resolve(Quote, root.Combine("articles/a.txt")).ShouldBe(DiagnosticSeverity.Suggestion);
    }

    [Fact]
    public void Bad_values_and_unknown_settings_are_errors_with_positions()
    {
        using var root = new TestDirectory();
        var file = root.Write(".editorconfig", "root = true\n[*]\npluginhost_diagnostic.QT0002.severity = loud\n  pluginhost_diagnostic.QT0002.enabled = true\nindent_size = 4\n");
        var configuration = new SeverityConfiguration(null);
        configuration.Resolve(Quote, root.Combine("a.txt")).ShouldBe(DiagnosticSeverity.Warning);
        configuration.Errors.Select(e => e.ToString()).ShouldBe([
            $"{file}(3,41): error: 'loud' is not a severity: use error, warning, suggestion, silent or none",
            $"{file}(4,3): error: unknown setting 'pluginhost_diagnostic.QT0002.enabled': PluginHost reads pluginhost_diagnostic.<ID>.severity, pluginhost_category.<Category>.severity and pluginhost_diagnostic.severity",
        ]);
    }

    [Fact]
    public void A_missing_explicit_file_is_an_error()
    {
        new SeverityConfiguration("/nonexistent/ci.editorconfig").Errors.ShouldHaveSingleItem().Message.ShouldBe("the configuration file does not exist");
    }

    [Fact]
    public void Every_rule_at_default_ignores_files_and_switches_everything_on()
    {
        SeverityConfiguration.EveryRuleAtDefault().Resolve(Off, "/x/a.txt").ShouldBe(DiagnosticSeverity.Warning);
    }
}
