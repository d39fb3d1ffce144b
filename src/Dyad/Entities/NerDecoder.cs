using Dyad.Learning;

namespace Dyad.Entities;

/// <summary>Viterbi decoding over BILOU labels: per-token label scores plus label-transition scores, valid sequences only.</summary>
/// <remarks>
/// Transitions are ordinary perceptron features (one per previous label, whose weights per next label form the
/// transition matrix), so training and tagging share one model type. Shared by the trainer and the tagger.
/// </remarks>
internal static class NerDecoder
{
    private const int L = BilouLabels.Count;

    /// <summary>Rows of the transition matrix: the previous label, or -1 at the sentence start.</summary>
    public const int TransitionRows = L + 1;

    private static readonly bool[] AllowedTable = BuildAllowed();

    /// <summary>The feature whose weights score each label after <paramref name="prev"/> (-1 = sentence start).</summary>
    public static ulong Transition(int prev) => NerFeatures.Key(FeatureHash.Of(60, (ulong)(prev + 1)));

    /// <summary>The transition matrix of a frozen model, row prev+1, column next.</summary>
    public static float[] Transitions(PerceptronModel model)
    {
        var matrix = new float[TransitionRows * L];
        Span<int> row = stackalloc int[model.ClassCount];
        Span<ulong> f = stackalloc ulong[1];
        for (int p = -1; p < L; p++)
        {
            f[0] = Transition(p);
            row.Clear();
            model.Score(f, row);
            for (int l = 0; l < L; l++) matrix[(p + 1) * L + l] = row[l];
        }
        return matrix;
    }

    /// <summary>The transition matrix of a model in training (current weights).</summary>
    public static void Transitions(PerceptronTrainer trainer, Span<float> matrix)
    {
        Span<ulong> f = stackalloc ulong[1];
        matrix.Clear();
        for (int p = -1; p < L; p++)
        {
            f[0] = Transition(p);
            trainer.Score(f, matrix.Slice((p + 1) * L, L));
        }
    }

    /// <summary>The best valid label sequence for <paramref name="n"/> tokens; the last token may not open an entity.</summary>
    /// <param name="emissions">n × Count label scores.</param>
    /// <param name="work">at least n × Count cells for path scores, and as many back-pointers in <paramref name="back"/>.</param>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<float> work, Span<int> back, Span<int> labels)
    {
        if (n == 0) return;
        for (int l = 0; l < L; l++)
            work[l] = AllowedTable[l] ? emissions[l] + transitions[l] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            var prevRow = work.Slice((i - 1) * L, L);
            for (int l = 0; l < L; l++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    if (!AllowedTable[(p + 1) * L + l]) continue;
                    float v = prevRow[p] + transitions[(p + 1) * L + l];
                    if (v > best) { best = v; arg = p; }
                }
                work[i * L + l] = best + emissions[i * L + l];
                back[i * L + l] = arg;
            }
        }
        int last = 0;
        float lastScore = float.NegativeInfinity;
        for (int l = 0; l < L; l++)
        {
            if (BilouLabels.Part(l) is 0 or 1) continue;
            float v = work[(n - 1) * L + l];
            if (v > lastScore) { lastScore = v; last = l; }
        }
        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            if (i > 0) last = back[i * L + last];
        }
    }

    private static bool[] BuildAllowed()
    {
        var table = new bool[TransitionRows * L];
        for (int p = -1; p < L; p++)
            for (int l = 0; l < L; l++)
                table[(p + 1) * L + l] = BilouLabels.Allowed(p, l);
        return table;
    }
}
