//! `dyad ingest` and `dyad query` through the built binary, with dyad's default dictionaries, on
//! JSON Lines articles written here: idempotency, a killed ingest resumed, and every query
//! filter against the store's full contents.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn tmpdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dyad-cli-ingest-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A small deterministic generator (xorshift), seeded per test.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

const COUNTRIES: &[&str] = &[
    "Iran", "Syria", "Russia", "China", "France", "Germany", "Israel", "Egypt", "Turkey", "Japan",
    "Pakistan", "India",
];
const CITIES: &[&str] = &[
    "Tehran", "Damascus", "Moscow", "Beijing", "Paris", "Berlin", "Cairo", "Ankara", "Tokyo",
];
const OUTLETS: &[&str] = &["Wire A", "Wire B", "Daily C"];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday"];

/// One generated news article (3–6 sentences, every one with two countries and a verb).
fn article(rng: &mut Rng, i: usize) -> Value {
    let mut text = String::new();
    let n = 3 + rng.next() % 4;
    for _ in 0..n {
        let (a, b) = (rng.pick(COUNTRIES), rng.pick(COUNTRIES));
        let (c, d) = (rng.pick(CITIES), rng.pick(DAYS));
        let s = match rng.next() % 7 {
            0 => format!("{a}'s foreign minister met {b}'s ambassador in {c} on {d}. "),
            1 => format!("{a} condemned {b} for the raid near {c}. "),
            2 => format!("Troops from {a} attacked {b} positions near {c} on {d}. "),
            3 => format!("{a} signed a trade agreement with {b} in {c} last month. "),
            4 => format!("{a} accused {b} of spying, officials in {c} said. "),
            5 => format!("The president of {a} visited {b} in 2019. "),
            _ => format!("{a} promised aid to {b} after the floods. "),
        };
        text.push_str(&s);
    }
    json!({
        "id": format!("gen-{i}"),
        "published": format!("2024-0{}-1{}", 1 + i % 9, i % 10),
        "source": OUTLETS[i % 3],
        "url": format!("https://news.example.org/{i}"),
        "title": format!("Article {i}"),
        "text": text,
    })
}

fn write_corpus(path: &Path, n: usize, seed: u64) {
    let mut rng = Rng(seed | 1);
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&article(&mut rng, i).to_string());
        s.push('\n');
    }
    std::fs::write(path, s).unwrap();
}

