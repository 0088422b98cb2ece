//! Stage 3: clauses, verb patterns and the default source and target rules.

use dyad_core::{cameo, Event, Span};
use dyad_dict::{Dictionaries, EventCode, Pattern, PatternElem};
use dyad_text::{Token, TokenKind};

use crate::recognize::{Item, Recognized};
use crate::units::{Actor, Units};
use crate::{CoderConfig, CommaLimits, NoEvent, SentenceResult};

pub(crate) mod nominal;
mod settle;
mod verb;

use verb::Coding;

const CONJUNCTIONS: &[&str] = &["AND", "BUT", "OR", "NOR", "WHILE", "WHEREAS"];
const BE: &[&str] = &["IS", "ARE", "WAS", "WERE", "BEEN", "BE", "BEING"];
/// Nouns of time that stand as adverbs before a verb ("and last year designated").
pub(crate) const TIME_NOUNS: &[&str] = &[
    "YEAR",
    "YEARS",
    "WEEK",
    "WEEKS",
    "MONTH",
    "MONTHS",
    "DAY",
    "DAYS",
    "TIME",
    "NIGHT",
    "MORNING",
    "AFTERNOON",
    "EVENING",
    "WEEKEND",
    "DECADE",
    "TODAY",
    "YESTERDAY",
    "TOMORROW",
    "SPRING",
    "SUMMER",
    "AUTUMN",
    "FALL",
    "WINTER",
    "HOURS",
    "MINUTES",
];

/// What a pattern match designated.
#[derive(Clone, Debug, Default)]
struct Designated {
    source: Option<u32>,
    target: Option<u32>,
    compound: Option<u32>,
    /// Actors skipped by `^`: neither source nor target.
    skipped: Vec<u32>,
    /// Letters of the dictionary text actually matched (TABARI manual 5.7.1).
    letters: u32,
    /// Tokens between the verb and the farthest pattern word matched on either side.
    reach: usize,
    /// The first token a word of the pattern matched after the verb.
    first_word: Option<usize>,
}

struct Ctx<'a> {
    d: &'a Dictionaries,
    config: &'a CoderConfig,
    tokens: &'a [Token],
    rec: &'a Recognized,
    units: &'a Units<'a>,
    /// Tokens of eliminated comma-delimited clauses (TABARI manual 7.8).
    gone: Vec<bool>,
    /// TABARI's reading (its suite's quirks).
    tabari: bool,
    /// The sentence's dictionary words, sorted (for patterns' required words).
    present: Vec<dyad_dict::WordId>,
    /// Those words' bits (`id % 1024`): most absent words are told by one bit.
    present_bits: [u64; 16],
    /// Phrases, subjects and objects from the tagger, when it ran.
    syntax: Option<dyad_pos::chunk::Analysis>,
    /// News mode: the comma before a closing attribution (", Russian Finance Ministry says in
    /// statement", ", says the ministry"): who says it is no target of the verbs before.
    attribution_comma: Option<usize>,
    /// Whether that attribution closes the sentence (nothing after its saying verb but an
    /// addressee, a place or a time): the verbs inside it are no events.
    attribution_closes: bool,
}

