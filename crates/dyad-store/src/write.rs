//! Writing batches: one transaction per batch, idempotent per article id + hash, events
//! de-duplicated by the rule in the crate README.

use std::collections::BTreeSet;

use chrono::{NaiveDateTime, Utc};
use dyad_core::{cameo, Span};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::{sql_err, ArticleResult, BatchStats, Store, StoreError, StoreEvent};

/// Largest GDELT event id + 1.
const ID_LIMIT: i64 = 1 << 31;

/// Options of [`Store::write_batch_with`].
#[derive(Clone, Debug, Default)]
pub struct WriteOptions {
    /// The time recorded as `ingested_at`, `mentioned_at` and (for new events) `date_added`;
    /// the current UTC time when `None`.
    pub now: Option<NaiveDateTime>,
    /// A `(key, value)` progress marker written in the same transaction as the batch, read back
    /// with [`Store::checkpoint`]: after a crash, a writer resumes right after the last
    /// committed batch.
    pub checkpoint: Option<(String, String)>,
}

/// The de-duplication key of an event (see the crate README, "De-duplication").
pub fn dedup_key(e: &StoreEvent) -> String {
    let (country, geo) = match &e.location {
        Some(l) => (
            match (&l.country_iso3, &l.country_fips) {
                (Some(i), _) if !i.is_empty() => i.clone(),
                (_, Some(f)) if !f.is_empty() => format!("fips:{f}"),
                _ => String::new(),
            },
            l.geonames_id.map(|g| g.to_string()).unwrap_or_default(),
        ),
        None => (String::new(), String::new()),
    };
    [
        e.event_date.map(|d| d.to_string()).unwrap_or_default(),
        e.event.source.clone(),
        e.event.target.clone(),
        e.event.code.clone(),
        country,
        geo,
        if e.negated { "negated" } else { "" }.to_string(),
    ]
    .join("\u{1f}")
}

fn validate(ar: &ArticleResult) -> Result<(), StoreError> {
    let bad = |reason: String| StoreError::InvalidArticle {
        article: ar.article.id.clone(),
        origin: ar.article.origin.clone(),
        reason,
    };
    if ar.article.id.is_empty() {
        return Err(bad("empty article id".into()));
    }
    if ar.content_hash.is_empty() {
        return Err(bad("empty content hash".into()));
    }
    for (i, e) in ar.events.iter().enumerate() {
        if e.event.code.is_empty() || !e.event.code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(format!("event {i}: bad CAMEO code {:?}", e.event.code)));
        }
        if e.event.record_id != ar.article.id {
            return Err(bad(format!(
                "event {i} belongs to record {:?}",
                e.event.record_id
            )));
        }
    }
    Ok(())
}

/// The words a span covers, upper-cased and cleaned for export, when the span is valid.
fn span_text(text: &str, span: &Span) -> Option<String> {
    let s = text.get(span.start as usize..span.end as usize)?;
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then(|| s.to_uppercase())
}

/// Character offset of a byte offset.
fn char_offset(text: &str, byte: u32) -> Option<i64> {
    text.get(..byte as usize).map(|s| s.chars().count() as i64)
}

impl Store {
    /// Stores `batch` in one transaction with the current time (see [`Store::write_batch_with`]).
    pub fn write_batch(&mut self, batch: &[ArticleResult]) -> Result<BatchStats, StoreError> {
        self.write_batch_with(batch, &WriteOptions::default())
    }

    /// Stores `batch` in one transaction: either all of it is stored or, on error or crash,
    /// none of it.
    ///
    /// * An article already stored with the same id and content hash is skipped.
    /// * An article stored with the same id and another hash is replaced: its old mentions are
    ///   removed (events left without mentions are deleted) and its new events are stored.
    /// * Every event becomes a mention of the event row with the same de-duplication key,
    ///   created when missing; the counts of every touched event are recomputed.
    ///
    /// Nothing is written when any article is invalid ([`StoreError::InvalidArticle`]).
    pub fn write_batch_with(
        &mut self,
        batch: &[ArticleResult],
        opts: &WriteOptions,
    ) -> Result<BatchStats, StoreError> {
        for ar in batch {
            validate(ar)?;
        }
        let now = opts
            .now
            .unwrap_or_else(|| Utc::now().naive_utc())
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        let path = self.path.clone();
        let e = |x: rusqlite::Error| sql_err(&path, x);
        let tx = self.conn.transaction().map_err(e)?;
        let mut stats = BatchStats::default();
        let mut touched = BTreeSet::new();
        for ar in batch {
            write_article(&tx, ar, &now, &mut stats, &mut touched).map_err(|x| match x {
                WriteError::Sql(s) => sql_err(&path, s),
                WriteError::IdSpace => StoreError::IdSpaceExhausted {
                    path: path.display().to_string(),
                },
            })?;
        }
        refresh_events(&tx, &touched).map_err(e)?;
        if let Some((k, v)) = &opts.checkpoint {
            tx.execute(
                "INSERT INTO meta(key, value) VALUES(?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![format!("checkpoint:{k}"), v],
            )
            .map_err(e)?;
        }
        tx.commit().map_err(e)?;
        Ok(stats)
    }
}

