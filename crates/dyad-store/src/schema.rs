//! The database schema.

use rusqlite::Connection;

/// Version of the schema, stored in `meta` under `schema_version`.
pub const SCHEMA_VERSION: &str = "dyad.store/1";

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    published    TEXT,             -- YYYY-MM-DD
    source       TEXT,             -- outlet
    url          TEXT,
    title        TEXT,
    status       TEXT NOT NULL CHECK (status IN ('coded', 'no_event', 'discarded', 'rejected')),
    reason       TEXT,
    ingested_at  TEXT NOT NULL,    -- YYYY-MM-DDTHH:MM:SSZ
    doc_len      INTEGER NOT NULL  -- characters of the text
);

CREATE TABLE IF NOT EXISTS events (
    global_event_id  INTEGER PRIMARY KEY CHECK (global_event_id > 0 AND global_event_id < 2147483648),
    dedup_key        TEXT NOT NULL UNIQUE,
    event_date       TEXT,         -- YYYY-MM-DD
    date_precision   TEXT,
    source           TEXT NOT NULL,
    source_name      TEXT,
    target           TEXT NOT NULL,
    target_name      TEXT,
    code             TEXT NOT NULL,
    root             TEXT,
    quad_class       INTEGER,
    goldstein        REAL,
    plover           TEXT,
    negated          INTEGER NOT NULL,
    num_mentions     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    avg_tone         REAL,
    loc_name         TEXT,
    loc_country_iso3 TEXT,
    loc_country_fips TEXT,
    loc_adm1         TEXT,
    loc_lat          REAL,
    loc_lon          REAL,
    loc_geonames_id  INTEGER,
    first_article_id TEXT NOT NULL,
    first_sentence   INTEGER NOT NULL,
    date_added       TEXT NOT NULL, -- YYYY-MM-DDTHH:MM:SSZ
    source_url       TEXT
);
CREATE INDEX IF NOT EXISTS events_source ON events(source);
CREATE INDEX IF NOT EXISTS events_target ON events(target);
CREATE INDEX IF NOT EXISTS events_code ON events(code);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);

CREATE TABLE IF NOT EXISTS mentions (
    mention_id     INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events(global_event_id),
    article_id     TEXT NOT NULL REFERENCES articles(id),
    sentence       INTEGER NOT NULL,  -- 0-based
    sentence_start INTEGER NOT NULL,  -- byte offsets into the article text
    sentence_end   INTEGER NOT NULL,
    sentence_text  TEXT NOT NULL,
    source_start   INTEGER,
    source_end     INTEGER,
    target_start   INTEGER,
    target_end     INTEGER,
    verb_start     INTEGER NOT NULL,
    verb_end       INTEGER NOT NULL,
    source_char    INTEGER,           -- character offsets (GDELT mentions)
    target_char    INTEGER,
    verb_char      INTEGER,
    said_by        TEXT,
    negated        INTEGER NOT NULL,
    mode           TEXT,
    historical     INTEGER NOT NULL,
    confidence     REAL,
    tone           REAL,
    plover         TEXT,
    event_date     TEXT,
    date_precision TEXT NOT NULL,
    provenance     TEXT NOT NULL,     -- JSON: {"source": [...], "target": [...], "pattern": ...}
    mentioned_at   TEXT NOT NULL      -- YYYY-MM-DDTHH:MM:SSZ
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
"#;

/// Creates the tables that are missing.
pub(crate) fn create(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    // WAL (an in-memory database answers "memory"); FULL sync: a commit is on disk.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.execute_batch(SCHEMA)
}
