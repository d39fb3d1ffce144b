using System.IO.Compression;

namespace Dyad.Learning;

/// <summary>The container for Brotli-compressed binary model and dictionary files: a magic string, a version, then the body.</summary>
/// <remarks>Saving writes a temporary file and moves it into place, so a crash never leaves half a file; loading turns a
/// truncated or corrupt body into <see cref="InvalidDataException"/> naming the path.</remarks>
internal static class CompressedFile
{
    public static void Save(string path, string magic, int version, Action<BinaryWriter> body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp))
        using (var z = new BrotliStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(z))
        {
            w.Write(magic);
            w.Write(version);
            body(w);
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <param name="what">what the file is, for errors ("entity model").</param>
    /// <param name="rebuild">the command that rebuilds a missing file.</param>
    public static T Load<T>(string path, string magic, int version, string what, string rebuild, Func<BinaryReader, T> body)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{what} not found at {path}; build it with `{rebuild}`", path);
        using var file = File.OpenRead(path);
        using var z = new BrotliStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(z);
        try
        {
            if (r.ReadString() != magic || r.ReadInt32() != version)
                throw new InvalidDataException($"{path} is not a Dyad {what} of version {version}");
            return body(r);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path} is truncated or corrupt: {e.Message}", e);
        }
    }
}
