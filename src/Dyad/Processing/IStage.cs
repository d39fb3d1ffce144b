using Dyad.Documents;

namespace Dyad.Processing;

/// <summary>One step of the per-document pipeline, with the layers it reads and the layers it adds.</summary>
public interface IStage
{
    string Name { get; }
    Layers Requires { get; }
    Layers Assigns { get; }
    void Process(Doc doc);
}
