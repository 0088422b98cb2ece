//! The averaged-perceptron model: compact binary format and greedy left-to-right tagging.
//!
//! File format (the whole stream is zlib-compressed with flate2):
//!
//! ```text
//! magic  "DYADPOS1"
//! u8     number of tags (must equal Tag::COUNT)
//! u64    allowed-classes bitmask (little endian)
//! varint tag-dictionary size, then per entry: varint byte length, UTF-8 bytes, u8 tag index
//! varint feature count, then per feature (keys ascending):
//!        varint key delta, u8 n, n × (u8 tag index, i16 LE weight)
//! ```
//!
//! Weights are the averaged perceptron weights scaled by a fixed factor and rounded to i16.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::features::{self, TokenInfo};
use crate::tag::{punct_tag, Tag};

const MAGIC: &[u8; 8] = b"DYADPOS1";

/// Errors reading a tagger model.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The bytes are not a zlib stream or decompression failed.
    #[error("model: cannot decompress: {0}")]
    Decompress(#[from] std::io::Error),
    /// The decompressed data does not start with the `DYADPOS1` magic.
    #[error("model: bad magic (not a dyad-pos model)")]
    BadMagic,
    /// The model was built for a different number of tags.
    #[error("model: built for {found} tags, this build has {expected}")]
    TagCount {
        /// Tags in this build.
        expected: usize,
        /// Tags in the file.
        found: usize,
    },
    /// The data ended in the middle of a record.
    #[error("model: truncated at byte {0}")]
    Truncated(usize),
    /// A tag index is out of range.
    #[error("model: tag index {index} out of range at byte {offset}")]
    BadTag {
        /// The offending index.
        index: u8,
        /// Byte offset in the decompressed data.
        offset: usize,
    },
    /// A tag-dictionary word is not UTF-8.
    #[error("model: tag-dictionary word at byte {0} is not UTF-8")]
    BadWord(usize),
    /// Feature keys are not strictly ascending (corrupt data).
    #[error("model: feature keys not ascending at byte {0}")]
    BadKey(usize),
    /// A feature with more weights than there are tags.
    #[error("model: too many weight entries")]
    TooLarge,
}

/// Fx-style hasher for the tag dictionary.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 ^= features::hash_bytes(bytes);
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = self.0.rotate_left(5) ^ u64::from(i);
    }
}

/// Tag dictionary type: exact word form → tag.
pub type TagDict = HashMap<Box<str>, Tag, BuildHasherDefault<WordHasher>>;

/// Plain (uncompiled) model contents, as produced by training.
#[derive(Debug, Clone)]
pub struct ModelData {
    /// Classes the model may predict.
    pub allowed: [bool; Tag::COUNT],
    /// Frequent unambiguous words.
    pub tagdict: Vec<(String, Tag)>,
    /// Features: key → (tag, quantised weight) pairs.
    pub features: Vec<(u32, Vec<(Tag, i16)>)>,
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl ModelData {
    /// Serialise to the compressed binary format.
    ///
    /// # Errors
    /// Only on an I/O error of the in-memory compressor.
    pub fn to_bytes(&self) -> std::io::Result<Vec<u8>> {
        let mut raw = Vec::new();
        raw.extend_from_slice(MAGIC);
        raw.push(Tag::COUNT as u8);
        let mut mask = 0u64;
        for (i, &a) in self.allowed.iter().enumerate() {
            if a {
                mask |= 1 << i;
            }
        }
        raw.extend_from_slice(&mask.to_le_bytes());
        let mut dict = self.tagdict.clone();
        dict.sort();
        put_varint(&mut raw, dict.len() as u64);
        for (w, t) in &dict {
            put_varint(&mut raw, w.len() as u64);
            raw.extend_from_slice(w.as_bytes());
            raw.push(t.index() as u8);
        }
        let mut feats: Vec<&(u32, Vec<(Tag, i16)>)> =
            self.features.iter().filter(|f| !f.1.is_empty()).collect();
        feats.sort_by_key(|f| f.0);
        put_varint(&mut raw, feats.len() as u64);
        let mut prev = 0u32;
        for (k, ws) in feats {
            put_varint(&mut raw, u64::from(k - prev));
            prev = *k;
            raw.push(ws.len() as u8);
            for (t, w) in ws {
                raw.push(t.index() as u8);
                raw.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&raw)?;
        enc.finish()
    }
}

struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn byte(&mut self) -> Result<u8, ModelError> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or(ModelError::Truncated(self.pos))?;
        self.pos += 1;
        Ok(b)
    }
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or(ModelError::Truncated(self.pos))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(ModelError::Truncated(self.pos))
    }
    fn tag(&mut self) -> Result<Tag, ModelError> {
        let offset = self.pos;
        let index = self.byte()?;
        Tag::from_index(index as usize).ok_or(ModelError::BadTag { index, offset })
    }
}

