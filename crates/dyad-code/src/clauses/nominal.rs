//! Nominal events (news mode): an act named by a noun ("held talks with", "launched an attack
//! on") is coded between the clause's subject and the actor after the noun's preposition.

use dyad_core::{Provenance, Span};
use dyad_dict::EventCode;

use super::{charge_content, make_event, Coded, Ctx};
use crate::units::Actor;

/// Verbs whose object act does not take place (a nominal event under them is no event); not
/// "condemned the Houthis' attack on Riyadh", which took place.
const UNDOING_VERBS: &[&str] = &[
    "lift",
    "end",
    "suspend",
    "cancel",
    "halt",
    "stop",
    "ease",
    "relax",
    "reject",
    "oppose",
    "deny",
    "scrap",
    "abandon",
    "drop",
    "remove",
    "postpone",
    "delay",
    "block",
    "prevent",
    "avoid",
    "fear",
    "refuse",
    "freeze",
    "terminate",
    "revoke",
    "rescind",
    "call",
    "veto",
    "reduce",
    "cut",
    "slash",
    "curtail",
    "decrease",
    "withhold",
    "withdraw",
    "discontinue",
    "repeal",
    "annul",
    "overturn",
    "waive",
    "dismantle",
];

/// Verbs whose subject undergoes, sees or tells of the act named by their object, no act of
/// the subject's: "are all grappling with gang-related attacks on bus companies", "has seen
/// attacks on its embassy", "authorities reported attacks on refugees".
const UNDERGOING_VERBS: &[&str] = &[
    "face",
    "suffer",
    "grapple",
    "endure",
    "experience",
    "witness",
    "see",
    "survive",
    "withstand",
    "weather",
    "struggle",
    "cope",
    "report",
    "record",
    "document",
    "recall",
    "mourn",
    "commemorate",
];

/// Nouns of an act two sides do together, each to the other, when "between" names them.
pub(crate) const MUTUAL_NOUNS: &[&str] = &[
    "TALKS",
    "NEGOTIATIONS",
    "MEETING",
    "MEETINGS",
    "CONSULTATIONS",
    "DIALOGUE",
    "CLASH",
    "CLASHES",
    "FIGHTING",
    "BATTLE",
    "BATTLES",
    "SKIRMISH",
    "SKIRMISHES",
    "EXCHANGE",
    "EXCHANGES",
    "DISPUTE",
    "DISPUTES",
    "CONFRONTATION",
    "CONFRONTATIONS",
    "HOSTILITIES",
];

/// Words of an outbreak between a mutual act's noun and its "between": "fighting broke out
/// between", "clashes erupted again between".
pub(crate) const OUTBREAK_WORDS: &[&str] = &[
    "BROKE",
    "BREAK",
    "BREAKS",
    "ERUPTED",
    "ERUPT",
    "ERUPTS",
    "FLARED",
    "FLARE",
    "FLARES",
    "RAGED",
    "RAGES",
    "RAGE",
    "RESUMED",
    "CONTINUED",
    "OUT",
    "UP",
    "AGAIN",
];

/// Nouns that put a ban or a limit on the act after them ("bans on travel to Canada").
const RESTRICTING_NOUNS: &[&str] = &[
    "BAN",
    "BANS",
    "RESTRICTION",
    "RESTRICTIONS",
    "CURB",
    "CURBS",
    "LIMIT",
    "LIMITS",
    "LIMITATION",
    "LIMITATIONS",
    "EMBARGO",
    "MORATORIUM",
    "PROHIBITION",
    "PROHIBITIONS",
    "CAP",
    "CAPS",
    "CONTROLS",
];

/// Verbs that make their object act known: the act "of X" is the subject's on X ("announced
/// the release of two Kuwaiti nationals").
const PROCLAIMING_VERBS: &[&str] = &["announce", "confirm"];

