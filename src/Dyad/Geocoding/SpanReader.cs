using System.Buffers.Binary;
using System.Text;

namespace Dyad.Geocoding;

/// <summary>Reads the values <see cref="BinaryWriter"/> wrote (7-bit varints, length-prefixed UTF-8, doubles) straight from a buffer.</summary>
internal ref struct SpanReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _pos;

    public int Varint() => (int)Varint64();

    public long Varint64()
    {
        long value = 0;
        int shift = 0;
        while (true)
        {
            if (_pos >= _data.Length) throw new InvalidDataException("gazetteer file is truncated");
            byte b = _data[_pos++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
            if (shift > 63) throw new InvalidDataException("gazetteer file has a malformed number");
        }
    }

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || _pos + count > _data.Length) throw new InvalidDataException("gazetteer file is truncated");
        var span = _data.Slice(_pos, count);
        _pos += count;
        return span;
    }

    public string String() => Encoding.UTF8.GetString(Bytes(Varint()));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));
}
