//! Averaged-perceptron training (Collins 2002; feature set in the style of Honnibal's
//! "A good part-of-speech tagger in about 200 lines of Python").

use std::collections::HashMap;

use crate::brown::TaggedSentence;
use crate::features::{self, TokenInfo, N_FEATURES};
use crate::model::{fixed_tag, ModelData, TagDict};
use crate::tag::Tag;

/// Training options.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub iterations: usize,
    /// Tag-dictionary entry: minimum word frequency …
    pub dict_min_freq: u32,
    /// … and minimum share of the majority tag.
    pub dict_min_ratio: f64,
    /// Averaged weights with |w| below this are dropped from the model.
    pub prune: f32,
    /// Quantisation: stored weight = round(w × scale).
    pub scale: f32,
    /// Shuffle seed.
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 8,
            dict_min_freq: 20,
            dict_min_ratio: 0.97,
            prune: 1.0,
            scale: 16.0,
            seed: 42,
        }
    }
}

/// Build the tag dictionary: words with frequency ≥ `min_freq` whose majority tag covers ≥
/// `min_ratio` of their occurrences.
#[must_use]
pub fn build_tagdict(
    sents: &[TaggedSentence],
    min_freq: u32,
    min_ratio: f64,
) -> Vec<(String, Tag)> {
    let mut counts: HashMap<&str, [u32; Tag::COUNT]> = HashMap::new();
    for s in sents {
        for (w, t) in s {
            counts.entry(w.as_str()).or_insert([0; Tag::COUNT])[t.index()] += 1;
        }
    }
    let mut out = Vec::new();
    for (w, c) in counts {
        let n: u32 = c.iter().sum();
        let (best, &bc) = c
            .iter()
            .enumerate()
            .max_by_key(|(_, &v)| v)
            .unwrap_or((0, &0));
        if n >= min_freq && f64::from(bc) / f64::from(n) >= min_ratio {
            out.push((w.to_string(), Tag::ALL[best]));
        }
    }
    out.sort();
    out
}

struct Weights {
    index: HashMap<u32, u32>,
    w: Vec<i32>,
    total: Vec<i64>,
    stamp: Vec<u32>,
    now: u32,
    allowed: [bool; Tag::COUNT],
}

impl Weights {
    fn predict(&self, feats: &[u32; N_FEATURES]) -> Tag {
        let mut scores = [0i64; Tag::COUNT];
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                let row = &self.w[r as usize * Tag::COUNT..(r as usize + 1) * Tag::COUNT];
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += i64::from(w);
                }
            }
        }
        let mut best = None;
        for i in 0..Tag::COUNT {
            if self.allowed[i] && best.is_none_or(|b: usize| scores[i] > scores[b]) {
                best = Some(i);
            }
        }
        Tag::ALL[best.unwrap_or(0)]
    }

    fn bump(&mut self, f: u32, class: usize, delta: i32) {
        let r = match self.index.get(&f) {
            Some(&r) => r as usize,
            None => {
                let r = self.index.len();
                self.index.insert(f, r as u32);
                self.w.extend([0; Tag::COUNT]);
                self.total.extend([0; Tag::COUNT]);
                self.stamp.extend([0; Tag::COUNT]);
                r
            }
        };
        let i = r * Tag::COUNT + class;
        self.total[i] += i64::from(self.now - self.stamp[i]) * i64::from(self.w[i]);
        self.stamp[i] = self.now;
        self.w[i] += delta;
    }

    fn update(&mut self, truth: Tag, guess: Tag, feats: &[u32; N_FEATURES]) {
        self.now += 1;
        if truth == guess {
            return;
        }
        for &f in feats {
            self.bump(f, truth.index(), 1);
            self.bump(f, guess.index(), -1);
        }
    }
}

