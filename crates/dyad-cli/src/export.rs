//! `dyad export`: the store as GDELT 2.0 Events / Mentions TSV or JSON Lines.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_store::Store;

#[derive(Args)]
pub(crate) struct ExportArgs {
    /// The SQLite store.
    #[arg(long)]
    db: PathBuf,
    /// gdelt-events (61 columns), gdelt-mentions (16 columns) or jsonl.
    #[arg(long)]
    format: String,
    /// Output file (default: stdout).
    #[arg(long)]
    out: Option<PathBuf>,
}

pub(crate) fn run(a: ExportArgs) -> Result<i32> {
    if !a.db.exists() {
        bail!("{}: no such store", a.db.display());
    }
    let store = Store::open(&a.db).with_context(|| format!("opening {}", a.db.display()))?;
    let mut w: Box<dyn Write> = match &a.out {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let n = match a.format.as_str() {
        "gdelt-events" => store.write_gdelt_events(&mut w)?,
        "gdelt-mentions" => store.write_gdelt_mentions(&mut w)?,
        "jsonl" => store.write_jsonl_events(&mut w)?,
        "parquet" => bail!("Parquet export is not implemented yet (use jsonl or gdelt-events)"),
        f => bail!("unknown --format '{f}' (gdelt-events, gdelt-mentions, jsonl)"),
    };
    w.flush()?;
    eprintln!("dyad export: {n} rows ({})", a.format);
    Ok(0)
}
