use serde::{Deserialize, Serialize};

use crate::Span;

/// Version of the JSON Lines event schema written by dyad (see README, "Output schema").
pub const SCHEMA_VERSION: &str = "dyad.event/1";

/// Where a piece of an event came from: the dictionary file and line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The dictionary file (as named on the command line or in the suite).
    pub file: String,
    /// 1-based line number.
    pub line: u32,
    /// The dictionary text of the entry or pattern.
    pub entry: String,
}

/// One actor as matched in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorMatch {
    /// The resolved CAMEO actor code, e.g. `IRNGOV`, `SYRMIL`.
    pub code: String,
    /// The words that named it.
    pub span: Span,
    /// The actor and agent entries that produced the code.
    pub provenance: Vec<Provenance>,
}

/// One coded event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The input record's id.
    pub record_id: String,
    /// 0-based index of the sentence in the record.
    pub sentence: u32,
    /// Source actor code.
    pub source: String,
    /// Target actor code (empty when there is none).
    pub target: String,
    /// CAMEO event code.
    pub code: String,
    /// CAMEO root code (first two digits), when the code is in the CAMEO table.
    pub root: Option<String>,
    /// GDELT quad class 1–4.
    pub quad_class: Option<u8>,
    /// Goldstein value (GDELT's table).
    pub goldstein: Option<f32>,
    /// The sentence's span in the record's text.
    pub sentence_span: Span,
    /// The source actor as matched.
    pub source_actor: Option<ActorMatch>,
    /// The target actor as matched.
    pub target_actor: Option<ActorMatch>,
    /// The verb's words.
    pub verb_span: Span,
    /// The verb pattern that produced the code.
    pub pattern: Option<Provenance>,
}
