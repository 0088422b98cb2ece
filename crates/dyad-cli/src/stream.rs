//! `dyad stream`: one JSON article per line on stdin, that article's enriched events
//! (`dyad.event/2`) as JSON Lines on stdout, flushed after each article. A bad line gives
//! `{"error":…,"line":N}` and the stream goes on. For Spark `RDD.pipe`, Dask, Ray.

use std::io::{BufRead, Write};
use std::sync::Arc;

use anyhow::Result;
use clap::Args;
use dyad_code::Coder;
use dyad_enrich::{Enricher, EventLine};

use crate::pipeline;
use crate::DictArgs;

#[derive(Args)]
pub(crate) struct StreamArgs {
    #[command(flatten)]
    dicts: DictArgs,
}

pub(crate) fn run(a: StreamArgs) -> Result<i32> {
    let coder = Coder::new(Arc::new(crate::dicts::load(&a.dicts)?));
    // Negation is kept and marked by dyad-enrich (PLOVER mode "negated").
    let coder = coder.clone().with_config(dyad_code::CoderConfig {
        negation: false,
        ..coder.config().clone()
    });
    let enricher = Enricher::new();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (i, line) in stdin.lock().lines().enumerate() {
        let n = i + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                let err = serde_json::json!({"error": format!("unreadable line: {e}"), "line": n});
                writeln!(out, "{err}")?;
                out.flush()?;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let rec = match dyad_io::readers::parse_article(&format!("stdin:{n}"), &line) {
            Ok(r) => r,
            Err(reason) => {
                writeln!(out, "{}", serde_json::json!({"error": reason, "line": n}))?;
                out.flush()?;
                continue;
            }
        };
        let p = pipeline::process(&coder, &enricher, &rec);
        match (&p.enriched, &p.reason) {
            (Some(en), _) => {
                for e in &en.events {
                    serde_json::to_writer(&mut out, &EventLine::new(&rec, e, en.tone))?;
                    out.write_all(b"\n")?;
                }
            }
            (None, Some(reason)) if p.status == dyad_store::ArticleStatus::Rejected => {
                let err = serde_json::json!({"error": reason, "line": n, "id": rec.id});
                writeln!(out, "{err}")?;
            }
            _ => {}
        }
        out.flush()?;
    }
    Ok(0)
}
