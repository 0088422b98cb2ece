//! The article pipeline shared by `ingest` and `stream`: read (JSON Lines, text, folders, .gz,
//! HTML), check the language, code, enrich, and turn the result into store rows.

use std::path::Path;

use dyad_code::Coder;
use dyad_core::{Record, RecordFormat};
use dyad_enrich::{DatePrecision, Enriched, Enricher, SaidByKind};
use dyad_io::Rejected;
use dyad_store::{ArticleResult, ArticleStatus, StoreEvent};

/// What one article became.
pub(crate) struct Processed {
    pub status: ArticleStatus,
    pub reason: Option<String>,
    pub enriched: Option<Enriched>,
}

/// Reads every input: `.html`/`.htm` files (also inside folders) through the HTML main-text
/// extractor, everything else through dyad-io's readers.
pub(crate) fn read_inputs(inputs: &[String]) -> (Vec<Record>, Vec<Rejected>) {
    let mut records = Vec::new();
    let mut rejected = Vec::new();
    for input in inputs {
        let p = Path::new(input);
        let mut files = Vec::new();
        if input != "-" && p.is_dir() {
            walk(p, &mut files);
            files.sort();
        } else {
            files.push(p.to_path_buf());
        }
        let (html, other): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| is_html(f));
        for f in html {
            read_html(&f, &mut records, &mut rejected);
        }
        if input != "-" && p.is_dir() {
            for f in other {
                let o = dyad_io::read_path(&f.display().to_string(), None);
                records.extend(o.records);
                rejected.extend(o.rejected);
            }
        } else if !other.is_empty() {
            let o = dyad_io::read_path(input, None);
            records.extend(o.records);
            rejected.extend(o.rejected);
        }
    }
    (records, rejected)
}

fn is_html(p: &Path) -> bool {
    let n = p.to_string_lossy().to_ascii_lowercase();
    let n = n.trim_end_matches(".gz");
    n.ends_with(".html") || n.ends_with(".htm")
}

fn walk(p: &Path, out: &mut Vec<std::path::PathBuf>) {
    if let Ok(rd) = std::fs::read_dir(p) {
        for e in rd.flatten() {
            let path = e.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
}

fn read_html(f: &Path, records: &mut Vec<Record>, rejected: &mut Vec<Rejected>) {
    let name = f.display().to_string();
    let bytes = match std::fs::read(f) {
        Ok(b) => b,
        Err(e) => {
            rejected.push(Rejected {
                origin: name,
                reason: e.to_string(),
            });
            return;
        }
    };
    let bytes = if name.ends_with(".gz") {
        let mut v = Vec::new();
        if let Err(e) =
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut v)
        {
            rejected.push(Rejected {
                origin: name,
                reason: format!("gzip: {e}"),
            });
            return;
        }
        v
    } else {
        bytes
    };
    let html = String::from_utf8_lossy(&bytes);
    match dyad_enrich::input::html_main_text(&html, &name) {
        Ok(a) => records.push(Record {
            id: f
                .file_stem()
                .map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned()),
            date: a
                .published
                .as_deref()
                .and_then(dyad_io::readers::parse_date),
            source: None,
            url: None,
            title: a.title,
            text: a.text,
            format: RecordFormat::Text,
            origin: format!("{name}:1"),
        }),
        Err(e) => rejected.push(Rejected {
            origin: name,
            reason: e.to_string(),
        }),
    }
}

/// A stable content hash of an article (FNV-1a, 128 bits, hex) over everything stored.
pub(crate) fn content_hash(r: &Record) -> String {
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    let mut feed = |s: &str| {
        for b in s.bytes().chain(std::iter::once(0xff)) {
            h ^= u128::from(b);
            h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
        }
    };
    feed(&r.id);
    feed(&r.date.map(|d| d.to_string()).unwrap_or_default());
    feed(r.source.as_deref().unwrap_or(""));
    feed(r.url.as_deref().unwrap_or(""));
    feed(r.title.as_deref().unwrap_or(""));
    feed(&r.text);
    format!("{h:032x}")
}

