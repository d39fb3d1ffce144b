namespace Dyad.Training;

/// <summary>A treebank sentence's words laid out as text with offsets, the shape the stages read from a Doc.</summary>
internal readonly record struct SentenceText(string Text, int[] Starts, int[] Lengths)
{
    public static SentenceText Of(string[] forms)
    {
        var starts = new int[forms.Length];
        var lengths = new int[forms.Length];
        int pos = 0;
        for (int i = 0; i < forms.Length; i++)
        {
            starts[i] = pos;
            lengths[i] = forms[i].Length;
            pos += forms[i].Length + 1;
        }
        return new SentenceText(string.Join(' ', forms), starts, lengths);
    }
}
