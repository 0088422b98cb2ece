//! Reading event rows back, and the GDELT 2.0 / JSON Lines exports.

use std::io::Write;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::Row;

use crate::{
    actor, parse_date, EventRow, EventWithMentions, Location, MentionRow, Store, StoreError,
};

/// The `events` columns [`event_row`] reads, in order.
pub(crate) const EVENT_COLUMNS: &str = "global_event_id, event_date, date_precision, source, \
    source_name, target, target_name, code, root, quad_class, goldstein, plover, negated, \
    num_mentions, num_sources, num_articles, avg_tone, loc_name, loc_country_iso3, \
    loc_country_fips, loc_adm1, loc_lat, loc_lon, loc_geonames_id, first_article_id, \
    first_sentence, date_added, source_url";

/// Reads one [`EVENT_COLUMNS`] row.
pub(crate) fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    let loc_name: Option<String> = r.get(17)?;
    let location = loc_name.map(|name| -> rusqlite::Result<Location> {
        Ok(Location {
            name,
            country_iso3: r.get(18)?,
            country_fips: r.get(19)?,
            adm1: r.get(20)?,
            lat: r.get(21)?,
            lon: r.get(22)?,
            geonames_id: r.get(23)?,
        })
    });
    Ok(EventRow {
        global_event_id: r.get(0)?,
        event_date: r
            .get::<_, Option<String>>(1)?
            .as_deref()
            .and_then(parse_date),
        date_precision: r.get(2)?,
        source: r.get(3)?,
        source_name: r.get(4)?,
        target: r.get(5)?,
        target_name: r.get(6)?,
        code: r.get(7)?,
        root: r.get(8)?,
        quad_class: r.get(9)?,
        goldstein: r.get(10)?,
        plover: r.get(11)?,
        negated: r.get(12)?,
        num_mentions: r.get(13)?,
        num_sources: r.get(14)?,
        num_articles: r.get(15)?,
        avg_tone: r.get(16)?,
        location: location.transpose()?,
        first_article_id: r.get(24)?,
        first_sentence: r.get(25)?,
        date_added: r.get(26)?,
        source_url: r.get(27)?,
    })
}

/// A text field for a GDELT file: no tab, newline or quote characters.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                out.push(' ')
            }
            '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// `YYYY-MM-DDTHH:MM:SSZ` → `YYYYMMDDHHMMSS`.