impl Ctx<'_> {
    /// Whether dictionary word `w` is matched anywhere in the sentence.
    fn present(&self, w: dyad_dict::WordId) -> bool {
        self.present_bits[(w as usize >> 6) & 15] & (1 << (w & 63)) != 0
            && self.present.binary_search(&w).is_ok()
    }

    /// The first actor group that overlaps tokens `s..e`.
    fn group_in(&self, s: usize, e: usize) -> Option<u32> {
        (0..self.units.groups.len() as u32).find(|&g| {
            let t = self.units.groups[g as usize].tokens;
            t.0 < e && s < t.1
        })
    }

    fn group_starting(&self, s: usize) -> Option<u32> {
        let g = self.units.group_of.get(s).copied().flatten()?;
        (self.units.groups[g as usize].tokens.0 == s).then_some(g)
    }

    /// Matches a sequence of elements consecutively from `s` (synset members, alternatives).
    fn seq_at(
        &self,
        elems: &[PatternElem],
        s: usize,
        limit: usize,
        des: &mut Designated,
    ) -> Option<usize> {
        let mut pos = s;
        for (k, e) in elems.iter().enumerate() {
            if k == 0 || e.joined() {
                pos = self.elem_at(e, pos, limit, des)?;
            } else {
                // (`elem_at` writes to `des` only when it matches.)
                let found = (pos..limit).find_map(|q| self.elem_at(e, q, limit, des));
                pos = found?;
            }
        }
        Some(pos)
    }

    /// The best of several sequences at `s`: the longest dictionary text matched.
    fn best_of<'s>(
        &self,
        seqs: impl Iterator<Item = &'s Vec<PatternElem>>,
        s: usize,
        limit: usize,
        des: &mut Designated,
    ) -> Option<usize> {
        let mut best: Option<(u32, usize, Designated)> = None;
        for m in seqs {
            let mut d2 = des.clone();
            if let Some(end) = self.seq_at(m, s, limit, &mut d2) {
                if best.as_ref().is_none_or(|b| (d2.letters, end) > (b.0, b.1)) {
                    best = Some((d2.letters, end, d2));
                }
            }
        }
        let (_, end, d2) = best?;
        *des = d2;
        Some(end)
    }

    /// Matches one element starting exactly at token `s`; returns its end. `des` is written
    /// to only when the element matches (callers trying one position after another rely on
    /// it).
    fn elem_at(
        &self,
        e: &PatternElem,
        s: usize,
        limit: usize,
        des: &mut Designated,
    ) -> Option<usize> {
        if s >= limit || self.gone[s] {
            return None;
        }
        match e {
            PatternElem::Word {
                id, preposition, ..
            } => {
                // (The word itself first: most positions tried fail there.)
                if !self.rec.has(s, *id) {
                    return None;
                }
                // A possessive ("plan's") only matches a word that takes endings.
                let possessive_ok = !self.tokens[s].possessive
                    || self.d.lexicon.word(*id).1 != dyad_dict::WordKind::Only;
                // The preposition of a prepositional phrase "(TO …)" is not an infinitive's
                // "to" ("hailed Iran's role … to safeguard security" is no welcome to anyone).
                let infinitive = *preposition
                    && !self.tabari
                    && self.tokens[s].norm == "TO"
                    && self.rec.tags.get(s + 1) == Some(&dyad_pos::Tag::VB);
                // Nor is a preposition of time ("called Erdogan on Wednesday" is no call on
                // anyone).
                let of_time = *preposition && !self.tabari && self.time_word(s + 1);
                if possessive_ok && !infinitive && !of_time {
                    des.letters += dyad_dict::pattern_word_length(&self.d.lexicon, *id);
                    Some(s + 1)
                } else {
                    None
                }
            }
            PatternElem::Synset { index, .. } => {
                // Only the members that can start at this token.
                let members = &self.d.synsets[*index as usize].1;
                let (by_first, other) = &self.d.synset_index[*index as usize];
                let cands = self
                    .rec
                    .words(s)
                    .iter()
                    .filter_map(|w| by_first.get(w))
                    .flatten()
                    .chain(other.iter());
                self.best_of(cands.map(|&mi| &members[mi as usize]), s, limit, des)
            }
            PatternElem::Alt { alts, .. } => self.best_of(alts.iter(), s, limit, des),
            PatternElem::Source { .. }
            | PatternElem::Target { .. }
            | PatternElem::Compound { .. }
            | PatternElem::Skip { .. } => {
                // With the tagger's reading, `^` also skips a plain noun phrase ("warned
                // their populations about X"), as the PETRARCH parsers read it.
                let Some(g) = self.group_starting(s) else {
                    if !matches!(e, PatternElem::Skip { .. }) {
                        return None;
                    }
                    return self.noun_phrase_end(s, limit);
                };
                let grp = &self.units.groups[g as usize];
                match e {
                    PatternElem::Source { .. } => des.source = Some(g),
                    PatternElem::Target { .. } => des.target = Some(g),
                    PatternElem::Compound { .. } => {
                        if grp.members.len() < 2 || self.places_named(g) {
                            return None;
                        }
                        des.compound = Some(g);
                    }
                    _ => des.skipped.push(g),
                }
                Some(grp.tokens.1)
            }
            PatternElem::Verb { .. } => None,
        }
    }

    /// News mode: whether the group `g` is a list of bare countries or cities named after a
    /// preposition of place or direction ("met in Paris and Berlin", "spend two weeks in Hong
    /// Kong, Tokyo and Sydney discussing …", "trips to Saudi Arabia, the United States and
    /// Paris"): where, no parties acting on each other.
    fn places_named(&self, g: u32) -> bool {
        let grp = &self.units.groups[g as usize];
        let mut k = grp.tokens.0;
        if k > 0 && self.tokens[k - 1].norm == "THE" {
            k -= 1;
        }
        !self.tabari
            && self.config.every_verb
            && k > 0
            && matches!(
                self.tokens[k - 1].norm.as_str(),
                "IN" | "AT"
                    | "NEAR"
                    | "ACROSS"
                    | "THROUGHOUT"
                    | "INSIDE"
                    | "WITHIN"
                    // (destinations too: "trips to Saudi Arabia, the United States and
                    // Paris to discuss …")
                    | "TO"
                    | "INTO"
            )
            && grp.members.iter().all(|m| {
                m.code.len() == 3
                    && m.agents.0.is_empty()
                    && !m.reference
                    && crate::units::is_country(&m.code)
            })
    }

    /// A day, a month or a relative day ("Wednesday", "Feb.", "today") at token `k`.
    fn time_word(&self, k: usize) -> bool {
        const SHORT: &[&str] = &[
            "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
        ];
        self.tokens.get(k).is_some_and(|t| {
            let w = t.norm.as_str();
            t.capitalized && crate::recognize::CALENDAR.contains(&w)
                || ["TODAY", "TONIGHT", "YESTERDAY", "TOMORROW"].contains(&w)
                || t.capitalized && SHORT.contains(&w.trim_end_matches('.'))
        })
    }

    /// The end of the plain noun phrase (no actor) starting at `s`, when the tagger ran.
    fn noun_phrase_end(&self, s: usize, limit: usize) -> Option<usize> {
        use dyad_pos::Tag as T;
        let tags = &self.rec.tags;
        let mut k = s;
        let mut noun = false;
        while k < limit && self.units.group_of[k].is_none() {
            match tags.get(k) {
                Some(t) if t.is_noun() => noun = true,
                Some(T::DT | T::JJ | T::PRPS | T::CD) if !noun => {}
                _ => break,
            }
            k += 1;
        }
        noun.then_some(k)
    }

    /// With the tagger's reading, where a subordinate clause after the verb at `ve` begins:
    /// a subordinating conjunction whose clause has a finite verb of its own ("restore ties
    /// with Gxndor, several years after Calenardhon crowds burned down its embassy"). The
    /// verb's default target is looked for before it.
    fn subordinate_start(&self, ve: usize, ce: usize) -> usize {
        use dyad_pos::Tag as T;
        if self.tabari || self.rec.tags.is_empty() {
            return ce;
        }
        // (A list's commas do not end the clause: "when the United States, Japan, West
        // Germany, France and Britain curbed the dollar's strength".)
        let list_comma = |j: usize| {
            j > 0
                && self.units.group_of[j - 1].is_some()
                && self.units.group_of.get(j + 1).copied().flatten().is_some()
        };
        (ve..ce)
            .find(|&k| {
                SUBORDINATORS.contains(&self.tokens[k].norm.as_str())
                    && ((k + 1..ce)
                    .take_while(|&j| self.tokens[j].kind != TokenKind::Comma || list_comma(j))
                    .any(|j| matches!(self.rec.tags.get(j), Some(T::VBD | T::VBZ | T::VBP | T::MD)))
                    // (or a gerund of its own: "rejected the accusation after repeatedly
                    // referring to the virus as Chinese")
                    || ((k + 1..(k + 3).min(ce))
                            .find(|&j| self.rec.tags.get(j) != Some(&T::RB))
                            .is_some_and(|j| self.rec.tags.get(j) == Some(&T::VBG))))
            })
            .unwrap_or(ce)
    }

    /// Where the words after the verb at `ve` may be looked for: up to a comma (and, with
    /// the tagger's reading, a relative or concessive clause — "… to complain about a rally to
    /// commemorate those who were killed by the military forces" —, an adjunct of cause or
    /// the content of a charge).
    /// With the tagger's reading, whether "that" at `k` (after the verb ending at `ve`) opens
    /// a relative clause on the noun before it whose subject it is: a finite verb follows
    /// (after adverbs): "the convoy that had crossed", not "warned Iran that it would".
    pub(crate) fn subject_relative_that(&self, ve: usize, k: usize) -> bool {
        use dyad_pos::Tag as T;
        let tags = &self.rec.tags;
        k > ve
            && self.tokens[k].norm == "THAT"
            && tags.get(k - 1).is_some_and(|t| matches!(t, T::NN | T::NNS))
            && (k + 1..self.tokens.len())
                .find(|&j| tags.get(j) != Some(&T::RB))
                .is_some_and(|j| matches!(tags.get(j), Some(T::VBD | T::VBZ | T::VBP | T::MD)))
    }

    /// Whether an adjunct of cause opens at token `k` ("in relation to", "in response to",
    /// "due to", "because of").
    pub(crate) fn cause_adjunct(&self, k: usize) -> bool {
        let w = |j: usize| self.tokens.get(j).map(|t| t.norm.as_str());
        matches!(
            (w(k), w(k + 1), w(k + 2)),
            (Some("IN"), Some("RELATION" | "RESPONSE"), Some("TO"))
                | (Some("DUE" | "OWING"), Some("TO"), _)
                | (Some("BECAUSE"), Some("OF"), _)
        )
    }

    fn after_limit(&self, ve: usize, ce: usize) -> usize {
        // (Nor past an adjunct of cause: "imposed sanctions on Lebanon in relation to the
        // 2005 terrorist bombing", "in response to", "due to", "because of".)
        let cause = |k: usize| self.cause_adjunct(k);
        // (Not at a parenthetical ", including 19 officers," that the verb's own
        // prepositional phrase follows: "announced the deployment of 230 troops, including 19
        // officers, to Liberia".)
        // (The closing comma of such a parenthetical opened by the comma at `k`.)
        let inserted = |k: usize| -> Option<usize> {
            if self.rec.tags.is_empty() || self.tokens.get(k + 1)?.norm != "INCLUDING" {
                return None;
            }
            let j = (k + 2..(k + 8).min(ce)).find(|&j| self.tokens[j].kind == TokenKind::Comma)?;
            let listed = (k + 2..j).all(|q| {
                self.rec.tags.get(q).is_some_and(|t| {
                    t.is_noun()
                        || t.is_adjective()
                        || matches!(t, dyad_pos::Tag::CD | dyad_pos::Tag::DT | dyad_pos::Tag::CC)
                })
            });
            let then_destination = self
                .tokens
                .get(j + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "TO" | "INTO" | "AGAINST" | "ON"));
            (listed && then_destination).then_some(j)
        };
        let mut skip_to = 0;
        (ve..ce)
            .find(|&k| {
                if k < skip_to {
                    return false;
                }
                if self.tokens[k].kind == TokenKind::Comma {
                    if let Some(j) = inserted(k) {
                        skip_to = j + 1;
                        return false;
                    }
                }
                self.tokens[k].kind == TokenKind::Comma
                    || (!self.rec.tags.is_empty() && cause(k))
                    // (Nor into the content of a charge: "denied charges that it suspended a
                    // senior official" dismisses no official.)
                    || (!self.rec.tags.is_empty() && charge_opens(self.tokens, ve, k, false))
                    // (Nor into a relative clause with "that" on a noun: "attacked the convoy
                    // that had crossed into Iraq".)
                    || self.subject_relative_that(ve, k)
                    || (!self.rec.tags.is_empty()
                        && matches!(
                            self.tokens[k].norm.as_str(),
                            "WHICH"
                                | "WHO"
                                | "WHOM"
                                | "WHOSE"
                                | "BECAUSE"
                                | "ALTHOUGH"
                                | "THOUGH"
                                | "WHEREAS"
                        ))
            })
            // (A pattern may name the charge's "that" itself: "SUPPORT * THE_NOTION_THAT".)
            .map(|k| {
                if !self.rec.tags.is_empty() && charge_opens(self.tokens, ve, k, false) {
                    k + 1
                } else {
                    k
                }
            })
            .unwrap_or(ce)
    }

    /// Matches a pattern around the verb at tokens `[vs, ve)` inside the clause `[cs, ce)`;
    /// words after the verb are looked for before `limit` (see `after_limit`).
    fn pattern(
        &self,
        p: &Pattern,
        vs: usize,
        ve: usize,
        cs: usize,
        limit: usize,
    ) -> Option<Designated> {
        let mut des = Designated::default();
        let mut pos = ve;
        // News mode: a pattern's words are not looked for inside a phrase of time or
        // concession after the verb unless the pattern names its preposition ("suspended
        // Niger after the military coup" suspends no troops; "(AFTER PROTEST)" still reads).
        // ("during" may name the occasion itself: "meets Pena Nieto during their bilateral
        // meeting at the G20 summit", 044; "before" and "until" with a clause a condition:
        // "must do something meaningful before he would support lifting sanctions".)
        let adjunct = (!self.tabari && !self.rec.tags.is_empty())
            .then(|| {
                (ve + 1..limit).find(|&k| {
                    self.rec.tags.get(k) == Some(&dyad_pos::Tag::IN)
                        && match self.tokens[k].norm.as_str() {
                            "AFTER" | "FOLLOWING" | "AMID" | "AMIDST" | "SINCE" | "DESPITE" => true,
                            // (a time, not a clause of its own: "until March 31", "before
                            // selling soybeans")
                            "BEFORE" | "UNTIL" => (k + 1..limit)
                                .take_while(|&j| self.tokens[j].kind != TokenKind::Comma)
                                .all(|j| !self.rec.tags.get(j).is_some_and(|t| t.is_finite())),
                            _ => false,
                        }
                })
            })
            .flatten();
        let wordlike = |e: &PatternElem| {
            matches!(
                e,
                PatternElem::Word { .. } | PatternElem::Synset { .. } | PatternElem::Alt { .. }
            )
        };
        for (k, e) in p.after.iter().enumerate() {
            if e.joined() {
                let start = pos;
                pos = self.elem_at(e, pos, limit, &mut des)?;
                if wordlike(e) && des.first_word.is_none() {
                    des.first_word = Some(start);
                }
            } else {
                // News mode: an actor slot right after a preposition of the pattern is that
                // preposition's noun phrase ("* WITH +": "spoke with the Iranian minister"),
                // not an actor further on ("maintains a mission … with the aim of helping the
                // country get rid of the militants").
                let after_preposition = !self.tabari
                    && !self.rec.tags.is_empty()
                    && matches!(e, PatternElem::Source { .. } | PatternElem::Target { .. })
                    && k > 0
                    && pos > 0
                    && matches!(p.after[k - 1], PatternElem::Word { .. })
                    && matches!(
                        self.tokens[pos - 1].norm.as_str(),
                        "WITH"
                            | "FOR"
                            | "AGAINST"
                            | "TO"
                            | "ON"
                            | "OF"
                            | "FROM"
                            | "BY"
                            | "AT"
                            | "OVER"
                            | "INTO"
                            | "TOWARD"
                            | "TOWARDS"
                            | "BETWEEN"
                            | "AMONG"
                            | "ABOUT"
                            | "UPON"
                    );
                // (The noun phrase may be long — "with the South Pacific island nation of
                // Nauru" — but ends at a verb, another preposition or a comma.)
                let end = if after_preposition {
                    use dyad_pos::Tag as T;
                    (pos..limit)
                        .find(|&q| {
                            self.group_starting(q).is_none()
                                && self.tokens[q].norm != "OF"
                                && !matches!(
                                    self.rec.tags.get(q),
                                    Some(
                                        T::DT
                                            | T::JJ
                                            | T::JJR
                                            | T::JJS
                                            | T::NN
                                            | T::NNS
                                            | T::NNP
                                            | T::NNPS
                                            | T::CD
                                            | T::PRPS
                                            | T::POS
                                            | T::VBN
                                    )
                                )
                        })
                        .unwrap_or(limit)
                } else {
                    limit
                };
                let end = match adjunct {
                    Some(a)
                        if pos <= a
                            && !matches!(e, PatternElem::Word { id, .. } if self.rec.has(a, *id)) =>
                    {
                        end.min(a)
                    }
                    _ => end,
                };
                // (`elem_at` writes to `des` only when it matches.)
                let mut found = None;
                for q in pos..end {
                    if let Some(end) = self.elem_at(e, q, limit, &mut des) {
                        if wordlike(e) && des.first_word.is_none() {
                            des.first_word = Some(q);
                        }
                        found = Some(end);
                        break;
                    }
                }
                pos = found?;
            }
        }
        // Before the verb: backward from the verb.
        let mut cur = vs;
        let mut must_end_at = p.verb_joined;
        for (k, e) in p.before.iter().enumerate().rev() {
            let mut found = None;
            let mut s = cur;
            while s > cs {
                s -= 1;
                if !must_end_at {
                    // (`elem_at` writes to `des` only when it matches.)
                    if self.elem_at(e, s, cur, &mut des).is_some() {
                        found = Some(s);
                        break;
                    }
                    continue;
                }
                // (A match must end at `cur`: one that does not leaves `des` as it was.)
                let mut d2 = des.clone();
                if self.elem_at(e, s, cur, &mut d2) == Some(cur) {
                    des = d2;
                    found = Some(s);
                    break;
                }
                if s + 3 < cur {
                    break;
                }
            }
            cur = found?;
            // TABARI does not hold a synset to the connector after it
            // ("MOST_CERTAINLY_&NEGATVAUXVRB_EVER" matches "… did not even ever").
            let after_synset =
                self.tabari && k > 0 && matches!(p.before[k - 1], PatternElem::Synset { .. });
            must_end_at = e.joined() && !after_synset;
        }
        des.reach = pos.saturating_sub(ve) + vs.saturating_sub(cur);
        Some(des)
    }

    /// TABARI's COMPLEX filter (its limits in `config.complex`; none set, none applies), with
    /// NOACTPRIOR: whether the sentence, cut into `clause_count` clauses, is too complex to
    /// code.
    fn tabari_complex(&self, clause_count: usize) -> bool {
        let Ctx {
            d,
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        let limits = config.complex;
        if limits == crate::ComplexLimits::default() {
            return false;
        }
        let verbs = rec
            .marks
            .iter()
            .filter(|m| !self.gone[m.start])
            .filter(|m| match m.item {
                Item::Verb(v) => {
                    let form = &d.verbs[v as usize];
                    let block = &d.blocks[form.block as usize];
                    let code = form.code.as_ref().or(block.code.as_ref());
                    !(matches!(code, Some(EventCode::Null)) && block.patterns.is_empty())
                }
                _ => false,
            })
            .count();
        let conjunctions = clause_count.saturating_sub(1);
        let actors = units.groups.iter().map(|g| g.members.len()).sum::<usize>();
        let over = |n: usize, limit: usize| limit > 0 && n >= limit;
        // NOACTPRIOR: complex when no actor comes before the first verb (null-coded verbs
        // do not count: "On accord Gondor repelled Mordor").
        let first_verb = rec
            .marks
            .iter()
            .find(|m| match m.item {
                Item::Verb(v) => {
                    let form = &d.verbs[v as usize];
                    let code = form
                        .code
                        .as_ref()
                        .or(d.blocks[form.block as usize].code.as_ref());
                    // (A verb after a preposition is a gerund: "the flare-up in fighting".)
                    let after_preposition = m.start > 0
                        && matches!(
                            tokens[m.start - 1].norm.as_str(),
                            "IN" | "OF" | "ON" | "FOR" | "BY" | "WITH" | "AFTER" | "BEFORE"
                        );
                    !self.gone[m.start]
                        && !after_preposition
                        && !matches!(code, Some(EventCode::Null))
                }
                _ => false,
            })
            .map(|m| m.start);
        let first_actor = units.groups.first().map(|g| g.tokens.0);
        let no_actor_prior = config.require_prior_actor
            && first_verb.is_some_and(|v| first_actor.is_none_or(|a| a > v));
        no_actor_prior
            || over(verbs, limits.verbs)
            || over(conjunctions, limits.conjunctions)
            || over(actors, limits.actors)
    }
}

