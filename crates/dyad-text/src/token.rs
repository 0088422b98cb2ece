//! Tokens: words, numbers and punctuation with byte spans and a normalised upper-case form.

use dyad_core::Span;

/// What kind of token this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word (letters, possibly with digits, internal periods or apostrophes).
    Word,
    /// A number ("2014", "1,000", "3.5").
    Number,
    /// A comma.
    Comma,
    /// A sentence-internal stop: `;` or `:`.
    Semicolon,
    /// Sentence-final `.`, `!` or `?`.
    Stop,
    /// A quotation mark.
    Quote,
    /// An opening bracket.
    Open,
    /// A closing bracket.
    Close,
    /// A dash used as punctuation (" - ", "–", "—").
    Dash,
    /// Any other symbol.
    Symbol,
}

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original text (without a possessive ending).
    pub span: Span,
    /// Upper-case normal form: "Syria's" → "SYRIA", "al-Assad" → "AL" "ASSAD", "U.S." → "U.S.".
    pub norm: String,
    /// The kind.
    pub kind: TokenKind,
    /// The word carried a possessive `'s` or `'`.
    pub possessive: bool,
    /// The word started with an upper-case letter in the text.
    pub capitalized: bool,
}

/// An apostrophe: the ASCII one, the right single quotation mark, or the modifier letter
/// apostrophe (U+02BC) some news text writes ("the Croatian governmentʼs request"), which
/// Unicode counts as a letter.
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == '\u{02BC}'
}

/// Tokenizes the text inside `span` (usually one sentence) of `text`.
///
/// Hyphens between letters separate words ("al-Assad" → AL ASSAD), as TABARI does; dictionaries
/// write them as underscores. Internal periods stay in acronyms ("U.S.", "U.N."); a final
/// period is kept on known abbreviations ("Gen.") and otherwise becomes a [`TokenKind::Stop`].
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    tokens(text, span, span.slice(text).is_ascii())
}

