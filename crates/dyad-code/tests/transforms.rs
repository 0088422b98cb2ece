//! PETRARCH-2 transformations over reported speech: "~ a (b . ATTACK) SAY = a b 112" — a
//! speaker reporting an attack by someone else accuses them; the same actor reporting its own
//! attack accuses no one.

mod common;

use common::codes;
use dyad_code::Coder;
use dyad_dict::DictKind;

fn coder() -> Coder {
    common::coder(&[
        (DictKind::Actors, "SYRIA_ [SYR]\nISRAEL_ [ISR]\n"),
        (DictKind::Verbs, "--- SAY [010] ---\nSAY {SAYS SAID}\n\n--- ATTACK [190] ---\nATTACK {ATTACKED}\n\n~ a (b . ATTACK) SAY = a b 112\n"),
    ])
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
