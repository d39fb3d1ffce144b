using Dyad.Actors;
using Dyad.Entities;

namespace Dyad.Tests.Entities;

/// <summary>The gazetteer's flat file layout gives back the same matches as the gazetteer it was written from.</summary>
public sealed class NameGazetteerTests
{
    private static NameGazetteer Built()
    {
        var g = new NameGazetteer();
        g.Add("New York", NameKinds.City);
        g.Add("New York City", NameKinds.City);
        g.Add("New Zealand", NameKinds.Country);
        g.Add("Iraqi", NameKinds.Demonym);
        g.Add("Iraq", NameKinds.Country);
        g.Add("Iraq", NameKinds.Region);
        g.Add("al-Sudani", NameKinds.Person);
        g.Freeze();
        return g;
    }

    private static NameGazetteer RoundTrip(NameGazetteer g)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) g.Write(w);
        stream.Position = 0;
        using var r = new BinaryReader(stream);
        return NameGazetteer.Read(r);
    }

    private static int[] Marks(NameGazetteer g, params string[] words)
    {
        var seq = new PieceSequence();
        seq.Reset(0);
        foreach (var w in words) seq.Add(w, g.Vocabulary);
        var bits = new int[words.Length];
        g.Mark(seq, 0, words.Length, bits);
        return bits;
    }

    [Fact]
    public void Read_WrittenGazetteer_MarksTheSamePhrases()
    {
        var built = Built();
        var loaded = RoundTrip(built);
        string[] sentence = ["He", "left", "New", "York", "City", "for", "Iraq", "and", "met", "al", "-", "Sudani", "from", "New", "Zealand"];

        Assert.Equal(Marks(built, sentence), Marks(loaded, sentence));
        Assert.Equal(built.Count, loaded.Count);
        Assert.NotEqual(0, Marks(loaded, sentence)[4]);
    }

    private static byte[] Bytes(NameGazetteer g)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream)) g.Write(w);
        return stream.ToArray();
    }

    [Fact]
    public void Write_LoadedGazetteer_WritesTheSameBytes()
    {
        // A loaded model saved again (an averaged seed ensemble of loaded models) must keep its gazetteer.
        var built = Built();
        var loaded = RoundTrip(built);

        Assert.Equal(Bytes(built), Bytes(loaded));
        Assert.Equal(built.Count, RoundTrip(loaded).Count);
    }

    [Fact]
    public void KindsOf_LoadedGazetteer_CombinesTheKindsOfOneName()
    {
        var loaded = RoundTrip(Built());

        Assert.Equal(NameKinds.Country | NameKinds.Region, loaded.KindsOf("iraq"));
        Assert.Equal(NameKinds.Demonym, loaded.KindsOf("iraqi"));
        Assert.Equal(NameKinds.None, loaded.KindsOf("york"));
        Assert.Equal(NameKinds.None, loaded.KindsOf("nowhere"));
    }
}