/// Clause ranges: cut at conjunctions and semicolons that are not inside a compound actor.
/// With the tagger's reading, AND/OR between nouns or adjectives ("a new bombing and
/// shelling offensive") joins words of a phrase unless a finite verb follows closely.
fn clauses(
    tokens: &[Token],
    rec: &Recognized,
    units: &Units,
    gone: Option<&[bool]>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        // (Not inside a dictionary phrase: "SHOT_AND_WOUND".)
        let cut = (CONJUNCTIONS.contains(&t.norm.as_str())
            && units.group_of[i].is_none()
            && rec.mark_of[i].is_none()
            && !phrase_join(tokens, rec, units, i)
            && !compound_phrase(rec, i)
            && !joins_across_dropped(tokens, units, gone, i))
            || t.kind == TokenKind::Semicolon;
        if cut && i > start {
            out.push((start, i));
            start = i + 1;
        } else if cut {
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// Whether the conjunction at `i` joins words of a phrase, not clauses, with the tagger's
/// reading (see [`clauses`]): coordinated adverbs, nouns or adjectives, prepositions, "and
/// other", or the last item of a subject list.
fn phrase_join(tokens: &[Token], rec: &Recognized, units: &Units, i: usize) -> bool {
    use dyad_pos::Tag as T;
    let tags = &rec.tags;
    // "heavily and unjustly criticized": coordinated adverbs.
    let adverbs = i > 0
        && tags.get(i - 1).is_some_and(|t| t.is_adverb())
        && tags.get(i + 1).is_some_and(|t| t.is_adverb());
    // "Pakistan and other governments have sent": the end of a list.
    let and_other = !tags.is_empty()
        && tokens[i].norm == "AND"
        && tokens.get(i + 1).is_some_and(|t| t.norm == "OTHER");
    // "travel curbs to and from North Korea": coordinated prepositions.
    let prepositions = matches!(tokens[i].norm.as_str(), "AND" | "OR")
        && i > 0
        && tags.get(i - 1).is_some_and(|t| matches!(t, T::IN | T::TO))
        && tags.get(i + 1).is_some_and(|t| matches!(t, T::IN | T::TO));
    adverbs
        || coordinated_nouns(tokens, rec, units, i)
        || and_other
        || prepositions
        || subject_list_end(tokens, tags, i)
}

/// Whether AND/OR at `i` joins nouns or adjectives of one phrase ("a new bombing and
/// shelling offensive"): no finite verb follows closely, or it joins the subject's nouns
/// after an actor before any verb ("the army and allied fighters attacked").
fn coordinated_nouns(tokens: &[Token], rec: &Recognized, units: &Units, i: usize) -> bool {
    use dyad_pos::Tag as T;
    let tags = &rec.tags;
    matches!(tokens[i].norm.as_str(), "AND" | "OR")
        && i > 0
        // ("returned Mayan and Aztec artifacts": names modifying a common noun too)
        && tags.get(i - 1).is_some_and(|t| {
            matches!(t, T::NN | T::NNS | T::JJ)
                || (*t == T::NNP
                    && tags.get(i + 1) == Some(&T::NNP)
                    && tags.get(i + 2).is_some_and(|n| matches!(n, T::NN | T::NNS)))
                // ("sanctions on former President Viktor Yanukovich and ex-Prime
                // Minister Mykola Azarov": a name and an actor or agent phrase)
                || (matches!(t, T::NNP | T::NNPS) && names_party(tokens, rec, i + 1))
        })
        && (!(i + 1..(i + 5).min(tags.len()))
            .any(|k| matches!(tags[k], T::VBD | T::VBZ | T::VBP | T::MD))
            // Before any verb, AND after an actor joins the subject's nouns ("the
            // army and allied fighters attacked").
            || (units.group_of[i - 1].is_some()
                && !tags[..i].iter().any(|t| t.is_verb() || *t == T::MD)))
}

/// Whether an actor or agent phrase starts within three words from `k`, after
/// determiners, adjectives, nouns and names only ("and ex-Prime Minister Mykola Azarov").
fn names_party(tokens: &[Token], rec: &Recognized, k: usize) -> bool {
    use dyad_pos::Tag as T;
    (k..(k + 3).min(tokens.len()))
        .find(|&j| {
            rec.mark_of[j].is_some()
                || !matches!(rec.tags.get(j), Some(T::DT | T::JJ | T::NN | T::NNP))
        })
        .and_then(|j| rec.mark_of[j])
        .is_some_and(|m| matches!(rec.marks[m as usize].item, Item::Actor(_) | Item::Agent(_)))
}

/// Whether AND/OR at `i` ends a subject list before any verb ("U.S. military aircraft,
/// helicopters, and vessels are giving"): the last item follows.
fn subject_list_end(tokens: &[Token], tags: &[dyad_pos::Tag], i: usize) -> bool {
    use dyad_pos::Tag as T;
    matches!(tokens[i].norm.as_str(), "AND" | "OR")
        && i >= 2
        && tokens[i - 1].kind == TokenKind::Comma
        && tags.get(i - 2).is_some_and(|t| t.is_noun())
        && tags
            .get(i + 1)
            .is_some_and(|t| t.is_noun() || t.is_adjective())
        && !tags[..i].iter().any(|t| t.is_verb() || *t == T::MD)
}

/// TABARI's compound noun and adjective phrases (manual 7.5.1): whether the conjunction at
/// `i` joins "black sheep and lazy white goats", "black and white goats", which do not
/// divide clauses.
fn compound_phrase(rec: &Recognized, i: usize) -> bool {
    use dyad_dict::NounKind as K;
    if i == 0 {
        return false;
    }
    match noun_kind_at(rec, i - 1) {
        Some(K::Adjective) => noun_kind_at(rec, i + 1) == Some(K::Adjective),
        Some(K::Noun) => {
            let mut k = i + 1;
            while noun_kind_at(rec, k) == Some(K::Adjective) {
                k += 1;
            }
            noun_kind_at(rec, k) == Some(K::Noun)
        }
        _ => false,
    }
}

/// The kind of the noun or adjective (TABARI's compound phrases) recognized at `k`, if any.
fn noun_kind_at(rec: &Recognized, k: usize) -> Option<dyad_dict::NounKind> {
    match rec.mark_of.get(k).copied().flatten() {
        Some(m) => match rec.marks[m as usize].item {
            Item::Noun(kind) => Some(kind),
            _ => None,
        },
        None => None,
    }
}

/// TABARI: whether AND at `i` joins the actors on either side of a dropped comma clause
/// (`gone`: the dropped tokens), as once that clause is gone ("the Prince of Dol_Amroth,
/// associated with the IMF and Red Cross, and Elrond …").
fn joins_across_dropped(tokens: &[Token], units: &Units, gone: Option<&[bool]>, i: usize) -> bool {
    let Some(gone) = gone else { return false };
    if tokens[i].norm != "AND" {
        return false;
    }
    let before = (0..i)
        .rev()
        .find(|&k| !gone[k] && tokens[k].kind != TokenKind::Comma);
    if !before.is_some_and(|b| (b + 1..i).any(|k| gone[k])) {
        return false;
    }
    let group_ends = before.is_some_and(|k| {
        units.group_of[k].is_some_and(|g| units.groups[g as usize].tokens.1 == k + 1)
    });
    let group_starts = units
        .group_of
        .get(i + 1)
        .copied()
        .flatten()
        .is_some_and(|g| units.groups[g as usize].tokens.0 == i + 1);
    group_ends && group_starts
}

/// PETRARCH-1 reads a trailing attribution (", a senior Bree official said on Saturday.") as a
/// clause of its own: cut the last clause at the last comma when what follows is an actor or
/// agent phrase and a saying verb.
fn split_attribution(
    tokens: &[Token],
    rec: &Recognized,
    d: &Dictionaries,
    clauses: &mut Vec<(usize, usize)>,
) {
    let Some(&(cs, ce)) = clauses.last() else {
        return;
    };
    let Some(comma) = (cs..ce).rev().find(|&k| tokens[k].kind == TokenKind::Comma) else {
        return;
    };
    let tail: Vec<usize> = (comma + 1..ce).collect();
    let has_actor = tail.iter().any(|&k| {
        rec.mark_of[k]
            .is_some_and(|m| matches!(rec.marks[m as usize].item, Item::Actor(_) | Item::Agent(_)))
    });
    let says = tail.iter().any(|&k| {
        rec.mark_of[k].is_some_and(|m| match rec.marks[m as usize].item {
            Item::Verb(v) => matches!(
                verb_word(d, v).as_str(),
                "SAY" | "SAID" | "REPORT" | "ANNOUNCE" | "STATE" | "TELL" | "ADD"
            ),
            _ => false,
        })
    });
    if has_actor && says && comma > cs {
        clauses.pop();
        clauses.push((cs, comma));
        clauses.push((comma + 1, ce));
    }
}

/// The saying verbs of a closing attribution.
pub(crate) const CLOSING_SAYING: &[&str] = &[
    "SAY",
    "SAID",
    "SAYS",
    "TOLD",
    "TELLS",
    "ADDED",
    "ADDS",
    "REPORTED",
    "REPORTS",
    "STATED",
    "STATES",
    "ANNOUNCED",
    "ANNOUNCES",
    "WROTE",
    "WRITES",
    // (Other verbs of saying that close a report: "…, the FTC charged.", "…, he argued.")
    "CHARGED",
    "CHARGES",
    "ALLEGED",
    "ALLEGES",
    "WARNED",
    "WARNS",
    "ARGUED",
    "ARGUES",
    "NOTED",
    "NOTES",
    "INSISTED",
    "INSISTS",
    "CLAIMED",
    "CLAIMS",
    "CONFIRMED",
    "CONFIRMS",
    "EXPLAINED",
    "EXPLAINS",
    "ESTIMATED",
    "ESTIMATES",
    "PREDICTED",
    "PREDICTS",
    "ADMITTED",
    "ADMITS",
    "ACKNOWLEDGED",
    "ACKNOWLEDGES",
    "ASSERTED",
    "ASSERTS",
    "DECLARED",
    "DECLARES",
    "STRESSED",
    "STRESSES",
    "EMPHASIZED",
    "EMPHASIZES",
    "EMPHASISED",
    "EMPHASISES",
    "REPLIED",
    "REPLIES",
    "COMMENTED",
    "CONCEDED",
    "CONCEDES",
    "SUGGESTED",
    "SUGGESTS",
    "DISCLOSED",
    "DISCLOSES",
    "REVEALED",
    "REVEALS",
    "COMPLAINED",
    "COMPLAINS",
    "TESTIFIED",
    "CAUTIONED",
    "RECALLED",
    "OBSERVED",
    "CONCLUDED",
    "BELIEVE",
    "BELIEVES",
    "BELIEVED",
];

/// The last comma of a sentence that ends in an attribution: a noun phrase and a saying verb
/// in the present or past ("…, the ministry said on Tuesday", "…, says the ministry"), no
/// other verb.
fn closing_attribution(tokens: &[Token], rec: &Recognized) -> Option<(usize, bool)> {
    use dyad_pos::Tag as T;
    let comma = tokens.iter().rposition(|t| t.kind == TokenKind::Comma)?;
    let tag = |k: usize| rec.tags.get(k).copied();
    // (A base form or a gerund is no second finite verb: the tagger reads "lead manager
    // Morgan Stanley said" with a verb "lead".)
    // (Nor a word in brackets, a name's translation or acronym: "reported the Bolivian
    // Environment Forum (Foro Boliviano sobre Medio Ambiente - FOBOMADE)".)
    let mut depth = 0i32;
    let bracketed: Vec<bool> = tokens
        .iter()
        .map(|t| {
            match t.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = (depth - 1).max(0),
                _ => {}
            }
            depth > 0
        })
        .collect();
    let finite: Vec<usize> = (comma + 1..tokens.len())
        .filter(|&k| !bracketed[k])
        .filter(|&k| tag(k).is_some_and(|t| t.is_verb() && !matches!(t, T::VB | T::VBG)))
        .collect();
    let [v] = finite[..] else {
        return None;
    };
    // (The tagger may read a past tense after a plural noun as a participle: ", Syrian
    // state media reported.")
    let finite = matches!(tag(v), Some(T::VBD | T::VBZ | T::VBP))
        || (tag(v) == Some(T::VBN) && v > comma + 1 && tag(v - 1).is_some_and(|t| t.is_noun()));
    if !finite {
        return None;
    }
    let saying = CLOSING_SAYING;
    if !(saying.contains(&tokens[v].norm.as_str()) && comma > 0) {
        return None;
    }
    // (Whether it closes the sentence: nothing after the saying verb but its addressee, a
    // place or a time — no "that", no clause of its own: "…, CFTC, said that on April 15 it
    // will …".)
    let closes = !(v + 1..tokens.len())
        .any(|k| tokens[k].norm == "THAT" || tag(k).is_some_and(|t| t.is_verb() || t == T::MD));
    // (When the saying verb stands alone after the comma, its speaker is the phrase before,
    // with its own phrases: "…, the official North Korean Central News Agency, monitored in
    // Tokyo, reported.")
    let finite_in = |a: usize, b: usize| {
        (a..b).any(|k| matches!(tag(k), Some(T::VBD | T::VBZ | T::VBP | T::MD)))
    };
    // (Not when the speaker follows the verb: "…, reports Excelsior.")
    let speaker_after =
        (v + 1..tokens.len()).any(|k| tag(k).is_some_and(|t| t.is_noun() || t == T::PRP));
    if closes && !speaker_after && (comma + 1..v).all(|k| matches!(tag(k), Some(T::RB))) {
        let mut start = comma;
        for _ in 0..2 {
            let Some(prev) = (0..start).rposition(|k| tokens[k].kind == TokenKind::Comma) else {
                break;
            };
            if prev == 0 || finite_in(prev + 1, start) {
                break;
            }
            start = prev;
        }
        if start < comma {
            return Some((start, closes));
        }
    }
    // (A pronoun says it too: "…, he said.")
    let named = (comma + 1..tokens.len())
        .any(|k| rec.tags.get(k).is_some_and(|t| t.is_noun() || *t == T::PRP));
    if !named {
        return None;
    }
    // (Over a name the saying phrase is the apposition of: "…, Roland Dumas, head of a
    // parliamentary committee, said.")
    let name_start = (0..comma)
        .rev()
        .take_while(|&k| tag(k).is_some_and(|t| matches!(t, T::NNP | T::NNPS)))
        .last();
    if let Some(n) = name_start.filter(|&n| n > 1 && tokens[n - 1].kind == TokenKind::Comma) {
        return Some((n - 1, closes));
    }
    Some((comma, closes))
}

/// Words that open a subordinate clause ("… signed an agreement after the UK leaves").
pub(crate) const SUBORDINATORS: &[&str] = &[
    "AFTER", "BEFORE", "SINCE", "WHEN", "WHILE", "UNTIL", "BECAUSE", "ALTHOUGH", "THOUGH",
    "UNLESS", "WHEREAS", "IF", "ONCE",
];

struct Coded {
    event: Event,
    subordinate: bool,
    dominant: bool,
    /// The verb block and the verb's first token, for PETRARCH-2 transformations.
    origin: Option<(u32, usize)>,
}

/// Codes the sentence.
pub fn code(
    d: &Dictionaries,
    config: &CoderConfig,
    tokens: &[Token],
    rec: &Recognized,
    units: &Units,
) -> SentenceResult {
    if rec.complex {
        return SentenceResult {
            events: Vec::new(),
            no_event: Some(NoEvent::Complex),
        };
    }
    if config.min_words > 0
        && tokens
            .iter()
            .filter(|t| {
                matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Comma
                )
            })
            .count()
            < config.min_words
    {
        return SentenceResult {
            events: Vec::new(),
            no_event: Some(NoEvent::NoEvent),
        };
    }
    let attribution = (config.every_verb && !config.tabari_rules)
        .then(|| closing_attribution(tokens, rec))
        .flatten();
    let present = rec.all_words();
    let mut present_bits = [0u64; 16];
    for &w in &present {
        present_bits[(w as usize >> 6) & 15] |= 1 << (w & 63);
    }
    let cx = Ctx {
        d,
        config,
        tokens,
        rec,
        units,
        tabari: config.tabari_rules,
        gone: if config.comma_clauses {
            nonrestrictive(tokens, &rec.tags, units, &config.comma)
        } else {
            vec![false; tokens.len()]
        },
        present_bits,
        present,
        syntax: (!rec.tags.is_empty()).then(|| {
            let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
            dyad_pos::chunk::analyse(&words, &rec.tags)
        }),
        attribution_comma: attribution.map(|(k, _)| k),
        attribution_closes: attribution.is_some_and(|(_, closes)| closes),
    };
    let mut clause_list = clauses(tokens, rec, units, cx.tabari.then_some(&cx.gone[..]));
    // TABARI's COMPLEX filter: verbs outside dropped comma clauses (not null-coded ones
    // without patterns), clause-dividing conjunctions, actor phrases.
    if cx.tabari_complex(clause_list.len()) {
        return SentenceResult {
            events: Vec::new(),
            no_event: Some(NoEvent::Complex),
        };
    }
    if config.petrarch1 {
        split_attribution(tokens, rec, d, &mut clause_list);
    }
    let mut st = Coding::default();
    for (cs, ce) in clause_list {
        match cx.code_clause(cs, ce, &mut st) {
            Ok(false) => {}
            Ok(true) => break,
            Err(result) => return result,
        }
    }
    cx.unpatterned_demands(&mut st);
    let events = cx.settle(st.coded);
    let no_event = events.is_empty().then_some(NoEvent::NoEvent);
    SentenceResult { events, no_event }
}

