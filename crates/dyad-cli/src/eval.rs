//! `dyad eval`: how well the coder does on the development set and on the seed article.
//!
//! `dyad eval dev` codes every sentence of a development set (one sentence and its Phoenix
//! "PentaClass" 0–4 per line, tab-separated) with the coder `dyad code` uses, and reports the
//! coverage (share of sentences with at least one event), the share whose first event's code
//! is in the right class, the precision among covered sentences and a 5×5 confusion matrix.
//! `dyad eval seed` codes the project's seed article and checks the events the project's
//! acceptance asks for.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use dyad_code::Coder;
use dyad_core::{Event, Span};
use rayon::prelude::*;
use serde::Serialize;

use crate::{dicts, DictArgs};

/// The `dyad eval` subcommands.
#[derive(Subcommand)]
pub enum EvalCmd {
    /// Code the development set (sentence TAB class 0–4) and report coverage, class accuracy,
    /// precision and the confusion matrix.
    Dev(DevArgs),
    /// Code the seed article, print its events and the acceptance checks as PASS/FAIL.
    Seed(SeedArgs),
    /// Precision and recall on event triples (source, target, code) against hand-coded gold
    /// events (eval/dev-triples: sentences of the development set, by line number).
    Triples(crate::triples::TriplesArgs),
}

/// Options of `dyad eval dev`.
#[derive(Args)]
pub struct DevArgs {
    /// The development set: one sentence per line, a tab, its class 0–4 (default:
    /// ../shared/dev/conflibert-cameo-class.train.tsv beside the repository).
    tsv: Option<PathBuf>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
    /// CAMEO table whose column `pentaclass_phoenix` the class rule is checked against
    /// (default: ../shared/reference/cameo-event-codes.tsv; skipped when absent).
    #[arg(long)]
    cameo_table: Option<PathBuf>,
    /// Write one JSON line per sentence (gold class, first event, verb, pattern) to this file.
    #[arg(long)]
    details: Option<PathBuf>,
}

/// Options of `dyad eval seed`.
#[derive(Args)]
pub struct SeedArgs {
    /// The article (default: ../shared/seed/seed-article.txt beside the repository).
    article: Option<PathBuf>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Print events and checks as JSON.
    #[arg(long)]
    json: bool,
    /// Exit with status 4 when a check fails.
    #[arg(long)]
    strict: bool,
}

/// Runs a `dyad eval` subcommand; returns the exit status.
pub fn run(cmd: EvalCmd) -> Result<i32> {
    match cmd {
        EvalCmd::Dev(a) => dev(&a),
        EvalCmd::Seed(a) => seed(&a),
        EvalCmd::Triples(a) => crate::triples::run(&a, &shared_dir(), describe(a.dicts())),
    }
}

/// `../shared` beside the repository (resolved, so reports show a plain path).
fn shared_dir() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    std::fs::canonicalize(&p).unwrap_or(p)
}

/// How the dictionaries were chosen, for the report.
fn describe(a: &DictArgs) -> String {
    if let Some(p) = &a.phoenix {
        return format!("phoenix {}", p.display());
    }
    if a.verbs.is_empty() && a.actors.is_empty() && a.agents.is_empty() {
        let d = dicts::default_dir();
        return format!("dyad {}", std::fs::canonicalize(&d).unwrap_or(d).display());
    }
    let files: Vec<String> = a
        .verbs
        .iter()
        .chain(&a.actors)
        .chain(&a.agents)
        .chain(&a.discards)
        .chain(&a.issues)
        .map(|p| p.display().to_string())
        .collect();
    format!("files {}", files.join(" "))
}

// ---------------------------------------------------------------------------------------------
// The class rule

/// Names of the five PentaClasses.
pub const CLASS_NAMES: [&str; 5] = [
    "statement/appeal",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
];

/// Phoenix's PentaClass of a CAMEO event code, from its root (first two digits): 0 for roots
/// 01–02 (statements, appeals), 1 for 03–05 (verbal cooperation), 2 for 06–08 (material
/// cooperation), 3 for 09–13 and 16 (verbal conflict: "reduce relations" is verbal, as in the
/// quad classes), 4 for 14, 15 and 17–20 (material conflict). `None` for anything that is not
/// a 2–4 digit code with a root 01–20.
pub fn pentaclass(code: &str) -> Option<u8> {
    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let root: u8 = code.get(..2)?.parse().ok()?;
    match root {
        1..=2 => Some(0),
        3..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 | 16 => Some(3),
        14 | 15 | 17..=20 => Some(4),
        _ => None,
    }
}

