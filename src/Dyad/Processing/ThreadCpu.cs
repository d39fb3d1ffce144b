using System.Runtime.InteropServices;

namespace Dyad.Processing;

/// <summary>The calling thread's CPU time in nanoseconds, so stage timings mean something on a shared, loaded machine.</summary>
/// <remarks>Wall time per stage counts the time other processes hold the core; thread CPU time does not. On Linux this
/// is clock_gettime(CLOCK_THREAD_CPUTIME_ID), a vDSO call of tens of nanoseconds; elsewhere it reports 0.</remarks>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;
    private static readonly bool Available = OperatingSystem.IsLinux();

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec value);

    public static long Nanoseconds()
    {
        if (!Available || ClockGetTime(ClockThreadCpuTimeId, out var t) != 0) return 0;
        return t.Seconds * 1_000_000_000L + t.Nanoseconds;
    }
}
