using System.IO.Compression;
using System.Text;

namespace Dyad.Learning;

/// <summary>The container of every trained model file: magic, kind, version, checksum and a compressed payload.</summary>
/// <remarks>
/// Layout: "DYADMODL" (8 bytes), kind (length-prefixed UTF-8), format version (int32), payload length
/// (int32), CRC-32 of the payload (uint32), then the payload compressed with Deflate. A file of another
/// kind or version, a truncated file or a checksum mismatch is a <see cref="ModelFileException"/>
/// that names the file.
/// </remarks>
public static class ModelFile
{
    private static readonly byte[] Magic = "DYADMODL"u8.ToArray();

    /// <summary>Writes a model atomically (temporary file, then rename) so a crash never leaves half a file.</summary>
    public static void Save(string path, string kind, int version, Action<BinaryWriter> writePayload)
    {
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true)) writePayload(w);
        var bytes = payload.ToArray();
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        using (var fs = File.Create(tmp))
        using (var w = new BinaryWriter(fs, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(kind);
            w.Write(version);
            w.Write(bytes.Length);
            w.Write(Crc32.Compute(bytes));
            w.Flush();
            using var deflate = new DeflateStream(fs, CompressionLevel.SmallestSize, leaveOpen: true);
            deflate.Write(bytes);
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Reads and checks a model file, returning a reader over its payload.</summary>
    public static BinaryReader Load(string path, string kind, int version) => Load(path, kind, version, version, out _);

    /// <summary>Reads and checks a model file of any format version from <paramref name="oldest"/> to <paramref name="newest"/>.</summary>
    public static BinaryReader Load(string path, string kind, int oldest, int newest, out int version)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"model file '{path}' is missing; run `dyad train {kind}` to build it", path);
        try
        {
            using var fs = File.OpenRead(path);
            using var r = new BinaryReader(fs, Encoding.UTF8);
            var magic = r.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic)) throw Bad(path, "not a Dyad model file");
            var fileKind = r.ReadString();
            if (fileKind != kind) throw Bad(path, $"holds a '{fileKind}' model, expected '{kind}'");
            version = r.ReadInt32();
            if (version < oldest || version > newest)
                throw Bad(path, $"has format version {version}, this build reads version {(oldest == newest ? $"{newest}" : $"{oldest} to {newest}")}");
            var length = r.ReadInt32();
            var crc = r.ReadUInt32();
            if (length < 0) throw Bad(path, "has a negative payload length");
            var bytes = new byte[length];
            HugePages.Advise(bytes);
            using (var deflate = new DeflateStream(fs, CompressionMode.Decompress)) deflate.ReadExactly(bytes);
            if (Crc32.Compute(bytes) != crc) throw Bad(path, "is corrupt (checksum mismatch)");
            // publiclyVisible: the perceptron readers parse the payload in place (TryGetBuffer) instead of call by call.
            return new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
        }
        catch (Exception e) when (e is EndOfStreamException || e is InvalidDataException)
        {
            throw Bad(path, "is truncated or corrupt", e);
        }
    }

    private static ModelFileException Bad(string path, string why, Exception? inner = null) => new($"model file '{path}' {why}", inner);
}

/// <summary>A model file that cannot be used: wrong kind or version, truncated, or corrupt.</summary>
public sealed class ModelFileException(string message, Exception? inner = null) : IOException(message, inner);
