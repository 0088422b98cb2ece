//! Stage 1: dictionary recognition over tokens. At each position the longest phrase among
//! actors, agents, nouns/null phrases and verbs is taken (TABARI's longest-match rule); ties go
//! to actors, then agents, then nouns, then verbs.

use dyad_dict::{Dictionaries, Index, NounKind, Phrase, WordId};
use dyad_text::{Token, TokenKind};

/// Lower-case particles a person's name may open with ("bin Laden", "al-Sisi", "de Lima").
const NAME_PARTICLES: [&str; 14] = [
    "AL", "EL", "BIN", "BEN", "IBN", "DE", "DI", "DA", "DEL", "DOS", "VAN", "VON", "LA", "LE",
];

/// What a stretch of tokens was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// An actor entry.
    Actor(u32),
    /// An agent entry.
    Agent(u32),
    /// A noun, adjective or null-coded phrase.
    Noun(NounKind),
    /// A verb form.
    Verb(u32),
}

/// A recognised stretch `[start, end)` of token indices.
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it is.
    pub item: Item,
}

/// Recognition of one sentence.
#[derive(Debug, Default)]
pub struct Recognized {
    /// Dictionary words matching each token (flattened; `offsets[i]..offsets[i+1]`).
    words: Vec<WordId>,
    offsets: Vec<u32>,
    /// For each token, a one-word filter of its dictionary words (bit `w % 64` for each
    /// word `w`): most look-ups of a word that is not there end here.
    word_bits: Vec<u64>,
    /// Non-overlapping marks in token order.
    pub marks: Vec<Mark>,
    /// For each token, the mark covering it.
    pub mark_of: Vec<Option<u32>>,
    /// A discard phrase that matched: (entry text, story level).
    pub discard: Option<(String, bool)>,
    /// Part-of-speech tags (empty when the tagger is off).
    pub tags: Vec<dyad_pos::Tag>,
    /// A complex phrase matched: the sentence is not coded.
    pub complex: bool,
    /// Verb forms used as nouns ("a meeting with", "talks with", "an attack on"): token and
    /// verb form, for nominal events.
    pub nominals: Vec<(usize, u32)>,
}

