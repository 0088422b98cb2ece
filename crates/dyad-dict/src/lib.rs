//! The CAMEO dictionary family: TABARI and PETRARCH/Phoenix actors, agents, verbs, discards,
//! issues and TABARI options files, read unchanged and compiled once into an immutable
//! [`Dictionaries`] value that many threads share.
//!
//! Every entry keeps the file and line it came from, so that an event can cite the dictionary
//! lines that produced it. Malformed lines are collected as [`Diagnostic`]s with
//! file:line:column and a reason; loading goes on without them.
//!
//! ```
//! use dyad_dict::{DictionariesBuilder, DictKind};
//! let mut b = DictionariesBuilder::new();
//! b.add_str(DictKind::Actors, "actors.txt", "IRAN_ [IRN]\nSYRIA [SYR]\n");
//! b.add_str(DictKind::Verbs, "verbs.txt", "--- MEET [040] ---\nMEET {MET MEETING}\n- * WITH + [040]\n");
//! let d = b.build();
//! assert!(d.diagnostics.is_empty());
//! assert_eq!(d.actors.len(), 2);
//! ```

pub mod check;
mod codes;
mod lexicon;
mod options;
mod parse;
mod phrase;
pub mod pico;
pub mod transform;

pub use codes::{ActorCode, AgentCode, DateRule, EventCode};
pub use lexicon::{Lexicon, WordId, WordKind};
pub use options::Options;
pub use parse::{
    pattern_word_length, ActorEntry, DictKind, IssueEntry, NounKind, Pattern, PatternElem,
    VerbBlock, VerbForm,
};
pub use phrase::{Phrase, PhraseWord};

use std::path::Path;

/// One problem found in a dictionary line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as named.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (characters).
    pub column: u32,
    /// What is wrong.
    pub message: String,
    /// Whether this is an error (as opposed to a warning such as a duplicate).
    pub error: bool,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file,
            self.line,
            self.column,
            if self.error { "error" } else { "warning" },
            self.message
        )
    }
}

/// Errors that stop a dictionary from being read at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DictError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not UTF-8 (and not Latin-1 decodable either).
    #[error("{path}: not valid text")]
    Encoding {
        /// The file.
        path: String,
    },
}

/// Entries by their first word: word id → entry indices, stored flat (the entries of word
/// `w` are `items[offsets[w]..offsets[w + 1]]`), so a look-up is two array reads, no hashing.
#[derive(Debug, Default)]
pub(crate) struct WordIndex {
    offsets: Vec<u32>,
    items: Vec<u32>,
}

impl WordIndex {
    /// Builds the index from `(first word, entry index)` pairs, entries in ascending order
    /// per word as given.
    pub(crate) fn new(pairs: impl Iterator<Item = (WordId, u32)>) -> WordIndex {
        let pairs: Vec<(WordId, u32)> = pairs.collect();
        let words = pairs
            .iter()
            .map(|&(w, _)| w as usize + 1)
            .max()
            .unwrap_or(0);
        let mut counts = vec![0u32; words + 1];
        for &(w, _) in &pairs {
            counts[w as usize + 1] += 1;
        }
        for k in 1..counts.len() {
            counts[k] += counts[k - 1];
        }
        let offsets = counts.clone();
        let mut items = vec![0u32; pairs.len()];
        for &(w, i) in &pairs {
            let at = &mut counts[w as usize];
            items[*at as usize] = i;
            *at += 1;
        }
        WordIndex { offsets, items }
    }

    /// The entries whose first word is `word`.
    #[inline]
    pub(crate) fn get(&self, word: WordId) -> &[u32] {
        &self.items[self.range(word)]
    }

    /// Where the entries whose first word is `word` lie in `items`.
    #[inline]
    fn range(&self, word: WordId) -> std::ops::Range<usize> {
        let w = word as usize;
        match (self.offsets.get(w), self.offsets.get(w + 1)) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        }
    }
}

