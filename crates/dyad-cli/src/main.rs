//! `dyad`: code news text into CAMEO events.
//!
//! Exit codes: 0 success; 1 a run-time failure (unreadable dictionaries, I/O); 2 usage errors
//! (clap); 3 `dict check` found errors; 4 `validate` finished with mismatches.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod analyze;
mod dicts;
mod eval;
mod export;
mod ingest;
mod pipeline;
mod query;
mod stream;
mod triples;
mod validate;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use dyad_code::Coder;
use dyad_io::sink::{JsonLines, Sink, Table};
use rayon::prelude::*;

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Political event data from news text: CAMEO events with their evidence."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Code text, JSON Lines articles, PETRARCH XML or TABARI records into events.
    Code(CodeArgs),
    /// Show how each sentence is read: tokens, lemmas, tags, phrases, verbs with subject,
    /// object, negation, modality, reported speech; and the dictionary phrases recognised.
    Analyze(CodeArgs),
    /// Run a peer validation suite (PETRARCH XML, TABARI .project or text file).
    Validate(ValidateArgs),
    /// Measure coding quality: the development set (`dev`) and the seed article (`seed`).
    Eval {
        #[command(subcommand)]
        cmd: eval::EvalCmd,
    },
    /// Code and enrich articles into the SQLite store (idempotent, resumable).
    Ingest(ingest::IngestArgs),
    /// Select events from the store.
    Query(query::QueryArgs),
    /// Export the store: GDELT 2.0 events or mentions TSV, or JSON Lines.
    Export(export::ExportArgs),
    /// One JSON article per stdin line in, its enriched events (JSON Lines) out, per article.
    Stream(stream::StreamArgs),
    /// Dictionary tools.
    Dict {
        #[command(subcommand)]
        cmd: DictCmd,
    },
}

#[derive(Subcommand)]
enum DictCmd {
    /// Report malformed lines, unknown CAMEO codes and duplicates; non-zero exit on errors.
    Check(CheckArgs),
}

/// Dictionary selection shared by the commands.
#[derive(Args, Clone, Default)]
pub struct DictArgs {
    /// Verb dictionary (TABARI .verbs or PETRARCH verb patterns); repeatable.
    #[arg(long)]
    verbs: Vec<PathBuf>,
    /// Actor dictionary; repeatable.
    #[arg(long)]
    actors: Vec<PathBuf>,
    /// Agent dictionary; repeatable.
    #[arg(long)]
    agents: Vec<PathBuf>,
    /// Discard dictionary; repeatable.
    #[arg(long)]
    discards: Vec<PathBuf>,
    /// Issue dictionary; repeatable.
    #[arg(long)]
    issues: Vec<PathBuf>,
    /// TABARI options file.
    #[arg(long)]
    options: Option<PathBuf>,
    /// Use the Phoenix set in this folder, as petrarch2 configures it: PETRARCH-2's verb
    /// dictionary CAMEO.2.0.txt, three actor files, agents, discards, issues.
    #[arg(long)]
    phoenix: Option<PathBuf>,
    /// With --phoenix: PETRARCH-2's verb dictionary CAMEO.2.0.txt (the default; kept so that
    /// older command lines still run).
    #[arg(long, conflicts_with = "petrarch1_verbs")]
    petrarch2: bool,
    /// With --phoenix: PETRARCH-1's verb patterns CAMEO.verbpatterns.150430.txt instead of
    /// CAMEO.2.0.txt.
    #[arg(long)]
    petrarch1_verbs: bool,
    /// With --phoenix: also load dyad's own actor dictionaries (people, places and groups of
    /// 2026) after the Phoenix actors, whose entries end around 2015.
    #[arg(long)]
    current_actors: bool,
    /// With --phoenix: also load dyad's own verb dictionary after CAMEO.2.0.txt (its
    /// synsets apart), for verbs the 2015 set lacks ("urge", …); a verb both list has the
    /// patterns of both.
    #[arg(long)]
    current_verbs: bool,
    /// With --phoenix: keep events without a source or a target too (the Phoenix pipeline,
    /// like PETRARCH, keeps only events with both).
    #[arg(long)]
    monadic: bool,
}

