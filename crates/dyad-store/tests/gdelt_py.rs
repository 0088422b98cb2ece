//! Runs tests/gdelt_py_check.py (py_gdelt 0.1.11 and pandas) on GDELT files written by the
//! store, when `python3 -c "import py_gdelt, pandas"` works.

mod common;

use std::path::PathBuf;
use std::process::Command;

use dyad_store::Store;

fn python_ready() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import py_gdelt, pandas"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        println!("skipped: python3 with py_gdelt and pandas not found (pip install gdelt-py==0.1.11 pandas)");
    }
    ok
}

fn check(files: &[&std::path::Path]) -> String {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gdelt_py_check.py");
    let out = Command::new("python3")
        .arg(script)
        .args(files)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "gdelt_py_check.py failed:\n{text}");
    text
}

#[test]
fn py_gdelt_and_pandas_read_the_export() {
    if !python_ready() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("dyad-store-gdelt-py-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut s = Store::open_in_memory().unwrap();
    for b in 0..5 {
        s.write_batch(&common::corpus_batch(11, b, 30)).unwrap();
    }
    let events = dir.join("events.export.CSV");
    let mentions = dir.join("mentions.CSV");
    let n = s
        .write_gdelt_events(std::fs::File::create(&events).unwrap())
        .unwrap();
    let m = s
        .write_gdelt_mentions(std::fs::File::create(&mentions).unwrap())
        .unwrap();
    assert!(n > 20 && m > n, "{n} events, {m} mentions");
    let text = check(&[&events, &mentions]);
    assert!(text.contains(&format!("{n} rows, 61 columns")), "{text}");
    assert!(text.contains(&format!("{m} rows, 16 columns")), "{text}");
    println!("{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The checker itself accepts real GDELT rows.
#[test]
fn checker_accepts_real_gdelt_rows() {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/gdelt/sample-20240819130000.export.CSV");
    if !sample.exists() {
        println!("skipped: ../shared not found");
        return;
    }
    if !python_ready() {
        return;
    }
    println!("{}", check(&[&sample]));
}