/// The outcome of checking [`pentaclass`] against a CAMEO table.
#[derive(Serialize)]
pub struct RuleCheck {
    /// The table read, when it was found.
    table: Option<String>,
    /// Codes compared.
    codes_checked: usize,
    /// `code: rule R, table T` for every disagreement.
    mismatches: Vec<String>,
    /// True when the table was found and every code agreed.
    verified: bool,
}

/// Checks the class rule against the `pentaclass_phoenix` column of `path`; a missing file is
/// reported as not verified, a malformed one is an error.
fn check_rule(path: &Path) -> Result<RuleCheck> {
    if !path.exists() {
        return Ok(RuleCheck {
            table: None,
            codes_checked: 0,
            mismatches: Vec::new(),
            verified: false,
        });
    }
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .with_context(|| format!("{}:1: no column '{name}' in the header", path.display()))
    };
    let (code_col, class_col) = (col("cameo_code")?, col("pentaclass_phoenix")?);
    let mut check = RuleCheck {
        table: Some(path.display().to_string()),
        codes_checked: 0,
        mismatches: Vec::new(),
        verified: false,
    };
    for (i, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(code), Some(class)) = (f.get(code_col), f.get(class_col)) else {
            bail!(
                "{}:{}: fewer columns than the header",
                path.display(),
                i + 2
            );
        };
        let class: u8 = class.trim().parse().with_context(|| {
            format!(
                "{}:{}: pentaclass_phoenix '{class}' is not a number",
                path.display(),
                i + 2
            )
        })?;
        let code = code.trim();
        check.codes_checked += 1;
        match pentaclass(code) {
            Some(r) if r == class => {}
            r => check.mismatches.push(format!(
                "{code}: rule {}, table {class}",
                r.map_or("none".to_string(), |r| r.to_string())
            )),
        }
    }
    check.verified = check.codes_checked > 0 && check.mismatches.is_empty();
    Ok(check)
}

// ---------------------------------------------------------------------------------------------
// dyad eval dev

/// One line of the development set.
struct DevItem {
    /// 1-based line number in the file.
    line: usize,
    text: String,
    class: u8,
}

/// Reads the development set: `sentence TAB class` per line (the class in the last column),
/// blank lines ignored, a non-numeric class on line 1 taken as a header.
fn read_dev(path: &Path) -> Result<Vec<DevItem>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "reading the development set {} (give its path as the argument)",
            path.display()
        )
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let Some((sentence, class)) = line.rsplit_once('\t') else {
            bail!(
                "{}:{n}: expected 'sentence<TAB>class', found no tab",
                path.display()
            );
        };
        let class = match class.trim().parse::<u8>() {
            Ok(c) if c <= 4 => c,
            Ok(c) => bail!("{}:{n}: class {c} is not in 0–4", path.display()),
            Err(_) if n == 1 => continue,
            Err(_) => bail!(
                "{}:{n}: class '{}' is not a number 0–4",
                path.display(),
                class.trim()
            ),
        };
        out.push(DevItem {
            line: n,
            text: sentence.to_string(),
            class,
        });
    }
    if out.is_empty() {
        bail!("{}: no sentences", path.display());
    }
    Ok(out)
}

/// Per-class figures.
#[derive(Serialize)]
struct ClassFigures {
    class: u8,
    name: &'static str,
    /// Sentences of this gold class.
    gold: usize,
    /// Covered sentences of this gold class.
    covered: usize,
    /// Sentences whose first event falls in this class.
    predicted: usize,
    /// Sentences of this gold class whose first event is in it.
    correct: usize,
    /// correct / gold.
    recall: f64,
    /// correct / predicted (0 when nothing was predicted).
    precision: f64,
}