impl Ctx<'_> {
    /// Whether the verb form `v` used as a noun is a demand or an appeal (10x, 02x by its
    /// block or its own code).
    fn demand_noun(&self, v: u32) -> bool {
        let form = &self.d.verbs[v as usize];
        let block = &self.d.blocks[form.block as usize];
        matches!(
            form.code.as_ref().or(block.code.as_ref()),
            Some(EventCode::Code { code, .. }) if code.starts_with("10") || code.starts_with("02")
        )
    }

    /// Whether the verb form `v` used as a noun names a visit or a use of force (04x,
    /// 15x–20x by its block or its own code).
    fn forceful_noun(&self, v: u32) -> bool {
        let form = &self.d.verbs[v as usize];
        let block = &self.d.blocks[form.block as usize];
        matches!(
            form.code.as_ref().or(block.code.as_ref()),
            Some(EventCode::Code { code, .. } | EventCode::Paired(code, _))
                if matches!(code.get(..2), Some("04" | "15" | "16" | "17" | "18" | "19" | "20"))
        )
    }

    /// Nominal events (news mode): "made the remarks in a meeting with his Syrian
    /// counterpart", "held talks with", "launched an attack on": the clause's subject and
    /// the actor after the preposition, with the noun's verb code. `carry` is the subject
    /// carried over from the clause before; the events are added to `coded`.
    pub(super) fn code_nominals(
        &self,
        cs: usize,
        ce: usize,
        carry: Option<u32>,
        coded: &mut Vec<Coded>,
    ) {
        let Ctx {
            d,
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        let syntax = &self.syntax;
        for &(k, v) in rec.nominals.iter().filter(|(k, _)| *k >= cs && *k < ce) {
            // ("hand over their arms to the United Nations": weapons, no act of arming; "a
            // fatal blow to Mexico's cartels": a setback, no attack.)
            if matches!(tokens[k].norm.as_str(), "ARMS" | "BLOW" | "BLOWS") {
                continue;
            }
            // (Nor are trade flows acts: "Japanese exports to the EC totalled half of sales to
            // the U.S.", "U.S. corn imports from Canada" are figures of trade.)
            if !self.tabari
                && matches!(
                    tokens[k].norm.as_str(),
                    "EXPORT" | "EXPORTS" | "IMPORT" | "IMPORTS" | "SHIPMENTS" | "RE-EXPORTS"
                )
            {
                continue;
            }
            let prep = tokens.get(k + 1).map(|t| t.norm.as_str());
            // The verb phrase the noun belongs to: "might risk conflict between Turkish
            // and American forces" is a possibility, not an event.
            let governing = syntax.as_ref().and_then(|a| {
                let vp = a.chunks[..a.chunk_of[k]]
                    .iter()
                    .rposition(|c| c.kind == dyad_pos::chunk::ChunkKind::VP)?;
                a.verbs.iter().find(|x| x.chunk == vp)
            });
            let governing_lemma = syntax.as_ref().zip(governing).map(|(a, v)| {
                let h = a.chunks[v.chunk].head;
                let w = tokens[h].norm.to_ascii_lowercase();
                let tag = rec.tags.get(h).copied().unwrap_or(dyad_pos::Tag::VB);
                dyad_pos::lemma::lemma(&w, tag).into_owned()
            });
            // "an attack by Houthi rebels on a Saudi airport": the actor after BY acts on
            // the one after ON/AGAINST.
            let by_source = (prep == Some("BY"))
                .then(|| (k + 2..(k + 4).min(ce)).find_map(|q| self.group_starting(q)))
                .flatten();
            // ("clashes between X and Y", "fighting broke out between X and Y": the "between"
            // that names the two sides of a mutual act.)
            let mutual_between = (!self.tabari
                && config.every_verb
                && MUTUAL_NOUNS.contains(&tokens[k].norm.as_str()))
            .then(|| {
                (k + 1..(k + 5).min(ce)).find(|&j| {
                    tokens[j].norm == "BETWEEN"
                        && (k + 1..j).all(|q| OUTBREAK_WORDS.contains(&tokens[q].norm.as_str()))
                })
            })
            .flatten();
            let tg = match by_source {
                None if mutual_between.is_some_and(|j| j > k + 1) => {
                    let j = mutual_between.unwrap_or(k + 1);
                    (j + 1..(j + 3).min(ce)).find_map(|q| self.group_starting(q))
                }
                Some(bg) => {
                    let e = units.groups[bg as usize].tokens.1;
                    tokens
                        .get(e)
                        .filter(|t| matches!(t.norm.as_str(), "ON" | "AGAINST"))
                        .and_then(|_| (e + 1..(e + 3).min(ce)).find_map(|q| self.group_starting(q)))
                }
                // (TO before a verb is no preposition: "in order to expand its business".)
                None if matches!(
                    prep,
                    Some("WITH" | "TO" | "ON" | "AGAINST" | "BETWEEN" | "AT")
                ) && !(prep == Some("TO")
                    && rec.tags.get(k + 2) == Some(&dyad_pos::Tag::VB)) =>
                {
                    (k + 2..(k + 4).min(ce))
                        .find_map(|q| self.group_starting(q))
                        .or_else(|| self.group_past_modifiers(k + 2, ce))
                }
                // ("Russia's invasion of Ukraine": with an actor as possessor, the noun's
                // object follows OF.)
                // (So after a verb that makes the act known: "Iran's Foreign Ministry
                // announced the release of two Kuwaiti nationals".)
                None if prep == Some("OF")
                    && ((k.saturating_sub(2)..k)
                        .any(|j| tokens[j].possessive && units.group_of[j].is_some())
                        || governing_lemma
                            .as_deref()
                            .is_some_and(|l| PROCLAIMING_VERBS.contains(&l))) =>
                {
                    (k + 2..(k + 4).min(ce)).find_map(|q| self.group_starting(q))
                }
                // ("reiterated its demand that the US ease sanctions", "renewed its call for
                // Washington to withdraw": a demand's or an appeal's addressee opens the
                // clause after THAT or FOR.)
                // (After FOR only an addressee asked to act — not "demand for U.S. goods",
                // "orders for its engines" —, and not "in order for them to monitor".)
                None if matches!(prep, Some("THAT" | "FOR"))
                    && self.demand_noun(v)
                    && !(k > 0 && tokens[k - 1].norm == "IN") =>
                {
                    (k + 2..(k + 4).min(ce))
                        .find_map(|q| self.group_starting(q))
                        .filter(|&g| {
                            let e = units.groups[g as usize].tokens.1;
                            prep == Some("THAT")
                                || (tokens.get(e).is_some_and(|t| t.norm == "TO")
                                    && rec.tags.get(e + 1) == Some(&dyad_pos::Tag::VB))
                        })
                }
                None => None,
            };
            let Some(tg) = tg else {
                continue;
            };
            if config.negation && charge_content(tokens, cs, k) {
                continue;
            }
            // (Nor is an act that the verb ends, refuses or opposes: "lifted its economic
            // embargo against Libya", "suspended weapons deals with Pakistan".)
            let undone = governing_lemma
                .as_deref()
                .is_some_and(|l| UNDOING_VERBS.contains(&l));
            if undone && !self.tabari {
                continue;
            }
            // (Nor one the noun phrase of which is the subject of such a verb in the passive:
            // "UN sanctions against Iran were lifted", "the embargo on Cuba was eased".)
            let undone_passive = syntax.as_ref().is_some_and(|a| {
                let np = a.chunk_of[k];
                a.verbs.iter().any(|x| {
                    x.passive && x.subject == Some(np) && x.chunk > np && {
                        let h = a.chunks[x.chunk].head;
                        let w = tokens[h].norm.to_ascii_lowercase();
                        let tag = rec.tags.get(h).copied().unwrap_or(dyad_pos::Tag::VBN);
                        UNDOING_VERBS.contains(&dyad_pos::lemma::lemma(&w, tag).as_ref())
                    }
                })
            });
            if undone_passive && !self.tabari {
                continue;
            }
            if config.negation
                && governing.is_some_and(|v| {
                    v.modal.as_deref().is_some_and(|m| {
                        matches!(m, "may" | "might" | "could" | "should" | "must" | "ought")
                    })
                })
            {
                continue;
            }
            // (Nor one under a counterfactual: "would not have intensified their attacks".)
            let counterfactual = syntax.as_ref().zip(governing).is_some_and(|(a, v)| {
                let c = &a.chunks[v.chunk];
                v.modal.as_deref() == Some("would")
                    && (c.start..c.end).any(|j| tokens[j].norm == "HAVE")
            });
            if config.negation && counterfactual {
                continue;
            }
            // ("clashes between Israeli troops and Palestinian protesters", "talks between
            // Iran and the United States": an act between the members of the group after
            // BETWEEN is each one's towards the others, whoever the clause's subject is.)
            // (Only nouns of an act two sides do together: not "trade between China and
            // Taiwan", a figure, nor "a cable between Japan and Alaska".)
            if mutual_between.is_some() {
                let members = &units.groups[tg as usize].members;
                if members.len() >= 2 && members.iter().any(|m| m.code != members[0].code) {
                    let form = &d.verbs[v as usize];
                    let block = &d.blocks[form.block as usize];
                    if let Some(EventCode::Code { code, .. }) =
                        form.code.clone().or_else(|| block.code.clone())
                    {
                        if !code.starts_with("01") {
                            let how = (code.as_str(), tokens[k].span, &block.provenance);
                            push_pairs(coded, members, members, how);
                        }
                    }
                    continue;
                }
            }
            // "the Houthis' recent attack on two Saudi stations": the possessor is the
            // noun's actor; a possessor that is no actor names someone else, so no event.
            let possessor = rec.tags.get(k).and(
                (cs..k)
                    .rev()
                    .take_while(|&j| {
                        j + 1 == k
                            || tokens[j + 1].possessive
                            || rec.tags.get(j + 1).is_some_and(|t| {
                                t.is_adjective()
                                    || t.is_noun()
                                    || matches!(
                                        t,
                                        dyad_pos::Tag::VBN | dyad_pos::Tag::CD | dyad_pos::Tag::RB
                                    )
                            })
                    })
                    .find(|&j| {
                        tokens[j].possessive || rec.tags.get(j) == Some(&dyad_pos::Tag::PRPS)
                    }),
            );
            // ("the first official visit to Russia by a reigning Saudi monarch": the actor
            // after BY past the noun's target acts.)
            let by_source = by_source.or_else(|| {
                let e = units.groups[tg as usize].tokens.1;
                tokens
                    .get(e)
                    .filter(|t| t.norm == "BY")
                    .and_then(|_| (e + 1..(e + 4).min(ce)).find_map(|q| self.group_starting(q)))
            });
            let subject = match (by_source, possessor) {
                (Some(bg), _) => Some(Some(bg)),
                (None, possessor) => match possessor {
                    Some(j) => match self.group_in(j, j + 1) {
                        Some(g) => Some(Some(g)),
                        None if tokens[j].possessive => Some(None),
                        None => None,
                    },
                    None => None,
                },
            };
            // ("the U.S. strike against Iranian targets", "an Israeli attack on Gaza": an
            // actor right before a noun of force or of a visit is its actor, not the
            // clause's subject; "Japanese exports to the U.S." are no act of Japan's.)
            // (Over a modifier or two naming the means: "an Iranian missile attack on a
            // Kuwaiti ship".)
            let modifier = |j: usize| {
                !tokens[j].capitalized
                    && matches!(rec.tags.get(j), Some(dyad_pos::Tag::NN | dyad_pos::Tag::JJ))
                    && units.group_of[j].is_none()
            };
            let actor_end = (k.saturating_sub(2).max(cs + 1)..=k)
                .find(|&e| (e..k).all(modifier))
                .unwrap_or(k);
            let subject = subject.or_else(|| {
                (config.every_verb && !self.tabari && actor_end > cs && self.forceful_noun(v))
                    .then(|| units.group_of[actor_end - 1])
                    .flatten()
                    .filter(|&g| g != tg && units.groups[g as usize].tokens.1 == actor_end)
                    .map(Some)
            });
            if subject == Some(None) {
                continue;
            }
            // (An act spoken about is no act of the speaker: "summoned the ambassador to
            // complain about a raid on a German organization" — whoever raided, not the
            // complainant.)
            let topic_word = |j: usize| {
                matches!(
                    tokens[j].norm.as_str(),
                    "ABOUT" | "OVER" | "REGARDING" | "CONCERNING"
                )
            };
            // (The tagger may read "about" as an adverb.)
            let np_start = (cs..k)
                .rev()
                .take_while(|&j| {
                    !topic_word(j)
                        && rec.tags.get(j).is_some_and(|t| {
                            t.is_adjective()
                                || t.is_noun()
                                || matches!(
                                    t,
                                    dyad_pos::Tag::DT
                                        | dyad_pos::Tag::CD
                                        | dyad_pos::Tag::PRPS
                                        | dyad_pos::Tag::VBN
                                        | dyad_pos::Tag::RB
                                )
                        })
                })
                .last()
                .unwrap_or(k);
            if subject.is_none() && np_start > cs && topic_word(np_start - 1) && !self.tabari {
                continue;
            }
            // (Nor is an act a ban or a limit is put on: "bans on travel to Canada",
            // "restrictions on trade with Iran".)
            if !self.tabari
                && np_start > cs + 1
                && matches!(tokens[np_start - 1].norm.as_str(), "ON" | "OF")
                && RESTRICTING_NOUNS.contains(&tokens[np_start - 2].norm.as_str())
            {
                continue;
            }
            // (A subject that is no actor — "any actions that might risk conflict" — names
            // someone else than the nearest actor.)
            let plain_subject = syntax.as_ref().zip(governing).is_some_and(|(a, v)| {
                v.subject.is_some_and(|c| {
                    let c = &a.chunks[c];
                    self.group_in(c.start, c.end).is_none()
                })
            });
            if plain_subject && subject.is_none() {
                continue;
            }
            // (Nor is one the subject undergoes or tells of, unless the noun has an actor of
            // its own: "faces attacks on its embassy by Syrian rebels".)
            let undergone = governing_lemma
                .as_deref()
                .is_some_and(|l| UNDERGOING_VERBS.contains(&l));
            if undergone && subject.is_none() && !self.tabari {
                continue;
            }
            let subject = subject.flatten().or_else(|| {
                syntax
                    .as_ref()
                    .zip(governing)
                    .and_then(|(a, vi)| {
                        let c = &a.chunks[vi.subject?];
                        self.group_in(c.start, c.end)
                    })
                    .or_else(|| {
                        (0..units.groups.len() as u32).find(|&g| {
                            units.groups[g as usize].tokens.0 >= cs
                                && units.groups[g as usize].tokens.1 <= k
                        })
                    })
                    .or(carry)
            });
            let Some(mut sg) = subject else { continue };
            // (The one named after OF by a noun of an act done by no one to another is its
            // actor: "announced the surrender of 50 rebels" — the rebels surrendered, to the
            // announcer; "reported the withdrawal of U.S. troops" names no one withdrawn
            // from.)
            let mut tg = tg;
            if !self.tabari && prep == Some("OF") && possessor.is_none() {
                match tokens[k].norm.as_str() {
                    "SURRENDER" | "SURRENDERS" => (sg, tg) = (tg, sg),
                    "WITHDRAWAL" | "WITHDRAWALS" | "RETREAT" | "RESIGNATION" | "RESIGNATIONS"
                    | "DEFECTION" | "DEFECTIONS" | "DEPARTURE" | "ARRIVAL" | "RETURN" => continue,
                    // (The release of the announcer's own people is their captors' act:
                    // "France's president has announced the release of a French citizen held
                    // hostage in Yemen".)
                    "RELEASE" | "RELEASES" | "LIBERATION" | "FREEING"
                        if units.groups[sg as usize].members.iter().all(|s| {
                            units.groups[tg as usize]
                                .members
                                .iter()
                                .all(|t| s.code.get(..3) == t.code.get(..3))
                        }) =>
                    {
                        continue
                    }
                    _ => {}
                }
            }
            let form = &d.verbs[v as usize];
            let block = &d.blocks[form.block as usize];
            let Some(EventCode::Code { code, .. }) =
                form.code.clone().or_else(|| block.code.clone())
            else {
                continue;
            };
            if code.starts_with("01") || sg == tg {
                continue;
            }
            // (A cooperative act "against" someone is no cooperation with them: "expanded
            // its campaign against the militant group" supports no militant.)
            if !self.tabari
                && prep == Some("AGAINST")
                && by_source.is_none()
                && matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08"))
            {
                continue;
            }
            let how = (code.as_str(), tokens[k].span, &block.provenance);
            push_pairs(
                coded,
                &units.groups[sg as usize].members,
                &units.groups[tg as usize].members,
                how,
            );
        }
    }
}

