namespace Dyad.Formats;

/// <summary>One CoNLL-U word line (a syntactic word; multiword-token ranges are kept apart).</summary>
/// <remarks><see cref="Head"/> is the 1-based CoNLL-U head, 0 for the root.</remarks>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string DepRel, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);

    /// <summary>The value of one MISC attribute (such as NER), or null.</summary>
    public string? MiscValue(string key)
    {
        foreach (var part in Misc.Split('|'))
            if (part.Length > key.Length && part.StartsWith(key, StringComparison.Ordinal) && part[key.Length] == '=')
                return part[(key.Length + 1)..];
        return null;
    }
}

/// <summary>A multiword token such as "Google's" spanning words <see cref="First"/>..<see cref="Last"/>.</summary>
public sealed record ConlluRange(int First, int Last, string Form, string Misc);

/// <summary>One CoNLL-U sentence: comments, words and multiword-token ranges.</summary>
public sealed class ConlluSentence
{
    public List<string> Comments { get; } = [];
    public List<ConlluWord> Words { get; } = [];
    public List<ConlluRange> Ranges { get; } = [];

    public string? Comment(string key)
    {
        var prefix = "# " + key + " = ";
        foreach (var c in Comments)
            if (c.StartsWith(prefix, StringComparison.Ordinal)) return c[prefix.Length..];
        return null;
    }

    public string? Text => Comment("text");
    public string? SentId => Comment("sent_id");
    public bool StartsDocument => Comments.Any(c => c.StartsWith("# newdoc", StringComparison.Ordinal));
    public bool StartsParagraph => Comments.Any(c => c.StartsWith("# newpar", StringComparison.Ordinal));
}
