using System.Buffers.Binary;

namespace Dyad.Learning;

/// <summary>Reads the primitives a BinaryWriter wrote (little-endian numbers, 7-bit varints) straight from a byte span.</summary>
/// <remarks>
/// Model payloads hold millions of varints; BinaryReader goes through the stream once per call, which cost a
/// third of loading the parser. Reading past the end is an <see cref="EndOfStreamException"/> as with BinaryReader,
/// and an over-long varint an <see cref="InvalidDataException"/>.
/// </remarks>
internal ref struct PayloadReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;

    /// <summary>How many bytes have been read.</summary>
    public int Position { get; private set; }

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public byte ReadByte() => Take(1)[0];

    /// <summary>The next <paramref name="count"/> bytes, in place.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count) => count < 0 ? throw new InvalidDataException("negative byte count") : Take(count);

    /// <summary>How many bytes are left: a bound on the counts a corrupt header may claim.</summary>
    public readonly int Remaining => _data.Length - Position;

    /// <summary>A value written by BinaryWriter.Write7BitEncodedInt (at most five bytes).</summary>
    public int Read7BitEncodedInt()
    {
        ulong v = ReadVarint(maxBytes: 5);
        if (v > uint.MaxValue) throw new InvalidDataException("varint is too long for a 32-bit value");
        return (int)(uint)v;
    }

    /// <summary>A value written by BinaryWriter.Write7BitEncodedInt64 (at most ten bytes).</summary>
    public long Read7BitEncodedInt64() => (long)ReadVarint(maxBytes: 10);

    private ulong ReadVarint(int maxBytes)
    {
        var data = _data;
        int p = Position;
        // Most varints here are one byte (class numbers, entry counts): take that case before the loop.
        if ((uint)p < (uint)data.Length && data[p] < 0x80)
        {
            Position = p + 1;
            return data[p];
        }
        ulong result = 0;
        for (int i = 0; i < maxBytes; i++)
        {
            if ((uint)p >= (uint)data.Length) throw new EndOfStreamException("model payload ends inside a number");
            byte b = data[p++];
            result |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                Position = p;
                return result;
            }
        }
        throw new InvalidDataException("varint is too long");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_data.Length - Position < count) throw new EndOfStreamException("model payload ends inside a number");
        var span = _data.Slice(Position, count);
        Position += count;
        return span;
    }
}
