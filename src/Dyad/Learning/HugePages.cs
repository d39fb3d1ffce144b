using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Learning;

/// <summary>Asks Linux to back a large, freshly allocated array with 2 MB pages before it is first written.</summary>
/// <remarks>
/// A cold model load spent about a quarter of its time in page faults: the parser's hash tables are tens of
/// megabytes written in random order, one 4 KB fault each. On a kernel whose transparent huge pages are "madvise"
/// (the default of many distributions) the hint turns thousands of faults into a handful. Elsewhere, or when the
/// call fails, nothing changes: it is only advice, and the array's contents are not touched.
/// </remarks>
internal static partial class HugePages
{
    private const int MadvHugePage = 14;
    private const long HugePage = 2 << 20;

    public static unsafe void Advise<T>(T[] array) where T : unmanaged
    {
        long bytes = (long)array.Length * sizeof(T);
        if (!OperatingSystem.IsLinux() || bytes < 2 * HugePage) return;
        // Large arrays live on the large-object heap, which the GC does not move, so the address stays valid.
        long start = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        long first = (start + HugePage - 1) & ~(HugePage - 1);
        long end = (start + bytes) & ~(HugePage - 1);
        if (end <= first || _unavailable) return;
        try
        {
            _ = Madvise((nint)first, (nuint)(end - first), MadvHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true; // a libc the runtime cannot find by that name: loading goes on without the hint
        }
    }

    private static bool _unavailable;

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