/// The compiled dictionaries: immutable once built, `Send + Sync`, shared behind an `Arc`.
#[derive(Debug, Default)]
pub struct Dictionaries {
    /// Word interning shared by every phrase.
    pub lexicon: Lexicon,
    /// Actor entries.
    pub actors: Vec<ActorEntry>,
    /// Agent entries.
    pub agents: Vec<ActorEntry>,
    /// Nouns, adjectives and null-coded phrases that are not actors.
    pub nouns: Vec<(Phrase, NounKind)>,
    /// Verb blocks (a block shares its patterns among its verbs).
    pub blocks: Vec<VerbBlock>,
    /// Verb forms (each names its block).
    pub verbs: Vec<VerbForm>,
    /// Synsets: name → members (each member a phrase).
    pub synsets: Vec<(String, Vec<Vec<PatternElem>>)>,
    /// Per synset: members by their first word, and members that start otherwise.
    pub synset_index: Vec<SynsetIndex>,
    /// Discard phrases (sentence or story level).
    pub discards: Vec<(Phrase, bool, dyad_core::Provenance)>,
    /// Issue phrases.
    pub issues: Vec<IssueEntry>,
    /// Phrases that make a sentence complex (not coded), from TABARI's `<TIME>` `[+++]`.
    pub complex_phrases: Vec<(Phrase, dyad_core::Provenance)>,
    /// UniversalPetrarch's PICO values (code, value), in file order.
    pub pico: Vec<(String, i64)>,
    /// PETRARCH-2 transformations (a saying verb over an embedded event).
    pub transformations: Vec<(transform::Transformation, dyad_core::Provenance)>,
    /// Options from a TABARI options file.
    pub options: Options,
    /// Problems found while reading.
    pub diagnostics: Vec<Diagnostic>,
    /// Index: first word id → actor indices.
    pub(crate) actor_index: WordIndex,
    /// Each actor phrase's length and second word, in a compact array beside `actors`, so
    /// that a matcher can drop most candidates without reading their entries.
    pub(crate) actor_shapes: Vec<PhraseShape>,
    /// `actor_shapes` in the order of `actor_index`'s items.
    pub(crate) actor_index_shapes: Vec<PhraseShape>,
    /// The candidates of first words with many of them, by second word
    /// ([`ActorBuckets`]).
    pub(crate) actor_buckets: ActorBuckets,
    pub(crate) agent_index: WordIndex,
    pub(crate) noun_index: WordIndex,
    pub(crate) verb_index: WordIndex,
    pub(crate) discard_index: WordIndex,
    pub(crate) issue_index: WordIndex,
    /// Files loaded, in order.
    pub files: Vec<(DictKind, String)>,
    /// The newest date the actor codes know (the latest end of a dated range or start of an
    /// open-ended one): an undated sentence is read as of this date, so office holders the
    /// dictionaries list as in office at their horizon keep their office.
    pub horizon: Option<chrono::NaiveDate>,
}

/// The actor candidates of a first word with many of them (Phoenix's INTERNATIONAL opens
/// about 500 phrases, THE about 100), sorted into 65 buckets — one per second word modulo 64,
/// and one for one-word phrases — so that a matcher reads only the buckets whose second word
/// the sentence holds near the first, instead of every candidate.
#[derive(Debug, Default)]
pub(crate) struct ActorBuckets {
    /// Per word id: index into `offsets` (in blocks of 66), or `u32::MAX` for a word with
    /// few candidates, read in full.
    of_word: Vec<u32>,
    /// Per bucketed word: 66 offsets into `positions` (bucket `b` is
    /// `offsets[b]..offsets[b + 1]`; bucket 64 holds the one-word phrases).
    offsets: Vec<u32>,
    /// Per bucketed word: bit `b` set when bucket `b` is not empty.
    present: Vec<u64>,
    /// Positions in the actor index's items, bucket by bucket, ascending within a bucket.
    positions: Vec<u32>,
}

/// First words with at least this many candidates are bucketed ([`ActorBuckets`]).
const BUCKETED: usize = 16;

