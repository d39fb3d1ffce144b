using Dyad.Learning;

namespace Dyad.Tests.Learning;

public sealed class PayloadReaderTests
{
    private static byte[] Written(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream)) write(w);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(16_383)]
    [InlineData(16_384)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Read7BitEncodedInt_WhatBinaryWriterWrote_ReadsItBack(int value)
    {
        var r = new PayloadReader(Written(w => { w.Write7BitEncodedInt(value); w.Write(value); }));
        Assert.Equal(value, r.Read7BitEncodedInt());
        Assert.Equal(value, r.ReadInt32());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(300L)]
    [InlineData(long.MaxValue)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void Read7BitEncodedInt64_WhatBinaryWriterWrote_ReadsItBack(long value)
    {
        var bytes = Written(w => w.Write7BitEncodedInt64(value));
        var r = new PayloadReader(bytes);
        Assert.Equal(value, r.Read7BitEncodedInt64());
        Assert.Equal(bytes.Length, r.Position);
    }

    [Fact]
    public void ReadFixedWidth_WhatBinaryWriterWrote_ReadsItBack()
    {
        var r = new PayloadReader(Written(w => { w.Write(-2.5f); w.Write((short)-12345); }));
        Assert.Equal(-2.5f, r.ReadSingle());
        Assert.Equal((short)-12345, r.ReadInt16());
    }

    [Fact]
    public void Read7BitEncodedInt_EndsMidNumber_ThrowsEndOfStream()
    {
        var bytes = Written(w => w.Write7BitEncodedInt(1_000_000))[..^1];
        Assert.Throws<EndOfStreamException>(() => new PayloadReader(bytes).Read7BitEncodedInt());
    }

    [Fact]
    public void ReadInt32_ThreeBytesLeft_ThrowsEndOfStream() =>
        Assert.Throws<EndOfStreamException>(() => new PayloadReader(new byte[3]).ReadInt32());

    [Fact]
    public void Read7BitEncodedInt_SixBytes_ThrowsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => new PayloadReader([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]).Read7BitEncodedInt());
}