impl Recognized {
    /// Dictionary words that match token `i`.
    pub fn words(&self, i: usize) -> &[WordId] {
        if i + 1 >= self.offsets.len() {
            return &[];
        }
        &self.words[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// Every dictionary word matched anywhere in the sentence, sorted.
    pub fn all_words(&self) -> Vec<WordId> {
        let mut v = self.words.clone();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Whether token `i` matches dictionary word `w`.
    pub fn has(&self, i: usize, w: WordId) -> bool {
        self.word_bits.get(i).is_some_and(|b| b & word_bit(w) != 0) && self.words(i).contains(&w)
    }
}

/// A word's bit in [`Recognized::word_bits`].
#[inline]
fn word_bit(w: WordId) -> u64 {
    1 << (w % 64)
}

/// Words after which a verb-looking word is a noun ("the restore", "an attack").
const DETERMINERS: &[&str] = &[
    "THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "OUR", "THIS", "THAT", "THESE", "THOSE", "ANY",
    "NO", "EACH", "EVERY",
];

/// Matches a phrase at token `start`; returns the end.
pub fn match_phrase(rec: &Recognized, tokens: &[Token], p: &Phrase, start: usize) -> Option<usize> {
    let mut i = start;
    for (n, w) in p.words.iter().enumerate() {
        // Endings ("'s") only on a phrase's last word (TABARI manual 5.2.3).
        if i >= tokens.len()
            || !rec.has(i, w.id)
            || (tokens[i].possessive && n + 1 < p.words.len() && !w.possessive)
        {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// Matches an actor phrase at `start`: a word not joined to the one before it may follow a
/// few modifiers ("Ithilen state-run television" for ITHILEN TELEVISION): up to two
/// lower-case words, which the tagger (when it ran) reads as adjectives or nouns, or as
/// participles hyphenated to the word before ("state-run").
pub fn match_actor_phrase(
    rec: &Recognized,
    text: &str,
    tokens: &[Token],
    p: &Phrase,
    start: usize,
    any_word: bool,
) -> Option<usize> {
    match_actor_phrase_within(rec, text, tokens, p, start, any_word, 2)
}

/// `match_actor_phrase` with at most `max_skip` words between two words of the phrase.
fn match_actor_phrase_within(
    rec: &Recognized,
    text: &str,
    tokens: &[Token],
    p: &Phrase,
    start: usize,
    any_word: bool,
    max_skip: usize,
) -> Option<usize> {
    use dyad_pos::Tag as T;
    if p.words.len() == 1 {
        return rec.has(start, p.words[0].id).then_some(start + 1);
    }
    let hyphenated = |k: usize| {
        k > 0
            && tokens[k - 1].span.end + 1 == tokens[k].span.start
            && text.as_bytes().get(tokens[k - 1].span.end as usize) == Some(&b'-')
    };
    // In TABARI's reading any word may stand between ("Al "The Weasel" Gore"); quotation
    // marks are not counted. Without the tagger otherwise, lower-case words.
    let modifier = |k: usize| {
        let t = &tokens[k];
        if any_word {
            return t.kind == TokenKind::Word;
        }
        if rec.tags.is_empty() {
            return t.kind == TokenKind::Word && !t.capitalized;
        }
        // (An irregular past the tagger misread is no modifier: "UN chief withdrew
        // peacekeepers" names no UN peacekeepers.)
        let irregular_past = || {
            // (cheap test first: no word in -ed or -s is one)
            if t.norm.ends_with("ED") || t.norm.ends_with('S') {
                return false;
            }
            let w = t_lower(tokens, text, k);
            dyad_pos::lemma::lemma(&w, T::VBD) != w
        };
        // (Nor a possessor, which heads a noun phrase of its own: "the army's foundation" is
        // no THE_FOUNDATION.)
        t.kind == TokenKind::Word
            && !t.capitalized
            && !t.possessive
            && rec.tags.get(k).is_some_and(|g| {
                g.is_noun()
                    || *g == T::JJ
                    || (matches!(g, T::VBN | T::VBG | T::VBD) && hyphenated(k))
            })
            && !irregular_past()
    };
    // Whether word `w` occurs at `i` or within `max_skip` words after it (quotation marks not
    // counted): a cheap necessary condition checked before any modifier is looked at, since
    // most candidate phrases fail for want of their next word.
    let within_reach = |i: usize, w: WordId| {
        let mut skipped = 0;
        for (k, t) in tokens.iter().enumerate().skip(i) {
            if rec.has(k, w) {
                return true;
            }
            if t.kind != TokenKind::Quote {
                skipped += 1;
                if skipped > max_skip {
                    return false;
                }
            }
        }
        false
    };
    let mut i = start;
    for (n, w) in p.words.iter().enumerate() {
        if n > 0 && !w.consecutive && !within_reach(i, w.id) {
            return None;
        }
        let mut k = i;
        loop {
            if k >= tokens.len() {
                return None;
            }
            if rec.has(k, w.id) && !(tokens[k].possessive && n + 1 < p.words.len() && !w.possessive)
            {
                break;
            }
            if tokens[k].kind == TokenKind::Quote && any_word && n > 0 {
                k += 1;
                continue;
            }
            let skipped = (i..k)
                .filter(|&x| tokens[x].kind != TokenKind::Quote)
                .count();
            if n == 0 || w.consecutive || skipped >= max_skip || !modifier(k) {
                return None;
            }
            k += 1;
        }
        i = k + 1;
    }
    Some(i)
}

/// The [`Recognized::word_bits`] of every token where [`second_word_reachable`] looks for the
/// second word of a phrase starting at `start`: a filter of all its candidates at once.
fn reachable_bits(rec: &Recognized, tokens: &[Token], start: usize) -> u64 {
    let mut bits = 0;
    let mut seen = 0;
    for (k, t) in tokens.iter().enumerate().skip(start + 1) {
        bits |= rec.word_bits[k];
        if t.kind != TokenKind::Quote {
            seen += 1;
            if seen > 2 {
                break;
            }
        }
    }
    bits
}

/// Whether the second word of an actor phrase of shape `shape` starting at `start` stands
/// where [`match_actor_phrase`] could find it outside TABARI's reading: right after the
/// first word when joined to it, else within two words (quotation marks not counted). A
/// necessary condition of a match, cheap to test.
fn second_word_reachable(
    rec: &Recognized,
    tokens: &[Token],
    start: usize,
    shape: dyad_dict::PhraseShape,
) -> bool {
    let i = start + 1;
    if shape.consecutive {
        return i < tokens.len() && rec.has(i, shape.second);
    }
    let mut skipped = 0;
    for (k, t) in tokens.iter().enumerate().skip(i) {
        if rec.has(k, shape.second) {
            return true;
        }
        if t.kind != TokenKind::Quote {
            skipped += 1;
            if skipped > 2 {
                return false;
            }
        }
    }
    false
}

/// Word prefixes that keep a hyphenated verb a verb ("re-elected", "co-chaired").
const VERB_PREFIXES: &[&str] = &[
    "re", "co", "pre", "un", "de", "dis", "mis", "over", "under", "out", "cross", "counter",
];

/// Part-of-speech tags of the tokens, reading a hyphenated compound (split into tokens at its
/// hyphens) as the one word it is: the tagger sees "face-to-face", "re-opened", "US-led";
/// the compound's tag goes to its last part and the parts before it are modifiers (names
/// NNP, numbers CD, other words NN), so no part of "face-to-face talks" is a verb. A
/// participle compound is an adjective ("the rebel-held enclave", "government-controlled
/// areas") unless its first part is a verb prefix ("re-elected").
fn compound_tags(text: &str, tokens: &[Token]) -> Vec<dyad_pos::Tag> {
    use dyad_pos::Tag as T;
    let joined = |k: usize| {
        k > 0
            && tokens[k].span.start == tokens[k - 1].span.end + 1
            && text.as_bytes().get(tokens[k - 1].span.end as usize) == Some(&b'-')
    };
    // (Most sentences have no compound: the tokens are the words.)
    if !(1..tokens.len()).any(joined) {
        // A title-case headline ("Obama Increases Number of Syrian Refugees") is read in
        // lower case, but for acronyms: its capitals say nothing of names.
        let words: Vec<std::borrow::Cow<str>> = if looks_like_headline(tokens) {
            tokens
                .iter()
                .map(|t| headline_word(t.span.slice(text)))
                .collect()
        } else {
            tokens
                .iter()
                .map(|t| std::borrow::Cow::Borrowed(t.span.slice(text)))
                .collect()
        };
        let words: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
        let mut tags = dyad_pos::Tagger::embedded().tag(&words);
        fix_tags(text, tokens, &mut tags);
        return tags;
    }
    // (start, end) token ranges of the words the tagger reads.
    let mut groups: Vec<(usize, usize)> = Vec::with_capacity(tokens.len());
    for k in 0..tokens.len() {
        match groups.last_mut() {
            Some(g) if joined(k) => g.1 = k + 1,
            _ => groups.push((k, k + 1)),
        }
    }
    let words: Vec<&str> = groups
        .iter()
        .map(|&(a, b)| &text[tokens[a].span.start as usize..tokens[b - 1].span.end as usize])
        .collect();
    let group_tags = dyad_pos::Tagger::embedded().tag(&words);
    // A last part in -ed or an irregular participle ("rebel-held", "war-torn").
    let participle = |k: usize| {
        let w = tokens[k].span.slice(text).to_ascii_lowercase();
        !tokens[k].capitalized && (w.ends_with("ed") || dyad_pos::lemma::lemma(&w, T::VBN) != w)
    };
    let mut tags = Vec::with_capacity(tokens.len());
    for (&(a, b), &g) in groups.iter().zip(&group_tags) {
        if b - a == 1 {
            tags.push(g);
            continue;
        }
        let prefixed = b - a == 2
            && VERB_PREFIXES
                .iter()
                .any(|p| tokens[a].norm.eq_ignore_ascii_case(p));
        for (k, t) in tokens.iter().enumerate().take(b).skip(a) {
            let tag = if k + 1 < b {
                if prefixed && g.is_verb() {
                    // ("re-" of "re-opened" reads as an adverb before its verb.)
                    T::RB
                } else if t.capitalized {
                    T::NNP
                } else if t.kind == TokenKind::Number {
                    T::CD
                } else {
                    // (A noun modifier: "rebel-held" names who holds it.)
                    T::NN
                }
            } else if !prefixed && (matches!(g, T::VBN | T::VBD) || participle(k)) {
                T::JJ
            } else if t.capitalized && !g.is_verb() {
                T::NNP
            } else {
                g
            };
            tags.push(tag);
        }
    }
    fix_tags(text, tokens, &mut tags);
    tags
}

/// Verbs of saying, thinking and reporting, whose complement clause may open without "that"
/// (by stem).
const SAYING: [&str; 24] = [
    "SAID",
    "SAYS",
    "TOLD",
    "TELLS",
    "CLAIM",
    "WARN",
    "BELIEVE",
    "THINK",
    "THOUGHT",
    "ANNOUNC",
    "REPORT",
    "STATE",
    "INSIST",
    "ARGU",
    "NOTE",
    "ADD",
    "ALLEGE",
    "ACKNOWLEDG",
    "ADMIT",
    "CONFIRM",
    "FEAR",
    "HOPE",
    "KNOW",
    "KNEW",
];

/// Tagger slips the coder corrects, in one pass over each token with the next one and one over
/// each token with the two before it: "tear gas" is a noun; after a verb, a participle or
/// adjective and a word in -s are an object ("has spurned repeated offers": JJ NNS, not
/// VBN VBZ).
fn fix_tags(text: &str, tokens: &[Token], tags: &mut [dyad_pos::Tag]) {
    use dyad_pos::Tag as T;
    for k in 0..tokens.len().saturating_sub(1).min(tags.len()) {
        if is_tear_gas(tokens, k) {
            tags[k] = T::NN;
        }
        if is_adjectival_participle(tokens, tags, k) {
            tags[k] = T::JJ;
        }
        if is_gerund_compound(tokens, tags, k) || is_gerund_noun(tokens, tags, k) {
            tags[k] = T::NN;
        }
        if is_trade_figure(tokens, tags, k) {
            tags[k] = T::NNS;
        }
        if is_prepositional_given(tokens, tags, k) || is_thanks_to(tokens, k) {
            tags[k] = T::IN;
        }
        if is_misread_past(tokens, tags, k) {
            tags[k] = T::VBD;
        }
        if is_participle_after_to(tokens, tags, k) || is_reduced_relative_on_object(tokens, tags, k)
        {
            tags[k] = T::VBN;
        }
        if is_name_may(tokens, tags, k) {
            tags[k] = T::NNP;
        }
        if let Some(participle) = floating_quantifier(tokens, tags, k) {
            tags[k] = T::RB;
            if participle {
                tags[k + 1] = T::VBN;
            }
        }
    }
    if let Some((k, tag)) = verb_of_verbless_sentence(text, tokens, tags) {
        tags[k] = tag;
    }
    for k in 2..tokens.len().min(tags.len()) {
        if is_base_verb_after_object_name(tokens, tags, k)
            || is_noun_before_auxiliary(tokens, tags, k)
            || is_noun_before_finite_verb(tokens, tags, k)
        {
            tags[k] = T::NN;
        }
        if is_verb_after_reduced_participle(tokens, tags, k) {
            tags[k - 1] = T::VBN;
            tags[k] = T::VBP;
        }
        if is_base_after_reduced_participle(tokens, tags, k) {
            tags[k] = T::VBP;
        }
        if is_plural_after_object_name(tokens, tags, k) {
            tags[k] = T::NNS;
        }
        if is_modifier_between_preposition_and_noun(tokens, tags, k) {
            tags[k - 1] = T::JJ;
        }
        if is_modified_object_after_verb(tokens, tags, k) {
            tags[k] = T::NNS;
            tags[k - 1] = T::JJ;
        }
        if is_plural_in_object(tokens, tags, k) || is_plural_in_adjunct(tokens, tags, k) {
            tags[k] = T::NNS;
        }
    }
}

/// "after looting incidents were reported", "Rising prices have hurt": an -ing form (token
/// `k`) opening a clause, right before a noun that a finite verb follows, describes that
/// noun, the clause's subject — no gerund with an object.
fn is_ing_modifier_of_subject(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    matches!(tags[k], T::VBG | T::JJ)
        && tokens[k].norm.ends_with("ING")
        && (k == 0
            || matches!(
                tokens[k - 1].norm.as_str(),
                "AFTER" | "BEFORE" | "SINCE" | "AS" | "WHEN" | "WHILE" | "UNTIL" | "BECAUSE"
                    | "ALTHOUGH" | "THOUGH" | "IF" | "THAT"
            )
            // (or coordinated with a noun: "after violence and looting incidents were")
            || (k > 1
                && matches!(tokens[k - 1].norm.as_str(), "AND" | "OR")
                && matches!(tags[k - 2], T::NN | T::NNS)))
        && tags.get(k + 1).is_some_and(|t| matches!(t, T::NN | T::NNS))
        && tags
            .get(k + 2)
            .is_some_and(|t| matches!(t, T::VBD | T::VBZ | T::VBP | T::MD))
        // (not in a headline's capitals: "Slain While Protesting Daughters Murder")
        && !tokens[k + 2].capitalized
}

/// "ranging from food to stolen cars", "led to heightened tensions": a participle in -en
/// or -ed (token `k`) after "to" and before a noun, which the tagger read as a base form, is
/// the participle (no infinitive has that form).
fn is_participle_after_to(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k > 0
        && tags[k] == T::VB
        && tags[k - 1] == T::TO
        && (tokens[k].norm.ends_with("EN") || tokens[k].norm.ends_with("ED"))
        && tags.get(k + 1).is_some_and(|n| matches!(n, T::NN | T::NNS))
        && {
            let w = tokens[k].norm.to_lowercase();
            dyad_pos::lemma::lemma(&w, T::VBN) != w
        }
}

/// "Theresa May met Donald Tusk", "in May 2019": a capitalised "May" (token `k`) the tagger
/// read as a modal is a name or the month unless a base-form verb follows it ("Iran May
/// Strike Israel" in a title-case headline).
fn is_name_may(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    tokens[k].norm == "MAY"
        && tokens[k].capitalized
        && tags[k] == T::MD
        && !tokens.get(k + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && {
                let w = n.norm.to_lowercase();
                matches!(
                    w.as_str(),
                    "not" | "also" | "still" | "soon" | "well" | "yet"
                ) || (dyad_pos::lemma::lemma(&w, T::VB) == w
                    && !n.norm.ends_with("ED")
                    && tags
                        .get(k + 1)
                        .is_some_and(|t| matches!(t, T::VB | T::VBP | T::RB)))
            }
        })
}

/// "The US military trains Iraqi pilots", "Obama Increases Number of Syrian Refugees": in a
/// sentence whose words up to the first punctuation mark the tagger gave no finite verb,
/// the first word in -s there read as a plural noun after the subject's noun phrase and
/// before another noun phrase is the verb (VBZ); failing one, the first word in -ed read as
/// an adjective or a participle there is, before a determiner, a name or a number
/// ("Australian Prime Minister Anthony Albanese criticized Israel", where the tagger read
/// the name as adjectives) (VBD).
fn verb_of_verbless_sentence(
    text: &str,
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
) -> Option<(usize, dyad_pos::Tag)> {
    use dyad_pos::Tag as T;
    // (The main clause up to its first comma: ", Roberts said" after it counts for nothing.)
    let n = tokens
        .iter()
        .position(|t| t.kind != TokenKind::Word && t.kind != TokenKind::Number)
        .unwrap_or(tokens.len())
        .min(tags.len());
    if tags[..n]
        .iter()
        .any(|t| matches!(t, T::VBD | T::VBZ | T::VBP | T::MD))
    {
        return None;
    }
    present_of_verbless_sentence(tokens, tags, n)
        .map(|k| (k, T::VBZ))
        .or_else(|| past_of_verbless_sentence(text, tokens, tags, n).map(|k| (k, T::VBD)))
}

/// The present-tense verb of a sentence with no finite verb in its first `n` tokens (see
/// [`verb_of_verbless_sentence`]): the first word in -s there read as a plural noun, after a
/// noun or an adjective and before a determiner, a name or a number.
fn present_of_verbless_sentence(
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
    n: usize,
) -> Option<usize> {
    use dyad_pos::Tag as T;
    let k = (1..n.saturating_sub(1)).find(|&k| tags[k] == T::NNS)?;
    // (A noun of partners names them: "The United States and major trade allies West
    // Germany, France … met".)
    if matches!(
        tokens[k].norm.as_str(),
        "ALLIES" | "PARTNERS" | "RIVALS" | "NEIGHBORS" | "NEIGHBOURS" | "SPONSORS" | "BACKERS"
    ) {
        return None;
    }
    let w = tokens[k].norm.to_lowercase();
    (matches!(tags[k - 1], T::NN | T::NNP | T::NNS | T::NNPS | T::JJ)
        && tokens[k].kind == TokenKind::Word
        && w.ends_with('s')
        && !w.ends_with("ss")
        && dyad_pos::lemma::lemma(&w, T::VBZ) != w
        // (a determiner, a name or a number: not "transportation workers willing to")
        && matches!(tags[k + 1], T::DT | T::NNP | T::NNPS | T::PRPS | T::CD))
    .then_some(k)
}

/// The past-tense verb of a sentence with no finite verb in its first `n` tokens (see
/// [`verb_of_verbless_sentence`]): the first word in -ed there read as an adjective or a
/// participle, after a noun or an adjective and before a determiner, a possessive pronoun, a
/// number or a capitalised name; not one glued to the word before by a hyphen ("the
/// state-owned Kenya Ports Authority", "Jeddah-based Saudi-French").
fn past_of_verbless_sentence(
    text: &str,
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
    n: usize,
) -> Option<usize> {
    use dyad_pos::Tag as T;
    let k = (1..n.saturating_sub(1)).find(|&k| {
        matches!(tags[k], T::JJ | T::VBN)
            && tokens[k].norm.ends_with("ED")
            && !tokens[k].capitalized
            && text
                .as_bytes()
                .get((tokens[k].span.start as usize).wrapping_sub(1))
                != Some(&b'-')
    })?;
    (matches!(tags[k - 1], T::NN | T::NNP | T::NNS | T::NNPS | T::JJ)
        && tokens[k - 1].kind == TokenKind::Word
        && (matches!(tags[k + 1], T::DT | T::NNP | T::NNPS | T::PRPS | T::CD)
            || (tokens[k + 1].capitalized && tags[k + 1].is_noun())))
    .then_some(k)
}

/// "striking workers", "both striking employees": "striking" (token `k`) before those who
/// strike names them on strike, no attack ("striking targets" stays the verb).
fn on_strike(tokens: &[Token], k: usize) -> bool {
    tokens[k].norm == "STRIKING"
        && tokens.get(k + 1).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "WORKERS"
                    | "EMPLOYEES"
                    | "MINERS"
                    | "TEACHERS"
                    | "DOCTORS"
                    | "NURSES"
                    | "DRIVERS"
                    | "DOCKERS"
                    | "PILOTS"
                    | "SEAMEN"
                    | "STAFF"
                    | "UNIONS"
                    | "FARMERS"
                    | "STUDENTS"
            )
        })
}

/// "were all killed", "was either sold … or moved", "have both agreed", "were later both
/// arrested": a floating quantifier (token `k`) between an auxiliary (and its adverbs) and
/// the verb it goes with is an adverb of the verb phrase, not a determiner opening a noun
/// phrase. Returns whether the verb after it, a past form after "be" or "have", is the
/// participle (the tagger reads "was either sold" as a past tense).
fn floating_quantifier(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> Option<bool> {
    use dyad_pos::Tag as T;
    if k == 0
        || !matches!(
            tokens[k].norm.as_str(),
            "ALL" | "BOTH" | "EACH" | "EITHER" | "NEITHER"
        )
        || tokens[k].capitalized
    {
        return None;
    }
    let next = tags.get(k + 1)?;
    if !matches!(next, T::VBN | T::VBD | T::VB | T::VBG) || tokens[k + 1].capitalized {
        return None;
    }
    let mut a = k - 1;
    while a > 0 && matches!(tags[a], T::RB | T::RBR) && tokens[a].norm != "NOT" {
        a -= 1;
    }
    let aux = tokens[a].norm.as_str();
    let be_have = crate::is_be_or_have(aux);
    let modal = tags[a] == T::MD;
    if !(be_have || modal) {
        return None;
    }
    // (after a modal only the base form: "will all attend"; after "be"/"have" a participle
    // or an -ing form: "are all fighting")
    match next {
        T::VB => modal.then_some(false),
        T::VBG => be_have.then_some(false),
        _ => be_have.then_some(*next == T::VBD),
    }
}

/// A past tense in "-ed" right after a verb's object, with nothing of its own after it but a
/// time or a preposition, is a participle on that object: "accused the 18 Mexicans arrested
/// last month of …" — no second verb of the clause. Not after a verb that takes a clause
/// ("said the men arrested …").
fn is_reduced_relative_on_object(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    if k < 2 || tags[k] != T::VBD || !tokens[k].norm.ends_with("ED") || tokens[k].capitalized {
        return false;
    }
    if !matches!(tags[k - 1], T::NNS | T::NNPS) {
        return false;
    }
    // (Back over the object's noun phrase to the verb that governs it.)
    let mut j = k - 1;
    while j > 0 && (tags[j].is_noun() || tags[j].is_adjective() || matches!(tags[j], T::DT | T::CD))
    {
        j -= 1;
    }
    let governed = matches!(tags[j], T::VBD | T::VBZ | T::VBP | T::VB | T::VBG | T::VBN)
        && j + 1 < k - 1
        && matches!(tags[j + 1], T::DT | T::CD)
        && !matches!(
            tokens[j].norm.as_str(),
            "SAID"
                | "SAY"
                | "SAYS"
                | "SAYING"
                | "CLAIMED"
                | "BELIEVED"
                | "THOUGHT"
                | "KNEW"
                | "ALLEGED"
                | "REPORTED"
                | "ANNOUNCED"
                | "CONFIRMED"
                | "DENIED"
                | "TOLD"
                | "WARNED"
                | "FOUND"
                | "SHOWED"
                | "ARGUED"
                | "NOTED"
                | "ADDED"
                | "INSISTED"
        );
    let bare_after = match tokens.get(k + 1) {
        None => true,
        Some(n) => {
            matches!(tags[k + 1], T::IN | T::TO | T::RB | T::Comma | T::Period)
                || matches!(n.norm.as_str(), "LAST" | "THIS" | "YESTERDAY" | "EARLIER")
        }
    };
    governed && bare_after
}

/// "UN chief withdrew peacekeepers", "the French military sent 200 troops": a past tense
/// that is never a noun, read as one between a noun and what it acts on (token `k`), is the
/// verb.
fn is_misread_past(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k > 0
        // (or as a preposition, as the tagger reads an unknown "overran")
        && matches!(tags[k], T::NN | T::JJ | T::IN)
        && matches!(
            tokens[k].norm.as_str(),
            "WITHDREW"
                | "SENT"
                | "TOOK"
                | "GAVE"
                | "FOUGHT"
                | "BEGAN"
                | "OVERRAN"
                | "OVERTHREW"
                | "STOLE"
                | "SOUGHT"
                | "BROUGHT"
                | "BOUGHT"
                | "THREW"
                | "TOLD"
                | "SOLD"
                | "FORBADE"
                | "STRUCK"
                | "SWORE"
                | "FLED"
                | "DROVE"
        )
        && (matches!(tags[k - 1], T::NN | T::NNS | T::NNP | T::NNPS | T::JJ)
            // (never a preposition, whatever the tagger made of the word before: "Boko Haram
            // jihadists overran")
            || tags[k] == T::IN)
        && tags.get(k + 1).is_some_and(|n| {
            n.is_noun() || matches!(n, T::DT | T::CD | T::PRPS | T::PRP | T::IN | T::TO | T::RP)
        })
}

/// "tear gas": "tear" (token `k`) is a noun.
fn is_tear_gas(tokens: &[Token], k: usize) -> bool {
    tokens[k].norm == "TEAR" && matches!(tokens[k + 1].norm.as_str(), "GAS" | "GASES")
}

/// "managing director", "acting president", "the ruling party", "the surrounding
/// villages": a participle of this kind
/// (token `k`) before a common noun is an adjective.
fn is_adjectival_participle(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    tags[k] == T::VBG
        && matches!(
            tokens[k].norm.as_str(),
            "MANAGING"
                | "ACTING"
                | "OUTGOING"
                | "INCOMING"
                | "RULING"
                | "GOVERNING"
                | "FOUNDING"
                | "PRESIDING"
                | "RETIRING"
                | "REIGNING"
                | "SITTING"
                | "COMMANDING"
                | "SURROUNDING"
        )
        && matches!(tags[k + 1], T::NN | T::NNS | T::JJ)
        // ("both striking employees and replacement workers": those on strike, not "striking
        // targets")
        || (matches!(tags[k], T::VBG | T::JJ) && on_strike(tokens, k))
        || is_adjectival_leading(tokens, tags, k)
        || is_participle_before_subject(tokens, tags, k)
        || is_ing_modifier_of_subject(tokens, tags, k)
        || is_visiting_guest(tokens, tags, k)
        || is_participle_modifying_object(tokens, tags, k)
        || is_graded_participle(tokens, tags, k)
}

/// An adverb of degree, which grades an adjective ("extremely challenging") — not one that
/// grades a verb as readily ("increasingly moving into the business").
fn degree_adverb(w: &str) -> bool {
    matches!(
        w,
        "VERY"
            | "EXTREMELY"
            | "HIGHLY"
            | "PARTICULARLY"
            | "ESPECIALLY"
            | "EQUALLY"
            | "QUITE"
            | "RATHER"
            | "TOO"
            | "LESS"
            | "LEAST"
    )
}

/// "make combating extortion extremely challenging", "the situation is very worrying": a
/// present participle (token `k`) after an adverb of degree, with no object after it, is an
/// adjective ("is increasingly targeting civilians" keeps its verb).
fn is_graded_participle(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k > 0
        && tags[k] == T::VBG
        && degree_adverb(&tokens[k - 1].norm)
        && tags.get(k + 1).is_none_or(|t| {
            !(t.is_noun()
                || t.is_adjective()
                || matches!(t, T::DT | T::PRP | T::PRPS | T::CD | T::RB))
        })
}

/// "a plan to combat increased opium cultivation", "demanded stepped-up patrols": a past
/// participle (token `k`) right after a verb that is no auxiliary and right before a noun
/// modifies the noun, the verb's object — it is no verb of its own.
fn is_participle_modifying_object(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    // After a verb of saying: a participle before the noun phrase that is the subject of the
    // reported clause's own finite verb ("said incarcerated Sinaloa boss Joaquin Guzman
    // bought cocaine").
    let reported_subject = k > 0
        && k + 1 < tags.len()
        && (tags[k] == T::VBN
            || (tags[k] == T::JJ
                && (tokens[k].norm.ends_with("ED") || tokens[k].norm.ends_with("EN"))))
        && !tokens[k].capitalized
        && matches!(
            tokens[k - 1].norm.as_str(),
            "SAID" | "SAY" | "SAYS" | "CLAIMED" | "BELIEVED" | "ALLEGED"
        )
        && tags[k + 1].is_noun()
        && (k + 2..(k + 8).min(tags.len()))
            .take_while(|&q| tags[q].is_noun() || tags[q].is_adjective() || tags[q].is_verb())
            .any(|q| matches!(tags[q], T::VBD | T::VBZ | T::VBP));
    if reported_subject {
        return true;
    }
    k > 0
        && k < tags.len()
        // (`JJ` once `fix_tags` has read it so.)
        && (tags[k] == T::VBN
            || (tags[k] == T::JJ && (tokens[k].norm.ends_with("ED") || tokens[k].norm.ends_with("EN"))))
        && matches!(tags[k - 1], T::VB | T::VBZ | T::VBP | T::VBD | T::VBG)
        && !matches!(
            tokens[k - 1].norm.as_str(),
            "BE" | "IS" | "ARE" | "WAS" | "WERE" | "BEING" | "AM" | "HAVE" | "HAS" | "HAD"
                | "HAVING" | "GET" | "GETS" | "GOT" | "GETTING" | "BECOME" | "BECAME"
                | "BECOMES" | "REMAIN" | "REMAINS" | "REMAINED" | "SEEM" | "SEEMS" | "SEEMED"
                | "FEEL" | "FEELS" | "FELT" | "LOOK" | "LOOKS" | "LOOKED" | "KEEP" | "KEPT"
                | "STAY" | "STAYED"
                // (nor after a verb of saying whose clause lacks its subject: "whom the
                // police said provided cocaine")
                | "SAID" | "SAY" | "SAYS" | "CLAIMED" | "BELIEVED" | "THOUGHT" | "KNEW"
                | "ALLEGED"
        )
        && matches!(tags.get(k + 1), Some(T::NN | T::NNS))
        // (Not a verb's object made to do something: "saw troops killed", "had the
        // men arrested" have a noun before the participle.)
        && !tokens[k].capitalized
}

/// Gerunds that name a trade or an arrangement before the noun they modify ("trading
/// partners", "the negotiating team", "shipping lanes", "a training camp"), each with the
/// nouns it forms such compounds with (separated by spaces): the noun is no object of a verb.
const GERUND_COMPOUNDS: &[(&str, &str)] = &[
    (
        "TRADING",
        "PARTNER PARTNERS HOUSE HOUSES VOLUME VOLUMES DESK SESSION SESSIONS FLOOR HOURS \
         DAY DAYS ROOM OPERATIONS ORGANIZATION ORGANIZATIONS ORGANISATION ORGANISATIONS \
         COMPANY COMPANIES FIRM FIRMS BLOC NATION NATIONS POST POSTS SCHEME SCHEMES \
         OPPORTUNITIES RELATIONS RELATIONSHIP SYSTEM RANGE MORNING AFTERNOON ACTIVITY \
         CHARGES SCANDAL LAWS LIMITS PRIVILEGES RIGHTS LICENCE LICENSE",
    ),
    (
        "NEGOTIATING",
        "TEAM TEAMS COMMITTEE COMMITTEES TABLE POSITION POSITIONS ROUND ROUNDS SESSION \
         SESSIONS PARTNER PARTNERS STRATEGY MANDATE PROCESS",
    ),
    (
        "PLANNING",
        "AGENCY COMMITTEE COMMISSION MINISTRY MINISTER OFFICE BOARD DEPARTMENT STAGE \
         STAGES PROCESS DOCUMENT DOCUMENTS PERMISSION OFFICIALS",
    ),
    (
        "SHIPPING",
        "LANE LANES LINE LINES COMPANY COMPANIES INDUSTRY ROUTE ROUTES CHANNEL CHANNELS \
         TRAFFIC FIRM FIRMS AGENT AGENTS COSTS RATES",
    ),
    (
        "LENDING",
        "RATE RATES VOLUME PROGRAM PROGRAMS PROGRAMME PROGRAMMES INSTITUTION INSTITUTIONS \
         AGENCY FACILITY FACILITIES MECHANISM MECHANISMS LIMITS POLICY POLICIES CAPACITY \
         ARM",
    ),
    (
        "FINANCING",
        "PACKAGE PACKAGES NEEDS ARRANGEMENT ARRANGEMENTS FACILITY FACILITIES GAP \
         REQUIREMENTS AGREEMENT AGREEMENTS PLAN PLANS COSTS PROGRAM PROGRAMME SOURCES \
         TERMS",
    ),
    (
        "PEACEKEEPING",
        "FORCE FORCES MISSION MISSIONS TROOPS OPERATION OPERATIONS CONTINGENT CONTINGENTS \
         UNIT UNITS BUDGET",
    ),
    (
        "TRAINING",
        "CAMP CAMPS COURSE COURSES PROGRAM PROGRAMS PROGRAMME PROGRAMMES EXERCISE \
         EXERCISES CENTER CENTERS CENTRE CENTRES MISSION FACILITY FACILITIES SESSION \
         SESSIONS GROUND GROUNDS SCHOOL ACADEMY",
    ),
    (
        "FISHING",
        "BOAT BOATS VESSEL VESSELS RIGHTS FLEET FLEETS ZONE ZONES GROUNDS INDUSTRY \
         TRAWLER TRAWLERS LICENCE LICENCES LICENSE LICENSES VILLAGE VILLAGES COMMUNITY \
         COMMUNITIES",
    ),
    (
        "LANDING",
        "CRAFT STRIP STRIPS ZONE ZONES GEAR SHIP SHIPS RIGHTS",
    ),
    (
        "POLLING",
        "STATION STATIONS BOOTH BOOTHS PLACE PLACES DAY CENTER CENTERS CENTRE CENTRES \
         FIRM FIRMS AGENCY DATA",
    ),
    ("FIRING", "RANGE RANGES SQUAD SQUADS LINE POSITIONS PIN"),
    (
        "OPERATING",
        "PROFIT PROFITS SYSTEM SYSTEMS LOSS LOSSES COSTS INCOME BUDGET LICENCE LICENSE \
         PERMIT ROOM ROOMS PROCEDURES BASE BASES",
    ),
    (
        "WORKING",
        "GROUP GROUPS PARTY DAY DAYS CONDITIONS CLASS PAPER VISIT RELATIONSHIP LUNCH \
         DINNER HOURS WEEK LANGUAGE",
    ),
    (
        "BARGAINING",
        "CHIP CHIPS POWER TABLE POSITION RIGHTS UNIT AGENT",
    ),
    ("MEETING", "ROOM ROOMS PLACE POINT VENUE HALL HALLS"),
    (
        "SPENDING",
        "CUTS PLANS PLAN CONTROLS BILL BILLS LIMITS LIMIT POWER POWERS PRIORITIES SPREE \
         LEVELS PACKAGE REVIEW INCREASES",
    ),
    (
        "FUNDING",
        "CUTS GAP REQUEST REQUESTS SHORTFALL SHORTFALLS LEVELS BILL PACKAGE FORMULA \
         SOURCES AGENCY MECHANISM DEADLINE FREEZE STREAM",
    ),
    ("SELLING", "PRESSURE PRICE PRICES POINT POINTS SPREE ORDERS"),
    (
        "BUYING",
        "POWER SPREE ORDERS INTEREST PRICE PRICES AGENT AGENTS MISSION MISSIONS",
    ),
    (
        "HOLDING",
        "COMPANY COMPANIES CELL CELLS CENTER CENTERS CENTRE CENTRES AREA AREAS PATTERN \
         PERIOD FACILITY FACILITIES PEN ROOM TANK",
    ),
    // (Crimes as kinds: "rescue kidnapping victims", "kidnapping cases rose", "a smuggling
    // network", "trafficking routes".)
    (
        "KIDNAPPING",
        "VICTIM VICTIMS CASE CASES CHARGE CHARGES RING RINGS GANG GANGS INDUSTRY RATE \
         RATES SUSPECT SUSPECTS NETWORK NETWORKS SPREE WAVE BUSINESS FIGURES STATISTICS \
         CELL CELLS",
    ),
    (
        "TRAFFICKING",
        "VICTIM VICTIMS CASE CASES CHARGE CHARGES RING RINGS GANG GANGS NETWORK NETWORKS \
         ROUTE ROUTES CORRIDOR CORRIDORS ORGANIZATION ORGANIZATIONS ORGANISATION \
         ORGANISATIONS GROUP GROUPS CARTEL CARTELS HUB HUBS ACTIVITY ACTIVITIES OPERATION \
         OPERATIONS PROCEEDS EMPIRE STRUCTURE STRUCTURES BUSINESS INDUSTRY SUSPECT \
         SUSPECTS",
    ),
    (
        "SMUGGLING",
        "RING RINGS NETWORK NETWORKS ROUTE ROUTES CORRIDOR CORRIDORS OPERATION OPERATIONS \
         GANG GANGS GROUP GROUPS CHARGES CASE CASES BUSINESS ACTIVITY ACTIVITIES TUNNEL \
         TUNNELS SUSPECT SUSPECTS",
    ),
    ("KILLING", "SPREE SPREES FIELDS"),
    ("SHOOTING", "VICTIM VICTIMS RANGE SPREE INCIDENT INCIDENTS"),
];

/// Gerunds of an industry, which before a noun always modify it ("the manufacturing sector",
/// "banking secrecy").
const INDUSTRY_GERUNDS: &[&str] = &[
    "MANUFACTURING",
    "BANKING",
    "MINING",
    "BROADCASTING",
    "ADVERTISING",
    "PUBLISHING",
    "ACCOUNTING",
    "PEACEMAKING",
    "POLICYMAKING",
    "DECISION-MAKING",
    "PEACEBUILDING",
];

/// "trading partners", "the CPB planning agency", "the manufacturing sector": a gerund (token
/// `k`) before a noun it forms a compound with ([`GERUND_COMPOUNDS`], [`INDUSTRY_GERUNDS`])
/// is a noun modifying it.
fn is_gerund_compound(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    let w = tokens[k].norm.as_str();
    let next = tokens[k + 1].norm.as_str();
    matches!(tags[k], T::VBG | T::NN)
        && (INDUSTRY_GERUNDS.contains(&w) && matches!(tags[k + 1], T::NN | T::NNS)
            || GERUND_COMPOUNDS
                .iter()
                .any(|(g, heads)| *g == w && heads.split(' ').any(|h| h == next)))
}

/// "U.S. corn exports to Canada are declining": "exports", "imports" read as a verb after a
/// noun or a name, with the clause's finite verb still to come before any comma, are the
/// subject's plural noun.
fn is_trade_figure(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k > 0
        && tags[k] == T::VBZ
        && matches!(tokens[k].norm.as_str(), "EXPORTS" | "IMPORTS")
        && matches!(tags[k - 1], T::NN | T::NNS | T::NNP | T::NNPS | T::JJ)
        && (k + 1..(k + 9).min(tokens.len()))
            .take_while(|&j| tokens[j].kind != TokenKind::Comma)
            .any(|j| {
                matches!(tags.get(j), Some(T::VBD | T::VBP | T::MD))
                    || matches!(tokens[j].norm.as_str(), "IS" | "HAS" | "WAS" | "REMAINS")
            })
}

/// "U.S. bond trading is likely to …", "in midafternoon trading.", "a Senate committee
/// meeting told reporters": a gerund (token `k`) after a noun or an adjective that modifies
/// it, with no object before a finite verb or the end of the sentence, is a noun.
fn is_gerund_noun(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k > 0
        && tags[k] == T::VBG
        && tokens[k].norm.ends_with("ING")
        && tokens[k - 1].kind == TokenKind::Word
        && matches!(tags[k - 1], T::NN | T::NNS | T::NNP | T::NNPS | T::JJ)
        && (matches!(tags[k + 1], T::VBD | T::VBZ | T::VBP | T::MD)
            || matches!(tokens[k + 1].kind, TokenKind::Stop | TokenKind::Semicolon))
}

/// "told visiting U.S. Secretary of State George Shultz", "met visiting Chinese officials":
/// "visiting" (token `k`) between a finite verb that is no auxiliary and a name or an
/// adjective names the guest; the one visited is the verb's subject, who does not visit.
///
/// After a preposition too, when a title follows ("filed a lawsuit against visiting Saudi
/// Crown Prince Mohammed bin Salman", "talks with visiting Chinese officials"; not "warned
/// against visiting Saudi Arabia", a gerund with its object).
fn is_visiting_guest(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    let after_finite_verb = |j: usize| {
        matches!(tags[j], T::VBD | T::VBZ | T::VBP)
            && !matches!(
                tokens[j].norm.as_str(),
                "IS" | "ARE" | "WAS" | "WERE" | "HAS" | "HAVE" | "HAD" | "BEGAN" | "STARTED"
            )
    };
    let titled = || {
        tokens[k + 1..(k + 5).min(tokens.len())].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "PRESIDENT"
                    | "PRIME"
                    | "MINISTER"
                    | "PRINCE"
                    | "KING"
                    | "QUEEN"
                    | "SECRETARY"
                    | "PREMIER"
                    | "CHANCELLOR"
                    | "ENVOY"
                    | "DELEGATION"
                    | "OFFICIALS"
                    | "LEADER"
                    | "EMIR"
                    | "SULTAN"
            )
        })
    };
    k > 0
        && tokens[k].norm == "VISITING"
        && (after_finite_verb(k - 1) || (tags[k - 1] == T::IN && titled()))
        && tokens.get(k + 1).is_some_and(|n| n.capitalized)
}