fn gdelt_timestamp(s: &str) -> String {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%SZ")
        .map(|t| t.format("%Y%m%d%H%M%S").to_string())
        .unwrap_or_default()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The 8 columns of a GDELT geo block for `loc` (type 0 and blanks when unknown).
fn geo_block(loc: Option<&Location>) -> [String; 8] {
    let Some(l) = loc else {
        return [
            "0".into(),
            "".into(),
            "".into(),
            "".into(),
            "".into(),
            "".into(),
            "".into(),
            "".into(),
        ];
    };
    let fips = l.country_fips.clone().unwrap_or_default();
    let adm1 = match &l.adm1 {
        Some(a) if !a.is_empty() && !fips.is_empty() && !a.starts_with(&fips) => {
            format!("{fips}{a}")
        }
        Some(a) => a.clone(),
        None => String::new(),
    };
    let us = fips == "US";
    // GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. A place
    // without ADM1 is a country (dyad-geo gives cities their ADM1): type 1, and GDELT writes
    // the country's FIPS code as its ADM1Code and FeatureID.
    if adm1.is_empty() && !fips.is_empty() {
        return [
            "1".into(),
            clean(&l.name),
            fips.clone(),
            fips.clone(),
            String::new(),
            opt(l.lat),
            opt(l.lon),
            fips,
        ];
    }
    let kind = if l.geonames_id.is_some() {
        if us {
            3
        } else {
            4
        }
    } else if !adm1.is_empty() {
        if us {
            2
        } else {
            5
        }
    } else {
        1
    };
    let feature = match (l.geonames_id, kind) {
        (Some(g), _) => g.to_string(),
        (None, 1) => fips.clone(),
        (None, _) => adm1.clone(),
    };
    [
        kind.to_string(),
        clean(&l.name),
        fips,
        clean(&adm1),
        String::new(),
        opt(l.lat),
        opt(l.lon),
        feature,
    ]
}

/// The 10 GDELT actor columns (code, name, country, known group, ethnic, religion ×2, type ×3).
fn actor_block(code: &str, name: Option<&str>) -> Vec<String> {
    let code = clean(code);
    let a = actor::split(&code);
    let mut v = vec![
        code,
        clean(name.unwrap_or("")),
        a.country,
        a.known_group,
        a.ethnic,
    ];
    v.extend(a.religion);
    v.extend(a.types);
    v
}

/// The 61 columns of a GDELT 2.0 events row.
pub fn gdelt_event_columns(e: &EventRow) -> Vec<String> {
    let added = gdelt_timestamp(&e.date_added);
    let date = e
        .event_date
        .or_else(|| NaiveDate::parse_from_str(added.get(..8).unwrap_or(""), "%Y%m%d").ok());
    let mut c: Vec<String> = Vec::with_capacity(61);
    c.push(e.global_event_id.to_string());
    match date {
        Some(d) => {
            c.push(d.format("%Y%m%d").to_string());
            c.push(d.format("%Y%m").to_string());
            c.push(d.year().to_string());
            let frac = f64::from((d.month() - 1) * 30 + d.day()) / 365.0;
            c.push(format!("{:.4}", f64::from(d.year()) + frac));
        }
        None => c.extend(["".to_string(), "".into(), "".into(), "".into()]),
    }
    c.extend(actor_block(&e.source, e.source_name.as_deref()));
    c.extend(actor_block(&e.target, e.target_name.as_deref()));
    c.push(if e.first_sentence == 0 { "1" } else { "0" }.into());
    let code = clean(&e.code);
    c.push(code.clone());
    c.push(code.get(..3).unwrap_or(&code).to_string());
    c.push(
        e.root
            .clone()
            .unwrap_or_else(|| code.get(..2).unwrap_or(&code).to_string()),
    );
    c.push(opt(e.quad_class));
    c.push(e.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default());
    c.push(e.num_mentions.to_string());
    c.push(e.num_sources.to_string());
    c.push(e.num_articles.to_string());
    c.push(e.avg_tone.unwrap_or(0.0).to_string());
    // dyad knows where the event happened, not where each actor is based.
    c.extend(geo_block(None));
    c.extend(geo_block(None));
    c.extend(geo_block(e.location.as_ref()));
    c.push(added);
    c.push(clean(
        e.source_url.as_deref().unwrap_or(&e.first_article_id),
    ));
    debug_assert_eq!(c.len(), 61);
    c
}

impl Store {
    fn all_events(&self) -> Result<Vec<EventRow>, StoreError> {
        self.query(&crate::Filter::default())
    }

    /// Writes every asserted event (negated ones are left out: GDELT has no field for a denied
    /// event) as a GDELT 2.0 events file: 61 tab-separated columns, no header, UTF-8, no quote
    /// characters. Returns the number of rows.
    pub fn write_gdelt_events(&self, mut w: impl Write) -> Result<u64, StoreError> {
        let mut n = 0;
        for e in self.all_events()? {
            if e.negated {
                continue;
            }
            writeln!(w, "{}", gdelt_event_columns(&e).join("\t"))?;
            n += 1;
        }
        w.flush()?;
        Ok(n)
    }

    /// Writes the mentions of every asserted event as a GDELT 2.0 mentions file (16 columns).
    /// Returns the number of rows.
    pub fn write_gdelt_mentions(&self, mut w: impl Write) -> Result<u64, StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT m.event_id, e.date_added, m.mentioned_at, a.url, a.source, a.id,
                        m.sentence, m.source_char, m.target_char, m.verb_char, m.confidence,
                        a.doc_len, m.tone
                 FROM mentions m JOIN events e ON e.global_event_id = m.event_id
                      JOIN articles a ON a.id = m.article_id
                 WHERE e.negated = 0
                 ORDER BY m.mention_id",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                let url: Option<String> = r.get(3)?;
                let outlet: Option<String> = r.get(4)?;
                let id: String = r.get(5)?;
                let web = url.as_deref().is_some_and(|u| u.starts_with("http"));
                let ident = url.clone().unwrap_or_else(|| id.clone());
                let source_name = outlet
                    .filter(|s| !s.is_empty())
                    .or_else(|| url.as_deref().and_then(host))
                    .unwrap_or_default();
                let off = |v: Option<i64>| v.unwrap_or(-1).to_string();
                let conf: Option<f64> = r.get(10)?;
                let cols = [
                    r.get::<_, i64>(0)?.to_string(),
                    gdelt_timestamp(&r.get::<_, String>(1)?),
                    gdelt_timestamp(&r.get::<_, String>(2)?),
                    if web { "1" } else { "2" }.to_string(),
                    clean(&source_name),
                    clean(&ident),
                    (r.get::<_, i64>(6)? + 1).to_string(),
                    off(r.get(7)?),
                    off(r.get(8)?),
                    off(r.get(9)?),
                    "1".to_string(),
                    conf.map(|c| ((c * 100.0).round().clamp(0.0, 100.0) as i64).to_string())
                        .unwrap_or_else(|| "100".into()),
                    r.get::<_, i64>(11)?.to_string(),
                    r.get::<_, Option<f64>>(12)?.unwrap_or(0.0).to_string(),
                    String::new(),
                    String::new(),
                ];
                Ok(cols.join("\t"))
            })
            .map_err(|e| self.err(e))?;
        let mut n = 0;
        for row in rows {
            writeln!(w, "{}", row.map_err(|e| self.err(e))?)?;
            n += 1;
        }
        w.flush()?;
        Ok(n)
    }

    /// Every mention, grouped by event id, in storage order.
    fn mentions_by_event(
        &self,
    ) -> Result<std::collections::HashMap<i64, Vec<MentionRow>>, StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT event_id, article_id, sentence, sentence_text, said_by, negated, mode,
                        historical, event_date, date_precision, tone
                 FROM mentions ORDER BY mention_id",
            )
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    MentionRow {
                        article_id: r.get(1)?,
                        sentence: r.get(2)?,
                        sentence_text: r.get(3)?,
                        said_by: r.get(4)?,
                        negated: r.get(5)?,
                        mode: r.get(6)?,
                        historical: r.get(7)?,
                        event_date: r
                            .get::<_, Option<String>>(8)?
                            .as_deref()
                            .and_then(parse_date),
                        date_precision: r.get(9)?,
                        tone: r.get(10)?,
                    },
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut out: std::collections::HashMap<i64, Vec<MentionRow>> = Default::default();
        for row in rows {
            let (id, m) = row.map_err(|e| self.err(e))?;
            out.entry(id).or_default().push(m);
        }
        Ok(out)
    }

    /// Writes every event row (negated ones included, with `"negated": true`) as JSON Lines,
    /// schema [`crate::JSONL_SCHEMA`]: the event's fields, `historical` (every mention is),
    /// and `mentions` (article, sentence, text, said_by, negated, mode, historical, date, tone).
    /// Returns the number of rows.
    pub fn write_jsonl_events(&self, mut w: impl Write) -> Result<u64, StoreError> {
        let mut mentions = self.mentions_by_event()?;
        let mut n = 0;
        for e in self.all_events()? {
            let ms = mentions.remove(&e.global_event_id).unwrap_or_default();
            let line = EventWithMentions {
                schema: crate::JSONL_SCHEMA.to_string(),
                historical: !ms.is_empty() && ms.iter().all(|m| m.historical),
                event: e,
                mentions: ms,
            };
            serde_json::to_writer(&mut w, &line).map_err(std::io::Error::from)?;
            w.write_all(b"\n")?;
            n += 1;
        }
        w.flush()?;
        Ok(n)
    }
}

