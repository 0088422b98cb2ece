//! `dyad eval triples`: precision and recall on event triples (source, target, code) against
//! hand-coded gold events.
//!
//! The gold files (`eval/dev-triples/*.tsv`) name sentences of a sentence file by line number
//! (by default the development set in `../shared/dev`, whose text the repository does not
//! copy) and give the events a careful human coder finds in each: one row per event,
//! `line TAB source TAB target TAB code TAB note`, or `line TAB - TAB - TAB - TAB note` for a
//! sentence with no event. Every sentence a gold file names is coded with the coder
//! `dyad code` uses; gold and coded events of a sentence are paired one to one at three
//! levels of strictness:
//!
//! - `exact`: source, target and code as written (agents included: `IRNGOV`, `USAMIL`);
//! - `country`: the first three letters of source and target (the country or organisation
//!   prefix), the full code;
//! - `root`: the country prefixes and the code's root (its first two digits).
//!
//! Precision is paired coded events over coded events, recall paired gold events over gold
//! events, both over the sentences the gold files name.
//!
//! Gold may also carry its own text, for sentences coded by people elsewhere: JSON Lines
//! (`*.jsonl`, one object per sentence: `{"id": …, "text": …, "date": "YYYY-MM-DD",
//! "events": [{"source": …, "target": …, "code": …}]}`, `id` and `date` optional, an event
//! also as `[source, target, code]`) or a PETRARCH XML validation file (`*.xml`: `<Sentence
//! date=… id=…>` with `<EventCoding sourcecode targetcode eventcode>` and `<Text>`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_code::Coder;
use rayon::prelude::*;
use serde::Serialize;

use crate::{dicts, DictArgs};

/// Options of `dyad eval triples`.
#[derive(Args)]
pub struct TriplesArgs {
    /// Gold event files or folders of them (`*.tsv` naming lines of the sentence file;
    /// `*.jsonl` or PETRARCH `*.xml` with their own text; default: eval/dev-triples in the
    /// repository).
    gold: Vec<PathBuf>,
    /// The sentence file the gold lines number: one sentence per line, optionally a tab and
    /// more columns (default: ../shared/dev/conflibert-cameo-class.train.tsv).
    #[arg(long)]
    sentences: Option<PathBuf>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Keep only events with a source and a target actor, as `dyad code --require-dyad`.
    #[arg(long)]
    require_dyad: bool,
    /// Print each sentence whose coded events differ from the gold at the `country` level.
    #[arg(long)]
    show: bool,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// One gold or coded event, normalised: no target is "".
#[derive(Clone, Debug, PartialEq, Eq)]
struct Triple {
    source: String,
    target: String,
    code: String,
}

impl Triple {
    fn new(source: &str, target: &str, code: &str) -> Self {
        let norm = |a: &str| {
            let a = a.trim();
            if a == "-" || a == "---" {
                String::new()
            } else {
                a.to_ascii_uppercase()
            }
        };
        Triple {
            source: norm(source),
            target: norm(target),
            code: code.trim().to_string(),
        }
    }
}

/// The three pairing levels.
const LEVELS: [&str; 3] = ["exact", "country", "root"];

fn prefix(a: &str) -> &str {
    a.get(..3).unwrap_or(a)
}

fn same(level: usize, g: &Triple, c: &Triple) -> bool {
    match level {
        0 => g == c,
        1 => {
            prefix(&g.source) == prefix(&c.source)
                && prefix(&g.target) == prefix(&c.target)
                && g.code == c.code
        }
        _ => {
            prefix(&g.source) == prefix(&c.source)
                && prefix(&g.target) == prefix(&c.target)
                && g.code.get(..2) == c.code.get(..2)
        }
    }
}

/// Pairs gold and coded events one to one (greedily, in order); returns the number of pairs.
fn pairs(level: usize, gold: &[Triple], coded: &[Triple]) -> usize {
    let mut used = vec![false; coded.len()];
    let mut n = 0;
    for g in gold {
        if let Some(k) = (0..coded.len()).find(|&k| !used[k] && same(level, g, &coded[k])) {
            used[k] = true;
            n += 1;
        }
    }
    n
}

/// Figures at one level.
#[derive(Serialize, Default)]
struct Level {
    level: &'static str,
    paired: usize,
    precision: f64,
    recall: f64,
    f1: f64,
}

/// The report.
#[derive(Serialize)]
struct TriplesReport {
    schema: &'static str,
    gold: Vec<String>,
    sentences_file: String,
    dictionaries: String,
    sentences: usize,
    sentences_without_gold_event: usize,
    gold_events: usize,
    coded_events: usize,
    rejected_gold_rows: Vec<String>,
    levels: Vec<Level>,
}

/// Reads the gold rows of one file into `gold` (line → events); malformed rows are reported
/// in `rejected` with file:line and the reason, and the others still read.
fn read_gold(
    path: &Path,
    gold: &mut BTreeMap<usize, Vec<Triple>>,
    rejected: &mut Vec<String>,
) -> Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    for (i, row) in text.lines().enumerate() {
        let n = i + 1;
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = row.split('\t').collect();
        if cols[0] == "line" {
            continue;
        }
        if cols.len() < 4 {
            rejected.push(format!(
                "{}:{n}: expected line, source, target, code (tab-separated), found {} column(s)",
                path.display(),
                cols.len()
            ));
            continue;
        }
        let Ok(line) = cols[0].trim().parse::<usize>() else {
            rejected.push(format!(
                "{}:{n}: line number '{}' is not a number",
                path.display(),
                cols[0]
            ));
            continue;
        };
        let entry = gold.entry(line).or_default();
        if cols[3].trim() == "-" {
            continue;
        }
        let code = cols[3].trim();
        if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
            rejected.push(format!(
                "{}:{n}: code '{code}' is not a CAMEO code of 2–4 digits",
                path.display()
            ));
            continue;
        }
        entry.push(Triple::new(cols[1], cols[2], code));
    }
    Ok(())
}

