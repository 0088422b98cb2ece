//! `dyad ingest`: articles into the SQLite store, coded and enriched, in batched transactions.
//! Idempotent by article id + content hash, so a killed run resumes where it stopped.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use dyad_code::Coder;
use dyad_enrich::Enricher;
use dyad_store::{ArticleResult, ArticleStatus, Store};
use rayon::prelude::*;

use crate::pipeline;
use crate::DictArgs;

#[derive(Args)]
pub(crate) struct IngestArgs {
    /// The SQLite store (created when missing).
    #[arg(long)]
    db: PathBuf,
    /// Inputs: JSON Lines articles, text files, HTML pages, folders, .gz, or `-` (default).
    inputs: Vec<String>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 500)]
    batch: usize,
    /// Print the accounting as JSON on stdout.
    #[arg(long)]
    summary_json: bool,
}

#[derive(Default, serde::Serialize)]
struct Accounting {
    read: u64,
    already_stored: u64,
    coded: u64,
    no_event: u64,
    discarded: u64,
    rejected: u64,
    rejected_by_reason: BTreeMap<String, u64>,
    events_written: u64,
    new_events: u64,
    mentions_written: u64,
    bytes: u64,
    seconds: f64,
    articles_per_second: f64,
    mb_per_second: f64,
}

pub(crate) fn run(a: IngestArgs) -> Result<i32> {
    if let Some(t) = a.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(t)
            .build_global()
            .ok();
    }
    let t0 = std::time::Instant::now();
    let dict = crate::dicts::load(&a.dicts)?;
    let coder = Coder::new(Arc::new(dict));
    // Negation is kept and marked by dyad-enrich (PLOVER mode "negated").
    let coder = coder.clone().with_config(dyad_code::CoderConfig {
        negation: false,
        ..coder.config().clone()
    });
    let enricher = Enricher::new();
    let mut store = Store::open(&a.db).with_context(|| format!("opening {}", a.db.display()))?;
    let inputs = if a.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        a.inputs.clone()
    };
    let (records, rejected) = pipeline::read_inputs(&inputs);
    let mut acc = Accounting::default();
    let total = (records.len() + rejected.len()) as u64;
    let bar = if std::io::stderr().is_terminal() {
        let b = indicatif::ProgressBar::new(total);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{elapsed_precise} [{bar:40}] {pos}/{len} articles ({per_sec}, eta {eta}) {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    // Reader rejections are stored too (status `rejected`), so they are accounted once.
    let mut rej_batch = Vec::new();
    for r in &rejected {
        eprintln!("dyad: rejected {}: {}", r.origin, r.reason);
        acc.read += 1;
        acc.rejected += 1;
        *acc.rejected_by_reason
            .entry(pipeline::reason_key(&r.reason))
            .or_default() += 1;
        let (rec, hash) = pipeline::rejected_record(r);
        if store.seen(&rec.id, &hash)? {
            continue;
        }
        rej_batch.push(ArticleResult {
            article: rec,
            content_hash: hash,
            status: ArticleStatus::Rejected,
            reason: Some(r.reason.clone()),
            events: Vec::new(),
        });
    }
    if !rej_batch.is_empty() {
        store.write_batch(&rej_batch)?;
    }
    if let Some(b) = &bar {
        b.inc(rejected.len() as u64);
    }
    let batch = a.batch.max(1);
    let mut records = records;
    while !records.is_empty() {
        let rest = records.split_off(batch.min(records.len()));
        let chunk = std::mem::replace(&mut records, rest);
        let n = chunk.len() as u64;
        let mut todo = Vec::with_capacity(chunk.len());
        for r in chunk {
            acc.read += 1;
            acc.bytes += r.text.len() as u64;
            let h = pipeline::content_hash(&r);
            if store.seen(&r.id, &h)? {
                acc.already_stored += 1;
            } else {
                todo.push((r, h));
            }
        }
        let results: Vec<ArticleResult> = todo
            .into_par_iter()
            .map(|(r, h)| {
                let p = pipeline::process(&coder, &enricher, &r);
                pipeline::to_article_result(r, h, p)
            })
            .collect();
        for ar in &results {
            match ar.status {
                ArticleStatus::Coded => acc.coded += 1,
                ArticleStatus::NoEvent => acc.no_event += 1,
                ArticleStatus::Discarded => acc.discarded += 1,
                ArticleStatus::Rejected => {
                    acc.rejected += 1;
                    let reason = ar.reason.as_deref().unwrap_or("");
                    eprintln!("dyad: rejected {}: {reason}", ar.article.origin);
                    *acc.rejected_by_reason
                        .entry(pipeline::reason_key(reason))
                        .or_default() += 1;
                }
            }
            acc.events_written += ar.events.len() as u64;
        }
        let st = store
            .write_batch(&results)
            .with_context(|| format!("writing to {}", a.db.display()))?;
        acc.new_events += st.new_events;
        acc.mentions_written += st.mentions;
        if let Some(b) = &bar {
            b.inc(n);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    acc.seconds = t0.elapsed().as_secs_f64();
    acc.articles_per_second = acc.read as f64 / acc.seconds.max(1e-9);
    acc.mb_per_second = acc.bytes as f64 / 1e6 / acc.seconds.max(1e-9);
    let counts = store.counts()?;
    let reasons: Vec<String> = acc
        .rejected_by_reason
        .iter()
        .map(|(k, v)| format!("{v} {k}"))
        .collect();
    eprintln!(
        "dyad ingest: {} articles read ({} already stored): {} coded, {} without events, {} discarded, {} rejected{}; {} events and {} mentions written ({} new events); {:.1}s, {:.0} articles/s, {:.2} MB/s; store now {} articles, {} events, {} mentions",
        acc.read,
        acc.already_stored,
        acc.coded,
        acc.no_event,
        acc.discarded,
        acc.rejected,
        if reasons.is_empty() { String::new() } else { format!(" ({})", reasons.join(", ")) },
        acc.events_written,
        acc.mentions_written,
        acc.new_events,
        acc.seconds,
        acc.articles_per_second,
        acc.mb_per_second,
        counts.articles,
        counts.events,
        counts.mentions,
    );
    if a.summary_json {
        println!("{}", serde_json::to_string(&acc)?);
    }
    Ok(0)
}
