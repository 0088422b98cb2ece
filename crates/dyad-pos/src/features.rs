//! Feature extraction shared by training and tagging.
//!
//! Every feature is a 32-bit hash of (template id, strings/tags involved). Nothing is allocated
//! per feature: each token's word, affixes and shape are hashed once per sentence
//! ([`TokenInfo`]) and templates combine those hashes with cheap integer mixing.

use crate::tag::Tag;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// 64-bit finaliser (MurmurHash3 fmix64).
#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Byte-at-a-time Fx-style hash of `bytes` with `seed`.
#[inline]
fn hash_iter(seed: u64, bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h = seed;
    for b in bytes {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    fmix(h)
}

/// Hash of raw bytes (used for the tag-dictionary lookup).
#[inline]
#[must_use]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    hash_iter(0x9e37_79b9_7f4a_7c15, bytes.iter().copied())
}

/// Per-token hashes computed once per sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokenInfo {
    word: u64,
    suf: [u64; 4],
    pre: [u64; 3],
    shape: u64,
    flags: u64,
}

/// Lower-case a byte (ASCII only; other bytes unchanged). Curly apostrophes are handled by
/// [`normalise`].
#[inline]
fn lower(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

/// Replace typographic apostrophes by ASCII `'` so that `’s` and `n’t` match training data.
/// Returns the word unchanged (borrowed) in the common case.
#[must_use]
pub fn normalise(word: &str) -> std::borrow::Cow<'_, str> {
    if word.contains('\u{2019}') {
        std::borrow::Cow::Owned(word.replace('\u{2019}', "'"))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Byte offset at which the last `n` characters of `w` start.
#[inline]
fn suffix_start(w: &str, n: usize) -> usize {
    if w.is_ascii() {
        return w.len().saturating_sub(n);
    }
    w.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i)
}

/// Byte offset at which the first `n` characters of `w` end.
#[inline]
fn prefix_end(w: &str, n: usize) -> usize {
    if w.is_ascii() {
        return w.len().min(n);
    }
    w.char_indices().nth(n).map_or(w.len(), |(i, _)| i)
}

impl TokenInfo {
    /// Hashes for one word (already [`normalise`]d). `first` tells whether it opens the sentence.
    #[must_use]
    pub fn new(w: &str, first: bool) -> TokenInfo {
        let bytes = w.as_bytes();
        let mut has_digit = false;
        let mut has_alpha = false;
        let mut has_upper = false;
        let mut has_lower = false;
        let mut has_hyphen = false;
        let mut has_other = false;
        // Compressed shape: X, x, d, other chars as themselves; runs collapsed.
        let mut shape = 0x6a09_e667_f3bc_c908_u64;
        let mut last_class = 0u8;
        for c in w.chars() {
            let class = if c.is_uppercase() {
                has_upper = true;
                has_alpha = true;
                b'X'
            } else if c.is_lowercase() {
                has_lower = true;
                has_alpha = true;
                b'x'
            } else if c.is_ascii_digit() {
                has_digit = true;
                b'd'
            } else if c.is_alphabetic() {
                has_alpha = true;
                b'a'
            } else {
                if c == '-' {
                    has_hyphen = true;
                } else {
                    has_other = true;
                }
                if c.is_ascii() {
                    c as u8
                } else {
                    b'?'
                }
            };
            if class != last_class {
                shape = (shape.rotate_left(5) ^ u64::from(class)).wrapping_mul(K);
                last_class = class;
            }
        }
        let numeric = has_digit
            && !has_alpha
            && bytes
                .iter()
                .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'-' | b'/' | b':'));
        let word = if numeric {
            if bytes.len() == 4 && bytes.iter().all(u8::is_ascii_digit) {
                hash_iter(1, b"!YEAR".iter().copied())
            } else {
                hash_iter(1, b"!DIGITS".iter().copied())
            }
        } else {
            hash_iter(1, bytes.iter().map(|&b| lower(b)))
        };
        let mut suf = [0u64; 4];
        for (n, s) in suf.iter_mut().enumerate() {
            let start = suffix_start(w, n + 1);
            *s = hash_iter(10 + n as u64, bytes[start..].iter().map(|&b| lower(b)));
        }
        let mut pre = [0u64; 3];
        for (n, p) in pre.iter_mut().enumerate() {
            let end = prefix_end(w, n + 1);
            *p = hash_iter(20 + n as u64, bytes[..end].iter().map(|&b| lower(b)));
        }
        let flags = u64::from(has_upper)
            | u64::from(has_upper && !has_lower && bytes.len() > 1) << 1
            | u64::from(has_digit) << 2
            | u64::from(has_hyphen) << 3
            | u64::from(first) << 4
            | u64::from(has_other) << 5
            | u64::from(bytes.first().is_some_and(u8::is_ascii_uppercase)) << 6;
        TokenInfo {
            word,
            suf,
            pre,
            shape: fmix(shape ^ u64::from(first)),
            flags: fmix(flags + 77),
        }
    }

    /// A 64-bit digest of everything [`word_keys`] reads: two tokens with the same identity
    /// have the same word features.
    #[inline]
    #[must_use]
    pub fn identity(&self) -> u64 {
        let mut h = self.word;
        for x in self
            .suf
            .iter()
            .chain(&self.pre)
            .chain([&self.shape, &self.flags])
        {
            h = (h.rotate_left(23) ^ x).wrapping_mul(K);
        }
        fmix(h)
    }

    /// Padding token before the sentence (`k` = 1 or 2).
    #[must_use]
    pub fn start(k: u64) -> TokenInfo {
        let h = fmix(1000 + k);
        TokenInfo {
            word: h,
            suf: [h; 4],
            pre: [h; 3],
            shape: h,
            flags: h,
        }
    }

    /// Padding token after the sentence (`k` = 1 or 2).
    #[must_use]
    pub fn end(k: u64) -> TokenInfo {
        let h = fmix(2000 + k);
        TokenInfo {
            word: h,
            suf: [h; 4],
            pre: [h; 3],
            shape: h,
            flags: h,
        }
    }
}

