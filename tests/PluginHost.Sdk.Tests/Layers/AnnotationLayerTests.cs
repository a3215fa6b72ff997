using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Tests.Layers;

public sealed class AnnotationLayerTests
{
    private static readonly AnnotationLayer Layer = new("language",
    [
        new Annotation(new TextSpan(20, 10), "ru"),
        new Annotation(new TextSpan(0, 40), "en"),
        new Annotation(new TextSpan(0, 10), "en-title"),
    ]);

    [Fact]
    public void Annotations_are_kept_in_text_order_longest_first()
    {
        Layer.Annotations.Select(a => a.Value).ShouldBe(["en", "en-title", "ru"]);
    }

    [Fact]
    public void Covering_finds_the_innermost_annotation()
    {
        Layer.Covering(new TextSpan(22, 3))!.Value.ShouldBe("ru");
        Layer.Covering(new TextSpan(12, 3))!.Value.ShouldBe("en");
        Layer.Covering(new TextSpan(35, 10)).ShouldBeNull();
    }

    [Fact]
    public void Starting_at_lists_annotations_at_an_offset()
    {
        Layer.StartingAt(0).Select(a => a.Value).ShouldBe(["en", "en-title"]);
        Layer.StartingAt(5).ShouldBeEmpty();
    }

    [Fact]
    public void Overlapping_finds_every_annotation_that_shares_text()
    {
        Layer.Overlapping(new TextSpan(8, 14)).Select(a => a.Value).ShouldBe(["en", "en-title", "ru"]);
        Layer.Overlapping(new TextSpan(10, 5)).Select(a => a.Value).ShouldBe(["en"]);
    }

    [Fact]
    public void Ending_at_lists_annotations_that_end_at_an_offset()
    {
        Layer.EndingAt(30).Select(a => a.Value).ShouldBe(["ru"]);
        Layer.EndingAt(10).Select(a => a.Value).ShouldBe(["en-title"]);
        Layer.EndingAt(20).ShouldBeEmpty();
    }

    [Fact]
    public void Lookups_find_a_long_annotation_that_starts_far_before_many_short_ones()
    {
        var layer = new AnnotationLayer("quotes", [new Annotation(new TextSpan(0, 1000), "long"), .. Enumerable.Range(0, 200).Select(i => new Annotation(new TextSpan(i * 5, 2), $"short{i}"))]);

        layer.Covering(new TextSpan(997, 2))!.Value.ShouldBe("long");
        layer.Covering(new TextSpan(500, 1))!.Value.ShouldBe("short100");
        layer.Overlapping(new TextSpan(998, 5)).Select(a => a.Value).ShouldBe(["long"]);
        layer.Overlapping(new TextSpan(996, 5)).Select(a => a.Value).ShouldBe(["long", "short199"]);
        layer.StartingAt(995).Select(a => a.Value).ShouldBe(["short199"]);
        layer.EndingAt(1000).Select(a => a.Value).ShouldBe(["long"]);
    }

    [Fact]
    public void An_empty_annotation_is_found_where_it_stands()
    {
        var layer = new AnnotationLayer("marks", [new Annotation(new TextSpan(5, 0), "empty"), new Annotation(new TextSpan(0, 5), "word")]);

        layer.StartingAt(5).Select(a => a.Value).ShouldBe(["empty"]);
        layer.EndingAt(5).Select(a => a.Value).ShouldBe(["word", "empty"]);
        layer.Overlapping(new TextSpan(5, 0)).Select(a => a.Value).ShouldBe(["empty"]);
        layer.Covering(new TextSpan(5, 0))!.Value.ShouldBe("empty");
    }

    [Fact]
    public void Offsets_at_the_ends_of_the_number_range_find_nothing()
    {
        Layer.StartingAt(int.MaxValue).ShouldBeEmpty();
        Layer.EndingAt(int.MaxValue).ShouldBeEmpty();
        Layer.StartingAt(int.MinValue).ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_layer_answers_every_lookup_with_nothing()
    {
        var layer = new AnnotationLayer("quotes", []);

        layer.StartingAt(0).ShouldBeEmpty();
        layer.EndingAt(0).ShouldBeEmpty();
        layer.Overlapping(new TextSpan(0, 5)).ShouldBeEmpty();
        layer.Covering(new TextSpan(0, 5)).ShouldBeNull();
    }

    [Fact]
    public void Missing_properties_read_as_null()
    {
        var annotation = new Annotation(new TextSpan(0, 1), "x", new Dictionary<string, object?> { ["confidence"] = 0.9 });
        annotation["confidence"].ShouldBe(0.9);
        annotation["other"].ShouldBeNull();
    }
}