/// A gold sentence that carries its own text (JSON Lines or PETRARCH XML gold).
struct TextGold {
    key: String,
    text: String,
    date: Option<chrono::NaiveDate>,
    events: Vec<Triple>,
}

/// A gold code: 2–4 digits.
fn valid_code(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// Reads JSON Lines gold: one sentence per line with its text and events.
fn read_jsonl_gold(path: &Path, out: &mut Vec<TextGold>, rejected: &mut Vec<String>) -> Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    for (i, row) in text.lines().enumerate() {
        let n = i + 1;
        if row.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = match serde_json::from_str(row) {
            Ok(v) => v,
            Err(e) => {
                rejected.push(format!("{}:{n}: not a JSON object: {e}", path.display()));
                continue;
            }
        };
        let Some(sentence) = v.get("text").and_then(|t| t.as_str()) else {
            rejected.push(format!("{}:{n}: no \"text\"", path.display()));
            continue;
        };
        let date = match v.get("date").and_then(|d| d.as_str()) {
            Some(d) => match dyad_io::readers::parse_date(d) {
                Some(d) => Some(d),
                None => {
                    rejected.push(format!(
                        "{}:{n}: date '{d}' is not a date (read as undated)",
                        path.display()
                    ));
                    None
                }
            },
            None => None,
        };
        let mut events = Vec::new();
        let mut bad_event = false;
        for (k, e) in v
            .get("events")
            .and_then(|e| e.as_array())
            .into_iter()
            .flatten()
            .enumerate()
        {
            let field = |name: &str, index: usize| {
                e.get(name)
                    .or_else(|| e.get(index))
                    .and_then(|x| x.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            let (src, tgt, code) = (field("source", 0), field("target", 1), field("code", 2));
            if !valid_code(code.trim()) {
                rejected.push(format!(
                    "{}:{n}: event {}: code '{code}' is not a CAMEO code of 2–4 digits \
                     (sentence left out)",
                    path.display(),
                    k + 1
                ));
                bad_event = true;
                continue;
            }
            events.push(Triple::new(&src, &tgt, &code));
        }
        if bad_event {
            continue;
        }
        let key = match v.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(x) if !x.is_null() => x.to_string(),
            _ => format!("{}:{n}", path.display()),
        };
        out.push(TextGold {
            key,
            text: sentence.to_string(),
            date,
            events,
        });
    }
    Ok(())
}

/// Reads PETRARCH XML gold: every evaluated `<Sentence>` with its `<EventCoding>`s (a
/// sentence expected to be discarded or to give nothing has no gold event).
fn read_xml_gold(path: &Path, out: &mut Vec<TextGold>, rejected: &mut Vec<String>) -> Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut bad = Vec::new();
    let records = dyad_io::suites::petrarch_records(&path.display().to_string(), &text, &mut bad);
    rejected.extend(
        bad.into_iter()
            .map(|r| format!("{}: {}", r.origin, r.reason)),
    );
    for r in records.into_iter().filter(|r| r.evaluate) {
        let mut events = Vec::new();
        let mut bad_event = false;
        for (src, tgt, code) in &r.expected.events {
            if valid_code(code.trim()) {
                events.push(Triple::new(src, tgt, code));
            } else {
                rejected.push(format!(
                    "{}: code '{code}' is not a CAMEO code of 2–4 digits (sentence left out)",
                    r.record.origin
                ));
                bad_event = true;
            }
        }
        if bad_event {
            continue;
        }
        out.push(TextGold {
            key: r.record.id.clone(),
            text: r.record.text.clone(),
            date: r.record.date,
            events,
        });
    }
    Ok(())
}