impl ActorBuckets {
    /// Buckets the candidates of every word with at least [`BUCKETED`] of them.
    pub(crate) fn new(index: &WordIndex, shapes: &[PhraseShape]) -> ActorBuckets {
        let words = index.offsets.len().saturating_sub(1);
        let mut b = ActorBuckets {
            of_word: vec![u32::MAX; words],
            ..ActorBuckets::default()
        };
        for w in 0..words {
            let r = index.range(w as WordId);
            if r.len() < BUCKETED {
                continue;
            }
            b.of_word[w] = b.present.len() as u32;
            let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); 65];
            for p in r {
                let s = shapes[p];
                let k = if s.len > 1 {
                    (s.second % 64) as usize
                } else {
                    64
                };
                buckets[k].push(p as u32);
            }
            let mut present = 0u64;
            for (k, bucket) in buckets.iter().enumerate() {
                b.offsets.push(b.positions.len() as u32);
                if k < 64 && !bucket.is_empty() {
                    present |= 1 << k;
                }
                b.positions.extend_from_slice(bucket);
            }
            b.offsets.push(b.positions.len() as u32);
            b.present.push(present);
        }
        b
    }
}

/// A synset's members by their first word, and the members that start otherwise.
pub type SynsetIndex = (rustc_hash::FxHashMap<WordId, Vec<u32>>, Vec<u32>);

/// Which index to consult.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Index {
    /// Actors.
    Actors,
    /// Agents.
    Agents,
    /// Nouns, adjectives, null-coded words.
    Nouns,
    /// Verb forms.
    Verbs,
    /// Discards.
    Discards,
    /// Issues.
    Issues,
}

/// A phrase's length and second word ([`Dictionaries::actor_shape`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhraseShape {
    /// Number of words (saturating at 255).
    pub len: u8,
    /// Whether the second word must directly follow the first.
    pub consecutive: bool,
    /// The second word (0 when there is none).
    pub second: WordId,
}

impl Dictionaries {
    /// The length and second word of actor phrase `a` (an index from
    /// [`candidates`](Self::candidates) with [`Index::Actors`]).
    #[inline]
    pub fn actor_shape(&self, a: u32) -> PhraseShape {
        self.actor_shapes[a as usize]
    }

    /// The actor phrases whose first word is `word`, as
    /// [`candidates`](Self::candidates) gives them, each with its
    /// [`actor_shape`](Self::actor_shape) (kept beside the index, so that the many candidates
    /// of a common first word are read in order from memory).
    #[inline]
    pub fn actor_candidates(&self, word: WordId) -> impl Iterator<Item = (u32, PhraseShape)> + '_ {
        let r = self.actor_index.range(word);
        self.actor_index.items[r.clone()]
            .iter()
            .copied()
            .zip(self.actor_index_shapes[r].iter().copied())
    }

    /// Calls `f` with each actor phrase whose first word is `word` (with its
    /// [`actor_shape`](Self::actor_shape)), in the order of
    /// [`actor_candidates`](Self::actor_candidates), leaving out phrases of two or more words
    /// whose second word's bit (its id modulo 64) is not in `second_words`. For a first word
    /// with many phrases only the matching buckets are read ([`ActorBuckets`]).
    #[inline]
    pub fn for_each_actor_candidate(
        &self,
        word: WordId,
        second_words: u64,
        mut f: impl FnMut(u32, PhraseShape),
    ) {
        let b = &self.actor_buckets;
        let slot = b.of_word.get(word as usize).copied().unwrap_or(u32::MAX);
        if slot == u32::MAX {
            for (a, shape) in self.actor_candidates(word) {
                if shape.len <= 1 || second_words & (1 << (shape.second % 64)) != 0 {
                    f(a, shape);
                }
            }
            return;
        }
        let offsets = &b.offsets[slot as usize * 66..slot as usize * 66 + 66];
        let bucket = |k: usize| &b.positions[offsets[k] as usize..offsets[k + 1] as usize];
        // The positions of the buckets read, back in index order (few: most phrases fail
        // for want of their second word).
        let mut found: Vec<u32> = Vec::new();
        let mut stack = [0u32; 32];
        let mut n = 0;
        // (Each bucket is in index order: only two or more read need sorting.)
        let mut read = 0;
        let mut push = |p: u32| {
            if n < stack.len() {
                stack[n] = p;
            } else {
                if found.is_empty() {
                    found.extend_from_slice(&stack);
                }
                found.push(p);
            }
            n += 1;
        };
        let one_word = bucket(64);
        read += usize::from(!one_word.is_empty());
        for &p in one_word {
            push(p);
        }
        let mut bits = second_words & b.present[slot as usize];
        while bits != 0 {
            let k = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            read += 1;
            for &p in bucket(k) {
                push(p);
            }
        }
        let positions = if n <= stack.len() {
            &mut stack[..n]
        } else {
            &mut found[..]
        };
        if read > 1 {
            positions.sort_unstable();
        }
        for &p in positions.iter() {
            f(
                self.actor_index.items[p as usize],
                self.actor_index_shapes[p as usize],
            );
        }
    }

    /// Candidate entries whose first word is `word`.
    #[inline]
    pub fn candidates(&self, index: Index, word: WordId) -> &[u32] {
        let m = match index {
            Index::Actors => &self.actor_index,
            Index::Agents => &self.agent_index,
            Index::Nouns => &self.noun_index,
            Index::Verbs => &self.verb_index,
            Index::Discards => &self.discard_index,
            Index::Issues => &self.issue_index,
        };
        m.get(word)
    }

    /// Counts of what was loaded, for reports.
    pub fn summary(&self) -> String {
        let patterns: usize = self.blocks.iter().map(|b| b.patterns.len()).sum();
        let dated = self
            .actors
            .iter()
            .map(|a| a.codes.iter().filter(|c| c.rule.is_some()).count())
            .sum::<usize>();
        format!(
            "{} actor phrases ({} date-restricted codes), {} agent phrases, {} verb forms in {} blocks, {} patterns, {} synsets, {} discards, {} issues",
            self.actors.len(),
            dated,
            self.agents.len(),
            self.verbs.len(),
            self.blocks.len(),
            patterns,
            self.synsets.len(),
            self.discards.len(),
            self.issues.len()
        )
    }
}

