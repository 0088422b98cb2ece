//! Sentence and article tone with the VADER lexicon and rules (Hutto & Gilbert 2014; the
//! lexicon, boosters and negations come from the PyPI package vaderSentiment 3.3.2, MIT, see
//! `data/vader.tsv` and `tools/derive-vader-lexicon.py`).
//!
//! Implemented rules: lexicon valence; "no" before a lexicon word; ALL-CAPS emphasis when the
//! text mixes case; booster/dampener words up to three words before (scaled 1, 0.95, 0.9);
//! negation up to three words before (× −0.74, "n't" included); "least"; "but" (words before
//! × 0.5, after × 1.5); "!" and "?" emphasis; normalisation `s / sqrt(s² + 15)`.
//! Not implemented: emoji descriptions and VADER's idiom table.

use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../data/vader.tsv");
const C_INCR: f64 = 0.733;
const N_SCALAR: f64 = -0.74;

struct Lexicon {
    valence: HashMap<&'static str, f64>,
    booster: HashMap<&'static str, f64>,
    negate: Vec<&'static str>,
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lexicon {
            valence: HashMap::new(),
            booster: HashMap::new(),
            negate: Vec::new(),
        };
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            let (Some(kind), Some(word), Some(v)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let v: f64 = v.parse().unwrap_or(0.0);
            match kind {
                "L" => {
                    l.valence.insert(word, v);
                }
                "B" => {
                    l.booster.insert(word, v);
                }
                "N" => l.negate.push(word),
                _ => {}
            }
        }
        l
    })
}

fn is_negation(lex: &Lexicon, w: &str) -> bool {
    lex.negate.contains(&w) || w.contains("n't")
}

fn is_upper(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

fn strip_punc(tok: &str) -> &str {
    let s = tok.trim_matches(|c: char| c.is_ascii_punctuation() || "“”‘’".contains(c));
    if s.chars().count() <= 2 {
        tok
    } else {
        s
    }
}

/// The VADER compound score of a text, in −1..=1 (0 for a text without sentiment words).
pub fn compound(text: &str) -> f64 {
    let lex = lexicon();
    let words: Vec<&str> = text.split_whitespace().map(strip_punc).collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let upper_n = words.iter().filter(|w| is_upper(w)).count();
    let cap_diff = upper_n > 0 && upper_n < words.len();
    let mut sentiments = Vec::with_capacity(words.len());
    for i in 0..words.len() {
        let lw = lower[i].as_str();
        if lex.booster.contains_key(lw)
            || (lw == "kind" && lower.get(i + 1).is_some_and(|n| n == "of"))
        {
            sentiments.push(0.0);
            continue;
        }
        let Some(&base) = lex.valence.get(lw) else {
            sentiments.push(0.0);
            continue;
        };
        let mut v = base;
        if lw == "no"
            && lower
                .get(i + 1)
                .is_some_and(|n| lex.valence.contains_key(n.as_str()))
        {
            v = 0.0;
        }
        if (i > 0 && lower[i - 1] == "no")
            || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor"))
        {
            v = base * N_SCALAR;
        }
        if cap_diff && is_upper(words[i]) {
            v += if v > 0.0 { C_INCR } else { -C_INCR };
        }
        for k in 0..3 {
            if i <= k {
                break;
            }
            let prev = lower[i - k - 1].as_str();
            if lex.valence.contains_key(prev) {
                continue;
            }
            if let Some(&b) = lex.booster.get(prev) {
                let mut s = if v < 0.0 { -b } else { b };
                if cap_diff && is_upper(words[i - k - 1]) {
                    s += if v > 0.0 { C_INCR } else { -C_INCR };
                }
                s *= [1.0, 0.95, 0.9][k];
                v += s;
            }
            if is_negation(lex, prev) {
                v *= N_SCALAR;
            }
        }
        if i > 0
            && lower[i - 1] == "least"
            && (i < 2 || (lower[i - 2] != "at" && lower[i - 2] != "very"))
        {
            v *= N_SCALAR;
        }
        sentiments.push(v);
    }
    if let Some(bi) = lower.iter().position(|w| w == "but") {
        for (i, s) in sentiments.iter_mut().enumerate() {
            if i < bi {
                *s *= 0.5;
            } else if i > bi {
                *s *= 1.5;
            }
        }
    }
    let mut sum: f64 = sentiments.iter().sum();
    if sum == 0.0 {
        return 0.0;
    }
    let ep = text.matches('!').count().min(4) as f64 * 0.292;
    let qm = text.matches('?').count();
    let qp = match qm {
        0 | 1 => 0.0,
        2 | 3 => qm as f64 * 0.18,
        _ => 0.96,
    };
    let amp = ep + qp;
    sum += if sum > 0.0 { amp } else { -amp };
    (sum / (sum * sum + 15.0).sqrt()).clamp(-1.0, 1.0)
}

/// Whether a word is a VADER negation ("not", "never", "didn't", …).
pub fn is_negation_word(w: &str) -> bool {
    is_negation(lexicon(), &w.to_lowercase().replace('’', "'"))
}