/// An adjective the tagger may read as a verb form, in a place no verb stands (see
/// `is_adjectival_leading`, `is_participle_before_subject`, `is_ing_modifier_of_subject`,
/// `is_visiting_guest`): no verb.
fn is_fixed_adjective(tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    i + 1 < tokens.len()
        && i + 1 < tags.len()
        && (is_adjectival_leading(tokens, tags, i)
            || is_participle_before_subject(tokens, tags, i)
            || is_ing_modifier_of_subject(tokens, tags, i)
            || is_visiting_guest(tokens, tags, i))
}

/// "the Group of Seven (G7) leading industrial nations", "a leading opposition figure":
/// "leading" before an adjective, or after a determiner, a possessive or a bracket before a
/// noun, is an adjective.
fn is_adjectival_leading(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    tokens[k].norm == "LEADING"
        && matches!(tags[k], T::VBG | T::JJ)
        && (tags[k + 1] == T::JJ
            || (k > 0
                && matches!(tags[k + 1], T::NN | T::NNS)
                && (matches!(tags[k - 1], T::DT | T::PRPS | T::POS | T::CD)
                    || tokens[k - 1].kind == TokenKind::Close)))
}

/// "Thousands of British Columbian unionized workers staged a strike": a past form in -ed
/// after a name or an adjective, before a plural noun that a finite verb follows, is an
/// adjective (the noun is the verb's subject).
fn is_participle_before_subject(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    let finite_after = tags
        .get(k + 2)
        .is_some_and(|t| matches!(t, T::VBD | T::VBZ | T::VBP | T::MD));
    (k > 0
        && matches!(tags[k], T::VBD | T::JJ)
        && tokens[k].norm.ends_with("ED")
        && matches!(tags[k - 1], T::NNP | T::JJ)
        && tags[k + 1] == T::NNS
        && finite_after)
        // (Or a participle after a conjunction, a determiner or a preposition: "banditry and
        // armed attacks spread", "the armed attacks continued".)
        || (k > 0
            && matches!(tags[k], T::VBN | T::VBD | T::JJ)
            && tokens[k].norm.ends_with("ED")
            && matches!(tags[k - 1], T::CC | T::DT | T::IN)
            && tags[k + 1] == T::NNS
            && finite_after)
}

