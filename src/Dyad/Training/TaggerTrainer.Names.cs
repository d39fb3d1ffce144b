using Dyad.Entities;
using Dyad.Tagging;

namespace Dyad.Training;

public sealed partial class TaggerTrainer
{
    /// <summary>The tagger's gazetteer from the entity recogniser's sources in <paramref name="shared"/> (countries, demonyms,
    /// GeoNames cities and admin-1 regions, the PETRARCH/Phoenix actors and agent titles); never from a treebank.</summary>
    internal static TaggerNames BuildNames(string shared) =>
        TaggerNames.From(GazetteerSources.Build(shared).Names().Select(n => (n.Pieces, (byte)n.Kinds)));
}
