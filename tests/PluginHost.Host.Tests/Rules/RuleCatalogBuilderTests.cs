using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests.Rules;

public sealed class RuleCatalogBuilderTests
{
    private static readonly InProcessPlugin Quotes = new(new PluginManifest("Quotes", "QT"));

    [Fact]
    public void The_host_rules_are_always_there()
    {
        using var root = new TestDirectory();
        var session = Sessions.Create(root);
        session.Rules.HostRules.Rules.Select(r => r.Descriptor.Id).ShouldBe(["PH0001", "PH0002", "PH0003", "PH0004", "PH0005", "PH0006", "PH0007", "PH0008", "PH0009"]);
        session.Rules.HostRules.Rules.ShouldAllBe(r => r.IsReportedByCode && r.Descriptor.Category == "PluginHost");
    }

    [Fact]
    public void User_rule_files_extend_the_plugin_named_by_their_folder()
    {
        using var root = new TestDirectory();
        root.Write("mine/quotes/extra.rules", """rule QT9001 { title = "Mine"; message = "m"; severity = warning; match = "alleged"; }""");
        var session = Sessions.Create(root, new HostOptions { PluginDirectories = [], RuleDirectories = [root.Combine("mine")] }, (Quotes, """rule QT0001 { title = "Own"; message = "m"; severity = warning; }"""));
        session.SetupErrors.ShouldBeEmpty();
        session.Rules.Plugins.ShouldHaveSingleItem().RuleSet.Rules.Select(r => r.Descriptor.Id).ShouldBe(["QT0001", "QT9001"]);
    }

    [Fact]
    public void User_rule_files_outside_a_plugin_folder_are_errors()
    {
        using var root = new TestDirectory();
        var loose = root.Write("mine/loose.rules", "");
        var stray = root.Write("mine/Numbers/x.rules", "");
        var session = Sessions.Create(root, new HostOptions { PluginDirectories = [], RuleDirectories = [root.Combine("mine"), root.Combine("absent")] }, (Quotes, ""));
        session.SetupErrors.ShouldBe([
            $"{stray}(1,1): error: a user rule file goes in a folder named after the plugin it extends (Quotes), not in 'Numbers'",
            $"{loose}(1,1): error: a user rule file goes in a folder named after the plugin it extends (Quotes), not in '{root.Combine("mine")}'",
            $"{root.Combine("absent")}(1,1): error: the rules folder does not exist",
        ]);
    }

    [Fact]
    public void Rule_file_errors_reach_the_session_with_file_and_position()
    {
        using var root = new TestDirectory();
        var session = Sessions.Create(root, (Quotes, "rule QT0001 {\n  title = ;\n}"));
        session.SetupErrors.ShouldHaveSingleItem().ShouldEndWith("Quotes.rules(2,11): error: expected a \"string\", a number, 'true', 'false' or a name, found ';'");
    }
}