/// The figures of `dyad eval dev`.
#[derive(Serialize)]
struct DevReport {
    schema: &'static str,
    dataset: String,
    dictionaries: String,
    class_rule: RuleCheck,
    sentences: usize,
    /// Sentences with at least one event.
    covered: usize,
    /// Sentences with none (`discarded` of them by a discard phrase).
    uncovered: usize,
    discarded: usize,
    /// Covered sentences whose first event's code has no class (not a CAMEO code).
    unclassified: usize,
    /// Sentences whose first event is in the gold class.
    correct: usize,
    /// Sentences with some event (not necessarily the first) in the gold class.
    some_event_correct: usize,
    /// covered / sentences.
    coverage: f64,
    /// correct / sentences.
    accuracy: f64,
    /// correct / covered.
    precision: f64,
    /// Events over all sentences.
    events: usize,
    /// `confusion[gold][class of first event]`, covered and classified sentences only.
    confusion: [[usize; 5]; 5],
    classes: Vec<ClassFigures>,
}

/// One sentence's outcome, for `--details`.
#[derive(Serialize)]
struct Detail<'a> {
    line: usize,
    gold: u8,
    predicted: Option<u8>,
    code: Option<&'a str>,
    source: Option<&'a str>,
    target: Option<&'a str>,
    verb: Option<&'a str>,
    pattern: Option<String>,
    events: usize,
    discarded: bool,
    text: &'a str,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn span_text(text: &str, s: Span) -> &str {
    text.get(s.start as usize..s.end as usize).unwrap_or("")
}

fn dev(a: &DevArgs) -> Result<i32> {
    let shared = shared_dir();
    let table = a
        .cameo_table
        .clone()
        .unwrap_or_else(|| shared.join("reference/cameo-event-codes.tsv"));
    let rule = check_rule(&table)?;
    if !rule.mismatches.is_empty() {
        bail!(
            "the PentaClass rule disagrees with {} on {} codes: {}",
            table.display(),
            rule.mismatches.len(),
            rule.mismatches.join("; ")
        );
    }
    let path = a
        .tsv
        .clone()
        .unwrap_or_else(|| shared.join("dev/conflibert-cameo-class.train.tsv"));
    let items = read_dev(&path)?;
    let t0 = std::time::Instant::now();
    let coder = Coder::new(Arc::new(dicts::load(&a.dicts)?));
    let results: Vec<_> = items
        .par_iter()
        .map(|it| coder.code_text(&format!("dev:{}", it.line), &it.text, None))
        .collect();
    let secs = t0.elapsed().as_secs_f64();

    let mut r = DevReport {
        schema: "dyad.eval.dev/1",
        dataset: path.display().to_string(),
        dictionaries: describe(&a.dicts),
        class_rule: rule,
        sentences: items.len(),
        covered: 0,
        uncovered: 0,
        discarded: 0,
        unclassified: 0,
        correct: 0,
        some_event_correct: 0,
        coverage: 0.0,
        accuracy: 0.0,
        precision: 0.0,
        events: 0,
        confusion: [[0; 5]; 5],
        classes: Vec::new(),
    };
    let mut details = a
        .details
        .as_ref()
        .map(|p| {
            std::fs::File::create(p)
                .map(std::io::BufWriter::new)
                .with_context(|| format!("creating {}", p.display()))
        })
        .transpose()?;
    for (it, res) in items.iter().zip(&results) {
        r.events += res.events.len();
        if res
            .events
            .iter()
            .any(|e| pentaclass(&e.code) == Some(it.class))
        {
            r.some_event_correct += 1;
        }
        let first: Option<&Event> = res.events.first();
        let predicted = first.and_then(|e| pentaclass(&e.code));
        match (first, predicted) {
            (None, _) => {
                r.uncovered += 1;
                if res.discarded.is_some() {
                    r.discarded += 1;
                }
            }
            (Some(_), None) => {
                r.covered += 1;
                r.unclassified += 1;
            }
            (Some(_), Some(p)) => {
                r.covered += 1;
                r.confusion[it.class as usize][p as usize] += 1;
                if p == it.class {
                    r.correct += 1;
                }
            }
        }
        if let Some(w) = details.as_mut() {
            let d = Detail {
                line: it.line,
                gold: it.class,
                predicted,
                code: first.map(|e| e.code.as_str()),
                source: first.map(|e| e.source.as_str()),
                target: first.map(|e| e.target.as_str()),
                verb: first.map(|e| span_text(&it.text, e.verb_span)),
                pattern: first
                    .and_then(|e| e.pattern.as_ref())
                    .map(|p| format!("{}:{}: {}", p.file, p.line, p.entry)),
                events: res.events.len(),
                discarded: res.discarded.is_some(),
                text: &it.text,
            };
            serde_json::to_writer(&mut *w, &d)?;
            std::io::Write::write_all(w, b"\n")?;
        }
    }
    if let Some(mut w) = details {
        std::io::Write::flush(&mut w).context("writing --details")?;
    }
    r.coverage = ratio(r.covered, r.sentences);
    r.accuracy = ratio(r.correct, r.sentences);
    r.precision = ratio(r.correct, r.covered);
    for (c, name) in CLASS_NAMES.iter().enumerate() {
        let gold = items.iter().filter(|it| it.class as usize == c).count();
        let covered: usize = r.confusion[c].iter().sum::<usize>()
            + items
                .iter()
                .zip(&results)
                .filter(|(it, res)| {
                    it.class as usize == c
                        && res
                            .events
                            .first()
                            .is_some_and(|e| pentaclass(&e.code).is_none())
                })
                .count();
        let predicted: usize = (0..5).map(|g| r.confusion[g][c]).sum();
        let correct = r.confusion[c][c];
        r.classes.push(ClassFigures {
            class: c as u8,
            name,
            gold,
            covered,
            predicted,
            correct,
            recall: ratio(correct, gold),
            precision: ratio(correct, predicted),
        });
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&r)?);
    } else {
        print!("{}", dev_table(&r));
    }
    eprintln!(
        "dyad eval dev: {} sentences, {} events; dictionaries loaded and sentences coded in {:.2}s",
        r.sentences, r.events, secs
    );
    Ok(0)
}