#[derive(Args)]
struct CodeArgs {
    /// Inputs: files, folders, or `-` for stdin (the default).
    inputs: Vec<String>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Output: `jsonl` (default when not on a terminal) or `table`.
    #[arg(long)]
    output: Option<String>,
    /// Input format: text, jsonl, xml, tabari (guessed when absent).
    #[arg(long)]
    format: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Print the accounting summary as JSON on stderr.
    #[arg(long)]
    summary_json: bool,
    /// Print how each sentence was read (dictionary phrases, actor groups) on stderr.
    #[arg(long)]
    explain: bool,
    /// Keep only events with a source and a target actor (PETRARCH's `require_dyad`, as the
    /// Phoenix pipeline codes).
    #[arg(long)]
    require_dyad: bool,
}

#[derive(Args)]
struct ValidateArgs {
    /// The suite file.
    suite: PathBuf,
    /// Print only the summary line.
    #[arg(long, short)]
    quiet: bool,
    /// Print how this record (by id; repeatable) was read, with the suite's settings.
    #[arg(long, value_name = "ID")]
    explain: Vec<String>,
}

#[derive(Args)]
struct CheckArgs {
    /// Dictionary files; the kind is taken from the name (verbs, actors, agents, discards,
    /// issues, options) unless given with --verbs/--actors/… .
    files: Vec<PathBuf>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Do not report codes that are not in the CAMEO table (for WEIS or private codes).
    #[arg(long)]
    no_cameo: bool,
}

fn main() {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Code(a) => code(a),
        Cmd::Analyze(a) => analyze_cmd(a),
        Cmd::Validate(a) => validate::run(&a.suite, a.quiet, &a.explain),
        Cmd::Ingest(a) => ingest::run(a),
        Cmd::Query(a) => query::run(a),
        Cmd::Export(a) => export::run(a),
        Cmd::Stream(a) => stream::run(a),
        Cmd::Eval { cmd } => eval::run(cmd),
        Cmd::Dict {
            cmd: DictCmd::Check(a),
        } => check(a),
    };
    match r {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("dyad: error: {e:#}");
            std::process::exit(1);
        }
    }
}

/// Accounting of a run.
#[derive(Default, serde::Serialize)]
struct Accounting {
    records: usize,
    coded: usize,
    no_event: usize,
    discarded: usize,
    rejected: usize,
    events: usize,
    sentences: usize,
    rejected_reasons: Vec<dyad_io::Rejected>,
}

