//! News mode: a nominal event ("launched an attack on X") is the act of the clause's subject,
//! unless the verb that governs the noun ends, refuses or opposes it ("lifted its embargo
//! against X", "suspended weapons deals with X").

mod common;

use common::codes;
use dyad_code::Coder;
use dyad_dict::DictKind;

fn coder() -> Coder {
    common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nLIBYA_ [LBY]\n"),
        (DictKind::Verbs, "--- EMBARGO [170] ---\nEMBARGO\n\n--- ATTACK [190] ---\nATTACK\n\n--- LIFT [---] ---\nLIFT {LIFTED}\n\n--- LAUNCH [---] ---\nLAUNCH {LAUNCHED}\n"),
    ])
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