fn pct(x: f64) -> String {
    format!("{:5.1} %", 100.0 * x)
}

/// The readable report of `dyad eval dev`.
fn dev_table(r: &DevReport) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "development set  {}", r.dataset);
    let _ = writeln!(s, "dictionaries     {}", r.dictionaries);
    let _ = match &r.class_rule.table {
        Some(t) => writeln!(
            s,
            "class rule       verified against {} ({} codes)",
            t, r.class_rule.codes_checked
        ),
        None => writeln!(s, "class rule       not verified (CAMEO table not found)"),
    };
    let _ = writeln!(s);
    let _ = writeln!(s, "sentences                    {:5}", r.sentences);
    let _ = writeln!(
        s,
        "covered (≥ 1 event)          {:5}  coverage  {}",
        r.covered,
        pct(r.coverage)
    );
    let _ = writeln!(
        s,
        "first event in gold class    {:5}  accuracy  {}  (of all sentences)",
        r.correct,
        pct(r.accuracy)
    );
    let _ = writeln!(
        s,
        "                                    precision {}  (of covered sentences)",
        pct(r.precision)
    );
    let _ = writeln!(
        s,
        "some event in gold class     {:5}            {}  (of all sentences)",
        r.some_event_correct,
        pct(ratio(r.some_event_correct, r.sentences))
    );
    let _ = writeln!(
        s,
        "no event                     {:5}  ({} discarded)",
        r.uncovered, r.discarded
    );
    let _ = writeln!(s, "first code without a class   {:5}", r.unclassified);
    let _ = writeln!(s, "events                       {:5}", r.events);
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "gold \\ first event         0     1     2     3     4  none   total  recall"
    );
    for (c, row) in r.confusion.iter().enumerate() {
        let f = &r.classes[c];
        let _ = write!(s, "{c} {:22}", CLASS_NAMES[c]);
        for n in row {
            let _ = write!(s, "{n:6}");
        }
        let _ = writeln!(s, "{:6}{:8}  {}", f.gold - f.covered, f.gold, pct(f.recall));
    }
    let _ = write!(s, "{:24}", "predicted");
    for f in &r.classes {
        let _ = write!(s, "{:6}", f.predicted);
    }
    let _ = writeln!(s);
    let _ = write!(s, "{:24}", "precision");
    for f in &r.classes {
        let _ = write!(s, " {:4.0}%", 100.0 * f.precision);
    }
    let _ = writeln!(s);
    s
}

// ---------------------------------------------------------------------------------------------
// dyad eval seed

/// One acceptance check on the seed article.
#[derive(Serialize)]
struct Check {
    name: &'static str,
    pass: bool,
    /// The events that satisfy (or, for a "no …" check, violate) it, by index.
    events: Vec<usize>,
}

