namespace Dyad.Documents;

/// <summary>The seventeen Universal Dependencies part-of-speech tags, plus <see cref="None"/> before tagging.</summary>
public enum Upos : byte
{
    None = 0, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}
