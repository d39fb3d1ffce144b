using Dyad.Documents;
using Dyad.Learning;
using Dyad.Processing;

namespace Dyad.Tagging;

/// <summary>The lemma stage: base forms by Penn tag, from exceptions learned from UD English-EWT plus regular rules.</summary>
/// <remarks>Thread-safe and immutable. Allocates the lemma strings it assigns (they are stored on the Doc).</remarks>
public sealed class Lemmatizer : IStage
{
    public const string Kind = "lemmatizer";
    public const int Version = 1;

    // Key "form-lower\tXPOS" → lemma, for every training pair whose majority lemma the rules get wrong.
    private readonly Dictionary<string, string> _exceptions;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lemmatizer(Dictionary<string, string> exceptions)
    {
        _exceptions = new Dictionary<string, string>(exceptions, StringComparer.Ordinal);
        _lookup = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lemmatizer Load(string? modelsDir = null) => LoadFile(Path.Combine(modelsDir ?? ProjectPaths.Models, "lemmatizer.bin"));

    public string Name => "lemmatizer";
    public Layers Requires => Layers.Tokens | Layers.Pos;
    public Layers Assigns => Layers.Lemmas;
    public int ExceptionCount => _exceptions.Count;

    public void Process(Doc doc)
    {
        for (int i = 0; i < doc.TokenCount; i++)
        {
            var t = doc[i];
            doc.SetLemma(i, Lemmatize(t.Span, t.Xpos));
        }
    }

    /// <summary>The lemma of one word with its Penn tag.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string? xpos)
    {
        Span<char> key = stackalloc char[Math.Min(form.Length, 200) + 1 + (xpos?.Length ?? 0)];
        int n = form[..Math.Min(form.Length, 200)].ToLowerInvariant(key);
        key[n++] = '\t';
        xpos.AsSpan().CopyTo(key[n..]);
        if (_lookup.TryGetValue(key, out var lemma)) return lemma;
        return LemmaRules.Apply(form.ToString(), xpos);
    }

    internal static string Key(string form, string xpos) => form.ToLowerInvariant() + "\t" + xpos;

    public void Save(string path) => ModelFile.Save(path, Kind, Version, w =>
    {
        w.Write(_exceptions.Count);
        foreach (var (k, v) in _exceptions.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
    });

    public static Lemmatizer LoadFile(string path)
    {
        using var r = ModelFile.Load(path, Kind, Version);
        int n = r.ReadInt32();
        var exceptions = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) exceptions[r.ReadString()] = r.ReadString();
        return new Lemmatizer(exceptions);
    }
}
