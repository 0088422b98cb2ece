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
    /// gdelt-events (61 columns), gdelt-mentions (16 columns), jsonl, or parquet (needs --out
    /// and a build with the `parquet` feature).
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
    if a.format == "parquet" {
        return parquet(&store, &a);
    }
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
        f => bail!("unknown --format '{f}' (gdelt-events, gdelt-mentions, jsonl)"),
    };
    w.flush()?;
    eprintln!("dyad export: {n} rows ({})", a.format);
    Ok(0)
}

#[cfg(feature = "parquet")]
fn parquet(store: &Store, a: &ExportArgs) -> Result<i32> {
    let Some(p) = &a.out else {
        bail!("--format parquet needs --out FILE");
    };
    let rows = store.query(&dyad_store::Filter::default())?;
    let f = std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
    let n = parquet_out::write(&rows, f).with_context(|| format!("writing {}", p.display()))?;
    eprintln!("dyad export: {n} rows (parquet)");
    Ok(0)
}

#[cfg(not(feature = "parquet"))]
fn parquet(_: &Store, _: &ExportArgs) -> Result<i32> {
    bail!(
        "this dyad was built without Parquet: cargo build --release -p dyad-cli --features parquet"
    )
}

/// `dyad export --format parquet` (cargo feature `parquet`): the event rows as one Parquet row
/// group, uncompressed, written with the parquet crate's column writers (no arrow).
#[cfg(feature = "parquet")]
mod parquet_out {
    use std::sync::Arc;

    use anyhow::Result;
    use dyad_store::EventRow;
    use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;

    /// One column's values: integers (required), doubles or strings (optional).
    enum Col {
        I(Vec<i64>),
        D(Vec<Option<f64>>),
        S(Vec<Option<String>>),
    }

    const SCHEMA: &str = "message dyad_event {
        required int64 global_event_id;
        optional binary event_date (UTF8);
        optional binary date_precision (UTF8);
        optional binary source (UTF8);
        optional binary target (UTF8);
        optional binary code (UTF8);
        optional binary root (UTF8);
        optional double quad_class;
        optional double goldstein;
        optional binary plover (UTF8);
        required int64 negated;
        required int64 num_mentions;
        required int64 num_sources;
        required int64 num_articles;
        optional double avg_tone;
        optional binary location_name (UTF8);
        optional binary country_iso3 (UTF8);
        optional binary country_fips (UTF8);
        optional double lat;
        optional double lon;
        optional binary first_article_id (UTF8);
        optional binary date_added (UTF8);
        optional binary source_url (UTF8);
    }";

    fn columns(rows: &[EventRow]) -> Vec<Col> {
        let s = |f: &dyn Fn(&EventRow) -> Option<String>| Col::S(rows.iter().map(f).collect());
        let d = |f: &dyn Fn(&EventRow) -> Option<f64>| Col::D(rows.iter().map(f).collect());
        let i = |f: &dyn Fn(&EventRow) -> i64| Col::I(rows.iter().map(f).collect());
        let loc = |r: &EventRow| r.location.clone();
        vec![
            i(&|r| r.global_event_id),
            s(&|r| r.event_date.map(|d| d.to_string())),
            s(&|r| r.date_precision.clone()),
            s(&|r| Some(r.source.clone())),
            s(&|r| Some(r.target.clone())),
            s(&|r| Some(r.code.clone())),
            s(&|r| r.root.clone()),
            d(&|r| r.quad_class.map(f64::from)),
            d(&|r| r.goldstein),
            s(&|r| r.plover.clone()),
            i(&|r| i64::from(r.negated)),
            i(&|r| r.num_mentions),
            i(&|r| r.num_sources),
            i(&|r| r.num_articles),
            d(&|r| r.avg_tone),
            s(&|r| loc(r).map(|l| l.name)),
            s(&|r| loc(r).and_then(|l| l.country_iso3)),
            s(&|r| loc(r).and_then(|l| l.country_fips)),
            d(&|r| loc(r).and_then(|l| l.lat)),
            d(&|r| loc(r).and_then(|l| l.lon)),
            s(&|r| Some(r.first_article_id.clone())),
            s(&|r| Some(r.date_added.clone())),
            s(&|r| r.source_url.clone()),
        ]
    }

    /// Definition levels (1 present, 0 null) and the present values.
    fn split<T: Clone>(v: &[Option<T>]) -> (Vec<i16>, Vec<T>) {
        let levels = v.iter().map(|x| i16::from(x.is_some())).collect();
        (levels, v.iter().flatten().cloned().collect())
    }

    /// Writes `rows` to `w`; returns the number of rows.
    pub(crate) fn write(rows: &[EventRow], w: impl std::io::Write + Send) -> Result<u64> {
        let schema = Arc::new(parse_message_type(SCHEMA)?);
        let props = Arc::new(WriterProperties::builder().build());
        let mut fw = SerializedFileWriter::new(w, schema, props)?;
        let mut rg = fw.next_row_group()?;
        let mut cols = columns(rows).into_iter();
        while let Some(mut cw) = rg.next_column()? {
            let Some(col) = cols.next() else {
                anyhow::bail!("parquet schema and columns disagree");
            };
            match col {
                Col::I(v) => {
                    cw.typed::<Int64Type>().write_batch(&v, None, None)?;
                }
                Col::D(v) => {
                    let (lv, vals) = split(&v);
                    cw.typed::<DoubleType>()
                        .write_batch(&vals, Some(&lv), None)?;
                }
                Col::S(v) => {
                    let (lv, vals) = split(&v);
                    let vals: Vec<ByteArray> = vals
                        .into_iter()
                        .map(|s| ByteArray::from(s.into_bytes()))
                        .collect();
                    cw.typed::<ByteArrayType>()
                        .write_batch(&vals, Some(&lv), None)?;
                }
            }
            cw.close()?;
        }
        rg.close()?;
        fw.close()?;
        Ok(rows.len() as u64)
    }
}