/// "European models rejected include the Lynx": a base form right after a participle that
/// follows a plural noun, with no finite verb in the sentence and nothing before that asks
/// for a base form ("to", a modal, "do"), is the present tense of the sentence's verb.
fn is_base_after_reduced_participle(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k >= 2
        && tags[k] == T::VB
        && tags[k - 1] == T::VBN
        && tags[k - 2] == T::NNS
        && !tags[..k - 2]
            .iter()
            .any(|t| matches!(t, T::VBD | T::VBZ | T::VBP | T::MD | T::TO))
        && !tokens[..k - 2].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "DO" | "DOES" | "DID" | "LET" | "MAKE" | "MADE" | "HELP" | "SEE" | "SAW"
            )
        })
}

/// "The eight men arrested face federal charges": a verb the tagger read as a noun, right
/// after a participle in -ed that follows a plural subject, with no finite verb in the
/// sentence: the participle is a reduced passive and the word the finite verb.
fn is_verb_after_reduced_participle(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k >= 2
        && tags[k] == T::NN
        && matches!(
            tokens[k].norm.as_str(),
            "FACE"
                | "DENY"
                | "CLAIM"
                | "REMAIN"
                | "NEED"
                | "FEAR"
                | "PLEAD"
                | "SAY"
                | "WANT"
                | "HOPE"
        )
        && matches!(tags[k - 1], T::VBD | T::VBN)
        && tokens[k - 1].norm.ends_with("ED")
        && tags[k - 2] == T::NNS
        && !tags
            .iter()
            .enumerate()
            .any(|(j, t)| j != k - 1 && matches!(t, T::VBD | T::VBZ | T::VBP | T::MD))
}

/// "all leave had been cancelled", "the return was delayed": a base or present form after a
/// determiner, right before a finite auxiliary, is the auxiliary's subject, a noun.
fn is_noun_before_auxiliary(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k > 0
        && matches!(tags[k], T::VB | T::VBP)
        && tags[k - 1] == T::DT
        && tokens.get(k + 1).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "HAD"
                    | "HAS"
                    | "WAS"
                    | "WERE"
                    | "IS"
                    | "WILL"
                    | "WOULD"
                    | "COULD"
                    | "SHOULD"
                    | "MAY"
                    | "MIGHT"
                    | "MUST"
            )
        })
}

/// "a trade surplus, thanks largely to booming sales": "thanks" (token `k`) before "to", over
/// an adverb, is a preposition of cause, no thanking.
/// (Only opening a phrase: "sent thanks to Iraq", "expressed his thanks to" thank.)
fn is_thanks_to(tokens: &[Token], k: usize) -> bool {
    tokens[k].norm == "THANKS"
        && (k == 0 || tokens[k - 1].kind != TokenKind::Word)
        && (k + 1..(k + 3).min(tokens.len()))
            .find(|&j| {
                !tokens[j].norm.ends_with("LY")
                    && tokens[j].norm != "IN"
                    && tokens[j].norm != "PART"
            })
            .is_some_and(|j| tokens[j].norm == "TO")
}

/// "Haiti's 2010 earthquake destroyed …": a base form (token `k`) right before a past or
/// present tense, not after "to", a modal or "do", is the noun heading the subject (the
/// tagger reads an unknown word after a number as a verb).
fn is_noun_before_finite_verb(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    k > 0
        && tags[k] == T::VB
        && matches!(tags.get(k + 1), Some(T::VBD | T::VBZ))
        && !matches!(tags[k - 1], T::TO | T::MD)
        && !matches!(
            tokens[k - 1].norm.as_str(),
            "DO" | "DOES" | "DID" | "DON'T" | "DOESN'T" | "DIDN'T" | "NOT"
        )
}

/// "… department, given its Pacific coastline", "…, given commitments by Washington to cut
/// its budget": "given" (token `k`) opening a phrase after a punctuation mark is a
/// preposition, no verb, before a determiner or a bare noun phrase (plural noun, adjective).
fn is_prepositional_given(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    tokens[k].norm == "GIVEN"
        && (k == 0 || tokens[k - 1].kind != TokenKind::Word)
        && (matches!(
            tokens[k + 1].norm.as_str(),
            "THE"
                | "ITS"
                | "HIS"
                | "HER"
                | "THEIR"
                | "THAT"
                | "THIS"
                | "THESE"
                | "THOSE"
                | "A"
                | "AN"
                | "OUR"
        ) || (tokens[k + 1].kind == TokenKind::Word
            && !tokens[k + 1].capitalized
            && matches!(tags[k + 1], T::NNS | T::JJ | T::JJR | T::JJS)))
}

/// "Obama lifts US embargo on arms sales": a plural-present verb (token `k`) right after a
/// name that is itself the object of a finite verb is a noun.
fn is_base_verb_after_object_name(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    matches!(tags[k], T::VBP | T::VB)
        && matches!(tags[k - 1], T::NNP | T::NN)
        && tokens[k - 1].capitalized
        && matches!(tags[k - 2], T::VBZ | T::VBD)
}

/// "rejected U.S. calls for a ceasefire": so is a verb in -s (token `k`), a plural noun — not
/// after a verb of saying, whose clause may begin there: "said Iran wants war".
fn is_plural_after_object_name(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    tags[k] == T::VBZ
        && tokens[k].norm.ends_with('S')
        && !tokens[k].capitalized
        && tags[k - 1] == T::NNP
        && tokens[k - 1].capitalized
        && matches!(tags[k - 2], T::VBZ | T::VBD)
        && !SAYING.iter().any(|p| tokens[k - 2].norm.starts_with(p))
}

/// "opened its borders to displaced Afghans", "aid for wounded soldiers": a participle (token
/// `k - 1`) between a preposition and a noun is an adjective.
fn is_modifier_between_preposition_and_noun(
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
    k: usize,
) -> bool {
    use dyad_pos::Tag as T;
    matches!(tags[k - 1], T::VBN | T::VBD)
        && matches!(tags[k - 2], T::IN | T::TO)
        && matches!(tags[k], T::NNS | T::NNPS | T::NN)
        && tokens[k - 1].norm.ends_with("ED")
}

/// "has spurned repeated offers": after a verb, a participle or adjective (token `k - 1`) and a
/// word in -s (token `k`) are an object, JJ NNS.
fn is_modified_object_after_verb(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    tags[k] == T::VBZ
        && matches!(tags[k - 1], T::VBN | T::JJ)
        && tags[k - 2].is_verb()
        && tokens[k].norm.ends_with('S')
}

/// "suspended military aid and weapons deals with Pakistan": a verb in -s (token `k`) right
/// after a plural noun that is itself in a verb's object (nothing but nouns, adjectives,
/// determiners and "and" back to that finite verb) is a plural noun — a plural subject takes
/// no verb in -s. (Not after a preposition, "the head of operations says"; not inside an
/// infinitive or a gerund, "the inability of bosses to control their underlings suggests";
/// never an auxiliary, "most wanted criminals has been".)
fn is_plural_in_object(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    tags[k] == T::VBZ
        && tags[k - 1] == T::NNS
        && !tokens[k].capitalized
        && !tokens[k - 1].capitalized
        && tokens[k].norm.ends_with('S')
        && !matches!(
            tokens[k].norm.as_str(),
            "IS" | "HAS" | "WAS" | "DOES" | "SAYS" | "SEEMS" | "REMAINS" | "APPEARS"
        )
        && !matches!(
            tokens[k - 1].norm.as_str(),
            "NEWS" | "POLITICS" | "ECONOMICS" | "SERIES" | "SPECIES" | "MEANS" | "PHYSICS"
        )
        && (0..k - 1)
            .rev()
            .find(|&j| {
                !matches!(
                    tags[j],
                    T::JJ | T::NN | T::NNS | T::CC | T::DT | T::CD | T::PRPS
                )
            })
            .is_some_and(|j| matches!(tags[j], T::VBD | T::VBZ | T::VBP | T::VBN))
}

/// "caught in software copyright disputes with IBM": a word in -s (token `k`) the tagger read
/// as a verb, right after a singular noun ending one noun phrase in a prepositional phrase
/// of a finite verb, is that phrase's plural noun ("copyright disputes"): such a phrase has
/// no verb of its own. (Not after a participle, whose phrase may be a subject's: "the capture
/// of Montero with cocaine hidden in his vehicle supports".)
fn is_plural_in_adjunct(tokens: &[Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    if tags[k] != T::VBZ
        || tags[k - 1] != T::NN
        || tokens[k].capitalized
        || tokens[k - 1].capitalized
        || !tokens[k].norm.ends_with('S')
        || matches!(
            tokens[k].norm.as_str(),
            "IS" | "HAS" | "WAS" | "DOES" | "SAYS"
        )
    {
        return false;
    }
    // (One noun phrase back to the preposition: "said in a statement the agreement
    // culminates" is two.)
    let mut determiner = false;
    let mut j = k - 1;
    loop {
        if j == 0 {
            return false;
        }
        j -= 1;
        match tags[j] {
            T::DT | T::CD | T::PRPS => determiner = true,
            T::JJ | T::NN | T::NNS if !determiner => {}
            _ => break,
        }
    }
    let finite = |q: usize| {
        matches!(tags[q], T::VBD | T::VBZ | T::VBP | T::VB)
            || (tags[q] == T::VBN
                && q > 0
                && (q.saturating_sub(2)..q).any(|a| {
                    matches!(
                        tokens[a].norm.as_str(),
                        "BEEN" | "BE" | "IS" | "ARE" | "WAS" | "WERE" | "HAS" | "HAVE" | "HAD"
                    )
                }))
    };
    tags[j] == T::IN
        && j > 0
        && !matches!(
            tokens[j].norm.as_str(),
            "THAT"
                | "IF"
                | "BECAUSE"
                | "AS"
                | "WHILE"
                | "SINCE"
                | "ALTHOUGH"
                | "THOUGH"
                | "WHETHER"
                | "UNLESS"
                | "AFTER"
                | "BEFORE"
                | "UNTIL"
                | "TILL"
                | "ONCE"
        )
        && finite(j - 1)
}

/// Recognises the dictionary phrases of a tokenized sentence, in stages: part-of-speech tags
/// (`compound_tags`, when the tagger is on), the dictionary words of each token
/// (`match_words`), a present-tense headline's verb (`headline_verb`), TABARI's stretched
/// actors (`stretched_actors`), the longest phrase at each position (`Marker::mark_phrases`),
/// then a discard phrase (`find_discard`) and a complex phrase (`has_complex_phrase`).
pub fn recognize(
    d: &Dictionaries,
    text: &str,
    tokens: &[Token],
    config: &crate::CoderConfig,
) -> Recognized {
    let pos_filter = config.pos_filter;
    // Part-of-speech tags, only when some token could be a verb.
    let mut tags: Vec<dyad_pos::Tag> = if pos_filter {
        compound_tags(text, tokens)
    } else {
        Vec::new()
    };
    // (Sized for a sentence's words and marks: no regrowth while they are filled.)
    let mut rec = Recognized {
        offsets: Vec::with_capacity(tokens.len() + 1),
        words: Vec::with_capacity(tokens.len() * 2),
        word_bits: Vec::with_capacity(tokens.len()),
        marks: Vec::with_capacity(tokens.len() / 2 + 1),
        ..Default::default()
    };
    match_words(d, tokens, &mut rec);
    rec.mark_of = vec![None; tokens.len()];
    if pos_filter {
        if let Some((k, tag)) = headline_verb(d, text, tokens, &rec, &tags) {
            tags[k] = tag;
            // (The participle after it modifies the object: "FARC Release Kidnapped Chinese
            // Oil Workers" — not an auxiliary's own participle: "Germany and Japan have
            // pledged to boost aid", where the tagger read "have" as a base form.)
            if tags
                .get(k + 1)
                .is_some_and(|t| matches!(t, dyad_pos::Tag::VBD | dyad_pos::Tag::VBN))
                && !matches!(
                    tokens[k].norm.as_str(),
                    "HAVE" | "ARE" | "WERE" | "GET" | "BECOME" | "REMAIN"
                )
            {
                tags[k + 1] = dyad_pos::Tag::JJ;
            }
        }
    }
    rec.tags = tags.clone();
    let headline = looks_like_headline(tokens);
    let far = if config.tabari_rules {
        stretched_actors(d, text, tokens, &rec)
    } else {
        Vec::new()
    };
    let marker = Marker {
        d,
        text,
        tokens,
        config,
        tags: &tags,
        headline,
        far: &far,
    };
    marker.mark_phrases(&mut rec);
    rec.discard = find_discard(d, tokens, config, &rec);
    rec.complex = has_complex_phrase(d, tokens, &rec);
    rec
}

/// The dictionary words each token matches, flattened into `rec.words` (token `i`'s are
/// `rec.offsets[i]..rec.offsets[i + 1]`).
fn match_words(d: &Dictionaries, tokens: &[Token], rec: &mut Recognized) {
    rec.offsets.push(0);
    for t in tokens {
        if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            d.lexicon.matches(&t.norm, &mut rec.words);
        }
        let start = *rec.offsets.last().unwrap_or(&0) as usize;
        rec.word_bits
            .push(rec.words[start..].iter().fold(0, |b, &w| b | word_bit(w)));
        rec.offsets.push(rec.words.len() as u32);
    }
}

/// A headline in the present ("Russia vetoes UN resolution on Syria", "Iran slams US"): with
/// no finite verb in the sentence, a verb-dictionary word in -S right after a name is the verb,
/// though the tagger reads a plural noun. Returns that token and its verb tag.
fn headline_verb(
    d: &Dictionaries,
    text: &str,
    tokens: &[Token],
    rec: &Recognized,
    tags: &[dyad_pos::Tag],
) -> Option<(usize, dyad_pos::Tag)> {
    use dyad_pos::Tag as T;
    let verbal = |k: usize| {
        rec.words(k)
            .iter()
            .any(|&w| !d.candidates(Index::Verbs, w).is_empty())
    };
    let headline = looks_like_headline(tokens);
    // (In a title-case headline, a participle in -ed right after a capitalised verb word
    // and before its noun is an adjective, no finite verb: "FARC Release Kidnapped Chinese
    // Oil Workers".)
    let attributive_past = |j: usize| {
        headline
            && j > 1
            && j + 1 < tokens.len()
            && tokens[j].norm.ends_with("ED")
            && tokens[j - 1].capitalized
            && matches!(tags[j - 1], T::NN | T::NNS | T::VB)
            && verbal(j - 1)
            && matches!(tags[j + 1], T::JJ | T::NN | T::NNS | T::NNP | T::NNPS)
    };
    if tags.iter().enumerate().any(|(j, t)| {
        matches!(t, T::VBD | T::VBZ | T::VBP | T::MD) && !(*t == T::VBD && attributive_past(j))
    }) {
        return None;
    }
    // (An irregular past the tagger took for a noun — "Britain froze aid to Uganda" — is a
    // past tense.)
    let irregular_past = |k: usize| {
        let w = t_lower(tokens, text, k);
        let base = dyad_pos::lemma::lemma(&w, T::VBD);
        base != w && !w.ends_with("ed") && !w.ends_with('s')
    };
    // (A plural subject takes the base form: "UN Leaders appeal for …", "Germany and UNICEF
    // hand over …".)
    // (So may a group's acronym in a title-case headline: "FARC Release Kidnapped …".)
    let acronym = |k: usize| {
        let w = tokens[k].span.slice(text);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
    };
    let plural_subject = |k: usize| {
        (tokens[k - 1].norm.ends_with('S') && matches!(tags[k - 1], T::NNS | T::NNPS))
            || (k >= 3 && tokens[k - 2].norm == "AND" && tokens[k - 3].capitalized)
            || (headline
                && acronym(k - 1)
                && tokens[..k - 1].iter().all(|t| t.kind != TokenKind::Word)
                && !tokens[k].norm.ends_with('S'))
    };
    // (In a title-case headline the verb is capitalised too: "Israel Strikes Hamas Targets".)
    let k = (1..tokens.len().min(6)).find(|&k| {
        (tokens[k].norm.ends_with('S') || irregular_past(k) || plural_subject(k))
            && (!tokens[k].capitalized || headline)
            && matches!(tags[k], T::NNS | T::NN | T::VB)
            && matches!(tags[k - 1], T::NNP | T::NNPS | T::NNS | T::NN | T::JJ)
            && tokens[k - 1].capitalized
            && verbal(k)
            // (not the object of a headline's participle before it: "Sinaloa Cartel Fueling
            // Chicago Murders")
            && !(1..k).any(|j| tags[j] == T::VBG)
    })?;
    let tag = if tokens[k].norm.ends_with('S') && !plural_subject(k) {
        T::VBZ
    } else if irregular_past(k) {
        T::VBD
    } else {
        T::VBP
    };
    Some((k, tag))
}

