//! Phrases and clauses from part-of-speech tags: noun, verb and prepositional phrases with
//! their heads; the subject and object of each verb phrase; negation and modal verbs attached
//! to the verb they govern; reported speech ("X said that …", "according to X") and quotations.
//!
//! A rule-based chunker over Penn tags (in the spirit of the CoNLL-2000 chunking task), fast
//! enough to run on every sentence.
//!
//! ```
//! use dyad_pos::{chunk::{analyse, ChunkKind}, Tagger};
//! let words = ["Iran", "did", "not", "attack", "the", "base", "in", "Syria", "."];
//! let tags = Tagger::embedded().tag(&words);
//! let a = analyse(&words, &tags);
//! let vp = a.chunks.iter().find(|c| c.kind == ChunkKind::VP).unwrap();
//! assert_eq!(words[vp.head], "attack");
//! let v = &a.verbs[0];
//! assert!(v.negated);
//! assert_eq!(words[a.chunks[v.subject.unwrap()].head], "Iran");
//! assert_eq!(words[a.chunks[v.object.unwrap()].head], "base");
//! ```

use crate::Tag;

/// A phrase kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChunkKind {
    /// Noun phrase.
    NP,
    /// Verb phrase (auxiliaries, adverbs, negation and the main verb).
    VP,
    /// Prepositional phrase (the preposition and its noun phrase).
    PP,
    /// Anything else (punctuation, conjunctions, …).
    O,
}

impl ChunkKind {
    /// The label.
    pub fn as_str(&self) -> &'static str {
        match self {
            ChunkKind::NP => "NP",
            ChunkKind::VP => "VP",
            ChunkKind::PP => "PP",
            ChunkKind::O => "O",
        }
    }
}

/// A phrase over tokens `[start, end)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// The kind.
    pub kind: ChunkKind,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The head token (last noun of an NP, main verb of a VP, the preposition of a PP).
    pub head: usize,
}

/// What is known about one verb phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbInfo {
    /// Index of the VP chunk.
    pub chunk: usize,
    /// Index of the subject NP chunk.
    pub subject: Option<usize>,
    /// Index of the object NP chunk (or the NP of a following PP when there is no direct one).
    pub object: Option<usize>,
    /// "not", "never", "n't", "no longer" inside the VP.
    pub negated: bool,
    /// The modal or future auxiliary governing the verb ("should", "will", "may", …), lower case.
    pub modal: Option<String>,
    /// A passive VP ("was attacked").
    pub passive: bool,
    /// A speech verb ("said", "told", "stated", …).
    pub speech: bool,
    /// The VP is inside a quotation.
    pub quoted: bool,
    /// The VP is reported: inside the complement of a speech verb or a quotation; the value is
    /// the speech verb's VP index in `verbs` (or `None` for an unattributed quotation).
    pub reported_by: Option<Option<usize>>,
}

/// The analysis of one sentence.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Phrases in order, covering every token.
    pub chunks: Vec<Chunk>,
    /// Verb phrases with their subjects and objects.
    pub verbs: Vec<VerbInfo>,
    /// For each token, its chunk.
    pub chunk_of: Vec<usize>,
    /// Quotations as token ranges `[start, end)` (without the quote marks).
    pub quotes: Vec<(usize, usize)>,
}

const SPEECH: &[&str] = &[
    "say",
    "said",
    "says",
    "saying",
    "state",
    "stated",
    "states",
    "told",
    "tell",
    "tells",
    "add",
    "added",
    "adds",
    "declare",
    "declared",
    "announce",
    "announced",
    "announces",
    "claim",
    "claimed",
    "claims",
    "insist",
    "insisted",
    "warn",
    "warned",
    "note",
    "noted",
    "stress",
    "stressed",
    "argue",
    "argued",
    "report",
    "reported",
    "reports",
    "affirm",
    "affirmed",
    "reiterate",
    "reiterated",
    "confirm",
    "confirmed",
    "deny",
    "denied",
    "assert",
    "asserted",
    "explain",
    "explained",
    "write",
    "wrote",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
];
const MODALS: &[&str] = &[
    "should", "must", "ought", "would", "could", "may", "might", "will", "shall", "can", "wo",
    "ca", "'ll", "cannot",
];
const NEGATORS: &[&str] = &["not", "n't", "never", "no", "cannot"];

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "``" | "''" | "«" | "»")
}

/// Verbs whose object does the act of a following infinitive ("urged X to …"), by stem.
const OBJECT_CONTROL: &[&str] = &[
    "urg", "ask", "tell", "told", "order", "invit", "encourag", "forc", "allow", "permit",
    "persuad", "warn", "press", "request", "want", "expect", "help", "enabl", "pressur",
    "instruct", "direct", "authori", "appeal", "advis", "remind", "challeng", "implor", "beg",
    "compel", "oblig", "requir", "convinc", "caution", "need", "prompt", "lead", "led", "get",
    "got", "made", "make", "let", "push", "lobb", "prod", "spur", "caus",
];

/// Verbs (prefixes) whose object may be followed by a clause with no "that" ("told reporters
/// he met", "assured Iran it would"): a pronoun after their object opens that clause, not a
/// contact relative.
const CLAUSE_TAKING: &[&str] = &[
    "tell", "told", "assur", "inform", "warn", "remind", "convinc", "promis", "persuad", "show",
    "notif", "advis", "teach", "taught", "reassur", "caution", "urg", "ask", "want",
];

