//! Sentence boundaries that survive ranks, titles, initials, month abbreviations and "U.S.".

use dyad_core::Span;

/// Abbreviations after which a period does not end a sentence (compared case-insensitively,
/// without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "brig", "adm", "cmdr", "cdr", "gov", "sen", "rep", "rev", "fr", "sr", "jr", "st", "mt", "ft",
    "no", "nos", "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "inc", "corp", "co", "ltd", "bros", "vs", "v", "etc", "approx", "est", "dept", "univ", "assn",
    "gens", "lieut", "pres", "supt", "insp", "det", "hon", "amb", "sec", "atty", "messrs",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "U.S", "J", "U.N".
    if w.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    let lower = w.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«')
}

/// Splits `text` into sentence spans (trimmed of surrounding white space).
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by white
/// space and an upper-case letter, digit or opening quote, or followed directly by an upper-case
/// letter or opening quote after a lower-case word ("on Wednesday.The minister" — common in
/// scraped news). A period after a known abbreviation or an initial does not end a sentence
/// unless a new paragraph follows. Blank lines always end a sentence; so does a single line
/// break, unless the text is hard-wrapped ([`hard_wrapped`]): a headline on its own line
/// without a period ("Iran Urges France To Pressure U.S.") is a sentence of its own, not the
/// start of the body's first one.
pub fn sentences(text: &str) -> Vec<Span> {
    split_text(text, text.is_ascii())
}