/// Tiny deterministic PRNG for shuffling (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// Train a model. `progress` receives (iteration, training accuracy of that pass).
#[must_use]
pub fn train(
    sents: &[TaggedSentence],
    opts: &TrainOptions,
    mut progress: impl FnMut(usize, f64),
) -> ModelData {
    let dict_vec = build_tagdict(sents, opts.dict_min_freq, opts.dict_min_ratio);
    let tagdict: TagDict = dict_vec
        .iter()
        .map(|(w, t)| (w.as_str().into(), *t))
        .collect();
    let mut allowed = [false; Tag::COUNT];
    for s in sents {
        for (_, t) in s {
            allowed[t.index()] = true;
        }
    }
    let mut wts = Weights {
        index: HashMap::new(),
        w: Vec::new(),
        total: Vec::new(),
        stamp: Vec::new(),
        now: 0,
        allowed,
    };
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = Rng(opts.seed | 1);
    let mut infos: Vec<TokenInfo> = Vec::new();
    for it in 0..opts.iterations {
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let s = &sents[si];
            features::sentence_info(s.iter().map(|(w, _)| w.as_str()), &mut infos);
            let mut prev: Vec<Tag> = Vec::with_capacity(s.len());
            let mut quote_open = false;
            for (i, (w, gold)) in s.iter().enumerate() {
                let guess = if let Some(t) = fixed_tag(w, &tagdict, &mut quote_open) {
                    t
                } else {
                    let p1 = i.checked_sub(1).map(|j| prev[j]);
                    let p2 = i.checked_sub(2).map(|j| prev[j]);
                    let feats = features::extract(&infos, i, p1, p2);
                    let g = wts.predict(&feats);
                    wts.update(*gold, g, &feats);
                    g
                };
                correct += usize::from(guess == *gold);
                total += 1;
                prev.push(guess);
            }
        }
        progress(it + 1, correct as f64 / total.max(1) as f64);
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
    }
    // Average, prune, quantise.
    let now = f64::from(wts.now.max(1));
    let mut feats = Vec::with_capacity(wts.index.len());
    for (&key, &r) in &wts.index {
        let mut ws = Vec::new();
        for c in 0..Tag::COUNT {
            let i = r as usize * Tag::COUNT + c;
            let total = wts.total[i] + i64::from(wts.now - wts.stamp[i]) * i64::from(wts.w[i]);
            let avg = (total as f64 / now) as f32;
            if avg.abs() >= opts.prune {
                let q = (avg * opts.scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 {
                    ws.push((Tag::ALL[c], q));
                }
            }
        }
        if !ws.is_empty() {
            feats.push((key, ws));
        }
    }
    feats.sort_by_key(|f| f.0);
    ModelData {
        allowed,
        tagdict: dict_vec,
        features: feats,
    }
}

/// Held-out evaluation figures.
#[derive(Debug, Clone, Copy, Default)]
pub struct Evaluation {
    /// Tokens.
    pub tokens: usize,
    /// Correct tokens.
    pub correct: usize,
    /// Tokens whose exact word form never occurs in the training data.
    pub unknown: usize,
    /// Correct unknown tokens.
    pub unknown_correct: usize,
    /// Non-punctuation tokens.
    pub words: usize,
    /// Correct non-punctuation tokens.
    pub words_correct: usize,
}

impl Evaluation {
    /// Overall accuracy.
    #[must_use]
    pub fn accuracy(&self) -> f64 {
        self.correct as f64 / self.tokens.max(1) as f64
    }
    /// Accuracy on unknown words.
    #[must_use]
    pub fn unknown_accuracy(&self) -> f64 {
        self.unknown_correct as f64 / self.unknown.max(1) as f64
    }
    /// Accuracy excluding punctuation tokens.
    #[must_use]
    pub fn word_accuracy(&self) -> f64 {
        self.words_correct as f64 / self.words.max(1) as f64
    }
}

/// Evaluate `tagger` on `held`, counting unknown words against the `train` vocabulary.
#[must_use]
pub fn evaluate(
    tagger: &crate::Tagger,
    train: &[TaggedSentence],
    held: &[TaggedSentence],
) -> Evaluation {
    let vocab: std::collections::HashSet<&str> =
        train.iter().flatten().map(|(w, _)| w.as_str()).collect();
    let mut e = Evaluation::default();
    for s in held {
        let words: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
        let got = tagger.tag(&words);
        for ((w, gold), g) in s.iter().zip(got) {
            let ok = usize::from(g == *gold);
            e.tokens += 1;
            e.correct += ok;
            if !vocab.contains(w.as_str()) {
                e.unknown += 1;
                e.unknown_correct += ok;
            }
            if !gold.is_punct() {
                e.words += 1;
                e.words_correct += ok;
            }
        }
    }
    e
}
