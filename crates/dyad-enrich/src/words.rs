//! A small word scanner for the rules: words and punctuation with byte offsets.

/// One word or punctuation mark.
#[derive(Clone, Debug)]
pub(crate) struct W {
    pub start: usize,
    pub end: usize,
    /// Lower case, curly apostrophes made straight.
    pub lower: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// A punctuation mark rather than a word.
    pub punct: bool,
}

/// Words (letters, digits, inner apostrophes, hyphens and periods) and single punctuation marks
/// of `text[from..to]`, offsets in `text`.
pub(crate) fn scan(text: &str, from: usize, to: usize) -> Vec<W> {
    let s = &text[from..to];
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                let inner = matches!(d, '\'' | '’' | '-' | '.')
                    && s[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if d.is_alphanumeric() || inner {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let w = &s[i..end];
            out.push(W {
                start: from + i,
                end: from + end,
                lower: w.to_lowercase().replace('’', "'"),
                cap: c.is_uppercase(),
                punct: false,
            });
        } else if !c.is_whitespace() {
            out.push(W {
                start: from + i,
                end: from + i + c.len_utf8(),
                lower: c.to_string(),
                cap: false,
                punct: true,
            });
        }
    }
    out
}

/// Punctuation that ends a clause.
pub(crate) fn is_boundary_punct(w: &W) -> bool {
    w.punct
        && matches!(
            w.lower.as_str(),
            "," | ";" | ":" | "(" | ")" | "“" | "”" | "\"" | "–" | "—"
        )
}

/// Words that open a new clause.
pub(crate) fn is_boundary_word(w: &W) -> bool {
    !w.punct
        && matches!(
            w.lower.as_str(),
            "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "but"
                | "while"
                | "whereas"
                | "because"
                | "although"
                | "though"
                | "when"
                | "where"
                | "after"
                | "before"
                | "until"
        )
}

/// Index of the first word at or after byte `at`.
pub(crate) fn index_at(ws: &[W], at: usize) -> usize {
    ws.iter().position(|w| w.start >= at).unwrap_or(ws.len())
}

/// The clause around word `i`: `[start, end)` word indices between clause boundaries.
pub(crate) fn clause(ws: &[W], i: usize) -> (usize, usize) {
    let mut s = i.min(ws.len());
    while s > 0 && !is_boundary_punct(&ws[s - 1]) && !is_boundary_word(&ws[s - 1]) {
        s -= 1;
    }
    let mut e = i.min(ws.len());
    while e < ws.len() && !is_boundary_punct(&ws[e]) && !(e > i && is_boundary_word(&ws[e])) {
        e += 1;
    }
    (s, e)
}

/// Speech verbs that report what someone said.
pub(crate) fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "say"
            | "says"
            | "said"
            | "saying"
            | "state"
            | "states"
            | "stated"
            | "stating"
            | "tell"
            | "tells"
            | "told"
            | "telling"
            | "add"
            | "adds"
            | "added"
            | "adding"
            | "note"
            | "notes"
            | "noted"
            | "noting"
            | "stress"
            | "stresses"
            | "stressed"
            | "stressing"
            | "reiterate"
            | "reiterates"
            | "reiterated"
            | "reiterating"
            | "declare"
            | "declares"
            | "declared"
            | "declaring"
            | "announce"
            | "announces"
            | "announced"
            | "claim"
            | "claims"
            | "claimed"
            | "insist"
            | "insists"
            | "insisted"
            | "warn"
            | "warns"
            | "warned"
            | "warning"
            | "explain"
            | "explains"
            | "explained"
            | "assert"
            | "asserted"
            | "affirm"
            | "affirmed"
            | "argue"
            | "argued"
            | "remark"
            | "remarked"
    )
}

/// Subject pronouns and bare titles that refer back to an earlier speaker.
pub(crate) fn is_anaphor(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "minister" | "official" | "spokesman" | "spokeswoman" | "president"
    )
}