/// [`sentences`], reading the text byte by byte when `ascii` (the text must then be ASCII),
/// else character by character.
fn split_text(text: &str, ascii: bool) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    // Characters by index: in ASCII text (most news) the bytes themselves, else the decoded
    // characters with their offsets.
    let chars: Vec<(usize, char)> = if ascii {
        Vec::new()
    } else {
        text.char_indices().collect()
    };
    let n = if ascii { bytes.len() } else { chars.len() };
    let ch = |k: usize| {
        if ascii {
            char::from(bytes[k])
        } else {
            chars[k].1
        }
    };
    let off = |k: usize| if ascii { k } else { chars[k].0 };
    let lines_are_paragraphs = text.contains('\n') && !hard_wrapped(text);
    // (In ASCII text the loop jumps from one line break or terminator to the next, found
    // by `memchr`; `bang` is the next '!' at or after `i`, looked for again once passed.)
    let mut bang = None;
    let mut i = 0;
    while i < n {
        if ascii {
            if bang.is_some_and(|b| b < i) || bang.is_none() {
                bang = Some(memchr::memchr(b'!', &bytes[i..]).map_or(n, |p| i + p));
            }
            let other = memchr::memchr3(b'\n', b'.', b'?', &bytes[i..]).map_or(n, |p| i + p);
            i = other.min(bang.unwrap_or(n));
            if i >= n {
                break;
            }
        }
        let (pos, c) = (off(i), ch(i));
        // Paragraph break.
        if c == '\n' {
            let mut j = i + 1;
            while j < n && ch(j) != '\n' && ch(j).is_whitespace() {
                j += 1;
            }
            if j < n
                && (ch(j) == '\n' || (lines_are_paragraphs && line_break_ends(text, pos, ch(j))))
            {
                push(text, start, pos, &mut out);
                start = off(j);
                i = j;
                continue;
            }
        }
        if matches!(c, '.' | '!' | '?') {
            // Extend over repeated terminators and closing quotes.
            let mut j = i + 1;
            while j < n && (matches!(ch(j), '.' | '!' | '?') || is_closing(ch(j))) {
                j += 1;
            }
            let end = if j < n { off(j) } else { text.len() };
            // The word before the terminator.
            let word_start = text[..pos]
                .rfind(|ch: char| ch.is_whitespace() || is_opening(ch))
                .map_or(0, |p| {
                    p + text[p..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &text[word_start..pos];
            let boundary = if j >= n {
                true
            } else if ch(j).is_whitespace() {
                let mut k = j;
                let mut newlines = 0;
                while k < n && ch(k).is_whitespace() {
                    if ch(k) == '\n' {
                        newlines += 1;
                    }
                    k += 1;
                }
                if k >= n {
                    true
                } else {
                    let next = ch(k);
                    let starts_sentence =
                        next.is_uppercase() || next.is_ascii_digit() || is_opening(next);
                    if c == '.' && is_abbreviation(word) {
                        // "Gen. Abbas" is not a boundary; "in the U.S. The minister" is.
                        newlines >= 2
                            || (word.contains('.')
                                && starts_sentence
                                && next_is_function_word(text, off(k)))
                    } else {
                        starts_sentence
                    }
                }
            } else {
                // No space: "Wednesday.The", "stated.“We".
                let next = ch(j);
                let prev_lower = word.chars().last().is_some_and(char::is_lowercase)
                    && word.chars().filter(|ch| ch.is_alphabetic()).count() >= 2;
                c != '.'
                    || (prev_lower
                        && !is_abbreviation(word)
                        && (next.is_uppercase() || is_opening(next)))
            };
            if boundary {
                push(text, start, end, &mut out);
                start = end;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < bytes.len() {
        push(text, start, bytes.len(), &mut out);
    }
    out
}

/// Whether the word at `pos` is one that typically starts a sentence after "U.S." (a determiner
/// or pronoun), used to end a sentence after a dotted acronym.
fn next_is_function_word(text: &str, pos: usize) -> bool {
    let w: String = text[pos..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        w.as_str(),
        "The"
            | "A"
            | "An"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "In"
            | "On"
            | "But"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Its"
            | "Their"
    )
}

/// Whether `text` is hard-wrapped: its lines broken at a fixed width inside paragraphs, as
/// in plain-text newswire files, rather than one paragraph (or headline) per line. Wrapped:
/// at least two lines followed by another line of the same paragraph, the longest of 60 to
/// 100 characters (a wrapping width), and most (60 %) at least three quarters as long as it.
pub fn hard_wrapped(text: &str) -> bool {
    let lines: Vec<usize> = text.lines().map(|l| l.trim_end().chars().count()).collect();
    // (Lines followed by a non-empty line: the last line of a paragraph is short anyway.)
    let inner: Vec<usize> = lines
        .windows(2)
        .filter(|w| w[0] > 0 && w[1] > 0)
        .map(|w| w[0])
        .collect();
    let Some(&longest) = inner.iter().max() else {
        return false;
    };
    inner.len() >= 2
        && (60..=100).contains(&longest)
        && inner.iter().filter(|&&n| n * 4 >= longest * 3).count() * 10 >= inner.len() * 6
}

/// Whether a single line break at byte `pos`, followed by the character `next`, ends a
/// sentence in a text whose lines are paragraphs: not before a lower-case word, nor after a
/// comma, colon, dash or a word that cannot end a sentence ("talks with" / "Iran"): a line
/// broken inside a sentence.
fn line_break_ends(text: &str, pos: usize, next: char) -> bool {
    let before = text[..pos].trim_end();
    let last_word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    !next.is_lowercase()
        && !before.ends_with([',', ';', ':', '-', '–', '(', '/', '&'])
        && !matches!(
            last_word.as_str(),
            "the"
                | "a"
                | "an"
                | "of"
                | "and"
                | "or"
                | "but"
                | "to"
                | "in"
                | "on"
                | "for"
                | "with"
                | "by"
                | "at"
                | "from"
                | "that"
                | "which"
                | "who"
                | "as"
                | "its"
                | "their"
                | "his"
                | "her"
        )
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// ASCII text splits the same read byte by byte as character by character.
        #[test]
        fn ascii_bytes_split_as_characters(text in "([A-Za-z0-9.,;:!?\"' ()\n-]){0,300}") {
            proptest::prop_assert_eq!(split_text(&text, true), split_text(&text, false));
        }
    }

    fn split(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn ranks_and_acronyms_do_not_split() {
        let t =
            "Brig. Gen. Ashtiani met Lt. Gen. Ali Abbas on Jan. 5 in the U.S. capital. He left.";
        assert_eq!(
            split(t),
            vec![
                "Brig. Gen. Ashtiani met Lt. Gen. Ali Abbas on Jan. 5 in the U.S. capital.",
                "He left."
            ]
        );
    }

    #[test]
    fn missing_space_after_period_splits() {
        let t = "in Tehran on Wednesday.“We believe it,” he stated.The Iranian minister left.";
        assert_eq!(
            split(t),
            vec![
                "in Tehran on Wednesday.",
                "“We believe it,” he stated.",
                "The Iranian minister left."
            ]
        );
    }

    #[test]
    fn acronym_at_end_followed_by_determiner_splits() {
        let t = "Troops were sent by the U.S. The army left.";
        assert_eq!(
            split(t),
            vec!["Troops were sent by the U.S.", "The army left."]
        );
    }

    #[test]
    fn question_and_quote() {
        let t = "\"Why?\" he asked. Nobody knew.";
        assert_eq!(split(t), vec!["\"Why?\" he asked.", "Nobody knew."]);
    }

    #[test]
    fn a_line_break_is_a_boundary_unless_the_text_is_hard_wrapped() {
        assert_eq!(
            split("Iran Urges France To Pressure U.S. To Lift Sanctions\nTehran called on Paris on Monday to act."),
            [
                "Iran Urges France To Pressure U.S. To Lift Sanctions",
                "Tehran called on Paris on Monday to act."
            ]
        );
        let wrapped = "The minister said on Monday that the government would hold talks\n\
                       with the opposition next week in the capital, where protesters\n\
                       have gathered for three days to demand the release of their\n\
                       leaders and the resignation of the cabinet. Police said.";
        assert!(hard_wrapped(wrapped));
        assert_eq!(split(wrapped).len(), 2);
        // (A line broken inside a sentence, in a text of long lines, stays one sentence.)
        assert_eq!(
            split("The minister held talks with\nIran on Monday about the nuclear programme and the sanctions imposed on it."),
            ["The minister held talks with\nIran on Monday about the nuclear programme and the sanctions imposed on it."]
        );
    }

    #[test]
    fn blank_line_is_a_boundary() {
        let t = "Islam Times - headline\n\nBody text here";
        assert_eq!(split(t), vec!["Islam Times - headline", "Body text here"]);
    }
}
