using Dyad.Processing;

namespace Dyad.Documents;

/// <summary>One article's cleaned text, its token table, and the layers stages add to it.</summary>
/// <remarks>
/// The text never changes, so character offsets never go stale. Not thread-safe: one stage works on a
/// document at a time; different documents may be processed in parallel.
/// </remarks>
public sealed class Doc
{
    private TokenRow[] _rows;
    private int _count;
    private int[]? _mentionAt;
    private int _indexedMentions = -1, _indexedTokens = -1;

    public Doc(string id, string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Published = published;
        _rows = new TokenRow[Math.Max(16, text.Length / 5)];
    }

    public static Doc FromArticle(Article article, DateOnly? fallbackDate = null) =>
        new(article.Id, article.Text, article.Published ?? fallbackDate)
        {
            Title = article.Title,
            Url = article.Url,
            Source = article.Source,
        };

    public string Id { get; }
    public string Text { get; }
    public DateOnly? Published { get; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }

    /// <summary>The layers assigned so far, set by the pipeline after each stage.</summary>
    public Layers Layers { get; internal set; }

    public int TokenCount => _count;
    public Token this[int index] => (uint)index < (uint)_count ? new Token(this, index) : throw new ArgumentOutOfRangeException(nameof(index));
    public TokenSpan Tokens => new(this, 0, _count);
    public TokenSpan Slice(int first, int count) =>
        first >= 0 && count >= 0 && first + count <= _count ? new TokenSpan(this, first, count) : throw new ArgumentOutOfRangeException(nameof(first));

    public List<Sentence> Sentences { get; } = [];
    public List<Mention> Entities { get; } = [];
    public List<Place> Places { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<CodedEvent> Events { get; } = [];

    /// <summary>The first entity mention (in list order) that covers a token, or -1.</summary>
    /// <remarks>Reads a per-document index, built on first use and rebuilt when the number of mentions changes or after
    /// <see cref="MentionsReplaced"/>, so asking for every token costs one int array instead of a walk over the mentions.</remarks>
    public int MentionAt(int token) => (uint)token < (uint)_count ? MentionsByToken()[token] : -1;

    /// <summary>Tells the index that <see cref="Entities"/> was rewritten without a change of size (the actor stage replaces the
    /// recogniser's mentions with resolved ones).</summary>
    internal void MentionsReplaced() => _indexedMentions = -1;

    /// <summary>The token → first covering mention index itself (length at least <see cref="TokenCount"/>), for a reader that
    /// asks for many tokens while the mentions stay as they are.</summary>
    internal int[] MentionsByToken()
    {
        if (_mentionAt is not null && _indexedMentions == Entities.Count && _indexedTokens == _count) return _mentionAt;
        if (_mentionAt is null || _mentionAt.Length < _count) _mentionAt = new int[Math.Max(1, _count)];
        Array.Fill(_mentionAt, -1);
        for (int m = 0; m < Entities.Count; m++)
        {
            var e = Entities[m];
            for (int k = e.FirstToken; k < e.FirstToken + e.TokenCount && k < _count; k++)
                if (_mentionAt[k] < 0) _mentionAt[k] = m;
        }
        (_indexedMentions, _indexedTokens) = (Entities.Count, _count);
        return _mentionAt;
    }

    /// <summary>The tokens of one sentence.</summary>
    public TokenSpan SentenceTokens(int sentence) => Slice(Sentences[sentence].FirstToken, Sentences[sentence].TokenCount);

    /// <summary>The tokens [First, End) of the sentence holding <paramref name="token"/>, where its dependents are (a head never
    /// reaches outside its sentence); the whole document before sentences are split.</summary>
    public (int First, int End) SentenceRange(int token) =>
        SentenceOf(token) is >= 0 and var i ? (Sentences[i].FirstToken, Sentences[i].EndToken) : (0, TokenCount);

    /// <summary>Index of the sentence holding a token, by binary search.</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    internal ref TokenRow RowAt(int index) => ref _rows[index];

    /// <summary>Appends a token; offsets must lie inside <see cref="Text"/> and follow the previous token.</summary>
    public int AddToken(int start, int length, bool spaceAfter = true)
    {
        if (start < 0 || length <= 0 || start + length > Text.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"token [{start}, {start + length}) is outside the text");
        if (_count == _rows.Length) Array.Resize(ref _rows, _rows.Length * 2);
        _rows[_count] = new TokenRow { Start = start, Length = length, SpaceAfter = spaceAfter, Head = -1 };
        return _count++;
    }

    public void SetTags(int index, Upos upos, string? xpos)
    {
        ref var row = ref _rows[Check(index)];
        row.Upos = upos;
        row.Xpos = xpos;
    }

    public void SetLemma(int index, string? lemma) => _rows[Check(index)].Lemma = lemma;

    public void SetArc(int index, int head, string? depRel)
    {
        ref var row = ref _rows[Check(index)];
        row.Head = head;
        row.DepRel = depRel;
    }

    public void SetEntityTag(int index, string? tag) => _rows[Check(index)].Entity = tag;

    /// <summary>The syntactic head of the span [first, first + count): its first token whose head lies outside the span
    /// (a root counts), or -1 when a malformed parse keeps every head inside. In "New York" it is "York".</summary>
    public int SpanHead(int first, int count)
    {
        for (int i = first; i < first + count; i++)
        {
            int h = _rows[Check(i)].Head;
            if (h < first || h >= first + count) return i;
        }
        return -1;
    }

    private int Check(int index) => (uint)index < (uint)_count ? index : throw new ArgumentOutOfRangeException(nameof(index));
}
