namespace Dyad.Documents;

/// <summary>Reads a news dateline, "BAGHDAD, Iraq (Reuters) —": places, commas and a bracket before a spaced dash at a sentence's start.</summary>
/// <remarks>
/// The one reader of datelines: the actor resolver asks it for the article's country (its places are entity mentions) and
/// the event locator for a fallback place (its places are the geocoder's), each passing what counts as a place.
/// </remarks>
internal static class Dateline
{
    private static readonly HashSet<string> Dashes = ["—", "–", "-", "--"];

    /// <summary>How many of the first sentences may open with the dateline: a date line or a photo caption may come first.</summary>
    private const int Sentences = 3;

    /// <summary>How many tokens the dateline may take before its dash.</summary>
    private const int Width = 10;

    /// <summary>The first token of each place of the dateline, in order, or an empty list when the text has none.</summary>
    /// <param name="placeLength">the number of tokens of the place that starts at a token, 0 when none does</param>
    public static List<int> Places(Doc doc, Func<int, int> placeLength)
    {
        var places = new List<int>(2);
        for (int s = 0; s < Math.Min(Sentences, doc.Sentences.Count); s++)
        {
            var sentence = doc.Sentences[s];
            places.Clear();
            int t = sentence.FirstToken, stop = Math.Min(sentence.EndToken, sentence.FirstToken + Width);
            while (t < stop)
            {
                var w = doc[t].Text;
                // A spaced dash: "US-led" at a sentence's start is no dateline.
                if (Dashes.Contains(w) && doc[t].Start > 0 && char.IsWhiteSpace(doc.Text[doc[t].Start - 1]))
                {
                    if (places.Count > 0) return places;
                    break;
                }
                if (w is ",") { t++; continue; }
                if (w is "(")
                {
                    while (t < stop && doc[t].Text is not ")") t++;
                    t++;
                    continue;
                }
                int length = placeLength(t);
                if (length <= 0) break;
                places.Add(t);
                t += length;
            }
        }
        places.Clear();
        return places;
    }
}