fn code(a: CodeArgs) -> Result<i32> {
    if let Some(t) = a.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(t)
            .build_global()
            .ok();
    }
    let t0 = std::time::Instant::now();
    let dict = dicts::load(&a.dicts)?;
    let load_time = t0.elapsed();
    let coder = Coder::new(Arc::new(dict));
    let coder = if a.require_dyad {
        let cfg = dyad_code::CoderConfig {
            require_dyad: true,
            ..coder.config().clone()
        };
        coder.with_config(cfg)
    } else {
        coder
    };
    let format = match a.format.as_deref() {
        None => None,
        Some("text") => Some(dyad_io::readers::Format::Text),
        Some("jsonl") => Some(dyad_io::readers::Format::JsonLines),
        Some("xml") => Some(dyad_io::readers::Format::PetrarchXml),
        Some("tabari") => Some(dyad_io::readers::Format::Tabari),
        Some(f) => anyhow::bail!("unknown --format '{f}' (text, jsonl, xml, tabari)"),
    };
    let inputs = if a.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        a.inputs.clone()
    };
    let stdout = std::io::stdout();
    let table = match a.output.as_deref() {
        Some("table") => true,
        Some("jsonl") => false,
        Some(o) => anyhow::bail!("unknown --output '{o}' (jsonl, table)"),
        None => stdout.is_terminal(),
    };
    let mut sink: Box<dyn Sink> = if table {
        Box::new(Table::new(stdout.lock()))
    } else {
        Box::new(JsonLines::new(std::io::BufWriter::new(stdout.lock())))
    };
    let mut acc = Accounting::default();
    let t1 = std::time::Instant::now();
    for input in &inputs {
        let outcome = dyad_io::read_path(input, format);
        for w in &outcome.warnings {
            eprintln!("dyad: warning {}: {}", w.origin, w.reason);
        }
        for r in &outcome.rejected {
            eprintln!("dyad: rejected {}: {}", r.origin, r.reason);
        }
        acc.rejected += outcome.rejected.len();
        acc.rejected_reasons.extend(outcome.rejected);
        let results: Vec<_> = outcome
            .records
            .par_iter()
            .map(|r| coder.try_code_text(&r.id, &r.text, r.date))
            .collect();
        for (rec, res) in outcome.records.iter().zip(results) {
            let res = match res {
                Ok(res) => res,
                Err(reason) => {
                    eprintln!("dyad: rejected {}: {reason}", rec.origin);
                    acc.rejected += 1;
                    acc.rejected_reasons.push(dyad_io::Rejected {
                        origin: rec.origin.clone(),
                        reason,
                    });
                    continue;
                }
            };
            if a.explain {
                eprint!("record {}\n{}", rec.id, coder.explain(&rec.text, rec.date));
            }
            acc.records += 1;
            acc.sentences += res.sentences;
            if res.discarded.is_some() {
                acc.discarded += 1;
            } else if res.events.is_empty() {
                acc.no_event += 1;
            } else {
                acc.coded += 1;
            }
            acc.events += res.events.len();
            sink.write_record(rec, &res.events)
                .context("writing events")?;
        }
    }
    sink.finish().context("writing events")?;
    let secs = t1.elapsed().as_secs_f64();
    eprintln!(
        "dyad: {} records: {} coded, {} no event, {} discarded, {} rejected; {} events from {} sentences in {:.2}s ({:.0} sentences/s; dictionaries loaded in {:.2}s)",
        acc.records + acc.rejected,
        acc.coded,
        acc.no_event,
        acc.discarded,
        acc.rejected,
        acc.events,
        acc.sentences,
        secs,
        acc.sentences as f64 / secs.max(1e-9),
        load_time.as_secs_f64()
    );
    if a.summary_json {
        let mut e = std::io::stderr();
        serde_json::to_writer(&mut e, &acc)?;
        writeln!(e)?;
    }
    Ok(0)
}

fn analyze_cmd(a: CodeArgs) -> Result<i32> {
    let coder = Coder::new(Arc::new(dicts::load(&a.dicts)?));
    let inputs = if a.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        a.inputs.clone()
    };
    let mut out = std::io::stdout().lock();
    for input in &inputs {
        let outcome = dyad_io::read_path(input, None);
        for r in &outcome.rejected {
            eprintln!("dyad: rejected {}: {}", r.origin, r.reason);
        }
        for rec in &outcome.records {
            out.write_all(analyze::print(&coder, &rec.id, &rec.text).as_bytes())?;
        }
    }
    Ok(0)
}

fn check(a: CheckArgs) -> Result<i32> {
    let mut args = a.dicts.clone();
    for f in &a.files {
        let n = f
            .file_name()
            .map(|s| s.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if n.contains("verb") || n.starts_with("cameo") {
            args.verbs.push(f.clone());
        } else if n.contains("agent") {
            args.agents.push(f.clone());
        } else if n.contains("discard") {
            args.discards.push(f.clone());
        } else if n.contains("issue") {
            args.issues.push(f.clone());
        } else if n.contains("option") {
            args.options = Some(f.clone());
        } else {
            args.actors.push(f.clone());
        }
    }
    let d = dicts::load_only(&args)?;
    let diags = dyad_dict::check::check(&d, !a.no_cameo);
    let errors = diags.iter().filter(|d| d.error).count();
    for x in &diags {
        println!("{x}");
    }
    eprintln!(
        "dyad dict check: {}; {} errors, {} warnings",
        d.summary(),
        errors,
        diags.len() - errors
    );
    Ok(if errors > 0 { 3 } else { 0 })
}
