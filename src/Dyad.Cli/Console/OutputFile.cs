using System.Text;

namespace Dyad.Cli;

/// <summary>An output file that appears whole or not at all: written to a temporary file beside it, moved into place on commit.</summary>
/// <remarks>Disposing without <see cref="Commit"/> (an error, Ctrl+C) deletes the temporary file and leaves any old file untouched.</remarks>
internal sealed class OutputFile : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private FileStream? _stream;
    private StreamWriter? _writer;
    private bool _committed;

    private OutputFile(string path)
    {
        _path = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(_path)!;
        if (!Directory.Exists(dir)) throw new CliInputException($"the folder for {path} does not exist");
        _temp = Path.Combine(dir, $".{Path.GetFileName(_path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Starts writing <paramref name="path"/>; nothing is visible there until <see cref="Commit"/>.</summary>
    public static OutputFile Create(string path)
    {
        try { return new OutputFile(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CliInputException($"cannot write {path}: {e.Message}"); }
    }

    /// <summary>The raw stream, for binary formats (Parquet).</summary>
    public Stream Stream => _stream ?? throw new ObjectDisposedException(nameof(OutputFile));

    /// <summary>A UTF-8 text writer over <see cref="Stream"/> with "\n" line ends.</summary>
    public TextWriter Writer => _writer ??= new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };

    /// <summary>Flushes and moves the finished file into place, replacing any file there.</summary>
    public void Commit()
    {
        _writer?.Flush();
        _stream!.Flush(flushToDisk: true);
        _writer?.Dispose();
        _stream.Dispose();
        _stream = null;
        File.Move(_temp, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        _writer?.Dispose();
        _stream?.Dispose();
        _stream = null;
        try { File.Delete(_temp); }
        catch (IOException) { }
    }
}
