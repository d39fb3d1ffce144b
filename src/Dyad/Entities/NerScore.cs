namespace Dyad.Entities;

/// <summary>Entity-level exact-match precision, recall and F1, per label and over all labels counted.</summary>
internal sealed class NerScore
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _labels;

    public NerScore(IEnumerable<string> labels) => _labels = new HashSet<string>(labels, StringComparer.Ordinal);

    public int Sentences { get; private set; }

    /// <summary>Entity spans (first, end exclusive, label) of an IOB2 sequence; a stray I- starts an entity.</summary>
    public static List<(int First, int End, string Label)> Spans(IReadOnlyList<string?> tags)
    {
        var spans = new List<(int, int, string)>();
        int start = -1;
        string? label = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : null;
            bool inside = t is { Length: > 2 } && t[1] == '-' && t[0] is 'B' or 'I';
            string? type = inside ? t![2..] : null;
            bool continues = inside && t![0] == 'I' && type == label;
            if (label is not null && !continues)
            {
                spans.Add((start, i, label));
                label = null;
            }
            if (inside && !continues)
            {
                start = i;
                label = type;
            }
        }
        return spans;
    }

    public void Add(IReadOnlyList<string?> gold, IReadOnlyList<string?> predicted)
    {
        Sentences++;
        var g = Spans(gold).Where(s => _labels.Contains(s.Label)).ToHashSet();
        var p = Spans(predicted).Where(s => _labels.Contains(s.Label)).ToHashSet();
        foreach (var s in p) Bump(s.Label, g.Contains(s) ? 1 : 0, g.Contains(s) ? 0 : 1, 0);
        foreach (var s in g) if (!p.Contains(s)) Bump(s.Label, 0, 0, 1);
    }

    private void Bump(string label, int tp, int fp, int fn)
    {
        var c = _counts.GetValueOrDefault(label);
        _counts[label] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    public (double P, double R, double F, int Gold) Of(string? label)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (l, c) in _counts)
            if (label is null || l == label) { tp += c.Tp; fp += c.Fp; fn += c.Fn; }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (100 * p, 100 * r, 100 * f, tp + fn);
    }

    /// <summary>A small table: one line per label and one for all, P/R/F1 in percent.</summary>
    public string Format()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("label  precision  recall     f1   gold");
        foreach (var label in _labels.Order(StringComparer.Ordinal).Append(null))
        {
            var (p, r, f, n) = Of(label);
            sb.AppendLine(System.FormattableString.Invariant($"{label ?? "all",-5} {p,10:F2} {r,7:F2} {f,6:F2} {n,6}"));
        }
        return sb.ToString();
    }
}
