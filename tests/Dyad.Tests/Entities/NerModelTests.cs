using Dyad.Entities;
using Dyad.TestSupport;

namespace Dyad.Tests.Entities;

/// <summary>Two-pass tagging with the shipped models/ner.bin: what the second pass reads from the first.</summary>
public sealed class NerModelTests
{
    private static readonly Lazy<NerModel> Shipped = new(() => NerModel.Load(Path.Combine(RepoPaths.Root, "models", "ner.bin")));

    [Fact]
    public void TagDocument_TwoPass_VotesComeFromTheDecodingWithoutTheRules()
    {
        var model = Shipped.Value;
        Assert.True(model.TwoPass);
        // CityStatePlaces tags "KS" after "Lawrence ," and PersonNameEdges drops the courtesy titles, rules after
        // decoding that change the model's own labels here, so the votes differ if the first pass ran them.
        ArrayWords[] sentences =
        [
            new(["He", "lives", "in", "Lawrence", ",", "KS", "now", "."]),
            new(["Mr", "Smith", "met", "Dr", "Jones", "."]),
            new(["KS", "and", "Dr", "Jones", "agree", "."]),
        ];
        int tokens = sentences.Sum(s => s.Count);

        var bare = new DocVotes();
        var scratch = new NerScratch();
        bool rulesChangeLabels = false;
        foreach (var s in sentences)
        {
            var labels = new int[s.Count];
            var repaired = new int[s.Count];
            model.Tag(s, scratch, labels, repair: false);
            model.Tag(s, scratch, repaired, repair: true);
            rulesChangeLabels |= !labels.AsSpan().SequenceEqual(repaired);
            bare.Add(s, labels);
        }
        Assert.True(rulesChangeLabels);
        var withRules = new int[tokens];
        model.TagDocument<ArrayWords>(sentences, scratch, withRules, repair: true);
        var read = scratch.Votes;

        var expected = new ulong[16];
        var actual = new ulong[16];
        foreach (var s in sentences)
            for (int i = 0; i < s.Count; i++)
            {
                var w = s.Word(i);
                var lower = w.ToString().ToLowerInvariant();
                for (int self = 0; self < 4; self++)
                {
                    int e = bare.Features(w, lower, self, 1, expected, 0);
                    int a = read.Features(w, lower, self, 1, actual, 0);
                    Assert.Equal(expected.AsSpan(0, e).ToArray(), actual.AsSpan(0, a).ToArray());
                }
            }
        // The rules still run once, on the final labels.
        var without = new int[tokens];
        model.TagDocument<ArrayWords>(sentences, new NerScratch(), without, repair: false);
        Assert.NotEqual(without, withRules);
    }
}
