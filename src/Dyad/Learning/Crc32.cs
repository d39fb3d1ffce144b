namespace Dyad.Learning;

/// <summary>CRC-32 (IEEE 802.3), the checksum of model files.</summary>
/// <remarks>
/// The vectorised implementation of System.IO.Hashing computes the same checksum (reflected polynomial 0xEDB88320,
/// initial value and final XOR 0xFFFFFFFF) as the byte-at-a-time table this replaced, roughly twenty times faster;
/// the check value and a comparison with the table are in the tests.
/// </remarks>
internal static class Crc32
{
    public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
