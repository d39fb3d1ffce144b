namespace Dyad.Evaluation;

/// <summary>Precision, recall and F1 of predicted spans against gold spans, from counts.</summary>
public readonly record struct UdSpanScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Gold + Predicted == 0 ? 0 : 2.0 * Correct / (Gold + Predicted);

    public static UdSpanScore operator +(UdSpanScore a, UdSpanScore b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    /// <summary>Counts the spans present in both sorted lists (a span counts only when start and end both match).</summary>
    public static UdSpanScore Of(IReadOnlyList<(int Start, int End)> gold, IReadOnlyList<(int Start, int End)> predicted)
    {
        int i = 0, j = 0, correct = 0;
        while (i < gold.Count && j < predicted.Count)
        {
            var g = gold[i];
            var p = predicted[j];
            if (g == p) { correct++; i++; j++; }
            else if (g.Start < p.Start || (g.Start == p.Start && g.End < p.End)) i++;
            else j++;
        }
        return new UdSpanScore(gold.Count, predicted.Count, correct);
    }
}