/// Chunks a tagged sentence and links verbs to their subjects and objects.
pub fn analyse(words: &[&str], tags: &[Tag]) -> Analysis {
    let n = words.len().min(tags.len());
    let mut chunks: Vec<Chunk> = Vec::new();
    // (The words in lower case, in one buffer: no allocation per word.)
    let mut buf = String::with_capacity(words.iter().map(|w| w.len()).sum());
    let mut ends = Vec::with_capacity(words.len());
    for w in words {
        if w.is_ascii() {
            let start = buf.len();
            buf.push_str(w);
            buf[start..].make_ascii_lowercase();
        } else {
            buf.push_str(&w.to_lowercase());
        }
        ends.push(buf.len());
    }
    let lower: Vec<&str> = ends
        .iter()
        .scan(0, |start, &end| {
            let w = &buf[*start..end];
            *start = end;
            Some(w)
        })
        .collect();
    let np_word = |t: Tag| {
        t.is_noun()
            || t.is_adjective()
            || matches!(
                t,
                Tag::DT
                    | Tag::PRPS
                    | Tag::CD
                    | Tag::POS
                    | Tag::PDT
                    | Tag::PRP
                    | Tag::EX
                    | Tag::VBN
                    | Tag::VBG
            )
    };
    // An indefinite article right after a noun opens a second noun phrase: "called the
    // ambassador a stupid guy", "gave the United States a week" — and "the" before a common
    // word ("Radagast the Brown" stays one name).
    // So does a subject pronoun after a noun, a contact relative's subject ("the reefs it
    // claims", "the deal they signed").
    let new_np = |i: usize, start: usize| {
        i > start
            && matches!(
                tags[i - 1],
                Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::PRP
            )
            && ((tags[i] == Tag::DT && matches!(lower[i], "a" | "an"))
                // ("the" too before a common word: "told the United Nations the militia had
                // attacked", "gave Iran the right")
                || (tags[i] == Tag::DT
                    && lower[i] == "the"
                    && tags.get(i + 1).is_some_and(|t| !matches!(t, Tag::NNP | Tag::NNPS)))
                || (tags[i] == Tag::PRP
                    && matches!(
                        lower[i],
                        "it" | "they" | "he" | "she" | "we" | "i" | "you"
                    )))
    };
    let mut i = 0;
    while i < n {
        let t = tags[i];
        // Verb phrase: auxiliaries, modals, adverbs, negation, TO, and verbs.
        if t.is_verb() || t == Tag::MD || (t == Tag::TO && i + 1 < n && tags[i + 1] == Tag::VB) {
            let start = i;
            let mut head = i;
            while i < n
                && (tags[i].is_verb()
                    || matches!(tags[i], Tag::MD | Tag::RB | Tag::TO | Tag::RP)
                    // (a comparative adverb between an auxiliary and its verb: "were later
                    // arrested")
                    || (tags[i] == Tag::RBR
                        && i > start
                        && is_aux(lower[i - 1])
                        && tags.get(i + 1).is_some_and(|t| t.is_verb() || *t == Tag::RB))
                    || NEGATORS.contains(&lower[i]))
            {
                if tags[i].is_verb() {
                    head = i;
                }
                // Stop a VP at a verb that starts a new NP ("the attack killed" is split earlier).
                i += 1;
                if i < n && tags[i - 1].is_verb() && tags[i].is_verb() && !is_aux(lower[i - 1]) {
                    break;
                }
                // (Nor do adverbs alone join a full verb to the next: "EC ministers meeting
                // here condemned Japan" — the participle's clause ends at "here".)
                if i < n
                    && tags[i].is_verb()
                    && tags[i - 1] == Tag::RB
                    && tags[head].is_verb()
                    && !is_aux(lower[head])
                    // (not a linking verb's participle: "remain fully committed")
                    && !matches!(
                        lower[head],
                        "remain" | "remains" | "remained" | "remaining" | "seem" | "seems"
                            | "seemed" | "become" | "becomes" | "became" | "stay" | "stays"
                            | "stayed" | "appear" | "appears" | "appeared" | "get" | "gets"
                            | "got" | "look" | "looks" | "looked" | "feel" | "felt"
                    )
                    && (head + 1..i).all(|k| tags[k] == Tag::RB)
                {
                    break;
                }
            }
            chunks.push(Chunk {
                kind: ChunkKind::VP,
                start,
                end: i,
                head,
            });
            continue;
        }
        // Clause markers are not prepositions: "said that the US …", "if", "because".
        if t == Tag::IN
            && matches!(
                lower[i],
                "that" | "whether" | "if" | "because" | "although" | "though" | "unless" | "while"
            )
        {
            chunks.push(Chunk {
                kind: ChunkKind::O,
                start: i,
                end: i + 1,
                head: i,
            });
            i += 1;
            continue;
        }
        // A preposition that opens a clause ("after it allegedly violated Indian airspace",
        // "since the army took the town"): the noun phrase after it is a subject.
        if t == Tag::IN
            && matches!(
                lower[i],
                "after" | "before" | "since" | "until" | "as" | "once" | "when"
            )
        {
            let mut k = i + 1;
            while k < n && np_word(tags[k]) && !matches!(tags[k], Tag::VBN | Tag::VBG) {
                k += 1;
            }
            // (The subject may have prepositional phrases: "as the conspicuous lack of
            // prosecutions over the past four years demonstrates".)
            while k > i + 1 && k + 1 < n && tags[k] == Tag::IN && lower[k] != "that" {
                let mut j = k + 1;
                while j < n && np_word(tags[j]) && !matches!(tags[j], Tag::VBN | Tag::VBG) {
                    j += 1;
                }
                if j == k + 1 {
                    break;
                }
                k = j;
            }
            while k < n && tags[k] == Tag::RB {
                k += 1;
            }
            if k > i + 1 && k < n && matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD) {
                chunks.push(Chunk {
                    kind: ChunkKind::O,
                    start: i,
                    end: i + 1,
                    head: i,
                });
                i += 1;
                continue;
            }
        }
        // Prepositional phrase: IN + NP.
        if t == Tag::IN || t == Tag::TO {
            let start = i;
            i += 1;
            let np_start = i;
            let mut head = start;
            // A title's "of X and Y" is one name: "Minister of Commerce and Industry Abdullah
            // Al Taweel", "Department of Health and Human Services".
            let title_of = lower[start] == "of"
                && start > 0
                && tags[start - 1] == Tag::NNP
                && matches!(
                    lower[start - 1],
                    "minister" | "ministry" | "department" | "secretary" | "commissioner"
                );
            while i < n
                && (np_word(tags[i])
                    || (title_of
                        && lower[i] == "and"
                        && tags[i - 1] == Tag::NNP
                        && tags.get(i + 1) == Some(&Tag::NNP)))
                && !(tags[i] == Tag::VBN || tags[i] == Tag::VBG)
                && !new_np(i, np_start)
            {
                if tags[i].is_noun() || tags[i] == Tag::PRP || tags[i] == Tag::CD {
                    head = i;
                }
                i += 1;
            }
            if i > np_start {
                chunks.push(Chunk {
                    kind: ChunkKind::PP,
                    start,
                    end: i,
                    head: start,
                });
                let _ = head;
            } else {
                chunks.push(Chunk {
                    kind: ChunkKind::O,
                    start,
                    end: i,
                    head: start,
                });
            }
            continue;
        }
        if np_word(t) && !(t == Tag::VBN || t == Tag::VBG) {
            let start = i;
            let mut head = i;
            while i < n
                && np_word(tags[i])
                && !((tags[i] == Tag::VBN || tags[i] == Tag::VBG)
                    && i > start
                    // (nor a pronoun: "that it suspended a senior official")
                    && (tags[i - 1].is_noun() || tags[i - 1] == Tag::PRP))
                // A personal pronoun after a noun opens a clause of its own: "a Turkish ship
                // it seized".
                && !(matches!(tags[i], Tag::PRP | Tag::EX) && i > start)
                && !new_np(i, start)
            {
                if tags[i].is_noun()
                    || tags[i] == Tag::PRP
                    || tags[i] == Tag::CD
                    || tags[i] == Tag::EX
                {
                    head = i;
                }
                // A possessive closes the possessor; the NP continues ("Iran 's role").
                i += 1;
            }
            chunks.push(Chunk {
                kind: ChunkKind::NP,
                start,
                end: i,
                head,
            });
            continue;
        }
        chunks.push(Chunk {
            kind: ChunkKind::O,
            start: i,
            end: i + 1,
            head: i,
        });
        i += 1;
    }
    let mut chunk_of = vec![0; n];
    for (ci, c) in chunks.iter().enumerate() {
        for slot in &mut chunk_of[c.start..c.end] {
            *slot = ci;
        }
    }
    // Quotations.
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (k, w) in words.iter().enumerate().take(n) {
        if is_quote(w) {
            match open {
                None => open = Some(k + 1),
                Some(s) => {
                    quotes.push((s, k));
                    open = None;
                }
            }
        }
    }
    // Verbs.
    let mut verbs: Vec<VerbInfo> = Vec::new();
    for (ci, c) in chunks.iter().enumerate() {
        if c.kind != ChunkKind::VP {
            continue;
        }
        let words_in: Vec<&str> = (c.start..c.end).map(|k| lower[k]).collect();
        let negated = words_in.iter().any(|w| NEGATORS.contains(w));
        let mut modal = words_in
            .iter()
            .find(|w| MODALS.contains(w))
            .map(|w| match *w {
                "wo" => "will".to_string(),
                "ca" | "cannot" => "can".to_string(),
                "'ll" => "will".to_string(),
                other => other.to_string(),
            })
            // "needs to take the first step", "has to withdraw": an obligation, as "must"
            // (not the past "had to", "needed to", which tell what happened).
            .or_else(|| {
                words_in
                    .windows(3)
                    .any(|w| matches!(w[0], "need" | "needs" | "has" | "have") && w[1] == "to")
                    .then(|| "must".to_string())
            });
        let mut passive = tags[c.head] == Tag::VBN
            && (words_in.iter().any(|w| {
                matches!(
                    *w,
                    "is" | "are" | "was" | "were" | "be" | "been" | "being"
                        // (the passive with "get": "traffickers getting arrested abroad")
                        | "get" | "gets" | "got" | "gotten" | "getting"
                )
            })
                // "was tortured and killed": a participle coordinated with a passive verb
                // right before it is passive too.
                || (c.start >= 2
                    && matches!(lower[c.start - 1], "and" | "or")
                    && verbs
                        .last()
                        .is_some_and(|v| v.passive && chunks[v.chunk].end == c.start - 1)));
        let finite = |x: &Chunk| {
            x.kind == ChunkKind::VP
                && (x.start..=x.head)
                    .any(|k| matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD))
        };
        // A bare participle (or the same -ed form read as a past tense) right after its noun.
        // (Not the subject of a relative clause: "the assets that Spanish police seized were",
        // "the kidnappers his team arrested are".)
        let participle_after_noun = c.start == c.head
            && ci > 0
            && (tags[c.head] == Tag::VBN
                || (tags[c.head] == Tag::VBD && lower[c.head].ends_with("ed")))
            && matches!(chunks[ci - 1].kind, ChunkKind::NP | ChunkKind::PP)
            && tags[c.start - 1].is_noun()
            && !(ci >= 2
                && chunks[ci - 1].kind == ChunkKind::NP
                && (chunks[ci - 2].kind == ChunkKind::NP
                    || matches!(
                        lower[chunks[ci - 2].start],
                        "that" | "which" | "who" | "whom"
                    )));
        // "most of the people arrested were acting as couriers": one right before the finite
        // verb is a reduced relative, passive.
        if participle_after_noun
            && chunks
                .get(ci + 1)
                .is_some_and(|x| finite(x) && x.start == c.end)
        {
            passive = true;
        }
        // So is one opening an apposition after its noun's comma, the finite verb after the
        // apposition's closing comma ("A former police official, jailed for alleged ties to
        // drug traffickers, was tortured", "The minister, arrested last week in Paris, denied").
        if !passive
            && c.start == c.head
            && ci >= 2
            && c.start >= 2
            && (tags[c.head] == Tag::VBN
                || (tags[c.head] == Tag::VBD && lower[c.head].ends_with("ed")))
            && chunks[ci - 1].kind == ChunkKind::O
            && lower[chunks[ci - 1].start] == ","
            && chunks[ci - 1].end == c.start
            && matches!(chunks[ci - 2].kind, ChunkKind::NP | ChunkKind::PP)
            && tags[c.start - 2].is_noun()
            && !chunks[..ci - 2].iter().any(&finite)
            // (a naming participle names: "The fund, called <Malaysian Fund Inc>, …")
            && !matches!(lower[c.head], "called" | "named" | "dubbed" | "known" | "nicknamed")
            && chunks.get(ci + 1).is_some_and(|x| {
                x.kind == ChunkKind::PP
                    || (x.kind == ChunkKind::NP && lower[x.start] == "last")
                    || (x.kind == ChunkKind::O && lower[x.start] == ",")
            })
            && (ci + 1..chunks.len())
                .find(|&k| {
                    finite(&chunks[k])
                        && chunks[k - 1].kind == ChunkKind::O
                        && lower[chunks[k - 1].end - 1] == ","
                })
                // (Not one naming its agent, "The report, released by Global Witness, tells
                // …": the coder reads those as background, as it always has.)
                .is_some_and(|k| !lower[c.end..chunks[k].start].contains(&"by"))
        {
            passive = true;
        }
        // A bare participle before its agent's "by", in a list after a passive verb, is passive
        // ("was assaulted in his office, tied to a chair and beaten by a single attacker"; not
        // a reduced relative on a thing, "bases used by the group", which the coder reads as
        // background).
        if c.start == c.head
            && c.start > 0
            && tags[c.head] == Tag::VBN
            && lower.get(c.end).is_some_and(|w| *w == "by")
            && matches!(lower[c.start - 1], "and" | "or" | ",")
            && verbs.iter().any(|v| v.passive)
        {
            passive = true;
        }
        // So is one with phrases of place or time before that finite verb ("the soldiers
        // killed in the attack were buried"), and, after the sentence's finite verb, a
        // participle right after its noun with no object of its own ("named Ulloa, a
        // businessman arrested this year in Guatemala City", "one of the men arrested,
        // accustomed to …"; a past tense in -ed there only before no noun phrase: "said the
        // men arrested him" is active).
        let time_np = |x: &Chunk| {
            x.kind == ChunkKind::NP
                && matches!(
                    lower[x.start],
                    "this" | "last" | "next" | "earlier" | "later"
                )
        };
        if !passive && participle_after_noun && lower.get(c.end).is_none_or(|w| *w != "by") {
            let skip_place_time = |x: &Chunk| x.kind == ChunkKind::PP || time_np(x);
            // (Before the finite verb, a preposition's gerund and its object too: "the
            // civilians imprisoned for acting against Moscow were released".)
            let gerund_after_preposition = |k: usize| {
                let x = &chunks[k];
                x.kind == ChunkKind::VP
                    && x.start == x.head
                    && tags[x.head] == Tag::VBG
                    && x.start > 0
                    && tags[x.start - 1] == Tag::IN
            };
            let skip_before_finite = |k: usize| {
                let x = &chunks[k];
                skip_place_time(x)
                    || gerund_after_preposition(k)
                    || (x.kind == ChunkKind::NP && k > 0 && gerund_after_preposition(k - 1))
                    || (x.kind == ChunkKind::O
                        && x.end == x.start + 1
                        && tags[x.start] == Tag::IN
                        && k + 1 < chunks.len()
                        && gerund_after_preposition(k + 1))
            };
            let before_finite = !chunks[..ci - 1].iter().any(finite)
                && ((ci + 1 < chunks.len() && skip_before_finite(ci + 1)
                    && (ci + 1..chunks.len())
                        .find(|&k| !skip_before_finite(k))
                        .map(|k| &chunks[k])
                        // (a finite verb that is no bare -ed form, itself maybe a participle:
                        // "negotiators agreed as part of an accord reached yesterday")
                        .is_some_and(|x| {
                            finite(x)
                                && !(x.start == x.head
                                    && tags[x.head] == Tag::VBD
                                    && lower[x.head].ends_with("ed"))
                        }))
                    // (a comma after a noun of a prepositional phrase, the finite verb after
                    // another comma: "one of the men arrested, accustomed to …, cannot")
                    || (chunks[ci - 1].kind == ChunkKind::PP
                        && chunks
                            .get(ci + 1)
                            .is_some_and(|x| x.kind == ChunkKind::O && lower[x.start] == ",")
                        && (ci + 2..chunks.len()).any(|k| {
                            finite(&chunks[k])
                                && chunks[k - 1].kind == ChunkKind::O
                                && lower[chunks[k - 1].end - 1] == ","
                        })));
            let no_object = chunks
                .get(ci + 1)
                .is_none_or(|x| x.kind != ChunkKind::NP || time_np(x));
            // (Only a participle as the tagger reads it, not one coordinated with another
            // verb — "members trained and armed the Zetas" —, nor after a colon or semicolon,
            // which opens a new clause: "…: last year, the government demanded that …".)
            let np_start = (0..c.start)
                .rev()
                .find(|&k| {
                    !(tags[k].is_noun()
                        || tags[k].is_adjective()
                        || matches!(tags[k], Tag::DT | Tag::PRPS | Tag::POS | Tag::CD | Tag::NNP))
                })
                .map_or(0, |k| k + 1);
            let new_clause = (0..np_start)
                .rev()
                .take_while(|&k| lower[k] != ":" && lower[k] != ";")
                .all(|k| !matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD));
            // (A past tense in -ed only in an apposition or a preposition's object before a
            // place or a time: ", a businessman arrested this year in Guatemala City".)
            let np_opener = np_start.checked_sub(1).map(|k| lower[k]);
            let read_as_past = tags[c.head] == Tag::VBD
                && matches!(np_opener, Some(","))
                && matches!(lower[np_start], "a" | "an" | "the")
                && chunks.get(ci + 1).is_some_and(skip_place_time);
            // (So is one after the object of a verb of seeing or finding: "has seen a
            // Honduran mayor tortured and killed", "found the journalist shot".)
            let perceived = tags[c.head] == Tag::VBD
                && lower[c.head].ends_with("ed")
                && ci >= 2
                && chunks[ci - 1].kind == ChunkKind::NP
                && chunks[ci - 2].kind == ChunkKind::VP
                && matches!(
                    lower[chunks[ci - 2].head],
                    "see" | "sees" | "saw" | "seen" | "seeing" | "witnessed" | "watched" | "found"
                );
            let read_as_past = read_as_past || perceived;
            // (Joined to another bare participle only when that one takes no object either:
            // "has seen a Honduran mayor tortured and killed", not "members trained and armed
            // the Zetas".)
            let joined_bare = || {
                chunks.get(ci + 1).is_some_and(|x| {
                    x.kind == ChunkKind::O
                        && x.end == x.start + 1
                        && matches!(lower[x.start], "and" | "or")
                }) && chunks.get(ci + 2).is_some_and(|x| {
                    x.kind == ChunkKind::VP
                        && x.start == x.head
                        && (tags[x.head] == Tag::VBN
                            || (tags[x.head] == Tag::VBD && lower[x.head].ends_with("ed")))
                }) && chunks
                    .get(ci + 3)
                    .is_none_or(|x| x.kind != ChunkKind::NP || time_np(x))
            };
            let after_finite = chunks[..ci - 1].iter().any(finite)
                && (tags[c.head] == Tag::VBN || read_as_past)
                && no_object
                && !new_clause
                && (lower.get(c.end).is_none_or(|w| *w != "and" && *w != "or")
                    || ((tags[c.head] == Tag::VBN || perceived) && joined_bare()));
            if before_finite || after_finite {
                passive = true;
            }
        }
        let mut subject = chunks[..ci]
            .iter()
            .rposition(|x| x.kind == ChunkKind::NP)
            .filter(|&s| {
                // No other VP between the subject and this one.
                !chunks[s + 1..ci].iter().any(|x| x.kind == ChunkKind::VP)
            });
        // A noun phrase joined by "and" to a prepositional phrase's noun is that phrase's
        // second noun, not the subject ("US officials in Mexico and Guatemala praised …"):
        // the subject is the noun phrase before the prepositional phrase.
        // (Only for a finite verb after a phrase of place or origin: "with the government
        // and the unions reaching an agreement" is the absolute phrase's own pair.)
        let finite_verb =
            (c.start..=c.head).any(|k| matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD));
        while let Some(s) = subject.filter(|_| finite_verb) {
            // (two bare names: "in Mexico and Guatemala"; not "in parts of the United States
            // and the US government has …", a clause of its own, nor "officers of the
            // military and the Governor", a second subject)
            let joined = s >= 2
                && matches!(lower[chunks[s - 2].start], "in" | "from" | "of" | "at")
                && matches!(tags[chunks[s].start], Tag::NNP | Tag::NNPS)
                && chunks[s - 2].end >= 2
                && matches!(tags[chunks[s - 2].end - 1], Tag::NNP | Tag::NNPS)
                && tags[chunks[s - 2].start + 1] != Tag::DT
                && chunks[s - 1].kind == ChunkKind::O
                && chunks[s - 1].end == chunks[s - 1].start + 1
                && matches!(lower[chunks[s - 1].start], "and" | "or")
                && chunks[s - 2].kind == ChunkKind::PP
                && chunks[s - 2].end == chunks[s - 1].start;
            if !joined {
                break;
            }
            subject = chunks[..s - 2]
                .iter()
                .rposition(|x| x.kind == ChunkKind::NP)
                .filter(|&p| !chunks[p + 1..s].iter().any(|x| x.kind == ChunkKind::VP));
        }
        // An absolute "with" phrase's present participle is done by the phrase's noun ("…,
        // with Secretary of State John Kerry fearing a potential ruse", "with the United States
        // alleging that he worked for them"): the phrase is its subject. (Other prepositions'
        // nouns with a participle are mostly background: "a haven for criminals offering
        // contraband".)
        if ci >= 1
            && c.start == c.head
            && tags[c.head] == Tag::VBG
            && chunks[ci - 1].kind == ChunkKind::PP
            && chunks[ci - 1].end == c.start
            && chunks[ci - 1].end - chunks[ci - 1].start >= 2
            && matches!(tags[c.start - 1], Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
            && lower[chunks[ci - 1].start] == "with"
            // (after a comma: not "filed a complaint with their headquarters calling for …")
            && chunks[ci - 1].start > 0
            && lower[chunks[ci - 1].start - 1] == ","
        {
            subject = Some(ci - 1);
        }
        // A reduced relative between the subject and its finite verb ("the Saudi-led
        // coalition fighting Houthi rebels in Yemen has declared a ceasefire", "the troops
        // stationed in Iraq have withdrawn"): the noun phrase before the bare participle,
        // when no verb phrase comes before it in the sentence.
        // (Finite as well: a base form right after a noun, Brown's untagged present — "have
        // attacked"; a bare past participle with an object — "attacked police".)
        let finite_here = (c.start..=c.head)
            .any(|k| matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD))
            || (c.start > 0 && tags[c.start] == Tag::VB && tags[c.start - 1].is_noun())
            || (c.start == c.head
                && tags[c.head] == Tag::VBN
                && chunks.get(ci + 1).is_some_and(|y| y.kind == ChunkKind::NP));
        if subject.is_none_or(|s| s > 0 && chunks[s - 1].kind == ChunkKind::VP) && finite_here {
            if let Some(p) = (1..ci).rev().find(|&p| chunks[p].kind == ChunkKind::VP) {
                let x = &chunks[p];
                // (A passive participle takes no direct object: "US suspended (VBN) food
                // supplies" is the main verb; an -ing word of a compound noun is none:
                // "U.N. peacekeeping chief".)
                let bare = x.start == x.head
                    && match tags[x.head] {
                        // (Its object opens as a phrase does — "fighting Houthi rebels",
                        // "exporting the wood", "setting up shop" — not as a compound's next
                        // noun: "arms trafficking investigation", "goods moving north".)
                        Tag::VBG => {
                            !NOMINAL_ING.contains(&lower[x.head])
                                && (x.end > x.head + 1
                                    || tags.get(x.end).is_some_and(|&t| {
                                        matches!(
                                            t,
                                            Tag::DT
                                                | Tag::PRPS
                                                | Tag::CD
                                                | Tag::NNP
                                                | Tag::NNPS
                                                | Tag::IN
                                                | Tag::PDT
                                        )
                                    })
                                    // (or a bare noun after people named by a plural:
                                    // "protesters seeking justice", "refugees fleeing
                                    // violence")
                                    || (matches!(tags[x.head - 1], Tag::NNS | Tag::NNPS)
                                        && tags
                                            .get(x.end)
                                            .is_some_and(|&t| matches!(t, Tag::NN | Tag::NNS))
                                        && !DIRECTION_WORDS.contains(&lower[x.end])))
                        }
                        Tag::VBN => chunks.get(p + 1).is_some_and(|y| y.kind != ChunkKind::NP),
                        _ => false,
                    };
                // (The noun may be the "of" phrase of a quantity: "a small group of
                // protesters seeking justice have been …" — the group's noun phrase.)
                let noun = match chunks[p - 1].kind {
                    ChunkKind::NP => Some(p - 1),
                    ChunkKind::PP
                        if p >= 2
                            && lower[chunks[p - 1].start] == "of"
                            && chunks[p - 2].kind == ChunkKind::NP
                            && COLLECTIVES.contains(&lower[chunks[p - 2].head]) =>
                    {
                        Some(p - 2)
                    }
                    _ => None,
                };
                if let Some(np) = noun.filter(|&np| {
                    bare && tags[x.start - 1].is_noun()
                        && chunks[p + 1..ci]
                            .iter()
                            .all(|y| matches!(y.kind, ChunkKind::NP | ChunkKind::PP))
                        && !chunks[..np].iter().any(|y| y.kind == ChunkKind::VP)
                }) {
                    subject = Some(np);
                }
            }
        }
        // A reported clause whose subject a noun's infinitive or participle modifies ("said
        // the plan to send a flotilla to Jaffna would go ahead", "said a budget plan drafted
        // by Senator Chiles was deficient"): the subject is the noun phrase right after the
        // verb of saying (or its "that"), not the modifier's object.
        let finite_strict =
            (c.start..=c.head).any(|k| matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD));
        if finite_strict {
            let opened = |np: usize| {
                np >= 1
                    && ((chunks[np - 1].kind == ChunkKind::VP
                        && SPEECH.contains(&lower[chunks[np - 1].head]))
                        || (np >= 2
                            && chunks[np - 1].kind == ChunkKind::O
                            && chunks[np - 1].end == chunks[np - 1].start + 1
                            && lower[chunks[np - 1].start] == "that"
                            && chunks[np - 2].kind == ChunkKind::VP
                            && SPEECH.contains(&lower[chunks[np - 2].head])))
            };
            // (a modifier: "to" and a base form, or a bare participle not followed by an
            // object)
            let modifier = |x: usize| {
                let m = &chunks[x];
                m.kind == ChunkKind::VP
                    && !(m.start..m.end).any(|k| tags[k].is_finite())
                    && ((lower[m.start] == "to" && tags[m.head] == Tag::VB)
                        || (m.start == m.head
                            && tags[m.head] == Tag::VBN
                            && chunks.get(x + 1).is_some_and(|y| y.kind == ChunkKind::PP)))
            };
            let np = (1..ci.saturating_sub(1))
                .rev()
                .find(|&np| chunks[np].kind == ChunkKind::NP && opened(np));
            if let Some(np) = np.filter(|&np| {
                tags[chunks[np].head].is_noun()
                    && chunks[np].end < c.start
                    && modifier(np + 1)
                    && chunks[np + 1..ci].iter().enumerate().all(|(j, y)| {
                        matches!(y.kind, ChunkKind::NP | ChunkKind::PP) || modifier(np + 1 + j)
                    })
                    && subject.is_none_or(|s| s > np)
            }) {
                subject = Some(np);
            }
        }
        // A relative pronoun's verb has the phrase before the pronoun as its subject, a
        // prepositional phrase's noun too ("get rid of the militants who have been fighting").
        if ci >= 2
            && chunks[ci - 1].kind == ChunkKind::O
            && chunks[ci - 1].end - chunks[ci - 1].start == 1
            && matches!(tags[chunks[ci - 1].start], Tag::WP | Tag::WDT)
            && (chunks[ci - 2].kind == ChunkKind::NP
                // (only "of" and "against": "a resolution presented by Britain that would
                // have pressured Iran" is the resolution's; "its campaign against the militant
                // group that has seized parts of Iraq" is the group's)
                || (chunks[ci - 2].kind == ChunkKind::PP
                    && (matches!(lower[chunks[ci - 2].start], "of" | "against")
                        // ("who" stands for people, whatever the preposition: "targeted by
                        // criminals who want to steal their weapons")
                        || lower[chunks[ci - 1].start] == "who")))
        {
            subject = Some(ci - 2);
        }
        // So has ", who" the person named right before its comma, in a noun or a
        // prepositional phrase ("handed the suspect to Colombian police, who arrested him").
        if ci >= 3
            && chunks[ci - 1].kind == ChunkKind::O
            && chunks[ci - 1].end - chunks[ci - 1].start == 1
            && matches!(lower[chunks[ci - 1].start], "who" | "whom")
            && chunks[ci - 2].kind == ChunkKind::O
            && chunks[ci - 2].end - chunks[ci - 2].start == 1
            && lower[chunks[ci - 2].start] == ","
            && matches!(chunks[ci - 3].kind, ChunkKind::NP | ChunkKind::PP)
        {
            subject = Some(ci - 3);
        }
        // A parenthetical between subject and verb ("Yemeni army soldiers, supported by allied
        // fighters, have carried out …", "Arnor's minister, in remarks published on Monday,
        // urged …"): the noun phrase before its opening comma.
        let comma = |x: &Chunk| x.kind == ChunkKind::O && lower[x.end - 1] == ",";
        if ci >= 2 && comma(&chunks[ci - 1]) && lower[c.start] != "to" {
            let open = (ci.saturating_sub(14)..ci - 1)
                .rev()
                .find(|&k| comma(&chunks[k]));
            if let Some(open) = open {
                // (over the noun phrase's prepositional phrases: "Residents of Madre de Dios,
                // a region that borders Brazil and Bolivia, have begun …")
                let mut j = open;
                while j > 1 && chunks[j - 1].kind == ChunkKind::PP {
                    j -= 1;
                }
                if j > 0
                    && subject.is_none_or(|s| s > open)
                    && chunks[j - 1].kind == ChunkKind::NP
                    && !chunks[..j - 1].iter().any(|x| x.kind == ChunkKind::VP)
                {
                    subject = Some(j - 1);
                }
            }
        }
        // So is a parenthetical between dashes or brackets ("The head of the network -- who
        // made trips to Mexico, Ecuador and Peru -- recruited workers", "The group's leader
        // (who visited Iran last year) condemned the attack"): its names are not the subject.
        let dash = |x: &Chunk| {
            x.kind == ChunkKind::O
                && x.end - x.start == 1
                && matches!(lower[x.start], "-" | "--" | "—" | "–")
        };
        let closing = |x: &Chunk| dash(x) || (x.kind == ChunkKind::O && lower[x.end - 1] == ")");
        if ci >= 3 && closing(&chunks[ci - 1]) {
            let bracket = lower[chunks[ci - 1].end - 1] == ")";
            let mut e = ci - 1;
            while !bracket && e > 0 && dash(&chunks[e - 1]) {
                e -= 1;
            }
            let opens = |x: &Chunk| {
                if bracket {
                    x.kind == ChunkKind::O && lower[x.start] == "("
                } else {
                    dash(x)
                }
            };
            let open = (e.saturating_sub(30)..e).rev().find(|&k| opens(&chunks[k]));
            // (A relative clause: not an acronym or an apposition, which says who the
            // subject is — "the Federal Energy Regulatory Commission (FERC)", "Rudy Giuliani
            // -- the former New York City mayor -- is offering".)
            let clause = |o: usize| {
                let first = (chunks[o].end..chunks[e].start)
                    .find(|&k| !matches!(lower[k], "-" | "--" | "—" | "–"));
                first.is_some_and(|k| matches!(lower[k], "who" | "which" | "whose" | "whom"))
                    && chunks[o + 1..e].iter().any(|x| x.kind == ChunkKind::VP)
            };
            if let Some(mut open) = open.filter(|&o| o + 1 < e && clause(o)) {
                while !bracket && open > 0 && dash(&chunks[open - 1]) {
                    open -= 1;
                }
                let mut j = open;
                while j > 0 && chunks[j - 1].kind == ChunkKind::PP {
                    j -= 1;
                }
                // (Nor after a pronoun, which the brackets name: "They (the Kuwaitis) have
                // asked".)
                if j > 0
                    && chunks[j - 1].kind == ChunkKind::NP
                    && !(chunks[j - 1].end - chunks[j - 1].start == 1
                        && tags[chunks[j - 1].start] == Tag::PRP)
                    && subject.is_none_or(|s| s > open)
                    && !chunks[..j - 1].iter().any(|x| x.kind == ChunkKind::VP)
                {
                    subject = Some(j - 1);
                } else if subject.is_some_and(|s| s > open) {
                    // (Whoever the clause names is no subject even when the phrase before
                    // it cannot be: "the ability of the MS13 -- whose base is in El
                    // Salvador and Honduras -- to expand".)
                    subject = None;
                }
            }
        }
        // "gave 352 million euros to promote investment": an infinitive after a verb and its
        // object is the verb's purpose, not something its object does — unless the verb hands
        // the act to its object ("urged Germany to supply", "asked Iran to release"). A purpose
        // has no subject of its own.
        // (The object may run on in apposition and a time: "called his Lebanese counterpart,
        // Michel Aoun, on Tuesday to assure him".)
        if let Some(s) = subject {
            let mut k = s;
            while k > 0
                && s - k < 8
                && (matches!(chunks[k - 1].kind, ChunkKind::NP | ChunkKind::PP)
                    || (chunks[k - 1].kind == ChunkKind::O && lower[chunks[k - 1].start] == ","))
            {
                k -= 1;
            }
            if lower[c.start] == "to" && k > 0 && chunks[k - 1].kind == ChunkKind::VP {
                let governor = lower[chunks[k - 1].head];
                // (An operation launched to do something does it through its launcher:
                // "police launched operations to detain 110 more individuals" — the
                // launcher's act.)
                let operation = [
                    "launch", "mount", "begin", "began", "begun", "start", "conduct",
                ]
                .iter()
                .any(|p| governor.starts_with(p))
                    && OPERATIONS.contains(&lower[chunks[s].head]);
                // (Nor is an adjective of readiness after "be" an object: "the United States
                // is willing to resume talks" — the subject of "is" resumes them.)
                let ready = s == ci - 1
                    && chunks[s].end == chunks[s].start + 1
                    && matches!(
                        lower[chunks[s].start],
                        "willing"
                            | "unwilling"
                            | "ready"
                            | "prepared"
                            | "determined"
                            | "eager"
                            | "keen"
                            | "reluctant"
                            | "able"
                            | "unable"
                    )
                    && matches!(
                        governor,
                        "is" | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "being"
                            | "remain"
                            | "remains"
                            | "remained"
                            | "seemed"
                            | "seems"
                            | "appeared"
                            | "appears"
                    );
                // (Nor is an instrument used to do something its doer: "the cartel used its
                // HSBC accounts to transfer money" — the user's act.)
                let instrument = matches!(
                    governor,
                    "use"
                        | "uses"
                        | "used"
                        | "using"
                        | "employ"
                        | "employs"
                        | "employed"
                        | "employing"
                );
                if operation || ready || instrument {
                    subject = verbs
                        .iter()
                        .find(|v| v.chunk == k - 1)
                        .and_then(|v| v.subject);
                } else if !OBJECT_CONTROL.iter().any(|p| governor.starts_with(p)) {
                    subject = None;
                }
            }
        }
        // A VP right after another ("would help heal the breach") shares its modal and its
        // subject.
        if ci > 0 && chunks[ci - 1].kind == ChunkKind::VP && chunks[ci - 1].end == c.start {
            if let Some(prev) = verbs.last().filter(|v| v.chunk == ci - 1) {
                if modal.is_none() {
                    modal = prev.modal.clone();
                }
                if subject.is_none() {
                    subject = prev.subject;
                }
                // (A bare participle right after a passive is passive too: "were found shot
                // and killed".)
                if (prev.passive
                    // (or after "get": "traffickers getting arrested abroad")
                    || matches!(
                        lower[chunks[ci - 1].head],
                        "get" | "gets" | "got" | "gotten" | "getting"
                    ))
                    && c.start == c.head
                    && tags[c.head] == Tag::VBN
                {
                    passive = true;
                }
            }
        }
        // A coordinated VP ("should end its presence and withdraw") shares the subject of the
        // VP it is joined to.
        // (Adverbs may stand between: "and gradually supports", "and later killed".)
        let mut before = ci;
        while before > 1
            && chunks[before - 1].kind == ChunkKind::O
            && (chunks[before - 1].start..chunks[before - 1].end)
                .all(|k| matches!(tags[k], Tag::RB | Tag::RBR))
        {
            before -= 1;
        }
        // (So does a verb in a list: "a network that transported, stored and distributed
        // weapons": "stored" follows a comma right after a verb phrase.)
        let listed = before >= 2
            && chunks[before - 1].kind == ChunkKind::O
            && chunks[before - 1].end - chunks[before - 1].start == 1
            && lower[chunks[before - 1].start] == ","
            && chunks[before - 2].kind == ChunkKind::VP
            && (matches!(tags[c.head], Tag::VBD | Tag::VBZ | Tag::VBP)
                && tags[chunks[before - 2].head] == tags[c.head]
                // (a bare past participle after a past form is one too: the tagger's
                // "transported, stored (VBN)")
                || (tags[c.head] == Tag::VBN
                    && c.head == c.start
                    && tags[chunks[before - 2].head] == Tag::VBD)
                // (and a bare participle, or its -ed form, after a passive's participle: "are
                // tortured, raped, and often murdered")
                || (c.head == c.start
                    && tags[chunks[before - 2].head] == Tag::VBN
                    && verbs.last().is_some_and(|v| v.chunk == before - 2 && v.passive)
                    // (a list goes on: not a relative clause's end, "where the meeting was
                    // held, served as mediators")
                    && lower
                        .get(c.end)
                        .is_some_and(|w| matches!(*w, "," | "and" | "or"))
                    && (tags[c.head] == Tag::VBN
                        || (tags[c.head] == Tag::VBD && lower[c.head].ends_with("ed")))));
        // (Not adverbs joined to each other: "her bank sooner or later will have to".)
        let adverb_pair = before < ci
            && before >= 2
            && chunks[before - 2].kind == ChunkKind::O
            && (chunks[before - 2].start..chunks[before - 2].end)
                .all(|k| matches!(tags[k], Tag::RB | Tag::RBR));
        if before > 0
            && chunks[before - 1].kind == ChunkKind::O
            && (matches!(lower[chunks[before - 1].start], "and" | "or" | "but") || listed)
            && !adverb_pair
        {
            // A finite verb joins the last finite verb ("hailed Iran's role in supporting
            // efforts to safeguard security, and vowed …": vowed shares hailed's subject); a
            // bare one the verb just before it.
            let finite = |t: Tag| matches!(t, Tag::VBD | Tag::VBZ | Tag::VBP);
            // (The VP is finite when any verb in it is: "and then promises to deepen".)
            let prev = if (c.start..=c.head).any(|k| finite(tags[k])) {
                // (A finite auxiliary makes the VP finite: "has now closed … , and severed".)
                verbs
                    .iter()
                    .rev()
                    .find(|v| {
                        let vc = &chunks[v.chunk];
                        (vc.start..=vc.head).any(|k| finite(tags[k])) || v.modal.is_some()
                    })
                    // (With none, a main verb the tagger read as a participle: "Algeria
                    // authorities suspended (VBN) publication of the newspaper and arrested
                    // its director".)
                    .or_else(|| {
                        verbs
                            .iter()
                            .rev()
                            .find(|v| !v.passive && v.subject.is_some())
                    })
            } else {
                verbs.last()
            };
            if let Some(prev) = prev {
                subject = prev.subject;
                // "was transported to Bogota and swiftly deported": a bare participle joined
                // to a passive verb is passive too.
                // (A past form the tagger read as VBD counts when no direct object follows:
                // "was elected and served two terms" is active.)
                let direct_object = chunks.get(ci + 1).is_some_and(|x| x.kind == ChunkKind::NP)
                    && !matches!(tags[c.end - 1], Tag::TO | Tag::IN | Tag::RP | Tag::RB);
                // (So is one before its purpose: "were detained and tortured to extract
                // confessions".)
                let before_purpose = tags[c.start] == Tag::VBN
                    && c.start < c.head
                    && lower.get(c.start + 1).is_some_and(|w| *w == "to");
                if prev.passive
                    && ((tags[c.head] == Tag::VBN || (tags[c.head] == Tag::VBD && !direct_object))
                        && (c.start..c.head).all(|k| tags[k] == Tag::RB)
                        || before_purpose)
                {
                    passive = true;
                }
                // "should end its presence and withdraw": the modal governs both verbs.
                if modal.is_none() {
                    modal = prev.modal.clone();
                }
            }
        }
        // A participle after a comma ("attacked an army base in western Afghanistan, killing
        // 17 soldiers") has the subject of the last finite verb.
        // So does one after a temporal or manner preposition ("will hold talks with Kenyatta
        // before heading to his home", "retaliated by shelling the positions").
        // (The preposition may open the verb phrase when the tagger reads it as an adverb.)
        let temporal = |k: usize| {
            matches!(
                lower[k],
                "before" | "after" | "since" | "upon" | "by" | "while" | "when" | "without"
            )
        };
        // So does one right after a time closing the clause, its comma left out ("hit the
        // enclave for a sixth straight day killing 32 civilians").
        let after_time = c.start > 0
            && matches!(
                lower[c.start - 1],
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "night"
                    | "nights"
                    | "morning"
                    | "evening"
                    | "afternoon"
                    | "today"
                    | "yesterday"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "overnight"
            );
        if ci > 0
            && ((chunks[ci - 1].kind == ChunkKind::O && lower[chunks[ci - 1].end - 1] == ",")
                || temporal(c.start - 1)
                || (c.head > c.start && temporal(c.head - 1))
                || after_time)
            // (The participle may govern an infinitive in its phrase: "after agreeing to
            // deepen military cooperation".)
            && (tags[c.head] == Tag::VBG || tags[c.start] == Tag::VBG)
        {
            // (A main verb the tagger read as a participle counts: "held talks" as VBN.)
            if let Some(prev) = verbs
                .iter()
                .rev()
                .find(|v| {
                    let vp = &chunks[v.chunk];
                    // (its auxiliary finite: "had long intervened in Syria's war, sending …";
                    // not a relative clause's: "dismantled a network that is reportedly
                    // linked to the cartel, seizing …")
                    let relative = vp.start > 0
                        && (matches!(tags[vp.start - 1], Tag::WDT | Tag::WP)
                            || lower[vp.start - 1] == "that");
                    ((vp.start..=vp.head)
                        .any(|k| matches!(tags[k], Tag::VBD | Tag::VBZ | Tag::VBP))
                        && (!relative || matches!(tags[vp.head], Tag::VBD | Tag::VBZ | Tag::VBP)))
                        || v.modal.is_some()
                })
                .or_else(|| verbs.iter().find(|v| v.subject.is_some() && !v.passive))
            {
                subject = prev.subject;
            }
            // (Right after a bare passive participle with its noun, the participle's noun: "a
            // call to release three activists detained while investigating a company" — the
            // activists investigated.)
            if let Some(p) = verbs.last().filter(|v| {
                let vp = &chunks[v.chunk];
                v.passive
                    && v.subject.is_some_and(|s| s + 1 == v.chunk)
                    && vp.start == vp.head
                    && vp.end + 1 == c.start
                    && temporal(c.start - 1)
            }) {
                subject = p.subject;
            }
        }
        let object = chunks[ci + 1..]
            .iter()
            .position(|x| x.kind != ChunkKind::O || !matches!(tags[x.start], Tag::RB))
            .map(|p| ci + 1 + p)
            .and_then(|p| match chunks[p].kind {
                ChunkKind::NP | ChunkKind::PP => Some(p),
                _ => None,
            });
        // A contact relative ("released a Turkish ship it seized near Derna", "the weapons
        // they captured"): a pronoun subject right after a noun phrase, the verb active with
        // no noun phrase after it — its object is the noun phrase before the pronoun.
        // (Not after a verb that takes a clause: "told reporters he met", "assured Iran it
        // would".)
        let contact = subject.filter(|&s| {
            s >= 2
                && chunks[s].end == c.start
                && chunks[s].end - chunks[s].start == 1
                && tags[chunks[s].start] == Tag::PRP
                && matches!(lower[chunks[s].start], "it" | "they" | "he" | "she" | "we")
                && chunks[s - 1].kind == ChunkKind::NP
                && chunks[s - 1].end == chunks[s].start
                && tags[chunks[s - 1].head].is_noun()
                && chunks[s - 2].kind == ChunkKind::VP
                && !SPEECH.contains(&lower[chunks[s - 2].head])
                && !CLAUSE_TAKING
                    .iter()
                    .any(|p| lower[chunks[s - 2].head].starts_with(p))
        });
        let finite_active = !passive && matches!(tags[c.head], Tag::VBD | Tag::VBZ | Tag::VBP);
        let object = match contact {
            Some(s) if finite_active && object.is_none_or(|o| chunks[o].kind == ChunkKind::PP) => {
                Some(s - 1)
            }
            _ => object,
        };
        let speech = SPEECH.contains(&lower[c.head]);
        let quoted = quotes.iter().any(|&(s, e)| c.start >= s && c.end <= e);
        verbs.push(VerbInfo {
            chunk: ci,
            subject,
            object,
            negated,
            modal,
            passive,
            speech,
            quoted,
            reported_by: None,
        });
    }
    // Reported speech: a VP after a speech verb ("said (that) X will …") is reported by it; a
    // VP before a trailing ", X said" is too; a VP in a quotation is reported by the speech
    // verb next to the quotation, if any.
    for vi in 0..verbs.len() {
        let c = &chunks[verbs[vi].chunk];
        let before = (0..vi).rev().find(|&k| verbs[k].speech);
        let after = (vi + 1..verbs.len()).find(|&k| verbs[k].speech);
        let reported = if verbs[vi].speech {
            None
        } else if let Some(b) = before {
            Some(Some(b))
        } else if let Some(a) = after {
            // ", the minister said." after the reported clause: a comma before the speaker.
            // (No other verb between that comma and the speech verb: "called his counterpart,
            // Michel Aoun, to assure him that the leader firmly believes …" reports nothing.)
            let sc = &chunks[verbs[a].chunk];
            let comma = (c.end..sc.start)
                .rev()
                .find(|&k| words[k] == "," || is_quote(words[k]));
            // (Not a participle clause after the comma: "defended Iran's position, saying
            // Washington needs to take the first step" adds speech, it does not report the
            // defence.)
            let closing = tags[sc.head] != Tag::VBG
                && comma.is_some_and(|k| {
                    !chunks
                        .iter()
                        .any(|x| x.kind == ChunkKind::VP && x.start > k && x.end <= sc.start)
                });
            closing.then_some(Some(a))
        } else {
            None
        };
        verbs[vi].reported_by = reported.or(verbs[vi].quoted.then_some(None));
    }
    Analysis {
        chunks,
        verbs,
        chunk_of,
        quotes,
    }
}

