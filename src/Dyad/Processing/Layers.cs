namespace Dyad.Processing;

/// <summary>The annotation layers a stage reads or writes.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    Pos = 1 << 2,
    Lemmas = 1 << 3,
    Dependencies = 1 << 4,
    Entities = 1 << 5,
    Actors = 1 << 6,
    Places = 1 << 7,
    Dates = 1 << 8,
    Quotes = 1 << 9,
    Events = 1 << 10,
}