/// A word of a title-case headline as the tagger should read it: lower case when only its
/// first letter is a capital ("Increases", "Deported"), as written otherwise ("US", "NATO",
/// "al-Qaeda").
fn headline_word(w: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = w.chars();
    match chars.next() {
        Some(c)
            if c.is_uppercase()
                && chars.clone().any(char::is_lowercase)
                && !chars.any(char::is_uppercase) =>
        {
            std::borrow::Cow::Owned(w.to_lowercase())
        }
        _ => std::borrow::Cow::Borrowed(w),
    }
}

/// Whether the sentence reads as a headline: more than three words, at least seven in ten
/// of them capitalised.
fn looks_like_headline(tokens: &[Token]) -> bool {
    let (mut words, mut capitalized) = (0, 0);
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        words += 1;
        capitalized += usize::from(t.capitalized);
    }
    words > 3 && capitalized * 10 >= words * 7
}

/// TABARI: an actor written with blanks matches across any number of words ("DURTHANG ORC"
/// in "… of Durthang should be set up in areas not controlled by rebel Orc forces"). Beyond
/// two words the phrase stands at its last word, and the words between keep their own
/// readings (the verbs SHOULD and SET UP are still coded). Returns (last word, end, weight,
/// actor) for each.
fn stretched_actors(
    d: &Dictionaries,
    text: &str,
    tokens: &[Token],
    rec: &Recognized,
) -> Vec<(usize, usize, u32, u32)> {
    let mut far = Vec::new();
    for i in 0..tokens.len() {
        for &w in rec.words(i) {
            for &a in d.candidates(Index::Actors, w) {
                let p = &d.actors[a as usize].phrase;
                // (Only phrases written with a blank between words can stretch.)
                if p.words.len() < 2
                    || p.words[1..].iter().all(|w| w.consecutive)
                    || match_actor_phrase(rec, text, tokens, p, i, true).is_some()
                {
                    continue;
                }
                if let Some(e) =
                    match_actor_phrase_within(rec, text, tokens, p, i, true, usize::MAX)
                {
                    far.push((e - 1, e, p.weight + 3, a));
                }
            }
        }
    }
    far
}

/// The best phrase found so far at a position: (end, weight, item).
type Best = Option<(usize, u32, Item)>;

/// Keeps the phrase ending at `end` if it is longer than the best so far, or as long and
/// heavier (actors weigh 3 more than written, agents 2, nouns 1; a verb its word count).
fn consider(best: &mut Best, end: usize, weight: u32, item: Item) {
    let better = match best {
        None => true,
        Some((e, w, _)) => end > *e || (end == *e && weight > *w),
    };
    if better {
        *best = Some((end, weight, item));
    }
}

/// The walk over a sentence taking the longest phrase at each position: what every step of
/// it reads.
struct Marker<'a> {
    d: &'a Dictionaries,
    text: &'a str,
    tokens: &'a [Token],
    config: &'a crate::CoderConfig,
    /// The tagger's tags with the headline verb, as they were before the walk retags names,
    /// agents and attributive participles in `Recognized::tags`.
    tags: &'a [dyad_pos::Tag],
    /// Whether the sentence reads as a headline (`looks_like_headline`).
    headline: bool,
    /// TABARI's stretched actors (`stretched_actors`).
    far: &'a [(usize, usize, u32, u32)],
}

/// How the word at a position reads for the verb dictionary.
struct VerbReading {
    /// After a determiner, or read by the tagger as no verb: a verb form here is a noun (a
    /// multi-word verb is judged by its verb word).
    noun: bool,
    /// Capitalised mid-sentence, or possessive: neither a verb nor a nominal.
    cap_shift: bool,
    /// "according to", "thanks to": neither a verb nor a nominal.
    attribution: bool,
    /// A participle or adjective modifying the noun after it, which the later stages read as
    /// an adjective.
    attributive: bool,
}

