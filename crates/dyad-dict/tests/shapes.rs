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