/// [`tokenize`], reading the span byte by byte when `ascii` (it must then be ASCII), else
/// character by character.
fn tokens(text: &str, span: Span, ascii: bool) -> Vec<Token> {
    let base = span.start as usize;
    let s = span.slice(text);
    let mut out = Vec::with_capacity(s.len() / 5);
    // Characters by index: in ASCII text (most news) the bytes themselves, else the decoded
    // characters with their offsets.
    let cs: Vec<(usize, char)> = if ascii {
        Vec::new()
    } else {
        s.char_indices().collect()
    };
    let bytes = s.as_bytes();
    let n = if ascii { bytes.len() } else { cs.len() };
    let ch = |k: usize| {
        if ascii {
            char::from(bytes[k])
        } else {
            cs[k].1
        }
    };
    let at = |k: usize| if k < n { Some(ch(k)) } else { None };
    let off = |k: usize| {
        if k >= n {
            s.len()
        } else if ascii {
            k
        } else {
            cs[k].0
        }
    };
    let mut i = 0;
    while i < n {
        let c = ch(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = off(i);
        // (The modifier letter apostrophe is a letter to Unicode but opens no word: a lone one
        // would otherwise make an empty word and no progress.)
        if c.is_alphanumeric() && c != '\u{02BC}' {
            let mut j = i;
            let mut has_alpha = false;
            loop {
                if ascii {
                    // (The letters and digits of an ASCII word, in a tight loop.)
                    while j < n && bytes[j].is_ascii_alphanumeric() {
                        has_alpha |= bytes[j].is_ascii_alphabetic();
                        j += 1;
                    }
                }
                match at(j) {
                    Some(ch) if ch.is_alphanumeric() && ch != '\u{02BC}' => {
                        has_alpha |= ch.is_alphabetic();
                        j += 1;
                    }
                    // Internal period in an acronym or a decimal: U.S, 3.5
                    Some('.')
                        if at(j + 1).is_some_and(char::is_alphanumeric)
                            && (at(j + 2).is_none_or(|x| x == '.' || !x.is_alphanumeric())
                                || at(j - 1).is_some_and(|x| x.is_ascii_digit())) =>
                    {
                        j += 1;
                    }
                    // Thousands separator: 1,000
                    Some(',')
                        if at(j - 1).is_some_and(|x| x.is_ascii_digit())
                            && at(j + 1).is_some_and(|x| x.is_ascii_digit())
                            && at(j + 2).is_some_and(|x| x.is_ascii_digit())
                            && at(j + 3).is_some_and(|x| x.is_ascii_digit()) =>
                    {
                        j += 1;
                    }
                    // Internal apostrophe: DIDN'T, O'NEILL (but not the possessive 's).
                    Some(a)
                        if is_apostrophe(a)
                            && at(j + 1).is_some_and(char::is_alphabetic)
                            && !(matches!(at(j + 1), Some('s' | 'S'))
                                && at(j + 2).is_none_or(|x| !x.is_alphanumeric())) =>
                    {
                        j += 1;
                    }
                    _ => break,
                }
            }
            let mut end_k = j;
            // Keep the trailing period of a dotted acronym ("U.S.") or an abbreviation ("Gen.").
            let word = &s[start..off(j)];
            // (A middle initial too: "Robert B. Zoellick", "John F. Kerry".)
            let initial = word.len() == 1
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && at(j + 1).is_some_and(char::is_whitespace)
                && at(j + 2).is_some_and(char::is_uppercase);
            if at(j) == Some('.') && (word.contains('.') || is_title_abbreviation(word) || initial)
            {
                let after = at(j + 1);
                // "U.S." at the very end of the sentence: keep the period on the word and add a stop.
                end_k = j + 1;
                let _ = after;
            }
            let word = &s[start..off(end_k)];
            let mut possessive = false;
            let mut next = end_k;
            if let Some(a) = at(end_k) {
                if is_apostrophe(a) {
                    if matches!(at(end_k + 1), Some('s' | 'S'))
                        && at(end_k + 2).is_none_or(|x| !x.is_alphanumeric())
                    {
                        possessive = true;
                        next = end_k + 2;
                    } else if word.ends_with(['s', 'S'])
                        && at(end_k + 1).is_none_or(|x| !x.is_alphanumeric())
                    {
                        possessive = true;
                        next = end_k + 1;
                    }
                }
            }
            // A currency written with its country's letters ("US$1.5 million", "HK$20") is a
            // symbol, not the country: "US$" names no actor.
            if !possessive
                && at(end_k) == Some('$')
                && (1..=3).contains(&word.len())
                && word.bytes().all(|b| b.is_ascii_uppercase())
            {
                out.push(Token {
                    span: Span::new(base + start, base + off(end_k + 1)),
                    norm: format!("{word}$"),
                    kind: TokenKind::Symbol,
                    possessive: false,
                    capitalized: false,
                });
                i = end_k + 1;
                continue;
            }
            let kind = if has_alpha {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
            let norm = normalize(word);
            // Penn Treebank contractions: "didn't" → DID N'T, "can't" → CA N'T, "won't" → WO N'T.
            if norm.len() > 3 && norm.ends_with("N'T") && !possessive {
                let cut = word.char_indices().rev().nth(2).map_or(0, |(p, _)| p);
                let (a, b) = (&word[..cut], &word[cut..]);
                out.push(Token {
                    span: Span::new(base + start, base + start + a.len()),
                    norm: normalize(a),
                    kind,
                    possessive: false,
                    capitalized: c.is_uppercase(),
                });
                out.push(Token {
                    span: Span::new(base + start + a.len(), base + start + a.len() + b.len()),
                    norm: "N'T".into(),
                    kind,
                    possessive: false,
                    capitalized: false,
                });
                i = next;
                continue;
            }
            out.push(Token {
                span: Span::new(base + start, base + off(end_k)),
                norm,
                kind,
                possessive,
                capitalized: c.is_uppercase(),
            });
            // A dotted acronym that ends the sentence also ends it.
            if end_k > j && end_k >= n && word.contains('.') {
                out.push(Token {
                    span: Span::new(base + off(j), base + off(end_k)),
                    norm: ".".into(),
                    kind: TokenKind::Stop,
                    possessive: false,
                    capitalized: false,
                });
            }
            i = next;
            continue;
        }
        // A possessive written apart from its word ("France 's government", as some
        // tokenised corpora print it) belongs to the word before.
        if is_apostrophe(c)
            && matches!(at(i + 1), Some('s' | 'S'))
            && at(i + 2).is_none_or(|x| !x.is_alphanumeric())
            && i > 0
            && ch(i - 1).is_whitespace()
        {
            if let Some(prev) = out
                .last_mut()
                .filter(|t| t.kind == TokenKind::Word && !t.possessive)
            {
                prev.possessive = true;
                i += 2;
                continue;
            }
        }
        let (kind, norm) = match c {
            ',' => (TokenKind::Comma, ","),
            ';' | ':' => (TokenKind::Semicolon, if c == ';' { ";" } else { ":" }),
            '.' | '!' | '?' => (
                TokenKind::Stop,
                if c == '.' {
                    "."
                } else if c == '!' {
                    "!"
                } else {
                    "?"
                },
            ),
            '"' | '“' | '”' | '«' | '»' | '„' => (TokenKind::Quote, "\""),
            '\'' | '‘' | '’' | '\u{02BC}' => (TokenKind::Quote, "'"),
            '(' | '[' | '{' => (TokenKind::Open, "("),
            ')' | ']' | '}' => (TokenKind::Close, ")"),
            '–' | '—' => (TokenKind::Dash, "-"),
            '-' => {
                // A hyphen joining words is dropped (separates words); a free-standing dash is
                // punctuation.
                let joined = i > 0
                    && ch(i - 1).is_alphanumeric()
                    && at(i + 1).is_some_and(char::is_alphanumeric);
                if joined {
                    i += 1;
                    continue;
                }
                (TokenKind::Dash, "-")
            }
            // An underscore joining words ("Dol_Amroth", as TABARI texts write names) separates
            // them, as a hyphen does.
            '_' if i > 0
                && ch(i - 1).is_alphanumeric()
                && at(i + 1).is_some_and(char::is_alphanumeric) =>
            {
                i += 1;
                continue;
            }
            _ => (TokenKind::Symbol, ""),
        };
        let end = off(i + 1);
        let norm = if norm.is_empty() {
            c.to_string()
        } else {
            norm.to_string()
        };
        out.push(Token {
            span: Span::new(base + start, base + end),
            norm,
            kind,
            possessive: false,
            capitalized: false,
        });
        i += 1;
    }
    out
}

fn is_title_abbreviation(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "gen"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "sgt"
            | "brig"
            | "adm"
            | "gov"
            | "sen"
            | "rep"
            | "rev"
            | "st"
            | "jr"
            | "sr"
            | "prof"
            | "cpl"
            | "cmdr"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "no"
            | "vs"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
    )
}

fn normalize(word: &str) -> String {
    // Upper case, ASCII apostrophe, diacritics folded ("Erdoğan" is ERDOGAN, as dictionaries
    // write it; `dyad_core::text` does the same for dictionary words).
    let mut s = dyad_core::text::normal_form(word);
    // Initials written without their last period ("U.S federal investigators", "U.S-backed")
    // read as the abbreviation: U.S.
    if s.contains('.')
        && s.split('.')
            .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_alphabetic()))
    {
        s.push('.');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// ASCII text tokenizes the same read byte by byte as character by character.
        #[test]
        fn ascii_bytes_tokenize_as_characters(text in "([A-Za-z0-9.,;:!?$\"' ()-]){0,200}") {
            let span = Span::new(0, text.len());
            proptest::prop_assert_eq!(tokens(&text, span, true), tokens(&text, span, false));
        }
    }

    fn norms(t: &str) -> Vec<String> {
        tokenize(t, Span::new(0, t.len()))
            .into_iter()
            .map(|k| k.norm)
            .collect()
    }

    #[test]
    fn words_punctuation_possessives() {
        assert_eq!(
            norms("Syria’s minister, al-Assad's aide, didn't go to the U.S. capital."),
            vec![
                "SYRIA", "MINISTER", ",", "AL", "ASSAD", "AIDE", ",", "DID", "N'T", "GO", "TO",
                "THE", "U.S.", "CAPITAL", "."
            ]
        );
    }

    #[test]
    fn the_modifier_letter_apostrophe_is_an_apostrophe() {
        let text = "the Croatian governmentʼs request, which they didnʼt make";
        let t = tokenize(text, Span::new(0, text.len()));
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            [
                "THE",
                "CROATIAN",
                "GOVERNMENT",
                "REQUEST",
                ",",
                "WHICH",
                "THEY",
                "DID",
                "N'T",
                "MAKE"
            ]
        );
        assert!(t[2].possessive);
        // (A lone one is a quotation mark, and tokenising ends; one written apart before "s"
        // is the word before's possessive, as with "'".)
        let text = "said ʼ no, ʼʼ here ʼs";
        let t = tokenize(text, Span::new(0, text.len()));
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["SAID", "'", "NO", ",", "'", "'", "HERE"]);
        assert!(t[6].possessive);
    }

    #[test]
    fn spans_point_at_the_text() {
        let t = "Brig. Gen. Ashtiani met 1,000 troops in Tehran.";
        let toks = tokenize(t, Span::new(0, t.len()));
        let words: Vec<&str> = toks.iter().map(|k| k.span.slice(t)).collect();
        assert_eq!(
            words,
            vec!["Brig.", "Gen.", "Ashtiani", "met", "1,000", "troops", "in", "Tehran", "."]
        );
        assert_eq!(toks[4].kind, TokenKind::Number);
    }

    #[test]
    fn acronym_at_end_adds_stop() {
        assert_eq!(
            norms("sent by the U.S."),
            vec!["SENT", "BY", "THE", "U.S.", "."]
        );
    }

    #[test]
    fn currency_letters_are_no_word() {
        let text = "It paid US$1.5 million to HK$ 20 firms in the US.";
        let t = tokenize(text, Span::new(0, text.len()));
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            [
                "IT", "PAID", "US$", "1.5", "MILLION", "TO", "HK$", "20", "FIRMS", "IN", "THE",
                "US", "."
            ]
        );
        assert_eq!(t[2].kind, TokenKind::Symbol);
        assert_eq!(t[2].span, Span::new(8, 11));
    }

    #[test]
    fn a_detached_possessive_belongs_to_the_word_before() {
        let text = "France 's conservative government said 'stop'.";
        let t = tokenize(text, Span::new(0, text.len()));
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            [
                "FRANCE",
                "CONSERVATIVE",
                "GOVERNMENT",
                "SAID",
                "'",
                "STOP",
                "'",
                "."
            ]
        );
        assert!(t[0].possessive);
    }

    #[test]
    fn a_middle_initial_keeps_its_period() {
        assert_eq!(
            norms("Robert B. Zoellick met Plan B officials."),
            vec![
                "ROBERT",
                "B.",
                "ZOELLICK",
                "MET",
                "PLAN",
                "B",
                "OFFICIALS",
                "."
            ]
        );
    }

    #[test]
    fn plural_possessive() {
        let t = "the rebels' base";
        let toks = tokenize(t, Span::new(0, t.len()));
        assert_eq!(toks[1].norm, "REBELS");
        assert!(toks[1].possessive);
    }
}