/// Collects dictionary files and builds [`Dictionaries`].
#[derive(Default)]
pub struct DictionariesBuilder {
    parser: parse::Parser,
}

impl DictionariesBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts a new scope for synset names: the verb files added from now on define their
    /// own `&NAME` sets and do not see (nor add members to) those of the files before —
    /// for a second verb dictionary loaded after a first one whose synsets share names
    /// (dyad's verbs after PETRARCH-2's: both have a `&CEASEFIRE`).
    pub fn new_synset_scope(&mut self) -> &mut Self {
        self.parser.new_synset_scope();
        self
    }

    /// PETRARCH-1's reading of PETRARCH-format files: pattern words match "closed" (only
    /// themselves: "EFFORT" not "efforts", where PETRARCH-2, UniversalPetrarch and dyad also
    /// accept plurals and past tenses), and a verb entered in two blocks keeps the patterns
    /// of both (UniversalPetrarch keeps the first block only). Set before adding files.
    pub fn petrarch1_dialect(&mut self, on: bool) -> &mut Self {
        self.parser.petrarch1 = on;
        self
    }

    /// Adds a file of the given kind.
    pub fn add_file(&mut self, kind: DictKind, path: &Path) -> Result<(), DictError> {
        let bytes = std::fs::read(path).map_err(|source| DictError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            // Older dictionaries are Latin-1: decode byte by byte.
            Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
        };
        self.add_str(kind, &path.display().to_string(), &text);
        Ok(())
    }

    /// Adds dictionary text of the given kind, named `name` in diagnostics and provenance.
    pub fn add_str(&mut self, kind: DictKind, name: &str, text: &str) {
        self.parser.parse(kind, name, text);
    }

    /// Compiles everything added.
    pub fn build(self) -> Dictionaries {
        self.parser.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::WordIndex;

    #[test]
    fn word_index_keeps_each_words_entries_in_order() {
        let ix = WordIndex::new([(3, 0), (1, 1), (3, 2), (0, 3), (3, 4)].into_iter());
        assert_eq!(ix.get(3), [0, 2, 4]);
        assert_eq!(ix.get(1), [1]);
        assert_eq!(ix.get(0), [3]);
        assert!(ix.get(2).is_empty());
        assert!(ix.get(99).is_empty(), "a word no entry starts with");
        assert!(WordIndex::default().get(0).is_empty());
    }
}
