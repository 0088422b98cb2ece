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

/// An actor known only by a dated office keeps that code when the text has no date, and takes
/// the null default outside the dates when it has one.
#[test]
fn undated_text_takes_the_latest_office() {
    let dir = std::env::temp_dir().join(format!("dyad-dict-dated-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("a.actors.txt");
    std::fs::write(&f, "NICOLAS_MADURO\n+MADURO\n\t[VENGOV >060901]\n").unwrap();
    let mut b = dyad_dict::DictionariesBuilder::new();
    b.add_file(dyad_dict::DictKind::Actors, &f).unwrap();
    let d = b.build();
    let e = d
        .actors
        .iter()
        .find(|a| a.provenance.entry.contains("MADURO"))
        .unwrap();
    assert_eq!(e.code_on(None), Some("VENGOV"));
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(e.code_on(day(2020, 1, 1)), Some("VENGOV"));
    assert_eq!(e.code_on(day(2000, 1, 1)), Some(""));
}

/// An undated sentence reads a person's codes as of the dictionaries' horizon (the newest date
/// they know): an office held then wins over the former-office default; someone out of office
/// then is read in their latest office (news names former office holders "former", which the
/// coder applies); an organisation keeps its undated default.
#[test]
fn undated_text_reads_people_as_of_the_horizon() {
    let dir = std::env::temp_dir().join(format!("dyad-dict-horizon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("a.actors.txt");
    std::fs::write(
        &f,
        "VLADIMIR_PUTIN_\n\t[RUSGOV 19990809-20261231]\n\t[RUSELI]\n\
         BORIS_YELTSIN_\n\t[RUSGOV 19910710-19991231]\n\t[RUSELI]\n\
         TALIBAN_\n\t[AFGGOV 20210815-20261231]\n\t[AFGREB]\n",
    )
    .unwrap();
    let mut b = dyad_dict::DictionariesBuilder::new();
    b.add_file(dyad_dict::DictKind::Actors, &f).unwrap();
    let d = b.build();
    assert_eq!(d.horizon, chrono::NaiveDate::from_ymd_opt(2026, 12, 31));
    let code = |name: &str, date| {
        d.actors
            .iter()
            .find(|a| a.provenance.entry.contains(name))
            .unwrap()
            .code_as_of(date, d.horizon)
            .unwrap()
            .to_string()
    };
    assert_eq!(code("PUTIN", None), "RUSGOV");
    assert_eq!(code("YELTSIN", None), "RUSGOV");
    assert_eq!(code("TALIBAN", None), "AFGREB");
    assert_eq!(
        code("PUTIN", chrono::NaiveDate::from_ymd_opt(2030, 1, 1)),
        "RUSELI"
    );
}

/// Only verb-dictionary words take a verb's spelling of an ending (a dropped E, a doubled
/// consonant): the actor "BANKE_" (a district of Nepal) is not "banking"; the verb MAKE is
/// "making".
#[test]
fn only_verb_words_drop_an_e_before_ing() {
    use dyad_dict::{Lexicon, WordKind};
    let mut l = Lexicon::default();
    let banke = l.intern("BANKE", WordKind::Exact);
    l.set_verbal(true);
    let make = l.intern("MAKE", WordKind::Exact);
    let stop = l.intern("STOP", WordKind::Exact);
    l.set_verbal(false);
    let found = |l: &Lexicon, w: &str| {
        let mut out = Vec::new();
        l.matches(w, &mut out);
        out
    };
    assert!(!found(&l, "BANKING").contains(&banke));
    assert!(found(&l, "BANKES").contains(&banke));
    assert!(found(&l, "MAKING").contains(&make));
    assert!(found(&l, "STOPPED").contains(&stop));
}

/// A noun of an actor or agent dictionary takes plural endings, not verb endings: the agent
/// PRESS_ is not "pressed"; a verb's exact word takes both.
#[test]
fn only_verb_words_take_verb_endings() {
    use dyad_dict::{Lexicon, WordKind};
    let mut l = Lexicon::default();
    let press = l.intern("PRESS", WordKind::Exact);
    l.set_verbal(true);
    let attack = l.intern("ATTACK", WordKind::Exact);
    l.set_verbal(false);
    let found = |l: &Lexicon, w: &str| {
        let mut out = Vec::new();
        l.matches(w, &mut out);
        out
    };
    assert!(!found(&l, "PRESSED").contains(&press));
    assert!(found(&l, "PRESSES").contains(&press));
    assert!(found(&l, "ATTACKED").contains(&attack));
    assert!(found(&l, "ATTACKS").contains(&attack));
}