impl Marker<'_> {
    /// The longest phrase at each position, left to right (TABARI's longest-match rule; ties
    /// go to actors, then agents, then nouns, then verbs): marks it, or notes a verb form
    /// read as a noun when nothing matches.
    fn mark_phrases(&self, rec: &mut Recognized) {
        let mut i = 0;
        while i < self.tokens.len() {
            let mut best: Best = None;
            for &(s0, e0, w0, a) in self.far {
                if s0 == i {
                    best = Some((e0, w0, Item::Actor(a)));
                }
            }
            self.consider_names(rec, i, &mut best);
            // (The tagger's no-verb reading is worked out only where a verb form may start.)
            let verbal = rec
                .words(i)
                .iter()
                .any(|&w| !self.d.candidates(Index::Verbs, w).is_empty());
            let reading = self.verb_reading(i, verbal);
            if reading.attributive {
                // The later stages (clauses, passives) read it as the adjective it is.
                rec.tags[i] = dyad_pos::Tag::JJ;
            }
            let verb_possible = !reading.cap_shift && !reading.attribution;
            if verb_possible {
                self.consider_verbs(rec, i, reading.noun, &mut best);
            }
            // (Only a noun names an act: "back" in "traced back to the army" is an adverb.)
            let noun_tag = self.tags.is_empty()
                || self
                    .tags
                    .get(i)
                    .is_some_and(|t| t.is_noun() || *t == dyad_pos::Tag::VBG);
            if best.is_none() && reading.noun && verb_possible && noun_tag {
                if let Some(v) = self.nominal_verb(rec, i) {
                    rec.nominals.push((i, v));
                }
            }
            match best {
                Some((end, _, item)) => {
                    mark(rec, self.tokens, i, end, item);
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// Actors, agents and nouns starting at `i`, by first word.
    fn consider_names(&self, rec: &Recognized, i: usize, best: &mut Best) {
        // (Worked out only when a one-word name is a candidate.)
        let mut common = None;
        let reachable = reachable_bits(rec, self.tokens, i);
        for &w in rec.words(i) {
            self.consider_actors(rec, i, w, &mut common, reachable, best);
            for &a in self.d.candidates(Index::Agents, w) {
                let p = &self.d.agents[a as usize].phrase;
                if let Some(e) = match_phrase(rec, self.tokens, p, i) {
                    if e == i + 1
                        && (self.rank_as_adjective(i)
                            || self.noun_modifier(i)
                            || self.stance_noun(i))
                    {
                        continue;
                    }
                    consider(best, e, p.weight + 2, Item::Agent(a));
                }
            }
            for &a in self.d.candidates(Index::Nouns, w) {
                let (p, k) = &self.d.nouns[a as usize];
                if let Some(e) = match_phrase(rec, self.tokens, p, i) {
                    consider(best, e, p.weight + 1, Item::Noun(*k));
                }
            }
        }
    }

    /// With the tagger's reading: whether the word at `i` is a military rank that is also a
    /// common adjective ("major", "general"), written in lower case before a noun or an
    /// adjective — "a major drug trafficker", "a general strike" —, no officer.
    fn rank_as_adjective(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        !self.tags.is_empty()
            && !t.capitalized
            && matches!(t.norm.as_str(), "MAJOR" | "GENERAL")
            && self
                .tags
                .get(i + 1)
                .is_some_and(|n| n.is_noun() || n.is_adjective())
    }

    /// With the tagger's reading: whether the word at `i` is a lower-case "opposition" owned
    /// by someone and followed by "to" ("dropped their opposition to the scheme", "Germany's
    /// opposition to the plan"): a stance, no opposition party.
    fn stance_noun(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        // (Nor is a neighbour named right after: "Norway's neighbour Britain".)
        let named_neighbour = matches!(t.norm.as_str(), "NEIGHBOUR" | "NEIGHBOR")
            && self.tokens.get(i + 1).is_some_and(|n| n.capitalized);
        named_neighbour
            || (!self.tags.is_empty()
                && !t.capitalized
                && t.norm == "OPPOSITION"
                && i > 0
                && self.tokens.get(i + 1).is_some_and(|n| n.norm == "TO")
                && (self.tags.get(i - 1) == Some(&dyad_pos::Tag::PRPS)
                    || self.tokens[i - 1].possessive))
    }

    /// With the tagger's reading: whether the word at `i` is "press" or "media" in lower
    /// case before a common noun it modifies ("at a press briefing", "media coverage"): no
    /// one who acts.
    fn noun_modifier(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        !self.tags.is_empty()
            && !t.capitalized
            && matches!(t.norm.as_str(), "PRESS" | "MEDIA")
            && i > 0
            && matches!(
                self.tags.get(i - 1),
                Some(dyad_pos::Tag::DT | dyad_pos::Tag::JJ | dyad_pos::Tag::PRPS)
            )
            && matches!(
                self.tags.get(i + 1),
                Some(dyad_pos::Tag::NN | dyad_pos::Tag::VBG)
            )
    }

    /// Whether the word at `i` is written as a common word, which no one-word name matches
    /// (outside TABARI's reading). A short name stands only as written: "us" is not the US,
    /// "Kim Jong Un" holds no UN (one word of at most three letters, none lower-case for two
    /// letters). Nor does a one-word name written in lower case: "youth" is the common word,
    /// not the armed group YOUTH (news writes names with a capital).
    fn written_as_common_word(&self, i: usize) -> bool {
        let written = self.tokens[i].span.slice(self.text);
        let letters = written.chars().filter(|c| c.is_alphabetic()).count();
        let short_miss = !self.config.tabari_rules
            && letters <= 3
            && (written.chars().all(|c| !c.is_uppercase())
                || (letters <= 2 && written.chars().any(|c| c.is_lowercase())));
        let common_word = !self.config.tabari_rules
            && self.tokens[i].kind == TokenKind::Word
            && written.chars().next().is_some_and(char::is_lowercase);
        short_miss || common_word
    }

    /// Actors starting at `i` with first word `w`.
    /// `common`: the [`written_as_common_word`](Self::written_as_common_word) at `i`, once
    /// worked out; `reachable`: the [`reachable_bits`] at `i`.
    fn consider_actors(
        &self,
        rec: &Recognized,
        i: usize,
        w: WordId,
        common: &mut Option<bool>,
        reachable: u64,
        b: &mut Best,
    ) {
        let tabari = self.config.tabari_rules;
        // (Most candidates fail for want of their second word: the dictionaries leave out
        // those whose second word is nowhere near, and the rest is checked in the compact
        // shape array before the entry itself is read.)
        let second_words = if tabari { u64::MAX } else { reachable };
        self.d
            .for_each_actor_candidate(w, second_words, |a, shape| {
                if !tabari && shape.len > 1 && !second_word_reachable(rec, self.tokens, i, shape) {
                    return;
                }
                let entry = &self.d.actors[a as usize];
                if shape.len == 1
                    && self.one_word_name_misses(
                        rec,
                        i,
                        entry,
                        *common.get_or_insert_with(|| self.written_as_common_word(i)),
                    )
                {
                    return;
                }
                // A person's name opens with a capital but for a particle ("bin Laden"): "the
                // communique said Musa and Sylla agreed" names no Said Musa (a person: an entry
                // with dated codes).
                if !tabari
                    && entry.phrase.words.len() > 1
                    && self.tokens[i].kind == TokenKind::Word
                    && !self.tokens[i].capitalized
                    && entry.codes.iter().any(|c| c.rule.is_some())
                    && !NAME_PARTICLES.contains(&self.tokens[i].norm.as_str())
                {
                    return;
                }
                if let Some(e) =
                    match_actor_phrase(rec, self.text, self.tokens, &entry.phrase, i, tabari)
                {
                    // Outside TABARI's reading, "Iranian-backed Houthis", "U.S.-backed fighters":
                    // the backer is not the actor (a "Saudi-led coalition" is).
                    if !tabari && self.backer_at(e) {
                        return;
                    }
                    if !tabari && self.names_no_actor(i, e) {
                        return;
                    }
                    consider(b, e, entry.phrase.weight + 3, Item::Actor(a));
                }
            });
    }

    /// Whether the name at `i..e` only names a thing after its country: a body of water
    /// ("in the Gulf of Mexico", "the Sea of Japan") or a currency ("a 40 mln New Zealand dlr
    /// issue", "the Canadian dollar rose"; not a possessor: "Mexico's peso").
    fn names_no_actor(&self, i: usize, e: usize) -> bool {
        let tokens = self.tokens;
        let water = i >= 2
            && tokens[i - 1].norm == "OF"
            && tokens[i - 2].capitalized
            && matches!(
                tokens[i - 2].norm.as_str(),
                "GULF" | "SEA" | "BAY" | "STRAIT" | "STRAITS"
            );
        let currency = !tokens[e - 1].possessive
            && tokens.get(e).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "DLR"
                        | "DLRS"
                        | "DOLLAR"
                        | "DOLLARS"
                        | "FRANC"
                        | "FRANCS"
                        | "PESO"
                        | "PESOS"
                        | "RUPEE"
                        | "RUPEES"
                        | "YEN"
                        | "YUAN"
                        | "RENMINBI"
                        | "ROUBLE"
                        | "ROUBLES"
                        | "RUBLE"
                        | "RUBLES"
                        | "DINAR"
                        | "DINARS"
                        | "RIYAL"
                        | "RIYALS"
                        | "RAND"
                        | "LIRA"
                        | "KRONA"
                        | "KRONE"
                        | "KRONER"
                        | "SHILLING"
                        | "SHILLINGS"
                        | "STERLING"
                )
            });
        water || currency
    }

    /// Whether a one-word name at `i` is not the actor `entry`: written as a common word
    /// (`written_as_common_word`), or, outside TABARI's reading, after a region word the
    /// dictionaries do not join to it ("Central American", "Latin American" gangs are no
    /// Americans), or, but in a headline, the first name of someone else
    /// (`part_of_other_name`).
    fn one_word_name_misses(
        &self,
        rec: &Recognized,
        i: usize,
        entry: &dyad_dict::ActorEntry,
        common: bool,
    ) -> bool {
        if common {
            return true;
        }
        let tokens = self.tokens;
        if !self.config.tabari_rules
            && i > 0
            && tokens[i - 1].capitalized
            && matches!(
                tokens[i - 1].norm.as_str(),
                "CENTRAL"
                    | "LATIN"
                    | "SOUTH"
                    | "NORTH"
                    | "EAST"
                    | "WEST"
                    | "SOUTHEAST"
                    | "SOUTHWEST"
                    | "NORTHEAST"
                    | "NORTHWEST"
                    | "SUB-SAHARAN"
            )
            && rec.mark_of[i - 1].is_none()
        {
            return true;
        }
        // A language, not a people: "broadcast in Spanish as well as …", "said in Arabic".
        if !self.config.tabari_rules && !self.tags.is_empty() && self.language_at(i) {
            return true;
        }
        !self.config.tabari_rules
            && !self.headline
            && part_of_other_name(self.d, rec, tokens, i, entry)
    }

    /// With the tagger's reading: whether the word at `i` names a language — a language
    /// name after "in", "into" or a verb of speaking or translating ("in Spanish", "spoke
    /// French"), or after "and"/"or" joining it to one ("in Arabic and English"), and not
    /// before a noun ("in Russian hands", "in French custody").
    fn language_at(&self, i: usize) -> bool {
        let tokens = self.tokens;
        let language = |k: usize| LANGUAGES.contains(&tokens[k].norm.as_str());
        let opener = |k: usize| {
            matches!(
                tokens[k].norm.as_str(),
                "IN" | "INTO"
                    | "SPEAK"
                    | "SPEAKS"
                    | "SPOKE"
                    | "SPEAKING"
                    | "SPOKEN"
                    | "TRANSLATED"
                    | "LEARN"
                    | "LEARNING"
            )
        };
        let introduced = i > 0
            && (opener(i - 1)
                || (i > 2
                    && matches!(tokens[i - 1].norm.as_str(), "AND" | "OR")
                    && language(i - 2)
                    && opener(i - 3)));
        language(i)
            && introduced
            && !self
                .tags
                .get(i + 1)
                .is_some_and(|t| t.is_noun() || t.is_adjective())
    }

    /// Whether token `e` is a participle of backing hyphenated to the word before it
    /// ("Iranian-backed", "U.S.-backed") or a word that makes a modifier of the name ("the
    /// Iran-contra affair", "Russian-made missiles").
    fn backer_at(&self, e: usize) -> bool {
        let tokens = self.tokens;
        // (After a name ending in a full stop the hyphen is a token of its own: "U.S.-backed".)
        let glued_dash = tokens.get(e).is_some_and(|d| {
            d.kind == TokenKind::Dash
                && e > 0
                && tokens[e - 1].span.end == d.span.start
                && tokens
                    .get(e + 1)
                    .is_some_and(|n| n.span.start == d.span.end)
        });
        let p = if glued_dash { e + 1 } else { e };
        tokens.get(p).is_some_and(|t| {
            t.span.start > 0
                && self.text.as_bytes().get(t.span.start as usize - 1) == Some(&b'-')
                && (glued_dash || tokens[e - 1].span.end + 1 == t.span.start)
                && (matches!(
                    t.norm.as_str(),
                    "BACKED"
                        | "SUPPORTED"
                        | "SPONSORED"
                        | "ALLIED"
                        | "ALIGNED"
                        | "FUNDED"
                        | "TRAINED"
                        | "ARMED"
                        | "INSPIRED"
                        | "BROKERED"
                        | "AFFILIATED"
                        | "LINKED"
                        | "FRIENDLY"
                ) || (t.norm == "FLAGGED"
                    // (a flag before the owner's name: "a U.S.-flagged Kuwaiti tanker")
                    && tokens.get(p + 1).is_some_and(|n| n.capitalized))
                    // (a holder before the held place's name: "in Syrian-controlled eastern
                    // Lebanon", "the Israeli-occupied West Bank"; not before a common noun,
                    // "Syrian-held territory")
                    || (matches!(
                        t.norm.as_str(),
                        "OCCUPIED" | "CONTROLLED" | "HELD" | "ADMINISTERED" | "ANNEXED"
                    ) && tokens[p + 1..]
                        .iter()
                        .find(|n| {
                            !matches!(
                                n.norm.as_str(),
                                "EASTERN"
                                    | "WESTERN"
                                    | "NORTHERN"
                                    | "SOUTHERN"
                                    | "CENTRAL"
                                    | "NORTHEASTERN"
                                    | "NORTHWESTERN"
                                    | "SOUTHEASTERN"
                                    | "SOUTHWESTERN"
                            )
                        })
                        .is_some_and(|n| n.capitalized && n.kind == TokenKind::Word))
                    // (A word that makes a modifier of the name — "the Iran-contra affair",
                    // "Russian-made missiles", "Iraq-related sanctions" — unlike one whose
                    // actor acts: "a Japanese-drafted resolution", "a Saudi-led coalition".)
                    || (!t.capitalized
                        && matches!(
                            t.norm.as_str(),
                            "CONTRA"
                                | "MADE"
                                | "BUILT"
                                | "MANUFACTURED"
                                | "PRODUCED"
                                | "DESIGNED"
                                | "STYLE"
                                | "TYPE"
                                | "RELATED"
                                | "BOUND"
                                | "CENTRIC"
                                | "FOCUSED"
                                | "SPECIFIC"
                                | "WIDE"
                        )))
        })
    }

    /// How the word at `i` reads for the verbs: not after a determiner, not capitalised
    /// mid-sentence (TABARI's noun shift), not where the tagger reads no verb
    /// (`tagged_no_verb`), not in "according to".
    fn verb_reading(&self, i: usize, verbal: bool) -> VerbReading {
        let tokens = self.tokens;
        let t = &tokens[i];
        let attributive = is_attributive(tokens, self.tags, i);
        if !verbal {
            // (No verb form starts here: the rest only decides how a verb form reads.)
            return VerbReading {
                noun: false,
                cap_shift: false,
                attribution: false,
                attributive,
            };
        }
        // TABARI shifts a verb to a noun after THE, A, AN only ("its voice" stays a verb).
        let after_det = i > 0
            && if self.config.tabari_rules {
                matches!(tokens[i - 1].norm.as_str(), "THE" | "A" | "AN")
            } else {
                (DETERMINERS.contains(&tokens[i - 1].norm.as_str())
                    // (not a floating quantifier, an adverb of the verb phrase: "were each
                    // released by police")
                    && self.tags.get(i - 1) != Some(&dyad_pos::Tag::RB))
                    // (an opening quotation mark may come between: 'with the "support" of')
                    || (i > 1
                        && tokens[i - 1].kind == TokenKind::Quote
                        && DETERMINERS.contains(&tokens[i - 2].norm.as_str()))
            };
        // "Estonia donate's cash": a possessive is a noun (TABARI's noun endings).
        let cap_shift =
            (t.capitalized && i > 0 && !self.headline && tokens[i - 1].kind != TokenKind::Quote)
                || t.possessive;
        let pos_noun =
            verbal && (self.tagged_no_verb(i, attributive) || self.headline_participle(i));
        // "according to X" attributes a report; it is no verb ACCORD (outside TABARI's
        // reading). (Nor is "thanks to X" a verb THANK: "received food thanks to Islamic
        // Relief".)
        // (Nor is "as opposed to" a verb OPPOSE: a contrast.)
        let attribution = self.config.pos_filter
            && tokens.get(i + 1).is_some_and(|n| n.norm == "TO")
            && (matches!(t.norm.as_str(), "ACCORDING" | "THANKS")
                || (t.norm == "OPPOSED" && i > 0 && tokens[i - 1].norm == "AS"));
        // ("Clashes between Israeli troops and protesters left three dead", "Fighting broke
        // out between …": a mutual act's noun opening the sentence, before its "between".)
        let mutual_noun = !self.config.tabari_rules
            && i == 0
            && crate::clauses::nominal::MUTUAL_NOUNS.contains(&t.norm.as_str())
            && tokens.get(i + 1).is_some_and(|n| {
                n.norm == "BETWEEN"
                    || crate::clauses::nominal::OUTBREAK_WORDS.contains(&n.norm.as_str())
            });
        VerbReading {
            noun: after_det || pos_noun || mutual_noun,
            cap_shift,
            attribution,
            attributive,
        }
    }

    /// A title-case headline's participle right after its noun, with no object after it
    /// ("Mexico Journalist Killed While Reporting", "23 Journalists Murdered Since 2007",
    /// "Brokerage Firm Accused of Laundering"): a passive with no one who acted, no verb.
    fn headline_participle(&self, i: usize) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, self.tags);
        self.headline
            && i > 0
            && matches!(tags.get(i), Some(T::VBD | T::VBN))
            // (a foreign name's word too: "Guatemala Fugitive La Patrona Recaptured in El
            // Salvador")
            && tags.get(i - 1).is_some_and(|t| t.is_noun() || *t == T::FW)
            && tokens.get(i + 1).is_none_or(|n| {
                n.kind != TokenKind::Word
                    || tags
                        .get(i + 1)
                        .is_some_and(|t| matches!(t, T::IN | T::TO | T::CC))
            })
    }

    /// The tagger's reading: a word tagged as a noun, adjective or determiner is not a verb.
    /// Nouns only count as such inside a noun phrase (after a determiner, adjective,
    /// possessive, number, preposition or another noun), where the tagger is reliable. Nor is
    /// a participle hyphenated to a name, a word after a possessive, an adjective before a
    /// noun, an attributive or predicate adjective, or a modal before its verb.
    fn tagged_no_verb(&self, i: usize, attributive: bool) -> bool {
        use dyad_pos::Tag as T;
        let tags = self.tags;
        // (A noun right after a verb is its object: "denied charges of fraud"; so after its
        // particle: "lay down arms"; and a noun after "when", "where" opens its clause's
        // subject: "when finance ministers hold a meeting".)
        let np_tag = |p: &T| {
            p.is_noun()
                || p.is_adjective()
                || p.is_verb()
                || matches!(
                    p,
                    T::DT | T::PRPS | T::CD | T::POS | T::IN | T::TO | T::RP | T::WRB
                )
        };
        let np_context = i > 0
            && (tags.get(i - 1).is_some_and(np_tag)
                // (past a quotation mark: 'received 80 percent "support" from')
                || (i > 1
                    && self.tokens[i - 1].kind == TokenKind::Quote
                    && tags.get(i - 2).is_some_and(np_tag)));
        // (A noun after AND after a common noun is the second of two nouns: "police stations
        // and jails", "exploitation and abuse", "drug and arms trafficking".)
        let np_context = np_context
            || (i > 1
                && self.tokens[i - 1].norm == "AND"
                && matches!(tags.get(i - 2), Some(T::NN | T::NNS)))
            // (and the last of a comma list of plural nouns: "accidents, sightings, and
            // arrests")
            || (i > 2
                && tags.get(i) == Some(&T::NNS)
                && matches!(self.tokens[i - 1].norm.as_str(), "AND" | "OR")
                && self.tokens[i - 2].kind == TokenKind::Comma
                && tags.get(i - 3) == Some(&T::NNS))
            // (A noun modifier after an adverb-read modifier: "Japan's overseas telephone
            // business".)
            || (i > 1
                && tags.get(i - 1) == Some(&T::RB)
                && self.tokens[i - 2].possessive
                && matches!(tags.get(i + 1), Some(T::NN | T::NNS)));
        // (A plural noun between a comma after a plural noun and the list's next comma or
        // "and" is in the list: "such sectors as utilities, telephones and industrials".)
        let np_context = np_context
            || (i > 1
                && tags.get(i) == Some(&T::NNS)
                && self.tokens[i - 1].kind == TokenKind::Comma
                && tags.get(i - 2) == Some(&T::NNS)
                && self.tokens.get(i + 1).is_some_and(|n| {
                    n.kind == TokenKind::Comma || matches!(n.norm.as_str(), "AND" | "OR")
                }));
        // (So is a gerund there with no object of its own: "extortion and kidnapping", not
        // "killing six workers and burning two buses".)
        // (Or inside a comma list of nouns: "earnings from extortion, kidnapping, and
        // contract killings".)
        let listed = |k: usize| {
            self.tokens[k].kind == TokenKind::Comma
                && self.tokens.get(i + 1).is_some_and(|n| {
                    n.kind == TokenKind::Comma || matches!(n.norm.as_str(), "AND" | "OR")
                })
        };
        let noun_gerund = i > 1
            && tags.get(i) == Some(&T::VBG)
            && (matches!(self.tokens[i - 1].norm.as_str(), "AND" | "OR") || listed(i - 1))
            && matches!(tags.get(i - 2), Some(T::NN | T::NNS))
            && !tags.get(i + 1).is_some_and(|n| {
                n.is_noun() || n.is_adjective() || matches!(n, T::DT | T::CD | T::PRPS | T::PRP)
            });
        let hyphen_adjective = is_hyphen_adjective(self.text, self.tokens, tags, i);
        // A modal before its verb ("should have acted") is an auxiliary, not the verb.
        let auxiliary = tags.get(i) == Some(&T::MD)
            && (i + 1..(i + 4).min(tags.len())).any(|k| tags[k].is_verb());
        let predicate_adjective = is_predicate_adjective(self.tokens, tags, i)
            || is_epistemic_adjective(self.tokens, tags, i)
            || is_judging_ing(self.tokens, i);
        let possessed = self.config.pos_filter && is_possessed(self.tokens, i);
        // (A participle after "the" and a superlative is an adjective: "are the second worst
        // paid in the world", "the most wanted", "the least developed"; a plural noun after a
        // determiner's graded quantity is no verb: "suffered the most attacks".)
        let graded = || {
            i > 1
                && match tags.get(i) {
                    // (A participle or adjective joined to an adjective a degree word grades:
                    // "Mexico's most powerful and feared cartels".)
                    Some(T::VBN | T::VBD | T::JJ)
                        if i > 3
                            && matches!(self.tokens[i - 1].norm.as_str(), "AND" | "OR")
                            && tags.get(i - 2) == Some(&T::JJ)
                            && matches!(
                                self.tokens[i - 3].norm.as_str(),
                                "MOST" | "LEAST" | "MORE" | "LESS" | "VERY"
                            ) =>
                    {
                        true
                    }
                    Some(T::VBN | T::VBD) => {
                        (matches!(tags.get(i - 1), Some(T::JJS | T::RBS))
                            || matches!(
                                self.tokens[i - 1].norm.as_str(),
                                "MOST" | "LEAST" | "BEST" | "WORST"
                            ))
                            && (i.saturating_sub(4)..i - 1).any(|j| self.tokens[j].norm == "THE")
                    }
                    // (An adjective a degree word grades: "are the most corrupt in Brazil",
                    // "more secure", not the verb CORRUPT or SECURE.)
                    Some(T::JJ) => matches!(
                        self.tokens[i - 1].norm.as_str(),
                        "MOST" | "LEAST" | "MORE" | "LESS" | "VERY" | "TOO" | "SO"
                    ),
                    Some(T::NNS) => {
                        tags.get(i - 1) == Some(&T::RB)
                            && matches!(
                                self.tokens[i - 1].norm.as_str(),
                                "MOST" | "MORE" | "FEWER" | "LESS"
                            )
                            && tags.get(i - 2) == Some(&T::DT)
                    }
                    _ => false,
                }
        };
        // (A word glued by a hyphen to the next modifies it: "largely export-led growth";
        // a gerund after a determiner's noun, closing its phrase, is a compound's head: "at a
        // news briefing here" — not "a letter calling for", "the government cracking down".)
        let compound = || {
            // (A participle after a number a list opens is a passive whose verb is gapped:
            // "six miners were killed and two injured".)
            if i > 1
                && tags.get(i) == Some(&T::VBN)
                && tags.get(i - 1) == Some(&T::CD)
                && (matches!(self.tokens[i - 2].norm.as_str(), "AND" | "OR")
                    || self.tokens[i - 2].kind == TokenKind::Comma)
            {
                return true;
            }
            let t = &self.tokens[i];
            let glued = self.tokens.get(i + 1).is_some_and(|n| {
                n.span.start == t.span.end + 1
                    && self.text.as_bytes().get(t.span.end as usize) == Some(&b'-')
            });
            glued
                || (i > 1
                    && tags.get(i) == Some(&T::VBG)
                    && tags.get(i - 1) == Some(&T::NN)
                    && matches!(tags.get(i - 2), Some(T::DT | T::PRPS))
                    && self.tokens.get(i + 1).is_none_or(|n| {
                        n.kind != TokenKind::Word
                            || matches!(
                                n.norm.as_str(),
                                "HERE" | "THERE" | "TODAY" | "YESTERDAY" | "TONIGHT"
                            )
                    }))
        };
        // ("both striking employees": those on strike)
        let striking = on_strike(self.tokens, i);
        // (A word glued to a slash is one of a pair of nouns: "supply/demand data",
        // "lease/purchase of armored vehicles".)
        let slashed = {
            let t = &self.tokens[i];
            let bytes = self.text.as_bytes();
            (t.span.start > 0 && bytes.get(t.span.start as usize - 1) == Some(&b'/'))
                || bytes.get(t.span.end as usize) == Some(&b'/')
        };
        hyphen_adjective
            || striking
            || slashed
            || is_fixed_adjective(self.tokens, tags, i)
            || possessed
            || noun_gerund
            || is_plain_adjective(self.tokens, tags, i)
            || attributive
            || is_participle_modifying_object(self.tokens, tags, i)
            || predicate_adjective
            || auxiliary
            || tags.get(i).is_some_and(|g| {
                (g.is_noun() && np_context)
                    // (an -ing word read as an adjective right after a noun modifies it:
                    // "the international attention surrounding moves towards drug reform",
                    // "uncertainty surrounding oil revenues")
                    || (*g == T::JJ
                        && i > 0
                        && self.tokens[i].norm.ends_with("ING")
                        && !self.tokens[i].capitalized
                        && matches!(tags.get(i - 1), Some(T::NN | T::NNS)))
                    // (a noun right before a modal is its subject: "…, Kuwait and Qatar,
                    // demand should exceed supply")
                    || (g.is_noun() && tags.get(i + 1) == Some(&T::MD))
                    // (and a plural noun right before a verb of saying or believing: "brokers
                    // say the charterer …", "reports said")
                    || (*g == T::NNS
                        && matches!(tags.get(i + 1), Some(T::VBP | T::VBD))
                        && self.tokens.get(i + 1).is_some_and(|n| {
                            matches!(
                                n.norm.as_str(),
                                "SAY" | "SAID" | "TOLD" | "BELIEVE" | "BELIEVED" | "EXPECT"
                                    | "EXPECTED" | "ESTIMATE" | "ESTIMATED" | "NOTED" | "ADDED"
                                    | "REPORTED" | "CLAIM" | "CLAIMED" | "SUGGEST" | "SUGGESTED"
                            )
                        }))
                    // (so is a common noun right before a finite "be" or "have", and one
                    // before "of" names what it is of: "exports were worth", "the miners
                    // strike was part of", "purchases of U.S. corn"; not in a title-case
                    // headline, whose verbs the tagger may read as nouns)
                    || (matches!(g, T::NN | T::NNS)
                        && !self.tokens[i].capitalized
                        && self.tokens.get(i + 1).is_some_and(|n| {
                            matches!(n.norm.as_str(), "IS" | "ARE" | "WAS" | "WERE" | "HAS" | "HAVE")
                                // (not a verb that takes "of", which the tagger may read as a
                                // noun: "governors … complain of", "opponents … warn of")
                                || (n.norm == "OF"
                                    && !OF_VERBS
                                        .iter()
                                        .any(|v| self.tokens[i].norm.starts_with(v)))
                        }))
                    || g.is_adverb()
                    || matches!(g, T::DT | T::IN | T::CD | T::JJR | T::JJS)
            })
            || graded()
            || compound()
            // (a participle an adverb of degree grades, read as an adjective: "extremely
            // challenging")
            || (i > 0
                && tags.get(i) == Some(&T::JJ)
                && self.tokens[i].norm.ends_with("ING")
                && degree_adverb(&self.tokens[i - 1].norm))
    }

    /// Verb forms starting at `i`; `noun` when the word there reads as a noun, which blocks a
    /// one-word verb (and a multi-word verb opening with its verb word).
    fn consider_verbs(&self, rec: &Recognized, i: usize, noun: bool, best: &mut Best) {
        for &w in rec.words(i) {
            for &v in self.d.candidates(Index::Verbs, w) {
                let form = &self.d.verbs[v as usize];
                let blocked = if form.words.len() > 1 && form.head > 0 {
                    !self.head_is_verb(i + form.head)
                } else {
                    noun
                };
                if blocked {
                    continue;
                }
                if let Some(end) = match_verb_form(rec, self.tokens, form, i) {
                    let weight: u32 = form.words.len() as u32;
                    consider(best, end, weight, Item::Verb(v));
                }
            }
        }
    }

    /// A multi-word verb ("wire tapped", "carried out") is judged by its verb word, at `k`.
    fn head_is_verb(&self, k: usize) -> bool {
        use dyad_pos::Tag as T;
        let tags = self.tags;
        let np = k > 0
            && tags.get(k - 1).is_some_and(|p| {
                p.is_noun()
                    || p.is_adjective()
                    || matches!(p, T::DT | T::PRPS | T::CD | T::POS | T::IN | T::TO)
            });
        !tags
            .get(k)
            .is_some_and(|g| (g.is_noun() && np) || matches!(g, T::DT | T::IN | T::CD))
    }

    /// A one-word verb form among the words at `i`, which reads as a noun there ("a meeting
    /// with", "talks with"): the verb of a nominal event.
    fn nominal_verb(&self, rec: &Recognized, i: usize) -> Option<u32> {
        rec.words(i)
            .iter()
            .flat_map(|&w| self.d.candidates(Index::Verbs, w))
            .find(|&&v| self.d.verbs[v as usize].words.len() == 1)
            .copied()
    }
}

