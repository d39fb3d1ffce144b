using Dyad.Formats;

namespace Dyad.Training;

/// <summary>One gold sentence as parallel columns: the training view of a CoNLL-U sentence.</summary>
/// <remarks><see cref="Heads"/> are 0-based word indices, -1 for the root.</remarks>
public sealed record TreebankSentence(string[] Forms, string[] Lemmas, string[] Upos, string[] Xpos, int[] Heads, string[] Rels)
{
    public int Length => Forms.Length;

    /// <summary>Ordinal of the source document in its file (from <c># newdoc</c>), -1 when the file marks none.</summary>
    /// <remarks>Jackknife folds keep a document together so held-out sentences do not see their neighbours.</remarks>
    public int Document { get; init; } = -1;

    public static TreebankSentence From(ConlluSentence s)
    {
        int n = s.Words.Count;
        var sent = new TreebankSentence(new string[n], new string[n], new string[n], new string[n], new int[n], new string[n]);
        for (int i = 0; i < n; i++)
        {
            var w = s.Words[i];
            sent.Forms[i] = w.Form;
            sent.Lemmas[i] = w.Lemma;
            sent.Upos[i] = w.Upos;
            sent.Xpos[i] = w.Xpos;
            sent.Heads[i] = w.Head - 1;
            sent.Rels[i] = w.DepRel;
        }
        return sent;
    }
}

/// <summary>Loads treebank splits for training and evaluation.</summary>
public static class Treebank
{
    public static List<TreebankSentence> Load(string path)
    {
        int document = -1;
        var result = new List<TreebankSentence>();
        foreach (var s in ConlluReader.ReadFile(path))
        {
            if (s.StartsDocument) document++;
            result.Add(TreebankSentence.From(s) with { Document = document });
        }
        return result;
    }

    /// <summary>The EWT split (train or dev) under the shared data folder; test is read only by evaluation.</summary>
    public static string EwtPath(string split) => ProjectPathsShared($"ud-english-ewt/en_ewt-ud-{split}.conllu");

    private static string ProjectPathsShared(string relative) => Dyad.Processing.ProjectPaths.RequireShared(relative);
}
