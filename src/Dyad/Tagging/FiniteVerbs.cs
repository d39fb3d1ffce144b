using Dyad.Documents;

namespace Dyad.Tagging;

/// <summary>Reads an "-ed" participle right after a noun as the past tense when nothing else in its sentence is a finite verb.</summary>
/// <remarks>
/// "Iraqi Prime Minister Mohammed Shia al-Sudani reiterated on Monday his country's commitment": VBD and VBN are a near
/// tie for the tagger, and a participle there leaves the sentence without a clause, so the parser hangs the whole
/// sentence on a noun and the event is lost. A news sentence with a subject-like word before the verb needs a finite
/// verb; captions and reviews without one ("Site made !", "cars sold here") use irregular or "by" participles, which
/// this leaves alone. UPOS is VERB either way, so only XPOS changes. Measured on EWT dev in docs/notes/syntax.md.
/// </remarks>
internal static class FiniteVerbs
{
    /// <summary>Re-labels such a participle in <paramref name="classes"/> (the model's tag classes of one sentence).</summary>
    public static void Repair(TaggerModel model, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Span<int> classes)
    {
        int past = model.PastTenseClass;
        if (past < 0) return;
        int participle = -1;
        for (int i = 0; i < classes.Length; i++)
        {
            var x = model.Xpos[classes[i]];
            if (x is "VBD" or "VBZ" or "VBP" or "MD") return;
            if (participle < 0 && x == "VBN" && i > 0 && IsSubjectLike(model.Xpos[classes[i - 1]])
                && text.Slice(starts[i], lengths[i]).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && !(i + 1 < classes.Length && text.Slice(starts[i + 1], lengths[i + 1]).Equals("by", StringComparison.OrdinalIgnoreCase)))
                participle = i;
        }
        if (participle >= 0) classes[participle] = past;
    }

    private static bool IsSubjectLike(string xpos) => xpos is "NNP" or "NNPS" or "NN" or "NNS" or "PRP";
}
