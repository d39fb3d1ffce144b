namespace Dyad.Geocoding;

/// <summary>A token run that names a place in the gazetteer, with the candidate entries and the cues around it.</summary>
/// <param name="Candidates">gazetteer entries the name can mean, in the index's prior order</param>
/// <param name="AreaCue">an area word follows or precedes ("the Anbar province"), favouring admin areas over towns</param>
/// <param name="Context">entries named right after a comma ("Paris, Texas"), which should contain the place</param>
internal sealed record Toponym(int FirstToken, int TokenCount, int Start, int End, string Key, int[] Candidates,
    bool FromEntity, bool AreaCue, int[] Context);
