//! PETRARCH-2 transformations over reported speech: "~ a (b . ATTACK) SAY = a b 112" — a
//! speaker reporting an attack by someone else accuses them; the same actor reporting its own
//! attack accuses no one.

use std::sync::Arc;

use dyad_code::Coder;
use dyad_dict::{DictKind, DictionariesBuilder};

fn coder() -> Coder {
    let mut b = DictionariesBuilder::new();
    b.add_str(DictKind::Actors, "a.txt", "SYRIA_ [SYR]\nISRAEL_ [ISR]\n");
    b.add_str(
        DictKind::Verbs,
        "v.txt",
        "--- SAY [010] ---\nSAY {SAYS SAID}\n\n--- ATTACK [190] ---\nATTACK {ATTACKED}\n\n~ a (b . ATTACK) SAY = a b 112\n",
    );
    Coder::new(Arc::new(b.build()))
}

fn codes(c: &Coder, text: &str) -> Vec<String> {
    c.code_sentence("t", 0, text, dyad_core::Span::new(0, text.len()), None)
        .events
        .iter()
        .map(|e| format!("{}/{}/{}", e.source, e.target, e.code))
        .collect()
}

#[test]
fn a_transformation_binds_distinct_actors() {
    let c = coder();
    assert!(
        codes(&c, "Syria said that Israel had attacked.").contains(&"SYR/ISR/112".to_string()),
        "{:?}",
        codes(&c, "Syria said that Israel had attacked.")
    );
    let own = codes(&c, "Syria said that Syria had attacked.");
    assert!(!own.iter().any(|e| e.ends_with("/112")), "{own:?}");
}
