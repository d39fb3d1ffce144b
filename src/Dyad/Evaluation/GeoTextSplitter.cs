using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Evaluation;

/// <summary>A plain word and sentence splitter for the geocoder tests and the `dyad evaluate geo --ablation plain` run, which score the geocoder without the trained models.</summary>
/// <remarks>
/// Words are letter/digit runs with inner hyphens, apostrophes and abbreviation periods ("al-Asad", "U.S."); every other
/// non-space character is a token of its own. A sentence ends at . ! ? before a space and a capital, unless the word is a
/// known abbreviation or a single capital letter.
/// </remarks>
public sealed class GeoTextSplitter : IStage
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    { "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Jan", "Feb", "Mar", "Apr",
      "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs", "Mt", "Ft", "Inc", "Co", "Corp", "Jr", "Sr" };

    public string Name => "plain-splitter";
    public Layers Requires => Layers.None;
    public Layers Assigns => Layers.Tokens | Layers.Sentences;

    public void Process(Doc doc)
    {
        var text = doc.Text;
        int sentenceFirst = doc.TokenCount, i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                       || text[i] is '-' or '\'' or '\u2019' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !IsPossessive(text, i)
                       || text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i - start <= 2)) i++;
                // "U.S." and "D.C.": keep the closing period of a dotted abbreviation.
                if (i < text.Length && text[i] == '.' && text.AsSpan(start, i - start).Contains('.')) i++;
            }
            else i++;
            doc.AddToken(start, i - start, i < text.Length && char.IsWhiteSpace(text[i]));
            if (EndsSentence(text, start, i)) sentenceFirst = CloseSentence(doc, sentenceFirst);
        }
        CloseSentence(doc, sentenceFirst);
    }

    /// <summary>"'s" closing a word is a token of its own, as in Universal Dependencies ("China 's").</summary>
    private static bool IsPossessive(string text, int i) =>
        text[i] is '\'' or '\u2019' && i + 1 < text.Length && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static bool EndsSentence(string text, int start, int end)
    {
        if (end - start != 1 || text[start] is not ('.' or '!' or '?')) return text[start] == '\n' && end < text.Length && text[end] == '\n';
        int next = end;
        while (next < text.Length && text[next] is ' ' or '"' or '\u201D' or '\'') next++;
        if (next < text.Length && !char.IsUpper(text[next]) && text[next] != '\n') return false;
        if (text[start] != '.') return true;
        int w = start;
        while (w > 0 && char.IsLetter(text[w - 1])) w--;
        var word = text.AsSpan(w, start - w);
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word.ToString());
    }

    private static int CloseSentence(Doc doc, int first)
    {
        if (doc.TokenCount > first)
            doc.Sentences.Add(new Sentence(first, doc.TokenCount - first, doc[first].Start, doc[doc.TokenCount - 1].End));
        return doc.TokenCount;
    }
}
