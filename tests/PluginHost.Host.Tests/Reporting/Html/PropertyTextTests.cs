using PluginHost.Host.Reporting.Html;

namespace PluginHost.Host.Tests.Reporting.Html;

public sealed class PropertyTextTests
{
    [Fact]
    public void Values_read_as_people_write_them()
    {
        PropertyText.Format("Ann Lee").ShouldBe("Ann Lee");
        PropertyText.Format(0.25).ShouldBe("0.25");
        PropertyText.Format(1200).ShouldBe("1200");
        PropertyText.Format(true).ShouldBe("yes");
        PropertyText.Format(false).ShouldBe("no");
        PropertyText.Format(null).ShouldBe("none");
    }

    [Fact]
    public void A_dictionary_is_its_pairs()
    {
        PropertyText.Format(new Dictionary<string, object?> { ["nl"] = 0.006, ["de"] = 0.002 }).ShouldBe("nl 0.006, de 0.002");
    }
}
