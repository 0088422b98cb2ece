//! Word interning and the TABARI matching rules: stems, exact words and regular endings.

use std::cell::RefCell;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;

/// An interned dictionary word (string plus matching rule).
pub type WordId = u32;

/// How a dictionary word matches a text word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordKind {
    /// No trailing `_`: any text word that starts with it ("SYRIA" matches "SYRIAN").
    Stem,
    /// Trailing `_`: the word itself or it plus a regular ending (S, ES, ED, EN, ING, 'S).
    Exact,
    /// Trailing `=`, or a generated verb form: the word only.
    Only,
    /// A word of a PETRARCH-format pattern: the word, its plural or past tense (S, ES, ED, D).
    Plural,
}

/// Regular endings accepted on exact words (TABARI manual 5.2.3).
const ENDINGS: &[&str] = &["S", "ES", "ED", "EN", "ING", "D"];

/// Interned words; shared by every phrase of every dictionary.
#[derive(Debug, Default)]
pub struct Lexicon {
    stems: FxHashMap<String, WordId>,
    exact: FxHashMap<String, WordId>,
    only: FxHashMap<String, WordId>,
    plural: FxHashMap<String, WordId>,
    words: Vec<(String, WordKind)>,
    max_stem: usize,
    /// Words interned while reading a verb dictionary: only these take the verb spellings of
    /// an ending (a doubled consonant, a dropped E: "STOPPED", "MAKING") — an actor "BANKE_"
    /// (a district of Nepal) is not "banking".
    verbal: rustc_hash::FxHashSet<WordId>,
    verbal_mode: bool,
    /// Changes with every word interned (unique across lexicons; 0 = nothing interned): the
    /// per-thread [`MatchCache`] holds the matches of one stamp.
    stamp: u64,
}

/// Source of [`Lexicon`] stamps.
static NEXT_STAMP: AtomicU64 = AtomicU64::new(1);

/// Entries in the per-thread match cache (a power of two).
const CACHE_SIZE: usize = 8192;
/// Longest text word the cache holds.
const CACHE_WORD: usize = 23;
/// Most matches a cached word may have.
const CACHE_IDS: usize = 5;

/// One cached text word and its matches.
#[derive(Clone, Copy, Default)]
struct CacheEntry {
    len: u8,
    word: [u8; CACHE_WORD],
    n: u8,
    ids: [WordId; CACHE_IDS],
}

/// Per-thread, direct-mapped cache of [`Lexicon::matches`]: a text word's matches cost a
/// dozen hash look-ups (every stem length, every ending), and news repeats its words.
struct MatchCache {
    stamp: u64,
    entries: Vec<CacheEntry>,
}

thread_local! {
    static MATCH_CACHE: RefCell<MatchCache> = const {
        RefCell::new(MatchCache { stamp: 0, entries: Vec::new() })
    };
}

impl Lexicon {
    /// Marks the words interned from now on as verb-dictionary words (or stops doing so).
    pub fn set_verbal(&mut self, on: bool) {
        self.verbal_mode = on;
    }

    /// Interns `word` with `kind`.
    pub fn intern(&mut self, word: &str, kind: WordKind) -> WordId {
        self.stamp = NEXT_STAMP.fetch_add(1, Ordering::Relaxed);
        let id = self.intern_word(word, kind);
        if self.verbal_mode {
            self.verbal.insert(id);
        }
        id
    }

    fn intern_word(&mut self, word: &str, kind: WordKind) -> WordId {
        let map = match kind {
            WordKind::Stem => &mut self.stems,
            WordKind::Exact => &mut self.exact,
            WordKind::Only => &mut self.only,
            WordKind::Plural => &mut self.plural,
        };
        if let Some(&id) = map.get(word) {
            return id;
        }
        let id = self.words.len() as WordId;
        map.insert(word.to_string(), id);
        self.words.push((word.to_string(), kind));
        if kind == WordKind::Stem {
            self.max_stem = self.max_stem.max(word.len());
        }
        id
    }

    /// The word and its kind.
    pub fn word(&self, id: WordId) -> (&str, WordKind) {
        let (w, k) = &self.words[id as usize];
        (w, *k)
    }

