//! The compact shape array beside the actor entries (what a matcher reads before an entry):
//! each phrase's length, its second word and whether that word is joined to the first.

use dyad_dict::{DictKind, DictionariesBuilder, Index, PhraseShape};

#[test]
fn every_actor_phrase_has_its_shape() {
    let mut b = DictionariesBuilder::new();
    b.add_str(
        DictKind::Actors,
        "test",
        "IRAN_ [IRN]\nUNITED_STATES_ [USA]\nAL QAEDA [IMGMUSALQ]\n",
    );
    let d = b.build();
    assert_eq!(d.actors.len(), 3);
    for (a, e) in d.actors.iter().enumerate() {
        let shape = d.actor_shape(a as u32);
        assert_eq!(usize::from(shape.len), e.phrase.words.len());
        match e.phrase.words.get(1) {
            Some(w) => {
                assert_eq!(shape.second, w.id);
                assert_eq!(shape.consecutive, w.consecutive);
            }
            None => assert_eq!(
                shape,
                PhraseShape {
                    len: 1,
                    ..PhraseShape::default()
                }
            ),
        }
    }
    // (The candidates of a first word index the same array.)
    let united = d.actors[1].phrase.words[0].id;
    let cands = d.candidates(Index::Actors, united);
    assert_eq!(cands, [1]);
    assert_eq!(d.actor_shape(1).len, 2);
    assert!(d.actor_shape(1).consecutive);
    assert!(!d.actor_shape(2).consecutive);
}

#[test]
fn actor_candidates_carry_their_shapes_in_index_order() {
    let mut b = DictionariesBuilder::new();
    b.add_str(
        DictKind::Actors,
        "test",
        "UNITED_STATES_ [USA]\nIRAN_ [IRN]\nUNITED_KINGDOM_ [GBR]\nUNITED NATIONS [IGOUNO]\nUNITED_ [---]\n",
    );
    let d = b.build();
    for e in &d.actors {
        let w = e.phrase.words[0].id;
        let with_shapes: Vec<(u32, PhraseShape)> = d.actor_candidates(w).collect();
        let expected: Vec<(u32, PhraseShape)> = d
            .candidates(Index::Actors, w)
            .iter()
            .map(|&a| (a, d.actor_shape(a)))
            .collect();
        assert_eq!(with_shapes, expected);
    }
    // (A first word with several phrases: each comes once.)
    let united = d
        .actors
        .iter()
        .find(|e| e.codes.iter().any(|c| c.code == "USA"))
        .unwrap()
        .phrase
        .words[0]
        .id;
    assert!(d.actor_candidates(united).count() >= 2);
}

/// `for_each_actor_candidate` gives what reading every candidate and dropping those whose
/// second word is out of reach gives, in the same order — for a first word with few phrases
/// and for one with enough to be read by buckets (more than 32 surviving, too).
#[test]
fn bucketed_candidates_are_the_filtered_candidates_in_index_order() {
    let mut text = String::from("IRAN_ [IRN]\nIRAN REVOLUTIONARY_GUARD [IRNMIL]\n");
    for k in 0..300 {
        // Second words repeat modulo 64 through the lexicon ids; some one-word entries
        // between them, and phrases whose second word is not joined to the first.
        text.push_str(&format!("INTERNATIONAL_W{}_ [IGO{k:03}]\n", k % 90));
        if k % 7 == 0 {
            text.push_str(&format!("INTERNATIONAL_ [IGOX{k:02}]\n"));
        }
        if k % 11 == 0 {
            text.push_str(&format!("INTERNATIONAL V{} [NGO{k:03}]\n", k % 13));
        }
    }
    let mut b = DictionariesBuilder::new();
    b.add_str(DictKind::Actors, "test", &text);
    let d = b.build();
    let mut rng = 0x9e37_79b9_7f4a_7c15_u64;
    let mut masks = vec![0, u64::MAX, 1, 1 << 63];
    for _ in 0..200 {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        // Sparse and dense masks.
        masks.push(rng & (rng >> 3) & (rng >> 7));
        masks.push(rng);
    }
    let firsts: Vec<_> = d.actors.iter().map(|e| e.phrase.words[0].id).collect();
    assert!(d.candidates(Index::Actors, firsts[2]).len() > 300);
    for &w in &[firsts[0], firsts[2]] {
        for &mask in &masks {
            let naive: Vec<(u32, PhraseShape)> = d
                .actor_candidates(w)
                .filter(|(_, s)| s.len <= 1 || mask & (1 << (s.second % 64)) != 0)
                .collect();
            let mut got = Vec::new();
            d.for_each_actor_candidate(w, mask, |a, s| got.push((a, s)));
            assert_eq!(got, naive, "mask {mask:#x}");
        }
    }
}
