using System.Buffers.Binary;
using System.Numerics;

namespace Dyad.Learning;

/// <summary>Sorted, distinct, non-zero keys stored as Rice-coded gaps in a bit stream: the key list of a compact perceptron.</summary>
/// <remarks>
/// Hashed keys are uniform, so the gaps between sorted keys are geometric, for which a Rice code (quotient in unary, then
/// k plain bits) is within a few percent of the entropy: about log2(2^B / n) + 1.5 bits a key for n keys of B bits, where
/// varint deltas of 64-bit keys took 6-7 bytes that Deflate could not shrink. Bits are written least significant first.
/// </remarks>
internal static class RiceKeys
{
    /// <summary>Writes the parameter (one byte), the stream's length in bytes (int32) and the stream.</summary>
    public static void Write(BinaryWriter w, ReadOnlySpan<ulong> sorted)
    {
        int k = BestParameter(sorted);
        var bits = new BitWriter();
        ulong prev = 0;
        foreach (var key in sorted)
        {
            ulong x = key - prev - 1; // keys ascend strictly from above zero, so every gap is at least one
            prev = key;
            bits.WriteUnary(x >> k);
            bits.Write(x, k);
        }
        var bytes = bits.ToArray();
        w.Write((byte)k);
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    /// <summary>Reads <paramref name="keys"/>.Length keys, each at most <paramref name="max"/>.</summary>
    public static void Read(ref PayloadReader r, Span<ulong> keys, ulong max)
    {
        int k = r.ReadByte();
        int length = r.ReadInt32();
        if (k > 63 || length < 0) throw new InvalidDataException("compact key stream header is out of range");
        var bits = new BitReader(r.ReadBytes(length));
        ulong prev = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong q = bits.ReadUnary();
            if (q > (max >> k)) throw new InvalidDataException("compact key gap is out of range");
            ulong gap = (q << k | bits.Read(k)) + 1;
            if (gap > max - prev) throw new InvalidDataException("compact key is out of range");
            prev += gap;
            keys[i] = prev;
        }
    }

    // The k that minimises the total: about log2 of the mean gap, so only its neighbours are worth costing.
    private static int BestParameter(ReadOnlySpan<ulong> sorted)
    {
        if (sorted.IsEmpty) return 0;
        ulong mean = Math.Max(1UL, sorted[^1] / (ulong)sorted.Length);
        int guess = 63 - BitOperations.LeadingZeroCount(mean);
        int best = 0;
        ulong bestBits = ulong.MaxValue;
        for (int k = Math.Max(0, guess - 3); k <= Math.Min(63, guess + 1); k++)
        {
            ulong total = 0, prev = 0;
            foreach (var key in sorted) { total += ((key - prev - 1) >> k) + 1 + (ulong)k; prev = key; }
            if (total < bestBits) { bestBits = total; best = k; }
        }
        return best;
    }

    private sealed class BitWriter
    {
        private readonly MemoryStream _bytes = new();
        private ulong _buffer;
        private int _count;

        public void Write(ulong value, int bits)
        {
            if (bits == 0) return;
            if (bits > 32) { Write(value & 0xFFFFFFFF, 32); Write(value >> 32, bits - 32); return; }
            _buffer |= (value & ((1UL << bits) - 1)) << _count;
            _count += bits;
            while (_count >= 8) { _bytes.WriteByte((byte)_buffer); _buffer >>= 8; _count -= 8; }
        }

        // q zeros, then a one.
        public void WriteUnary(ulong q)
        {
            for (; q >= 32; q -= 32) Write(0, 32);
            Write(1UL << (int)q, (int)q + 1);
        }

        public byte[] ToArray()
        {
            if (_count > 0) _bytes.WriteByte((byte)_buffer);
            _buffer = 0;
            _count = 0;
            return _bytes.ToArray();
        }
    }

    private ref struct BitReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private long _position; // in bits

        // The 57 bits from the current position (at least 57 fit in eight bytes whatever the bit offset); zeros past the end.
        private readonly ulong Peek()
        {
            int at = (int)(_position >> 3);
            ulong word;
            if (at + 8 <= _data.Length) word = BinaryPrimitives.ReadUInt64LittleEndian(_data[at..]);
            else
            {
                Span<byte> tail = stackalloc byte[8];
                tail.Clear();
                if (at < _data.Length) _data[at..].CopyTo(tail);
                word = BinaryPrimitives.ReadUInt64LittleEndian(tail);
            }
            return word >> (int)(_position & 7);
        }

        private void Advance(int bits)
        {
            _position += bits;
            if (_position > (long)_data.Length * 8) throw new EndOfStreamException("compact key stream ends early");
        }

        public ulong Read(int bits)
        {
            if (bits == 0) return 0;
            if (bits > 32) { ulong low = Read(32); return low | Read(bits - 32) << 32; }
            ulong v = Peek() & ((1UL << bits) - 1);
            Advance(bits);
            return v;
        }

        public ulong ReadUnary()
        {
            ulong q = 0;
            while (true)
            {
                ulong word = Peek() & ((1UL << 57) - 1);
                if (word != 0)
                {
                    int zeros = BitOperations.TrailingZeroCount(word);
                    Advance(zeros + 1);
                    return q + (ulong)zeros;
                }
                q += 57;
                Advance(57);
            }
        }
    }
}
