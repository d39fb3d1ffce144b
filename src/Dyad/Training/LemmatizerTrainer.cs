using Dyad.Tagging;

namespace Dyad.Training;

/// <summary>Learns the lemmatizer's exception list: each (form, XPOS) whose majority lemma in train the rules miss.</summary>
public static class LemmatizerTrainer
{
    public static Lemmatizer Train(IEnumerable<TreebankSentence> train)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in train)
            for (int i = 0; i < s.Length; i++)
            {
                var key = Lemmatizer.Key(s.Forms[i], s.Xpos[i]);
                if (!counts.TryGetValue(key, out var byLemma)) { counts[key] = byLemma = []; forms[key] = s.Forms[i]; }
                byLemma[s.Lemmas[i]] = byLemma.GetValueOrDefault(s.Lemmas[i]) + 1;
            }
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, byLemma) in counts)
        {
            var lemma = byLemma.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            int tab = key.IndexOf('\t');
            var rule = LemmaRules.Apply(forms[key], key[(tab + 1)..]);
            // Proper nouns keep their own casing through the rule, so only a real difference is stored.
            if (rule != lemma && !(key.EndsWith("\tNNP", StringComparison.Ordinal) && lemma.Equals(forms[key], StringComparison.OrdinalIgnoreCase)))
                exceptions[key] = lemma;
        }
        return new Lemmatizer(exceptions);
    }

    /// <summary>Lemma accuracy over sentences, using the XPOS tags they carry (gold or predicted).</summary>
    public static SyntaxScore Evaluate(Lemmatizer lemmatizer, IEnumerable<TreebankSentence> sentences)
    {
        var score = new SyntaxScore();
        foreach (var s in sentences)
        {
            var lemmas = new string[s.Length];
            for (int i = 0; i < s.Length; i++) lemmas[i] = lemmatizer.Lemmatize(s.Forms[i], s.Xpos[i]);
            score.Add(s, null, null, lemmas, null, null);
        }
        return score;
    }
}
