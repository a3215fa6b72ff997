using PluginHost.Host.Rules;

namespace PluginHost.Host.Tests.Rules;

public sealed class CacheFolderTests
{
    private static string? Resolve(params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return CacheFolder.FromEnvironment(environment.GetValueOrDefault);
    }

    [Fact]
    public void The_chosen_folder_comes_first()
    {
        Resolve(("PLUGINHOST_CACHE_DIR", "/srv/cache"), ("XDG_CACHE_HOME", "/x"), ("HOME", "/home/ed")).ShouldBe("/srv/cache");
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    [InlineData(" 0 ")]
    [InlineData("false")]
    [InlineData("no")]
    public void Caching_can_be_switched_off(string value)
    {
        Resolve(("PLUGINHOST_RULE_CACHE", value), ("PLUGINHOST_CACHE_DIR", "/srv/cache"), ("HOME", "/home/ed")).ShouldBeNull();
    }

    [Fact]
    public void Any_other_switch_value_leaves_caching_on()
    {
        Resolve(("PLUGINHOST_RULE_CACHE", "on"), ("PLUGINHOST_CACHE_DIR", "/srv/cache")).ShouldBe("/srv/cache");
    }

    [Fact]
    public void A_relative_chosen_folder_is_taken_from_the_current_one()
    {
        Resolve(("PLUGINHOST_CACHE_DIR", " out/cache ")).ShouldBe(Path.GetFullPath("out/cache"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_chosen_folder_is_not_a_choice(string blank)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the fallback is the platform's own folder");

        Resolve(("PLUGINHOST_CACHE_DIR", blank), ("HOME", "/home/ed")).ShouldBe("/home/ed/.cache/pluginhost");
    }

    [Fact]
    public void A_chosen_folder_no_path_can_name_means_no_cache()
    {
        Resolve(("PLUGINHOST_CACHE_DIR", "cache\0here")).ShouldBeNull();
    }

    [Fact]
    public void On_Linux_the_XDG_cache_folder_is_used_when_it_is_absolute()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "XDG_CACHE_HOME is a Linux convention");

        Resolve(("XDG_CACHE_HOME", "/var/cache/ed"), ("HOME", "/home/ed")).ShouldBe("/var/cache/ed/pluginhost");
        Resolve(("XDG_CACHE_HOME", "relative/cache"), ("HOME", "/home/ed")).ShouldBe("/home/ed/.cache/pluginhost");
    }

    [Fact]
    public void Without_a_home_there_is_no_cache()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux reads HOME");

        Resolve().ShouldBeNull();
        Resolve(("HOME", "")).ShouldBeNull();
        Resolve(("HOME", "relative")).ShouldBeNull();
    }
}
