using Language.Detection;

namespace Language.Tests;

public sealed class InPlaceMemoryTests
{
    [Fact]
    public unsafe void Pinning_an_element_gives_its_address_where_the_memory_lies()
    {
        var values = GC.AllocateArray<int>(4, pinned: true);
        fixed (int* start = values)
        {
            var memory = new InPlaceMemory<int>(start, values.Length, values);

            using var handle = memory.Pin(2);

            ((nint)handle.Pointer).ShouldBe((nint)(start + 2));
            memory.GetSpan().Length.ShouldBe(4);
            memory.Owner.ShouldBeSameAs(values);
        }
    }
}