/// A compiled model ready for tagging.
pub struct Tagger {
    /// Open-addressing table of features, two words each (first word 0 = empty). A feature
    /// with at most [`INLINE`] weights holds them itself: `key << 32 | tags << 6 | n`
    /// (six bits per tag index) and the weights as four `i16` in the second word; a larger one
    /// is `key << 32 | 63` and the index of its row in [`Tagger::dense`].
    slots: Vec<[u64; 2]>,
    mask: usize,
    /// Weights of features with more than [`INLINE`], one per tag (added as a vector).
    dense: Vec<[i16; Tag::COUNT]>,
    /// Initial scores: 0 for allowed classes, very negative otherwise.
    base: [i32; Tag::COUNT],
    tagdict: TagDict,
    /// Distinguishes taggers in the per-thread [`WordCache`].
    id: u64,
}

/// Weights a feature's slot holds itself (most features have one to four).
const INLINE: usize = 4;

/// Low bits of a slot whose weights are a row of [`Tagger::dense`].
const DENSE: u64 = 63;

/// Entries in the per-thread cache of word scores (a power of two).
const WORD_CACHE_SIZE: usize = 4096;

/// Per-thread, direct-mapped cache of the summed weights of a word's own features
/// ([`features::word_keys`]), keyed by [`TokenInfo::identity`]: a frequent word's eleven
/// table look-ups become one. Scores are exact sums, so tagging is the same with or without it.
struct WordCache {
    /// The tagger whose scores are cached.
    owner: u64,
    /// `identity | 1` of the word in each entry, 0 = empty.
    keys: Vec<u64>,
    scores: Vec<[i32; Tag::COUNT]>,
}

thread_local! {
    static WORD_CACHE: RefCell<WordCache> = const {
        RefCell::new(WordCache { owner: 0, keys: Vec::new(), scores: Vec::new() })
    };
}

/// Source of [`Tagger`] ids (0 is never used: it marks an unused cache).
static NEXT_TAGGER_ID: AtomicU64 = AtomicU64::new(1);

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("features", &self.feature_count())
            .field("dense", &self.dense.len())
            .field("tagdict", &self.tagdict.len())
            .finish()
    }
}