enum WriteError {
    Sql(rusqlite::Error),
    IdSpace,
}

impl From<rusqlite::Error> for WriteError {
    fn from(e: rusqlite::Error) -> Self {
        WriteError::Sql(e)
    }
}

fn write_article(
    tx: &Transaction<'_>,
    ar: &ArticleResult,
    now: &str,
    stats: &mut BatchStats,
    touched: &mut BTreeSet<i64>,
) -> Result<(), WriteError> {
    let a = &ar.article;
    let stored: Option<String> = tx
        .query_row(
            "SELECT content_hash FROM articles WHERE id = ?1",
            [&a.id],
            |r| r.get(0),
        )
        .optional()?;
    match stored {
        Some(h) if h == ar.content_hash => {
            stats.skipped += 1;
            return Ok(());
        }
        Some(_) => {
            let mut st =
                tx.prepare("SELECT DISTINCT event_id FROM mentions WHERE article_id = ?1")?;
            let ids = st.query_map([&a.id], |r| r.get::<_, i64>(0))?;
            for id in ids {
                touched.insert(id?);
            }
            tx.execute("DELETE FROM mentions WHERE article_id = ?1", [&a.id])?;
            stats.replaced += 1;
        }
        None => stats.inserted += 1,
    }
    tx.execute(
        "INSERT INTO articles(id, content_hash, published, source, url, title, status, reason,
                              ingested_at, doc_len)
         VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT(id) DO UPDATE SET
            content_hash = excluded.content_hash, published = excluded.published,
            source = excluded.source, url = excluded.url, title = excluded.title,
            status = excluded.status, reason = excluded.reason,
            ingested_at = excluded.ingested_at, doc_len = excluded.doc_len",
        params![
            a.id,
            ar.content_hash,
            a.date.map(|d| d.to_string()),
            a.source,
            a.url,
            a.title,
            ar.status.as_str(),
            ar.reason,
            now,
            a.text.chars().count() as i64,
        ],
    )?;
    for se in &ar.events {
        let id = event_id(tx, ar, se, now, stats)?;
        touched.insert(id);
        insert_mention(tx, ar, se, id, now)?;
        stats.mentions += 1;
    }
    Ok(())
}