fn make_event(
    s: &Actor,
    t: Option<&Actor>,
    code: &str,
    verb_span: Span,
    pattern: Option<dyad_core::Provenance>,
) -> Event {
    let info = cameo::lookup(code);
    Event {
        record_id: String::new(),
        sentence: 0,
        source: s.code.clone(),
        target: t.map(|t| t.code.clone()).unwrap_or_default(),
        code: code.to_string(),
        root: info.map(|i| i.root.to_string()),
        quad_class: info.map(|i| i.quad_class),
        goldstein: info.and_then(|i| i.goldstein),
        sentence_span: Span::default(),
        source_actor: Some(s.to_match()),
        target_actor: t.map(Actor::to_match),
        verb_span,
        pattern,
    }
}

/// Codes that already state a demand, appeal, threat or intent (CAMEO 02, 03, 10, 13): these
/// are what a modal act is, so they stay.
fn is_directive(code: &str) -> bool {
    matches!(code.get(..2), Some("02" | "03" | "10" | "13"))
}

/// Where the "be" of "must be ready to" stands when the verb at `vs` is the act someone
/// must or should be ready, willing, prepared or able to do ("the European Union must be
/// ready to mediate"): that act is demanded, not intended.
fn demanded_readiness(tokens: &[Token], cs: usize, vs: usize) -> Option<usize> {
    if vs < cs + 4 || tokens[vs - 1].norm != "TO" {
        return None;
    }
    let adjective = vs - 2;
    if !matches!(
        tokens[adjective].norm.as_str(),
        "READY" | "WILLING" | "PREPARED" | "ABLE"
    ) {
        return None;
    }
    // (Adverbs between: "must be fully prepared to".)
    let be = (adjective.saturating_sub(3).max(cs)..adjective)
        .rev()
        .find(|&k| tokens[k].norm == "BE")?;
    let modal = be.checked_sub(1).filter(|&k| k >= cs)?;
    let modal = if tokens[modal].norm == "TO" && modal > cs {
        modal - 1
    } else {
        modal
    };
    matches!(tokens[modal].norm.as_str(), "MUST" | "SHOULD" | "OUGHT").then_some(be)
}

