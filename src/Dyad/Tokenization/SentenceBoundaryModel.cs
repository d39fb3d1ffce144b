using System.Buffers.Binary;
using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Tokenization;

/// <summary>A logistic-regression classifier over hashed features that decides uncertain sentence boundaries.</summary>
/// <remarks>
/// File layout (little-endian): "DSBM", version, hash bits, threshold, weight scale, 2^bits int16 weights,
/// then an FNV-1a 64 checksum of everything before it. Read-only after loading, so safe to share across threads.
/// </remarks>
public sealed class SentenceBoundaryModel
{
    private const uint Magic = 0x4D425344; // "DSBM"
    private const int Version = 1;
    private readonly float[] _weights;
    private readonly int _mask;

    internal SentenceBoundaryModel(float[] weights, float threshold)
    {
        if (!int.IsPow2(weights.Length)) throw new ArgumentException("weight count must be a power of two", nameof(weights));
        _weights = weights;
        _mask = weights.Length - 1;
        Threshold = threshold;
    }

    /// <summary>Where the shipped model lives.</summary>
    public static string DefaultPath => Path.Combine(ProjectPaths.Models, "sentence-boundary.bin");

    /// <summary>The probability above which a candidate gap ends a sentence (tuned on EWT dev).</summary>
    public float Threshold { get; }

    internal float[] Weights => _weights;

    internal SentenceBoundaryModel WithThreshold(float threshold) => new(_weights, threshold);

    internal bool EndsSentence(Doc doc, int i, BoundaryCue cue, int sentenceLength) =>
        Probability(doc, i, cue, sentenceLength) >= Threshold;

    internal float Probability(Doc doc, int i, BoundaryCue cue, int sentenceLength)
    {
        Span<uint> features = stackalloc uint[BoundaryFeatures.Max];
        int n = BoundaryFeatures.Extract(doc, i, cue, sentenceLength, features);
        float z = 0;
        for (int k = 0; k < n; k++) z += _weights[(int)(features[k] & (uint)_mask)];
        return 1f / (1f + MathF.Exp(-z));
    }

    public void Save(string path)
    {
        float max = 1e-6f;
        foreach (var w in _weights) max = Math.Max(max, Math.Abs(w));
        float scale = max / short.MaxValue;
        int bits = System.Numerics.BitOperations.Log2((uint)_weights.Length);
        var bytes = new byte[20 + _weights.Length * 2 + 8];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), Version);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), bits);
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(12), Threshold);
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(16), scale);
        for (int k = 0; k < _weights.Length; k++)
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(20 + 2 * k), (short)Math.Round(_weights[k] / scale));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8), Checksum(bytes.AsSpan(0, bytes.Length - 8)));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        File.WriteAllBytes(tmp, bytes);
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Loads a model file; a missing, corrupt or mismatched file is a clear error.</summary>
    public static SentenceBoundaryModel Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"sentence boundary model not found at {path}; rebuild it with `dyad evaluate ud --raw DEV.conllu --fit-boundary TRAIN.conllu`", path);
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 28 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
            throw new InvalidDataException($"{path} is not a sentence boundary model");
        int version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        if (version != Version)
            throw new InvalidDataException($"{path} is sentence boundary model version {version}; this build reads version {Version}");
        int bits = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (bits is < 8 or > 24 || bytes.Length != 20 + (2 << bits) + 8)
            throw new InvalidDataException($"{path} is truncated or has a bad header");
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8)) != Checksum(bytes.AsSpan(0, bytes.Length - 8)))
            throw new InvalidDataException($"{path} fails its checksum (corrupt or partly written)");
        float threshold = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(12));
        float scale = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(16));
        var weights = new float[1 << bits];
        for (int k = 0; k < weights.Length; k++)
            weights[k] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(20 + 2 * k)) * scale;
        return new SentenceBoundaryModel(weights, threshold);
    }

    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte b in data) h = (h ^ b) * 1099511628211UL;
        return h;
    }
}
