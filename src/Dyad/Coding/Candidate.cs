namespace Dyad.Coding;

/// <summary>An event the coder found in one sentence, before mode, speaker and provenance are attached.</summary>
/// <remarks><see cref="Source"/> and <see cref="Target"/> are mention indices into Doc.Entities, -1 when absent.</remarks>
internal readonly record struct Candidate(int Anchor, string Code, int Source, int Target, string Rule, double Confidence);