/// The CAMEO demand (10x) for an act that someone says another should do.
fn demand_for(act: &str) -> &'static str {
    match act.get(..3).unwrap_or(act) {
        "087" => "1056",
        "084" => "1053",
        "085" => "1054",
        "081" => "1051",
        "082" => "1052",
        "086" => "1055",
        // (CAMEO's 105 is a demand for mediation, 108 for a meeting or negotiation; 106
        // is a demand for withdrawal.)
        "045" => "105",
        _ => match act.get(..2) {
            Some("04") => "108",
            Some("05") => "102",
            Some("06") => "101",
            Some("07") => "103",
            Some("08") => "105",
            _ => "100",
        },
    }
}

/// The base word of a verb form's dictionary entry ("SAY {SAYS SAID}" → SAY).
fn verb_word(d: &Dictionaries, v: u32) -> String {
    let e = &d.verbs[v as usize].provenance.entry;
    e.split(|c: char| c.is_whitespace() || c == '{' || c == '[')
        .next()
        .unwrap_or("")
        .trim_start_matches('+')
        .split('_')
        .next()
        .unwrap_or("")
        .trim_end_matches('=')
        .to_ascii_uppercase()
}

fn apply_transformations(
    d: &Dictionaries,
    rec: &Recognized,
    units: &Units<'_>,
    a: &dyad_pos::chunk::Analysis,
    coded: &mut [Coded],
) {
    use dyad_dict::transform::Slot;
    for c in coded.iter_mut() {
        let Some((_, vtok)) = c.origin else { continue };
        let Some(Item::Verb(inner_v)) = rec
            .mark_of
            .get(vtok)
            .copied()
            .flatten()
            .map(|m| rec.marks[m as usize].item)
        else {
            continue;
        };
        let Some(v) = a.verbs.iter().find(|x| x.chunk == a.chunk_of[vtok]) else {
            continue;
        };
        let Some(Some(k)) = v.reported_by else {
            continue;
        };
        // (Not over a coming or possible act: "Obama said he will attack Iraq" claims no
        // attack; the modal reading codes it, a threat.)
        if v.modal.is_some() {
            continue;
        }
        let sv = &a.verbs[k];
        let head = a.chunks[sv.chunk].head;
        let Some(Item::Verb(outer_v)) = rec
            .mark_of
            .get(head)
            .copied()
            .flatten()
            .map(|m| rec.marks[m as usize].item)
        else {
            continue;
        };
        let Some(speaker) = sv.subject.and_then(|ch| {
            let ch = &a.chunks[ch];
            units
                .groups
                .iter()
                .find(|g| g.tokens.0 < ch.end && ch.start < g.tokens.1)
                .and_then(|g| g.members.first())
        }) else {
            continue;
        };
        let (outer_word, inner_word) = (verb_word(d, outer_v), verb_word(d, inner_v));
        for (t, prov) in &d.transformations {
            if t.outer_verb != outer_word || (t.inner_verb != "Q" && t.inner_verb != inner_word) {
                continue;
            }
            let mut vars: Vec<(String, String)> = Vec::new();
            let mut bind = |slot: &Slot, value: &str| -> bool {
                match slot {
                    Slot::Any => !value.is_empty(),
                    Slot::None => value.is_empty(),
                    Slot::Var(x) => match vars.iter().find(|(n, _)| n == x) {
                        Some((_, v)) => v == value,
                        // (Two variables are two actors: "they claimed they had attacked"
                        // is no accusation of themselves.)
                        None => {
                            let distinct = !vars.iter().any(|(_, v)| v == value);
                            vars.push((x.clone(), value.to_string()));
                            !value.is_empty() && distinct
                        }
                    },
                }
            };
            if !(bind(&t.outer, &speaker.code)
                && bind(&t.inner_source, &c.event.source)
                && bind(&t.inner_target, &c.event.target))
            {
                continue;
            }
            let get = |slot: &Slot| match slot {
                Slot::Var(x) => vars.iter().find(|(n, _)| n == x).map(|(_, v)| v.clone()),
                _ => None,
            };
            let (Some(src), Some(tgt)) = (get(&t.result.0), get(&t.result.1)) else {
                continue;
            };
            let code = if t.code == "Q" {
                c.event.code.clone()
            } else {
                t.code.clone()
            };
            let info = dyad_core::cameo::lookup(&code);
            c.event.source = src;
            c.event.target = tgt;
            c.event.root = info.map(|i| i.root.to_string());
            c.event.quad_class = info.map(|i| i.quad_class);
            c.event.goldstein = info.and_then(|i| i.goldstein);
            c.event.code = code;
            c.event.pattern = Some(prov.clone());
            break;
        }
    }
}

