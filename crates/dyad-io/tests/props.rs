//! Property tests: the readers never panic; bad records become rejections with an origin.

use dyad_io::readers::parse_article;
use dyad_io::suites::{petrarch_records, tabari_records};
use proptest::prelude::*;

fn xmlish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("<Sentence id=\"a\" date=\"20240101\">".to_string()),
            Just("<Sentence date=\"2024\">".to_string()),
            Just("</Sentence>".to_string()),
            Just("<Text>".to_string()),
            Just("</Text>".to_string()),
            Just("<EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"010\">".to_string()),
            Just("<Config option=\"x\" value=\"y\">".to_string()),
            Just("<!--".to_string()),
            Just("-->".to_string()),
            Just("<Stop>".to_string()),
            "\\PC{0,20}",
            Just("\n".to_string()),
        ],
        0..25,
    )
    .prop_map(|v| v.concat())
}

fn tabariish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("950101  ID-1\n".to_string()),
            Just("99999  X\n".to_string()),
            Just("/*".to_string()),
            Just("*/".to_string()),
            Just("{ A / B / 010 }".to_string()),
            Just("{ OPTION: SET: MINIMUM WORDS = 4".to_string()),
            Just("{".to_string()),
            Just("}".to_string()),
            Just("\n\n".to_string()),
            "\\PC{0,20}",
        ],
        0..25,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn json_lines_never_panic(line in "\\PC{0,200}") {
        let _ = parse_article("t:1", &line);
    }

    #[test]
    fn petrarch_xml_never_panics(text in xmlish()) {
        let mut rej = Vec::new();
        for r in petrarch_records("t.xml", &text, &mut rej) {
            prop_assert!(!r.record.id.is_empty());
        }
        for r in &rej {
            prop_assert!(r.origin.starts_with("t.xml:"));
        }
    }

    #[test]
    fn tabari_records_never_panic(text in tabariish()) {
        let mut rej = Vec::new();
        let _ = tabari_records("t.text", &text, &mut rej);
        for r in &rej {
            prop_assert!(r.origin.starts_with("t.text:"));
        }
    }
}
