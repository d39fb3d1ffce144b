using Dyad.Learning;

namespace Dyad.Tests.Learning;

public sealed class Crc32Tests
{
    // The byte-at-a-time table the model files were first written with: the checksum must not change.
    private static uint Reference(byte[] data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    [Fact]
    public void Compute_StandardCheckInput_GivesTheIeeeCheckValue() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(65_537)]
    public void Compute_AnyLength_MatchesTheBitwiseReference(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        Assert.Equal(Reference(data), Crc32.Compute(data));
    }
}