/// TABARI's elimination of comma-delimited nonrestrictive clauses (manual 7.8): the words
/// between two commas are dropped when there are more than two and at most ten of them and the
/// commas do not separate a compound actor list ("Syria, Iran, Russia and China").
fn nonrestrictive(
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
    units: &Units<'_>,
    limits: &CommaLimits,
) -> Vec<bool> {
    let mut gone = vec![false; tokens.len()];
    // A comma between two adjectives ("complete, full diplomatic ties") lists modifiers; it
    // does not close a clause (known only when the tagger ran).
    let adjective = |k: usize| tags.get(k) == Some(&dyad_pos::Tag::JJ);
    let commas: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Comma)
        .filter(|&i| !(i > 0 && adjective(i - 1) && adjective(i + 1)))
        .collect();
    if commas.is_empty() {
        return gone;
    }
    // The start and the end of the sentence close a clause as a comma does.
    let end = tokens
        .iter()
        .rposition(|t| t.kind != TokenKind::Stop && t.kind != TokenKind::Quote)
        .map_or(tokens.len(), |p| p + 1);
    let mut bounds = Vec::with_capacity(commas.len() + 2);
    bounds.push(None);
    bounds.extend(commas.iter().map(|&c| Some(c)));
    bounds.push(Some(end));
    let last = bounds.len() - 2;
    let mut previous_dropped = false;
    for (i, w) in bounds.windows(2).enumerate() {
        let (a, b) = (w[0], w[1].unwrap_or(end));
        let in_group = |k: usize| units.group_of.get(k).copied().flatten().is_some();
        if a.is_some_and(in_group) || (i < last && in_group(b)) {
            continue;
        }
        let from = a.map_or(0, |a| a + 1);
        let words = tokens[from..b]
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count();
        let (lo, hi) = if a.is_none() {
            (limits.bmin, limits.bmax)
        } else if i == last {
            (limits.emin, limits.emax)
        } else {
            (limits.min, limits.max)
        };
        // A dropped clause takes its closing comma with it: the clause after it is no longer
        // comma-delimited ("Arnor's foreign minister, in remarks published on Monday, urged
        // Eriador …" keeps "urged Eriador …").
        if words > lo && words <= hi && !previous_dropped {
            for g in &mut gone[from..b] {
                *g = true;
            }
            previous_dropped = true;
        } else {
            previous_dropped = false;
        }
    }
    gone
}