/// "Russia-backed rebels", "US-led coalition": a participle at `i` hyphenated to a name is an
/// adjective.
fn is_hyphen_adjective(text: &str, tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    use dyad_pos::Tag as T;
    let t = &tokens[i];
    i > 0
        && tags
            .get(i)
            .is_some_and(|g| matches!(g, T::VBN | T::VBD | T::JJ))
        && text.as_bytes().get(t.span.start as usize - 1) == Some(&b'-')
        // (the hyphen glued to the word before: "Russia-backed", "U.N.-backed")
        && t.span.start >= 2
        && tokens[i - 1].span.end as usize + 1 >= t.span.start as usize
        && !text.as_bytes()[t.span.start as usize - 2].is_ascii_whitespace()
}

/// "allied fighters", "by armed men", "the army and allied militias": a participle or
/// adjective at `i` before a common noun, after a preposition, possessive, adjective or a
/// noun and AND, modifies the noun.
fn is_attributive(tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    use dyad_pos::Tag as T;
    // (Only a participle, a past form or an adjective modifies a noun so.)
    if !matches!(tags.get(i), Some(T::VBN | T::VBD | T::VBG | T::JJ)) {
        return false;
    }
    // (After a possessive no verb can stand: "the Kingdom's continued support".)
    let after_possessive = i > 0 && tokens[i - 1].possessive;
    // (A gerund only after a determiner, adjective or possessive: "the nuclear monitoring
    // agency", "the ruling party" — not "for monitoring elections".)
    let gerund_modifier = i > 0
        && tags.get(i) == Some(&T::VBG)
        && matches!(tags[i - 1], T::DT | T::JJ | T::PRPS | T::POS);
    // (A superlative or comparative adverb makes an adjective of a past form: "Mexico's most
    // feared crime group", "the least developed countries".)
    let graded = i > 0
        && matches!(
            tokens[i - 1].norm.as_str(),
            "MOST" | "LEAST" | "MORE" | "LESS"
        )
        && tags.get(i).is_some_and(|g| matches!(g, T::VBD | T::VBN));
    // (So does "to" before a past form, which no infinitive has: "due to increased US border
    // security", "led to heightened tensions".)
    let after_to = i > 0
        && tags.get(i - 1) == Some(&T::TO)
        && (tags.get(i).is_some_and(|g| matches!(g, T::VBD | T::VBN))
            || (tags.get(i) == Some(&T::JJ) && tokens[i].norm.ends_with("ED")));
    let graded = graded || after_to;
    let adverb_opened = is_adverb_opened(tokens, tags, i);
    // (A past form after a year or a number between a determiner and the participle: "its
    // 1986 proposed settlement".)
    let numbered = i > 1
        && tags.get(i - 1) == Some(&T::CD)
        && matches!(tags.get(i - 2), Some(T::DT | T::PRPS | T::POS));
    // (A gerund after an adverb that opens a noun phrase after a determiner: "an extremely
    // pressing issue"; not ", openly suggesting Washington would …".)
    let modifier = tags.get(i).is_some_and(|g| {
        matches!(g, T::VBN | T::JJ)
            || ((after_possessive || numbered) && matches!(g, T::VBD | T::VBG))
            || (adverb_opened && *g == T::VBG && tags.get(i - 2) == Some(&T::DT))
    }) || gerund_modifier
        || graded;
    modifier
        && tags.get(i + 1).is_some_and(|n| {
            matches!(n, T::NN | T::NNS)
                || (adverb_opened && *n == T::NNP)
                // (or an adjective and the noun of a subject before its verb: "and
                // previously sidelined political parties began to gain power")
                || (adverb_opened
                    && *n == T::JJ
                    && matches!(tags.get(i + 2), Some(T::NN | T::NNS))
                    && matches!(tags.get(i + 3), Some(T::VBD | T::VBZ | T::VBP | T::MD)))
                || (graded && matches!(n, T::JJ | T::VBN))
                || (after_to && matches!(n, T::NNP | T::NNPS))
        })
        && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
        && i > 0
        && match tags[i - 1] {
            _ if after_possessive || gerund_modifier || graded => true,
            // (a quotation mark opening the noun phrase: 'declared an "armed strike"')
            _ if tokens[i - 1].kind == TokenKind::Quote => {
                let q = (0..i - 1)
                    .rev()
                    .find(|&k| tokens[k].kind != TokenKind::Quote);
                q.is_some_and(|q| matches!(tags[q], T::DT | T::JJ | T::PRPS | T::POS))
            }
            // (a dash or bracket opening the noun phrase: '"collection offices" -- armed
            // wings of trafficking organizations')
            _ if matches!(tokens[i - 1].kind, TokenKind::Dash | TokenKind::Open)
                && tags.get(i) == Some(&T::VBN) =>
            {
                true
            }
            // (a particle the tagger took for "on": "reporting on stolen fuel")
            T::IN | T::RP | T::PRPS | T::POS | T::JJ | T::JJR | T::CD => true,
            T::RB => adverb_opened,
            // (Only in a subject, before any finite verb: "fired across the line and
            // violated agreements" keeps its verb.)
            T::CC => {
                i > 1
                    && (tags[i - 2].is_noun() || tags[i - 2].is_adjective())
                    && !tags[..i].iter().any(|t| t.is_verb() || *t == T::MD)
            }
            _ => false,
        }
}

/// "the internationally recognised Government of National Accord": the word at `i` follows
/// an adverb in -ly (or "well", "long", "hard": "a well beaten path") that opens a noun phrase — after a determiner, a comma, a preposition or
/// "and", not after an auxiliary: "has strongly condemned NATO".
fn is_adverb_opened(tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    use dyad_pos::Tag as T;
    i > 1
        && tags.len() > i
        && (tags[i - 1] == T::RB || tokens[i - 1].norm == "WELL")
        // ("a well beaten path", "a long awaited decision")
        && (tokens[i - 1].norm.ends_with("LY")
            || matches!(tokens[i - 1].norm.as_str(), "WELL" | "LONG" | "HARD" | "NEWLY"))
        && (matches!(tags[i - 2], T::DT | T::IN | T::CC | T::PRPS | T::POS)
            || tokens[i - 2].norm == ",")
}

/// "alleged drug traffickers", "charged alleged members of the cartel", "the accused men": a
/// word of suspicion at `i` before the noun it qualifies, where no subject stands before it
/// (at the start, or after a determiner, preposition, conjunction, possessive or a verb that
/// is no auxiliary; not "the US alleged that", "has accused Iran of").
fn is_epistemic_adjective(tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    use dyad_pos::Tag as T;
    let word = tokens[i].norm.as_str();
    if !matches!(
        word,
        "ALLEGED" | "SUSPECTED" | "ACCUSED" | "PURPORTED" | "REPUTED" | "SUPPOSED"
    ) {
        return false;
    }
    let next_ok = tags.get(i + 1).is_some_and(|n| {
        matches!(n, T::NN | T::NNS | T::JJ) || (word != "ACCUSED" && matches!(n, T::NNP | T::NNPS))
    }) && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word);
    let Some(&prev) = i.checked_sub(1).map_or(Some(&T::DT), |k| tags.get(k)) else {
        return false;
    };
    let prev_ok = i == 0
        || (matches!(
            prev,
            T::DT | T::IN | T::CC | T::TO | T::PRPS | T::POS | T::CD | T::JJ
        ) || (prev.is_verb()
            && !matches!(
                tokens[i - 1].norm.as_str(),
                "HAS"
                    | "HAVE"
                    | "HAD"
                    | "IS"
                    | "ARE"
                    | "WAS"
                    | "WERE"
                    | "BE"
                    | "BEEN"
                    | "BEING"
                    | "'S"
            )))
        // (A title-case headline: "Colombia Busts Alleged FARC Arms Dealer", whatever the
        // tagger made of the word before.)
        || (tokens[i].capitalized
            && tokens[i - 1].capitalized
            && tokens.get(i + 1).is_some_and(|n| n.capitalized));
    next_ok && prev_ok
}

/// "must be ready to mediate": after a form of "be" a verb is a participle; an adjective at
/// `i` there that is no participle ("ready", "open", "clear") is no verb.
fn is_predicate_adjective(tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    use dyad_pos::Tag as T;
    let t = &tokens[i];
    tags.get(i) == Some(&T::JJ)
        && !t.norm.ends_with("ED")
        && !t.norm.ends_with("ING")
        && (i.saturating_sub(2)..i)
            .rev()
            .find(|&k| tags[k] != T::RB)
            .is_some_and(|k| {
                matches!(
                    tokens[k].norm.as_str(),
                    "BE" | "IS" | "ARE" | "WAS" | "WERE" | "BEEN" | "BEING" | "'S" | "'RE"
                    // (and the other copulas: "the banking system remains sound")
                    | "REMAIN" | "REMAINS" | "REMAINED" | "SEEM" | "SEEMS" | "SEEMED"
                    | "APPEAR" | "APPEARS" | "APPEARED" | "BECOME" | "BECOMES" | "BECAME"
                    | "STAY" | "STAYS" | "STAYED"
                )
            })
}

