namespace Dyad.Documents;

/// <summary>A sentence: a run of tokens and the character range it covers in <see cref="Doc.Text"/>.</summary>
public readonly record struct Sentence(int FirstToken, int TokenCount, int Start, int End)
{
    public int EndToken => FirstToken + TokenCount;
}
