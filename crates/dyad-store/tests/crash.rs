//! Crash safety: a writer process is killed at random points, restarted from its checkpoint,
//! and the final store must equal the store of an uninterrupted run.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dyad_store::{Filter, Store, WriteOptions};

const CHILD_ENV: &str = "DYAD_STORE_CRASH_CHILD";
const SEED: u64 = 0x5EED_0001;
const BATCHES: usize = 60;
const PER_BATCH: usize = 30;

/// Writes the synthetic corpus into `path`, resuming after the last committed batch. The last
/// committed batch is written again: idempotency must make that a no-op.
fn run_writer(path: &Path) {
    let mut s = Store::open(path).unwrap();
    let done: usize = s
        .checkpoint("batch")
        .unwrap()
        .map(|v| v.parse().unwrap())
        .unwrap_or(0);
    let t0 = NaiveDate::from_ymd_opt(2024, 8, 19)
        .unwrap()
        .and_hms_opt(13, 0, 0)
        .unwrap();
    for b in done.saturating_sub(1)..BATCHES {
        let batch = common::corpus_batch(SEED, b, PER_BATCH);
        let opts = WriteOptions {
            now: Some(t0 + chrono::Duration::minutes(15 * b as i64)),
            checkpoint: Some(("batch".into(), (b + 1).to_string())),
        };
        let st = s.write_batch_with(&batch, &opts).unwrap();
        if b + 1 == done {
            assert_eq!(
                (st.inserted, st.replaced, st.mentions),
                (0, 0, 0),
                "re-written batch {b}"
            );
        }
    }
}

/// Runs as the child process when the environment says so (spawned by `crash_safety`).
#[test]
#[ignore = "run by crash_safety in a child process"]
fn child_writer() {
    match std::env::var_os(CHILD_ENV) {
        Some(p) => run_writer(Path::new(&p)),
        None => println!("child_writer only runs as crash_safety's child"),
    }
}

/// Every row of every table, as text, in key order.
fn dump(path: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = Vec::new();
    for (table, key) in [
        ("articles", "id"),
        ("events", "global_event_id"),
        ("mentions", "mention_id"),
        ("meta", "key"),
    ] {
        let mut st = c
            .prepare(&format!("SELECT * FROM {table} ORDER BY {key}"))
            .unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let mut v = Vec::new();
                for i in 0..n {
                    v.push(format!("{:?}", r.get::<_, rusqlite::types::Value>(i)?));
                }
                Ok(format!("{table}: {}", v.join(" | ")))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-store-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn crash_safety() {
    let dir = temp_dir();
    let reference = dir.join("reference.sqlite");
    let t = Instant::now();
    run_writer(&reference);
    let full = t.elapsed();

    let target = dir.join("killed.sqlite");
    let exe = std::env::current_exe().unwrap();
    let mut rng = common::Rng(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
            | 1,
    );
    let seed = rng.0;
    let (mut kills, mut mid_run) = (0, 0);
    let mut progress = Vec::new();
    for _ in 0..8 {
        let mut child = Command::new(&exe)
            .args(["child_writer", "--exact", "--ignored", "--test-threads=1"])
            .env(CHILD_ENV, &target)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Somewhere within the first quarter of the time the work left takes (plus process
        // start-up): a resumed writer has only the batches after its checkpoint to write, so
        // a delay scaled to a full run lets it finish before the third kill on a fast machine.
        let left = (BATCHES - progress.last().copied().unwrap_or(0)) as u64;
        let ms = 20 + rng.below(full.as_millis() as u64 * left / BATCHES as u64 / 4 + 1);
        std::thread::sleep(Duration::from_millis(ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            kills += 1;
        }
        child.wait().unwrap();
        // The killed store opens, is intact, and holds whole batches only.
        let s = Store::open(&target).unwrap();
        let ok: String = rusqlite::Connection::open(&target)
            .unwrap()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        let done: usize = s
            .checkpoint("batch")
            .unwrap()
            .map_or(0, |v| v.parse().unwrap());
        if done > 0 && done < BATCHES {
            mid_run += 1;
        }
        progress.push(done);
        if done == BATCHES {
            break;
        }
    }
    run_writer(&target);
    println!(
        "crash_safety: seed {seed:#x}, full run {full:?}, {kills} kills, batches committed at each stop {progress:?}"
    );
    assert!(
        kills >= 3,
        "only {kills} kills (batches at each stop: {progress:?})"
    );
    assert!(mid_run >= 1, "no kill landed mid-run: {progress:?}");

    let (a, b) = (
        Store::open(&reference).unwrap(),
        Store::open(&target).unwrap(),
    );
    assert_eq!(a.counts().unwrap(), b.counts().unwrap());
    assert_eq!(
        a.query(&Filter::default()).unwrap(),
        b.query(&Filter::default()).unwrap()
    );
    let (da, db) = (dump(&reference), dump(&target));
    assert_eq!(da.len(), db.len());
    for (x, y) in da.iter().zip(&db) {
        assert_eq!(x, y);
    }
    assert!(a.counts().unwrap().events > 50);
    let _ = std::fs::remove_dir_all(&dir);
}
