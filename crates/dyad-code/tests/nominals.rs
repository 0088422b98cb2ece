//! News mode: a nominal event ("launched an attack on X") is the act of the clause's subject,
//! unless the verb that governs the noun ends, refuses or opposes it ("lifted its embargo
//! against X", "suspended weapons deals with X").

use std::sync::Arc;

use dyad_code::Coder;
use dyad_dict::{DictKind, DictionariesBuilder};

fn coder() -> Coder {
    let mut b = DictionariesBuilder::new();
    b.add_str(
        DictKind::Actors,
        "a.txt",
        "UNITED_STATES_ [USA]\nLIBYA_ [LBY]\n",
    );
    b.add_str(
        DictKind::Verbs,
        "v.txt",
        "--- EMBARGO [170] ---\nEMBARGO\n\n--- ATTACK [190] ---\nATTACK\n\n--- LIFT [---] ---\nLIFT {LIFTED}\n\n--- LAUNCH [---] ---\nLAUNCH {LAUNCHED}\n",
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
fn a_nominal_event_is_the_subjects_act_unless_undone() {
    let c = coder();
    assert_eq!(
        codes(&c, "The United States launched an attack on Libya."),
        ["USA/LBY/190"]
    );
    assert!(codes(
        &c,
        "The United States lifted its economic embargo against Libya."
    )
    .is_empty());
}