/// Nouns of an operation that a verb of starting launches for a purpose.
const OPERATIONS: &[&str] = &[
    "operation",
    "operations",
    "offensive",
    "campaign",
    "crackdown",
    "raid",
    "raids",
    "drive",
    "mission",
    "manhunt",
    "sweep",
    "assault",
];

/// -ing words that stand in compound nouns more often than they head a participle clause
/// ("peacekeeping chief", "training mission", "funding cuts").
/// Nouns of a number of people whose "of" phrase names them ("a group of protesters").
const COLLECTIVES: &[&str] = &[
    "group",
    "groups",
    "handful",
    "crowd",
    "crowds",
    "band",
    "hundreds",
    "thousands",
    "dozens",
    "scores",
    "tens",
    "members",
    "contingent",
];

/// Words of direction a verb of motion takes without an object ("goods moving north").
const DIRECTION_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "home",
    "abroad",
    "forward",
    "back",
    "ahead",
    "inland",
    "overseas",
    "offshore",
    "downstream",
    "upstream",
];

const NOMINAL_ING: &[&str] = &[
    "peacekeeping",
    "training",
    "funding",
    "spending",
    "housing",
    "building",
    "banking",
    "shipping",
    "mining",
    "fishing",
    "lending",
    "trading",
    "marketing",
    "planning",
    "polling",
    "voting",
    "policing",
    "ruling",
    "governing",
    "opposing",
    "warring",
    "leading",
    "striking",
    "working",
    "trafficking",
    "laundering",
    "smuggling",
    "kidnapping",
    "peacebuilding",
    "monitoring",
    "manufacturing",
    "processing",
    "engineering",
    "operating",
];

fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "should"
            | "could"
            | "may"
            | "might"
            | "must"
            | "can"
            | "shall"
            | "get"
            | "got"
            | "going"
            | "to"
    )
}