impl Tagger {
    /// Decode a model written by [`ModelData::to_bytes`].
    ///
    /// # Errors
    /// [`ModelError`] when the bytes are not a valid model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let mut raw = Vec::with_capacity(bytes.len() * 3);
        flate2::read::ZlibDecoder::new(bytes).read_to_end(&mut raw)?;
        let mut c = Cursor { data: &raw, pos: 0 };
        if c.take(MAGIC.len()).map_err(|_| ModelError::BadMagic)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let n = c.byte()? as usize;
        if n != Tag::COUNT {
            return Err(ModelError::TagCount {
                expected: Tag::COUNT,
                found: n,
            });
        }
        let mask_bytes: [u8; 8] = c
            .take(8)?
            .try_into()
            .map_err(|_| ModelError::Truncated(c.pos))?;
        let mask = u64::from_le_bytes(mask_bytes);
        let mut base = [0i32; Tag::COUNT];
        for (i, b) in base.iter_mut().enumerate() {
            if mask & (1 << i) == 0 {
                *b = i32::MIN / 2;
            }
        }
        let nd = c.varint()? as usize;
        let mut tagdict = TagDict::default();
        tagdict.reserve(nd);
        for _ in 0..nd {
            let len = c.varint()? as usize;
            let at = c.pos;
            let w: Box<str> = std::str::from_utf8(c.take(len)?)
                .map_err(|_| ModelError::BadWord(at))?
                .into();
            let t = c.tag()?;
            tagdict.insert(w, t);
        }
        let nf = c.varint()? as usize;
        let cap = (nf.max(1) * 3 / 2).next_power_of_two();
        let mut slots = vec![[0u64; 2]; cap];
        let mut dense = Vec::new();
        let mut weights = Vec::with_capacity(Tag::COUNT);
        let mut key = 0u64;
        for i in 0..nf {
            let at = c.pos;
            let delta = c.varint()?;
            key += delta;
            if (delta == 0 && i > 0) || key == 0 || key > u64::from(u32::MAX) {
                return Err(ModelError::BadKey(at));
            }
            let len = c.byte()? as usize;
            if len > Tag::COUNT {
                return Err(ModelError::TooLarge);
            }
            weights.clear();
            for _ in 0..len {
                let t = c.tag()?;
                let w = c.take(2)?;
                weights.push((t, i16::from_le_bytes([w[0], w[1]])));
            }
            let slot = if len <= INLINE {
                let mut tags = 0u64;
                let mut ws = 0u64;
                for (j, &(t, w)) in weights.iter().enumerate() {
                    tags |= (t.index() as u64) << (6 * j);
                    ws |= u64::from(w as u16) << (16 * j);
                }
                [key << 32 | tags << 6 | len as u64, ws]
            } else {
                let mut row = [0i16; Tag::COUNT];
                for &(t, w) in &weights {
                    row[t.index()] = row[t.index()].saturating_add(w);
                }
                dense.push(row);
                [key << 32 | DENSE, dense.len() as u64 - 1]
            };
            let mut s = (key as usize) & (cap - 1);
            while slots[s][0] != 0 {
                s = (s + 1) & (cap - 1);
            }
            slots[s] = slot;
        }
        Ok(Tagger {
            slots,
            mask: cap - 1,
            dense,
            base,
            tagdict,
            id: NEXT_TAGGER_ID.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// Number of features with weights.
    #[must_use]
    pub fn feature_count(&self) -> usize {
        self.slots.iter().filter(|s| s[0] != 0).count()
    }

    /// Number of words in the tag dictionary.
    #[must_use]
    pub fn tagdict_len(&self) -> usize {
        self.tagdict.len()
    }

    /// Add the weights of features `feats` to `scores`.
    #[inline]
    fn add_weights<const N: usize>(&self, feats: &[u32; N], scores: &mut [i32; Tag::COUNT]) {
        // Phase 1: load every feature's home slot (independent loads, overlapped by the CPU).
        let mut slot = [[0u64; 2]; N];
        for (s, &f) in slot.iter_mut().zip(feats) {
            *s = self.slots[f as usize & self.mask];
        }
        // Phase 2: resolve probes and add the weights (inline, or a dense row).
        for (&f, &s0) in feats.iter().zip(&slot) {
            let mut s = s0;
            let mut i = f as usize & self.mask;
            while s[0] != 0 && (s[0] >> 32) as u32 != f {
                i = (i + 1) & self.mask;
                s = self.slots[i];
            }
            let n = s[0] & 63;
            if n == DENSE {
                add_row(scores, &self.dense[s[1] as usize]);
            } else {
                for j in 0..n as usize {
                    let t = (s[0] >> (6 + 6 * j)) & 63;
                    scores[t as usize] += i32::from((s[1] >> (16 * j)) as u16 as i16);
                }
            }
        }
    }

    /// The base scores plus the weights of the word's own features, from the cache if there.
    #[inline]
    fn word_scores(&self, cache: &mut WordCache, tok: &TokenInfo) -> [i32; Tag::COUNT] {
        let key = tok.identity() | 1;
        let at = (key >> 20) as usize & (WORD_CACHE_SIZE - 1);
        if cache.keys[at] == key {
            return cache.scores[at];
        }
        let mut scores = self.base;
        self.add_weights(&features::word_keys(tok), &mut scores);
        cache.keys[at] = key;
        cache.scores[at] = scores;
        scores
    }

    /// Tag one sentence: one tag per word. Words are as in the text (original case); the
    /// tokenisation should split punctuation, possessive `'s` and `n't`.
    #[must_use]
    pub fn tag(&self, words: &[&str]) -> Vec<Tag> {
        let mut out = Vec::with_capacity(words.len());
        let mut infos = Vec::new();
        let norm: Vec<std::borrow::Cow<'_, str>> =
            words.iter().map(|w| features::normalise(w)).collect();
        features::sentence_info(norm.iter().map(AsRef::as_ref), &mut infos);
        let mut quote_open = false;
        WORD_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.owner != self.id {
                cache.owner = self.id;
                cache.keys = vec![0; WORD_CACHE_SIZE];
                cache.scores = vec![[0; Tag::COUNT]; WORD_CACHE_SIZE];
            }
            for (i, w) in norm.iter().enumerate() {
                let t = match fixed_tag(w, &self.tagdict, &mut quote_open) {
                    Some(t) => t,
                    None => {
                        let p1 = i.checked_sub(1).map(|j| out[j]);
                        let p2 = i.checked_sub(2).map(|j| out[j]);
                        let mut scores = self.word_scores(&mut cache, &infos[i + 2]);
                        self.add_weights(&features::context_keys(&infos, i, p1, p2), &mut scores);
                        best_tag(&scores)
                    }
                };
                out.push(t);
            }
        });
        out
    }
}