    /// Number of interned words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether nothing is interned.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// PETRARCH-format pattern words: the word, its plural, or its past tense ("HOPE" matches
    /// "HOPES", "HOPED"; "MEET" does not match "MEETING").
    fn plural_matches(&self, token: &str, out: &mut Vec<WordId>) {
        let mut push = |w: &str| {
            if let Some(&id) = self.plural.get(w) {
                out.push(id);
            }
        };
        push(token);
        for e in ["S", "ES", "ED", "D"] {
            // (-D only after a final E, "HOPED"; no ending on a two-letter word: "AND" is no
            // past tense of the article AN, "ITS" no plural of IT, "ONES" of ON; a number
            // takes its plural: "AK-47s".)
            if let Some(base) = token.strip_suffix(e).filter(|b| {
                (b.len() >= 3 || (b.len() == 2 && b.bytes().any(|c| c.is_ascii_digit())))
                    && (e != "D" || b.ends_with('E'))
                    // (-ES only after a hissing sound or O: "TAXES", "PUSHES", "VETOES"; the
                    // planes are no PLAN)
                    && (e != "ES"
                        || ["S", "X", "Z", "CH", "SH", "O"]
                            .iter()
                            .any(|end| b.ends_with(end)))
            }) {
                push(base);
            }
        }
        if let Some(base) = token.strip_suffix("ED") {
            let b = base.as_bytes();
            if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                push(&base[..base.len() - 1]);
            }
        }
        if let Some(base) = token
            .strip_suffix("IES")
            .or_else(|| token.strip_suffix("IED"))
        {
            push(&format!("{base}Y"));
        }
    }

    /// Every dictionary word that matches the upper-case text word `token`, pushed into `out`
    /// (from the per-thread cache when the word was matched before).
    pub fn matches(&self, token: &str, out: &mut Vec<WordId>) {
        if token.len() > CACHE_WORD || self.stamp == 0 {
            return self.matches_uncached(token, out);
        }
        MATCH_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.stamp != self.stamp {
                cache.stamp = self.stamp;
                cache.entries = vec![CacheEntry::default(); CACHE_SIZE];
            }
            let h = rustc_hash::FxBuildHasher.hash_one(token);
            let e = &mut cache.entries[(h >> 40) as usize & (CACHE_SIZE - 1)];
            let len = token.len();
            // (An empty entry has length 0; an empty token is never cached.)
            if len > 0 && usize::from(e.len) == len && &e.word[..len] == token.as_bytes() {
                out.extend_from_slice(&e.ids[..usize::from(e.n)]);
                return;
            }
            let start = out.len();
            self.matches_uncached(token, out);
            let found = &out[start..];
            if len > 0 && found.len() <= CACHE_IDS {
                e.len = len as u8;
                e.word[..len].copy_from_slice(token.as_bytes());
                e.n = found.len() as u8;
                e.ids[..found.len()].copy_from_slice(found);
            }
        });
    }

    fn matches_uncached(&self, token: &str, out: &mut Vec<WordId>) {
        if let Some(&id) = self.only.get(token) {
            out.push(id);
        }
        if let Some(&id) = self.exact.get(token) {
            out.push(id);
        }
        if !self.plural.is_empty() {
            self.plural_matches(token, out);
        }
        // Two-letter exact words take no endings: "US_" is not "USED" or "USING".
        // (The verb endings -ED, -EN, -ING, -D only for verb-dictionary words: the agent
        // PRESS_ is not "pressed", GUARD_ not "guarded".)
        for e in ENDINGS {
            if let Some(base) = token.strip_suffix(e) {
                if base.len() >= 3 {
                    if let Some(&id) = self.exact.get(base) {
                        if matches!(*e, "S" | "ES") || self.verbal.contains(&id) {
                            out.push(id);
                        }
                    }
                }
            }
        }
        // Doubled consonant before -ING/-ED ("STOPPED") and E dropped before -ING ("MAKING").
        for e in ["ING", "ED"] {
            if let Some(base) = token.strip_suffix(e) {
                let b = base.as_bytes();
                if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                    if let Some(&id) = self.exact.get(&base[..base.len() - 1]) {
                        if self.verbal.contains(&id) {
                            out.push(id);
                        }
                    }
                }
                if e == "ING" {
                    let mut with_e = String::with_capacity(base.len() + 1);
                    with_e.push_str(base);
                    with_e.push('E');
                    if let Some(&id) = self.exact.get(&with_e) {
                        if self.verbal.contains(&id) {
                            out.push(id);
                        }
                    }
                }
            }
        }
        if let Some(base) = token
            .strip_suffix("IES")
            .or_else(|| token.strip_suffix("IED"))
        {
            let mut y = String::with_capacity(base.len() + 1);
            y.push_str(base);
            y.push('Y');
            if let Some(&id) = self.exact.get(&y) {
                out.push(id);
            }
        }
        if !self.stems.is_empty() {
            let mut end = token.len().min(self.max_stem);
            while end > 0 {
                if token.is_char_boundary(end) {
                    if let Some(&id) = self.stems.get(&token[..end]) {
                        out.push(id);
                    }
                }
                end -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn petrarch_pattern_words_take_plurals_and_past_tenses_only() {
        let mut l = Lexicon::default();
        let hope = l.intern("HOPE", WordKind::Plural);
        let meet = l.intern("MEET", WordKind::Plural);
        let policy = l.intern("POLICY", WordKind::Plural);
        let plan = l.intern("PLAN", WordKind::Plural);
        let an = l.intern("AN", WordKind::Plural);
        let tax = l.intern("TAX", WordKind::Plural);
        let veto = l.intern("VETO", WordKind::Plural);
        let m = |t: &str| {
            let mut v = Vec::new();
            l.matches(t, &mut v);
            v
        };
        assert_eq!(m("HOPED"), vec![hope]);
        assert_eq!(m("HOPES"), vec![hope]);
        assert_eq!(m("POLICIES"), vec![policy]);
        assert_eq!(m("PLANNED"), vec![plan]);
        assert!(
            m("PLANES").is_empty(),
            "-ES only after a hissing sound or O"
        );
        assert_eq!(m("TAXES"), vec![tax]);
        assert_eq!(m("VETOES"), vec![veto]);
        assert!(m("MEETING").is_empty(), "a gerund is not the pattern word");
        assert_eq!(m("MEET"), vec![meet]);
        assert!(m("AND").is_empty(), "AND is no past tense of AN");
        assert!(m("ANS").is_empty(), "no ending on a two-letter word");
        assert_eq!(m("AN"), vec![an]);
    }

    /// The per-thread match cache answers for one lexicon in one state: a word interned later,
    /// or another lexicon, is seen at once; a word matched before gets the same matches.
    #[test]
    fn cached_matches_follow_the_lexicon() {
        let m = |l: &Lexicon, t: &str| {
            let mut v = Vec::new();
            l.matches(t, &mut v);
            v
        };
        let mut a = Lexicon::default();
        let syria = a.intern("SYRIA", WordKind::Stem);
        let mut b = Lexicon::default();
        b.intern("IRAQ", WordKind::Stem);
        let syrian = b.intern("SYRIAN", WordKind::Exact);
        assert_eq!(m(&a, "SYRIANS"), vec![syria]);
        assert_eq!(m(&a, "SYRIANS"), vec![syria], "cached");
        assert_eq!(m(&b, "SYRIANS"), vec![syrian], "another lexicon");
        assert_eq!(m(&a, "SYRIANS"), vec![syria], "the first again");
        let syr = a.intern("SYR", WordKind::Stem);
        assert_eq!(m(&a, "SYRIANS"), vec![syria, syr], "a word interned since");
        let long = "SYRIA".repeat(6);
        assert_eq!(m(&a, &long), vec![syria, syr], "longer than a cache entry");
        assert!(m(&a, "").is_empty());
    }

    #[test]
    fn stems_exact_and_endings() {
        let mut l = Lexicon::default();
        let syria = l.intern("SYRIA", WordKind::Stem);
        let ban = l.intern("BAN", WordKind::Only);
        let banke = l.intern("BANKE", WordKind::Exact);
        l.set_verbal(true);
        let attack = l.intern("ATTACK", WordKind::Exact);
        let make = l.intern("MAKE", WordKind::Exact);
        l.set_verbal(false);
        let m = |t: &str| {
            let mut v = Vec::new();
            l.matches(t, &mut v);
            v
        };
        assert_eq!(m("SYRIAN"), vec![syria]);
        assert_eq!(m("ATTACKED"), vec![attack]);
        assert!(m("ATTACKER").is_empty());
        assert_eq!(m("BAN"), vec![ban]);
        assert!(m("BANS").is_empty());
        assert_eq!(m("MAKING"), vec![make]);
        // (Only a verb dictionary's word drops its E before -ING.)
        assert!(!m("BANKING").contains(&banke));
    }
}