/// Number of feature templates (features per token).
pub const N_FEATURES: usize = 29;

#[inline]
fn key(template: u64, a: u64, b: u64) -> u32 {
    let h =
        fmix(a.wrapping_mul(K) ^ b.rotate_left(17) ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let k = (h >> 32) as u32;
    k.max(1)
}

/// Hash standing for "tag `t`" in templates; `None` = sentence start.
#[inline]
fn tag_hash(t: Option<Tag>, pos: u64) -> u64 {
    fmix(t.map_or(500, |t| t.index() as u64 + 1) + 100 * pos)
}

/// Number of templates that read only the word itself ([`word_keys`]).
pub const N_WORD_FEATURES: usize = 11;

/// Number of templates that read the neighbours or the previous tags ([`context_keys`]).
pub const N_CONTEXT_FEATURES: usize = N_FEATURES - N_WORD_FEATURES;

/// Feature keys for position `i` of a sentence: [`word_keys`] then [`context_keys`].
///
/// `toks` holds the sentence's [`TokenInfo`] with two padding tokens on each side (so word
/// `i` is `toks[i + 2]`); `p1`/`p2` are the tags already chosen for words `i-1` and `i-2`.
#[inline]
#[must_use]
pub fn extract(
    toks: &[TokenInfo],
    i: usize,
    p1: Option<Tag>,
    p2: Option<Tag>,
) -> [u32; N_FEATURES] {
    let mut out = [0u32; N_FEATURES];
    out[..N_WORD_FEATURES].copy_from_slice(&word_keys(&toks[i + 2]));
    out[N_WORD_FEATURES..].copy_from_slice(&context_keys(toks, i, p1, p2));
    out
}

/// The templates that read only the word (the bias, the word, its affixes, shape and flags):
/// the same for every occurrence of the word, so the tagger caches their summed weights under
/// [`TokenInfo::identity`].
#[inline]
#[must_use]
pub fn word_keys(c: &TokenInfo) -> [u32; N_WORD_FEATURES] {
    [
        key(0, 0, 0),
        key(1, c.word, 0),
        key(2, c.suf[0], 0),
        key(3, c.suf[1], 0),
        key(4, c.suf[2], 0),
        key(5, c.suf[3], 0),
        key(6, c.pre[0], 0),
        key(7, c.pre[1], 0),
        key(8, c.pre[2], 0),
        key(19, c.shape, 0),
        key(20, c.flags, 0),
    ]
}

/// The templates that read the neighbouring words or the tags already chosen.
#[inline]
#[must_use]
pub fn context_keys(
    toks: &[TokenInfo],
    i: usize,
    p1: Option<Tag>,
    p2: Option<Tag>,
) -> [u32; N_CONTEXT_FEATURES] {
    let c = &toks[i + 2];
    let m1 = &toks[i + 1];
    let m2 = &toks[i];
    let n1 = &toks[i + 3];
    let n2 = &toks[i + 4];
    let t1 = tag_hash(p1, 1);
    let t2 = tag_hash(p2, 2);
    [
        key(9, t1, 0),
        key(10, t2, 0),
        key(11, t1, t2),
        key(12, t1, c.word),
        key(13, m1.word, 0),
        key(14, m1.suf[2], 0),
        key(15, m2.word, 0),
        key(16, n1.word, 0),
        key(17, n1.suf[2], 0),
        key(18, n2.word, 0),
        key(21, t1, c.suf[2]),
        key(22, m1.word, c.word),
        key(23, c.word, n1.word),
        key(24, t1, n1.word),
        key(25, c.shape, n1.shape),
        key(26, c.flags, t1),
        key(27, n1.suf[1], c.suf[1]),
        key(28, m1.suf[1], c.suf[2]),
    ]
}

/// Entries in the per-thread cache of [`TokenInfo`]s (a power of two).
const INFO_CACHE_SIZE: usize = 4096;

/// Longest word (in bytes) the [`InfoCache`] keeps.
const INFO_CACHE_WORD: usize = 22;

/// One [`InfoCache`] entry: the word's bytes, its length (0 = empty) and whether it opened
/// its sentence, and its hashes.
#[derive(Clone, Copy, Default)]
struct InfoEntry {
    bytes: [u8; INFO_CACHE_WORD],
    len: u8,
    first: bool,
    info: TokenInfo,
}

/// Per-thread, direct-mapped cache of [`TokenInfo::new`]: news repeats its words, and a
/// word's eight hashes cost more than one look-up. Entries are keyed by the word's whole text,
/// so tagging is the same with or without it.
struct InfoCache {
    entries: Vec<InfoEntry>,
}

impl InfoCache {
    fn info(&mut self, w: &str, first: bool) -> TokenInfo {
        let bytes = w.as_bytes();
        if bytes.is_empty() || bytes.len() > INFO_CACHE_WORD {
            return TokenInfo::new(w, first);
        }
        if self.entries.is_empty() {
            self.entries = vec![InfoEntry::default(); INFO_CACHE_SIZE];
        }
        let mut h = u64::from(first);
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        let e = &mut self.entries[(h >> 52) as usize & (INFO_CACHE_SIZE - 1)];
        if usize::from(e.len) != bytes.len() || e.first != first || e.bytes[..bytes.len()] != *bytes
        {
            e.bytes[..bytes.len()].copy_from_slice(bytes);
            e.len = bytes.len() as u8;
            e.first = first;
            e.info = TokenInfo::new(w, first);
        }
        e.info
    }
}

thread_local! {
    static INFO_CACHE: std::cell::RefCell<InfoCache> =
        const { std::cell::RefCell::new(InfoCache { entries: Vec::new() }) };
}

/// Build the padded [`TokenInfo`] vector for a sentence (words already [`normalise`]d).
pub fn sentence_info<'a>(words: impl ExactSizeIterator<Item = &'a str>, out: &mut Vec<TokenInfo>) {
    out.clear();
    out.reserve(words.len() + 4);
    out.push(TokenInfo::start(2));
    out.push(TokenInfo::start(1));
    INFO_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        for (i, w) in words.enumerate() {
            out.push(cache.info(w, i == 0));
        }
    });
    out.push(TokenInfo::end(1));
    out.push(TokenInfo::end(2));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cache gives each word the hashes `TokenInfo::new` gives it: repeated words, the
    /// same word opening the sentence or not, words too long for the cache, non-ASCII words.
    #[test]
    fn cached_infos_are_computed_infos() {
        let words = [
            "The",
            "the",
            "minister",
            "said",
            "the",
            "The",
            "Erdoğan",
            "U.S.",
            "1,000",
            "internationalisation-related",
            "internationalisation-relates",
            "said",
        ];
        for round in 0..2 {
            let mut infos = Vec::new();
            sentence_info(words.iter().copied(), &mut infos);
            for (i, w) in words.iter().enumerate() {
                assert_eq!(
                    infos[i + 2].identity(),
                    TokenInfo::new(w, i == 0).identity(),
                    "{w} at {i}, round {round}"
                );
            }
            // The same words in another order: "the" now opens the sentence.
            let mut rev = Vec::new();
            sentence_info(words.iter().rev().copied(), &mut rev);
            for (i, w) in words.iter().rev().enumerate() {
                assert_eq!(rev[i + 2].identity(), TokenInfo::new(w, i == 0).identity());
            }
        }
        assert_ne!(
            TokenInfo::new("the", true).identity(),
            TokenInfo::new("the", false).identity()
        );
    }
}
