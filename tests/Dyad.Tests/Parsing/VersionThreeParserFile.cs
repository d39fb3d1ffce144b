using Dyad.Learning;
using Dyad.Parsing;

namespace Dyad.Tests.Parsing;

/// <summary>Writes a parser in the version-3 file layout (session 5 and before: no beam fields, a relabeller slot before the ranker), which this build still reads.</summary>
internal static class VersionThreeParserFile
{
    /// <summary>Saves <paramref name="model"/> as a v3 file, with <paramref name="relabeller"/> in its slot (a session-4 file) or the slot empty.</summary>
    public static void Save(string path, ParserModel model, PerceptronModel? relabeller = null) =>
        ModelFile.Save(path, ParserModel.Kind, 3, w =>
        {
            w.Write(model.Relations.Length);
            foreach (var r in model.Relations) w.Write(r);
            w.Write(model.PunctuationAside);
            model.Transitions.Write(w);
            model.Labels.Write(w);
            w.Write(relabeller is not null);
            relabeller?.Write(w);
            w.Write(model.Punctuation is not null);
            model.Punctuation?.Write(w);
        });
}
