//! The quick filters a verb pattern carries (`Pattern::required`, `Pattern::any_of`): the
//! words it cannot match without, read through `{ … }` phrases and synsets.

use dyad_dict::{DictKind, Dictionaries, DictionariesBuilder, EventCode, WordId};

fn code(p: &dyad_dict::Pattern) -> &str {
    match &p.code {
        EventCode::Code { code, .. } => code,
        _ => "",
    }
}

const VERBS: &str = "\
&WEAPON
+GUN
+ROCKET LAUNCHER

&ODD
+GUN
+&WEAPON

---  FIRE   [---]  ---
FIRE
- * {TEAR GAS}                                        [175]
- * &WEAPON (AT +)                                    [190]
- * &ODD                                              [190]
- * {GAS | TEAR GAS}                                  [175]
";

fn dicts() -> Dictionaries {
    let mut b = DictionariesBuilder::new();
    b.add_str(DictKind::Verbs, "test.verbs", VERBS);
    b.build()
}

fn word(d: &Dictionaries, w: &str) -> WordId {
    let mut ids = Vec::new();
    d.lexicon.matches(w, &mut ids);
    assert!(!ids.is_empty(), "{w} is no dictionary word");
    ids[0]
}

#[test]
fn patterns_need_the_words_of_their_phrases_and_one_member_of_each_synset() {
    let d = dicts();
    assert!(
        d.diagnostics.iter().all(|x| !x.error),
        "{:?}",
        d.diagnostics
    );
    let pats = &d.blocks[0].patterns;
    let by_code = |c: &str, words: usize| {
        pats.iter()
            .find(|p| code(p) == c && p.required.len() == words)
            .unwrap_or_else(|| panic!("no [{c}] pattern with {words} required words"))
    };
    // "{TEAR GAS}": both words; "{GAS | TEAR GAS}": the one both alternatives have.
    let tear_gas = by_code("175", 2);
    let mut want = vec![word(&d, "TEAR"), word(&d, "GAS")];
    want.sort_unstable();
    assert_eq!(tear_gas.required, want);
    assert!(tear_gas.any_of.is_empty());
    let either = by_code("175", 1);
    assert_eq!(either.required, [word(&d, "GAS")]);
    // "&WEAPON (AT +)": AT, and GUN or ROCKET.
    let weapon = pats
        .iter()
        .find(|p| p.required == [word(&d, "AT")])
        .expect("the &WEAPON pattern");
    let mut members = vec![word(&d, "GUN"), word(&d, "ROCKET")];
    members.sort_unstable();
    assert_eq!(weapon.any_of, [members]);
}

#[test]
fn a_synset_member_without_a_word_of_its_own_filters_nothing() {
    let d = dicts();
    let odd = d.blocks[0]
        .patterns
        .iter()
        .find(|p| p.required.is_empty() && p.any_of.len() <= 1 && code(p) == "190")
        .expect("the &ODD pattern");
    // (&ODD's second member is the synset &WEAPON: GUN or ROCKET, never one word.)
    assert!(odd.any_of.is_empty(), "{:?}", odd.any_of);
}