/// The host of a URL (`https://www.bbc.co.uk/x` → `bbc.co.uk`).
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let h = rest.split(['/', '?', '#', ':']).next()?;
    let h = h.strip_prefix("www.").unwrap_or(h);
    (!h.is_empty()).then(|| h.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_text() {
        assert_eq!(clean(" a\tb\n\"c\" d\u{201c}e "), "a b c de");
        assert_eq!(
            host("https://www.bbc.co.uk/news?x"),
            Some("bbc.co.uk".into())
        );
        assert_eq!(host("nope"), None);
    }

    #[test]
    fn geo_types() {
        let mut l = Location {
            name: "Chicago, Illinois, United States".into(),
            country_fips: Some("US".into()),
            adm1: Some("IL".into()),
            geonames_id: Some(4887398),
            ..Location::default()
        };
        let g = geo_block(Some(&l));
        assert_eq!(
            (g[0].as_str(), g[3].as_str(), g[7].as_str()),
            ("3", "USIL", "4887398")
        );
        l.geonames_id = None;
        assert_eq!(geo_block(Some(&l))[0], "2");
        l.adm1 = None;
        let g = geo_block(Some(&l));
        assert_eq!(
            (g[0].as_str(), g[3].as_str(), g[7].as_str()),
            ("1", "US", "US")
        );
        l.geonames_id = Some(163843);
        assert_eq!(geo_block(Some(&l))[0], "1", "a country with a GeoNames id");
        assert_eq!(geo_block(None)[0], "0");
    }
}
