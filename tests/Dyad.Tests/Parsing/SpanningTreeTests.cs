using Dyad.Parsing;

namespace Dyad.Tests.Parsing;

public sealed class SpanningTreeTests
{
    [Fact]
    public void Decode_GreedyHeadsFormATree_KeepsThem()
    {
        var tree = new SpanningTree();
        tree.Begin(4);
        tree.Set(0, 2, 5); tree.Set(2, 1, 4); tree.Set(2, 3, 4); tree.Set(1, 3, 1);
        var heads = new int[4];
        tree.Decode(heads);
        Assert.Equal([-1, 2, 0, 2], heads);
    }

    [Fact]
    public void Decode_CycleInGreedyHeads_IsContracted()
    {
        // McDonald et al. (2005)'s example, root John saw Mary: John and saw prefer each other (a cycle); the best tree is
        // root → saw → {John, Mary}.
        var tree = new SpanningTree();
        tree.Begin(4);
        tree.Set(0, 1, 9); tree.Set(0, 2, 10); tree.Set(0, 3, 9);
        tree.Set(1, 2, 20); tree.Set(2, 1, 30); tree.Set(2, 3, 30);
        tree.Set(1, 3, 3); tree.Set(3, 1, 11); tree.Set(3, 2, 0);
        var heads = new int[4];
        tree.Decode(heads);
        Assert.Equal([-1, 2, 0, 2], heads);
    }

    [Fact]
    public void Decode_RandomGraphs_MatchExhaustiveSearch()
    {
        var rng = new Random(7);
        for (int trial = 0; trial < 200; trial++)
        {
            int size = 2 + rng.Next(4); // up to 4 words and the root
            var scores = new float[size, size];
            var tree = new SpanningTree();
            tree.Begin(size);
            for (int h = 0; h < size; h++)
                for (int d = 1; d < size; d++)
                    if (h != d)
                    {
                        scores[h, d] = rng.Next(20);
                        tree.Set(h, d, scores[h, d]);
                    }
            var heads = new int[size];
            tree.Decode(heads);
            Assert.True(IsTree(heads), string.Join(",", heads));
            Assert.Equal(Best(scores, size), Total(scores, heads));
        }
    }

    private static float Total(float[,] scores, int[] heads)
    {
        float total = 0;
        for (int d = 1; d < heads.Length; d++) total += scores[heads[d], d];
        return total;
    }

    private static bool IsTree(int[] heads)
    {
        for (int d = 1; d < heads.Length; d++)
        {
            int steps = 0;
            for (int h = d; h != 0; h = heads[h])
                if (h < 0 || ++steps > heads.Length) return false;
        }
        return true;
    }

    // Every assignment of heads, kept when it is a tree: the reference the decoder must match.
    private static float Best(float[,] scores, int size)
    {
        var heads = new int[size];
        heads[0] = -1;
        float best = float.NegativeInfinity;
        int words = size - 1, total = (int)Math.Pow(size, words);
        for (int code = 0; code < total; code++)
        {
            bool self = false;
            for (int d = 1, c = code; d < size; d++, c /= size)
            {
                heads[d] = c % size;
                self |= heads[d] == d;
            }
            if (!self && IsTree(heads)) best = Math.Max(best, Total(scores, heads));
        }
        return best;
    }
}
