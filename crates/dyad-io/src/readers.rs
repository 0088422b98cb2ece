//! Readers: plain text, JSON Lines articles, PETRARCH XML records, TABARI text records.

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use dyad_core::{Record, RecordFormat};

/// A record that could not be read.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Rejected {
    /// `file:line` or `file#record`.
    pub origin: String,
    /// Why.
    pub reason: String,
}

/// What a reader produced.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    /// Good records.
    pub records: Vec<Record>,
    /// Bad ones.
    pub rejected: Vec<Rejected>,
    /// Problems that were repaired, the record still being coded (invalid UTF-8 in a text file).
    pub warnings: Vec<Rejected>,
}

/// The input format, guessed from the name and contents when not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text: one record per file.
    Text,
    /// JSON Lines articles.
    JsonLines,
    /// PETRARCH XML.
    PetrarchXml,
    /// TABARI text records.
    Tabari,
}

/// Parses a date in the forms records use: YYYYMMDD, YYMMDD, YYYY-MM-DD, RFC 3339.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d") {
        return Some(d);
    }
    if s.len() == 8 && s.chars().all(|c| c.is_ascii_digit()) {
        return NaiveDate::parse_from_str(s, "%Y%m%d").ok();
    }
    if s.len() == 6 && s.chars().all(|c| c.is_ascii_digit()) {
        let yy: i32 = s[..2].parse().ok()?;
        let y = if yy <= 30 { 2000 + yy } else { 1900 + yy };
        return NaiveDate::from_ymd_opt(y, s[2..4].parse().ok()?, s[4..6].parse().ok()?);
    }
    None
}

fn decode(path: &str, bytes: Vec<u8>, out: &mut ReadOutcome) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            out.warnings.push(Rejected {
                origin: format!("{path}:{line}"),
                reason: format!("invalid UTF-8 at byte {pos}; the invalid bytes were replaced"),
            });
            Some(String::from_utf8_lossy(&bytes).into_owned())
        }
    }
}

/// Reads a file, a folder (recursively, sorted) or `-` for stdin.
pub fn read_path(path: &str, format: Option<Format>) -> ReadOutcome {
    let mut out = ReadOutcome::default();
    if path != "-" && Path::new(path).is_dir() {
        let mut entries: Vec<_> = walk(Path::new(path));
        entries.sort();
        for p in entries {
            let o = read_path(&p.display().to_string(), format);
            out.records.extend(o.records);
            out.rejected.extend(o.rejected);
        }
        return out;
    }
    let bytes = if path == "-" {
        let mut b = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut b) {
            out.rejected.push(Rejected {
                origin: "stdin".into(),
                reason: e.to_string(),
            });
            return out;
        }
        b
    } else {
        match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                out.rejected.push(Rejected {
                    origin: path.to_string(),
                    reason: e.to_string(),
                });
                return out;
            }
        }
    };
    let bytes = if path.ends_with(".gz") {
        let mut d = flate2::read::GzDecoder::new(&bytes[..]);
        let mut v = Vec::new();
        if let Err(e) = d.read_to_end(&mut v) {
            out.rejected.push(Rejected {
                origin: path.to_string(),
                reason: format!("gzip: {e}"),
            });
            return out;
        }
        v
    } else {
        bytes
    };
    let name = if path == "-" { "stdin" } else { path };
    // JSON Lines is read line by line from bytes: a line with invalid UTF-8 is rejected alone.
    let jsonl = match format {
        Some(f) => f == Format::JsonLines,
        None => {
            let n = name.trim_end_matches(".gz");
            n.ends_with(".jsonl")
                || n.ends_with(".ndjson")
                || bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
        }
    };
    if jsonl {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            out.rejected.push(Rejected {
                origin: name.to_string(),
                reason: "empty input".into(),
            });
            return out;
        }
        for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let origin = format!("{name}:{}", i + 1);
            match std::str::from_utf8(line) {
                Ok(l) => match parse_article(&origin, l) {
                    Ok(r) => out.records.push(r),
                    Err(reason) => out.rejected.push(Rejected { origin, reason }),
                },
                Err(e) => out.rejected.push(Rejected {
                    origin,
                    reason: format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                }),
            }
        }
        return out;
    }
    let Some(text) = decode(name, bytes, &mut out) else {
        return out;
    };
    if text.trim().is_empty() {
        out.rejected.push(Rejected {
            origin: name.to_string(),
            reason: "empty input".into(),
        });
        return out;
    }
    let fmt = format.unwrap_or_else(|| guess(name, &text));
    match fmt {
        Format::Text => out.records.push(Record {
            id: Path::new(name)
                .file_stem()
                .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned()),
            date: None,
            source: None,
            url: None,
            title: None,
            text,
            format: RecordFormat::Text,
            origin: format!("{name}:1"),
        }),
        Format::JsonLines => read_jsonl(name, &text, &mut out),
        Format::PetrarchXml => {
            for r in crate::suites::petrarch_records(name, &text, &mut out.rejected) {
                out.records.push(r.record);
            }
        }
        Format::Tabari => {
            for r in crate::suites::tabari_records(name, &text, &mut out.rejected) {
                out.records.push(r.record);
            }
        }
    }
    out
}

fn walk(p: &Path) -> Vec<std::path::PathBuf> {
    let mut v = Vec::new();
    if let Ok(rd) = std::fs::read_dir(p) {
        for e in rd.flatten() {
            let path = e.path();
            if path.is_dir() {
                v.extend(walk(&path));
            } else {
                v.push(path);
            }
        }
    }
    v
}

fn guess(name: &str, text: &str) -> Format {
    let n = name.trim_end_matches(".gz");
    if n.ends_with(".jsonl") || n.ends_with(".ndjson") || text.trim_start().starts_with('{') {
        Format::JsonLines
    } else if n.ends_with(".xml") || text.trim_start().starts_with('<') {
        Format::PetrarchXml
    } else if text.lines().any(|l| {
        l.len() > 8
            && l.as_bytes()[..6].iter().all(u8::is_ascii_digit)
            && l.as_bytes()[6] == b' '
            && l.contains("  ")
    }) && text.contains("/*")
    {
        Format::Tabari
    } else {
        Format::Text
    }
}

/// One JSON Lines article.
#[derive(serde::Deserialize)]
struct Article {
    id: serde_json::Value,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    text: Option<String>,
}

/// Parses one JSON Lines article line.
pub fn parse_article(origin: &str, line: &str) -> Result<Record, String> {
    let a: Article = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let id = match a.id {
        serde_json::Value::String(s) => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err("\"id\" must be a string or number".into()),
    };
    let text = a.text.ok_or("missing \"text\"")?;
    if text.trim().is_empty() {
        return Err(format!("article {id}: empty text"));
    }
    let published = a.published.or(a.date);
    let date = match &published {
        Some(p) => {
            Some(parse_date(p).ok_or_else(|| format!("article {id}: unreadable date '{p}'"))?)
        }
        None => None,
    };
    Ok(Record {
        id,
        date,
        source: a.source,
        url: a.url,
        title: a.title,
        text,
        format: dyad_core::RecordFormat::JsonLines,
        origin: origin.to_string(),
    })
}

fn read_jsonl(name: &str, text: &str, out: &mut ReadOutcome) {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let origin = format!("{name}:{}", i + 1);
        match parse_article(&origin, line) {
            Ok(r) => out.records.push(r),
            Err(reason) => out.rejected.push(Rejected { origin, reason }),
        }
    }
}
