using Dyad.Learning;

namespace Dyad.Actors;

/// <summary>The compiled actor and agent dictionaries with token-trie matchers: names to dated CAMEO codes, role nouns to agent codes.</summary>
/// <remarks>Immutable after loading and safe to share between threads.</remarks>
internal sealed class ActorDictionary
{
    private const string Magic = "DYAD-ACTORS";
    private const int Version = 1;

    private readonly List<ActorEntry> _entries;
    private readonly List<(string Phrase, string Code)> _agents;
    private readonly HashSet<string> _countryCodes = new(StringComparer.Ordinal);

    private ActorDictionary(List<ActorEntry> entries, List<(string, string)> agents)
    {
        _entries = entries;
        _agents = agents;
        var vocabulary = new PieceVocabulary();
        Actors = new TokenTrie(vocabulary);
        Agents = new TokenTrie(vocabulary);
        // Later entries win: a user's file read after the shipped one replaces names it repeats.
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
            foreach (var name in entries[i].Synonyms.Prepend(entries[i].Name))
                owner[Pieces.Key(name)] = i;
        foreach (var (key, index) in owner) Actors.Add(key, index);
        var agentOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < agents.Count; i++) agentOwner[Pieces.Key(agents[i].Item1)] = i;
        foreach (var (key, index) in agentOwner) Agents.Add(key, index);
        foreach (var e in entries)
            if (e.Kind == ActorKind.Country)
                foreach (var r in e.Roles)
                    if (r.Code is { Length: 3 } c) _countryCodes.Add(c);
    }

    public TokenTrie Actors { get; }
    public TokenTrie Agents { get; }
    public IReadOnlyList<ActorEntry> Entries => _entries;
    public int AgentCount => _agents.Count;

    public ActorEntry Entry(int index) => _entries[index];
    public string AgentCode(int index) => _agents[index].Code;
    public string AgentPhrase(int index) => _agents[index].Phrase;

    /// <summary>The entry named exactly <paramref name="name"/> (any synonym), or null.</summary>
    public ActorEntry? Lookup(string name)
    {
        var seq = new PieceSequence();
        seq.Reset(0);
        seq.Add(name, Actors.Vocabulary);
        var (node, _) = Actors.Longest(seq, 0);
        return node < 0 ? null : Entry(Actors.PayloadsAt(node)[0]);
    }

    public bool IsCountry(string code) => _countryCodes.Contains(code);

    /// <summary>Splits a CAMEO code into its country (when the first three letters are one) and its first agent.</summary>
    public (string? Country, string? Agent) Split(string code)
    {
        if (code.Length >= 3 && IsCountry(code[..3]))
            return (code[..3], code.Length >= 6 ? code[3..6] : null);
        return (null, code.Length >= 3 ? code[..3] : code);
    }

    public static ActorDictionary FromEntries(List<ActorEntry> entries, List<(string Phrase, string Code)> agents) => new(entries, agents);

    /// <summary>A copy with a user's entries (PETRARCH format, actors and `[~AGENT]` lines) read on top.</summary>
    public ActorDictionary WithUserFile(string path)
    {
        var lines = File.ReadAllLines(path);
        var actors = PhoenixDictionaryReader.ReadActors(lines.Where(l => !l.Contains("[~", StringComparison.Ordinal)), ActorKind.User);
        var agents = PhoenixDictionaryReader.ReadAgents(lines.Where(l => l.Contains("[~", StringComparison.Ordinal) || l.TrimStart().StartsWith('!')));
        return new ActorDictionary([.. _entries, .. actors], [.. _agents, .. agents.Select(a => (a.Phrase, a.Code))]);
    }

    /// <summary>The shipped dictionary plus `dyad.actors.txt` in the working directory or <paramref name="userFile"/> when present.</summary>
    public static ActorDictionary LoadDefault(string? userFile = null)
    {
        var dict = Load(Path.Combine(Dyad.Processing.ProjectPaths.Data, "actors.bin"));
        var user = userFile ?? Path.Combine(Directory.GetCurrentDirectory(), "dyad.actors.txt");
        if (userFile is not null && !File.Exists(userFile)) throw new FileNotFoundException($"actor file not found: {userFile}", userFile);
        return File.Exists(user) ? dict.WithUserFile(user) : dict;
    }

    public void Save(string path) => CompressedFile.Save(path, Magic, Version, w =>
    {
        w.Write(_entries.Count);
        foreach (var e in _entries)
        {
            w.Write(e.Name);
            w.Write((byte)e.Kind);
            w.Write(e.Synonyms.Count);
            foreach (var s in e.Synonyms) w.Write(s);
            w.Write(e.Roles.Count);
            foreach (var r in e.Roles)
            {
                w.Write(r.Code ?? "");
                w.Write(r.From?.DayNumber ?? -1);
                w.Write(r.To?.DayNumber ?? -1);
            }
        }
        w.Write(_agents.Count);
        foreach (var (phrase, code) in _agents) { w.Write(phrase); w.Write(code); }
    });

    public static ActorDictionary Load(string path) =>
        CompressedFile.Load(path, Magic, Version, "actor dictionary", "dyad actors compile", ReadBody);

    private static ActorDictionary ReadBody(BinaryReader r)
    {
        int n = r.ReadInt32();
        var entries = new List<ActorEntry>(n);
        for (int i = 0; i < n; i++)
        {
            var name = r.ReadString();
            var kind = (ActorKind)r.ReadByte();
            var synonyms = new string[r.ReadInt32()];
            for (int s = 0; s < synonyms.Length; s++) synonyms[s] = r.ReadString();
            var roles = new ActorRole[r.ReadInt32()];
            for (int k = 0; k < roles.Length; k++)
            {
                var code = r.ReadString();
                int from = r.ReadInt32(), to = r.ReadInt32();
                roles[k] = new ActorRole(code.Length == 0 ? null : code,
                    from < 0 ? null : DateOnly.FromDayNumber(from), to < 0 ? null : DateOnly.FromDayNumber(to));
            }
            entries.Add(new ActorEntry(name, synonyms, roles, kind));
        }
        int m = r.ReadInt32();
        var agents = new List<(string, string)>(m);
        for (int i = 0; i < m; i++) agents.Add((r.ReadString(), r.ReadString()));
        return new ActorDictionary(entries, agents);
    }
}