/// A nominal event with code, span and provenance `how` from each of `sources` to each of
/// `targets` (not to itself, not twice), added to `coded`.
fn push_pairs(
    coded: &mut Vec<Coded>,
    sources: &[Actor<'_>],
    targets: &[Actor<'_>],
    (code, span, provenance): (&str, Span, &Provenance),
) {
    for s in sources {
        for t in targets {
            if s.code == t.code
                || coded
                    .iter()
                    .any(|c| c.event.source == s.code && c.event.target == t.code)
            {
                continue;
            }
            coded.push(Coded {
                event: make_event(s, Some(t), code, span, Some(provenance.clone())),
                subordinate: false,
                dominant: false,
                origin: None,
            });
        }
    }
}

impl Ctx<'_> {
    /// News mode: the first actor of the noun phrase opening at `start`, past a determiner
    /// and modifiers — a hyphenated participle among them ("an attack on the U.S.-flagged
    /// Kuwaiti tanker") —, before any verb, preposition or comma.
    fn group_past_modifiers(&self, start: usize, ce: usize) -> Option<u32> {
        use dyad_pos::Tag as T;
        if self.tabari || !self.config.every_verb {
            return None;
        }
        let mut q = start;
        let mut hyphen = false;
        while q < ce.min(start + 7) {
            if let Some(g) = self.group_starting(q) {
                return hyphen.then_some(g);
            }
            // (only over a hyphenated modifier: "the U.S.-flagged Kuwaiti tanker")
            // (or "American-flagged", a participle read as an adjective after a name)
            hyphen |= self.tokens[q].kind == dyad_text::TokenKind::Dash
                || (q > start
                    && self.tokens[q - 1].capitalized
                    && self.tokens[q].norm.ends_with("ED")
                    && self.rec.tags.get(q) == Some(&T::JJ));
            let t = &self.tokens[q];
            let modifier = t.kind == dyad_text::TokenKind::Dash
                || matches!(
                    self.rec.tags.get(q),
                    Some(T::DT | T::JJ | T::CD | T::VBN | T::NNP | T::NN)
                )
                || (q > start && self.tokens[q - 1].kind == dyad_text::TokenKind::Dash);
            if !modifier {
                return None;
            }
            q += 1;
        }
        None
    }
}
