//! Helpers shared by the rule tests: a news-mode coder over small dictionaries written in the
//! test, and what it codes for one sentence.
#![allow(dead_code)]

use std::sync::Arc;

use dyad_code::{Coder, SentenceResult};
use dyad_dict::{DictKind, DictionariesBuilder};

/// A coder (news mode, `Coder::new`'s settings) over dictionary texts given by kind.
pub fn coder(files: &[(DictKind, &str)]) -> Coder {
    let mut b = DictionariesBuilder::new();
    for (k, (kind, text)) in files.iter().enumerate() {
        b.add_str(*kind, &format!("test-{k}.txt"), text);
    }
    Coder::new(Arc::new(b.build()))
}

/// Codes `text` as one sentence without a date.
pub fn code(c: &Coder, text: &str) -> SentenceResult {
    c.code_sentence("t", 0, text, dyad_core::Span::new(0, text.len()), None)
}

/// The events coded for `text`, as `SOURCE/TARGET/CODE`, in the coder's order.
pub fn codes(c: &Coder, text: &str) -> Vec<String> {
    code(c, text)
        .events
        .iter()
        .map(|e| format!("{}/{}/{}", e.source, e.target, e.code))
        .collect()
}