/// The gold files: the arguments, `*.tsv` inside folders, sorted.
fn gold_files(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let default = [Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/dev-triples")];
    let args = if args.is_empty() { &default[..] } else { args };
    let mut out = Vec::new();
    for a in args {
        if a.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(a)
                .with_context(|| format!("reading {}", a.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension()
                        .is_some_and(|x| x == "tsv" || x == "jsonl" || x == "xml")
                })
                .collect();
            v.sort();
            out.extend(v);
        } else {
            out.push(a.clone());
        }
    }
    if out.is_empty() {
        bail!("no gold files (*.tsv, *.jsonl, *.xml) found");
    }
    Ok(out)
}

impl TriplesArgs {
    /// The dictionaries chosen.
    pub fn dicts(&self) -> &DictArgs {
        &self.dicts
    }
}

/// Runs `dyad eval triples`.
pub fn run(a: &TriplesArgs, shared: &Path, describe: String) -> Result<i32> {
    let files = gold_files(&a.gold)?;
    let mut gold = BTreeMap::new();
    let mut with_text = Vec::new();
    let mut rejected = Vec::new();
    for f in &files {
        match f.extension().and_then(|x| x.to_str()) {
            Some("jsonl") => read_jsonl_gold(f, &mut with_text, &mut rejected)?,
            Some("xml") => read_xml_gold(f, &mut with_text, &mut rejected)?,
            _ => read_gold(f, &mut gold, &mut rejected)?,
        }
    }
    let path = a
        .sentences
        .clone()
        .unwrap_or_else(|| shared.join("dev/conflibert-cameo-class.train.tsv"));
    // (Item: key shown by --show, text, date, gold events.)
    let mut items: Vec<(String, String, Option<chrono::NaiveDate>, Vec<Triple>)> = Vec::new();
    if !gold.is_empty() {
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "reading the sentences {} (give their file with --sentences)",
                path.display()
            )
        })?;
        let lines: Vec<&str> = text.lines().collect();
        for (line, events) in gold {
            match lines.get(line.wrapping_sub(1)) {
                Some(l) if !l.trim().is_empty() => {
                    let sentence = l.split('\t').next().unwrap_or(l);
                    items.push((line.to_string(), sentence.to_string(), None, events));
                }
                _ => rejected.push(format!(
                    "gold line {line}: {} has no sentence on that line",
                    path.display()
                )),
            }
        }
    }
    items.extend(
        with_text
            .into_iter()
            .map(|g| (g.key, g.text, g.date, g.events)),
    );
    let mut coder = Coder::new(Arc::new(dicts::load(&a.dicts)?));
    if a.require_dyad {
        let mut config = coder.config().clone();
        config.require_dyad = true;
        coder = coder.with_config(config);
    }
    let coded: Vec<Vec<Triple>> = items
        .par_iter()
        .map(|(key, sentence, date, _)| {
            coder
                .code_text(&format!("gold:{key}"), sentence, *date)
                .events
                .iter()
                .map(|e| Triple::new(&e.source, &e.target, &e.code))
                .collect()
        })
        .collect();
    let gold_events: usize = items.iter().map(|i| i.3.len()).sum();
    let coded_events: usize = coded.iter().map(Vec::len).sum();
    let mut levels = Vec::new();
    for (k, name) in LEVELS.iter().enumerate() {
        let paired: usize = items
            .iter()
            .zip(&coded)
            .map(|(it, c)| pairs(k, &it.3, c))
            .sum();
        let precision = ratio(paired, coded_events);
        let recall = ratio(paired, gold_events);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        levels.push(Level {
            level: name,
            paired,
            precision,
            recall,
            f1,
        });
    }
    if a.show {
        for (it, c) in items.iter().zip(&coded) {
            if pairs(1, &it.3, c) != it.3.len().max(c.len()) {
                let fmt = |v: &[Triple]| {
                    v.iter()
                        .map(|t| format!("{}/{}/{}", t.source, t.target, t.code))
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                eprintln!("line {}: {}", it.0, it.1);
                eprintln!("  gold:  {}", fmt(&it.3));
                eprintln!("  coded: {}", fmt(c));
            }
        }
    }
    let report = TriplesReport {
        schema: "dyad.eval.triples/1",
        gold: files.iter().map(|f| f.display().to_string()).collect(),
        sentences_file: path.display().to_string(),
        dictionaries: describe,
        sentences: items.len(),
        sentences_without_gold_event: items.iter().filter(|i| i.3.is_empty()).count(),
        gold_events,
        coded_events,
        rejected_gold_rows: rejected,
        levels,
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", table(&report));
    }
    Ok(0)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn table(r: &TriplesReport) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "gold            {}", r.gold.join(" "));
    let _ = writeln!(s, "sentences file  {}", r.sentences_file);
    let _ = writeln!(s, "dictionaries    {}", r.dictionaries);
    let _ = writeln!(
        s,
        "sentences       {} ({} with no gold event)",
        r.sentences, r.sentences_without_gold_event
    );
    let _ = writeln!(s, "gold events     {}", r.gold_events);
    let _ = writeln!(s, "coded events    {}", r.coded_events);
    let _ = writeln!(s, "level      paired  precision  recall     F1");
    for l in &r.levels {
        let _ = writeln!(
            s,
            "{:<10} {:>6}  {:>9.3}  {:>6.3}  {:>5.3}",
            l.level, l.paired, l.precision, l.recall, l.f1
        );
    }
    for x in &r.rejected_gold_rows {
        let _ = writeln!(s, "rejected: {x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, g: &str, c: &str) -> Triple {
        Triple::new(s, g, c)
    }

    #[test]
    fn pairing_levels() {
        let gold = vec![t("IRNGOV", "USA", "112"), t("SYR", "-", "010")];
        let coded = vec![t("IRN", "USAGOV", "111"), t("SYRGOV", "---", "010")];
        assert_eq!(pairs(0, &gold, &coded), 0);
        assert_eq!(pairs(1, &gold, &coded), 1);
        assert_eq!(pairs(2, &gold, &coded), 2);
        // One coded event pairs with one gold event only.
        let twice = vec![t("IRN", "USA", "112"), t("IRN", "USA", "112")];
        assert_eq!(pairs(0, &twice, &[t("IRN", "USA", "112")]), 1);
    }

    #[test]
    fn gold_rows_read_and_rejected_with_file_and_line() {
        let dir = std::env::temp_dir().join(format!("dyad-triples-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("g.tsv");
        std::fs::write(
            &f,
            "line\tsource\ttarget\tcode\tnote\n3\tIRN\tUSA\t112\tx\n4\t-\t-\t-\tnone\n5\tIRN\n6\tIRN\tUSA\t9x\n",
        )
        .unwrap();
        let (mut gold, mut rejected) = (BTreeMap::new(), Vec::new());
        read_gold(&f, &mut gold, &mut rejected).unwrap();
        assert_eq!(gold[&3], vec![t("IRN", "USA", "112")]);
        assert!(gold[&4].is_empty());
        assert_eq!(rejected.len(), 2);
        // (File lines: the header is line 1.)
        assert!(rejected[0].contains("g.tsv:4:"), "{}", rejected[0]);
        assert!(rejected[1].contains("g.tsv:5:") && rejected[1].contains("9x"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
