using Dyad.Actors;

namespace Dyad.Entities;

/// <summary>Per-sentence scratch space: lower-cased words, gazetteer bits, hashed static features and decoding buffers.</summary>
internal sealed class NerScratch
{
    public const int MaxFeatures = 64;
    public char[] Lower = new char[256];
    public int[] LowerStart = new int[64];
    public int[] LowerLength = new int[64];
    public int[] Gazetteer = new int[64];
    public ulong[] Features = new ulong[64 * MaxFeatures];
    public int[] FeatureCount = new int[64];

    /// <summary>Hash of each lower-cased word (the atom that word features combine).</summary>
    public ulong[] WordHash = new ulong[64];

    /// <summary>Capitalised run of each word: start and end (exclusive), or -1 outside a run.</summary>
    public int[] RunStart = new int[64];
    public int[] RunEnd = new int[64];
    public float[] Emissions = new float[64 * BilouLabels.Count];
    public float[] Work = new float[64 * BilouLabels.Count];
    public int[] Back = new int[64 * BilouLabels.Count];
    public readonly PieceSequence Pieces = new();

    /// <summary>The current document's casing counts, or null to leave document features out.</summary>
    public DocCase? Case;

    /// <summary>The first pass's labels across the document (see <see cref="DocVotes"/>), read when <see cref="UseVotes"/>.</summary>
    public DocVotes Votes = new();

    /// <summary>Whether extraction adds the vote features: false in a first pass and for one-pass models.</summary>
    public bool UseVotes;

    /// <summary>This sentence's first-pass labels, read with <see cref="Votes"/> to leave each word's own vote out.</summary>
    public int[] PassOne = new int[64];

    /// <summary>Sets this sentence's first-pass labels (before extraction, which reads them).</summary>
    public void SetPassOne(ReadOnlySpan<int> labels)
    {
        if (PassOne.Length < labels.Length) PassOne = new int[Math.Max(labels.Length, PassOne.Length * 2)];
        labels.CopyTo(PassOne);
    }

    public ReadOnlySpan<char> LowerWord(int i) => Lower.AsSpan(LowerStart[i], LowerLength[i]);

    /// <summary>
    /// Whether the gazetteer has a name of one of <paramref name="kinds"/> spanning exactly words [a, b): a one-word name
    /// (part U) or a name beginning at a and ending at b - 1. Kinds are masks of 4 bits per kind, as <see cref="NameGazetteer.Mark"/> sets them.
    /// </summary>
    public bool GazetteerNames(int a, int b, int kinds)
    {
        for (int kind = 0; kind < 8; kind++)
        {
            if ((kinds & (0xF << (4 * kind))) == 0) continue;
            bool whole = b - a == 1
                ? (Gazetteer[a] & (1 << (4 * kind + 3))) != 0
                : (Gazetteer[a] & (1 << (4 * kind))) != 0 && (Gazetteer[b - 1] & (1 << (4 * kind + 2))) != 0;
            if (whole) return true;
        }
        return false;
    }

    public ReadOnlySpan<ulong> FeaturesOf(int i) => Features.AsSpan(i * MaxFeatures, FeatureCount[i]);

    /// <summary>The case prior bucket of word i (see <see cref="CasePrior.Of"/>), set by extraction.</summary>
    public int CasePriorOf(int i) => Prior[i];

    public int[] Prior = new int[64];

    /// <summary>The WordNet class of each word (<see cref="WordNetClasses"/>; 0 unknown), set by extraction when the model has them.</summary>
    public ulong[] WordNet = new ulong[64];

    public void Ensure(int tokens, int chars)
    {
        if (LowerStart.Length < tokens)
        {
            int n = Math.Max(tokens, LowerStart.Length * 2);
            LowerStart = new int[n];
            LowerLength = new int[n];
            Gazetteer = new int[n];
            Features = new ulong[n * MaxFeatures];
            FeatureCount = new int[n];
            WordHash = new ulong[n];
            RunStart = new int[n];
            RunEnd = new int[n];
            Prior = new int[n];
            WordNet = new ulong[n];
            Emissions = new float[n * BilouLabels.Count];
            Work = new float[n * BilouLabels.Count];
            Back = new int[n * BilouLabels.Count];
        }
        if (Lower.Length < chars) Lower = new char[Math.Max(chars, Lower.Length * 2)];
    }
}
