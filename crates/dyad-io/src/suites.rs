//! Validation suites: PETRARCH XML (`<Environment>`, `<Config>`, `<Sentence>` with
//! `<EventCoding>`) and TABARI text records (`.project`, `.options`, expected events in
//! `/* … { SRC / TGT / EVT } */` comments, `{ OPTION: … }` lines).

use std::path::{Path, PathBuf};

use dyad_core::{Record, RecordFormat};

use crate::readers::{parse_date, Rejected};

/// What a suite record expects.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    /// Expected (source, target, code) triples.
    pub events: Vec<(String, String, String)>,
    /// Expected to be discarded (`###`, `storydiscard`, `sentencediscard`).
    pub discard: bool,
    /// Expected to produce nothing (`---`, `+++`, `noevents`).
    pub none: bool,
    /// TABARI's `-{…}`: events beyond those listed are not checked (manual 10.1).
    pub open: bool,
}

/// One record of a suite.
#[derive(Clone, Debug)]
pub struct SuiteRecord {
    /// The record.
    pub record: Record,
    /// What it expects.
    pub expected: Expected,
    /// Whether it is evaluated (`valid`/`evaluate` attributes).
    pub evaluate: bool,
    /// Options to apply before coding it (TABARI `OPTION:` lines, PETRARCH `<Config>`).
    pub options: Vec<String>,
}

/// One suite with the dictionaries it names.
#[derive(Clone, Debug, Default)]
pub struct Suite {
    /// Dictionary files: (kind name: verbs/actors/agents/discards/issues/options, path).
    pub dictionaries: Vec<(String, PathBuf)>,
    /// Records in order (up to the suite's end marker).
    pub records: Vec<SuiteRecord>,
    /// Problems reading it.
    pub rejected: Vec<Rejected>,
    /// A PETRARCH-1 suite (PETRARCH XML without UniversalPetrarch's `<PICOfile>`).
    pub petrarch1: bool,
    /// A PETRARCH XML suite (coded by its peers from parse trees).
    pub xml: bool,
}

