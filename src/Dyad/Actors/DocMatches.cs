using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>Every longest dictionary match in one document: for each token, the actor and agent phrases that start or end there.</summary>
internal sealed class DocMatches
{
    private readonly int[] _actorEnd, _actorNode, _actorStartAt;
    private readonly int[] _agentEnd, _agentNode, _agentStartAt;

    public DocMatches(Doc doc, ActorDictionary dict)
    {
        int n = doc.TokenCount;
        Sequence = new PieceSequence();
        Sequence.Reset(0);
        for (int i = 0; i < n; i++) Sequence.Add(doc[i].Span, dict.Actors.Vocabulary);
        _actorEnd = new int[n]; _actorNode = new int[n]; _actorStartAt = new int[n + 1];
        _agentEnd = new int[n]; _agentNode = new int[n]; _agentStartAt = new int[n + 1];
        Array.Fill(_actorStartAt, -1);
        Array.Fill(_agentStartAt, -1);
        for (int i = 0; i < n; i++)
        {
            (_actorNode[i], _actorEnd[i]) = dict.Actors.Longest(Sequence, i, 12);
            (_agentNode[i], _agentEnd[i]) = dict.Agents.Longest(Sequence, i, 8);
        }
        // For walking leftwards: the earliest start of a match ending at each token boundary.
        for (int i = n - 1; i >= 0; i--)
        {
            if (_actorNode[i] >= 0) _actorStartAt[_actorEnd[i]] = i;
            if (_agentNode[i] >= 0) _agentStartAt[_agentEnd[i]] = i;
        }
        Dictionary = dict;
    }

    public PieceSequence Sequence { get; }
    public ActorDictionary Dictionary { get; }

    /// <summary>The dictionary entries whose name starts at <paramref name="token"/> (longest match), and its end.</summary>
    public (IReadOnlyList<int> Entries, int End) ActorAt(int token) =>
        _actorNode[token] < 0 ? ([], token) : (Dictionary.Actors.PayloadsAt(_actorNode[token]), _actorEnd[token]);

    public (string? Code, int End, string Phrase) AgentAt(int token)
    {
        if (_agentNode[token] < 0) return (null, token, "");
        int index = Dictionary.Agents.PayloadsAt(_agentNode[token])[0];
        return (Dictionary.AgentCode(index), _agentEnd[token], Dictionary.AgentPhrase(index));
    }

    /// <summary>Start of an actor match ending just before <paramref name="end"/>, or -1.</summary>
    public int ActorEndingAt(int end) => _actorStartAt[end];

    public int AgentEndingAt(int end) => _agentStartAt[end];

    /// <summary>The dictionary entry whose full name is exactly tokens [first, end), or null.</summary>
    public ActorEntry? Exact(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (Sequence.FirstPieceOf(t) < 0) continue;
            var (entries, stop) = ActorAt(t);
            return stop == end && entries.Count > 0 ? Dictionary.Entry(entries[0]) : null;
        }
        return null;
    }
}