/// Runs `dyad ingest --summary-json` and returns the accounting.
fn ingest(db: &Path, input: &Path, extra: &[&str]) -> Value {
    let out = dyad()
        .arg("ingest")
        .arg("--db")
        .arg(db)
        .arg(input)
        .arg("--summary-json")
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `dyad export --format jsonl`, without the storage timestamps (which differ between runs).
fn export_jsonl(db: &Path) -> Vec<Value> {
    let out = dyad()
        .args(["export", "--format", "jsonl", "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            v.as_object_mut().unwrap().remove("date_added");
            v
        })
        .collect()
}

fn query(db: &Path, args: &[&str]) -> Vec<Value> {
    let out = dyad()
        .args(["query", "--output", "jsonl", "--db"])
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "query {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn ingesting_twice_stores_nothing_new() {
    let dir = tmpdir("twice");
    let input = dir.join("a.jsonl");
    write_corpus(&input, 60, 7);
    let db = dir.join("s.sqlite");
    let first = ingest(&db, &input, &[]);
    assert_eq!(first["read"], 60);
    assert_eq!(first["already_stored"], 0);
    assert!(first["coded"].as_u64().unwrap() > 30, "{first}");
    assert!(first["new_events"].as_u64().unwrap() > 30, "{first}");
    let before = export_jsonl(&db);
    let before_counts = counts(&db);
    assert_eq!(before_counts.0, 60);
    let second = ingest(&db, &input, &[]);
    assert_eq!(second["read"], 60);
    assert_eq!(second["already_stored"], 60, "{second}");
    assert_eq!(counts(&db), before_counts);
    for k in [
        "coded",
        "no_event",
        "new_events",
        "mentions_written",
        "events_written",
    ] {
        assert_eq!(second[k], 0, "{k}: {second}");
    }
    assert_eq!(export_jsonl(&db), before);
    // A changed article is a new version: only it is coded again.
    let text = std::fs::read_to_string(&input).unwrap();
    let mut lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    lines[3]["text"] = json!("Russia condemned France for the raid near Paris.");
    let s: String = lines.iter().map(|v| format!("{v}\n")).collect();
    std::fs::write(&input, s).unwrap();
    let third = ingest(&db, &input, &[]);
    assert_eq!(third["already_stored"], 59, "{third}");
    assert_eq!(third["coded"], 1, "{third}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn killed_ingest_resumes_to_the_same_store() {
    let dir = tmpdir("kill");
    let input = dir.join("big.jsonl");
    write_corpus(&input, 4000, 42);
    let reference = dir.join("ref.sqlite");
    let t = Instant::now();
    let acc = ingest(&reference, &input, &["--batch", "100"]);
    let full = t.elapsed();
    assert_eq!(acc["read"], 4000);
    let expected = export_jsonl(&reference);
    assert!(expected.len() > 1000, "{} events", expected.len());

    let db = dir.join("killed.sqlite");
    let seed = std::process::id() as u64 ^ 0x9e37_79b9_7f4a_7c15;
    println!("kill seed {seed:#x}; uninterrupted run {full:?}");
    let mut rng = Rng(seed | 1);
    for _ in 0..8 {
        rng.next();
    }
    // Each round gets a random slice of about a quarter of an uninterrupted run.
    let span = (full.as_millis() as u64 / 4).max(100);
    let mut killed_midway = 0;
    for round in 0..5 {
        let mut child = dyad()
            .arg("ingest")
            .arg("--db")
            .arg(&db)
            .arg(&input)
            .args(["--batch", "100"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let wait = Duration::from_millis(50 + rng.next() % span);
        std::thread::sleep(wait);
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok();
        child.wait().unwrap();
        let (stored, _, _) = counts(&db);
        println!("round {round}: killed after {wait:?}, finished before kill: {finished}, {stored} articles stored");
        if !finished && stored < 4000 {
            killed_midway += 1;
        }
    }
    assert!(killed_midway >= 1, "no kill landed in the middle of a run");
    let last = ingest(&db, &input, &["--batch", "100"]);
    assert_eq!(last["read"], 4000);
    assert_eq!(counts(&db), counts(&reference));
    let resumed = export_jsonl(&db);
    assert_eq!(resumed.len(), expected.len());
    assert!(
        resumed == expected,
        "the resumed store differs from the uninterrupted one"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Articles, events and mentions in a store (read with dyad-store, the binary's own store).
fn counts(db: &Path) -> (u64, u64, u64) {
    if !db.exists() {
        return (0, 0, 0);
    }
    let c = dyad_store::Store::open(db).unwrap().counts().unwrap();
    (c.articles, c.events, c.mentions)
}

/// Every filter of `dyad query` against the same filter applied to all rows here.
#[test]
fn query_filters_return_the_right_subsets() {
    let dir = tmpdir("query");
    let input = dir.join("q.jsonl");
    write_corpus(&input, 150, 99);
    let db = dir.join("s.sqlite");
    ingest(&db, &input, &[]);
    let all = query(&db, &[]);
    let full = export_jsonl(&db);
    assert_eq!(all.len(), full.len());
    assert!(all.len() > 100, "{} events", all.len());
    let ids = |v: &[Value]| -> BTreeSet<i64> {
        v.iter()
            .map(|e| e["global_event_id"].as_i64().unwrap())
            .collect()
    };
    let s = |e: &Value, k: &str| e[k].as_str().unwrap_or("").to_string();
    let mut checked = 0;
    let mut check = |args: &[&str], keep: &dyn Fn(&Value) -> bool| {
        let want: BTreeSet<i64> =
            ids(&full.iter().filter(|e| keep(e)).cloned().collect::<Vec<_>>());
        let got = ids(&query(&db, args));
        assert_eq!(got, want, "dyad query {args:?}");
        assert!(
            !want.is_empty() && want.len() < full.len(),
            "{args:?} selects {} of {}",
            want.len(),
            full.len()
        );
        checked += 1;
    };
    check(&["--actor", "IRN"], &|e| {
        s(e, "source").starts_with("IRN") || s(e, "target").starts_with("IRN")
    });
    // The most frequent dyad in the store.
    let mut pairs: Vec<(String, String)> = full
        .iter()
        .map(|e| (s(e, "source"), s(e, "target")))
        .collect();
    pairs.sort();
    let mut best = (0, pairs[0].clone());
    for p in pairs.chunk_by(|a, b| a == b) {
        if p.len() > best.0 && !p[0].1.is_empty() {
            best = (p.len(), p[0].clone());
        }
    }
    let (src, tgt) = best.1.clone();
    let dy = format!("{src},{tgt}");
    check(&["--dyad", &dy], &|e| {
        s(e, "source") == src && s(e, "target") == tgt
    });
    check(&["--code", "19"], &|e| s(e, "code").starts_with("19"));
    check(&["--code", "04"], &|e| s(e, "code").starts_with("04"));
    check(&["--root", "11"], &|e| s(e, "root") == "11");
    check(&["--quad", "4"], &|e| e["quad_class"] == 4);
    check(&["--quad", "1"], &|e| e["quad_class"] == 1);
    check(&["--from", "2024-03-01", "--to", "2024-05-31"], &|e| {
        let d = s(e, "event_date");
        !d.is_empty() && d.as_str() >= "2024-03-01" && d.as_str() <= "2024-05-31"
    });
    check(&["--from", "2024-01-01"], &|e| {
        s(e, "event_date").as_str() >= "2024-01-01"
    });
    check(&["--country", "EGY"], &|e| {
        e["location"]["country_iso3"] == "EGY" || e["location"]["country_fips"] == "EGY"
    });
    check(&["--country", "IR"], &|e| {
        e["location"]["country_iso3"] == "IR" || e["location"]["country_fips"] == "IR"
    });
    check(&["--words", "trade agreement"], &|e| {
        e["mentions"].as_array().unwrap().iter().any(|m| {
            m["sentence_text"]
                .as_str()
                .unwrap()
                .to_ascii_lowercase()
                .contains("trade agreement")
        })
    });
    // Several filters together.
    check(
        &["--actor", "RUS", "--quad", "4", "--from", "2024-01-01"],
        &|e| {
            (s(e, "source").starts_with("RUS") || s(e, "target").starts_with("RUS"))
                && e["quad_class"] == 4
                && s(e, "event_date").as_str() >= "2024-01-01"
        },
    );
    assert_eq!(checked, 13);
    assert_eq!(query(&db, &["--limit", "5"]).len(), 5);
    // CSV: a header and one line per event.
    let out = dyad()
        .args(["query", "--output", "csv", "--code", "19", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("global_event_id,"));
    assert_eq!(csv.lines().count() - 1, query(&db, &["--code", "19"]).len());
    // Bad filters are usage errors with a reason.
    for bad in [
        &["--quad", "7"][..],
        &["--from", "12/01/2024"],
        &["--dyad", "IRN"],
    ] {
        let out = dyad()
            .args(["query", "--db"])
            .arg(&db)
            .args(bad)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(bad[0]),
            "{bad:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