/// "the growth of the traffic is striking.": an -ing word that judges ("striking",
/// "alarming", "worrying", "encouraging") after a form of "be", with no object after it — the
/// end of the clause, "that", "for", "because" —, is an adjective.
fn is_judging_ing(tokens: &[Token], i: usize) -> bool {
    const JUDGING: &[&str] = &[
        "STRIKING",
        "ALARMING",
        "DISTURBING",
        "WORRYING",
        "TROUBLING",
        "SHOCKING",
        "SURPRISING",
        "ENCOURAGING",
        "DISAPPOINTING",
        "CONCERNING",
        "INSULTING",
        "HUMILIATING",
        "DEVASTATING",
        "ASTONISHING",
        "FRIGHTENING",
        "CONVINCING",
        "REASSURING",
        "MISLEADING",
        "DAMNING",
        "THREATENING",
        "PROMISING",
    ];
    tokens[i].norm.ends_with("ING")
        && JUDGING.contains(&tokens[i].norm.as_str())
        && (i.saturating_sub(3)..i)
            .rev()
            .find(|&k| {
                !(tokens[k].norm.ends_with("LY")
                    || matches!(
                        tokens[k].norm.as_str(),
                        "VERY" | "MOST" | "MORE" | "SO" | "QUITE" | "NOT" | "ALSO" | "EVEN"
                    ))
            })
            .is_some_and(|k| {
                matches!(
                    tokens[k].norm.as_str(),
                    "BE" | "IS" | "ARE" | "WAS" | "WERE" | "BEEN" | "BEING" | "'S" | "'RE"
                )
            })
        && tokens.get(i + 1).is_none_or(|n| {
            !matches!(n.kind, TokenKind::Word | TokenKind::Number)
                || matches!(n.norm.as_str(), "THAT" | "FOR" | "BECAUSE" | "AND" | "BUT")
        })
}

/// Whether the word at `i` is an adjective that is no participle before a common noun or
/// another adjective ("corrupt customs officials", "notoriously corrupt civil police"): the
/// tagger's JJ there is reliable.
fn is_plain_adjective(tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    use dyad_pos::Tag as T;
    let norm = tokens[i].norm.as_str();
    tags.get(i) == Some(&T::JJ)
        && !(norm.ends_with("ED") || norm.ends_with("EN") || norm.ends_with("ING"))
        && matches!(tags.get(i + 1), Some(T::NN | T::NNS | T::JJ))
        && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
        // ("Yemen let free activists", "set free": the verb's complement.)
        && !(i > 0 && matches!(tokens[i - 1].norm.as_str(), "LET" | "LETS" | "SET" | "SETS"))
}

/// Whether the word at `i` follows a possessive ("China's exports", "the Government's plans
/// to", "Parliament's lead negotiator"), where no verb stands; "it's", "that's", "let's" are no
/// possessives.
fn is_possessed(tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens[i - 1].possessive
        && !matches!(
            tokens[i - 1].norm.as_str(),
            "IT" | "HE"
                | "SHE"
                | "THAT"
                | "WHAT"
                | "THERE"
                | "HERE"
                | "WHO"
                | "WHERE"
                | "HOW"
                | "LET"
                | "ONE"
                | "EVERYONE"
                | "SOMEONE"
                | "NOBODY"
        )
}

/// Matches verb form `form` at `i`; returns the end. Words of a TABARI multi-word verb
/// written with blanks may have a few words between them ("DEATH TOLL RISEN": "death toll
/// has risen").
fn match_verb_form(
    rec: &Recognized,
    tokens: &[Token],
    form: &dyad_dict::VerbForm,
    i: usize,
) -> Option<usize> {
    let mut j = i;
    for (n, pw) in form.words.iter().enumerate() {
        let reach = if n == 0 || pw.consecutive { 1 } else { 3 };
        let k = (j..(j + reach).min(tokens.len()))
            .take_while(|&k| k == j || tokens[k - 1].kind == TokenKind::Word)
            .find(|&k| rec.has(k, pw.id))?;
        j = k + 1;
    }
    Some(j)
}

/// Marks tokens `i..end` as `item`, and retags a name or an agent in a noun's place as the
/// noun it is (`retag_name`, `retag_agent`).
fn mark(rec: &mut Recognized, tokens: &[Token], i: usize, end: usize, item: Item) {
    let idx = rec.marks.len() as u32;
    rec.marks.push(Mark {
        start: i,
        end,
        item,
    });
    for k in i..end {
        rec.mark_of[k] = Some(idx);
    }
    match item {
        Item::Actor(_) => retag_name(rec, tokens, i, end),
        Item::Agent(_) if i > 0 => retag_agent(rec, tokens, i),
        _ => {}
    }
}

/// A name is a noun: "United" in "the United Nations said" is no verb, so the phrases and
/// subjects read after this see one noun phrase.
fn retag_name(rec: &mut Recognized, tokens: &[Token], i: usize, end: usize) {
    let stop = end.min(rec.tags.len());
    for (tag, t) in rec.tags[i.min(stop)..stop].iter_mut().zip(&tokens[i..]) {
        if tag.is_verb() && t.capitalized {
            *tag = dyad_pos::Tag::NNP;
        }
    }
}

/// So is an agent at `i` in a noun's place ("summoned the Chinese ambassador to complain":
/// no verb "ambassador").
fn retag_agent(rec: &mut Recognized, tokens: &[Token], i: usize) {
    use dyad_pos::Tag as T;
    let noun_place = rec.mark_of[i - 1].is_some()
        || rec
            .tags
            .get(i - 1)
            .is_some_and(|t| matches!(t, T::DT | T::JJ | T::NNP | T::NNPS | T::PRPS | T::CD));
    if let Some(tag) = rec.tags.get_mut(i) {
        if tag.is_verb() && noun_place {
            *tag = if tokens[i].norm.ends_with('S') {
                T::NNS
            } else {
                T::NN
            };
        }
    }
}

/// Discards: the first discard phrase anywhere in the sentence (by its first token), as
/// `file:line: entry` with whether it drops the whole story.
fn find_discard(
    d: &Dictionaries,
    tokens: &[Token],
    config: &crate::CoderConfig,
    rec: &Recognized,
) -> Option<(String, bool)> {
    for i in 0..tokens.len() {
        for &w in rec.words(i) {
            for &k in d.candidates(Index::Discards, w) {
                let (p, story, prov) = &d.discards[k as usize];
                if config.keep_time_discards && is_time_discard(&prov.entry) {
                    continue;
                }
                if match_phrase(rec, tokens, p, i).is_some() {
                    return Some((
                        format!("{}:{}: {}", prov.file, prov.line, prov.entry),
                        *story,
                    ));
                }
            }
        }
    }
    None
}

/// Whether a complex phrase matches anywhere: the sentence is then not coded.
fn has_complex_phrase(d: &Dictionaries, tokens: &[Token], rec: &Recognized) -> bool {
    d.complex_phrases
        .iter()
        .any(|(p, _)| (0..tokens.len()).any(|i| match_phrase(rec, tokens, p, i).is_some()))
}

/// A discard entry that names a time rather than a topic: a bare year (`2010`) or a span
/// of time before or after (`YEARS AGO`, `MONTHS LATER`). PETRARCH's dictionaries use them
/// to drop background; dyad dates each event instead.
fn is_time_discard(entry: &str) -> bool {
    let body = entry.trim_start_matches('+');
    let body = body.split('#').next().unwrap_or("");
    let words: Vec<String> = body
        .split_whitespace()
        .map(str::to_ascii_uppercase)
        .collect();
    match words.as_slice() {
        [y] => y.len() == 4 && y.parse::<u32>().is_ok_and(|y| (1000..=2100).contains(&y)),
        [.., unit, dir] => {
            matches!(
                unit.as_str(),
                "DAYS" | "WEEKS" | "MONTHS" | "YEARS" | "DECADES" | "CENTURIES"
            ) && matches!(dir.as_str(), "AGO" | "LATER" | "EARLIER" | "BEFORE")
        }
        _ => false,
    }
}

/// Whether the one-word person's name at `i` ("Abdullah") is the first name of another
/// person: a capitalised word right after it that is neither a title, an agent nor a month
/// or day ("Abdullah Al Taweel" is not the Saudi king ABDULLAH; "King Abdullah said",
/// "Abdullah's visit" are).
fn part_of_other_name(
    d: &Dictionaries,
    rec: &Recognized,
    tokens: &[Token],
    i: usize,
    entry: &dyad_dict::ActorEntry,
) -> bool {
    // (A person: only role codes, none a bare country — "Iraqi", "Bosnian" are names of
    // countries whatever follows.)
    let person = !entry.codes.is_empty()
        && entry
            .codes
            .iter()
            .all(|c| c.code.len() > 3 || c.code.is_empty());
    // (A place that is also a given name: "Santiago Rene Moncada", "Salvador Allende".)
    let place = !entry.codes.is_empty()
        && entry.codes.iter().all(|c| c.code.len() == 3)
        && GIVEN_NAMES.contains(&tokens[i].norm.as_str());
    if !person && !place {
        return false;
    }
    let name_word = |k: usize| {
        let t = &tokens[k];
        t.kind == TokenKind::Word
            && t.capitalized
            && t.norm.len() > 1
            && !CALENDAR.contains(&t.norm.as_str())
            && !HONORIFICS.contains(&t.norm.trim_end_matches('.'))
            && rec
                .words(k)
                .iter()
                .all(|&w| d.candidates(Index::Agents, w).is_empty())
    };
    // (Not a name before it: "Qamar Bajwa" is the general BAJWA, a given name before a
    // surname.)
    !tokens[i].possessive && i + 1 < tokens.len() && name_word(i + 1)
}

/// Places that are also given names, which a surname after them makes a person's.
const GIVEN_NAMES: &[&str] = &[
    "SANTIAGO",
    "VICTORIA",
    "FLORENCE",
    "LOURDES",
    "SYDNEY",
    "AUSTIN",
    "DALLAS",
    "CHARLOTTE",
    "ADELAIDE",
    "MADISON",
    "TRINIDAD",
    "SOLEDAD",
    "DOLORES",
    "MERCEDES",
    "ROSARIO",
    "CONCEPCION",
    "ASUNCION",
    "CAROLINA",
    "SALVADOR",
    "HOUSTON",
    "ALEXANDRIA",
];

/// Month and day names, capitalised but no part of a name.
pub(crate) const CALENDAR: &[&str] = &[
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
];

/// Titles written before a name.
const HONORIFICS: &[&str] = &[
    "MR",
    "MRS",
    "MS",
    "DR",
    "SIR",
    "DAME",
    "LORD",
    "LADY",
    "SHEIKH",
    "SHAIKH",
    "EMIR",
    "KING",
    "QUEEN",
    "PRINCE",
    "PRINCESS",
    "SULTAN",
    "GEN",
    "GENERAL",
    "COL",
    "COLONEL",
    "MAJ",
    "CAPT",
    "LT",
    "ADM",
    "SEN",
    "REP",
    "GOV",
    "PRESIDENT",
    "MINISTER",
    "AYATOLLAH",
    "IMAM",
    "POPE",
];

/// The token at `k` as written, in lower case.
fn t_lower(tokens: &[Token], text: &str, k: usize) -> String {
    tokens[k].span.slice(text).to_lowercase()
}

/// Names of languages that are also the adjectives of peoples or countries.
const LANGUAGES: &[&str] = &[
    "ARABIC",
    "ENGLISH",
    "FRENCH",
    "SPANISH",
    "PORTUGUESE",
    "RUSSIAN",
    "GERMAN",
    "ITALIAN",
    "CHINESE",
    "MANDARIN",
    "CANTONESE",
    "JAPANESE",
    "KOREAN",
    "TURKISH",
    "PERSIAN",
    "FARSI",
    "HEBREW",
    "DUTCH",
    "GREEK",
    "POLISH",
    "UKRAINIAN",
    "HINDI",
    "URDU",
    "BENGALI",
    "SWAHILI",
    "AMHARIC",
    "KURDISH",
    "PASHTO",
    "DARI",
    "VIETNAMESE",
    "THAI",
    "INDONESIAN",
    "MALAY",
    "SWEDISH",
    "NORWEGIAN",
    "DANISH",
    "FINNISH",
    "HUNGARIAN",
    "CZECH",
    "ROMANIAN",
    "SERBIAN",
    "CROATIAN",
    "ALBANIAN",
    "ARMENIAN",
    "GEORGIAN",
    "TAGALOG",
    "SOMALI",
    "HAUSA",
    "TAMIL",
    "BURMESE",
    "KHMER",
    "LAO",
    "MONGOLIAN",
    "UZBEK",
    "KAZAKH",
    "AZERBAIJANI",
    "AZERI",
    "BELARUSIAN",
    "BULGARIAN",
    "SLOVAK",
    "SLOVENIAN",
    "LITHUANIAN",
    "LATVIAN",
    "ESTONIAN",
    "ICELANDIC",
];

/// Verbs that take "of" after them ("warn of", "complain of", "accused of"), by stem: a word of
/// theirs before "of" is no noun for that reason alone.
const OF_VERBS: &[&str] = &[
    "WARN",
    "COMPLAIN",
    "ACCUS",
    "CONVICT",
    "DISAPPROV",
    "APPROV",
    "INFORM",
    "SPEAK",
    "SPOKE",
    "THINK",
    "THOUGHT",
    "DREAM",
    "CONSIST",
    "DEPRIV",
    "ROB",
    "RID",
    "ASSUR",
    "REMIND",
    "NOTIF",
    "SUSPECT",
    "ADVIS",
    "CLEAR",
    "STRIP",
    "TALK",
    "HEAR",
    "LEARN",
    "CONVINC",
    "DENI",
];

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_pos::Tag as T;

    fn tags(text: &str) -> Vec<(String, T)> {
        let tokens = dyad_text::tokenize(text, dyad_core::Span::new(0, text.len()));
        let tags = compound_tags(text, &tokens);
        assert_eq!(tags.len(), tokens.len());
        tokens
            .iter()
            .zip(tags)
            .map(|(t, g)| (t.span.slice(text).to_string(), g))
            .collect()
    }

    #[test]
    fn no_part_of_an_adjective_compound_is_a_verb() {
        let t = tags("The envoys held face-to-face talks in Doha.");
        let face: Vec<_> = t.iter().filter(|(w, _)| w == "face" || w == "to").collect();
        assert_eq!(face.len(), 3, "{t:?}");
        assert!(face.iter().all(|(_, g)| !g.is_verb()), "{t:?}");
    }

    #[test]
    fn an_object_after_a_verb_is_no_verb() {
        let t = tags("The Taliban has spurned repeated offers for peace talks.");
        assert_eq!(t[4], ("repeated".to_string(), T::JJ), "{t:?}");
        assert_eq!(t[5], ("offers".to_string(), T::NNS), "{t:?}");
    }

    #[test]
    fn thanks_to_opening_a_phrase_is_a_preposition() {
        let t = tags("Korea had a surplus, thanks largely to car sales.");
        assert_eq!(t[5], ("thanks".to_string(), T::IN), "{t:?}");
        let t = tags("Iran sent thanks to Iraq.");
        assert_ne!(t[2].1, T::IN, "{t:?}");
    }

    #[test]
    fn tear_gas_is_a_noun() {
        let t = tags("Police used batons and tear gas against the crowd.");
        assert_eq!(t[4], ("tear".to_string(), T::NN), "{t:?}");
    }

    #[test]
    fn a_participle_compound_is_an_adjective_unless_prefixed() {
        let t = tags("Troops shelled the rebel-held town that militias re-opened.");
        let get = |w: &str| t.iter().find(|(x, _)| x == w).unwrap().1;
        assert_eq!(get("held"), T::JJ, "{t:?}");
        assert!(get("rebel").is_noun(), "{t:?}");
        assert!(get("opened").is_verb(), "{t:?}");
        assert!(!get("re").is_verb(), "{t:?}");
        let t = tags("A US-led coalition struck.");
        assert_eq!(t[1], ("US".to_string(), T::NNP), "{t:?}");
        assert_eq!(t[2].1, T::JJ, "{t:?}");
    }
}