/// One event, as printed.
#[derive(Serialize)]
struct SeedEvent {
    index: usize,
    sentence: u32,
    /// The sentence's text (checks look for their evidence word in it).
    #[serde(skip)]
    sentence_text: String,
    source: String,
    target: String,
    code: String,
    verb: String,
    source_text: String,
    target_text: String,
}

fn actor_is(code: &str, country: &str) -> bool {
    code.starts_with(country)
}

/// The project's acceptance checks on the seed article's events. A positive check needs an
/// event with the right codes in a sentence that says it (its evidence word, e.g. "meeting"),
/// so an event of the same kind elsewhere in the article does not pass it.
fn seed_checks(ev: &[SeedEvent]) -> Vec<Check> {
    let says = |e: &SeedEvent, words: &[&str]| {
        let t = e.sentence_text.to_lowercase();
        words.iter().any(|w| t.contains(w))
    };
    let root = |e: &SeedEvent, roots: &[&str]| roots.iter().any(|r| e.code.starts_with(r));
    let find = |f: &dyn Fn(&SeedEvent) -> bool| -> Vec<usize> {
        ev.iter().filter(|e| f(e)).map(|e| e.index).collect()
    };
    let mut out = Vec::new();
    let mut push = |name, events: Vec<usize>, want_some: bool| {
        out.push(Check {
            name,
            pass: events.is_empty() != want_some,
            events,
        });
    };
    push(
        "meeting (04x) between IRN and SYR actors, in the sentence of the meeting",
        find(&|e| {
            root(e, &["04"])
                && says(e, &["meet"])
                && ((actor_is(&e.source, "IRN") && actor_is(&e.target, "SYR"))
                    || (actor_is(&e.source, "SYR") && actor_is(&e.target, "IRN")))
        }),
        true,
    );
    push(
        "IRN -> USA demand (10x) that it withdraw",
        find(&|e| {
            root(e, &["10"])
                && says(e, &["withdraw"])
                && actor_is(&e.source, "IRN")
                && actor_is(&e.target, "USA")
        }),
        true,
    );
    push(
        "SYR -> IRN praise (05x), 'hailed'",
        find(&|e| {
            root(e, &["05"])
                && says(e, &["hail"])
                && actor_is(&e.source, "SYR")
                && actor_is(&e.target, "IRN")
        }),
        true,
    );
    push(
        "accusation (11x/12x) of the USA (Washington) by a non-USA source",
        find(&|e| {
            root(e, &["11", "12"])
                && says(e, &["accus"])
                && actor_is(&e.target, "USA")
                && !e.source.is_empty()
                && !actor_is(&e.source, "USA")
        }),
        true,
    );
    push(
        "ISR -> SYR force (18x/19x), 'targets' / 'attacks'",
        find(&|e| {
            root(e, &["18", "19"])
                && says(e, &["target", "attack"])
                && actor_is(&e.source, "ISR")
                && actor_is(&e.target, "SYR")
        }),
        true,
    );
    push(
        "no USA-source 'withdraw' act (087x, 166x or the verb withdraw)",
        find(&|e| {
            actor_is(&e.source, "USA")
                && (root(e, &["087", "166"]) || e.verb.to_lowercase().contains("withdr"))
        }),
        false,
    );
    out
}

