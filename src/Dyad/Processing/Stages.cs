using Dyad.Parsing;
using Dyad.Tagging;

namespace Dyad.Processing;

/// <summary>The one place that names the pipeline's stages, in order, with what each assigns and how to load it.</summary>
public static class Stages
{
    private sealed record Entry(string Name, Layers Assigns, Func<string, IStage> Load);

    // Order is pipeline order; each stage's Requires must be met by the layers before it.
    private static readonly Entry[] Ordered =
    [
        new("tagger", Layers.Pos, PosTagger.Load),
        new("lemmatizer", Layers.Lemmas, Lemmatizer.Load),
        new("parser", Layers.Dependencies, DependencyParser.Load),
        new("entities", Layers.Entities, dir => Entities.EntityRecognizer.Load(Path.Combine(dir, "ner.bin"))),
        new("actors", Layers.Actors, _ => Actors.ActorResolver.LoadDefault()),
    ];

    /// <summary>Every stage name, in pipeline order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Ordered.Select(e => e.Name)];

    /// <summary>Loads one stage by name from <paramref name="modelsDir"/> (the shipped models when null).</summary>
    public static IStage Create(string name, string? modelsDir = null)
    {
        var entry = Array.Find(Ordered, e => e.Name == name)
            ?? throw new ArgumentException($"unknown stage '{name}'; known: {string.Join(", ", Names)}", nameof(name));
        return entry.Load(modelsDir ?? ProjectPaths.Models);
    }

    /// <summary>A checked pipeline of every stage that adds a layer documents do not already have.</summary>
    public static Pipeline ForDocuments(Layers given, string? modelsDir = null) =>
        Pipeline.Create(given, [.. Ordered.Where(e => (e.Assigns & ~given) != Layers.None).Select(e => Create(e.Name, modelsDir))]);
}