/// Adds a dense row of weights to the scores, in blocks of eight (vectorised).
#[inline]
fn add_row(scores: &mut [i32; Tag::COUNT], row: &[i16; Tag::COUNT]) {
    let mut sc = scores.chunks_exact_mut(8);
    let mut rw = row.chunks_exact(8);
    for (s, r) in (&mut sc).zip(&mut rw) {
        let r: &[i16; 8] = r.try_into().expect("a block of eight");
        let s: &mut [i32; 8] = s.try_into().expect("a block of eight");
        for k in 0..8 {
            s[k] += i32::from(r[k]);
        }
    }
    for (s, &r) in sc.into_remainder().iter_mut().zip(rw.remainder()) {
        *s += i32::from(r);
    }
}

/// The tag with the highest score (the first of equal ones).
#[inline]
fn best_tag(scores: &[i32; Tag::COUNT]) -> Tag {
    let mut best = 0;
    for i in 1..Tag::COUNT {
        if scores[i] > scores[best] {
            best = i;
        }
    }
    Tag::ALL[best]
}

/// Tag decided without the perceptron: punctuation rules, `"` by parity, the tag dictionary.
#[inline]
pub fn fixed_tag(word: &str, tagdict: &TagDict, quote_open: &mut bool) -> Option<Tag> {
    if word == "\"" {
        *quote_open = !*quote_open;
        return Some(if *quote_open {
            Tag::LQuote
        } else {
            Tag::RQuote
        });
    }
    // ("cannot", one word in news text, is split into "can not" in the training corpus.)
    if word.len() == 6 && word.eq_ignore_ascii_case("cannot") {
        return Some(Tag::MD);
    }
    punct_tag(word).or_else(|| tagdict.get(word).copied())
}
