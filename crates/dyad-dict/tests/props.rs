//! Property tests: any text read as any dictionary kind never panics; problems become
//! diagnostics with a line inside the text.

use dyad_dict::{DictKind, DictionariesBuilder};
use proptest::prelude::*;

fn line_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[A-Z_]{1,12}",
            Just("[".to_string()),
            Just("]".to_string()),
            Just("{".to_string()),
            Just("}".to_string()),
            Just("|".to_string()),
            Just("*".to_string()),
            Just("$".to_string()),
            Just("+".to_string()),
            Just("%".to_string()),
            Just("^".to_string()),
            Just("&".to_string()),
            Just("~".to_string()),
            Just("-".to_string()),
            Just("---".to_string()),
            Just("#".to_string()),
            Just(";".to_string()),
            Just(":".to_string()),
            Just("<".to_string()),
            Just(">".to_string()),
            Just("!".to_string()),
            Just("=".to_string()),
            "[0-9]{1,8}",
            Just(" ".to_string()),
            Just("\t".to_string()),
        ],
        0..12,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_dictionary_text_is_read_without_panic(lines in prop::collection::vec(line_like(), 0..30), kind in 0usize..6) {
        let text = lines.join("\n");
        let kind = [DictKind::Actors, DictKind::Agents, DictKind::Verbs, DictKind::Discards, DictKind::Issues, DictKind::Options][kind];
        let mut b = DictionariesBuilder::new();
        b.add_str(kind, "p.txt", &text);
        let d = b.build();
        let n = text.lines().count() as u32;
        for diag in &d.diagnostics {
            prop_assert!(diag.line >= 1 && diag.line <= n.max(1), "{diag}");
        }
    }
}
