//! Coding speed on `../shared/corpus/gigaword-x100.tabari.txt` (7,600 sentences), with
//! TABARI's demo dictionaries and with the full Phoenix set, on one thread.
//!
//! `cargo bench -p dyad-code --bench coding`. Skipped (with a message) when ../shared is absent.
//! Each run asserts that events were coded, so a benchmark that codes nothing fails.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dyad_code::Coder;

// The same allocator as the `dyad` binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use dyad_dict::{DictKind, DictionariesBuilder};

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("corpus/gigaword-x100.tabari.txt")
        .exists()
        .then_some(p)
}

fn sentences(s: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(s.join("corpus/gigaword-x100.tabari.txt")).unwrap();
    let mut out = Vec::new();
    let mut cur = String::new();
    for l in text.lines() {
        if l.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else if l.len() > 7
            && l.as_bytes()[..6].iter().all(u8::is_ascii_digit)
            && l.as_bytes()[6] == b' '
        {
            continue;
        } else {
            cur.push_str(l);
            cur.push(' ');
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Which dictionaries a run codes with.
#[derive(Clone, Copy)]
enum Set {
    /// TABARI's demo dictionaries.
    Tabari,
    /// The Phoenix set as `dyad code --phoenix` loads it (PETRARCH-2's CAMEO.2.0.txt).
    Phoenix,
    /// The Phoenix set with PETRARCH-1's verb patterns (`--petrarch1-verbs`).
    PhoenixP1,
}

fn coder(s: &Path, set: Set, pos: bool) -> Coder {
    let mut b = DictionariesBuilder::new();
    if let Set::Phoenix | Set::PhoenixP1 = set {
        let p = s.join("dictionaries/phoenix");
        let verbs = match set {
            Set::PhoenixP1 => "CAMEO.verbpatterns.150430.txt",
            _ => "CAMEO.2.0.txt",
        };
        b.add_file(DictKind::Verbs, &p.join(verbs)).unwrap();
        for f in [
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt",
        ] {
            b.add_file(DictKind::Actors, &p.join(f)).unwrap();
        }
        b.add_file(DictKind::Agents, &p.join("Phoenix.agents.txt"))
            .unwrap();
        b.add_file(DictKind::Discards, &p.join("Phoenix.discards.txt"))
            .unwrap();
    } else {
        let p = s.join("peers/tabari");
        b.add_file(DictKind::Verbs, &p.join("TABARI.Demo.verbs"))
            .unwrap();
        b.add_file(DictKind::Actors, &p.join("TABARI.Demo.actors"))
            .unwrap();
        b.add_file(DictKind::Agents, &p.join("Validate.agents"))
            .unwrap();
    }
    let c = Coder::new(Arc::new(b.build()));
    let cfg = dyad_code::CoderConfig {
        pos_filter: pos,
        ..dyad_code::CoderConfig::default()
    };
    c.with_config(cfg)
}

fn run(name: &str, set: Set, pos: bool) {
    let Some(s) = shared() else {
        eprintln!("{name}: skipped: ../shared not found");
        return;
    };
    let sents = sentences(&s);
    let c = coder(&s, set, pos);
    // Warm-up, then the best of five passes.
    let mut best = f64::MAX;
    let mut events = 0;
    for _ in 0..6 {
        let t = std::time::Instant::now();
        events = 0;
        for (i, x) in sents.iter().enumerate() {
            events += c.code_text(&i.to_string(), x, None).events.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    assert!(
        events > 1000,
        "{name}: only {events} events: the benchmark is not measuring coding"
    );
    println!(
        "{name}: {} sentences in {:.3} s = {:.0} sentences/s on one thread ({events} events)",
        sents.len(),
        best,
        sents.len() as f64 / best
    );
}

fn main() {
    // `DYAD_BENCH=phoenix+tagger` runs one configuration only (for a profiler).
    let only = std::env::var("DYAD_BENCH").ok();
    for (name, set, pos) in [
        ("tabari-demo", Set::Tabari, false),
        ("phoenix", Set::Phoenix, false),
        ("phoenix+tagger", Set::Phoenix, true),
        ("phoenix-petrarch1-verbs", Set::PhoenixP1, false),
        ("phoenix-petrarch1-verbs+tagger", Set::PhoenixP1, true),
    ] {
        if only.as_deref().is_none_or(|o| o == name) {
            run(name, set, pos);
        }
    }
}
