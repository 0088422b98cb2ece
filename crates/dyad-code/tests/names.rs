//! Names in news mode: a one-word actor name written in lower case is the common word
//! ("youth", "hope"), not the group the dictionary names; TABARI's reading keeps matching it.

use std::sync::Arc;

use dyad_code::{Coder, CoderConfig};
use dyad_dict::{DictKind, DictionariesBuilder};

fn coder() -> Coder {
    let mut b = DictionariesBuilder::new();
    b.add_str(
        DictKind::Actors,
        "a.txt",
        "SAUDI_ [SAU]\nYOUTH_ [FRAREB]\nFRANCE_ [FRA]\n",
    );
    b.add_str(
        DictKind::Verbs,
        "v.txt",
        "--- ATTACK [190] ---\nATTACK {ATTACKED ATTACKS}\n",
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
fn a_lower_case_one_word_name_is_the_common_word() {
    let c = coder();
    assert_eq!(
        codes(&c, "Saudi forces attacked the youth of the town."),
        ["SAU//190"]
    );
    assert_eq!(
        codes(&c, "Saudi forces attacked Youth in the town."),
        ["SAU/FRAREB/190"]
    );
    let c = c.clone().with_config(CoderConfig {
        tabari_rules: true,
        ..c.config().clone()
    });
    assert_eq!(
        codes(&c, "Saudi forces attacked the youth of the town."),
        ["SAU/FRAREB/190"]
    );
}
