using PluginHost.Host.Loading;

namespace PluginHost.Host.Tests.Loading;

public sealed class PluginDirectoryLoaderTests
{
    [Fact]
    public void A_built_plugin_loads_with_its_services_and_rules()
    {
        using var folder = FixturePlugins.Folder("Capitals");
        var catalog = new PluginDirectoryLoader().Load([folder.Path]);
        catalog.Errors.ShouldBeEmpty();
        var plugin = catalog.Plugins.ShouldHaveSingleItem();
        plugin.Name.ShouldBe("Capitals");
        plugin.Version.ShouldBe("0.1.0");
        plugin.Manifest.Produces.ShouldBe(["shouting"]);
        plugin.Analyzers.ShouldHaveSingleItem().GetType().Name.ShouldBe("ShoutingFinder");
        plugin.TokenClasses.ShouldHaveSingleItem().Name.ShouldBe("capitalized");
        plugin.RulesDirectory.ShouldBe(Path.Combine(folder.Path, "Capitals", "rules"));
    }

    [Fact]
    public void Each_plugin_loads_in_its_own_context()
    {
        using var folder = FixturePlugins.Folder("Capitals");
        var plugin = new PluginDirectoryLoader().Load([folder.Path]).Plugins.ShouldHaveSingleItem();
        System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(plugin.Analyzers[0].GetType().Assembly)
            .ShouldNotBe(System.Runtime.Loader.AssemblyLoadContext.Default);
    }

    [Fact]
    public void A_plugin_shipping_a_newer_dependency_injection_abstractions_still_loads()
    {
        using var folder = FixturePlugins.Folder("LegacyDi");
        File.Exists(folder.Combine("LegacyDi/Microsoft.Extensions.DependencyInjection.Abstractions.dll")).ShouldBeTrue();
        var catalog = new PluginDirectoryLoader().Load([folder.Path]);
        catalog.Errors.ShouldBeEmpty();
        catalog.Plugins.ShouldHaveSingleItem().Analyzers.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_plugin_whose_registration_throws_is_named_and_the_others_load()
    {
        using var folder = FixturePlugins.Folder("BrokenRegistration", "Capitals");
        var catalog = new PluginDirectoryLoader().Load([folder.Path]);
        catalog.Plugins.ShouldHaveSingleItem().Name.ShouldBe("Capitals");
        var error = catalog.Errors.ShouldHaveSingleItem();
        error.Folder.ShouldEndWith("BrokenRegistration");
        error.Message.ShouldContain("the registration of BrokenRegistration always fails");
    }

    [Fact]
    public void A_plugin_built_for_another_sdk_major_version_is_refused_by_name()
    {
        using var folder = FixturePlugins.Folder("FutureSdk");
        var error = new PluginDirectoryLoader().Load([folder.Path]).Errors.ShouldHaveSingleItem();
        error.Folder.ShouldEndWith("FutureSdk");
        error.Message.ShouldBe("built against SDK 2.x, but this host provides SDK 1.x; rebuild the plugin against SDK 1");
    }

    [Fact]
    public void A_folder_without_a_plugin_assembly_is_reported()
    {
        using var folder = new TestDirectory();
        folder.Write("Notes/readme.txt", "not a plugin");
        var error = new PluginDirectoryLoader().Load([folder.Path]).Errors.ShouldHaveSingleItem();
        error.ToString().ShouldBe($"{folder.Combine("Notes")}: error: no plugin assembly: expected Notes.dll in the folder");
    }

    [Fact]
    public void An_assembly_without_a_plugin_type_is_reported()
    {
        using var folder = new TestDirectory();
        Directory.CreateDirectory(folder.Combine("Shouldly"));
        File.Copy(typeof(ShouldAssertException).Assembly.Location, folder.Combine("Shouldly/Shouldly.dll"));
        var error = new PluginDirectoryLoader().Load([folder.Path]).Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("Shouldly.dll");
    }

    [Fact]
    public void A_plugin_in_a_later_folder_replaces_the_one_of_the_same_name_in_an_earlier_folder()
    {
        using var shipped = FixturePlugins.Folder("Capitals");
        using var developed = FixturePlugins.Folder("Capitals");
        var catalog = new PluginDirectoryLoader().Load([shipped.Path, developed.Path]);
        catalog.Errors.ShouldBeEmpty();
        catalog.Plugins.ShouldHaveSingleItem().RulesDirectory.ShouldBe(Path.Combine(developed.Path, "Capitals", "rules"));
    }

    [Fact]
    public void Missing_plugin_roots_are_skipped()
    {
        new PluginDirectoryLoader().Load(["/nonexistent/plugins"]).Plugins.ShouldBeEmpty();
    }
}