fn seed(a: &SeedArgs) -> Result<i32> {
    let path = a
        .article
        .clone()
        .unwrap_or_else(|| shared_dir().join("seed/seed-article.txt"));
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading the seed article {}", path.display()))?;
    let coder = Coder::new(Arc::new(dicts::load(&a.dicts)?));
    let res = coder.code_text("seed", &text, None);
    let events: Vec<SeedEvent> = res
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| SeedEvent {
            index: i + 1,
            sentence: e.sentence,
            sentence_text: span_text(&text, e.sentence_span).to_string(),
            source: e.source.clone(),
            target: e.target.clone(),
            code: e.code.clone(),
            verb: span_text(&text, e.verb_span).to_string(),
            source_text: e
                .source_actor
                .as_ref()
                .map(|m| span_text(&text, m.span).to_string())
                .unwrap_or_default(),
            target_text: e
                .target_actor
                .as_ref()
                .map(|m| span_text(&text, m.span).to_string())
                .unwrap_or_default(),
        })
        .collect();
    let checks = seed_checks(&events);
    let passed = checks.iter().filter(|c| c.pass).count();
    if a.json {
        #[derive(Serialize)]
        struct Out<'a> {
            schema: &'static str,
            article: String,
            dictionaries: String,
            sentences: usize,
            events: &'a [SeedEvent],
            checks: &'a [Check],
            passed: usize,
        }
        let o = Out {
            schema: "dyad.eval.seed/1",
            article: path.display().to_string(),
            dictionaries: describe(&a.dicts),
            sentences: res.sentences,
            events: &events,
            checks: &checks,
            passed,
        };
        println!("{}", serde_json::to_string_pretty(&o)?);
    } else {
        println!("seed article  {}", path.display());
        println!("dictionaries  {}", describe(&a.dicts));
        println!("{} sentences, {} events\n", res.sentences, events.len());
        println!(
            "{:>3} {:>4}  {:10} {:10} {:5}  {:18} {:28} target words",
            "#", "sent", "source", "target", "code", "verb", "source words"
        );
        for e in &events {
            println!(
                "{:3} {:4}  {:10} {:10} {:5}  {:18} {:28} {}",
                e.index,
                e.sentence,
                e.source,
                e.target,
                e.code,
                e.verb,
                e.source_text,
                e.target_text
            );
        }
        println!();
        for c in &checks {
            let ids: Vec<String> = c.events.iter().map(|i| format!("#{i}")).collect();
            println!(
                "{}  {}{}",
                if c.pass { "PASS" } else { "FAIL" },
                c.name,
                if ids.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", ids.join(" "))
                }
            );
        }
        println!("{passed} of {} checks pass", checks.len());
    }
    Ok(if a.strict && passed < checks.len() {
        4
    } else {
        0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_rule_by_root() {
        let cases = [
            ("010", Some(0)),
            ("0256", Some(0)),
            ("03", Some(1)),
            ("057", Some(1)),
            ("0874", Some(2)),
            ("09", Some(3)),
            ("138", Some(3)),
            ("1663", Some(3)),
            ("14", Some(4)),
            ("154", Some(4)),
            ("173", Some(4)),
            ("204", Some(4)),
            ("00", None),
            ("21", None),
            ("---", None),
            ("1a2", None),
            ("0", None),
            ("10000", None),
        ];
        for (code, want) in cases {
            assert_eq!(pentaclass(code), want, "{code}");
        }
    }

    #[test]
    fn dev_reader_reports_file_and_line() {
        let dir = std::env::temp_dir().join(format!("dyad-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("dev.tsv");
        std::fs::write(&p, "text\tlabel\nIran met Syria.\t1\n\nBad line\t7\n").unwrap();
        let e = read_dev(&p).err().expect("class 7 must be refused");
        assert!(format!("{e:#}").contains("dev.tsv:4: class 7"), "{e:#}");
        std::fs::write(&p, "text\tlabel\nIran met Syria.\t1\nUS troops left.\t2\n").unwrap();
        let items = read_dev(&p).unwrap();
        assert_eq!(
            items.iter().map(|i| (i.line, i.class)).collect::<Vec<_>>(),
            vec![(2, 1), (3, 2)]
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn seed_checks_read_codes_and_actors() {
        let ev = |index, source: &str, target: &str, code: &str, verb: &str| SeedEvent {
            index,
            sentence: 0,
            sentence_text: verb.into(),
            source: source.into(),
            target: target.into(),
            code: code.into(),
            verb: verb.into(),
            source_text: String::new(),
            target_text: String::new(),
        };
        let events = [
            ev(1, "IRNGOV", "SYRMIL", "043", "meeting"),
            ev(3, "IRNGOV", "SYRMIL", "040", "maintains"),
            ev(2, "USAMIL", "SYR", "0874", "withdraw"),
        ];
        let checks = seed_checks(&events);
        assert!(checks[0].pass);
        assert_eq!(
            checks[0].events,
            vec![1],
            "a 04x without the meeting is not evidence"
        );
        assert!(!checks[1].pass);
        assert!(!checks[5].pass, "a USA withdrawal must fail the last check");
        assert_eq!(checks[5].events, vec![2]);
    }
}