fn tag_text<'a>(s: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let a = s.find(&open)? + open.len();
    let b = s[a..].find(&close)? + a;
    Some(&s[a..b])
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(p) = rest.find(name) {
        let before_ok = p == 0 || !rest.as_bytes()[p - 1].is_ascii_alphanumeric();
        let after = rest[p + name.len()..].trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let end = v[1..].find(q)? + 1;
                    return Some(v[1..end].to_string());
                }
            }
        }
        rest = &rest[p + name.len()..];
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn strip_xml_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find("<!--") {
        out.push_str(&rest[..p]);
        match rest[p..].find("-->") {
            Some(q) => {
                // Keep newlines so line numbers stay right.
                out.extend(rest[p..p + q + 3].chars().filter(|&c| c == '\n'));
                rest = &rest[p + q + 3..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// PETRARCH XML records (with what they expect).
pub fn petrarch_records(name: &str, text: &str, rejected: &mut Vec<Rejected>) -> Vec<SuiteRecord> {
    let clean = strip_xml_comments(text);
    let mut out = Vec::new();
    let mut pending_options: Vec<String> = Vec::new();
    let mut pos = 0;
    // Line numbers are counted on from the last record's, and the next <Config> and <Stop>
    // looked for again only once passed: one pass over the file, not one per record (a
    // 7,600-record file took 15 s).
    let mut counted = (0usize, 1usize);
    let mut line_of = |p: usize| {
        let (from, line) = counted;
        let line = if p >= from {
            line + clean[from..p].bytes().filter(|&b| b == b'\n').count()
        } else {
            clean[..p].bytes().filter(|&b| b == b'\n').count() + 1
        };
        counted = (p, line);
        line
    };
    let find_from = |pat: &str, from: usize| clean[from..].find(pat).map(|p| p + from);
    let mut next_config = find_from("<Config ", 0);
    let mut next_stop = find_from("<Stop>", 0);
    loop {
        let next_sentence = find_from("<Sentence ", pos);
        if next_config.is_some_and(|c| c < pos) {
            next_config = find_from("<Config ", pos);
        }
        if next_stop.is_some_and(|c| c < pos) {
            next_stop = find_from("<Stop>", pos);
        }
        let first = [next_sentence, next_config, next_stop]
            .into_iter()
            .flatten()
            .min();
        let Some(p) = first else { break };
        if Some(p) == next_stop {
            break;
        }
        if Some(p) == next_config {
            let end = clean[p..].find('>').map_or(clean.len(), |e| p + e);
            let tag = &clean[p..end];
            if let (Some(o), Some(v)) = (attr(tag, "option"), attr(tag, "value")) {
                pending_options.push(format!("CONFIG: {o} = {v}"));
            }
            pos = end;
            continue;
        }
        let Some(end) = clean[p..].find("</Sentence>").map(|e| p + e) else {
            rejected.push(Rejected {
                origin: format!("{name}:{}", line_of(p)),
                reason: "<Sentence> without </Sentence>".into(),
            });
            break;
        };
        let body = &clean[p..end];
        pos = end + 11;
        let tag_end = body.find('>').unwrap_or(body.len());
        let tag = &body[..tag_end];
        let origin = format!("{name}:{}", line_of(p));
        let Some(id) = attr(tag, "id") else {
            rejected.push(Rejected {
                origin,
                reason: "<Sentence> without an id".into(),
            });
            continue;
        };
        let Some(text) = tag_text(body, "Text") else {
            rejected.push(Rejected {
                origin: format!("{origin} (record {id})"),
                reason: "no <Text>".into(),
            });
            continue;
        };
        let date = attr(tag, "date").and_then(|d| parse_date(&d));
        let evaluate = !matches!(
            attr(tag, "valid")
                .or_else(|| attr(tag, "evaluate"))
                .as_deref(),
            Some("false" | "False")
        );
        let mut expected = Expected::default();
        let mut rest = body;
        while let Some(q) = rest.find("<EventCoding") {
            let e = rest[q..].find('>').map_or(rest.len(), |e| q + e);
            let t = &rest[q..e];
            if let (Some(s), Some(c)) = (attr(t, "sourcecode"), attr(t, "eventcode")) {
                expected
                    .events
                    .push((s, attr(t, "targetcode").unwrap_or_default(), c));
            } else if attr(t, "noevents").is_some() {
                expected.none = true;
            } else if let Some(err) = attr(t, "error") {
                if err.contains("discard") {
                    expected.discard = true;
                } else {
                    expected.none = true;
                }
            }
            rest = &rest[e..];
        }
        let record = Record {
            id,
            date,
            source: None,
            url: None,
            title: None,
            text: unescape(text.trim())
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            format: RecordFormat::PetrarchXml,
            origin,
        };
        out.push(SuiteRecord {
            record,
            expected,
            evaluate,
            options: std::mem::take(&mut pending_options),
        });
    }
    out
}

/// The `<Environment>` of a PETRARCH XML suite: dictionaries relative to the suite's folder.
pub fn petrarch_environment(path: &Path, text: &str) -> Vec<(String, PathBuf)> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let env = tag_text(text, "Environment").unwrap_or("");
    let mut out = Vec::new();
    for (tag, kind) in [
        ("Verbfile", "verbs"),
        ("Actorfile", "actors"),
        ("Agentfile", "agents"),
        ("Discardfile", "discards"),
        ("Issuefile", "issues"),
        ("PICOfile", "pico"),
    ] {
        let mut rest = env;
        while let Some(v) = tag_text(rest, tag) {
            for f in v.split(',') {
                out.push((kind.to_string(), dir.join(f.trim())));
            }
            let close = format!("</{tag}>");
            rest = &rest[rest.find(&close).map_or(rest.len(), |p| p + close.len())..];
        }
    }
    out
}

/// TABARI text records: `YYMMDD  ID` header line, text lines, a blank line.
pub fn tabari_records(name: &str, text: &str, rejected: &mut Vec<Rejected>) -> Vec<SuiteRecord> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let is_header = l.len() >= 8
            && l.as_bytes()[..6].iter().all(u8::is_ascii_digit)
            && l.as_bytes()[6].is_ascii_whitespace();
        if !is_header {
            i += 1;
            continue;
        }
        let start_line = i + 1;
        let date_s = &l[..6];
        let id = l[6..].split_whitespace().next().unwrap_or("").to_string();
        let mut body = Vec::new();
        i += 1;
        while i < lines.len() && !lines[i].trim().is_empty() {
            body.push(lines[i]);
            i += 1;
        }
        let joined = body.join("\n");
        // Text is before the first "/*"; the comment holds the expectations.
        let (txt, comment) = match joined.find("/*") {
            Some(p) => (&joined[..p], &joined[p..]),
            None => (joined.as_str(), ""),
        };
        let mut expected = Expected::default();
        let mut options = Vec::new();
        let mut rest = comment;
        while let Some(p) = rest.find('{') {
            // A record may forget the closing brace ("{ OPTION: SET: MINIMUM WORDS = 4  */"):
            // the option then ends at the end of its line.
            let q = match rest[p..].find('}') {
                Some(q) if !rest[p..p + q].contains('\n') => q,
                _ => match rest[p..].find(['\n', '*']) {
                    Some(q) => q,
                    None => break,
                },
            };
            let inner = rest[p + 1..p + q].trim();
            let disabled = p > 0 && rest.as_bytes()[p - 1] == b'-';
            if let Some(o) = inner.strip_prefix("OPTION:") {
                options.push(o.trim().to_string());
            } else if disabled {
                expected.open = true;
            } else {
                let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
                if parts.len() == 3 {
                    expected.events.push((
                        parts[0].to_string(),
                        parts[1].to_string(),
                        parts[2].to_string(),
                    ));
                } else if inner.contains("###") {
                    expected.discard = true;
                } else if inner.contains("+++") || inner.contains("---") || inner.is_empty() {
                    expected.none = true;
                }
            }
            rest = &rest[p + q + 1..];
        }
        let Some(date) = parse_date(date_s) else {
            rejected.push(Rejected {
                origin: format!("{name}:{start_line} (record {id})"),
                reason: format!("bad date '{date_s}'"),
            });
            continue;
        };
        let record = Record {
            id,
            date: Some(date),
            source: None,
            url: None,
            title: None,
            text: txt.split_whitespace().collect::<Vec<_>>().join(" "),
            format: RecordFormat::Tabari,
            origin: format!("{name}:{start_line}"),
        };
        out.push(SuiteRecord {
            record,
            expected,
            evaluate: true,
            options,
        });
    }
    out
}

/// Reads a suite: a PETRARCH XML file, a TABARI `.project` file, or a TABARI text file whose
/// folder holds a `.project`.
pub fn read_suite(path: &Path) -> Result<Suite, String> {
    let text = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = String::from_utf8_lossy(&text).into_owned();
    let name = path.display().to_string();
    let mut suite = Suite::default();
    if text.trim_start().starts_with('<') && text.contains("<Sentence") {
        suite.dictionaries = petrarch_environment(path, &text);
        suite.petrarch1 = !text.contains("<PICOfile>");
        suite.xml = true;
        suite.records = petrarch_records(&name, &text, &mut suite.rejected);
        return Ok(suite);
    }
    // TABARI: a .project names the files.
    let project = if name.ends_with(".project") {
        Some(path.to_path_buf())
    } else {
        path.parent()
            .and_then(|d| std::fs::read_dir(d).ok())
            .and_then(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .find(|p| p.extension().is_some_and(|e| e == "project"))
            })
    };
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let mut text_file = path.to_path_buf();
    if let Some(pf) = project {
        let ptext = std::fs::read_to_string(&pf).map_err(|e| format!("{}: {e}", pf.display()))?;
        for l in ptext.lines() {
            let l = l.trim();
            let Some(rest) = l.strip_prefix('<') else {
                continue;
            };
            let Some((tag, val)) = rest.split_once('>') else {
                continue;
            };
            let val = val.trim();
            let kind = match tag {
                "actorsfile" => "actors",
                "verbsfile" => "verbs",
                "agentsfile" => "agents",
                "optionsfile" => "options",
                "textfile" => {
                    if name.ends_with(".project") {
                        text_file = dir.join(val);
                    }
                    continue;
                }
                _ => continue,
            };
            suite.dictionaries.push((kind.to_string(), dir.join(val)));
        }
    }
    let t = std::fs::read(&text_file).map_err(|e| format!("{}: {e}", text_file.display()))?;
    let t = String::from_utf8_lossy(&t).into_owned();
    suite.records = tabari_records(&text_file.display().to_string(), &t, &mut suite.rejected);
    // TABARI's validation stops at FINAL-01.
    if let Some(p) = suite
        .records
        .iter()
        .position(|r| r.record.id.starts_with("FINAL-"))
    {
        suite.records.truncate(p);
    }
    Ok(suite)
}