/// What governs a verb: "willing to X", "refused to X", "threatened to X", "failed to X".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Governor {
    Intent,
    Refusal,
    Threat,
    Failure,
    /// "is considering X-ing": considering a policy option (014).
    Consider,
}

/// Whether the gerund at `vs` is an act whose possibility is considered: "is considering
/// the possibility of providing experts", "exploring the option of transferring
/// helicopters" (coded 014, like "is considering sending aid").
fn considered_possibility(tokens: &[Token], cs: usize, vs: usize) -> bool {
    vs >= cs + 4
        && tokens[vs].norm.ends_with("ING")
        && tokens[vs - 1].norm == "OF"
        && matches!(
            tokens[vs - 2].norm.as_str(),
            "POSSIBILITY" | "OPTION" | "IDEA" | "PROSPECT" | "FEASIBILITY"
        )
        && matches!(tokens[vs - 3].norm.as_str(), "THE" | "A")
        && matches!(
            tokens[vs - 4].norm.as_str(),
            "CONSIDERING"
                | "CONSIDER"
                | "CONSIDERS"
                | "CONSIDERED"
                | "EXPLORING"
                | "EXPLORE"
                | "EXPLORES"
                | "EXPLORED"
                | "STUDYING"
                | "WEIGHING"
                | "MULLING"
                | "DISCUSSING"
                | "EXAMINING"
        )
}

/// The "to" of the infinitive a bare verb at `vs` is joined to by "and"/"or" (adverbs may
/// stand between: "agreed to share information and even cooperate on the ground"), at most
/// ten words before, perhaps in the clause before (a clause may open at the conjunction);
/// both verbs are base forms, and no comma or other clause stands between.
fn coordinated_infinitive(tokens: &[Token], tags: &[dyad_pos::Tag], vs: usize) -> Option<usize> {
    use dyad_pos::Tag as T;
    // (A base form the tagger read as a present one or a gerund counts: "weapons and join
    // forces", "and even join".)
    // (So does a noun after a comma or a conjunction, which the dictionary reads as a verb:
    // "to stop, withdraw and disarm", whose "to" is looked for below.)
    let base_form = match tags.get(vs) {
        Some(T::VB | T::VBP) => true,
        Some(T::VBG) => !tokens[vs].norm.ends_with("ING"),
        Some(T::NN) => vs > 0 && matches!(tokens[vs - 1].norm.as_str(), "," | "AND" | "OR"),
        _ => false,
    };
    if !base_form {
        return None;
    }
    let mut k = vs;
    while k > 0 && tags.get(k - 1) == Some(&T::RB) {
        k -= 1;
    }
    // (A list of base forms between commas: "the right to maintain, control, protect and
    // develop": back over "VB ," to the "to".)
    if k >= 3 && tokens[k - 1].norm == "," {
        return coordinated_infinitive_list(tokens, tags, k - 1, true);
    }
    if k < 3 || !matches!(tokens[k - 1].norm.as_str(), "AND" | "OR") {
        return None;
    }
    // (after a list: "to maintain, control, protect and develop")
    if let Some(t) = coordinated_infinitive_list(tokens, tags, k - 1, false) {
        return Some(t);
    }
    (k.saturating_sub(11)..k - 1)
        .rev()
        .take_while(|&j| {
            !matches!(
                tokens[j].norm.as_str(),
                "," | ";" | "THAT" | "WHICH" | "WHO" | "BUT" | "AND" | "OR"
            )
        })
        .find(|&j| tokens[j].norm == "TO" && tags.get(j + 1) == Some(&T::VB))
}

/// The "to" of a list of base forms between commas ending right before `end` ("to maintain,
/// control, protect" before "and develop"; the tagger may read a middle one as a noun). With
/// `comma`, `end` is itself a comma of the list (one item is enough).
fn coordinated_infinitive_list(
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
    end: usize,
    comma: bool,
) -> Option<usize> {
    use dyad_pos::Tag as T;
    let mut j = end;
    let mut listed = usize::from(comma);
    while j >= 2 && matches!(tags.get(j - 1), Some(T::VB | T::VBP | T::NN)) {
        match tokens[j - 2].norm.as_str() {
            "TO" => {
                return (listed > 0 && tags.get(j - 1) == Some(&T::VB)).then_some(j - 2);
            }
            "," => {
                j -= 2;
                listed += 1;
            }
            _ => return None,
        }
    }
    None
}

/// The marker before "to" right before the verb (at most one adverb or auxiliary between).
/// With `modality` (the coder recodes modality itself, as `dyad code` does; the article
/// pipeline leaves it to dyad-enrich), a future act is an intent and an act asked for is none.
fn governing_marker(
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
    cs: usize,
    vs: usize,
    modality: bool,
) -> Option<Governor> {
    // "is considering sending aid"
    if vs > cs
        && tokens[vs].norm.ends_with("ING")
        && matches!(
            tokens[vs - 1].norm.as_str(),
            "CONSIDERING"
                | "CONSIDER"
                | "CONSIDERS"
                | "CONSIDERED"
                | "MULLING"
                | "WEIGHING"
                | "STUDYING"
        )
    {
        return Some(Governor::Consider);
    }
    if considered_possibility(tokens, cs, vs) {
        return Some(Governor::Consider);
    }
    // "would have approved", "would not have intensified their attacks": a counterfactual
    // act did not happen.
    if modality
        && (vs.saturating_sub(4).max(cs)..vs).any(|k| {
            tokens[k].norm == "WOULD"
                && (k + 1..vs).any(|j| tokens[j].norm == "HAVE")
                && (k + 1..vs).all(|j| {
                    matches!(tokens[j].norm.as_str(), "HAVE" | "NOT" | "N'T" | "BEEN")
                        || tokens[j].norm.ends_with("LY")
                })
        })
    {
        return Some(Governor::Failure);
    }
    // "will release", "would recognize", "will not lift": a future act is an intent (CAMEO
    // 03x: "X will meet Y next week" is 036), measured better on hand-coded triples.
    if modality
        && (vs.saturating_sub(3).max(cs)..vs).any(|k| {
            matches!(
                tokens[k].norm.as_str(),
                "WILL" | "WOULD" | "'LL" | "SHALL" | "WO"
            ) && (k + 1..vs).all(|j| {
                matches!(
                    tokens[j].norm.as_str(),
                    "NOT" | "N'T" | "ALSO" | "SOON" | "NOW" | "STILL" | "THEN" | "BE" | "FIRST"
                ) || tokens[j].norm.ends_with("LY")
            })
        })
    {
        return Some(Governor::Intent);
    }
    let mut to = (vs.saturating_sub(3).max(cs)..vs)
        .rev()
        .find(|&k| tokens[k].norm == "TO")
        .or_else(|| coordinated_infinitive(tokens, tags, vs))?;
    // (The infinitive a verb is joined to may stand in the clause before, its marker too.)
    let cs = if to < cs {
        cs.min(to.saturating_sub(3))
    } else {
        cs
    };
    // "urged him to exercise caution and to avoid any act": a coordinated infinitive has
    // the governor of the first.
    while to > cs + 1 && matches!(tokens[to - 1].norm.as_str(), "AND" | "OR") {
        match (to.saturating_sub(10).max(cs)..to - 1)
            .rev()
            .find(|&k| tokens[k].norm == "TO")
        {
            Some(k) => to = k,
            None => break,
        }
    }
    // "must continue military aid in order to ensure access to the canal", "so as to avoid
    // a clash": a purpose is no act.
    if modality
        && to >= cs + 2
        && matches!(
            (tokens[to - 2].norm.as_str(), tokens[to - 1].norm.as_str()),
            ("IN", "ORDER") | ("SO", "AS")
        )
    {
        return Some(Governor::Failure);
    }
    // "urged Germany to supply", "called on the Iranian government to release": the act is
    // asked for, not done (the asking verb codes the appeal or demand).
    // (Ten words back, or further for a long object up to the clause's finite verb, which
    // may be the asking one: "have been pressuring the workers at the textile unit of Reliance
    // Industries Limited (RIL) to call off the strike".)
    let finite = |k: usize| {
        matches!(
            tags.get(k),
            Some(dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP | dyad_pos::Tag::MD)
        )
    };
    let near = to.saturating_sub(10).max(cs);
    let far = to.saturating_sub(16).max(cs);
    let reach = if (near..to).any(finite) {
        near
    } else {
        (far..near).rev().find(|&k| finite(k)).unwrap_or(far)
    };
    let directive = (reach..to.saturating_sub(1)).any(|k| {
        let w = tokens[k].norm.as_str();
        [
            "URG", "ASK", "APPEAL", "INVIT", "ENCOURAG", "PERSUAD", "REQUEST", "PRESS", "EXHORT",
            "WANT",
        ]
        .iter()
        .any(|p| w.starts_with(p))
            || (w.starts_with("CALL")
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "ON" | "UPON")))
    });
    if directive && modality {
        return Some(Governor::Failure);
    }
    let lo = to.saturating_sub(3).max(cs);
    (lo..to).rev().find_map(|k| {
        let w = tokens[k].norm.as_str();
        let stem = |p: &str| w.starts_with(p);
        // ("is going to invest": the future of intent)
        let going = w == "GOING"
            && k + 1 == to
            && k > 0
            && matches!(
                tokens[k - 1].norm.as_str(),
                "IS" | "ARE" | "WAS" | "WERE" | "'S" | "'RE" | "BE" | "NOT"
            );
        // ("expects to sign", "is expected to meet", "is due to visit": a coming act)
        let coming = k + 1 == to
            && (w.starts_with("EXPECT") || matches!(w, "DUE" | "SCHEDULED" | "POISED" | "SLATED"));
        if ["WILLING", "READY", "PREPARED", "EAGER", "DETERMINED", "SET"].contains(&w)
            || intent_word(w)
            || going
            || coming
        {
            Some(Governor::Intent)
        } else if stem("REFUS") || stem("DECLIN") || w == "UNWILLING" || w == "RELUCTANT" {
            Some(Governor::Refusal)
        } else if stem("THREAT") {
            Some(Governor::Threat)
        } else if stem("FAIL") || stem("STRUGGL") {
            // ("struggled to improve security": not done)
            Some(Governor::Failure)
        } else if modality
            && k + 1 == to
            && matches!(
                w,
                "ABILITY"
                    | "CAPACITY"
                    | "CAPABILITY"
                    | "CAPABILITIES"
                    | "RIGHT"
                    | "POWER"
                    | "POWERS"
                    | "AUTHORITY"
                    | "MANDATE"
                    | "CHANCE"
                    | "OPPORTUNITY"
                    | "ABLE"
                    | "UNABLE"
            )
        {
            // "has the capacity to take down corrupt officials", "the right to protest",
            // "unable to reach": an ability or a right is no act (as "failed to").
            Some(Governor::Failure)
        } else {
            None
        }
    })
}

