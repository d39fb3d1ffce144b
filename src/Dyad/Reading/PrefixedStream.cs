namespace Dyad.Reading;

/// <summary>A read-only stream that replays bytes already read (to sniff the format) before the rest of its source.</summary>
/// <remarks>Lets standard input and HTTP bodies, which cannot seek, be sniffed and then streamed in full.</remarks>
internal sealed class PrefixedStream(byte[] head, int headLength, Stream rest) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < headLength)
        {
            var n = Math.Min(buffer.Length, headLength - _position);
            head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
