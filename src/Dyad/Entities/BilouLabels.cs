namespace Dyad.Entities;

/// <summary>The recogniser's BILOU label set over PER, ORG and LOC, with conversions to and from IOB2.</summary>
/// <remarks>Label 0 is O; type t (0 PER, 1 ORG, 2 LOC) owns labels 1+4t (B), 2+4t (I), 3+4t (L), 4+4t (U).</remarks>
internal static class BilouLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC"];
    public const int Count = 13;
    public const int O = 0;

    private static readonly string[] Names = BuildNames();
    private static readonly string[] BeginTags = [.. Types.Select(t => "B-" + t)];
    private static readonly string[] InsideTags = [.. Types.Select(t => "I-" + t)];

    public static string Name(int label) => Names[label];

    public static int Type(int label) => label == O ? -1 : (label - 1) >> 2;

    /// <summary>0 B, 1 I, 2 L, 3 U; -1 for O.</summary>
    public static int Part(int label) => label == O ? -1 : (label - 1) & 3;

    public static int Make(int type, int part) => 1 + 4 * type + part;

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    /// <summary>Labels the words [<paramref name="first"/>, <paramref name="end"/>) as one entity of <paramref name="type"/> (U alone, else B I… L).</summary>
    public static void Relabel(Span<int> labels, int first, int end, int type)
    {
        for (int i = first; i < end; i++)
            labels[i] = Make(type, end - first == 1 ? 3 : i == first ? 0 : i == end - 1 ? 2 : 1);
    }

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="prev"/> (-1 is the sentence start).</summary>
    public static bool Allowed(int prev, int next)
    {
        bool open = prev >= 0 && Part(prev) is 0 or 1;
        if (!open) return next == O || Part(next) is 0 or 3;
        return Type(next) == Type(prev) && Part(next) is 1 or 2;
    }

    /// <summary>Converts IOB2 tags (B-X/I-X/O) of one sentence to BILOU labels; unknown types become O.</summary>
    public static void FromIob2(ReadOnlySpan<string> tags, Span<int> labels)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            var (prefix, type) = Split(tags[i]);
            int t = type is null ? -1 : TypeIndex(type);
            if (t < 0 || prefix == 'O') { labels[i] = O; continue; }
            var (nextPrefix, nextType) = i + 1 < tags.Length ? Split(tags[i + 1]) : ('O', null);
            bool continues = nextPrefix == 'I' && nextType == type;
            labels[i] = prefix == 'B' || i == 0 || labels[i - 1] == O || Type(labels[i - 1]) != t
                ? Make(t, continues ? 0 : 3)
                : Make(t, continues ? 1 : 2);
        }
    }

    /// <summary>IOB2 tag for a BILOU label given the previous label, repairing ill-formed runs.</summary>
    public static string? ToIob2(int prev, int label)
    {
        if (label == O) return null;
        int t = Type(label);
        bool inside = Part(label) is 1 or 2 && prev > 0 && Type(prev) == t && Part(prev) is 0 or 1;
        return inside ? InsideTags[t] : BeginTags[t];
    }

    private static (char Prefix, string? Type) Split(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-') return ('O', null);
        return (tag[0], tag[2..]);
    }

    private static string[] BuildNames()
    {
        var names = new string[Count];
        names[0] = "O";
        for (int t = 0; t < 3; t++)
            for (int p = 0; p < 4; p++)
                names[Make(t, p)] = "BILU"[p] + "-" + Types[t];
        return names;
    }
}
