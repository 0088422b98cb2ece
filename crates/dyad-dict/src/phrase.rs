//! Multi-word dictionary phrases.

use crate::lexicon::{Lexicon, WordId, WordKind};

/// One word of a phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseWord {
    /// The interned word.
    pub id: WordId,
    /// Must directly follow the previous word (joined by `_` in the dictionary).
    pub consecutive: bool,
    /// Written with a possessive ending inside the phrase ("NEW_PEOPLE'S_ARMY",
    /// "KURDISTAN_WORKERS'_PARTY"): a word of the text with that ending matches it there.
    pub possessive: bool,
}

/// A phrase: the words of an actor, agent, noun, discard or issue entry.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Phrase {
    /// The words.
    pub words: Vec<PhraseWord>,
    /// Number of letters (used to prefer longer matches).
    pub weight: u32,
}

/// Splits dictionary phrase text into words: `_` and blanks separate words, a trailing `_`
/// makes the word exact, a trailing `=` makes it match only itself, hyphens become separators;
/// with `stems` false (PETRARCH-format files) a word without `_` is an
/// exact word with regular endings instead of a stem.
pub fn parse_phrase_mode(
    text: &str,
    lex: &mut Lexicon,
    all_consecutive: bool,
    stems: bool,
) -> Result<Phrase, String> {
    let stem_kind = if stems {
        WordKind::Stem
    } else {
        WordKind::Exact
    };
    let mut words = Vec::new();
    let mut weight = 0u32;
    let mut cur = String::new();
    let mut consecutive_next = false;
    let chars: Vec<char> = text.trim().chars().collect();
    let mut i = 0;
    let mut pending_consecutive = false;
    while i <= chars.len() {
        let c = chars.get(i).copied();
        match c {
            Some(ch) if ch == '_' || ch == '-' || ch.is_whitespace() || ch == '=' => {
                if !cur.is_empty() {
                    let kind = if ch == '=' {
                        WordKind::Only
                    } else if ch == '_' || ch == '-' {
                        // "AL_GORE": AL is exact unless more letters follow the underscore.
                        WordKind::Exact
                    } else {
                        stem_kind
                    };
                    let consecutive = all_consecutive || pending_consecutive || words.is_empty();
                    weight += push_word(lex, &mut words, &cur, kind, consecutive);
                    cur.clear();
                    pending_consecutive = false;
                }
                if ch == '_' || ch == '-' {
                    pending_consecutive = true;
                    consecutive_next = true;
                }
                i += 1;
            }
            Some(ch) => {
                cur.push(ch);
                i += 1;
            }
            None => {
                if !cur.is_empty() {
                    let consecutive = all_consecutive || pending_consecutive || words.is_empty();
                    weight += push_word(lex, &mut words, &cur, stem_kind, consecutive);
                }
                break;
            }
        }
    }
    let _ = consecutive_next;
    if words.is_empty() {
        return Err("empty phrase".into());
    }
    Ok(Phrase { words, weight })
}

/// Interns one dictionary word (upper-cased) and appends it; contractions are split as the
/// tokenizer splits them ("DIDN'T" → DID N'T). Returns the letters counted for the weight.
fn push_word(
    lex: &mut Lexicon,
    words: &mut Vec<PhraseWord>,
    raw: &str,
    kind: WordKind,
    consecutive: bool,
) -> u32 {
    let upper = dyad_core::text::normal_form(raw);
    let weight = upper.chars().filter(|c| c.is_alphanumeric()).count() as u32;
    if upper.len() > 3 && upper.ends_with("N'T") {
        let id = lex.intern(&upper[..upper.len() - 3], WordKind::Exact);
        words.push(PhraseWord {
            id,
            consecutive,
            possessive: false,
        });
        let id = lex.intern("N'T", WordKind::Exact);
        words.push(PhraseWord {
            id,
            consecutive: true,
            possessive: false,
        });
    } else {
        // A possessive ending is the text's possessive flag, not part of the word.
        let (stem, possessive) = match upper
            .strip_suffix("'S")
            .or_else(|| upper.strip_suffix('\''))
        {
            Some(stem) if !stem.is_empty() => (stem, true),
            _ => (upper.as_str(), false),
        };
        let id = lex.intern(stem, kind);
        words.push(PhraseWord {
            id,
            consecutive,
            possessive,
        });
    }
    weight
}
