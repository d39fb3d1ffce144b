using System.Buffers;
using System.Text;
using System.Text.Json;
using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Cli;

/// <summary>Writes `dyad annotate --format json` lines: one JSON object per document, with the sentence and token fields of CONTRACT.md.</summary>
/// <remarks>
/// The byte and char buffers are reused from document to document, so a long run makes no per-document garbage of a
/// document's size (a fresh MemoryStream and string per document went to the large-object heap and raised peak memory
/// with the input's length). Not thread-safe: the callers write from <see cref="OrderedStream"/>'s writer, one at a time.
/// </remarks>
internal sealed class AnnotationJsonWriter(TextWriter output)
{
    // Upos.ToString() boxes the value (24 bytes a token, measured); the names never change, so they are read from a table.
    private static readonly string?[] UposNames = [.. Enumerable.Range(0, (int)Enum.GetValues<Upos>().Max() + 1)
        .Select(u => (Upos)u == Upos.None || !Enum.IsDefined((Upos)u) ? null : ((Upos)u).ToString())];

    private readonly ArrayBufferWriter<byte> _bytes = new(1 << 16);
    private Utf8JsonWriter? _json;
    private char[] _chars = new char[1 << 16];

    /// <summary>Writes <paramref name="doc"/> as one line.</summary>
    public void Write(Doc doc)
    {
        _bytes.ResetWrittenCount();
        if (_json is null) _json = new Utf8JsonWriter(_bytes);
        else _json.Reset(_bytes);
        WriteDoc(_json, doc);
        _json.Flush();
        var bytes = _bytes.WrittenSpan;
        int count = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < count) _chars = new char[Math.Max(count, _chars.Length * 2)];
        int n = Encoding.UTF8.GetChars(bytes, _chars);
        output.Write(_chars, 0, n);
        output.WriteLine();
    }

    private static void WriteDoc(Utf8JsonWriter w, Doc doc)
    {
        w.WriteStartObject();
        w.WriteString("id", doc.Id);
        EventJson.Str(w, "title", doc.Title);
        w.WriteString("text", doc.Text);
        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteStartArray("tokens");
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = doc[i];
                StartSpan(w, t.Span, t.Start, t.End); // the span view: no string per token
                w.WriteString("upos", UposNames[(int)t.Upos]);
                w.WriteString("xpos", t.Xpos);
                w.WriteString("lemma", t.Lemma);
                w.WriteNumber("head", t.Head < 0 ? -1 : t.Head - s.FirstToken);
                w.WriteString("deprel", t.DepRel);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var m in doc.Entities)
        {
            StartSpan(w, m.Text, m.Start, m.End);
            w.WriteString("label", m.Label);
            EventJson.Str(w, "actor", m.Actor?.Code);
            EventJson.Str(w, "evidence", m.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("places");
        foreach (var p in doc.Places)
        {
            StartSpan(w, p.Text, p.Start, p.End);
            EventJson.WritePlaceFields(w, p);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            StartSpan(w, q.Text, q.Start, q.End);
            EventJson.Str(w, "speaker", q.Speaker);
            if (q.SpeakerStart is { } ss) w.WriteNumber("speaker_start", ss); else w.WriteNull("speaker_start");
            if (q.SpeakerEnd is { } se) w.WriteNumber("speaker_end", se); else w.WriteNull("speaker_end");
            EventJson.Str(w, "speaker_actor", q.SpeakerActor);
            w.WriteBoolean("direct", q.Direct);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Opens the object of a stretch of the text with the fields every one has: its text and character offsets.</summary>
    private static void StartSpan(Utf8JsonWriter w, ReadOnlySpan<char> text, int start, int end)
    {
        w.WriteStartObject();
        w.WriteString("text", text);
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
    }
}
