//! The SQLite event store of dyad.
//!
//! * [`Store::open`] opens or creates a database (WAL journal, schema version in `meta`).
//! * [`Store::write_batch`] stores a batch of [`ArticleResult`]s in one transaction:
//!   idempotent per article id + content hash, de-duplicating events across sentences and
//!   articles (see the crate README, "De-duplication").
//! * [`Store::query`] selects events by a [`Filter`]; [`Store::counts`] gives table sizes.
//! * [`Store::write_gdelt_events`], [`Store::write_gdelt_mentions`] and
//!   [`Store::write_jsonl_events`] export.
//!
//! ```
//! use dyad_store::{Filter, Store};
//! let store = Store::open_in_memory().unwrap();
//! assert_eq!(store.counts().unwrap().events, 0);
//! assert!(store.query(&Filter::default()).unwrap().is_empty());
//! ```

pub mod actor;
mod export;
mod schema;
mod types;
mod write;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

pub use export::{clean as gdelt_clean, gdelt_event_columns};
pub use schema::SCHEMA_VERSION;
pub use types::{
    ArticleResult, ArticleStatus, BatchStats, Counts, DatePrecision, EventRow, EventWithMentions,
    Filter, Location, MentionRow, StoreEvent,
};

/// Schema name of the JSON Lines export (an event row, `historical`, and its mentions).
pub const JSONL_SCHEMA: &str = "dyad.store.event/1";
pub use write::{dedup_key, WriteOptions};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed (open, schema, statement, commit).
    #[error("{path}: sqlite: {source}")]
    Sqlite {
        /// The database file (`:memory:` for an in-memory store).
        path: String,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// The database was written by another schema version of dyad-store.
    #[error("{path}: schema version {found}, this dyad-store reads version {expected}")]
    SchemaVersion {
        /// The database file.
        path: String,
        /// The version stored in its `meta` table.
        found: String,
        /// The version this crate writes.
        expected: &'static str,
    },
    /// An article handed to `write_batch` cannot be stored.
    #[error("article {article:?} (from {origin}): {reason}")]
    InvalidArticle {
        /// The article id.
        article: String,
        /// Where the article was read (`file:line`).
        origin: String,
        /// What is wrong.
        reason: String,
    },
    /// The event id space of GDELT (ids below 2^31) is used up.
    #[error("{path}: event ids exhausted (GDELT ids must stay below 2^31)")]
    IdSpaceExhausted {
        /// The database file.
        path: String,
    },
    /// A stored value could not be read back.
    #[error("{path}: corrupt value in {column}: {value:?}")]
    Corrupt {
        /// The database file.
        path: String,
        /// Table and column.
        column: &'static str,
        /// The value found.
        value: String,
    },
    /// Writing an export failed.
    #[error("export: {0}")]
    Io(#[from] std::io::Error),
}

/// An open event store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens the store at `path`, creating the file and the schema when missing. The journal
    /// is WAL with `synchronous=FULL`, so a committed batch survives a crash of the process.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open(&path).map_err(|e| sql_err(&path, e))?;
        Store::init(conn, path)
    }

    /// An in-memory store (for tests and one-off runs).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| sql_err(&path, e))?;
        Store::init(conn, path)
    }

    fn init(conn: Connection, path: PathBuf) -> Result<Store, StoreError> {
        let store = Store { conn, path };
        schema::create(&store.conn).map_err(|e| store.err(e))?;
        let found: Option<String> = store
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key='schema_version'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| store.err(e))?;
        match found {
            Some(v) if v == SCHEMA_VERSION => {}
            Some(v) => {
                return Err(StoreError::SchemaVersion {
                    path: store.path_str(),
                    found: v,
                    expected: SCHEMA_VERSION,
                })
            }
            None => {
                store
                    .conn
                    .execute(
                        "INSERT INTO meta(key, value) VALUES('schema_version', ?1)",
                        [SCHEMA_VERSION],
                    )
                    .map_err(|e| store.err(e))?;
            }
        }
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn path_str(&self) -> String {
        self.path.display().to_string()
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        sql_err(&self.path, e)
    }

    /// Whether the article `id` is stored with this `content_hash` (so coding it again would
    /// change nothing).
    pub fn seen(&self, id: &str, content_hash: &str) -> Result<bool, StoreError> {
        self.conn
            .query_row(
                "SELECT 1 FROM articles WHERE id=?1 AND content_hash=?2",
                [id, content_hash],
                |_| Ok(()),
            )
            .optional()
            .map(|o| o.is_some())
            .map_err(|e| self.err(e))
    }

    /// The value of a checkpoint written by [`Store::write_batch_with`] (e.g. an input
    /// offset), if any.
    pub fn checkpoint(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key=?1",
                [format!("checkpoint:{key}")],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Table sizes.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let mut c = Counts::default();
        let mut st = self
            .conn
            .prepare("SELECT status, COUNT(*) FROM articles GROUP BY status ORDER BY status")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .map_err(|e| self.err(e))?;
        for row in rows {
            let (status, n) = row.map_err(|e| self.err(e))?;
            c.articles += n as u64;
            c.articles_by_status.insert(status, n as u64);
        }
        let one = |sql: &str| -> Result<u64, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .map_err(|e| self.err(e))
        };
        c.events = one("SELECT COUNT(*) FROM events")?;
        c.mentions = one("SELECT COUNT(*) FROM mentions")?;
        Ok(c)
    }

    /// Events matching `filter`, by ascending id.
    pub fn query(&self, filter: &Filter) -> Result<Vec<EventRow>, StoreError> {
        use rusqlite::types::Value as V;
        let mut wh: Vec<String> = Vec::new();
        let mut args: Vec<V> = Vec::new();
        // Pushes a parameter and returns its placeholder.
        let mut p = |v: &str| {
            args.push(V::Text(v.to_string()));
            format!("?{}", args.len())
        };
        if let Some(a) = &filter.actor {
            let x = p(a);
            wh.push(format!(
                "(substr(source,1,length({x})) = {x} OR substr(target,1,length({x})) = {x})"
            ));
        }
        if let Some((s, t)) = &filter.dyad {
            wh.push(format!("(source = {} AND target = {})", p(s), p(t)));
        }
        if let Some(c) = &filter.code {
            let x = p(c);
            wh.push(format!("substr(code,1,length({x})) = {x}"));
        }
        if let Some(r) = &filter.root {
            wh.push(format!("root = {}", p(r)));
        }
        if let Some(q) = filter.quad_class {
            wh.push(format!("quad_class = {}", p(&q.to_string())));
        }
        if let Some(d) = filter.date_from {
            wh.push(format!("event_date >= {}", p(&d.to_string())));
        }
        if let Some(d) = filter.date_to {
            wh.push(format!("event_date <= {}", p(&d.to_string())));
        }
        if let Some(c) = &filter.country {
            let x = p(c);
            wh.push(format!(
                "(loc_country_iso3 = {x} OR loc_country_fips = {x})"
            ));
        }
        if let Some(w) = &filter.words {
            wh.push(format!(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.global_event_id \
                 AND instr(lower(m.sentence_text), lower({})) > 0)",
                p(w)
            ));
        }
        let mut sql = format!("SELECT {} FROM events", export::EVENT_COLUMNS);
        if !wh.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&wh.join(" AND "));
        }
        sql.push_str(" ORDER BY global_event_id");
        if let Some(n) = filter.limit {
            sql.push_str(&format!(" LIMIT {}", n.min(i64::MAX as usize)));
        }
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params_from_iter(args.iter()), export::event_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
}

fn sql_err(path: &Path, e: rusqlite::Error) -> StoreError {
    StoreError::Sqlite {
        path: path.display().to_string(),
        source: e,
    }
}

/// Parses a stored `YYYY-MM-DD` date.
fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}
