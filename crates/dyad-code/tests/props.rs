//! Property test: coding any text never panics and every event's spans point into the text.

use std::sync::Arc;

use dyad_code::Coder;
use dyad_dict::{DictKind, DictionariesBuilder};
use proptest::prelude::*;

fn coder() -> Coder {
    let mut b = DictionariesBuilder::new();
    b.add_str(
        DictKind::Actors,
        "a.txt",
        "IRAN_ [IRN]\nSYRIA_ [SYR]\nUNITED_STATES_ [USA]\nIRAN_AND_SYRIA_ [IRN/SYR]\n",
    );
    b.add_str(
        DictKind::Agents,
        "g.txt",
        "MINISTER_ [~GOV]\nARMY_ [~MIL]\n",
    );
    b.add_str(
        DictKind::Verbs,
        "v.txt",
        "&ARMS\n+WEAPONS\n+ARMS_\n\n--- ATTACK [190] ---\nATTACK\n- * + WITH &ARMS [195]\n- $ * + [190]\n\n--- SAY [010] ---\nSAY {SAYS SAID}\n- * + SHOULD [100]\n\n--- MEET [040:040] ---\nMEET {MET MEETS}\n",
    );
    Coder::new(Arc::new(b.build()))
}

fn textish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("Iran".to_string()),
            Just("Syria".to_string()),
            Just("United States".to_string()),
            Just("minister".to_string()),
            Just("army".to_string()),
            Just("attacked".to_string()),
            Just("said".to_string()),
            Just("met".to_string()),
            Just("should".to_string()),
            Just("not".to_string()),
            Just("and".to_string()),
            Just("with".to_string()),
            Just("weapons".to_string()),
            Just("its".to_string()),
            Just("he".to_string()),
            Just(",".to_string()),
            Just(".".to_string()),
            Just("\"".to_string()),
            Just("'s".to_string()),
            "\\PC{0,8}",
        ],
        0..40,
    )
    .prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn coding_never_panics_and_spans_are_in_bounds(text in textish()) {
        let c = coder();
        let r = c.code_text("p", &text, None);
        for e in &r.events {
            prop_assert!(e.sentence_span.end as usize <= text.len());
            prop_assert!(e.verb_span.end as usize <= text.len() && e.verb_span.start <= e.verb_span.end);
            if let Some(a) = &e.source_actor {
                prop_assert!(a.span.end as usize <= text.len());
            }
        }
        let _ = c.explain(&text, None);
    }
}
