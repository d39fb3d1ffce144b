namespace Dyad.Coding;

/// <summary>What one element of a dictionary pattern stands for.</summary>
internal enum ElementKind : byte
{
    /// <summary>A word, phrase or synset: one of <see cref="PatternElement.Alternatives"/> must appear.</summary>
    Term,
    /// <summary>A noun phrase {A B}: its inner terms appear close together, in order.</summary>
    Phrase,
    /// <summary>A prepositional phrase (P …): the preposition, then the inner elements inside its object.</summary>
    Prep,
    /// <summary>$: the source actor stands here.</summary>
    Source,
    /// <summary>+: the target actor stands here.</summary>
    Target,
    /// <summary>^: skip one word.</summary>
    Skip,
    /// <summary>%: a compound subject whose members act on one another.</summary>
    Compound,
}

/// <summary>One element of a compiled pattern; words are stored lower-case, each alternative a word sequence.</summary>
internal sealed class PatternElement
{
    public required ElementKind Kind { get; init; }
    public string[][] Alternatives { get; init; } = [];
    public PatternElement[] Inner { get; init; } = [];

    public bool HasActorSlot => Kind is ElementKind.Source or ElementKind.Target || Inner.Any(e => e.HasActorSlot);

    /// <summary>How many words the element asks for: a longer match is a more specific one.</summary>
    public int Weight => Kind switch
    {
        ElementKind.Term => 2,
        ElementKind.Prep => 1 + Inner.Sum(e => e.Weight),
        ElementKind.Phrase => Inner.Sum(e => e.Weight),
        ElementKind.Source or ElementKind.Target => 1,
        _ => 0,
    };
}

/// <summary>A compiled verb pattern: elements before and after the verb, the code, and the paired reverse code.</summary>
/// <remarks>A code written [042:043] gives the pair event: the target does 043 to the source (TABARI paired events).</remarks>
internal sealed class VerbPattern
{
    public required int Id { get; init; }
    public required PatternElement[] Pre { get; init; }
    public required PatternElement[] Post { get; init; }
    public string? Code { get; init; }
    public string? Reverse { get; init; }
    public required string Text { get; init; }
    public required int Line { get; init; }
    public int Weight => Pre.Sum(e => e.Weight) + Post.Sum(e => e.Weight);
    public bool Compound => Pre.Any(e => e.Kind == ElementKind.Compound) || Post.Any(e => e.Kind == ElementKind.Compound);

    /// <summary>The words that can start a match of this pattern, used to index it; empty when it has no word.</summary>
    public IEnumerable<string> AnchorWords()
    {
        foreach (var e in Post.Concat(Pre))
        {
            var first = FirstTerm(e);
            if (first is not null) return first.Alternatives.Select(a => a[0]);
        }
        return [];
    }

    private static PatternElement? FirstTerm(PatternElement e) => e.Kind switch
    {
        ElementKind.Term => e,
        ElementKind.Prep => e,
        ElementKind.Phrase => e.Inner.Select(FirstTerm).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