/// Inside the content of a charge ("denied charges that his Government had helped",
/// "rejected accusations by Netanyahu that Tehran was behind the attack"): an act the
/// sentence does not assert.
fn charge_content(tokens: &[Token], cs: usize, vs: usize) -> bool {
    (cs + 1..vs).any(|k| charge_opens(tokens, cs, k, false))
}

/// Whether the token at `k` opens the content of a charge named within the four words before
/// it (from `from` on): "that" ("charges that …"), and with `of` also "of" ("accusation of
/// racism").
fn charge_opens(tokens: &[Token], from: usize, k: usize, of: bool) -> bool {
    // ("charges by Central American clergymen that …": the accuser may come between.)
    let by = (k.saturating_sub(8).max(from)..k)
        .rev()
        .find(|&j| tokens[j].norm == "BY");
    let reach = if by.is_some() { 8 } else { 4 };
    // ("denied claims they are supplying …", "rejected allegations it had attacked …": the
    // content may follow the charge with no "that", its subject a pronoun right after the
    // noun, itself the object of a denial or after a determiner.)
    let bare = || {
        k >= 2
            && k > from
            && matches!(
                tokens[k].norm.as_str(),
                "HE" | "SHE" | "IT" | "THEY" | "WE" | "I"
            )
            && charge_noun(&tokens[k - 1].norm)
            && (matches!(tokens[k - 2].norm.as_str(), "THE" | "THESE" | "THOSE")
                || [
                    "DENI", "DENY", "REJECT", "DISMISS", "REFUT", "DISPUT", "RUBBISH",
                ]
                .iter()
                .any(|p| tokens[k - 2].norm.starts_with(p)))
    };
    (tokens[k].norm == "THAT" || (of && tokens[k].norm == "OF") || bare())
        && (k.saturating_sub(reach).max(from)..by.unwrap_or(k))
            .any(|j| charge_noun(&tokens[j].norm))
}

/// A noun naming a charge, a claim or a report whose content may follow.
fn charge_noun(w: &str) -> bool {
    matches!(
        w,
        "CHARGES"
            | "CHARGE"
            | "ACCUSATION"
            | "ACCUSATIONS"
            | "ALLEGATION"
            | "ALLEGATIONS"
            | "ASSERTION"
            | "ASSERTIONS"
            | "CLAIM"
            | "CLAIMS"
            | "RUMOURS"
            | "RUMORS"
            | "REPORTS"
            | "SUGGESTION"
            | "SUGGESTIONS"
            | "SPECULATION"
            | "REPORT"
            | "RUMOUR"
            | "RUMOR"
            | "NOTION"
            | "THEORY"
            | "FEAR"
            | "FEARS"
            | "SUSPICION"
            | "SUSPICIONS"
            | "WORRIES"
            | "FINDING"
            | "FINDINGS"
    )
}

/// A verb that states an intent when it governs "to VERB" ("agreed to", "pledged to").
fn intent_word(w: &str) -> bool {
    ([
        "PLAN", "INTEND", "VOW", "PLEDG", "PROMIS", "OFFER", "AGRE", "HOPE", "SEEK", "AIM",
        "WANT",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        || w == "SOUGHT")
        // (Not the nouns that share a stem: "violating the ceasefire agreement by
        // continuing to attack" is no intent.)
        && !matches!(
            w,
            "AGREEMENT" | "AGREEMENTS" | "PLANE" | "PLANES" | "PLANET" | "PLANT" | "PLANTS"
        )
}

/// Whether an act with code `code` through the verb `verb` (normalised) is joint by
/// nature, done by both sides to each other: any 04x or intent to meet through "meet"; a
/// consultation (040, 044, 046 or 036) through a verb of talking — "held talks", "spoke
/// with", "discussed", "convened" (not a summons, a call, attending another's meeting, nor the many
/// verbs of travel a dictionary may file under 040: "left for", "arrived in") —, a
/// negotiation (046), a signed agreement (057), relations established or restored (054
/// through "establish", "restore", "normalize", "resume"; a recognition is one-sided).
fn joint_act(code: &str, verb: &str) -> bool {
    const MEETING: [&str; 16] = [
        "MEET", "MET", "TALK", "CONSULT", "DISCUSS", "CONFER", "NEGOTIAT", "SPOKE", "SPEAK",
        "HOLD", "HELD", "HAD", "HAVE", "HAS", "CONVEN", "HUDDL",
    ];
    match code {
        "046" | "057" => true,
        "054" => ["ESTABLISH", "RESTOR", "NORMALI", "RESUM", "RE-ESTABLISH"]
            .iter()
            .any(|p| verb.starts_with(p)),
        _ => {
            (code.starts_with("04") || code == "036")
                && (matches!(verb, "MEET" | "MEETS" | "MET" | "MEETING")
                    || (!matches!(code, "041" | "042" | "043" | "045")
                        && MEETING.iter().any(|p| verb.starts_with(p))))
        }
    }
}

/// The CAMEO intent (03x) for an act.
fn intent_for(act: &str) -> &'static str {
    match act.get(..3).unwrap_or(act) {
        "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        "081" => "0351",
        "082" => "0352",
        "084" => "0353",
        "085" => "0354",
        "086" => "0355",
        "087" => "0356",
        _ => match act.get(..2) {
            Some("04") => "036",
            Some("05") => "032",
            Some("06") => "031",
            Some("07") => "033",
            Some("08") => "035",
            _ => "030",
        },
    }
}

/// The CAMEO refusal (12x) for an act.
fn refusal_for(act: &str) -> &'static str {
    match act.get(..3).unwrap_or(act) {
        "071" => "1221",
        "072" => "1222",
        "073" => "1223",
        "074" => "1224",
        "081" => "1241",
        "082" => "1242",
        "084" => "1243",
        "085" => "1244",
        "086" => "1245",
        "087" => "1246",
        _ => match act.get(..2) {
            Some("04") => "125",
            Some("06") => "121",
            Some("07") => "122",
            Some("08") => "124",
            _ => "120",
        },
    }
}

/// The CAMEO threat (13x) for an act.
fn threat_for(act: &str) -> &'static str {
    if act.starts_with("172") {
        return "132";
    }
    match act.get(..2) {
        Some("18" | "19" | "20") => "138",
        Some("16") => "131",
        Some("17") => "137",
        Some("14") => "133",
        Some("15") => "138",
        _ => "130",
    }
}
