namespace Dyad.Storage.Sql;

/// <summary>The SQLite schema as numbered migrations; a migration is never edited once released, only added.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE articles (
          id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, title TEXT, published TEXT, url TEXT, source TEXT,
          source_key TEXT NOT NULL, dropped TEXT, added TEXT NOT NULL);
        CREATE TABLE article_texts (article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, text TEXT NOT NULL);
        CREATE TABLE places (
          id INTEGER PRIMARY KEY, place_key TEXT NOT NULL UNIQUE, geonames_id INTEGER, name TEXT NOT NULL, country TEXT,
          admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, precision TEXT NOT NULL);
        CREATE TABLE article_places (
          article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
          text TEXT NOT NULL, place_id INTEGER NOT NULL REFERENCES places(id), PRIMARY KEY (article_id, start_char, end_char));
        CREATE TABLE actors (
          id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, code TEXT, country TEXT, agent TEXT, role TEXT,
          first_article TEXT NOT NULL REFERENCES articles(id), first_sentence INTEGER NOT NULL,
          first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, mentions INTEGER NOT NULL);
        CREATE INDEX actors_code ON actors(code);
        CREATE INDEX actors_last_seen ON actors(last_seen);
        CREATE TABLE actor_aliases (
          actor_id INTEGER NOT NULL REFERENCES actors(id), alias_key TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (actor_id, alias_key));
        CREATE INDEX actor_aliases_key ON actor_aliases(alias_key);
        CREATE TABLE actor_roles (
          id INTEGER PRIMARY KEY, actor_id INTEGER NOT NULL REFERENCES actors(id), role TEXT, code TEXT, since TEXT NOT NULL, until TEXT,
          article_id TEXT NOT NULL REFERENCES articles(id), sentence INTEGER NOT NULL);
        CREATE INDEX actor_roles_actor ON actor_roles(actor_id, since);
        CREATE TABLE entities (
          article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
          sentence INTEGER NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL, actor_code TEXT, actor_name TEXT, evidence TEXT,
          actor_id INTEGER REFERENCES actors(id), PRIMARY KEY (article_id, start_char, end_char, label));
        CREATE INDEX entities_actor ON entities(actor_id);
        CREATE TABLE events (
          seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, date TEXT NOT NULL, date_precision TEXT NOT NULL,
          code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT,
          source_text TEXT, source_name TEXT, source_code TEXT, source_country TEXT, source_agent TEXT, source_key TEXT NOT NULL,
          target_text TEXT, target_name TEXT, target_code TEXT, target_country TEXT, target_agent TEXT, target_key TEXT NOT NULL,
          place_id INTEGER REFERENCES places(id), place_text TEXT, place_country TEXT,
          mode TEXT NOT NULL, speaker TEXT, rule TEXT NOT NULL, confidence REAL NOT NULL, code_table TEXT,
          num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
          first_article TEXT NOT NULL REFERENCES articles(id), added TEXT NOT NULL);
        CREATE INDEX events_date ON events(date, seq);
        CREATE INDEX events_mode_date ON events(mode, date, seq);
        CREATE INDEX events_root_date ON events(root, date, seq);
        CREATE INDEX events_code ON events(code, date);
        CREATE INDEX events_quad_date ON events(quad_class, date, seq);
        CREATE INDEX events_source ON events(source_code, date);
        CREATE INDEX events_target ON events(target_code, date);
        CREATE INDEX events_source_country ON events(source_country, date);
        CREATE INDEX events_target_country ON events(target_country, date);
        CREATE INDEX events_place_country ON events(place_country, date);
        CREATE INDEX events_merge ON events(root, source_key, target_key, date);
        CREATE TABLE event_mentions (
          id INTEGER PRIMARY KEY, event_seq INTEGER NOT NULL REFERENCES events(seq), article_id TEXT NOT NULL REFERENCES articles(id),
          sentence INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL, rule TEXT,
          confidence REAL NOT NULL, added TEXT NOT NULL, UNIQUE (event_seq, article_id, start_char, end_char));
        CREATE INDEX event_mentions_article ON event_mentions(article_id);
        CREATE TABLE merge_reasons (
          id INTEGER PRIMARY KEY, event_seq INTEGER NOT NULL REFERENCES events(seq), article_id TEXT REFERENCES articles(id),
          reason TEXT NOT NULL, added TEXT NOT NULL);
        CREATE INDEX merge_reasons_event ON merge_reasons(event_seq);
        CREATE VIRTUAL TABLE events_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
        """,
        // 2: near-duplicate articles (syndicated copies) are linked to the first copy and counted once.
        """
        ALTER TABLE articles ADD COLUMN duplicate_of TEXT REFERENCES articles(id);
        ALTER TABLE articles ADD COLUMN minhash TEXT;
        CREATE TABLE article_bands (
          band INTEGER NOT NULL, hash INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          PRIMARY KEY (band, hash, article_id));
        """,
    ];
}
