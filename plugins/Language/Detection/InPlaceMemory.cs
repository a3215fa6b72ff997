using System.Buffers;

namespace Language.Detection;

/// <summary>
/// Memory the model is read in place from rather than copied out of: the plugin's own loaded image, where the shipped
/// model lies as an embedded resource. Copying it would hold the model twice (the image's pages once read, and the
/// copy), 25 MB more for every process; read in place, the pages are the operating system's to share and to drop.
/// </summary>
/// <remarks>The memory must outlive this object: the image does, since it stays loaded while code of the plugin runs.</remarks>
internal sealed unsafe class InPlaceMemory<T>(T* start, int length) : MemoryManager<T>
    where T : unmanaged
{
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