/// The id of the event row `se` is a mention of, created when missing.
fn event_id(
    tx: &Transaction<'_>,
    ar: &ArticleResult,
    se: &StoreEvent,
    now: &str,
    stats: &mut BatchStats,
) -> Result<i64, WriteError> {
    let key = dedup_key(se);
    if let Some(id) = tx
        .query_row(
            "SELECT global_event_id FROM events WHERE dedup_key = ?1",
            [&key],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
    {
        return Ok(id);
    }
    let id: i64 = tx.query_row(
        "SELECT COALESCE(MAX(global_event_id), 0) + 1 FROM events",
        [],
        |r| r.get(0),
    )?;
    if id >= ID_LIMIT {
        return Err(WriteError::IdSpace);
    }
    let ev = &se.event;
    let info = cameo::lookup(&ev.code);
    let root = ev
        .root
        .clone()
        .or_else(|| info.map(|i| i.root.to_string()))
        .or_else(|| ev.code.get(..2).map(str::to_string));
    let quad = ev.quad_class.or_else(|| info.map(|i| i.quad_class));
    let goldstein = ev.goldstein.or_else(|| info.and_then(|i| i.goldstein));
    let plover = se
        .plover
        .clone()
        .or_else(|| cameo::plover(&ev.code).map(|p| p.event_type.to_string()));
    let text = &ar.article.text;
    let name =
        |m: &Option<dyad_core::ActorMatch>| m.as_ref().and_then(|m| span_text(text, &m.span));
    let loc = se.location.as_ref();
    tx.execute(
        "INSERT INTO events(global_event_id, dedup_key, event_date, date_precision, source,
            source_name, target, target_name, code, root, quad_class, goldstein, plover, negated,
            num_mentions, num_sources, num_articles, avg_tone, loc_name, loc_country_iso3,
            loc_country_fips, loc_adm1, loc_lat, loc_lon, loc_geonames_id, first_article_id,
            first_sentence, date_added, source_url)
         VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 0, 0, 0, NULL,
            ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
        params![
            id,
            key,
            se.event_date.map(|d| d.to_string()),
            se.date_precision.as_str(),
            ev.source,
            name(&ev.source_actor),
            ev.target,
            name(&ev.target_actor),
            ev.code,
            root,
            quad,
            goldstein.map(f64::from),
            plover,
            se.negated,
            loc.map(|l| l.name.clone()),
            loc.and_then(|l| l.country_iso3.clone()),
            loc.and_then(|l| l.country_fips.clone()),
            loc.and_then(|l| l.adm1.clone()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            loc.and_then(|l| l.geonames_id),
            ar.article.id,
            ev.sentence,
            now,
            ar.article.url,
        ],
    )?;
    stats.new_events += 1;
    Ok(id)
}

fn insert_mention(
    tx: &Transaction<'_>,
    ar: &ArticleResult,
    se: &StoreEvent,
    event_id: i64,
    now: &str,
) -> rusqlite::Result<()> {
    let ev = &se.event;
    let text = &ar.article.text;
    let provenance = serde_json::json!({
        "source": ev.source_actor.as_ref().map(|m| &m.provenance),
        "target": ev.target_actor.as_ref().map(|m| &m.provenance),
        "pattern": ev.pattern,
    })
    .to_string();
    let span = |m: &Option<dyad_core::ActorMatch>| m.as_ref().map(|m| m.span);
    let (ss, ts) = (span(&ev.source_actor), span(&ev.target_actor));
    let plover = se
        .plover
        .clone()
        .or_else(|| cameo::plover(&ev.code).map(|p| p.event_type.to_string()));
    tx.execute(
        "INSERT INTO mentions(event_id, article_id, sentence, sentence_start, sentence_end,
            sentence_text, source_start, source_end, target_start, target_end, verb_start,
            verb_end, source_char, target_char, verb_char, said_by, negated, mode, historical,
            confidence, tone, plover, event_date, date_precision, provenance, mentioned_at)
         VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)",
        params![
            event_id,
            ar.article.id,
            ev.sentence,
            ev.sentence_span.start,
            ev.sentence_span.end,
            se.mention_text,
            ss.map(|s| s.start),
            ss.map(|s| s.end),
            ts.map(|s| s.start),
            ts.map(|s| s.end),
            ev.verb_span.start,
            ev.verb_span.end,
            ss.and_then(|s| char_offset(text, s.start)),
            ts.and_then(|s| char_offset(text, s.start)),
            char_offset(text, ev.verb_span.start),
            se.said_by,
            se.negated,
            se.mode,
            se.historical,
            se.confidence.map(f64::from),
            se.tone.map(f64::from),
            plover,
            se.event_date.map(|d| d.to_string()),
            se.date_precision.as_str(),
            provenance,
            now,
        ],
    )?;
    Ok(())
}

/// Recomputes the counts and first-mention fields of `ids`; deletes events left without
/// mentions.
fn refresh_events(tx: &Transaction<'_>, ids: &BTreeSet<i64>) -> rusqlite::Result<()> {
    let mut first = tx.prepare(
        "SELECT m.article_id, m.sentence, m.mentioned_at, a.url
         FROM mentions m JOIN articles a ON a.id = m.article_id
         WHERE m.event_id = ?1 ORDER BY m.mention_id LIMIT 1",
    )?;
    let mut update = tx.prepare(
        "UPDATE events SET
            num_mentions = (SELECT COUNT(*) FROM mentions WHERE event_id = ?1),
            num_articles = (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE event_id = ?1),
            num_sources = (SELECT COUNT(DISTINCT COALESCE(NULLIF(a.source, ''), 'article:' || a.id))
                           FROM mentions m JOIN articles a ON a.id = m.article_id
                           WHERE m.event_id = ?1),
            avg_tone = (SELECT AVG(tone) FROM mentions WHERE event_id = ?1),
            first_article_id = ?2, first_sentence = ?3, date_added = ?4, source_url = ?5
         WHERE global_event_id = ?1",
    )?;
    let mut delete = tx.prepare("DELETE FROM events WHERE global_event_id = ?1")?;
    for &id in ids {
        let f = first
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })
            .optional()?;
        match f {
            Some((article, sentence, at, url)) => {
                update.execute(params![id, article, sentence, at, url])?;
            }
            None => {
                delete.execute([id])?;
            }
        }
    }
    Ok(())
}
