//! Property tests: on any text, sentence and token spans stay inside the text, on character
//! boundaries, in order, and the tokenizer never panics.

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_in_bounds_and_ordered(text in "(\\PC|[.,;:!?\"'’“”\\-_ \\n]){0,300}") {
        let mut last = 0usize;
        for s in dyad_text::sentences(&text) {
            let (a, b) = (s.start as usize, s.end as usize);
            prop_assert!(a >= last && a <= b && b <= text.len());
            prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            last = b;
            let mut prev = a;
            for t in dyad_text::tokenize(&text, s) {
                let (ta, tb) = (t.span.start as usize, t.span.end as usize);
                prop_assert!(ta >= prev && ta <= tb && tb <= b, "token {:?} outside {:?}", t, s);
                prop_assert!(text.is_char_boundary(ta) && text.is_char_boundary(tb));
                prev = ta;
            }
        }
    }
}
