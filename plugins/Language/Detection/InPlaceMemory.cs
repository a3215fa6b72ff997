using System.Buffers;

namespace Language.Detection;

/// <summary>
/// Memory the model is read in place from rather than copied out of: the plugin's own loaded image, where the shipped
/// model lies as an embedded resource. Copying it would hold the model twice (the image's pages once read, and the
/// copy), 25 MB more for every process; read in place, the pages are the operating system's to share and to drop.
/// </summary>
/// <remarks>
/// The memory must outlive this object. It is kept alive through <paramref name="owner"/>, the assembly whose image it
/// is: an assembly loaded for good is never unloaded, and one of a collectible load context is not while an object
/// of its types is reachable (this one is). The tables lie at the byte offsets the model's format gives them, not
/// aligned to their elements; x64 and Arm64 read them unaligned, on this x64 machine no slower than the aligned copies
/// were (docs/performance.md, "Memory: the language model read in place"; Arm64 not measured).
/// </remarks>
internal sealed unsafe class InPlaceMemory<T>(T* start, int length, object owner) : MemoryManager<T>
    where T : unmanaged
{
    /// <summary>What keeps the memory alive, held for as long as this object is.</summary>
    public object Owner { get; } = owner;

    public override Span<T> GetSpan() => new(start, length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

    public override void Unpin()
    {
        // Memory outside the garbage-collected heap never moves: there is nothing to unpin.
    }

    protected override void Dispose(bool disposing)
    {
        // The memory is the image's, not this object's to free.
    }
}