/// Checks the language, codes and enriches one article.
pub(crate) fn process(coder: &Coder, enricher: &Enricher, r: &Record) -> Processed {
    if let Err(reason) = dyad_enrich::input::require_english(&r.text) {
        return Processed {
            status: ArticleStatus::Rejected,
            reason: Some(reason),
            enriched: None,
        };
    }
    let res = match coder.try_code_text(&r.id, &r.text, r.date) {
        Ok(res) => res,
        Err(reason) => {
            return Processed {
                status: ArticleStatus::Rejected,
                reason: Some(reason),
                enriched: None,
            };
        }
    };
    if let Some(d) = res.discarded {
        return Processed {
            status: ArticleStatus::Discarded,
            reason: Some(format!("discard phrase: {d}")),
            enriched: None,
        };
    }
    let en = enricher.enrich(r, &res.events);
    Processed {
        status: if en.events.is_empty() {
            ArticleStatus::NoEvent
        } else {
            ArticleStatus::Coded
        },
        reason: None,
        enriched: Some(en),
    }
}

/// The store's rows for a processed article. Tone is stored as 10 × the sentence's VADER
/// compound (GDELT's tone scale runs about −10..+10).
pub(crate) fn to_article_result(r: Record, hash: String, p: Processed) -> ArticleResult {
    let text = r.text.as_str();
    let events = p
        .enriched
        .map(|en| {
            en.events
                .into_iter()
                .map(|e| {
                    let s = e.event.sentence_span;
                    let mention = text
                        .get(s.start as usize..s.end as usize)
                        .unwrap_or("")
                        .to_string();
                    let mut se = StoreEvent::new(e.event, mention);
                    se.event_date = e.event_date;
                    se.date_precision = match e.date_precision {
                        DatePrecision::Day | DatePrecision::Week => dyad_store::DatePrecision::Day,
                        DatePrecision::Month => dyad_store::DatePrecision::Month,
                        DatePrecision::Year => dyad_store::DatePrecision::Year,
                        DatePrecision::Article => dyad_store::DatePrecision::Article,
                    };
                    se.historical = e.historical;
                    se.location = e.location.map(|l| dyad_store::Location {
                        name: l.name,
                        country_iso3: Some(l.country),
                        country_fips: l.fips,
                        adm1: l.adm1,
                        lat: l.lat,
                        lon: l.lon,
                        geonames_id: Some(i64::from(l.geonames_id)),
                    });
                    se.said_by = match e.said_by.kind {
                        SaidByKind::Speaker => e.said_by.code.or(e.said_by.text),
                        SaidByKind::Outlet => None,
                    };
                    se.negated = e.negated;
                    se.mode = e.mode.map(|m| {
                        serde_json::to_value(m)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default()
                    });
                    se.plover = e.plover.map(|p| p.event_type);
                    se.tone = Some((e.tone * 10.0) as f32);
                    se
                })
                .collect()
        })
        .unwrap_or_default();
    ArticleResult {
        article: r,
        content_hash: hash,
        status: p.status,
        reason: p.reason,
        events,
    }
}

/// A record for an input the readers rejected, so the store accounts for it too.
pub(crate) fn rejected_record(rej: &Rejected) -> (Record, String) {
    let r = Record {
        id: format!("rejected:{}", rej.origin),
        date: None,
        source: None,
        url: None,
        title: None,
        text: String::new(),
        format: RecordFormat::Text,
        origin: rej.origin.clone(),
    };
    let mut hr = r.clone();
    hr.text = rej.reason.clone();
    let h = content_hash(&hr);
    (r, h)
}

/// The accounting category of a rejection reason: language rejections keep the language,
/// others their text up to the first ':'.
pub(crate) fn reason_key(reason: &str) -> String {
    if reason.starts_with("not English") {
        return reason.to_string();
    }
    let k = reason.split(':').next().unwrap_or(reason).trim();
    let k: String = k.chars().take(48).collect();
    if k.starts_with("article ") {
        // "article X: empty text" → "empty text"
        return reason.split(": ").nth(1).unwrap_or(reason).to_string();
    }
    k
}
