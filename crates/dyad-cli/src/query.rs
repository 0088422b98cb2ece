//! `dyad query`: events from the store by actor, dyad, code, root, quad class, dates, country
//! and words, as a table, JSON Lines or CSV.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_store::{EventRow, Filter, Store};

#[derive(Args)]
pub(crate) struct QueryArgs {
    /// The SQLite store.
    #[arg(long)]
    db: PathBuf,
    /// Source or target actor code starts with this.
    #[arg(long)]
    actor: Option<String>,
    /// Exactly this source and target: `SRC,TGT`.
    #[arg(long)]
    dyad: Option<String>,
    /// Event code starts with this.
    #[arg(long)]
    code: Option<String>,
    /// CAMEO root code (01–20).
    #[arg(long)]
    root: Option<String>,
    /// Quad class 1–4.
    #[arg(long)]
    quad: Option<u8>,
    /// Event date on or after (YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Event date on or before (YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Location country (ISO3 or FIPS).
    #[arg(long)]
    country: Option<String>,
    /// A mention's sentence contains these words (case-insensitive).
    #[arg(long)]
    words: Option<String>,
    /// At most this many events.
    #[arg(long)]
    limit: Option<usize>,
    /// table (default on a terminal), jsonl (default in a pipe) or csv.
    #[arg(long)]
    output: Option<String>,
}

fn date(s: &Option<String>, what: &str) -> Result<Option<chrono::NaiveDate>> {
    s.as_deref()
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("--{what} '{d}': expected YYYY-MM-DD"))
        })
        .transpose()
}

pub(crate) fn run(a: QueryArgs) -> Result<i32> {
    if !a.db.exists() {
        bail!("{}: no such store", a.db.display());
    }
    let dyad = match &a.dyad {
        Some(d) => match d.split_once(',') {
            Some((s, t)) => Some((s.trim().to_string(), t.trim().to_string())),
            None => bail!("--dyad '{d}': expected SRC,TGT"),
        },
        None => None,
    };
    if let Some(q) = a.quad {
        if !(1..=4).contains(&q) {
            bail!("--quad {q}: expected 1–4");
        }
    }
    let filter = Filter {
        actor: a.actor.clone(),
        dyad,
        code: a.code.clone(),
        root: a.root.clone(),
        quad_class: a.quad,
        date_from: date(&a.from, "from")?,
        date_to: date(&a.to, "to")?,
        country: a.country.clone(),
        words: a.words.clone(),
        limit: a.limit,
    };
    let store = Store::open(&a.db).with_context(|| format!("opening {}", a.db.display()))?;
    let rows = store.query(&filter)?;
    let stdout = std::io::stdout();
    let output = match a.output.as_deref() {
        Some(o @ ("table" | "jsonl" | "csv")) => o.to_string(),
        Some(o) => bail!("unknown --output '{o}' (table, jsonl, csv)"),
        None if stdout.is_terminal() => "table".into(),
        None => "jsonl".into(),
    };
    let mut w = std::io::BufWriter::new(stdout.lock());
    match output.as_str() {
        "jsonl" => {
            for r in &rows {
                serde_json::to_writer(&mut w, r)?;
                w.write_all(b"\n")?;
            }
        }
        "csv" => {
            writeln!(w, "{}", COLUMNS.join(","))?;
            for r in &rows {
                let f: Vec<String> = fields(r).iter().map(|x| csv(x)).collect();
                writeln!(w, "{}", f.join(","))?;
            }
        }
        _ => {
            writeln!(
                w,
                "{:>8} {:<10} {:<10} {:<10} {:<5} {:>5} {:>4} {:<22} {:>3}",
                "id", "date", "source", "target", "code", "gold", "quad", "place", "men"
            )?;
            for r in &rows {
                writeln!(
                    w,
                    "{:>8} {:<10} {:<10} {:<10} {:<5} {:>5} {:>4} {:<22} {:>3}",
                    r.global_event_id,
                    r.event_date.map(|d| d.to_string()).unwrap_or_default(),
                    r.source,
                    if r.target.is_empty() {
                        "---"
                    } else {
                        &r.target
                    },
                    r.code,
                    r.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default(),
                    r.quad_class.map(|q| q.to_string()).unwrap_or_default(),
                    r.location
                        .as_ref()
                        .map(|l| l.name.chars().take(22).collect::<String>())
                        .unwrap_or_default(),
                    r.num_mentions
                )?;
            }
        }
    }
    w.flush()?;
    eprintln!("dyad query: {} events", rows.len());
    Ok(0)
}

const COLUMNS: &[&str] = &[
    "global_event_id",
    "event_date",
    "date_precision",
    "source",
    "target",
    "code",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "negated",
    "num_mentions",
    "num_sources",
    "num_articles",
    "avg_tone",
    "location_name",
    "country_iso3",
    "lat",
    "lon",
    "geonames_id",
    "first_article_id",
    "source_url",
];

fn fields(r: &EventRow) -> Vec<String> {
    let o = |x: Option<String>| x.unwrap_or_default();
    let l = r.location.as_ref();
    vec![
        r.global_event_id.to_string(),
        o(r.event_date.map(|d| d.to_string())),
        o(r.date_precision.clone()),
        r.source.clone(),
        r.target.clone(),
        r.code.clone(),
        o(r.root.clone()),
        o(r.quad_class.map(|q| q.to_string())),
        o(r.goldstein.map(|g| g.to_string())),
        o(r.plover.clone()),
        r.negated.to_string(),
        r.num_mentions.to_string(),
        r.num_sources.to_string(),
        r.num_articles.to_string(),
        o(r.avg_tone.map(|t| format!("{t:.3}"))),
        o(l.map(|l| l.name.clone())),
        o(l.and_then(|l| l.country_iso3.clone())),
        o(l.and_then(|l| l.lat).map(|x| x.to_string())),
        o(l.and_then(|l| l.lon).map(|x| x.to_string())),
        o(l.and_then(|l| l.geonames_id).map(|x| x.to_string())),
        r.first_article_id.clone(),
        o(r.source_url.clone()),
    ]
}

/// RFC 4180 field quoting.
fn csv(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
