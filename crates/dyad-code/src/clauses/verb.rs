//! One clause, and one verb of it: patterns, the code, its actors.

use dyad_core::Span;
use dyad_dict::{EventCode, PatternElem};
use dyad_text::TokenKind;

use super::{
    charge_content, charge_opens, considered_possibility, demand_for, demanded_readiness,
    governing_marker, intent_for, intent_word, is_directive, joint_act, make_event, refusal_for,
    threat_for, Coded, Ctx, Designated, Governor, BE, SUBORDINATORS,
};
use crate::recognize::Item;
use crate::units::{is_country, Actor};
use crate::{CodeBy, NoEvent, SentenceResult};

/// What coding carries from verb to verb and from clause to clause.
#[derive(Default)]
pub(super) struct Coding {
    /// The events coded so far.
    pub(super) coded: Vec<Coded>,
    /// The subject that a following verb or clause without one of its own inherits.
    carry: Option<u32>,
    /// TABARI: an earlier clause's coded verb found no target, so its source was dropped.
    lost_source: bool,
    /// News mode: infinitives' verbs that a governing verb's pattern named ("agreed * TO
    /// RESIGN"): coded with it, not again as its intent or refusal.
    named_infinitives: Vec<usize>,
}

/// The clause being coded.
struct Clause {
    /// Its first token.
    cs: usize,
    /// The token after its last.
    ce: usize,
    /// Its first actor group.
    first_group: Option<u32>,
    /// Whether one of its verbs coded an event of its own (not a statement default or a
    /// subordinate code).
    coded_in_clause: bool,
    /// TABARI: whether the clause's first verb had a code of its own (not null).
    first_verb_coded: Option<bool>,
}

/// One verb of a clause, and where its patterns may reach.
#[derive(Clone, Copy)]
struct Verb {
    /// The verb's tokens.
    vs: usize,
    ve: usize,
    /// Its verb form in the dictionaries.
    v: u32,
    /// News mode: where the subordinate clause the verb is in begins (else `cs`): its
    /// pattern's actors and its source are looked for no further back.
    vcs: usize,
    /// How far after the verb its patterns may reach.
    after_limit: usize,
    /// News mode: the "to" of an infinitive after the verb ("agreed to lift").
    infinitive: Option<usize>,
    /// The infinitive's verb.
    inf_verb: Option<usize>,
    /// News mode: the clause a saying verb or "that" opens after the verb.
    next_clause: Option<(usize, usize, usize)>,
    /// News mode: the verb's subject as the analysis reads it — `Some(None)` when it is a
    /// noun phrase without an actor.
    subject_reading: Option<Option<u32>>,
}

/// The verb's best pattern, or its default code.
struct Found {
    /// What the pattern designated.
    des: Designated,
    /// The code (`None`: the verb has none).
    code: Option<EventCode>,
    /// Where the code comes from.
    pattern_prov: Option<dyad_core::Provenance>,
    /// Whether a pattern matched (not the verb's default code).
    from_pattern: bool,
    /// The pattern names its source only as "the actor before the verb" (`$ * …`).
    plain_source: bool,
}

/// The code a verb asserts, once modality, negation and a governing verb are read.
struct Act {
    /// The event's code.
    c1: String,
    /// The reversed event's code (a paired code, a joint act).
    c2: Option<String>,
    /// Kept only when the sentence has no other event.
    subordinate: bool,
    /// Keeps the sentence's other events out.
    dominant: bool,
    /// News mode: a saying verb's default statement code (010), addressed only to its
    /// addressee.
    speech_default: bool,
}

/// Why a verb codes no event.
enum Halt {
    /// This verb codes nothing; the next one is tried.
    Skip,
    /// The verb decides the whole sentence (a discard, a complex sentence).
    Sentence(SentenceResult),
}

/// One verb as its actors are chosen: the code it asserts, what its pattern designated, its
/// voice, the actors around it and its subject and object as the analysis reads them.
struct Reading {
    /// The verb, and where its patterns may reach.
    vb: Verb,
    /// The clause's first token.
    cs: usize,
    /// The token after the clause's last.
    ce: usize,
    /// What the pattern designated.
    des: Designated,
    /// Where the code comes from.
    pattern_prov: Option<dyad_core::Provenance>,
    /// The pattern names its source only as "the actor before the verb" (`$ * …`).
    plain_source: bool,
    /// Whether a pattern matched (not the verb's default code).
    act_from_pattern: bool,
    /// The code the verb asserts.
    act: Act,
    /// Passive voice ([`Ctx::passive_voice`]).
    passive: bool,
    /// The actor after a passive's "by".
    by_group: Option<u32>,
    /// The actors before the verb ([`Ctx::actors_around`]).
    before: Vec<u32>,
    /// The actors after the verb.
    after: Vec<u32>,
    /// The verb phrase's subject as the analysis reads it ([`Ctx::syntactic_roles`]).
    syn_source: Option<u32>,
    /// The verb phrase's object as the analysis reads it.
    syn_target: Option<u32>,
}

/// A verb's source and target while they are being chosen.
#[derive(Clone, Copy)]
struct Roles {
    source: Option<u32>,
    target: Option<u32>,
}

/// The source chosen for a verb.
struct Source {
    /// Its actor group (`None`: TABARI's DEFAULT source).
    group: Option<u32>,
    /// TABARI's DEFAULT source, when it is the source.
    default: Option<Actor<'static>>,
    /// Whether it is the subject carried from an earlier verb or clause, not an actor
    /// before this one.
    carried: bool,
}

/// The target chosen for a verb.
struct Target {
    /// Its actor group (`None`: no target, or TABARI's DEFAULT target).
    group: Option<u32>,
    /// TABARI's DEFAULT target, when it is the target.
    default: Option<Actor<'static>>,
    /// TABARI: the source is a compound whose first member is the source and second the
    /// target.
    split: bool,
}

impl Ctx<'_> {
    /// Codes clause `cs..ce`: each of its verbs in turn ([`Ctx::code_verb`]), then (news
    /// mode) its nominal events, then hands its subject on to the next clause. Returns
    /// whether the sentence is done (TABARI codes one event per sentence under CODE BY
    /// SENTENCE), or the sentence's result when a verb decides it.
    pub(super) fn code_clause(
        &self,
        cs: usize,
        ce: usize,
        st: &mut Coding,
    ) -> Result<bool, SentenceResult> {
        let Ctx {
            config, rec, units, ..
        } = *self;
        let verbs: Vec<(usize, usize, u32)> = rec
            .marks
            .iter()
            .filter(|m| {
                m.start >= cs && m.start < ce && (!config.comma_clauses || !self.gone[m.start])
            })
            // News mode: a verb inside an attribution describes the report ("…, according to
            // a report released on Monday by a Washington advocacy group").
            // (Nor is the writer's inference after a comma: "…, suggesting that production
            // may be increasing", "…, meaning he could run".)
            .filter(|m| {
                !(config.every_verb
                    && !self.tabari
                    && (in_attribution(self.tokens, &rec.tags, m.start)
                        || inference(self.tokens, m.start)))
            })
            .filter_map(|m| {
                if let Item::Verb(v) = m.item {
                    Some((m.start, m.end, v))
                } else {
                    None
                }
            })
            .collect();
        // The subject a following coordinated clause inherits: the actor nearest before the
        // clause's last verb ("Iran said the US should end its presence and withdraw").
        let last_subject = verbs.last().and_then(|&(lvs, _, _)| {
            (0..units.groups.len() as u32).rev().find(|&g| {
                let t = units.groups[g as usize].tokens;
                t.0 >= cs && t.1 <= lvs
            })
        });
        let first_group_in_clause = units
            .groups
            .iter()
            .position(|g| g.tokens.0 >= cs && g.tokens.1 <= ce)
            .map(|g| g as u32);
        let mut clause = Clause {
            cs,
            ce,
            first_group: first_group_in_clause,
            coded_in_clause: false,
            first_verb_coded: None,
        };
        let mut sentence_done = false;
        for &(vs, ve, v) in &verbs {
            let asserted = match self.code_verb(&mut clause, st, vs, ve, v) {
                Ok(asserted) => asserted,
                Err(Halt::Skip) => continue,
                Err(Halt::Sentence(result)) => return Err(result),
            };
            if asserted {
                clause.coded_in_clause = true;
            }
            // TABARI codes one verb per clause; in news mode every verb phrase with its own
            // subject is coded ("after Biden took office, Syrian authorities accused …").
            // A subordinate code ("SAID [023?]") leaves the clause's later verbs to be tried.
            if asserted && config.code_by == CodeBy::Sentence {
                sentence_done = true;
                break;
            }
            if asserted && !config.every_verb && config.code_by != CodeBy::All {
                break;
            }
        }
        // Nominal events (news mode): "held talks with", "launched an attack on".
        if config.every_verb {
            self.code_nominals(cs, ce, st.carry, &mut st.coded);
        }
        if config.tabari_rules {
            // TABARI (manual 7.6): the clause's source carries on; a clause without an event
            // passes on its first actor.
            if !clause.coded_in_clause && clause.first_verb_coded == Some(true) {
                // The first verb was coded but found no target ("Gondor alleged and
                // acknowledged that …"): its source is not passed on; the next clause
                // reads its own, after its verb if need be (COMPLEX-05).
                st.carry = None;
                st.lost_source = true;
            } else if !clause.coded_in_clause && clause.first_group.is_some() {
                st.carry = clause.first_group;
            }
        } else if last_subject.is_some() {
            st.carry = last_subject;
        }
        Ok(sentence_done)
    }

    /// Codes the verb at tokens `vs..ve` (verb form `v`) of the clause: its best pattern or
    /// its default code, then the code as the sentence asserts it (modality, negation, a
    /// governing verb), then its source ([`Ctx::choose_source`]) and target
    /// ([`Ctx::choose_target`]). The events are added to `st.coded` ([`Ctx::emit_events`]).
    /// Returns whether the verb coded an event of its own (not a statement default or a
    /// subordinate code, which leave the clause's later verbs to be tried).
    fn code_verb(
        &self,
        clause: &mut Clause,
        st: &mut Coding,
        vs: usize,
        ve: usize,
        v: u32,
    ) -> Result<bool, Halt> {
        let (cs, ce) = (clause.cs, clause.ce);
        let vb = self.verb_scope(cs, ce, vs, ve, v).ok_or(Halt::Skip)?;
        if self.places_meeting(vs) {
            return Err(Halt::Skip);
        }
        let found = self.pattern_code(&vb);
        // (A joint act is still coded, both ways: "intends to negotiate with the US".)
        if st.named_infinitives.contains(&vs)
            && !matches!(&found.code, Some(EventCode::Code { code, .. })
                if joint_act(code, &self.tokens[vs].norm))
        {
            return Err(Halt::Skip);
        }
        if clause.first_verb_coded.is_none() {
            clause.first_verb_coded =
                Some(found.code.as_ref().is_some_and(|c| *c != EventCode::Null));
        }
        let act = self.asserted_code(cs, &vb, &found)?;
        // News mode: a verb of force whose object is a social ill ("to combat imminent
        // famine near its border with Togo", "fight crime", "tackle the spread of malaria")
        // has no adversary, whatever actor comes later — unless its pattern names the object
        // (the dyad dictionaries' "- * FAMINE [---]"; the Phoenix set has a few).
        if self.config.every_verb
            && !self.tabari
            && [
                Some(act.c1.as_str()),
                found.code.as_ref().and_then(|c| match c {
                    EventCode::Code { code, .. } | EventCode::Paired(code, _) => {
                        Some(code.as_str())
                    }
                    _ => None,
                }),
            ]
            .iter()
            .flatten()
            // (also as a threat: "will fight organized crime" read 138)
            .any(|c| matches!(c.get(..2), Some("18" | "19" | "20")))
            && fights_an_ill(self.tokens, &self.rec.tags, ve).is_some_and(|head| {
                // (a pattern word past the object does not name it: "- * WITH [190:190]"
                // on "fighting famine near its border with Togo")
                !(found.from_pattern && found.des.first_word.is_some_and(|f| f <= head))
            })
        {
            return Err(Halt::Skip);
        }
        // News mode: "served as a key transshipment point for Colombia's cartels", "serving
        // as a transit nation": a role held, no act on anyone — unless a pattern names the
        // role.
        if self.config.every_verb
            && !self.tabari
            && matches!(
                self.tokens[vs].norm.as_str(),
                "SERVE" | "SERVES" | "SERVED" | "SERVING"
            )
            && self.tokens.get(ve).is_some_and(|t| t.norm == "AS")
            && !(found.from_pattern && found.des.first_word.is_some())
            // (A go-between's role is an act for the ones it links: "served as a contact for
            // the FARC", "as an intermediary between the Cali Cartel and …".)
            && !self.tokens[ve + 1..]
                .iter()
                .take(5)
                .take_while(|t| !matches!(t.norm.as_str(), "FOR" | "BETWEEN" | "TO" | "OF"))
                .any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "CONTACT"
                            | "LINK"
                            | "INTERMEDIARY"
                            | "GO-BETWEEN"
                            | "LIAISON"
                            | "MEDIATOR"
                            | "ADVISER"
                            | "ADVISOR"
                            | "CONSULTANT"
                            | "CONDUIT"
                            | "ENVOY"
                            | "BROKER"
                    )
                })
        {
            return Err(Halt::Skip);
        }
        // (Asked of someone, it is still a demand: "saying Washington needs to take the
        // first step".)
        if self.config.every_verb
            && !self.tabari
            && !act.c1.starts_with("10")
            && self.pattern_only(&vb, &found)
        {
            return Err(Halt::Skip);
        }
        let Found {
            des,
            pattern_prov,
            plain_source,
            from_pattern,
            ..
        } = found;
        // Passive voice: "X was attacked by Y".
        let (passive, by_group) = self.passive_voice(cs, ce, vs, ve);
        let (before, mut after) = self.actors_around(&vb, ce, &des, &act.c1);
        if after.is_empty() {
            after = self.shared_object(&vb);
        }
        // The verb phrase's subject and object, when the analysis knows them.
        let (mut syn_source, mut syn_target) =
            self.syntactic_roles(&vb, &act.c1, (passive, by_group), &pattern_prov, st, clause)?;
        // News mode: a saying verb right after a closing quotation ("…," says the detective)
        // is its speaker's, who follows it; whoever the quotation names is neither the
        // speaker nor the one spoken to.
        let (before, after, des) = match self.inverted_speaker(&vb) {
            Some(None) => return Err(Halt::Skip),
            Some(Some(g)) => {
                (syn_source, syn_target) = (Some(g), None);
                let des = Designated {
                    source: Some(g),
                    ..Designated::default()
                };
                (Vec::new(), Vec::new(), des)
            }
            None => (before, after, des),
        };
        let mut r = Reading {
            vb,
            cs,
            ce,
            des,
            pattern_prov,
            plain_source,
            act_from_pattern: from_pattern,
            act,
            passive,
            by_group,
            before,
            after,
            syn_source,
            syn_target,
        };
        let (src, target) = self.choose_source(&mut r, st, clause)?;
        let tgt = self.choose_target(&r, &src, target)?;
        // The source carries on to a following verb or clause without a subject of its own.
        if let Some(sg) = src.group {
            st.carry = Some(sg);
        }
        self.emit_events(&r, &src, &tgt, st)?;
        // News mode: a pattern that names the infinitive's verb ("DECLINE * TO RESIGN
        // [1231]") has coded the act with its governor: the infinitive is not coded again
        // as a refusal or an intent of its own ("declined to resign his seat": 1231, not
        // 124 beside it) — unless the pattern's code is a general one the infinitive may
        // refine ("offered to send troops": 033 and 0334).
        if let (true, true, Some(k)) = (
            self.config.every_verb && !self.tabari,
            r.act_from_pattern,
            r.vb.inf_verb,
        ) {
            let general = |c: &str| {
                dyad_core::cameo::all().any(|i| i.code.len() > c.len() && i.code.starts_with(c))
            };
            if k < ve + r.des.reach && !general(&r.act.c1) {
                st.named_infinitives.push(k);
            }
        }
        Ok(!r.act.speech_default && !r.act.subordinate)
    }

    /// Adds the verb's events to `st.coded`: each member of the source acting on each
    /// member of the target (TABARI's split compound source: its first member on its
    /// second), and the reversed event of a paired code; none between equal codes or with
    /// a null actor.
    fn emit_events(
        &self,
        r: &Reading,
        src: &Source,
        tgt: &Target,
        st: &mut Coding,
    ) -> Result<(), Halt> {
        let Ctx {
            d,
            config,
            tokens,
            units,
            ..
        } = *self;
        let Verb { vs, ve, v, .. } = r.vb;
        let form = &d.verbs[v as usize];
        let Reading {
            ref pattern_prov,
            act:
                Act {
                    ref c1,
                    ref c2,
                    subordinate,
                    dominant,
                    ..
                },
            ..
        } = *r;
        let Source {
            group: source_group,
            default: ref default_src,
            ..
        } = *src;
        let Target {
            group: target,
            default: ref default_tgt,
            split,
        } = *tgt;
        let verb_span = Span::new(
            tokens[vs].span.start as usize,
            tokens[ve - 1].span.end as usize,
        );
        let mut src_members: Vec<&Actor> = match (default_src, source_group) {
            (Some(a), _) => vec![a],
            (None, Some(g)) => units.groups[g as usize].members.iter().collect(),
            (None, None) => return Err(Halt::Skip),
        };
        let mut tgt_members: Vec<Option<&Actor>> = match (default_tgt, target) {
            (Some(a), _) => vec![Some(a)],
            (None, Some(t)) => units.groups[t as usize].members.iter().map(Some).collect(),
            (None, None) => vec![None],
        };
        if split && src_members.len() > 1 {
            tgt_members = vec![Some(src_members[1])];
            src_members.truncate(1);
        }
        // News mode: a warning addressed to no one that names no threat — the verb's own
        // code, no pattern — is a pessimistic forecast ("warned of earnings setbacks", "warned
        // that growth was unlikely to be enough"), not a threat (130).
        let forecast = config.every_verb
            && !self.tabari
            && c1 == "130"
            && target.is_none()
            && default_tgt.is_none()
            && tokens[vs].norm.starts_with("WARN")
            // (not a participle spelling out another act: "issued an ultimatum, warning that")
            && self.rec.tags.get(vs) != Some(&dyad_pos::Tag::VBG)
            && pattern_prov
                .as_ref()
                .is_none_or(|p| !p.entry.trim_start().starts_with("- "));
        let c1: &str = if forecast { "012" } else { c1 };
        let country = |a: &Actor| a.code.get(..3).map(str::to_string);
        for s in src_members {
            // News mode: a joint act with a compound naming the source's own country beside
            // others ("signed an agreement … between Kuwait and the United States", by the
            // U.S. trade representative) is done with the others only.
            // (Not a compound source acting jointly on itself.)
            let mixed = config.every_verb
                && !self.tabari
                && c2.is_some()
                && target != source_group
                && tgt_members
                    .iter()
                    .flatten()
                    .any(|o| country(o) != country(s));
            // News mode: a pronoun standing for the source is no target of its own act
            // ("Rwanda's information minister said she hoped …").
            let itself = |t: &Actor| {
                config.every_verb && !self.tabari && t.reference && t.antecedent == Some(s.tokens.0)
            };
            for t in &tgt_members {
                if t.is_some_and(|t| {
                    t.code == s.code || t.code == crate::units::NULL_ACTOR || itself(t)
                }) || s.code == crate::units::NULL_ACTOR
                    || (mixed && t.is_some_and(|t| country(t) == country(s)))
                {
                    continue;
                }
                // "[:173]" (PETRARCH-2): only the reversed event.
                if !c1.is_empty() {
                    st.coded.push(Coded {
                        event: make_event(s, *t, c1, verb_span, pattern_prov.clone()),
                        subordinate,
                        dominant,
                        origin: Some((form.block, vs)),
                    });
                }
                if let (Some(c2), Some(t)) = (&c2, t) {
                    st.coded.push(Coded {
                        event: make_event(t, Some(s), c2, verb_span, pattern_prov.clone()),
                        subordinate,
                        dominant,
                        origin: Some((form.block, vs)),
                    });
                }
            }
        }
        Ok(())
    }

    /// Whether group `t` comes after the money or aid an appeal ending at `ve` asks for, and
    /// not after "to" or "from": the appeal's beneficiary.
    fn appeal_beneficiary(&self, ve: usize, t: u32) -> bool {
        let tokens = self.tokens;
        let start = self.units.groups[t as usize].tokens.0;
        if start <= ve || start - ve > 14 {
            return false;
        }
        let asked = |k: usize| {
            matches!(
                tokens[k].norm.as_str(),
                "$" | "USD"
                    | "EUR"
                    | "MILLION"
                    | "BILLION"
                    | "FUNDS"
                    | "FUNDING"
                    | "AID"
                    | "ASSISTANCE"
                    | "DONATIONS"
                    | "RELIEF"
            ) || tokens[k].norm.starts_with('$')
                // (help as a noun, not "to help reduce their deficits")
                || (tokens[k].norm == "HELP" && self.rec.tags.get(k) == Some(&dyad_pos::Tag::NN))
        };
        let Some(k) = (ve..start).find(|&k| asked(k)) else {
            return false;
        };
        let before = (ve..start).rev().find(|&k| {
            !matches!(
                self.rec.tags.get(k),
                Some(dyad_pos::Tag::DT | dyad_pos::Tag::JJ)
            )
        });
        (k..start).any(|j| matches!(tokens[j].norm.as_str(), "FOR" | "IN" | "HELP"))
            && before.is_none_or(|b| !matches!(tokens[b].norm.as_str(), "TO" | "FROM"))
            // ("requested assistance from authorities in the neighboring Colombian state")
            && !(k..start).any(|j| tokens[j].norm == "FROM")
    }

    /// Chooses the verb's target, given its source `src` and the target its choice settled
    /// (`target`): the first actor after the verb in its clause, the source's own organ or
    /// country giving way, a proposal's author, TABARI's split of a compound source, a
    /// saying verb's addressee, TABARI's DEFAULT target; no event when a target is required
    /// and none is found.
    fn choose_target(
        &self,
        r: &Reading,
        src: &Source,
        target: Option<u32>,
    ) -> Result<Target, Halt> {
        let config = self.config;
        let Verb { vs, ve, .. } = r.vb;
        let Reading {
            ref des,
            act:
                Act {
                    ref c1,
                    speech_default,
                    ..
                },
            ref before,
            ref after,
            ..
        } = *r;
        let source_group = src.group;
        let mut target = target.filter(|&t| !self.venue(r, t));
        if target.is_none() && source_group.is_none() {
            target = after.first().copied().or(before.first().copied());
        }
        if target.is_none() && source_group.is_some_and(|sg| self.own_compound(r, sg)) {
            target = source_group;
        }
        if let (None, Some(sg)) = (target, source_group) {
            target = self.target_after(r, sg, src.carried);
        }
        // News mode: the source's own organ named through a pronoun ("Honduras is willing
        // to withdraw its troops from the zone") is no target of its own; the next actor
        // after it, if any, is.
        if let (Some(t), Some(sg), true) = (target, source_group, config.every_verb && !self.tabari)
        {
            target = self.past_own_target(r, t, sg);
        }
        // News mode: the forces a verb of removal moves are the source's own, not its
        // target ("UNDOF withdrew peacekeepers from another position", "the UN withdrew
        // peacekeepers"): the next actor after them is, if any.
        if let (Some(t), true) = (target, config.every_verb && !self.tabari) {
            if self.removed_own_forces(r, t) {
                let tg = self.units.groups[t as usize].tokens;
                target = after.iter().copied().find(|&g| {
                    self.units.groups[g as usize].tokens.0 >= tg.1 && self.distinct(g, source_group)
                });
            }
        }
        // News mode: the people or country an appeal for money or aid would help are no one
        // it is addressed to ("launched an appeal for $234 million in emergency aid for
        // Zimbabwe", "was seeking aid for war victims in Syria"); one asked "to" or "from"
        // is.
        if let (Some(t), true) = (target, config.every_verb && !self.tabari) {
            if c1.starts_with("02") && self.appeal_beneficiary(ve, t) {
                target = None;
            }
        }
        // News mode: a proposal's author is the target of what is done to it ("vetoed a
        // UN draft resolution presented by Britain": Britain's resolution).
        if let (Some(t), true) = (target, config.every_verb && !self.tabari) {
            if let Some(a) = self
                .proposal_author(r, t)
                .filter(|&a| Some(a) != source_group)
            {
                target = Some(a);
            }
        }
        let split = self.tabari_split(r, src, target);
        // News mode: a saying verb's plain statement (its block's 010) is addressed
        // to the one it is said to ("told Reuters", "said to the Japanese minister"), not
        // to whoever its content names ("Israel has said it will not lift the embargo
        // until U.N. peacekeepers …").
        // (Only the plain statement: pessimism, optimism, a claim of responsibility or
        // condolences are about what they name.)
        if speech_default && c1 == "010" && config.every_verb && !self.tabari {
            if let Some(t) = target {
                if !self.addressee(ve, t) {
                    target = None;
                }
            }
        }
        // News mode: what is discussed is no partner ("discussed the role of Argentina's
        // armed forces"): a discussion's target is the one it is held with ("discussed the
        // crisis with Iran"), or the other member of a joint subject.
        if config.every_verb && !self.tabari && self.tokens[vs].norm.starts_with("DISCUSS") {
            // (Before the verb too: "a meeting with Ortega to discuss the issue".)
            let with = |t: u32| {
                let gt = self.units.groups[t as usize].tokens;
                (gt.0.saturating_sub(3)..gt.0)
                    .filter(|&k| k >= ve || k < vs)
                    .any(|k| self.tokens[k].norm == "WITH")
            };
            if target.is_some_and(|t| !with(t) && Some(t) != source_group) {
                target =
                    after
                        .iter()
                        .chain(before.iter())
                        .copied()
                        .find(|&a| with(a) && Some(a) != source_group)
                        .or(source_group
                            .filter(|&sg| self.units.groups[sg as usize].members.len() > 1));
            }
        }
        // TABARI's DEFAULT: TARGET [code] AFTER; without a default, TABARI's own suite
        // wants a target for every event.
        let default_tgt = match &config.default_target {
            Some((code, after_only))
                if !split
                    && (target.is_none()
                        || (*after_only && after.is_empty() && des.target.is_none())) =>
            {
                Some(self.synthetic(code, vs))
            }
            _ => None,
        };
        if default_tgt.is_some() {
            target = None;
        }
        if target.is_none() && default_tgt.is_none() && config.require_target && !split {
            return Err(Halt::Skip);
        }
        Ok(Target {
            group: target,
            default: default_tgt,
            split,
        })
    }

    /// TABARI: whether the first actor after the verb is "their" naming the compound source
    /// `source`.
    fn own_compound(&self, r: &Reading, source: u32) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let after = &r.after;
        let source_group = Some(source);
        // TABARI: "their" right after the verb, naming the compound source, makes the
        // compound its own target ("The ambassadors of A, B and C presented their
        // credentials").
        let own_compound = config.tabari_rules
            && source_group.is_some()
            && after.first().is_some_and(|&g| {
                let (a, s) = (
                    &units.groups[g as usize].members,
                    &units.groups[source as usize],
                );
                a.len() > 1
                    && tokens[units.groups[g as usize].tokens.0].norm == "THEIR"
                    && a.iter().all(|m| m.reference)
                    && a.iter().all(|m| s.members.iter().any(|x| x.base == m.base))
            });
        own_compound
    }

    /// The target among the actors after the verb, before a subordinate clause (news mode:
    /// "between" parties rather than a place before them; a refusal's condition), else
    /// before the verb; a compound source acting jointly is its own target. `source` is the
    /// source's actor group, `carried` whether it is the subject carried from an earlier
    /// verb or clause. In order: the actors after the verb up to `object_end`
    /// (`between_parties` first), `refusal_condition_target`, `target_before` (but for a
    /// verb of saying, `is_speech`), `joint_compound`.
    fn target_after(&self, r: &Reading, source: u32, carried: bool) -> Option<u32> {
        let Ctx { config, units, .. } = *self;
        let sub = self.object_end(r);
        // (Past the clause only the object shared with the next verb: `shared_object`.)
        let candidates: Vec<u32> = r
            .after
            .iter()
            .copied()
            .filter(|&g| {
                let t0 = units.groups[g as usize].tokens.0;
                t0 < sub || t0 >= r.ce
            })
            .filter(|&g| g != source && self.distinct(g, Some(source)))
            .filter(|&g| !self.venue(r, g))
            .filter(|&g| !self.joint_compound_setting(r, source, carried, g))
            .filter(|&g| !self.role_of_subject(r, g))
            .filter(|&g| !self.contact_relative_subject(g))
            .filter(|&g| !self.border_place(r, g))
            .filter(|&g| !self.in_time_adjunct(r, g))
            .filter(|&g| !self.bracketed_alias(g, source))
            .filter(|&g| !self.go_between(r, g))
            .filter(|&g| !self.destination_of_goods(r, g))
            .filter(|&g| !self.in_commentary(r, g))
            .collect();
        let mut target = candidates.first().copied();
        if config.every_verb && !self.tabari {
            if let Some(g) = self.between_parties(&candidates) {
                target = Some(g);
            }
        }
        if target.is_none() {
            target = self.refusal_condition_target(r, sub, source);
        }
        if target.is_none() {
            target = self.purpose_beneficiary(r, source);
        }
        if target.is_none() {
            target = self.opening_interlocutor(r, source);
        }
        if target.is_none() && !self.is_speech(r.vb.vs) {
            target = self.target_before(r, source, carried);
        }
        // A compound source is its own target for joint acts ("Syria and Jordan met");
        // in news mode only for codes that are joint by nature (consult, cooperate,
        // fight), and only between different actors.
        if target.is_none() && self.joint_compound(r, source, carried) {
            target = Some(source);
        }
        target
    }

    /// News mode: for a meeting or a consultation (04x) with no one after the verb, the actor
    /// met in an opening phrase of talks before the subject: "In a phone call with his
    /// Turkish counterpart, Russian Foreign Minister Sergei Lavrov discussed the situation in
    /// Syria", "During talks with Iranian officials in Tehran, the IAEA chief discussed …".
    fn opening_interlocutor(&self, r: &Reading, source: u32) -> Option<u32> {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        if !config.every_verb || self.tabari || !r.act.c1.starts_with("04") {
            return None;
        }
        let s0 = units.groups[source as usize].tokens.0;
        let comma = (0..s0)
            .rev()
            .find(|&k| tokens[k].kind == TokenKind::Comma)?;
        let with = (0..comma).find(|&k| tokens[k].norm == "WITH")?;
        let talks = (0..with).any(|k| {
            matches!(
                tokens[k].norm.as_str(),
                "CALL"
                    | "CALLS"
                    | "TALKS"
                    | "TALK"
                    | "MEETING"
                    | "MEETINGS"
                    | "CONVERSATION"
                    | "CONVERSATIONS"
                    | "DISCUSSION"
                    | "DISCUSSIONS"
                    | "NEGOTIATIONS"
                    | "CONFERENCE"
                    | "SUMMIT"
            )
        });
        // (Nothing but the phrase itself before the comma: no verb of its own.)
        let verbless = (0..comma).all(|k| !self.rec.tags.get(k).is_some_and(|t| t.is_verb()));
        if !(talks && verbless) {
            return None;
        }
        (with + 1..comma)
            .take_while(|&k| {
                units.group_of[k].is_some()
                    || matches!(
                        self.rec.tags.get(k),
                        Some(dyad_pos::Tag::DT | dyad_pos::Tag::PRPS | dyad_pos::Tag::JJ)
                    )
            })
            .find_map(|k| units.group_of[k])
            .filter(|&g| g != source && self.distinct(g, Some(source)))
    }

    /// News mode: whether actor group `g` stands in a participle clause of comment after the
    /// verb's clause ("seized two tons of cocaine, suggesting a growing role for Mexican
    /// traffickers", "…, highlighting", "…, underscoring"): what the writer draws from the act,
    /// no party to it.
    fn in_commentary(&self, r: &Reading, g: u32) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let g0 = units.groups[g as usize].tokens.0;
        config.every_verb
            && !self.tabari
            && (r.vb.ve..g0).any(|k| {
                tokens[k].kind == TokenKind::Comma
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| COMMENTARY.contains(&n.norm.as_str()))
            })
    }

    /// News mode: whether actor group `g` is where the object was going, after "bound for",
    /// "destined for", "headed for" past the verb ("seized 14 tonnes of cocaine bound for
    /// Europe"): no party to the act.
    fn destination_of_goods(&self, r: &Reading, g: u32) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let g0 = units.groups[g as usize].tokens.0;
        let k = if g0 >= 1 && tokens[g0 - 1].norm == "THE" {
            g0 - 1
        } else {
            g0
        };
        config.every_verb
            && !self.tabari
            && k >= 2
            && k - 1 > r.vb.ve
            && ((matches!(tokens[k - 1].norm.as_str(), "FOR" | "TO")
                && matches!(
                    tokens[k - 2].norm.as_str(),
                    "BOUND" | "DESTINED" | "HEADED" | "HEADING"
                ))
                // (nor, for a seizure, where they came from: "seized contraband liquor
                // smuggled from Venezuela"; a tariff on goods imported from Japan is on Japan)
                || (matches!(r.act.c1.as_str(), "171" | "1711" | "173")
                    && tokens[k - 1].norm == "FROM"
                    && matches!(
                        tokens[k - 2].norm.as_str(),
                        "SMUGGLED" | "TRAFFICKED" | "SHIPPED" | "IMPORTED" | "FLOWN" | "BROUGHT"
                    )))
    }

    /// News mode: whether actor group `g` is named after "by" past the verb as the one who
    /// brought the object about between others ("agreed to a ceasefire after talks mediated
    /// by Qatar", "a truce brokered by Egypt"): a go-between, no party to the act. (Not an
    /// author: "accepted a plan proposed by Russia" is accepted from Russia.)
    fn go_between(&self, r: &Reading, g: u32) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let g0 = units.groups[g as usize].tokens.0;
        // (over "the": "mediated by the United Nations")
        let g0 = if g0 >= 1 && tokens[g0 - 1].norm == "THE" {
            g0 - 1
        } else {
            g0
        };
        config.every_verb
            && !self.tabari
            && g0 >= 2
            && g0 - 1 > r.vb.ve
            && tokens[g0 - 1].norm == "BY"
            && matches!(
                tokens[g0 - 2].norm.as_str(),
                "MEDIATED"
                    | "BROKERED"
                    | "HOSTED"
                    | "FACILITATED"
                    | "ARRANGED"
                    | "ORGANISED"
                    | "ORGANIZED"
                    | "CHAIRED"
                    // (nor the one who sanctioned, arrested or targeted what the object names:
                    // "established relations with countries sanctioned by the US Treasury",
                    // "met relatives of activists detained by the police")
                    | "SANCTIONED"
                    | "BLACKLISTED"
                    | "DESIGNATED"
                    | "TARGETED"
                    | "ARRESTED"
                    | "DETAINED"
                    | "JAILED"
                    | "IMPRISONED"
                    | "PROSECUTED"
                    | "INDICTED"
                    | "PERSECUTED"
                    | "KIDNAPPED"
                    | "ABDUCTED"
                    | "KILLED"
                    | "MURDERED"
                    | "WOUNDED"
                    | "BANNED"
                    | "OUTLAWED"
                    | "EXPELLED"
                    | "DEPORTED"
            )
    }

    /// News mode: whether actor group `g` is an abbreviation in brackets right after the
    /// source, naming one of its members again, as generally or more exactly coded ("the
    /// ministers from … the United Arab Emirates (UAE)"): no other party.
    fn bracketed_alias(&self, g: u32, source: u32) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let g0 = units.groups[g as usize].tokens.0;
        config.every_verb
            && !self.tabari
            && g0 >= 2
            && tokens[g0 - 1].kind == TokenKind::Open
            && units.group_of[g0 - 2].is_some_and(|h| {
                h == source
                    && units.groups[g as usize].members.iter().all(|m| {
                        units.groups[h as usize]
                            .members
                            .iter()
                            .any(|o| o.code.starts_with(m.code.as_str()))
                    })
            })
    }

    /// News mode: whether actor group `g` is in a phrase of time or concession after the verb
    /// — "during", "after", "until", "since", "despite", "following", "amid" before its noun
    /// phrase —, which says when or despite what the act was done, not to whom ("withholding
    /// judgment until Nakasone's visit", "impose such conditions after Brazil's decision",
    /// "improved immensely since the departure of the former president"). Not right after
    /// the verb ("went after the rebels"), nor for a refusal, refused to whoever asks or
    /// must act first ("declined to resign, despite President Biden's request", "will not
    /// lift the embargo until U.N. peacekeepers … take positions").
    fn in_time_adjunct(&self, r: &Reading, g: u32) -> bool {
        use dyad_pos::Tag as T;
        let Ctx {
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        if !config.every_verb || self.tabari || r.act.c1.starts_with("12") {
            return false;
        }
        let ve = r.vb.ve;
        let t0 = units.groups[g as usize].tokens.0;
        let mut k = t0;
        while k > ve {
            k -= 1;
            let np = units.group_of.get(k).copied().flatten().is_some()
                || rec.tags.get(k).is_some_and(|t| {
                    matches!(
                        t,
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
                    )
                });
            if np {
                continue;
            }
            return k > ve
                && matches!(
                    tokens[k].norm.as_str(),
                    "DURING"
                        | "AFTER"
                        | "UNTIL"
                        | "SINCE"
                        | "DESPITE"
                        | "FOLLOWING"
                        | "AMID"
                        | "AMIDST"
                );
        }
        false
    }

    /// News mode: whether actor group `g` only tells where a border runs, in a phrase of place
    /// ("attacked their fighters near the border with Turkey", "along the border with
    /// Syria"): no target — but for a show of force, which faces it ("remained on high alert
    /// along the border with Pakistan", 15x).
    fn border_place(&self, r: &Reading, g: u32) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        if !config.every_verb || self.tabari || r.act.c1.starts_with("15") {
            return false;
        }
        let t0 = units.groups[g as usize].tokens.0;
        let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
        if t0 < 4 || !matches!(w(t0 - 1), "WITH" | "OF") {
            return false;
        }
        let border = t0 - 2;
        if !matches!(w(border), "BORDER" | "FRONTIER" | "BOUNDARY") {
            return false;
        }
        let before = if w(border - 1) == "THE" {
            border - 2
        } else {
            border - 1
        };
        matches!(w(before), "NEAR" | "ALONG" | "AT" | "ON" | "BY" | "ACROSS")
            || (w(before) == "TO" && matches!(w(before.saturating_sub(1)), "CLOSE" | "NEXT"))
    }

    /// News mode: whether actor group `g` is a bare pronoun opening a contact relative clause
    /// on the noun before it, the clause's subject and no object of the verb before ("will not
    /// lift the embargo it has imposed on the island": "it" is the embargo's imposer).
    fn contact_relative_subject(&self, g: u32) -> bool {
        use dyad_pos::Tag as T;
        let Ctx {
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        if !config.every_verb || self.tabari {
            return false;
        }
        let (t0, t1) = units.groups[g as usize].tokens;
        t1 == t0 + 1
            && t0 > 0
            && rec.tags.get(t0) == Some(&T::PRP)
            && rec
                .tags
                .get(t0 - 1)
                .is_some_and(|t| matches!(t, T::NN | T::NNS))
            && matches!(
                tokens[t0].norm.as_str(),
                "IT" | "THEY" | "HE" | "SHE" | "WE"
            )
            && rec
                .tags
                .get(t1)
                .is_some_and(|t| matches!(t, T::VBD | T::VBZ | T::VBP | T::MD))
    }

    /// News mode: whether actor group `g` is where a meeting is held or what it is for, no
    /// partner in it — a bare place after "in" or "at" for a verb of meeting or talking
    /// ("Putin and Erdogan met in Sochi", "will hold talks in Moscow with Putin", "meeting in
    /// Guayaquil, Ecuador", "met on Bali"), or, for a meeting (04x), an actor after an infinitive of
    /// purpose ("will meet in Brussels to discuss action against Japan"; not a noun's
    /// complement: "discussed the need to control spending in talks with …").
    fn venue(&self, r: &Reading, g: u32) -> bool {
        use dyad_pos::Tag as T;
        let Ctx {
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        let Verb { vs, ve, .. } = r.vb;
        let c1 = &r.act.c1;
        // (Hosting too: "hosted a mediation session in Addis Ababa" hosts no Ethiopian.)
        let hosting = c1.starts_with("04") && tokens[vs].norm.starts_with("HOST");
        if !config.every_verb || self.tabari {
            return false;
        }
        let t0 = units.groups[g as usize].tokens.0;
        // (For any act, a place naming a meeting is its venue: "will not agree to a deal at
        // the Geneva superpower talks", "at the Vienna conference".)
        let (t1, single) = {
            let grp = &units.groups[g as usize];
            (
                grp.tokens.1,
                grp.members.len() == 1
                    && grp.members[0].code.len() == 3
                    && grp.members[0].agents.0.is_empty()
                    && is_country(&grp.members[0].code),
            )
        };
        let meeting_noun = |w: &str| {
            matches!(
                w,
                "TALKS"
                    | "SUMMIT"
                    | "CONFERENCE"
                    | "MEETING"
                    | "MEETINGS"
                    | "NEGOTIATIONS"
                    | "FORUM"
                    | "ROUND"
                    | "SESSION"
            )
        };
        if single
            && t0 > 0
            && tokens[t0 - 1].norm == "THE"
            && !tokens[t1 - 1].possessive
            && tokens[t1..(t1 + 3).min(tokens.len())]
                .iter()
                .take_while(|t| t.kind == TokenKind::Word)
                .any(|t| meeting_noun(&t.norm))
        {
            return true;
        }
        // (Nor is the body whose meeting it was at, after "at": "pledged at G-7 meetings to
        // boost demand", "said at an OPEC meeting".)
        let at = match t0.checked_sub(1).map(|k| tokens[k].norm.as_str()) {
            Some("THE" | "A" | "AN") => t0.checked_sub(2),
            _ => t0.checked_sub(1),
        };
        if at.is_some_and(|k| k >= ve && tokens[k].norm == "AT")
            && !tokens[t1 - 1].possessive
            && tokens[t1..(t1 + 3).min(tokens.len())]
                .iter()
                .take_while(|t| t.kind == TokenKind::Word)
                .any(|t| meeting_noun(&t.norm))
        {
            return true;
        }
        // (So is the place such a meeting was in: "pledged at Group of Seven meetings in
        // Paris".)
        if single
            && t0 > 1
            && tokens[t0 - 1].norm == "IN"
            && meeting_noun(&tokens[t0 - 2].norm)
            && (ve..t0 - 2).any(|k| tokens[k].norm == "AT")
        {
            return true;
        }
        // (So is a place where an agreement was reached or signed: "The Group of Five and
        // Canada agreed in Paris to call a halt", "signed the accord in Moscow".)
        let agreeing = ["AGREE", "SIGN"]
            .iter()
            .any(|p| tokens[vs].norm.starts_with(p));
        let joint = joint_act(c1, &tokens[vs].norm) || hosting;
        if !(joint || agreeing) {
            return false;
        }
        let purpose = |k: usize| {
            tokens[k].norm == "TO"
                && rec.tags.get(k + 1) == Some(&T::VB)
                && (k == ve
                    || !rec
                        .tags
                        .get(k - 1)
                        .is_some_and(|t| matches!(t, T::NN | T::NNS))
                    || TIME_NOUNS.contains(&tokens[k - 1].norm.as_str()))
        };
        if joint && (c1.starts_with("04") || c1 == "036") && (ve..t0).any(purpose) {
            return true;
        }
        let bare_place = |g: u32| {
            units.groups[g as usize].members.iter().all(|m| {
                m.code.len() == 3 && m.agents.0.is_empty() && !m.reference && is_country(&m.code)
            })
        };
        // ("meeting in Guayaquil, Ecuador": the country of the city too)
        // (and "in the state of Coahuila", "in the city of Aleppo")
        let place_noun = |w: &str| {
            matches!(
                w,
                "STATE"
                    | "CITY"
                    | "PROVINCE"
                    | "REGION"
                    | "TOWN"
                    | "DISTRICT"
                    | "MUNICIPALITY"
                    | "CAPITAL"
                    | "PORT"
                    | "VILLAGE"
                    | "DEPARTMENT"
                    | "COUNTY"
            )
        };
        let before_place = |j: usize| {
            // (and "in either Vienna or Geneva")
            matches!(tokens[j].norm.as_str(), "THE" | "EITHER" | "BOTH")
                || place_noun(&tokens[j].norm)
                || (tokens[j].norm == "OF" && j > 0 && place_noun(&tokens[j - 1].norm))
                || tokens[j].kind == TokenKind::Comma
                || rec.tags.get(j).is_some_and(|t| t.is_adjective())
                || units
                    .group_of
                    .get(j)
                    .copied()
                    .flatten()
                    .is_some_and(bare_place)
        };
        bare_place(g)
            && (ve..t0)
                .rev()
                .find(|&k| !before_place(k))
                .is_some_and(|k| {
                    // (For an agreement only right after the verb: "agreed to a ceasefire
                    // in eastern Ukraine" is a ceasefire there.)
                    (joint || k == ve)
                        && matches!(tokens[k].norm.as_str(), "IN" | "AT")
                        // (an island's "on" for a meeting: "when they met on Bali")
                        || (tokens[k].norm == "ON"
                            && matches!(tokens[vs].norm.as_str(), "MEET" | "MEETS" | "MET" | "MEETING"))
                })
    }

    /// Where the verb's object ends: at the subordinate clause after it
    /// (`Ctx::subordinate_start`). (A verb inside a subordinate clause — "after President
    /// Joe Biden took office, Syrian authorities …" — finds its target before the clause's
    /// comma.)
    fn object_end(&self, r: &Reading) -> usize {
        let Verb { ve, vcs, .. } = r.vb;
        let mut sub = self.subordinate_start(ve, r.ce);
        // News mode: nor past a comma opening a noun that sums up the clause ("send cocaine
        // north, a trend evidenced by seizures in Colombian port cities").
        if self.config.every_verb && !self.tabari {
            if let Some(k) = (ve..sub).find(|&k| self.summing_up(k)) {
                sub = k;
            }
            // (Nor into a relative clause on a plain noun, not an act's: "attacked the
            // convoy that had crossed into Iraq"; "launched strikes that killed four
            // Palestinians".)
            let relative = |k: usize| {
                self.subject_relative_that(ve, k)
                    && !self.rec.nominals.iter().any(|&(n, _)| n + 1 == k)
                    // (A report's relative clause says what it says: "issued a report that
                    // calls on the government to …".)
                    && !STATEMENT_NOUNS.contains(&self.tokens[k - 1].norm.as_str())
            };
            if let Some(k) = (ve..sub).find(|&k| relative(k)) {
                sub = k;
            }
        }
        // (So does one in a subordinate clause opening the sentence: "While both the Chilean
        // and Bolivian police have stated that they exchange information …, the attorney
        // general's office acknowledged …".)
        let opening_subordinate = self.config.every_verb
            && !self.tabari
            && SUBORDINATORS.contains(&self.tokens[0].norm.as_str())
            && !(0..ve).any(|k| self.tokens[k].kind == TokenKind::Comma);
        if vcs > r.cs || opening_subordinate {
            if let Some(k) = (ve..sub).find(|&k| self.tokens[k].kind == TokenKind::Comma) {
                sub = k;
            }
        }
        sub
    }

    /// Whether the comma at `k` opens an indefinite noun phrase that sums up what came
    /// before (", a trend …", ", a move that …", ", a major blow to …"), a participle of its
    /// consequence (", prompting …") or a relative clause.
    /// (So does a comma before a relative pronoun: "seized fake bills, which the group
    /// planned to smuggle to New York".)
    fn summing_up(&self, k: usize) -> bool {
        let tokens = self.tokens;
        let next = |j: usize| tokens.get(j).map(|t| t.norm.as_str());
        tokens[k].kind == TokenKind::Comma
            && (matches!(next(k + 1), Some("WHICH" | "WHO" | "WHOM" | "WHOSE"))
                // (or a participle of what the clause caused, whose object is someone
                // else's: "increasing their presence in the country, prompting a U.S. drug
                // official to refer …")
                || matches!(
                    next(k + 1),
                    Some(
                        "PROMPTING"
                            | "FORCING"
                            | "LEADING"
                            | "CAUSING"
                            | "SPARKING"
                            | "TRIGGERING"
                            | "PROVOKING"
                            | "DRAWING"
                            | "RAISING"
                            | "FUELING"
                            | "FUELLING"
                    )
                )
                || (matches!(next(k + 1), Some("A" | "AN"))
                    && (k + 2..(k + 5).min(tokens.len()))
                        .take_while(|&j| tokens[j].kind == TokenKind::Word)
                        .any(|j| SUMMING_NOUNS.contains(&tokens[j].norm.as_str()))))
    }

    /// News mode: the parties named by "between" outrank a place before them — "concern
    /// about the escalation in the Gaza Strip between Israel and Hamas": when the first of
    /// the `candidates` follows "in", the first later one that follows "between".
    fn between_parties(&self, candidates: &[u32]) -> Option<u32> {
        let Ctx {
            tokens, rec, units, ..
        } = *self;
        let opened_by = |g: u32, word: &str| {
            let t0 = units.groups[g as usize].tokens.0;
            (t0.saturating_sub(3)..t0)
                .rev()
                .find(|&k| rec.tags.get(k) == Some(&dyad_pos::Tag::IN))
                .is_some_and(|k| tokens[k].norm == word)
        };
        if !candidates.first().is_some_and(|&g| opened_by(g, "IN")) {
            return None;
        }
        candidates
            .iter()
            .skip(1)
            .find(|&&g| opened_by(g, "BETWEEN"))
            .copied()
    }

    /// News mode: a refusal's condition names whom it is aimed at — "will not lift the ban
    /// until the EU provides details": the first actor within three words after the
    /// "until" or "unless" at `sub`.
    fn refusal_condition_target(&self, r: &Reading, sub: usize, source: u32) -> Option<u32> {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        if !(config.every_verb
            && !self.tabari
            && r.act.c1.starts_with("12")
            && tokens
                .get(sub)
                .is_some_and(|t| matches!(t.norm.as_str(), "UNTIL" | "UNLESS")))
        {
            return None;
        }
        r.after
            .iter()
            .copied()
            .filter(|&g| {
                let t0 = units.groups[g as usize].tokens.0;
                t0 > sub && t0 <= sub + 3
            })
            .find(|&g| g != source && self.distinct(g, Some(source)))
    }

    /// News mode: whether the verb at `vs` is what a denial says did not happen, the clause
    /// right after "denied (reports/claims …) (that)" or its gerund: "Russia denied that its
    /// forces had attacked civilians" (016 by Russia, no attack), "denied attacking the
    /// convoy". Not a verb joined to the denial ("denied the charges and attacked …"), nor
    /// one after a denial denied ("did not deny that …").
    fn denied_content(&self, vs: usize) -> bool {
        let tokens = self.tokens;
        let Some(a) = self
            .syntax
            .as_ref()
            .filter(|_| self.config.every_verb && !self.tabari)
        else {
            return false;
        };
        let Some(v) = a
            .chunk_of
            .get(vs)
            .and_then(|&c| a.verbs.iter().find(|x| x.chunk == c))
        else {
            return false;
        };
        let Some(Some(k)) = v.reported_by else {
            return false;
        };
        let sv = &a.verbs[k];
        let (head, sv_end) = (a.chunks[sv.chunk].head, a.chunks[sv.chunk].end);
        let start = a.chunks[v.chunk].start;
        if sv.negated
            || head >= start
            || !matches!(
                tokens[head].norm.as_str(),
                "DENY" | "DENIES" | "DENIED" | "DENYING"
            )
        {
            return false;
        }
        let mut k = sv_end;
        while k < start
            && matches!(
                tokens[k].norm.as_str(),
                "REPORTS"
                    | "REPORT"
                    | "CLAIMS"
                    | "CLAIM"
                    | "ALLEGATIONS"
                    | "ALLEGATION"
                    | "ACCUSATIONS"
                    | "ACCUSATION"
                    | "CHARGES"
                    | "SUGGESTIONS"
                    | "RUMOURS"
                    | "RUMORS"
            )
        {
            k += 1;
        }
        if k < start && tokens[k].norm == "THAT" {
            k += 1;
        }
        // (", and have blamed a group of armed civilians": the denier's own next act)
        let joined = start >= 2
            && matches!(tokens[start - 1].norm.as_str(), "AND" | "BUT")
            && tokens[start - 2].kind == TokenKind::Comma;
        // (A clause with its own subject has a finite verb: "denied a Northrop appeal
        // challenging the ruling" denies the appeal.)
        let c = &a.chunks[v.chunk];
        let finite = (c.start..c.end).any(|j| self.rec.tags.get(j).is_some_and(|t| t.is_finite()));
        !joined && (k == start || (finite && v.subject.is_some_and(|s| a.chunks[s].start == k)))
    }

    /// News mode: whether the verb at `vs` is a verb of saying, which addresses no one
    /// before it — ", a senior Bree official said on Saturday" is no statement to Arnor.
    fn is_speech(&self, vs: usize) -> bool {
        self.syntax
            .as_ref()
            .filter(|_| self.config.every_verb && !self.tabari)
            .is_some_and(|a| {
                a.chunk_of
                    .get(vs)
                    .is_some_and(|&vp| a.verbs.iter().any(|v| v.chunk == vp && v.speech))
            })
    }

    /// The target among the actors before the verb. (News mode: not from before a subject
    /// of the verb's own — "while the deal fell through after President Joe Biden took
    /// office, … and some 900 US troops remain in the country".)
    fn target_before(&self, r: &Reading, source: u32, carried: bool) -> Option<u32> {
        let units = self.units;
        let subject_start = (self.config.every_verb && !self.tabari && !carried)
            .then(|| units.groups[source as usize].tokens.0);
        // (Not a place in the source's apposition: "Estonia, a small country in Northern
        // Europe, criticised the decision" criticises no Europe.)
        let src_end = units.groups[source as usize].tokens.1;
        let in_apposition = |g: u32| {
            let (g0, g1) = units.groups[g as usize].tokens;
            self.config.every_verb
                && !self.tabari
                && src_end < g0
                && self.tokens[src_end].kind == TokenKind::Comma
                && self
                    .tokens
                    .get(src_end + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "A" | "AN" | "THE"))
                && (g1..r.vb.vs).any(|k| self.tokens[k].kind == TokenKind::Comma)
                && !(src_end + 1..g0).any(|k| self.tokens[k].kind == TokenKind::Comma)
        };
        // (Nor the agent of a participle modifying the source: "Kurdish rebels backed by
        // Russia attacked the town" attacks no Russia.)
        let participle_agent = |g: u32| {
            let g0 = units.groups[g as usize].tokens.0;
            self.config.every_verb
                && !self.tabari
                && g0 >= 2
                && self.tokens[g0 - 1].norm == "BY"
                && matches!(
                    self.rec.tags.get(g0 - 2),
                    Some(dyad_pos::Tag::VBN | dyad_pos::Tag::VBD)
                )
        };
        // (Nor the place a named person is from: "Richard Lugar of Indiana, called for
        // repeal" calls on no Indiana.)
        let origin = |g: u32| {
            let grp = &units.groups[g as usize];
            let g0 = grp.tokens.0;
            self.config.every_verb
                && !self.tabari
                && g0 >= 2
                && self.tokens[g0 - 1].norm == "OF"
                && self.rec.tags.get(g0 - 2) == Some(&dyad_pos::Tag::NNP)
                && units.group_of[g0 - 2].is_none()
                && grp
                    .members
                    .iter()
                    .all(|m| m.code.len() == 3 && m.agents.0.is_empty() && is_country(&m.code))
        };
        // (Nor the place the source is in: "US officials in Mexico and Guatemala praised the
        // decision" praise no Mexico.)
        let source_place = |g: u32| {
            let grp = &units.groups[g as usize];
            self.config.every_verb
                && !self.tabari
                && grp.tokens.0 > src_end
                && matches!(self.tokens[src_end].norm.as_str(), "IN" | "FROM")
                && (src_end + 1..grp.tokens.0).all(|k| self.tokens[k].norm == "THE")
                && grp
                    .members
                    .iter()
                    .all(|m| m.code.len() == 3 && m.agents.0.is_empty() && is_country(&m.code))
        };
        r.before
            .iter()
            .copied()
            .filter(|&g| subject_start.is_none_or(|s| units.groups[g as usize].tokens.0 > s))
            .filter(|&g| !in_apposition(g))
            .filter(|&g| !source_place(g))
            .filter(|&g| !participle_agent(g))
            .filter(|&g| !origin(g))
            .find(|&g| g != source && self.distinct(g, Some(source)))
    }

    /// News mode: the actor a giving act with no target of its own is for, named by an
    /// infinitive of purpose after its object ("considering sending aid to help North Korea
    /// cope with flood damage", "provided funds to support Ukraine"): the beneficiary.
    fn purpose_beneficiary(&self, r: &Reading, source: u32) -> Option<u32> {
        let Ctx { config, tokens, .. } = *self;
        if !config.every_verb
            || self.tabari
            || !matches!(r.act.c1.get(..2), Some("03" | "07" | "01"))
        {
            return None;
        }
        let ve = r.vb.ve;
        let k = (ve..r.ce.min(ve + 8)).find(|&k| tokens[k].norm == "TO")?;
        // (Only past a plain object: no other verb or clause before the infinitive.)
        if (ve..k).any(|j| self.verb_starts_at(j) || tokens[j].kind == TokenKind::Comma) {
            return None;
        }
        if !matches!(
            tokens.get(k + 1).map(|t| t.norm.as_str()),
            Some("HELP" | "ASSIST" | "SUPPORT" | "AID" | "BENEFIT" | "BOLSTER" | "STRENGTHEN")
        ) {
            return None;
        }
        (k + 2..(k + 4).min(r.ce))
            .find_map(|q| self.group_starting(q))
            .filter(|&g| g != source && self.distinct(g, Some(source)))
    }

    /// News mode: whether actor group `g` after the verb names the role its subject acts in,
    /// after "as" ("Russian soldiers were deployed as peacekeeping forces", "served as
    /// envoy to the UN"): the subject itself, no target. (Not "such as", which names
    /// examples: "allies such as South Korea".)
    fn role_of_subject(&self, r: &Reading, g: u32) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        if !config.every_verb || self.tabari {
            return false;
        }
        let (t0, t1) = units.groups[g as usize].tokens;
        // (Not "as" opening a clause: "as she appealed for", "as businesses reopen".)
        let clause = (t1..(t1 + 3).min(tokens.len())).any(|k| {
            rec.tags.get(k).is_some_and(|t| {
                matches!(
                    t,
                    dyad_pos::Tag::VBD
                        | dyad_pos::Tag::VBZ
                        | dyad_pos::Tag::VBP
                        | dyad_pos::Tag::MD
                )
            })
        });
        !clause
            && self
                .word_before_group(r.vb.ve, t0)
                .is_some_and(|k| tokens[k].norm == "AS" && (k == 0 || tokens[k - 1].norm != "SUCH"))
    }

    /// The word that introduces the actor group starting at `t0`, after the verb ending at
    /// `ve`: the nearest of the four words before it that is no article or adjective.
    fn word_before_group(&self, ve: usize, t0: usize) -> Option<usize> {
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        (ve..t0).rev().take(4).find(|&k| {
            !(matches!(tokens[k].norm.as_str(), "THE" | "A" | "AN")
                || tags.get(k).is_some_and(|t| t.is_adjective()))
        })
    }

    /// News mode: whether actor group `g` is only where or what about a compound source
    /// acts jointly (cooperation, an intent, praise: `joint_compound`), named after "in",
    /// "at", "on", "over" or "about" ("Trump and Putin agreed to share information on
    /// North Korea", "Turkey and Russia cooperate in Syria"): the members act on each
    /// other, not on it. (Not for force, whose place is its target: "US and British
    /// forces attacked positions in Iraq".)
    fn joint_compound_setting(&self, r: &Reading, source: u32, carried: bool, g: u32) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        if !config.every_verb
            || self.tabari
            || !(matches!(r.act.c1.get(..2), Some("03" | "04" | "05" | "06")) || r.act.c1 == "0871")
            || !self.joint_compound(r, source, carried)
        {
            return false;
        }
        let t0 = units.groups[g as usize].tokens.0;
        self.word_before_group(r.vb.ve, t0).is_some_and(|k| {
            matches!(
                tokens[k].norm.as_str(),
                "IN" | "AT" | "ON" | "OVER" | "ABOUT" | "REGARDING"
            )
        })
    }

    /// Whether the compound source (actor group `source`) is its own target: not
    /// `carried`, no DEFAULT target, members with different codes, and (news mode) a joint
    /// code, neither through a relative pronoun nor a long list.
    fn joint_compound(&self, r: &Reading, source: u32, carried: bool) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let vs = r.vb.vs;
        let c1 = &r.act.c1;
        let members = &units.groups[source as usize].members;
        // (Not through a relative pronoun: "people in Somalia, Ethiopia and Kenya, who
        // have been facing drought" do nothing to each other.)
        let relative = config.every_verb
            && (units.groups[source as usize].tokens.1..vs)
                .any(|k| matches!(tokens[k].norm.as_str(), "WHO" | "WHICH" | "THAT" | "WHOM"));
        // (Nor a long list: "the summit was attended by representatives of Colombia,
        // Mexico, Brazil, …" is no meeting of each with each.)
        let joint = !config.every_verb
            || (!relative
                && members.len() <= 3
                && (matches!(c1.get(..2), Some("03" | "04" | "05" | "06" | "19" | "20"))
                    // (Not praise, support or defence, done to someone else: "Niger and
                    // Zaire to help support economic reforms".)
                    && !matches!(c1.get(..3), Some("051" | "052" | "053" | "055" | "056"))
                    // (Nor material help or trade in general, given or done to a third:
                    // "efforts by Chile and Honduras to invest more", "the supply from Bolivia
                    // and Peru" — joint drills and shared intelligence are with each other.)
                    && !matches!(c1.get(..3), Some("060" | "061" | "063"))
                    // (Nor an intent to give aid, which goes to a third: "Japan, the World
                    // Bank and the ADB are expected to provide most of the financing".)
                    && !c1.starts_with("033")
                    // ("Armenia and Azerbaijan agreed to a ceasefire", "Turkey and Russia
                    // announced a ceasefire in Idlib": a truce between them)
                    || c1 == "0871"
                    // ("the US and South Korea failed to reach agreement": with each other)
                    || (c1 == "120" && failed_talks(tokens, r.cs, vs))));
        // (Nor the agents of a passive, who act on its subject: "the technology has been
        // used by US Customs and Border Protection and the military".)
        let passive_agents = config.every_verb && r.passive && r.by_group == Some(source);
        // (Nor force done to a thing named right after the verb: "Colombian and US authorities
        // broke up a drug trafficking network" fight no one; "fought a war", "clashed" are
        // with each other.)
        let thing_acted_on = config.every_verb
            && !self.tabari
            && matches!(c1.get(..2), Some("18" | "19" | "20"))
            && {
                use dyad_pos::Tag as T;
                let ve = r.vb.ve;
                let k = if tokens
                    .get(ve)
                    .is_some_and(|t| matches!(t.norm.as_str(), "UP" | "DOWN" | "OFF" | "OUT"))
                {
                    ve + 1
                } else {
                    ve
                };
                let tag = |q: usize| self.rec.tags.get(q).copied();
                let limit = tokens.len().min(k + 8);
                let np_end = (k..limit)
                    .find(|&q| {
                        !matches!(
                            tag(q),
                            Some(T::DT | T::JJ | T::CD | T::PRPS | T::NN | T::NNS | T::VBG)
                        )
                    })
                    .unwrap_or(limit);
                matches!(tag(k), Some(T::DT | T::JJ | T::CD | T::PRPS))
                    && np_end > k + 1
                    && (k..np_end).all(|q| units.group_of[q].is_none())
                    && (k..np_end).any(|q| matches!(tag(q), Some(T::NN | T::NNS)))
                    && !(k..np_end).any(|q| {
                        matches!(
                            tokens[q].norm.as_str(),
                            "WAR"
                                | "WARS"
                                | "BATTLE"
                                | "BATTLES"
                                | "FIGHT"
                                | "CLASH"
                                | "CLASHES"
                                | "SKIRMISH"
                                | "SKIRMISHES"
                                | "CONFLICT"
                                | "DUEL"
                                | "GUNFIGHT"
                                | "FIREFIGHT"
                        )
                    })
            };
        !carried
            && !passive_agents
            && !thing_acted_on
            && config.default_target.is_none()
            && members.len() > 1
            && joint
            && members.iter().any(|m| m.code != members[0].code)
    }

    /// Whether group `t` is the object of a verb of removal (withdrawing, pulling out,
    /// evacuating, recalling) right after it and names forces or envoys by their kind alone
    /// ("withdrew peacekeepers", "pulled out troops"): the source's own.
    fn removed_own_forces(&self, r: &Reading, t: u32) -> bool {
        let Verb { vs, ve, .. } = r.vb;
        let tg = &self.units.groups[t as usize];
        crate::units::removal_verb(&self.tokens[vs].norm)
            && tg.tokens.0 >= ve
            && (ve..tg.tokens.0).all(|k| {
                self.rec.tags.get(k).is_some_and(|g| {
                    matches!(
                        g,
                        dyad_pos::Tag::DT
                            | dyad_pos::Tag::CD
                            | dyad_pos::Tag::JJ
                            | dyad_pos::Tag::RP
                    )
                })
            })
            && tg
                .members
                .iter()
                .all(|m| crate::units::is_actor_type(&m.code))
    }

    /// The source's own organ named through a pronoun, its own forces for a show of force
    /// or its own country as the giver of what is promised (`own_organ`), and its own
    /// country as the possessor or modifier of what is acted on: target `t` gives way to the
    /// next actor after it, if any (source `sg`). Returns the target.
    fn past_own_target(&self, r: &Reading, t: u32, sg: u32) -> Option<u32> {
        let Ctx {
            tokens, rec, units, ..
        } = *self;
        let Verb { ve, .. } = r.vb;
        let Reading {
            ce,
            act: Act { ref c1, .. },
            ref after,
            ..
        } = *r;
        let distinct = |g: u32, other: Option<u32>| self.distinct(g, other);
        let tg = &units.groups[t as usize];
        let own = self.own_organ(r, t, sg);
        let sub = self.subordinate_start(ve, ce);
        // (The possessor gives way to no actor past a participle clause: "defended Iran's
        // position, saying Washington must take the first step" defends Iran's.)
        let participle_clause = (tg.tokens.1..sub).find(|&k| {
            tokens[k].kind == TokenKind::Comma && rec.tags.get(k + 1) == Some(&dyad_pos::Tag::VBG)
        });
        let next_before = |end: usize| {
            after
                .iter()
                .copied()
                .filter(|&g| {
                    let gt = units.groups[g as usize].tokens;
                    gt.0 >= tg.tokens.1 && gt.0 < end
                })
                .find(|&g| distinct(g, Some(sg)))
        };
        let next = next_before(sub);
        // (The source's own country as the possessor of what the verb acts on gives
        // way to another actor after it: "Maduro closed Venezuela's land borders with
        // Brazil and Colombia".)
        // (Praise and defence are of what the possessor did: "defended Germany's
        // decision".)
        // (So is it as a noun's modifier: "Obama lifts US embargo on arms sales to
        // Vietnam".)
        // (Not of people, unless the source is their government: the Nigerian labour
        // congress "called on Nigerian leaders"; Pompeo's "U.S. officials" are his own.)
        let government = units.groups[sg as usize]
            .members
            .iter()
            .all(|m| m.code.get(3..6) == Some("GOV"));
        let modifier = tg.tokens.1 < tokens.len()
            && units.group_of[tg.tokens.1].is_none()
            && matches!(
                rec.tags.get(tg.tokens.1),
                Some(dyad_pos::Tag::NN | dyad_pos::Tag::NNS)
            )
            && (government || !people_noun(&tokens[tg.tokens.1].norm))
            && tg.members.iter().all(|m| m.code.len() == 3);
        let own_possessor = !matches!(c1.get(..2), Some("01" | "05"))
            && tg.tokens.1 > tg.tokens.0
            && (tokens[tg.tokens.1 - 1].possessive || modifier)
            // (The country itself or the source's own organ, not a body of that country:
            // "raided the company's office outside of Miami" raided the company.)
            && tg.members.iter().all(|m| {
                units.groups[sg as usize].members.iter().any(|s| {
                    s.code.get(..3) == m.code.get(..3)
                        && (m.code.len() == 3 || s.code == m.code)
                })
            });
        // (Its own forces shown in a show of force face whom the speech names: "has
        // strengthened its forces in the Gulf, saying there was a danger of Iranian attacks".)
        if own {
            return next;
        }
        let next = next_before(participle_clause.unwrap_or(sub));
        if own_possessor && next.is_some() {
            return next;
        }
        Some(t)
    }

    /// Whether target `t` is the source's (`sg`) own organ named through its/their, its own
    /// forces for a show of force (15x), or its own country as the giver of what is
    /// promised.
    fn own_organ(&self, r: &Reading, t: u32, sg: u32) -> bool {
        let Ctx { tokens, units, .. } = *self;
        let c1 = &r.act.c1;
        let tg = &units.groups[t as usize];
        let st = units.groups[sg as usize].tokens;
        let own = matches!(
            tokens[tg.tokens.0].norm.as_str(),
            "ITS" | "THEIR" | "HIS" | "HER"
        ) && tg
            .members
            .iter()
            .all(|m| m.antecedent.is_some_and(|k| k >= st.0 && k < st.1))
            // ("its troops" read as a bare agent of the latest country)
            || (tg.tokens.0 > 0
                && matches!(
                    tokens[tg.tokens.0 - 1].norm.as_str(),
                    "ITS" | "THEIR" | "HIS" | "HER"
                )
                && tg.members.iter().all(|m| {
                    units.groups[sg as usize]
                        .members
                        .iter()
                        .all(|s| s.code.get(..3) == m.code.get(..3))
                }))
            // (Nor are its own forces what a show of force acts on: "Israel mobilized
            // the army", 15x.)
            || (c1.starts_with("15")
                && tg.members.iter().all(|m| {
                    units.groups[sg as usize]
                        .members
                        .iter()
                        .all(|s| s.code.get(..3) == m.code.get(..3))
                }))
            // (Nor is the source's own country as the giver of what is promised:
            // "promised Washington's support for efforts in Afghanistan".)
            || (tg.tokens.1 > tg.tokens.0
                && tokens[tg.tokens.1 - 1].possessive
                && tokens.get(tg.tokens.1).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "SUPPORT"
                            | "BACKING"
                            | "AID"
                            | "ASSISTANCE"
                            | "HELP"
                            | "COMMITMENT"
                            | "COOPERATION"
                            | "SOLIDARITY"
                            | "CONDOLENCES"
                            | "READINESS"
                            | "WILLINGNESS"
                            | "DETERMINATION"
                            | "CONCERN"
                            | "CONCERNS"
                    )
                })
                && tg.members.iter().all(|m| {
                    units.groups[sg as usize]
                        .members
                        .iter()
                        .any(|s| s.code.get(..3) == m.code.get(..3))
                }));
        own
    }

    /// The author named after target `t` ("presented by", "drafted by", …), within the
    /// clause.
    fn proposal_author(&self, r: &Reading, t: u32) -> Option<u32> {
        let Ctx { tokens, units, .. } = *self;
        let ce = r.ce;
        let te = units.groups[t as usize].tokens.1;
        let author = (te..(te + 6).min(ce)).find_map(|k| {
            let authored = matches!(
                tokens[k].norm.as_str(),
                "PRESENTED"
                    | "DRAFTED"
                    | "PROPOSED"
                    | "TABLED"
                    | "SUBMITTED"
                    | "SPONSORED"
                    | "AUTHORED"
                    | "INTRODUCED"
            ) && tokens.get(k + 1).is_some_and(|b| b.norm == "BY");
            authored
                .then(|| (k + 2..(k + 5).min(ce)).find_map(|q| self.group_starting(q)))
                .flatten()
        });
        author
    }

    /// TABARI looks for actors one by one: with a default target in force and no other
    /// actor to take, the second member of a compound source is the target of the
    /// first ("Bree and Arnor are about to restore ties with Gxndor": BRE → ARN),
    /// unless AFTER asks for the default when no actor follows the verb.
    fn tabari_split(&self, r: &Reading, src: &Source, target: Option<u32>) -> bool {
        let Ctx { config, units, .. } = *self;
        let Reading {
            ref des, ref after, ..
        } = *r;
        let (source_group, carried) = (src.group, src.carried);
        let split = config.tabari_rules
            && target.is_none()
            && des.compound.is_none()
            && !carried
            && source_group.is_some_and(|g| {
                let m = &units.groups[g as usize].members;
                m.len() > 1 && m[1].code != m[0].code
            })
            && config
                .default_target
                .as_ref()
                .is_some_and(|(_, after_only)| {
                    // (A pronoun after the verb is not an actor for AFTER.)
                    !*after_only
                        || after.iter().any(|&g| {
                            units.groups[g as usize]
                                .members
                                .iter()
                                .any(|m| !m.reference)
                        })
                });
        split
    }

    /// Whether target `t` is the one a saying verb ending at `ve` speaks to.
    fn addressee(&self, ve: usize, t: u32) -> bool {
        let Ctx {
            tokens, rec, units, ..
        } = *self;
        let gt = units.groups[t as usize].tokens;
        // (One is said something only "to": "said Belgium, the current holder of the
        // presidency, appears ready …" says nothing to Belgium.)
        let to_only = ve > 0
            && matches!(
                tokens[ve - 1].norm.as_str(),
                "SAID" | "SAY" | "SAYS" | "SAYING" | "ADDED" | "ADDS" | "STATED" | "NOTED"
            );
        if to_only && !tokens[ve..gt.0.max(ve)].iter().any(|t| t.norm == "TO") {
            return false;
        }
        // (Right after the verb, "to" or a determiner between: "told the Iraqi
        // prime minister", "said to the United Nations".)
        let addressee = gt.0 >= ve
            && gt.0 <= ve + 2
            && tokens[ve..gt.0].iter().all(|t| {
                matches!(
                    t.norm.as_str(),
                    "TO" | "THE" | "A" | "AN" | "HIS" | "HER" | "ITS" | "THEIR"
                )
            })
            && !rec
                .tags
                .get(gt.1)
                .is_some_and(|t| t.is_verb() || *t == dyad_pos::Tag::MD)
            // (Nor a possessor or a modifier of what the statement is about: "said Brazil's
            // border plan had seen results".)
            && !tokens[gt.1 - 1].possessive
            && !rec.tags.get(gt.1).is_some_and(|t| t.is_noun());
        addressee
    }

    /// Chooses the verb's source (TABARI's DEFAULT source when it is in force); no event
    /// without one. Returns the target too, as far as the source's choice settles it (a
    /// compound actor, a passive's subject).
    fn choose_source(
        &self,
        r: &mut Reading,
        st: &Coding,
        clause: &Clause,
    ) -> Result<(Source, Option<u32>), Halt> {
        let config = self.config;
        let vs = r.vb.vs;
        let roles = self.designated_roles(r, clause)?;
        let roles = self.passive_roles(r, roles)?;
        let target = roles.target;
        let source = self.nearby_source(r, roles, st, clause);
        let Reading {
            ref des,
            ref before,
            ..
        } = *r;
        // TABARI's DEFAULT: SOURCE [code] PRIOR (manual 8.5).
        let default_src = match (&config.default_source, source) {
            (Some((code, prior)), s)
                if s.is_none() || (*prior && before.is_empty() && des.source.is_none()) =>
            {
                Some(self.synthetic(code, vs))
            }
            _ => None,
        };
        if source.is_none() && default_src.is_none() {
            return Err(Halt::Skip);
        }
        // (TABARI's DEFAULT source has no actor group: it is never the carried subject.)
        let carried = source.is_some_and(|s| Some(s) == st.carry && !before.contains(&s));
        Ok((
            Source {
                group: source,
                default: default_src,
                carried,
            },
            target,
        ))
    }

    /// The verb's source and target as its pattern or the analysis names them, or a
    /// compound actor's members; no event for a further verb of a clause (news mode)
    /// without a subject of its own, nor for a verb whose subject is a noun phrase naming
    /// no actor. (News mode: the pattern's plain source in `r.des` gives way to the
    /// analysis's subject.)
    fn designated_roles(&self, r: &mut Reading, clause: &Clause) -> Result<Roles, Halt> {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let Verb { vs, ve, .. } = r.vb;
        let Reading {
            cs,
            ref mut des,
            plain_source,
            act: Act { ref c1, .. },
            passive,
            ref before,
            ref after,
            syn_source,
            syn_target,
            ..
        } = *r;
        let distinct = |g: u32, other: Option<u32>| self.distinct(g, other);
        // News mode: places listed after a preposition are no subject of a participle or an
        // infinitive after them ("spend two weeks in Hong Kong, Tokyo and Sydney discussing
        // the session with brokers").
        let non_finite = self.rec.tags.get(vs) == Some(&dyad_pos::Tag::VBG)
            || (vs > 0 && tokens[vs - 1].norm == "TO");
        let syn_source = syn_source
            .filter(|&g| !(self.press_told(g, vs) || (non_finite && self.places_named(g))));
        let syn_target = syn_target.filter(|&g| !self.press_told(g, vs));
        // News mode: a verb inside a closing attribution describes the speaker ("…, Alexei
        // Obukhov, deputy leader of the Soviet negotiating team, told reporters").
        if !self.tabari
            && config.every_verb
            && self.attribution_closes
            && self.attribution_comma.is_some_and(|k| vs > k)
            && !super::CLOSING_SAYING.contains(&tokens[vs].norm.as_str())
        {
            return Err(Halt::Skip);
        }
        // News mode: the closing saying verb speaks for the phrase after the comma; when that
        // names no actor ("Israel may strike Iranian nuclear sites, analysts warned"), it
        // takes no source from the report.
        if !self.tabari
            && config.every_verb
            && self.attribution_closes
            && des.source.is_none()
            && super::CLOSING_SAYING.contains(&tokens[vs].norm.as_str())
            // (A verb with an object of its own is no attribution: "In Colombia, the ELN
            // declared a monthlong ceasefire"; an addressee may follow "told".)
            && (matches!(tokens[vs].norm.as_str(), "TOLD" | "TELLS")
                || !self.rec.tags.get(ve).is_some_and(|t| {
                    t.is_noun()
                        || t.is_adjective()
                        || matches!(
                            t,
                            dyad_pos::Tag::DT | dyad_pos::Tag::CD | dyad_pos::Tag::PRPS
                        )
                }))
            // (Not right after the comma, which may close an apposition to the subject:
            // "Cardinal Arns, the archbishop of Sao Paulo, warned yesterday of …".)
            // (A speaker is named there, not only an adverb: "…, later concluded a round of
            // talks", "…, but acknowledged".)
            && self.attribution_comma.is_some_and(|k| {
                // (nor an organ of the state whose country the report may give: "…, Finance
                // Minister Wang Bingqian told the National People's Congress")
                // (nor an apposition closed by a comma right before the verb: "…, the
                // Workers' Party leader in the lower house, Jose Guimaraes, conceded defeat")
                vs > k + 1
                    && tokens[vs - 1].kind != TokenKind::Comma
                    && (k + 1..vs)
                        .all(|j| units.group_of[j].is_none() && self.rec.mark_of[j].is_none())
                    && (k + 1..vs).any(|j| {
                        self.rec
                            .tags
                            .get(j)
                            .is_some_and(|t| t.is_noun() || *t == dyad_pos::Tag::PRP)
                    })
            })
        {
            return Err(Halt::Skip);
        }
        // News mode: one "wanted by" the police is sought for arrest, not wished for ("the two
        // men are also wanted by Interpol").
        if !self.tabari && config.every_verb && passive && tokens[ve - 1].norm == "WANTED" {
            return Err(Halt::Skip);
        }
        // News mode: "going to" before a verb is the future, no going ("is going to invest in
        // the police").
        if !self.tabari
            && config.every_verb
            && tokens[vs].norm == "GOING"
            && tokens.get(vs + 1).is_some_and(|t| t.norm == "TO")
            && self.rec.tags.get(vs + 2) == Some(&dyad_pos::Tag::VB)
        {
            return Err(Halt::Skip);
        }
        // Further verbs of a clause (news mode) need a subject of their own, from the
        // pattern or the analysis: no carried or guessed source.
        // (An infinitive of purpose that is itself a statement — "summoned the ambassador
        // to complain about …", "called Morrison to congratulate him" — is the subject's
        // own.)
        let verbal_purpose = !self.tabari
            && vs > cs
            && tokens[vs - 1].norm == "TO"
            && (matches!(c1.get(..2), Some("01" | "02" | "10" | "11" | "12" | "13"))
                // (of praise only the spoken kind, not "a loan to support projects")
                || (c1.starts_with("05")
                    && ["CONGRATULAT", "THANK", "PRAISE", "COMMEND", "APOLOGI", "HAIL"]
                        .iter()
                        .any(|p| tokens[vs].norm.starts_with(p))));
        // (Nor is what a statement or report says: "issued a statement urging North Korea to
        // comply", "put out a report accusing the army of …".)
        // (A day may come between: "issued a statement Monday calling on …".)
        let before_vbg = if vs > cs + 1
            && matches!(
                tokens[vs - 1].norm.as_str(),
                "MONDAY"
                    | "TUESDAY"
                    | "WEDNESDAY"
                    | "THURSDAY"
                    | "FRIDAY"
                    | "SATURDAY"
                    | "SUNDAY"
                    | "TODAY"
                    | "YESTERDAY"
            ) {
            vs - 2
        } else {
            vs.saturating_sub(1)
        };
        let statement_content = !self.tabari
            && vs > cs
            && self.rec.tags.get(vs) == Some(&dyad_pos::Tag::VBG)
            && STATEMENT_NOUNS.contains(&tokens[before_vbg].norm.as_str());
        if clause.coded_in_clause
            && config.code_by != CodeBy::All
            && des.source.is_none()
            && des.compound.is_none()
            && syn_source.is_none()
            && !verbal_purpose
            && !statement_content
        {
            return Err(Halt::Skip);
        }
        // News mode: a verb whose subject is a plain noun phrase naming no actor ("the
        // arrest of a Brazilian crime boss illustrates …", "corruption facilitates …")
        // takes no source from further away.
        if config.every_verb
            && !self.tabari
            && des.source.is_none()
            && des.compound.is_none()
            && syn_source.is_none()
            && !passive
            && !statement_content
            && (self.actorless_subject(vs)
                || self.relative_of_plain_noun(vs)
                || self.instrument_of_unknown_user(vs))
        {
            return Err(Halt::Skip);
        }
        // (Nor one that is a participle modifying a plain noun: "the growth figures released
        // yesterday indicated …".)
        if config.every_verb
            && !self.tabari
            && des.source.is_none()
            && des.compound.is_none()
            && r.by_group.is_none()
            && (self.participle_of_plain_noun(vs) || self.reduced_passive_of_actor(vs, r.vb.ve))
        {
            return Err(Halt::Skip);
        }
        // (So does one whose subject is a thing an actor owns: "Mexico's problems demand
        // much more", "China's exports rose"; not an act the possessor does: "Russia's
        // attack on Ukraine killed".)
        if config.every_verb
            && !self.tabari
            && des.source.is_none()
            && des.compound.is_none()
            && !passive
            && !statement_content
            && self.possessed_thing_subject(vs)
        {
            return Err(Halt::Skip);
        }
        // News mode: "$ *" is the verb's subject, which the analysis knows better than
        // the nearest actor ("the Taliban attacked a base in western Afghanistan, killing
        // 17 soldiers": the Taliban killed).
        if plain_source && !self.tabari && config.every_verb {
            if let Some(g) = syn_source.filter(|&g| des.target != Some(g)) {
                des.source = Some(g);
            }
        }
        let (mut source, mut target) = (des.source, des.target);
        if source.is_none() && des.compound.is_none() {
            source = syn_source.filter(|&g| target.is_none_or(|t| t != g));
        }
        if target.is_none() && des.compound.is_none() {
            target = syn_target.filter(|&g| source.is_none_or(|s| s != g && distinct(g, Some(s))));
        }
        if let Some(c) = des.compound {
            // "Eriador agrees with the Philippines and France": a compound after the verb
            // is the target of an actor before it; otherwise (and always in TABARI's
            // reading, manual 5.3) its members act on each other.
            let subject = (!config.tabari_rules && units.groups[c as usize].tokens.0 >= ve)
                .then(|| before.first().copied())
                .flatten()
                .filter(|&g| g != c);
            source = Some(subject.unwrap_or(c));
            target = Some(c);
            // PETRARCH-1: a compound before the verb is the source; the target is the
            // first other actor after the verb when there is one.
            if config.petrarch1 && units.groups[c as usize].tokens.1 <= vs {
                if let Some(&t) = after.iter().find(|&&g| distinct(g, Some(c))) {
                    target = Some(t);
                }
            }
        }
        Ok(Roles { source, target })
    }

    /// News mode: a verb whose block's default code says nothing of what it does in news: it
    /// codes only through a pattern that names its object. "take" is a light verb — "took
    /// place" (it happened) is no act whatever pattern a later word matches ("the gambling
    /// taking place in Colombia's capital city": no town taken), and "take" by the Phoenix
    /// set's APPREHEND default (171) is no seizure: "taking steps to", "took a tough stand",
    /// "take a 20 pct stake"; a hostage, custody, a town or a part in talks taken, its
    /// patterns name. So for the verbs of [`PATTERN_ONLY_VERBS`] ("I think its effect would
    /// be limited" is no consultation, "cocaine production has increased" no cooperation,
    /// "to face the challenge" no meeting).
    fn pattern_only(&self, vb: &Verb, found: &Found) -> bool {
        if self.d.verbs[vb.v as usize].words.len() != 1 {
            return false;
        }
        // (A pattern's code stands but for "took place"; no lemma needed.)
        if found.from_pattern {
            return matches!(
                self.tokens[vb.vs].norm.as_str(),
                "TAKE" | "TAKES" | "TOOK" | "TAKEN" | "TAKING"
            ) && self.tokens.get(vb.ve).is_some_and(|t| t.norm == "PLACE")
                && found.des.first_word != Some(vb.ve);
        }
        let tag = match self.rec.tags.get(vb.vs) {
            Some(&t) if t.is_verb() => t,
            _ => dyad_pos::Tag::VBD,
        };
        let lemma = dyad_pos::lemma::lemma(&self.tokens[vb.vs].norm, tag);
        // (A verb of giving, exchanging, linking, founding, running or easing whose default
        // is only "material cooperation", 060 — the Phoenix set's GRANT, TRADE, LINK, ENACT,
        // OVERSEE_MANAGE and FACILITATE blocks: "give cause for doubt", "the most actively
        // traded issue", "people linked to the cartel", "established a center", "controls
        // the coastal area" —, not a dictionary's own code: "provide" is aid, 070, in dyad's.)
        if ZERO_SIXTY_VERBS.contains(&lemma.as_ref())
            && matches!(&found.code, Some(EventCode::Code { code, .. }) if code == "060")
        {
            return true;
        }
        // (So are the Phoenix set's verbs of thought, whose default is a consultation, 040:
        // "had considered having both USSR and U.S. escorts", "considers Guatemala an
        // important financial center" — not a dictionary's "consider a policy option", 014.)
        if THOUGHT_VERBS.contains(&lemma.as_ref())
            && matches!(&found.code, Some(EventCode::Code { code, .. }) if code == "040")
        {
            return true;
        }
        // (A plea in court is no appeal: "pleaded guilty to lesser charges", the Phoenix set's
        // APPEAL, 020.)
        if lemma == "plead"
            && self
                .tokens
                .get(vb.ve)
                .is_some_and(|t| matches!(t.norm.as_str(), "GUILTY" | "INNOCENT" | "NOT" | "NO"))
        {
            return true;
        }
        // (Nor is information released a release of people or property: "released figures
        // on drug-related homicides", "didn't release numbers of gangsters killed".)
        if lemma == "release" && (self.information_object(vb.ve) || self.information_subject(vb.vs))
        {
            return true;
        }
        PATTERN_ONLY_VERBS.contains(&lemma.as_ref())
            && !(lemma == "serve" && self.tokens.get(vb.ve).is_some_and(|t| t.norm == "AS"))
            // ("left for Syria" is a journey there)
            && !(lemma == "leave" && self.tokens.get(vb.ve).is_some_and(|t| t.norm == "FOR"))
    }

    /// Whether the noun phrase at `k` (over a determiner, possessive, number and modifiers) is
    /// one of information: figures, a report, a statement, a video.
    fn information_object(&self, k: usize) -> bool {
        use dyad_pos::Tag as T;
        let tags = &self.rec.tags;
        (k..(k + 5).min(self.tokens.len()))
            .take_while(|&q| {
                tags.get(q).is_some_and(|t| {
                    t.is_noun()
                        || t.is_adjective()
                        || matches!(t, T::DT | T::PRPS | T::CD | T::POS | T::VBN)
                })
            })
            .any(|q| is_information_noun(&self.tokens[q].norm))
    }

    /// Whether the passive verb starting at `vs` has information for its subject: "the final
    /// figures for 1986/87 revenues are due to be released by the Finance Ministry" releases
    /// no one. Back from the verb over its auxiliaries ("are due to be", "have been", "will
    /// be") to the subject's nouns, up to a comma or another verb.
    fn information_subject(&self, vs: usize) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        if tags.get(vs) != Some(&T::VBN) || vs == 0 {
            return false;
        }
        let aux = |k: usize| {
            matches!(
                tokens[k].norm.as_str(),
                "BE" | "IS"
                    | "ARE"
                    | "WAS"
                    | "WERE"
                    | "BEEN"
                    | "BEING"
                    | "HAS"
                    | "HAVE"
                    | "HAD"
                    | "WILL"
                    | "WOULD"
                    | "COULD"
                    | "SHOULD"
                    | "MAY"
                    | "MIGHT"
                    | "MUST"
                    | "CAN"
                    | "DUE"
                    | "TO"
                    | "EXPECTED"
                    | "SET"
                    | "LIKELY"
                    | "YET"
                    | "NOT"
                    | "ALSO"
                    | "STILL"
            ) || tags.get(k) == Some(&T::RB)
        };
        let mut k = vs;
        let mut be = false;
        while k > 0 && aux(k - 1) {
            be |= matches!(
                tokens[k - 1].norm.as_str(),
                "BE" | "IS" | "ARE" | "WAS" | "WERE" | "BEEN" | "BEING"
            );
            k -= 1;
        }
        if !be || k == vs {
            return false;
        }
        (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&q| {
                tokens[q].kind != TokenKind::Comma
                    && !tags.get(q).is_some_and(|t| t.is_verb() && *t != T::VBN)
            })
            .any(|q| is_information_noun(&tokens[q].norm))
    }

    /// News mode: "the tri-border region, where Brazil, Argentina and Paraguay meet": countries
    /// or places that "meet" after "where", with nothing after the verb, are borders.
    fn places_meeting(&self, vs: usize) -> bool {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        if !config.every_verb
            || self.tabari
            || !matches!(tokens[vs].norm.as_str(), "MEET" | "MEETS")
        {
            return false;
        }
        // Back over the places, commas and "and" to "where".
        let mut k = vs;
        let mut places = 0;
        while k > 0 {
            k -= 1;
            match units.group_of[k] {
                Some(g) => {
                    let grp = &units.groups[g as usize];
                    if !grp.members.iter().all(|m| m.code.len() == 3) {
                        return false;
                    }
                    places += 1;
                    k = grp.tokens.0;
                }
                None if matches!(tokens[k].norm.as_str(), "," | "AND") => {}
                None => break,
            }
        }
        // (Places after the verb are borders too: "where Paraguay meets Argentina and
        // Brazil"; people are met.)
        let object = tokens.get(vs + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && units.group_of[vs + 1].is_some_and(|g| {
                    !units.groups[g as usize]
                        .members
                        .iter()
                        .all(|m| m.code.len() == 3)
                })
        });
        places > 0 && tokens[k].norm == "WHERE" && !object
    }

    /// Passive voice: with "by", its actor is the source and the subject the target; an
    /// agentless passive names no one who acted (news mode: no event) or reads the actor
    /// after the verb as the source.
    fn passive_roles(&self, r: &Reading, roles: Roles) -> Result<Roles, Halt> {
        let config = self.config;
        let Reading {
            ref des,
            act: Act { ref c1, .. },
            passive,
            by_group,
            ref before,
            ref after,
            ..
        } = *r;
        let Roles {
            mut source,
            mut target,
        } = roles;
        let distinct = |g: u32, other: Option<u32>| self.distinct(g, other);
        let armed = |g: u32| self.armed(g);
        if let Some(bg) = by_group {
            if source.is_none() && target.is_none() {
                source = Some(bg);
                target = before.first().copied();
            }
        } else if let Some((owner, on)) = (passive
            && config.every_verb
            && !self.tabari
            // (lifting, easing or imposing them: "extended" reads as aid by its default)
            && matches!(c1.get(..2), Some("08" | "16" | "17")))
        .then(|| self.measures_of_owner(r.vb.vs))
        .flatten()
        {
            // News mode: "UN sanctions against Iran were lifted": the measures' owner acts
            // on the one they are against.
            source = Some(owner);
            target = Some(on);
        } else if passive
            && config.agentless_passive_skipped
            && des.source.is_none()
            // (Nor when the pattern names a target after the verb: "the FARC has been linked
            // to drug trafficking in Venezuela" — the subject did nothing to anyone.)
            && des.target.is_none_or(|t| {
                config.every_verb && self.units.groups[t as usize].tokens.0 >= r.vb.ve
            })
            && (!before.last().is_some_and(|&g| armed(g))
                || matches!(c1.get(..2), Some("17" | "18" | "19" | "20"))
                // (An armed group's deployment is its country's act; being "linked to" or
                // "involved in" something is none.)
                || (config.every_verb && !deployment_verb(&self.tokens[r.vb.vs].norm)))
        {
            // News mode: "he was sentenced to 15 years" names no one who acted; its subject
            // is the target, never the source. (Armed forces that "were sent" or "were
            // deployed" are their country's act: "US forces were sent to Syria"; not when
            // they "were attacked", "were killed".)
            return Err(Halt::Skip);
        } else if passive && config.passive_without_by && source.is_none() && target.is_none() {
            // "The Philippines was criticized over its dispute with Eriador": the subject
            // is the target and the actor after the verb the source.
            let first_after = |b: u32| after.iter().copied().find(|&a| distinct(a, Some(b)));
            if let Some((b, a)) = before.first().and_then(|&b| Some((b, first_after(b)?))) {
                source = Some(a);
                target = Some(b);
            }
        }
        Ok(Roles { source, target })
    }

    /// News mode: the owner and the target of measures named as an agentless passive's
    /// subject right before the verb at `vs` ("UN sanctions against Iran were lifted", "the
    /// US trade embargo on Cuba was eased"): whoever imposed them lifts or extends them.
    fn measures_of_owner(&self, vs: usize) -> Option<(u32, u32)> {
        use dyad_pos::Tag as T;
        let tokens = self.tokens;
        let tags = &self.rec.tags;
        let units = self.units;
        let mut k = vs;
        while k > 0
            && (crate::is_be_or_have(&tokens[k - 1].norm)
                || tags.get(k - 1) == Some(&T::RB)
                || tags.get(k - 1) == Some(&T::MD))
        {
            k -= 1;
        }
        let on = units.group_of.get(k.checked_sub(1)?).copied().flatten()?;
        let (os, oe) = units.groups[on as usize].tokens;
        if oe != k || os < 3 || !matches!(tokens[os - 1].norm.as_str(), "AGAINST" | "ON") {
            return None;
        }
        let noun = os - 2;
        if !matches!(
            tokens[noun].norm.as_str(),
            "SANCTIONS" | "EMBARGO" | "EMBARGOES" | "BAN" | "RESTRICTIONS" | "TARIFFS" | "BLOCKADE"
        ) {
            return None;
        }
        let mut m = noun;
        while m > 0
            && matches!(tags.get(m - 1), Some(T::JJ | T::NN))
            && units.group_of[m - 1].is_none()
        {
            m -= 1;
        }
        let owner = units.group_of.get(m.checked_sub(1)?).copied().flatten()?;
        (units.groups[owner as usize].tokens.1 == m && self.distinct(owner, Some(on)))
            .then_some((owner, on))
    }

    /// Whether the analysis gives the verb at `vs` a subject headed by a natural force or an
    /// accident ("A very strong earthquake which struck southwest Japan killed one person",
    /// "a fire destroyed …"): no one acted.
    fn natural_subject(&self, vs: usize) -> bool {
        const FORCES: [&str; 22] = [
            "EARTHQUAKE",
            "EARTHQUAKES",
            "QUAKE",
            "STORM",
            "STORMS",
            "FLOOD",
            "FLOODS",
            "FLOODING",
            "HURRICANE",
            "TYPHOON",
            "CYCLONE",
            "TSUNAMI",
            "LANDSLIDE",
            "LANDSLIDES",
            "FIRE",
            "BLAZE",
            "DROUGHT",
            "EPIDEMIC",
            "OUTBREAK",
            "AVALANCHE",
            "VIRUS",
            "TORNADO",
        ];
        let Some(a) = &self.syntax else {
            return false;
        };
        let Some(&vc) = a.chunk_of.get(vs) else {
            return false;
        };
        a.verbs
            .iter()
            .find(|v| v.chunk == vc)
            .and_then(|v| v.subject)
            .is_some_and(|sc| {
                let c = &a.chunks[sc];
                c.kind == dyad_pos::chunk::ChunkKind::NP
                    && c.end == a.chunks[vc].start
                    && FORCES.contains(&self.tokens[c.head].norm.as_str())
            })
    }

    /// Whether the analysis gives the verb at `vs` a subject right before it that is a name
    /// no dictionary knows ("reports from the government indicated that the Sinaloa Cartel
    /// controls the airport" when the cartel is unknown): no one else did it.
    fn unknown_name_subject(&self, vs: usize) -> bool {
        let Some(a) = &self.syntax else {
            return false;
        };
        let Some(&vc) = a.chunk_of.get(vs) else {
            return false;
        };
        let Some(v) = a.verbs.iter().find(|v| v.chunk == vc) else {
            return false;
        };
        let Some(sc) = v.subject else {
            return false;
        };
        let c = &a.chunks[sc];
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        // (The whole subject: not the tail of a longer phrase — "a relative of drug lord
        // Joaquin \"El Chapo\" Guzman has visited".)
        // (Opening its clause: after a comma, "that", a subordinator or a verb of saying.)
        let whole = c.start == 0
            || tokens[c.start - 1].kind == TokenKind::Comma
            || matches!(
                tokens[c.start - 1].norm.as_str(),
                "THAT"
                    | ";"
                    | ":"
                    | "AS"
                    | "WHILE"
                    | "WHEN"
                    | "BECAUSE"
                    | "IF"
                    | "AFTER"
                    | "BEFORE"
                    | "SINCE"
                    | "ALTHOUGH"
                    | "THOUGH"
            )
            || tags.get(c.start - 1).is_some_and(|t| {
                matches!(
                    t,
                    dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP
                )
            });
        // (A title makes a name someone's: "Lt. Vicente assured".)
        let titled = (c.start..c.end).any(|k| {
            let w = tokens[k].norm.as_str();
            (w.ends_with('.') && w.len() <= 5)
                || matches!(
                    w,
                    "MR" | "MRS" | "MS" | "DR" | "LT" | "GEN" | "COL" | "SGT" | "CAPT"
                )
        });
        whole
            && !titled
            && c.kind == dyad_pos::chunk::ChunkKind::NP
            && c.end == a.chunks[vc].start
            && (c.start..c.end).any(|k| tokens[k].capitalized)
            && (c.start..c.end).all(|k| {
                matches!(
                    tags.get(k),
                    Some(dyad_pos::Tag::NNP | dyad_pos::Tag::NNPS | dyad_pos::Tag::DT)
                ) && self.units.group_of[k].is_none()
                    && self.rec.mark_of[k].is_none()
                    && !tokens[k].possessive
            })
            && (c.start..c.end).any(|k| tags.get(k) != Some(&dyad_pos::Tag::DT))
    }

    /// Whether the verb at `vs` opens a "who" clause (over auxiliaries and adverbs) whose
    /// antecedent, right before "who" or its comma, is a noun naming no actor.
    fn who_of_no_actor(&self, vs: usize) -> bool {
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        let mut k = vs;
        while k > 0
            && (tags
                .get(k - 1)
                .is_some_and(|t| matches!(t, dyad_pos::Tag::RB | dyad_pos::Tag::MD))
                || crate::is_be_or_have(&tokens[k - 1].norm))
        {
            k -= 1;
        }
        if k < 2 || tokens[k - 1].norm != "WHO" {
            return false;
        }
        let mut a = k - 2;
        if tokens[a].kind == TokenKind::Comma {
            if a == 0 {
                return false;
            }
            a -= 1;
        }
        // (A name right after an actor's title is that actor's: "Council of Economic
        // Advisers Chairman Beryl Sprinkel, who told …".)
        let titled = tags.get(a) == Some(&dyad_pos::Tag::NNP)
            && (a.saturating_sub(8)..a)
                .rev()
                .take_while(|&n| {
                    tokens[n].capitalized
                        || matches!(tokens[n].norm.as_str(), "OF" | "FOR" | "AND" | "THE")
                })
                .any(|n| self.units.group_of[n].is_some() || self.rec.mark_of[n].is_some());
        // (Nor a predicate noun, which stands for the subject: "Maduro is a dictator who
        // disregards …".)
        let np_start = (0..a)
            .rev()
            .find(|&q| {
                !tags.get(q).is_some_and(|t| {
                    t.is_noun() || t.is_adjective() || matches!(t, dyad_pos::Tag::DT)
                })
            })
            .map_or(0, |q| q + 1);
        let predicate = np_start > 0
            && matches!(
                tokens[np_start - 1].norm.as_str(),
                "IS" | "WAS" | "ARE" | "WERE" | "'S" | "BE" | "BEEN" | "REMAINS" | "BECAME"
            );
        tags.get(a).is_some_and(|t| t.is_noun())
            && self.units.group_of[a].is_none()
            && self.rec.mark_of[a].is_none()
            && !titled
            && !predicate
    }

    /// The source when neither the pattern nor the analysis named one: TABARI's carried
    /// subject after a conjunction, the nearest actor before the verb, the carried subject
    /// for a verb near the clause's start, TABARI's first actor after the verb.
    fn nearby_source(
        &self,
        r: &Reading,
        roles: Roles,
        st: &Coding,
        clause: &Clause,
    ) -> Option<u32> {
        let Ctx {
            config,
            tokens,
            units,
            ..
        } = *self;
        let Verb { vs, ve, .. } = r.vb;
        let Reading {
            cs,
            ref des,
            ref before,
            ref after,
            ..
        } = *r;
        let Roles { mut source, target } = roles;
        // News mode: a "who" clause on someone who is no actor ("replacing Richard Bourret,
        // who has resigned") is that person's act: no one else's.
        if source.is_none()
            && config.every_verb
            && !self.tabari
            && (self.who_of_no_actor(vs)
                || self.unknown_name_subject(vs)
                || self.natural_subject(vs))
        {
            return None;
        }
        let distinct = |g: u32, other: Option<u32>| self.distinct(g, other);
        let nominal_object = |s: usize| self.nominal_object(s);
        // TABARI (manual 7.6): after a conjunction the source stays the same unless an
        // actor follows the conjunction directly.
        // (An actor that is the verb's own subject still counts: "Gondor, which fears",
        // "Gondor warned".)
        let own_subject = before.last().is_some_and(|&g| {
            let between: Vec<&str> = tokens[units.groups[g as usize].tokens.1..vs]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            matches!(
                between.as_slice(),
                [] | ["WHICH" | "WHO"] | [",", "WHICH" | "WHO"]
            )
        });
        if config.tabari_rules
            && source.is_none()
            && des.compound.is_none()
            && cs > 0
            && !own_subject
            && self.group_starting(cs).is_none()
        {
            source = st
                .carry
                .filter(|&c| target.is_none_or(|t| distinct(t, Some(c))));
        }
        // News mode: a participle clause after a comma ("…, firing shots") is done by the
        // subject of the verb before it, never by that verb's object ("members of the Gulf
        // Cartel attacked the U.S. Consulate in Monterrey, firing shots": not the consulate).
        // (Over adverbs after the comma: "…, eventually heading to the United States".)
        let after_adverbs = (cs..vs)
            .rev()
            .find(|&k| self.rec.tags.get(k) != Some(&dyad_pos::Tag::RB))
            .unwrap_or(vs.saturating_sub(1));
        let participle_subject_end = (config.every_verb
            && !self.tabari
            && vs > 0
            && self.rec.tags.get(vs) == Some(&dyad_pos::Tag::VBG)
            && tokens[after_adverbs].kind == TokenKind::Comma)
            .then(|| {
                (cs..vs).rev().find(|&k| {
                    matches!(
                        self.rec.tags.get(k),
                        Some(dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP)
                    )
                })
            })
            .flatten();
        // News mode: a relative pronoun after a place names the phrase the place is part of
        // ("met DEA agents in Colombia, who gave authorities information": the agents gave).
        if source.is_none() && config.every_verb && !self.tabari {
            source = before
                .iter()
                .copied()
                .find(|&g| units.groups[g as usize].tokens.1 <= vs)
                .and_then(|g| self.antecedent_past_place(g, vs))
                .filter(|&h| distinct(h, target) || target.is_none());
        }
        // News mode: nor a bare place named after a preposition of place ("replaced La Familia
        // in Michoacan, stealing …", "the scene of fighting in Cauca"): where, not who.
        let place_object = |g: u32| {
            let grp = &units.groups[g as usize];
            let mut k = grp.tokens.0;
            while k > cs
                && (tokens[k - 1].norm == "THE"
                    || self.rec.tags.get(k - 1).is_some_and(|t| t.is_adjective()))
            {
                k -= 1;
            }
            // (A place fronted before a short subject is its country: "In Mexico, police
            // killed three gunmen".)
            let fronted = k - 1 == cs
                && tokens
                    .get(grp.tokens.1)
                    .is_some_and(|t| t.kind == TokenKind::Comma)
                && vs <= grp.tokens.1 + 4;
            config.every_verb
                && !self.tabari
                && k > cs
                && !fronted
                && matches!(
                    tokens[k - 1].norm.as_str(),
                    "IN" | "AT" | "NEAR" | "ACROSS" | "THROUGHOUT" | "INSIDE" | "WITHIN"
                )
                && grp.members.iter().all(|m| {
                    m.code.len() == 3
                        && m.agents.0.is_empty()
                        && !m.reference
                        && crate::units::is_country(&m.code)
                })
        };
        if source.is_none() {
            // News mode: nor the agent of a participle modifying the subject ("a team of
            // Canadian veterinarians funded by the United States … supervised": the team).
            // (Not a passive's agent — "were then used by Bukele to invest" — nor a leader,
            // who stands for the group led: "the Commissioners, led by President Jacques
            // Delors, will pay a visit".)
            let participle_agent = |g: u32| {
                let g0 = units.groups[g as usize].tokens.0;
                if !(config.every_verb
                    && !self.tabari
                    && g0 >= 2
                    && tokens[g0 - 1].norm == "BY"
                    && self.rec.tags.get(g0 - 2) == Some(&dyad_pos::Tag::VBN)
                    && !matches!(
                        tokens[g0 - 2].norm.as_str(),
                        "LED" | "HEADED" | "CHAIRED" | "SPEARHEADED"
                    ))
                {
                    return false;
                }
                // (The agent does an infinitive of purpose right after it: "a strike called by
                // Ecuadorean workers to protest against austerity measures".)
                let g1 = units.groups[g as usize].tokens.1;
                if g1 + 1 == vs && tokens[g1].norm == "TO" {
                    return false;
                }
                let aux = (0..g0 - 2)
                    .rev()
                    .find(|&k| self.rec.tags.get(k) != Some(&dyad_pos::Tag::RB));
                !aux.is_some_and(|k| {
                    matches!(
                        tokens[k].norm.as_str(),
                        "WAS" | "WERE" | "IS" | "ARE" | "BEEN" | "BE" | "BEING" | "GET" | "GOT"
                    )
                })
            };
            let mut candidates = before
                .iter()
                .copied()
                .filter(|&g| !nominal_object(units.groups[g as usize].tokens.0))
                .filter(|&g| !place_object(g))
                .filter(|&g| !participle_agent(g))
                .filter(|&g| {
                    participle_subject_end.is_none_or(|f| units.groups[g as usize].tokens.1 <= f)
                });
            // News mode: an infinitive in a reported clause with a finite verb and an actor of
            // its own before it is that clause's, not the speaker's ("Subroto said OPEC is
            // under its ceiling to defend its price target": OPEC's defence of its own
            // target, no Indonesian act on OPEC).
            if config.every_verb && !self.tabari {
                if let Some(own) = self.reported_infinitive_subject(vs, candidates.clone().next()) {
                    return own.filter(|&g| {
                        !self.target_is_own_pronoun(g, target) && distinct(g, target)
                    });
                }
            }
            source = candidates.find(|&g| distinct(g, target) || target.is_none());
            // A carried subject only for a compound predicate: the verb directly after the
            // conjunction ("condemned … and promised aid"), not a verb deep in a phrase
            // ("… or pleasant place to visit").
            // (Not when the clause opens with a plain noun of its own as the verb's subject:
            // "…, and analysts warn that …" — the analysts, no actor.)
            // (The noun right before the verb, over adverbs; not one of time: "and last year
            // designated the gang".)
            let subject_word = (cs..vs)
                .rev()
                .find(|&k| self.rec.tags.get(k) != Some(&dyad_pos::Tag::RB));
            let own_plain_subject = config.every_verb
                && !self.tabari
                && subject_word.is_some_and(|k| {
                    self.rec
                        .tags
                        .get(k)
                        .is_some_and(|t| matches!(t, dyad_pos::Tag::NN | dyad_pos::Tag::NNS))
                        && !tokens[k].capitalized
                        && !super::TIME_NOUNS.contains(&tokens[k].norm.as_str())
                        // (its whole noun phrase plain: not "Navy personnel")
                        && (cs..=k)
                            .rev()
                            .take_while(|&q| {
                                q == k
                                    || self
                                        .rec
                                        .tags
                                        .get(q)
                                        .is_some_and(|t| t.is_noun() || t.is_adjective())
                            })
                            .all(|q| units.group_of[q].is_none() && self.rec.mark_of[q].is_none())
                })
                && self.rec.tags.get(vs).is_some_and(|t| {
                    matches!(
                        t,
                        dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP
                    ) || (*t == dyad_pos::Tag::VB && vs > 0 && self.rec.tags[vs - 1].is_noun())
                });
            let near_start = vs <= cs + 2 && !own_plain_subject;
            if source.is_none() && !config.require_prior_actor && near_start {
                source = st.carry;
            }
            if source.is_none() && near_start {
                source = st.carry.filter(|_| {
                    clause
                        .first_group
                        .is_none_or(|g| units.groups[g as usize].tokens.0 >= ve)
                });
            }
        }
        // TABARI: without an actor before the verb, the source is the first actor of the
        // sentence after it (unless NOACTPRIOR or DEFAULT SOURCE … PRIOR say otherwise).
        let prior_default = config
            .default_source
            .as_ref()
            .is_some_and(|(_, prior)| *prior);
        if source.is_none()
            && config.tabari_rules
            && (!config.require_prior_actor || st.lost_source)
            && !prior_default
            && des.target.is_none()
        {
            source = after.first().copied();
        }
        // A pattern that puts the target before the verb ("+ WAS * DEAD") reads the
        // source after it ("An Eriadorian was shot dead in Osgiliath").
        if let (None, Some(t)) = (source, des.target) {
            if config.tabari_rules && units.groups[t as usize].tokens.1 <= vs {
                source = after.iter().copied().find(|&g| distinct(g, Some(t)));
            }
        }
        source
    }

    /// TABARI's DEFAULT source or target (manual 8.5): an actor coded `code` at the verb's
    /// first token `vs`.
    fn synthetic(&self, code: &str, vs: usize) -> Actor<'static> {
        Actor {
            antecedent: None,
            code: code.to_string(),
            base: code.to_string(),
            span: self.tokens[vs].span,
            tokens: (vs, vs),
            provenance: Vec::new(),
            reference: false,
            agents: (Vec::new(), 0),
        }
    }

    /// Armed forces: by their code, or by their words when the dictionaries have no
    /// agent for them ("US forces" is USA in the Phoenix set).
    fn armed(&self, g: u32) -> bool {
        let Ctx { tokens, units, .. } = *self;
        let grp = &units.groups[g as usize];
        let by_code = grp.members.iter().all(|m| {
            m.code.get(3..).is_some_and(|a| {
                ["MIL", "COP", "PKO", "REB", "UAF", "SPY"]
                    .iter()
                    .any(|x| a.contains(x))
            })
        });
        let by_words = tokens[grp.tokens.0..grp.tokens.1.min(tokens.len())]
            .iter()
            .chain(tokens.get(grp.tokens.1))
            .any(|t| {
                matches!(
                    t.norm.as_str(),
                    "FORCES"
                        | "TROOPS"
                        | "SOLDIERS"
                        | "ARMY"
                        | "MILITARY"
                        | "NAVY"
                        | "POLICE"
                        | "PEACEKEEPERS"
                        | "MARINES"
                        | "FIGHTERS"
                        | "MILITANTS"
                )
            });
        by_code || by_words
    }

    /// The code the verb asserts: a governing verb's intent, refusal or threat, a negated
    /// or a possible act, a claim, or no event at all for an act the sentence does not
    /// assert (a condition, the content of a charge, a plan, a gerund after a preposition).
    fn asserted_code(&self, cs: usize, vb: &Verb, found: &Found) -> Result<Act, Halt> {
        let Ctx { config, tokens, .. } = *self;
        let Verb {
            vs, ve, infinitive, ..
        } = *vb;
        let from_pattern = found.from_pattern;
        let pattern_prov = found.pattern_prov.clone();
        let verb_at = |q: usize| self.verb_starts_at(q);
        let Some(code) = found.code.clone() else {
            return Err(Halt::Skip);
        };
        if !from_pattern && self.showing(vb) {
            return Err(Halt::Skip);
        }
        // News mode: "agreed to lift", "failed to reach", "vowed to boost": without a
        // pattern of its own the verb only governs the infinitive after it, which is
        // coded with the intent, refusal or failure.
        // When the infinitive codes nothing, the governing verb stands in as a fallback
        // (kept only when the sentence has no other event): an intent for "agreed /
        // pledged / planned to …" (CAMEO 03), its own code otherwise ("refused to attend").
        let mut fallback = false;
        let code = if config.every_verb
            && !self.tabari
            && !from_pattern
            && infinitive.is_some_and(|k| k <= ve + 1)
            && !matches!(&code, EventCode::Code { code, .. } if code.starts_with("03"))
        {
            if !config.negation {
                return Err(Halt::Skip);
            }
            fallback = true;
            match code {
                EventCode::Code { .. } if intent_word(&tokens[vs].norm) => EventCode::Code {
                    code: "030".to_string(),
                    subordinate: true,
                    dominant: false,
                },
                other => other,
            }
        } else {
            code
        };
        let (c1, c2, subordinate, dominant) = match &code {
            EventCode::Null => return Err(Halt::Skip),
            EventCode::Discard => {
                return Err(Halt::Sentence(SentenceResult {
                    events: Vec::new(),
                    no_event: Some(NoEvent::Discarded {
                        entry: pattern_prov
                            .map(|p| format!("{}:{}: {}", p.file, p.line, p.entry))
                            .unwrap_or_default(),
                        story: false,
                    }),
                }))
            }
            EventCode::Complex => {
                return Err(Halt::Sentence(SentenceResult {
                    events: Vec::new(),
                    no_event: Some(NoEvent::Complex),
                }))
            }
            EventCode::Code {
                code,
                subordinate,
                dominant,
            } => (code.clone(), None, *subordinate, *dominant),
            EventCode::Paired(a, b) => (a.clone(), Some(b.clone()), false, false),
        };
        // ("decided to ease sanctions": the decision is the act the infinitive codes; the
        // verb's own code only when the infinitive codes nothing.)
        // (A time or a place may come between: "decided on Thursday to ease".)
        let decided = config.every_verb
            && !self.tabari
            && tokens[vs].norm.starts_with("DECID")
            && infinitive.is_some_and(|k| {
                k <= ve + 4 && (ve..k).all(|j| !verb_at(j) && tokens[j].kind != TokenKind::Comma)
            });
        // ("sending aid to help North Korea cope": the help is what the aid is for, the
        // giving verb's act; coded only when no verb of the dictionaries gives it.)
        let aid_purpose = config.every_verb
            && !self.tabari
            && vs >= 2
            && tokens[vs - 1].norm == "TO"
            && matches!(
                tokens[vs].norm.as_str(),
                "HELP" | "ASSIST" | "SUPPORT" | "AID" | "BENEFIT"
            )
            && matches!(
                tokens[vs - 2].norm.as_str(),
                "AID" | "ASSISTANCE" | "SUPPLIES" | "EQUIPMENT" | "RELIEF" | "FUNDING"
            );
        if aid_purpose && (vs.saturating_sub(8).max(cs)..vs - 2).any(verb_at) {
            return Err(Halt::Skip);
        }
        let subordinate = subordinate || fallback || decided;
        // News mode: a saying verb's default statement code (01x) is only kept when the
        // sentence has no other event; the verbs of its complement ("Iran said it would
        // not accept …") are tried next.
        // (Only the plain statement: "expressed optimism" is an event of its own.)
        let speech_default = config.pos_filter && !from_pattern && c1 == "010" && c2.is_none();
        let subordinate = subordinate || speech_default;
        if self.not_asserted(cs, vb) {
            return Err(Halt::Skip);
        }
        let (c1, c2) = self.governed_code(cs, vb, found, (c1, c2))?;
        Ok(Act {
            c1,
            c2,
            subordinate,
            dominant,
            speech_default,
        })
    }

    /// News mode: whether "demonstrate" has a direct object and so means "show"
    /// ("demonstrates new holdings under a narco family", "demonstrated that …"), no protest
    /// (the verb's patterns still code what they name: "demonstrated military might").
    fn showing(&self, vb: &Verb) -> bool {
        use dyad_pos::Tag as T;
        let Verb { vs, ve, .. } = *vb;
        self.config.every_verb
            && !self.tabari
            && self.tokens[vs].norm.starts_with("DEMONSTRAT")
            && self.tokens.get(ve).is_some_and(|t| {
                // (a lower-case word: "demonstrated Friday against" is a protest)
                t.kind == TokenKind::Word
                    && !t.capitalized
                    && (matches!(t.norm.as_str(), "THAT" | "HOW" | "WHAT" | "WHETHER" | "WHY")
                        || self.rec.tags.get(ve).is_some_and(|g| {
                            g.is_noun()
                                || g.is_adjective()
                                || matches!(g, T::DT | T::PRPS | T::CD | T::PDT)
                        }))
            })
    }

    /// Whether the sentence does not assert the verb's act (news mode): a background
    /// participle, a gerund after a preposition or a rejection, the content of a plan, a
    /// condition or a charge.
    fn not_asserted(&self, cs: usize, vb: &Verb) -> bool {
        self.background_participle(cs, vb)
            || self.unasserted_gerund(cs, vb)
            || self.planned_act(cs, vb)
            || self.conditional_or_charged(cs, vb)
            || self.expected_act(vb)
            || self.meeting_a_need(vb)
            || self.ease_of_act(vb)
            || self.falling_quantity(vb)
            || self.pricing(vb)
            || self.passing_through(vb)
    }

    /// News mode: whether the verb is what someone expects or predicts another to do, no act
    /// done or announced: "analysts expect Russia to attack Ukraine", "Iran expects that the
    /// United States will lift sanctions" (not one's own: "Iran expects to sign", "expects
    /// that it will sign" — an intent).
    fn expected_act(&self, vb: &Verb) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        if !config.every_verb || self.tabari {
            return false;
        }
        let vs = vb.vs;
        // The infinitive's "to" or the future's "will/would" right before the verb.
        let Some(marker) = (vs.saturating_sub(3)..vs)
            .rev()
            .find(|&k| matches!(tokens[k].norm.as_str(), "TO" | "WILL" | "WOULD" | "'LL"))
        else {
            return false;
        };
        if !(marker + 1..vs).all(|k| {
            rec.tags
                .get(k)
                .is_some_and(|t| t.is_adverb() || t.is_verb())
        }) {
            return false;
        }
        // The expecting verb a few words before, with the one expected to act between.
        let Some(e) = (marker.saturating_sub(10)..marker)
            .rev()
            .take_while(|&k| !matches!(tokens[k].kind, TokenKind::Comma))
            .find(|&k| {
                ["EXPECT", "PREDICT", "FORECAST", "ANTICIPAT"]
                    .iter()
                    .any(|p| tokens[k].norm.starts_with(p))
                    && rec.tags.get(k).is_some_and(|t| t.is_verb())
            })
        else {
            return false;
        };
        // (not "is expected to", a prediction the news itself reports)
        if e > 0
            && (e.saturating_sub(2)..e).any(|k| {
                matches!(
                    tokens[k].norm.as_str(),
                    "IS" | "ARE" | "WAS" | "WERE" | "BE" | "BEEN" | "BEING"
                )
            })
        {
            return false;
        }
        let between: Vec<usize> = (e + 1..marker)
            .filter(|&k| tokens[k].norm != "THAT")
            .collect();
        !between.is_empty()
            && between
                .iter()
                .any(|&k| rec.tags.get(k).is_some_and(|t| t.is_noun()))
            && !between
                .iter()
                .any(|&k| rec.tags.get(k) == Some(&dyad_pos::Tag::PRP))
    }

    /// News mode: whether "pass" is a movement ("passing through La Paz", "routes pass
    /// through the United States", "pass into Mexico"), no passing of a law: a preposition
    /// of way follows it (not "by": "a law passed by Congress").
    fn passing_through(&self, vb: &Verb) -> bool {
        let Ctx { config, tokens, .. } = *self;
        let Verb { vs, ve, .. } = *vb;
        config.every_verb
            && !self.tabari
            && matches!(
                tokens[vs].norm.as_str(),
                "PASS" | "PASSES" | "PASSED" | "PASSING"
            )
            && tokens.get(ve).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "THROUGH"
                        | "ACROSS"
                        | "INTO"
                        | "VIA"
                        | "ALONG"
                        | "OVER"
                        | "THRU"
                        | "FROM"
                        | "TO"
                        | "NEAR"
                        | "UNDER"
                        | "AROUND"
                )
            })
    }

    /// News mode: whether "charge" asks a price, no accusation ("the base price they charge
    /// Japanese steelmakers", "will charge Japanese buyers 18 dlrs a barrel", "charges a fee
    /// for"): a price word just before it, or a currency, a price word or "for" in the few
    /// words after it before any "with" or "that" ("charged him with stealing $5 million";
    /// "charged 81 people with" counts people).
    fn pricing(&self, vb: &Verb) -> bool {
        const PRICES: [&str; 23] = [
            "PRICE", "PRICES", "RATE", "RATES", "FEE", "FEES", "TARIFF", "TARIFFS", "PREMIUM",
            "PREMIUMS", "INTEREST", "RENT", "TOLL", "TOLLS", "AMOUNT", "SUM", "SUMS", "TAX",
            "TAXES", "LEVY", "LEVIES", "DUTY", "DUTIES",
        ];
        const MONEY: [&str; 12] = [
            "$", "DLRS", "DLR", "DOLLARS", "CENTS", "PCT", "PERCENT", "YEN", "MARKS", "FRANCS",
            "POUNDS", "EUROS",
        ];
        let Ctx { config, tokens, .. } = *self;
        let Verb { vs, ve, .. } = *vb;
        if !config.every_verb || self.tabari || !tokens[vs].norm.starts_with("CHARG") {
            return false;
        }
        // (Or the antecedent of an object relative a few words back: "taxes, known as
        // 'piso,' which criminal gangs charge migrant smugglers".)
        let relative =
            (vs.saturating_sub(4)..vs).any(|k| matches!(tokens[k].norm.as_str(), "WHICH" | "THAT"));
        let back = if relative { 12 } else { 3 };
        let price_before =
            (vs.saturating_sub(back)..vs).any(|k| PRICES.contains(&tokens[k].norm.as_str()));
        let after = (ve..(ve + 6).min(tokens.len()))
            .map(|k| &tokens[k])
            .take_while(|t| {
                t.kind != TokenKind::Comma && !matches!(t.norm.as_str(), "WITH" | "THAT")
            })
            .any(|t| MONEY.contains(&t.norm.as_str()) || PRICES.contains(&t.norm.as_str()));
        price_before || after || tokens.get(ve).is_some_and(|t| t.norm == "FOR")
    }

    /// News mode: whether "decline" names a quantity falling, no refusal ("output declined
    /// 9.8 pct", "had declined to 6,069 from 6,631", "has declined as an exporter"): a number,
    /// or "to", "by", "from", "as" before one, follows it (past adverbs: "declined sharply").
    fn falling_quantity(&self, vb: &Verb) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        let Verb { vs, ve, .. } = *vb;
        if !config.every_verb || self.tabari || !tokens[vs].norm.starts_with("DECLIN") {
            return false;
        }
        let mut k = ve;
        while k < tokens.len() && rec.tags.get(k) == Some(&dyad_pos::Tag::RB) {
            k += 1;
        }
        let number = |q: usize| tokens.get(q).is_some_and(|t| t.kind == TokenKind::Number);
        // (A progressive with no object is a trend: "corn exports to Canada are declining";
        // not "was declining comment".)
        let progressive = tokens[vs].norm == "DECLINING"
            && vs > 0
            && matches!(
                tokens[vs - 1].norm.as_str(),
                "IS" | "ARE" | "WAS" | "WERE" | "BEEN" | "BE"
            )
            && tokens.get(ve).is_none_or(|t| {
                t.kind != TokenKind::Word
                    || matches!(
                        rec.tags.get(ve),
                        Some(dyad_pos::Tag::IN | dyad_pos::Tag::RB | dyad_pos::Tag::CC)
                    )
            });
        progressive
            || number(k)
            || (k > ve && tokens.get(k).is_none_or(|t| t.kind != TokenKind::Word))
            || (tokens
                .get(k)
                .is_some_and(|t| matches!(t.norm.as_str(), "TO" | "BY" | "FROM"))
                && number(k + 1))
            || (tokens.get(k).is_some_and(|t| t.norm == "AS")
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "A" | "AN")))
    }

    /// News mode: whether the verb is an infinitive governed by an adjective of ease or
    /// difficulty ("making it nearly impossible to investigate each case", "make it
    /// difficult for Argentine authorities to investigate"): a possibility, no act.
    fn ease_of_act(&self, vb: &Verb) -> bool {
        const EASE: [&str; 12] = [
            "IMPOSSIBLE",
            "POSSIBLE",
            "DIFFICULT",
            "HARD",
            "HARDER",
            "EASY",
            "EASIER",
            "TOUGH",
            "TOUGHER",
            "CHALLENGING",
            "COMPLICATED",
            "UNLIKELY",
        ];
        let tokens = self.tokens;
        let Verb { vs, .. } = *vb;
        if !self.config.every_verb || self.tabari {
            return false;
        }
        let Some(to) = (vs.saturating_sub(3)..vs)
            .rev()
            .find(|&k| tokens[k].norm == "TO")
            .filter(|&k| (k + 1..vs).all(|j| self.rec.tags.get(j) == Some(&dyad_pos::Tag::RB)))
        else {
            return false;
        };
        let eased = |k: usize| EASE.contains(&tokens[k].norm.as_str());
        // (Or any judgement of an "it" of extraposition: "said it would be illogical to
        // invest time", "it had been routine to apprehend".)
        let extraposed = to >= 3 && {
            let adjective = to - 1;
            let mut k = adjective;
            while k > 0 && self.rec.tags.get(k - 1) == Some(&dyad_pos::Tag::RB) {
                k -= 1;
            }
            self.rec
                .tags
                .get(adjective)
                .is_some_and(|t| t.is_adjective() || *t == dyad_pos::Tag::NN)
                && !crate::units::PERSONAL_ADJECTIVES.contains(&tokens[adjective].norm.as_str())
                && k >= 2
                && matches!(
                    tokens[k - 1].norm.as_str(),
                    "BE" | "BEEN" | "IS" | "WAS" | "'S"
                )
                && (k.saturating_sub(3)..k - 1).any(|j| tokens[j].norm == "IT")
        };
        extraposed
            || (to > 0 && eased(to - 1))
            || (to.saturating_sub(8)..to)
                .find(|&k| tokens[k].norm == "FOR")
                .is_some_and(|f| f > 0 && eased(f - 1))
    }

    /// News mode: whether the verb is "meet" in the sense of satisfying something ("to meet
    /// surveillance needs", "met its targets", "meet the deadline", "meet export
    /// commitments"), no meeting of anyone.
    fn meeting_a_need(&self, vb: &Verb) -> bool {
        const NEEDS: [&str; 39] = [
            // (or meeting with a reception: "has met strong opposition", "met his death")
            "OPPOSITION",
            "RESISTANCE",
            "SKEPTICISM",
            "FATE",
            "DEATH",
            "END",
            "COMMITMENT",
            "COMMITMENTS",
            "OBLIGATION",
            "EXPECTATION",
            "SHORTFALL",
            "NEED",
            "NEEDS",
            "DEMAND",
            "DEMANDS",
            "TARGET",
            "TARGETS",
            "REQUIREMENT",
            "REQUIREMENTS",
            "STANDARD",
            "STANDARDS",
            "DEADLINE",
            "DEADLINES",
            "GOAL",
            "GOALS",
            "EXPECTATIONS",
            "OBLIGATIONS",
            "CRITERIA",
            "CONDITIONS",
            "CHALLENGE",
            "CHALLENGES",
            "COSTS",
            "QUOTA",
            // (or a rule met: "other countries would meet the equal access rule")
            "RULE",
            "RULES",
            "TEST",
            "TERMS",
            "CRITERION",
            "PAYMENTS",
        ];
        let Verb { vs, ve, .. } = *vb;
        self.config.every_verb
            && !self.tabari
            && matches!(
                self.tokens[vs].norm.as_str(),
                "MEET" | "MEETS" | "MET" | "MEETING"
            )
            // (within the noun phrase right after the verb, a share "of" it too: "meet 40
            // pct of the Western market's needs"; not "met Erdogan to discuss the needs of
            // refugees")
            && (ve..(ve + 8).min(self.tokens.len()))
                .take_while(|&k| {
                    self.tokens[k].kind == TokenKind::Number
                        // (whatever its tag: "the market's needs", read as a verb)
                        || NEEDS.contains(&self.tokens[k].norm.as_str())
                        || (self.tokens[k].norm == "OF"
                            && self.tokens[ve..k].iter().any(|t| {
                                t.kind == TokenKind::Number
                                    || matches!(t.norm.as_str(), "PCT" | "PERCENT" | "PART" | "SHARE" | "MOST" | "HALF")
                            }))
                        || self.tokens[k].kind == TokenKind::Word
                        && self.rec.tags.get(k).is_some_and(|t| {
                            t.is_noun()
                                || t.is_adjective()
                                || matches!(
                                    t,
                                    dyad_pos::Tag::DT
                                        | dyad_pos::Tag::PRPS
                                        | dyad_pos::Tag::POS
                                        | dyad_pos::Tag::CD
                                        // (a participle modifier: "meet rising demand")
                                        | dyad_pos::Tag::VBG
                                        | dyad_pos::Tag::VBN
                                )
                        })
                })
                .any(|k| NEEDS.contains(&self.tokens[k].norm.as_str()))
    }

    /// Whether the verb is a participle describing a noun before it (news mode).
    fn background_participle(&self, cs: usize, vb: &Verb) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        let Verb { vs, ve, .. } = *vb;
        // News mode: a participle after a noun, once the sentence has its finite verb,
        // describes that noun ("an American aid worker imprisoned in Egypt", "three
        // activists detained while investigating"): background, not a new event.
        // (An adverb may stand between: "an American national previously accused of".)
        // (A number ends a date: "three men on March 16 accused of"; the tagger may read the
        // participle as a past tense, which a clause with its finite verb cannot have
        // twice: "arrested four people in La Paz accused of".)
        let noun_before = |k: usize| {
            rec.tags[k].is_noun()
                || rec.tags[k] == dyad_pos::Tag::CD
                || (k > cs
                    && rec.tags[k] == dyad_pos::Tag::RB
                    && (rec.tags[k - 1].is_noun() || rec.tags[k - 1] == dyad_pos::Tag::JJ))
        };
        if config.every_verb
            && !self.tabari
            && vs > cs
            && (rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)
                || (rec.tags.get(vs) == Some(&dyad_pos::Tag::VBD)
                    && tokens
                        .get(ve)
                        .is_some_and(|t| matches!(t.norm.as_str(), "OF" | "WITH" | "FOR"))))
            && noun_before(vs - 1)
            && rec.tags[cs..vs - 1].iter().any(|t| {
                matches!(
                    t,
                    dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP
                )
            })
            && tokens.get(ve).is_none_or(|t| t.norm != "BY")
        {
            return true;
        }
        // (So does one right before the clause's own verb: "the amount of laundered money
        // seized dropped in", "the weapons seized belonged to" — not one whose noun is a
        // relative clause's subject: "the assets that Spanish police seized were".)
        config.every_verb
            && !self.tabari
            && vs > cs
            && ve == vs + 1
            && rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)
            && rec.tags[vs - 1].is_noun()
            && !tokens[vs - 1].capitalized
            && !(vs.saturating_sub(4).max(cs)..vs - 1)
                .any(|k| matches!(tokens[k].norm.as_str(), "THAT" | "WHICH" | "WHO"))
            && rec.tags.get(ve + 1).is_none_or(|t| {
                !(t.is_noun()
                    || t.is_adjective()
                    || matches!(t, dyad_pos::Tag::DT | dyad_pos::Tag::CD))
            })
            && matches!(
                rec.tags.get(ve),
                Some(
                    dyad_pos::Tag::VBD
                        | dyad_pos::Tag::VBN
                        | dyad_pos::Tag::VBZ
                        | dyad_pos::Tag::VBP
                        | dyad_pos::Tag::MD
                )
            )
    }

    /// Whether the verb is a gerund naming an act the sentence does not assert (after a
    /// preposition, listed after one, after a rejection), or "considering" before one.
    fn unasserted_gerund(&self, cs: usize, vb: &Verb) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        let Verb { vs, ve, .. } = *vb;
        // News mode: a gerund after a preposition names an act the sentence does not
        // assert ("barred her from leaving", "accused Washington of plundering", "warned
        // against scrapping"); "by" excepted ("retaliated by shelling").
        // (So is a gerund listed after one: "accuses Russia of sending the tanks, training
        // and fighting alongside the separatists".)
        let gerund_after_preposition = |k: usize| {
            k > 0
                && rec.tags.get(k) == Some(&dyad_pos::Tag::VBG)
                && matches!(
                    tokens[k - 1].norm.as_str(),
                    "FROM"
                        | "OF"
                        | "AGAINST"
                        | "ABOUT"
                        | "WITHOUT"
                        | "FOR"
                        | "ON"
                        | "AT"
                        | "OVER"
                        | "TOWARD"
                        | "TOWARDS"
                        | "INCLUDING"
                        // ("success in confronting and decimating terrorism")
                        | "IN"
                )
        };
        // ("issues including refugees and combatting terrorism")
        let listed_gerund = rec.tags.get(vs) == Some(&dyad_pos::Tag::VBG)
            && vs > 0
            && matches!(tokens[vs - 1].norm.as_str(), "," | "AND" | "OR")
            // (The list may begin before this clause: "insistence on inciting … and
            // supporting the forces".)
            && ((vs.saturating_sub(12)..vs).any(gerund_after_preposition)
                || (vs.saturating_sub(6).max(cs)..vs).any(|k| tokens[k].norm == "INCLUDING"));
        // ("is considering sending aid": the gerund codes the 014; "considering" itself
        // codes nothing.)
        if config.every_verb
            && !self.tabari
            && matches!(
                tokens[vs].norm.as_str(),
                "CONSIDERING" | "CONSIDER" | "CONSIDERS" | "CONSIDERED" | "MULLING" | "WEIGHING"
            )
            // (or before "the possibility of" one; a gerund that codes something: else
            // "considering" codes the 014 itself)
            && [ve, ve + 3].into_iter().any(|g| {
                (g == ve || (g < tokens.len() && considered_possibility(tokens, cs, g)))
                    && rec.tags.get(g) == Some(&dyad_pos::Tag::VBG)
                    && rec.mark_of.get(g).copied().flatten().is_some_and(|m| {
                        matches!(rec.marks[m as usize].item, Item::Verb(_))
                    })
            })
        {
            return true;
        }
        // ("rejected holding talks", "denied sending troops", "avoided meeting": the act
        // named by the gerund is what was rejected, not done; so is the one fought: "to
        // combat kidnapping".)
        let rejected_gerund = rec.tags.get(vs) == Some(&dyad_pos::Tag::VBG)
            && vs > cs
            && (vs.saturating_sub(2).max(cs)..vs).any(|k| {
                let w = tokens[k].norm.as_str();
                [
                    "REJECT",
                    "REFUS",
                    "DENI",
                    "DENY",
                    "AVOID",
                    "OPPOS",
                    "RESIST",
                    "DECLIN",
                    // ("a strategy to combat kidnapping", "to prevent smuggling": the crime
                    // fought, no act)
                    "COMBAT",
                    "TACKL",
                    "PREVENT",
                    "CURB",
                    "ERADICAT",
                    "CRIMINALI",
                    "PUNISH",
                    // ("halted funding for the body", "suspended sharing intelligence",
                    // "stopped sending its exports": an act ended, not done)
                    "STOP",
                    "HALT",
                    "SUSPEND",
                    "CEAS",
                    "SLASH",
                    "FREEZ",
                    "FROZE",
                    // ("proposed lifting restrictions": an act proposed, not done)
                    "PROPOS",
                    "SUGGEST",
                    "RECOMMEND",
                    "CONTEMPLAT",
                ]
                .iter()
                .any(|p| w.starts_with(p))
                    && (rec.tags.get(k).is_some_and(|t| t.is_verb())
                        || (k > 0 && tokens[k - 1].norm == "TO"))
            });
        // (Not the act whose possibility is considered: "considering the possibility of
        // sending troops" is 014.)
        let preposition_gerund =
            gerund_after_preposition(vs) && !considered_possibility(tokens, cs, vs);
        if config.every_verb && (preposition_gerund || listed_gerund || rejected_gerund) {
            return true;
        }
        config.every_verb && !self.tabari && self.nominal_gerund(cs, vb)
    }

    /// News mode: whether a gerund is a noun naming a kind of act, not an act — before a
    /// plain noun it modifies ("kidnapping rings", "kidnapping rates"), or with no object
    /// after a word that is no auxiliary, comma or aspect verb ("subjected to kidnapping and
    /// extortion", "refused to renounce kidnapping"); not a progressive ("have been
    /// kidnapping rivals"), a participle clause (", killing 10 people") or a continued act
    /// ("continued fighting in the north").
    fn nominal_gerund(&self, cs: usize, vb: &Verb) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        let Verb { vs, ve, .. } = *vb;
        if tags.get(vs) != Some(&T::VBG) || ve != vs + 1 || vs == cs || vs == 0 {
            return false;
        }
        // (Over adverbs: "have been actively buying".)
        let p = (0..vs)
            .rev()
            .find(|&k| tags.get(k) != Some(&T::RB))
            .unwrap_or(vs - 1);
        let prev = tokens[p].norm.as_str();
        let verbal_before = tokens[p].kind != TokenKind::Word
            || matches!(
                prev,
                "IS" | "ARE" | "WAS" | "WERE" | "BE" | "BEEN" | "BEING" | "'S" | "'RE" | "AM"
            )
            || [
                "CONTINU", "KEEP", "KEPT", "START", "BEGIN", "BEGAN", "BEGUN", "RESUM", "STOPP",
                "STOP", "FINISH", "QUIT",
            ]
            .iter()
            .any(|p| prev.starts_with(p));
        if verbal_before {
            return false;
        }
        let plain_noun = |k: usize| {
            tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && matches!(tags.get(k), Some(T::NN | T::NNS | T::NNP | T::NNPS))
                && self.units.group_of.get(k).copied().flatten().is_none()
                && self.rec.mark_of.get(k).copied().flatten().is_none()
        };
        // (No object: a conjunction, a punctuation mark or a preposition of place, time or
        // kind; not a particle or complement the verb may take: "calling on", "heading to",
        // "seeking to".)
        let no_object = tokens.get(ve).is_none_or(|t| {
            !matches!(
                t.kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Quote | TokenKind::Symbol
            ) || tags.get(ve) == Some(&T::CC)
                || matches!(
                    t.norm.as_str(),
                    "IN" | "OF" | "AT" | "DURING" | "SINCE" | "AMONG" | "AS"
                )
        });
        // (A noun before it makes it a participle after its noun: "protesters seeking
        // justice", "rebels fighting in Syria".)
        let after_noun = tags
            .get(vs - 1)
            .is_some_and(|g| matches!(g, T::NN | T::NNS | T::NNP | T::NNPS | T::PRP));
        // (The compound opens its noun phrase: "the kidnapping capital", "Mexico's
        // kidnapping rates", "contributing to increasing violence"; not the act whose
        // possibility is considered: "the possibility of sending aid".)
        let opens_phrase = tokens[vs - 1].possessive
            || (tags.get(vs - 1).is_some_and(|g| {
                matches!(
                    g,
                    T::DT | T::JJ | T::JJR | T::JJS | T::IN | T::TO | T::PRPS | T::POS | T::CD
                )
            }) && !considered_possibility(tokens, cs, vs));
        // (A singular noun that names no one makes a compound with it: "crime fighting
        // activities", "drug trafficking routes".)
        // (Not a document that says something: "a letter demanding repayment", "a
        // statement urging restraint".)
        let compound_after_noun = tags.get(vs - 1) == Some(&T::NN)
            && !tokens[vs - 1].capitalized
            && !matches!(
                tokens[vs - 1].norm.as_str(),
                "LETTER"
                    | "STATEMENT"
                    | "RESOLUTION"
                    | "REPORT"
                    | "DECREE"
                    | "MESSAGE"
                    | "NOTE"
                    | "PETITION"
                    | "COMMUNIQUE"
                    | "DECLARATION"
                    | "MOTION"
                    | "VIDEO"
                    | "BANNER"
                    | "CAMPAIGN"
            )
            && self.units.group_of[vs - 1].is_none()
            && self.rec.mark_of[vs - 1].is_none()
            && plain_noun(ve);
        if compound_after_noun {
            return true;
        }
        // (Nor after a subordinator: "slain while protesting", "retaliated by shelling".)
        !matches!(
            prev,
            "BY" | "WHILE" | "WHEN" | "AFTER" | "BEFORE" | "UPON" | "ONCE"
        ) && !after_noun
            && ((opens_phrase && plain_noun(ve)) || no_object)
    }

    /// Whether the verb is the content of a plan, offer or call named before its "to"
    /// (news mode).
    fn planned_act(&self, cs: usize, vb: &Verb) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        // (A second infinitive "and to VB" is read at the first one's "to": "Japan's failure
        // to honor a pact to stop dumping chips outside the U.S. and to open its market".)
        // (The "and" may have opened a clause of its own: the first infinitive is then
        // before `cs`.)
        let first = (vb.vs >= 4
            && tokens[vb.vs - 1].norm == "TO"
            && matches!(tokens[vb.vs - 2].norm.as_str(), "AND" | "OR"))
        .then(|| {
            (vb.vs.saturating_sub(16).max(2)..vb.vs - 2)
                .rev()
                .take_while(|&k| !matches!(tokens[k].norm.as_str(), "," | ";"))
                .find(|&k| {
                    tokens[k - 1].norm == "TO" && rec.tags.get(k) == Some(&dyad_pos::Tag::VB)
                })
        })
        .flatten();
        let (cs, vs) = match first {
            Some(k) => (cs.min(k.saturating_sub(8)), k),
            None => (cs, vb.vs),
        };
        // ("Trump's decision to recognise Jerusalem", "an offer to extend the ceasefire",
        // "an invitation to meet": the act is the content of a plan, offer or call, not
        // something done.)
        // (The noun may have a place after it: "a rally in Tehran to commemorate".)
        let noun = if vs >= cs + 2 && tokens[vs - 2].capitalized {
            (vs.saturating_sub(6).max(cs)..vs - 2)
                .rev()
                .find(|&k| rec.tags.get(k) == Some(&dyad_pos::Tag::IN))
                .filter(|&k| {
                    (k + 1..vs - 1).all(|j| tokens[j].capitalized || tokens[j].norm == "THE")
                })
                .map_or(vs - 2, |k| k.saturating_sub(1))
        } else {
            vs.saturating_sub(2)
        };
        let planned = vs >= cs + 2
            && tokens[vs - 1].norm == "TO"
            && rec.tags.get(noun).is_some_and(|t| t.is_noun())
            && matches!(
                tokens[noun].norm.as_str(),
                "DECISION"
                    | "DECISIONS"
                    | "PLAN"
                    | "PLANS"
                    | "OFFER"
                    | "OFFERS"
                    | "CALL"
                    | "CALLS"
                    | "BID"
                    | "ATTEMPT"
                    | "ATTEMPTS"
                    | "EFFORT"
                    | "EFFORTS"
                    | "MOVE"
                    | "PLEDGE"
                    | "PROMISE"
                    | "THREAT"
                    | "THREATS"
                    | "PROPOSAL"
                    | "REQUEST"
                    | "DEMAND"
                    | "DEMANDS"
                    | "INVITATION"
                    | "CAMPAIGN"
                    | "READINESS"
                    | "WILLINGNESS"
                    | "REFUSAL"
                    | "FAILURE"
                    | "INTENTION"
                    | "RIGHT"
                    | "WAY"
                    | "WAYS"
                    | "STRATEGY"
                    | "GOAL"
                    | "AIM"
                    | "OBJECTIVE"
                    | "CAPACITY"
                    | "ABILITY"
                    | "CHANCE"
                    | "OPPORTUNITY"
                    | "INITIATIVE"
                    | "PUSH"
                    | "DRIVE"
                    | "PLOT"
                    | "PLOTS"
                    | "CONSPIRACY"
                    | "MANDATE"
                    // (what an event, a law or a means is for: "a rally in Tehran to
                    // commemorate those killed", "a law to protect", "powers to arrest")
                    | "RALLY"
                    | "RALLIES"
                    | "PROTEST"
                    | "PROTESTS"
                    | "DEMONSTRATION"
                    | "DEMONSTRATIONS"
                    | "MARCH"
                    | "CEREMONY"
                    | "CONFERENCE"
                    | "SUMMIT"
                    | "PROGRAM"
                    | "PROGRAMS"
                    | "PROGRAMME"
                    | "PROGRAMMES"
                    | "OPERATION"
                    | "OPERATIONS"
                    | "MISSION"
                    | "LAW"
                    | "LAWS"
                    | "BILL"
                    | "LEGISLATION"
                    | "DECREE"
                    | "RESOLUTION"
                    | "MEASURE"
                    | "MEASURES"
                    | "POLICY"
                    | "POLICIES"
                    | "REFORM"
                    | "REFORMS"
                    | "SCHEME"
                    | "PROJECT"
                    | "FUND"
                    | "FUNDS"
                    | "MONEY"
                    | "RESOURCES"
                    | "AGREEMENT"
                    | "DEAL"
                    | "TREATY"
                    | "PACT"
                    | "ACCORD"
                    | "ORDER"
                    | "ORDERS"
                    | "WARRANT"
                    | "AUTHORIZATION"
                    | "AUTHORISATION"
                    | "PERMISSION"
                    | "APPROVAL"
                    | "POWER"
                    | "POWERS"
                    | "AUTHORITY"
            );
        // (Not an operation launched to do it, which does it: "police launched operations
        // to detain 110 more individuals".)
        let launched = matches!(
            tokens[noun].norm.as_str(),
            "OPERATION" | "OPERATIONS" | "CAMPAIGN" | "MISSION" | "DRIVE"
        ) && (noun.saturating_sub(3).max(cs)..noun).any(|k| {
            ["LAUNCH", "MOUNT", "BEGAN", "BEGIN", "START", "CONDUCT"]
                .iter()
                .any(|p| tokens[k].norm.starts_with(p))
        });
        if config.every_verb && !self.tabari && planned && !launched {
            return true;
        }
        // ("would allow the World Food Program to deliver food", "authorised the army to
        // use force": the act permitted, not done; the permission codes itself.)
        let permitted = vs >= cs + 3
            && tokens[vs - 1].norm == "TO"
            && (vs.saturating_sub(12).max(cs)..vs - 2)
                .rev()
                .take_while(|&k| tokens[k].kind != TokenKind::Comma)
                .find(|&k| rec.tags.get(k).is_some_and(|t| t.is_verb()))
                .is_some_and(|k| {
                    [
                        "ALLOW", "PERMIT", "AUTHORIZ", "AUTHORIS", "ENABL", "EMPOWER",
                    ]
                    .iter()
                    .any(|p| tokens[k].norm.starts_with(p))
                });
        config.every_verb && !self.tabari && permitted
    }

    /// Whether the verb's act is inside a condition, a coming act after "when/after/…", the
    /// subjunctive content of a demand or the content of a charge (news mode).
    fn conditional_or_charged(&self, cs: usize, vb: &Verb) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        let vs = vb.vs;
        // News mode: an act the sentence does not assert — inside "if/unless …" ("if Iran
        // strikes any Americans") or the content of a charge ("denied charges that his
        // Government had helped conspirators").
        if config.every_verb && config.negation {
            let conditional = (cs..vs)
                .rev()
                .take_while(|&k| tokens[k].kind != TokenKind::Comma)
                .any(|k| {
                    matches!(tokens[k].norm.as_str(), "IF" | "UNLESS" | "WHETHER")
                        // (an inverted condition: "Should Britain decide to act against
                        // Japanese banks, it would …")
                        || (!self.tabari
                            && tokens[k].norm == "SHOULD"
                            && (k == 0
                                || matches!(
                                    tokens[k - 1].kind,
                                    TokenKind::Comma | TokenKind::Quote | TokenKind::Open
                                ))
                            && rec.tags.get(k + 1).is_some_and(|t| {
                                t.is_noun() || matches!(t, dyad_pos::Tag::DT | dyad_pos::Tag::PRP)
                            })
                            && tokens.last().is_none_or(|t| t.norm != "?"))
                        // "will not lift the embargo until the army takes positions"
                        || (tokens[k].norm == "UNTIL"
                            && tokens[..k]
                                .iter()
                                .any(|t| matches!(t.norm.as_str(), "WILL" | "WOULD" | "'LL")))
                });
            // (A present tense after "when/after/before/once/until" is a coming act, not a
            // reported one: "to keep trade flowing when Britain fully leaves the EU".)
            let coming = !self.tabari
                && matches!(
                    rec.tags.get(vs),
                    Some(dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP)
                )
                && (vs.saturating_sub(6)..vs).rev().any(|k| {
                    matches!(
                        tokens[k].norm.as_str(),
                        "WHEN" | "AFTER" | "BEFORE" | "ONCE" | "UNTIL"
                    ) && (k + 1..vs).all(|j| {
                        !rec.tags.get(j).is_some_and(|t| t.is_verb())
                            && tokens[j].kind != TokenKind::Comma
                    })
                });
            // (Nor is the subjunctive content of a demand: "demanded that Russia withdraw
            // its troops" — the demand is the event.)
            let demanded = !self.tabari
                && rec.tags.get(vs) == Some(&dyad_pos::Tag::VB)
                && vs > 0
                && tokens[vs - 1].norm != "TO"
                && (vs.saturating_sub(8)..vs).any(|k| {
                    tokens[k].norm == "THAT"
                        && k > 0
                        && [
                            "DEMAND",
                            "URG",
                            "ASK",
                            "INSIST",
                            "CALL",
                            "REQUEST",
                            "PROPOS",
                            "RECOMMEND",
                            "SUGGEST",
                            "REQUIR",
                            "ORDER",
                        ]
                        .iter()
                        .any(|p| tokens[k - 1].norm.starts_with(p))
                });
            let charged = coming
                || demanded
                || charge_content(tokens, self.infinitive_list_start(cs, vs), vs)
                // ("accused Llorenti of trying to deny …": what the accused is said to do)
                || (cs..vs).any(|k| {
                    (tokens[k].norm.starts_with("ACCUS") || tokens[k].norm.starts_with("CHARG"))
                        && (k + 1..vs).any(|j| {
                            tokens[j].norm == "OF"
                                && rec.tags.get(j + 1) == Some(&dyad_pos::Tag::VBG)
                        })
                });
            if conditional || charged {
                return true;
            }
        }
        false
    }

    /// The code a governing verb, a coming act, a negation or a claim makes of the verb's
    /// codes `(c1, c2)`: an intent, a refusal, a threat, a claim (015), a joint act both
    /// ways, UniversalPetrarch's negated code; no event for a failure or a negated act
    /// without a counterpart. In order: what governs the verb (`governor`, then
    /// `negated_governor`), a joint act's second code, the codes that make
    /// (`governed_codes`), a claim of force (`claims_force`), UniversalPetrarch's negation
    /// (`pico_negated`).
    fn governed_code(
        &self,
        cs: usize,
        vb: &Verb,
        found: &Found,
        (c1, c2): (String, Option<String>),
    ) -> Result<(String, Option<String>), Halt> {
        let Ctx {
            d, config, tokens, ..
        } = *self;
        let Verb { vs, .. } = *vb;
        let governed = self.governor(cs, vb, found, &c1);
        // News mode: a pattern's noun after "no" ("expressed no confidence in", "gave no
        // details", "raised no objections") denies the act, which is then no event; but an
        // optimistic comment denied is a pessimistic one.
        let no_noun = config.every_verb
            && !self.tabari
            && config.negation
            && found.from_pattern
            && found
                .des
                .first_word
                .is_some_and(|f| f > vs && tokens[f - 1].norm == "NO");
        let c1 = if no_noun && c1 == "013" {
            "012".to_string()
        } else {
            c1
        };
        // ("No" before the object's noun negates the verb: "gave no indication of who", "will
        // accept no monitoring", "has made no progress"; not "no longer", "no more than".)
        let no_object = config.every_verb
            && !self.tabari
            && config.negation
            && tokens.get(vb.ve).is_some_and(|t| t.norm == "NO")
            // (not a clause a verb of saying reports: "said no progress had been made")
            && !self.is_speech(vs)
            && {
                let noun = |k: usize| {
                    self.rec
                        .tags
                        .get(k)
                        .is_some_and(|t| matches!(t, dyad_pos::Tag::NN | dyad_pos::Tag::NNS))
                };
                match tokens.get(vb.ve + 1).map(|t| t.norm.as_str()) {
                    Some("LONGER" | "SOONER") => false,
                    // ("gave no more details", "no further details"; not "no more than")
                    Some("MORE" | "FURTHER" | "FEWER" | "LESS") => {
                        noun(vb.ve + 2)
                            || (self.rec.tags.get(vb.ve + 2).is_some_and(|t| t.is_adjective())
                                && noun(vb.ve + 3))
                    }
                    _ => self.rec.tags.get(vb.ve + 1).is_some_and(|t| {
                        matches!(
                            t,
                            dyad_pos::Tag::NN | dyad_pos::Tag::NNS | dyad_pos::Tag::JJ
                        )
                    }),
                }
            };
        // (An acceptance of none is a refusal — "will accept no monitoring by the IMF" —;
        // anything else given, offered or made as none is no event: "gave no figures".)
        let refused = no_object && c1.starts_with("08") && !tokens[vs].norm.starts_with("YIELD");
        let negated = self.negated(cs, vs) || refused;
        // (So does "nothing" as the verb's object: "the Saudis buy nothing from Brazil".)
        let nothing = (no_object && !refused)
            || config.every_verb
            && !self.tabari
            && config.negation
            && tokens.get(vb.ve).is_some_and(|t| t.norm == "NOTHING")
            // (not "nothing but", "nothing less than", "nothing short of": only that)
            && !tokens.get(vb.ve + 1).is_some_and(|t| {
                matches!(t.norm.as_str(), "BUT" | "EXCEPT" | "LESS" | "SHORT" | "OTHER")
            });
        let governed = if (no_noun && c1 != "012") || nothing || self.denied_content(vs) {
            Some(Governor::Failure)
        } else {
            negated_governor(&c1, negated, governed)
        };
        // (Only an act a pattern names is refused when negated: "did not give the context
        // of his remarks", "had not sold wheat for years", "would not give the exact
        // location" refuse no aid; the verb alone says too little, so it is no event.)
        let governed = if config.every_verb
            && !self.tabari
            && negated
            && !found.from_pattern
            && matches!(governed, Some(Governor::Refusal))
            && matches!(c1.get(..2), Some("06" | "07"))
        {
            Some(Governor::Failure)
        } else {
            governed
        };
        // News mode: a meeting, a consultation, a negotiation, a signed agreement and
        // established relations are joint acts, coded both ways whatever the dictionary
        // gives, as TABARI's paired codes [040:040] code them ("Putin will meet Erdogan":
        // 036 both ways; "struck a deal with the UN": 057 both ways; "held talks with
        // Syrian officials": 040 both ways). Decided on the act itself, so that its intent
        // is joint too ("said he will hold talks with Putin": 036 both ways).
        let c2 = match c2 {
            None if config.every_verb && !self.tabari && joint_act(&c1, &tokens[vs].norm) => {
                Some(c1.clone())
            }
            c2 => c2,
        };
        let (c1, c2) = governed_codes(tokens, cs, vs, governed, c1, c2)?;
        let (c1, c2) = if self.claims_force(cs, vs, &c1) {
            ("015".to_string(), None)
        } else {
            (c1, c2)
        };
        // UniversalPetrarch's negation through its coding ontology (a PICO table loaded
        // with the dictionaries): "did not clash over" 110 → 050; no counterpart, no event.
        if !d.pico.is_empty()
            && (vs.saturating_sub(5).max(cs)..vs)
                .any(|k| matches!(tokens[k].norm.as_str(), "NOT" | "N'T" | "NEVER" | "CANNOT"))
        {
            pico_negated(&d.pico, &c1, c2.as_deref())
        } else {
            Ok((c1, c2))
        }
    }

    /// What governs the verb with codes starting `c1`. News mode: an act governed by
    /// "willing/ready/plans/vowed … to" is an intent (03x), by "refused/declined to" a
    /// refusal (12x), by "threatened to" a threat (13x); "failed to" is no event (CAMEO
    /// manual: intentions and threats are coded as such, never as the act). A pattern that
    /// reaches over "will" codes a coming act: "said they will release the hostages" is an
    /// intent to release (0353), not a release.
    fn governor(&self, cs: usize, vb: &Verb, found: &Found, c1: &str) -> Option<Governor> {
        let Ctx { config, tokens, .. } = *self;
        let Verb { vs, ve, .. } = *vb;
        let (des, from_pattern) = (&found.des, found.from_pattern);
        let governed = if config.every_verb {
            match governing_marker(tokens, &self.rec.tags, cs, vs, config.negation) {
                Some(Governor::Failure) => Some(Governor::Failure),
                // ("the EU must be ready to mediate": the mediation is demanded, not
                // intended; the modal codes it.)
                Some(Governor::Intent)
                    if config.negation && demanded_readiness(tokens, cs, vs).is_some() =>
                {
                    None
                }
                g if !is_directive(c1) => g,
                _ => None,
            }
        } else {
            None
        };
        governed.or_else(|| {
            (config.every_verb
                && config.negation
                && from_pattern
                && !is_directive(c1)
                && tokens[ve..(ve + des.reach).min(tokens.len())]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "WILL" | "WOULD" | "'LL")))
            .then_some(Governor::Intent)
        })
    }

    /// Where the clause of an infinitive begins when the verb at `vs`, opening the clause at
    /// `cs` after "and", is a second bare infinitive sharing an earlier "to" ("accusations
    /// that a deal allowing Chinese officials to enter Switzerland and interrogate Chinese
    /// nationals …"): past the comma before that "to", so that a charge's content is read
    /// across the "and"; else `cs`.
    fn infinitive_list_start(&self, cs: usize, vs: usize) -> usize {
        let tokens = self.tokens;
        if cs < 2
            || vs != cs
            || tokens[cs - 1].norm != "AND"
            || tokens[cs - 2].kind == TokenKind::Comma
            || self.rec.tags.get(vs) != Some(&dyad_pos::Tag::VB)
        {
            return cs;
        }
        let Some(to) = (cs.saturating_sub(10)..cs - 1)
            .rev()
            .take_while(|&k| tokens[k].kind != TokenKind::Comma)
            .find(|&k| tokens[k].norm == "TO")
        else {
            return cs;
        };
        (to.saturating_sub(30)..to)
            .rev()
            .find(|&k| tokens[k].kind == TokenKind::Comma || tokens[k].norm == ";")
            .map_or(to.saturating_sub(30), |k| k + 1)
    }

    /// News mode: whether the verb at `vs` is negated ("will not lift the embargo", "did not
    /// attack"; without a PICO table, which negates codes its own way).
    fn negated(&self, cs: usize, vs: usize) -> bool {
        let Ctx {
            d, config, tokens, ..
        } = *self;
        // (So is a verb whose subject is "neither … nor …": "neither he nor the Agriculture
        // Department had decided".)
        let neither_nor = || {
            (cs..vs)
                .position(|k| tokens[k].norm == "NEITHER")
                .is_some_and(|p| (cs + p + 1..vs).any(|k| tokens[k].norm == "NOR"))
        };
        config.negation
            && d.pico.is_empty()
            && ((vs.saturating_sub(3).max(cs)..vs)
                .any(|k| matches!(tokens[k].norm.as_str(), "NOT" | "N'T" | "NEVER" | "CANNOT"))
                || neither_nor())
    }

    /// News mode: force its actor claims to have used (codes starting `c1`) is a claim of
    /// responsibility, 015 ("the Houthis claimed that they had attacked the Saudi airport").
    fn claims_force(&self, cs: usize, vs: usize, c1: &str) -> bool {
        let Ctx { config, tokens, .. } = *self;
        // (The one claiming is the one who acted: "he claims they shot" is no claim of
        // responsibility — pronouns of another person or number.)
        let person = |w: &str| match w {
            "HE" | "SHE" => Some(1),
            "IT" => Some(2),
            "THEY" => Some(3),
            "WE" => Some(4),
            "I" => Some(5),
            _ => None,
        };
        let other_actor = |k: usize| {
            let after = tokens
                .get(k + 1)
                .map(|t| t.norm.as_str())
                .filter(|w| *w != "THAT")
                .or_else(|| tokens.get(k + 2).map(|t| t.norm.as_str()));
            k > cs
                && person(&tokens[k - 1].norm)
                    .zip(after.and_then(person))
                    .is_some_and(|(a, b)| a != b)
        };
        config.every_verb
            && !self.tabari
            && matches!(c1.get(..2), Some("18" | "19" | "20"))
            && (vs.saturating_sub(6).max(cs)..vs).any(|k| {
                tokens[k].norm.starts_with("CLAIM")
                    && tokens.get(k + 1).is_some_and(|n| {
                        matches!(
                            n.norm.as_str(),
                            "THAT" | "IT" | "THEY" | "HE" | "SHE" | "WE" | "TO"
                        )
                    })
                    && !other_actor(k)
            })
    }

    /// The verb phrase's subject and object as the analysis reads them (the actor after
    /// "by" for a passive: `voice` is [`Ctx::passive_voice`]), or no event for a possible or
    /// a demanded act; a demanded act reported by a speaker is coded as the speaker's demand
    /// (into `st.coded`).
    fn syntactic_roles(
        &self,
        vb: &Verb,
        c1: &str,
        voice: (bool, Option<u32>),
        pattern_prov: &Option<dyad_core::Provenance>,
        st: &mut Coding,
        clause: &mut Clause,
    ) -> Result<(Option<u32>, Option<u32>), Halt> {
        let syntax = &self.syntax;
        let Verb { vs, .. } = *vb;
        let (mut syn_source, mut syn_target) = (None, None);
        if let Some(a) = &syntax {
            let vp = a.chunk_of.get(vs).copied();
            if let Some(v) = a.verbs.iter().find(|v| Some(v.chunk) == vp) {
                if self.possible_act(v, c1) && !self.past_possibility(a, v) {
                    return Err(Halt::Skip);
                }
                // ("the EU must be ready to mediate": "must be" is the modal verb phrase of
                // the act, its subject the one the demand is made of.)
                let v = demanded_readiness(self.tokens, vb.vcs, vs)
                    .filter(|_| v.modal.is_none() && self.config.negation)
                    .and_then(|be| {
                        let bc = a.chunk_of.get(be).copied()?;
                        a.verbs.iter().find(|m| m.chunk == bc && m.modal.is_some())
                    })
                    .unwrap_or(v);
                if self.demanded_act(v, c1) {
                    if self.reported_demand(a, v, vb, c1, pattern_prov, st) {
                        clause.coded_in_clause = true;
                    }
                    return Err(Halt::Skip);
                }
                if self.naming_call(a, v, vb, c1) {
                    return Err(Halt::Skip);
                }
                (syn_source, syn_target) = self.subject_and_object(a, v, voice);
                if syn_target.is_none() {
                    syn_target = self.purpose_addressee(a, v, syn_source);
                }
            }
        }
        Ok((syn_source, syn_target))
    }

    /// News mode: whether the act coded `c1` of verb phrase `v` is only a possibility, under
    /// "may", "might" or "could" ("actions that might risk conflict"); a demand, an appeal,
    /// a threat or an intent (`is_directive`) is what it is even so.
    fn possible_act(&self, v: &dyad_pos::chunk::VerbInfo, c1: &str) -> bool {
        let config = self.config;
        // An act under "may", "might", "could" is a possibility, not an event
        // ("actions that might risk conflict"; the article pipeline keeps it with
        // the mode "hypothetical").
        config.negation
            && config.every_verb
            && !self.tabari
            && !is_directive(c1)
            && v.modal
                .as_deref()
                .is_some_and(|m| matches!(m, "may" | "might" | "could"))
    }

    /// Whether possible act `v` is one that may have happened: "may have" or "might have"
    /// before the participle ("Chinese hackers may have launched cyber attacks": a suspected
    /// attack, coded as news codes it; not "may have to resign"), not "could have" (what did
    /// not happen: "could have prevented").
    fn past_possibility(
        &self,
        a: &dyad_pos::chunk::Analysis,
        v: &dyad_pos::chunk::VerbInfo,
    ) -> bool {
        let Some(c) = a.chunks.get(v.chunk) else {
            return false;
        };
        let w = |k: usize| self.tokens.get(k).map_or("", |t| t.norm.as_str());
        (c.start..c.end).any(|k| {
            matches!(w(k), "MAY" | "MIGHT")
                && w(k + 1) == "HAVE"
                && self.rec.tags.get(k + 2) == Some(&dyad_pos::Tag::VBN)
        })
    }

    /// Whether the act coded `c1` of verb phrase `v` is demanded, not done: under "should",
    /// "must", "ought to" ("Sudanese authorities must ensure security"), unless it is itself
    /// an appeal, a demand or a threat (02x, 10x, 13x).
    fn demanded_act(&self, v: &dyad_pos::chunk::VerbInfo, c1: &str) -> bool {
        // An act under "should", "must", "ought to" has not happened: it is not
        // coded as the act (the saying verb's pattern codes the demand).
        // (An intent code is no exception: "Sudanese authorities must ensure
        // security" is a demand, whatever "ensure security" codes.)
        v.modal
            .as_deref()
            .is_some_and(|m| matches!(m, "should" | "must" | "ought"))
            && !matches!(c1.get(..2), Some("02" | "10" | "13"))
    }

    /// News mode: a demand a speaker reports of an actor in words no verb pattern codes ("EU
    /// says Indonesia must ensure security", "saying Washington needs to take the first step"):
    /// the speaker's plain demand (100) of the modal verb's subject, once every clause is
    /// coded, with the saying verb's dictionary line as its provenance. Only a statement's
    /// verb (a 01x code) reports it, not negated; none between two actors that already have a
    /// demand, nor where a verb of the verb phrase coded an event.
    pub(super) fn unpatterned_demands(&self, st: &mut Coding) {
        let config = self.config;
        if !(config.negation && config.every_verb) || self.tabari {
            return;
        }
        let Some(a) = &self.syntax else {
            return;
        };
        let rec = self.rec;
        let verb_at = |k: usize| match rec.mark_of.get(k).copied().flatten() {
            Some(m) => match rec.marks[m as usize].item {
                Item::Verb(v) => Some(v),
                _ => None,
            },
            None => None,
        };
        for v in &a.verbs {
            if !matches!(v.modal.as_deref(), Some("must" | "should" | "ought")) {
                continue;
            }
            let Some(Some(k)) = v.reported_by else {
                continue;
            };
            let (c, says) = (&a.chunks[v.chunk], &a.verbs[k]);
            // (A verb of the phrase that coded an event has said what it is; one whose
            // patterns code nothing — "needs to take the first step" — leaves the demand, and
            // so does one with no target: the Phoenix set's "needs" (100) of Washington alone.)
            let (p0, p1) = (
                self.tokens[c.start].span.start,
                self.tokens[c.end - 1].span.end,
            );
            let coded_here = st.coded.iter().any(|x| {
                x.event.verb_span.start >= p0
                    && x.event.verb_span.end <= p1
                    && !x.event.target.is_empty()
            });
            // (Nor a passive before its infinitive: "banks should be encouraged to look".)
            let passive_inside = (c.start + 1..c.end).any(|k| {
                rec.tags.get(k) == Some(&dyad_pos::Tag::VBN)
                    && (c.start..k)
                        .any(|j| matches!(self.tokens[j].norm.as_str(), "BE" | "BEEN" | "BEING"))
            });
            if coded_here || says.negated || v.passive || passive_inside {
                continue;
            }
            // (A verb must follow the modal, and not "have": "should have economic growth",
            // "should have an overall neutral impact" foretell. A "need" or "have to" must be a
            // verb, not negated: "the kingdom's need to generate", "doesn't need to be".)
            let tags = &rec.tags;
            let w = |k: usize| self.tokens[k].norm.as_str();
            let literal = (c.start..c.end).any(|k| tags.get(k) == Some(&dyad_pos::Tag::MD));
            if !tags.get(c.head).is_some_and(|t| t.is_verb())
                || matches!(w(c.head), "HAVE" | "HAS" | "HAD")
                || (!literal
                    && (v.negated
                        || (c.start..c.end).any(|k| {
                            matches!(w(k), "NEED" | "NEEDS" | "HAVE" | "HAS")
                                && !tags.get(k).is_some_and(|t| t.is_verb())
                        })))
            {
                continue;
            }
            // (Nor after a possessive — "Brazil's needs to ensure", "Venezuela's should move
            // up to 16.50 dlrs" — nor "it", mostly no actor: "it must be our approach".)
            let Some(subject) = v.subject else {
                continue;
            };
            let last = a.chunks[subject].end - 1;
            if self.tokens[last].possessive
                || self.tokens[c.start.saturating_sub(1)].possessive
                || w(last) == "IT"
            {
                continue;
            }
            // (Not a question's or a condition's modal: "no reason why they should throw good
            // money after bad", "if Iran should".)
            let opener = a.chunks[subject].start.checked_sub(1).map(w);
            if matches!(opener, Some("WHY" | "WHETHER" | "IF" | "HOW" | "WHAT")) {
                continue;
            }
            let sc = &a.chunks[says.chunk];
            let Some(sv) = verb_at(sc.head) else {
                continue;
            };
            let form = &self.d.verbs[sv as usize];
            let block = &self.d.blocks[form.block as usize];
            let (code, prov) = match &form.code {
                Some(c) => (c, &form.provenance),
                None => match &block.code {
                    Some(c) => (c, &block.provenance),
                    None => continue,
                },
            };
            if !matches!(code, EventCode::Code { code, .. } if code.starts_with("01")) {
                continue;
            }
            let speaker = says.subject.and_then(|s| {
                let s = &a.chunks[s];
                self.group_in(s.start, s.end)
                    .or_else(|| self.appositive_group(s.end, sc.start))
            });
            let addressee = Some(subject).and_then(|s| {
                let s = &a.chunks[s];
                self.group_in(s.start, s.end).filter(|&g| {
                    let t = self.units.groups[g as usize].tokens;
                    t.0 <= s.head && s.head < t.1
                })
            });
            let (Some(sg), Some(tg)) = (speaker, addressee) else {
                continue;
            };
            let verb_span = Span::new(
                self.tokens[c.start].span.start as usize,
                self.tokens[c.end - 1].span.end as usize,
            );
            for sa in &self.units.groups[sg as usize].members {
                for ta in &self.units.groups[tg as usize].members {
                    let dup = st.coded.iter().any(|x| {
                        x.event.source == sa.code
                            && x.event.target == ta.code
                            && x.event.code.starts_with("10")
                    });
                    // (Nor what one says its own country must do: "Reagan said the United
                    // States must do more" is a statement of policy.)
                    let own_country =
                        ta.code.len() == 3 && sa.code.get(..3) == Some(ta.code.as_str());
                    if sa.code != ta.code && !dup && !own_country {
                        st.coded.push(Coded {
                            event: make_event(sa, Some(ta), "100", verb_span, Some(prov.clone())),
                            subordinate: false,
                            dominant: false,
                            origin: None,
                        });
                    }
                }
            }
        }
    }

    /// A demanded act (verb phrase `v`, coded `c1`) that a speaker reports ("Iran said the
    /// US should withdraw"): codes the speaker's demand of the modal verb's subject into
    /// `st.coded` (none between the same actors twice). Returns whether both the speaker
    /// and the one the demand is made of are actors.
    fn reported_demand(
        &self,
        a: &dyad_pos::chunk::Analysis,
        v: &dyad_pos::chunk::VerbInfo,
        vb: &Verb,
        c1: &str,
        pattern_prov: &Option<dyad_core::Provenance>,
        st: &mut Coding,
    ) -> bool {
        let Ctx { tokens, units, .. } = *self;
        let Verb { vs, ve, .. } = *vb;
        // Reported ("Iran said the US should withdraw"): the speaker demands
        // the act of the modal verb's subject.
        let speaker = match v.reported_by {
            // (An inverted attribution right after the quotation is its speaker's, who
            // follows it: "'Iran must withdraw its forces,' said the Israeli minister" — not
            // the quotation's words before it.)
            Some(Some(k)) if self.after_closing_quotation(a.chunks[a.verbs[k].chunk].start) => {
                self.speaker_after(a.chunks[a.verbs[k].chunk].end)
            }
            Some(Some(k)) => a.verbs[k].subject.and_then(|c| {
                let c = &a.chunks[c];
                self.group_in(c.start, c.end)
                    .or_else(|| self.appositive_group(c.end, a.chunks[a.verbs[k].chunk].start))
            }),
            _ => None,
        };
        // (The subject itself, not a possessor inside it: "South Africa's inflation rate
        // should decline further, the Reserve Bank said" demands nothing of South Africa.)
        let addressee = v.subject.and_then(|c| {
            let c = &a.chunks[c];
            self.group_in(c.start, c.end).filter(|&g| {
                let t = units.groups[g as usize].tokens;
                t.0 <= c.head && c.head < t.1
            })
        });
        let (Some(sg), Some(tg)) = (speaker, addressee) else {
            return false;
        };
        let dcode = demand_for(c1);
        let verb_span = Span::new(
            tokens[vs].span.start as usize,
            tokens[ve - 1].span.end as usize,
        );
        for sa in &units.groups[sg as usize].members {
            for ta in &units.groups[tg as usize].members {
                let dup = st.coded.iter().any(|c| {
                    c.event.source == sa.code
                        && c.event.target == ta.code
                        && c.event.code.starts_with("10")
                });
                if sa.code != ta.code && !dup {
                    st.coded.push(Coded {
                        event: make_event(sa, Some(ta), dcode, verb_span, pattern_prov.clone()),
                        subordinate: false,
                        dominant: false,
                        origin: None,
                    });
                }
            }
        }
        true
    }

    /// The actor an appositive between a subject naming none and its verb names: "Ranil
    /// Wickremesinge, the former Prime Minister of Sri Lanka, said" (`end`: where the
    /// subject ends; `verb`: where its verb begins).
    fn appositive_group(&self, end: usize, verb: usize) -> Option<u32> {
        let tokens = self.tokens;
        if tokens.get(end).is_none_or(|t| t.norm != ",") || verb <= end + 2 {
            return None;
        }
        let close = (end + 1..verb).rev().find(|&k| tokens[k].norm == ",")?;
        (close > end + 1
            && !(end + 1..close).any(|k| {
                self.rec.tags.get(k).is_some_and(|t| {
                    matches!(
                        t,
                        dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP
                    )
                })
            }))
        .then(|| self.group_in(end + 1, close))
        .flatten()
    }

    /// News mode: whether a verb of calling coded as a consultation (04x) names its object
    /// something ("called the ambassador a very stupid guy", "called the decision
    /// dangerous"): an indefinite article, a quote or an adjective right after the object
    /// (past the prepositional phrases after it).
    fn naming_call(
        &self,
        a: &dyad_pos::chunk::Analysis,
        v: &dyad_pos::chunk::VerbInfo,
        vb: &Verb,
        c1: &str,
    ) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        let Verb { vs, ve, .. } = *vb;
        // News mode: "called the ambassador a very stupid guy", "called the
        // decision dangerous": naming someone something is no telephone call.
        // ("what it called the tottering regime", "what he calls terrorists": a name given.)
        let what_called = (vs.saturating_sub(3)..vs).any(|k| tokens[k].norm == "WHAT");
        config.every_verb
            && !self.tabari
            && c1.starts_with("04")
            && tokens[vs..ve].iter().any(|t| t.norm.starts_with("CALL"))
            && (what_called
                || v.object.is_some_and(|o| {
                    let next = a.chunks[o + 1..]
                        .iter()
                        .find(|c| c.kind != dyad_pos::chunk::ChunkKind::PP);
                    next.is_some_and(|c| {
                        c.start
                            == a.chunks[o + 1..]
                                .iter()
                                .take_while(|c| c.kind == dyad_pos::chunk::ChunkKind::PP)
                                .last()
                                .map_or(a.chunks[o].end, |p| p.end)
                            && (matches!(tokens[c.start].norm.as_str(), "A" | "AN")
                                || tokens[c.start].kind == TokenKind::Quote
                                || matches!(
                                    rec.tags.get(c.start),
                                    Some(dyad_pos::Tag::JJ | dyad_pos::Tag::JJS)
                                )
                                // (a degree word: "called 2011 Venezuela's most violent
                                // year", "called the plan too risky", "the worst …")
                                || matches!(
                                    tokens[c.start].norm.as_str(),
                                    "MOST" | "MORE" | "VERY" | "TOO" | "SO" | "LEAST" | "LESS"
                                )
                                || (tokens[c.start].norm == "THE"
                                    && (rec.tags.get(c.start + 1) == Some(&dyad_pos::Tag::JJS)
                                        || tokens
                                            .get(c.start + 1)
                                            .is_some_and(|t| t.norm == "MOST"))))
                    })
                }))
    }

    /// The source and target that verb phrase `v`'s subject and object name: for a passive
    /// (`voice` is [`Ctx::passive_voice`]) the actor after "by" acting on the subject ("X
    /// was attacked by Y"), else the subject acting on the object (not a subject that is
    /// the object of an act named by a noun: [`Ctx::nominal_object`]); no target when it is
    /// the source.
    /// The actor a relative pronoun right before token `start` stands for: the group
    /// ending right before it or its comma ("Qatar, which was attacked").
    fn relative_antecedent(&self, start: usize) -> Option<u32> {
        let k = start.checked_sub(1)?;
        if !matches!(self.tokens[k].norm.as_str(), "WHICH" | "WHO") {
            return None;
        }
        let mut j = k.checked_sub(1)?;
        if self.tokens[j].kind == TokenKind::Comma {
            j = j.checked_sub(1)?;
        }
        let g = self.units.group_of.get(j).copied().flatten()?;
        (self.units.groups[g as usize].tokens.1 == j + 1).then_some(g)
    }

    fn subject_and_object(
        &self,
        a: &dyad_pos::chunk::Analysis,
        v: &dyad_pos::chunk::VerbInfo,
        voice: (bool, Option<u32>),
    ) -> (Option<u32>, Option<u32>) {
        let units = self.units;
        let (passive, by_group) = voice;
        let nominal_object = |s: usize| self.nominal_object(s);
        let (mut syn_source, mut syn_target) = (None, None);
        // (A subject that is the last of a list naming no actor is the list's: "Syrian
        // regime air strikes and artillery fire hit …" — the regime's.)
        let subj = v.subject.and_then(|c| {
            self.group_in(a.chunks[c].start, a.chunks[c].end)
                .or_else(|| {
                    let st = a.chunks[c].start;
                    (self.config.every_verb
                    && !self.tabari
                    && c > 1
                    && matches!(self.tokens[st.saturating_sub(1)].norm.as_str(), "AND")
                    // (Not a name with "and": "Cable and Wireless", "Nippon Oil and Fats".)
                    && !self.tokens[st].capitalized
                    && a.chunks[c - 1].kind == dyad_pos::chunk::ChunkKind::O
                    && a.chunks[c - 2].kind == dyad_pos::chunk::ChunkKind::NP
                    && !a.chunks[..c - 2]
                        .iter()
                        .any(|x| x.kind == dyad_pos::chunk::ChunkKind::VP))
                    .then(|| self.group_in(a.chunks[c - 2].start, a.chunks[c - 2].end))
                    .flatten()
                    // (Not a possessor of the conjunct: "Colombia's eradication and
                    // interdiction efforts provided mixed results".)
                    .filter(|&g| {
                        let e = self.units.groups[g as usize].tokens.1;
                        !self.tokens[e - 1].possessive
                    })
                })
                .or_else(|| self.membership_of(a.chunks[c].head, a.chunks[c].end))
                .filter(|&g| !(self.config.every_verb && !self.tabari && self.excepted(g)))
                .filter(|&g| {
                    !(self.config.every_verb
                        && !self.tabari
                        && self.place_before_relative(g, a.chunks[v.chunk].start))
                })
                .map(|g| {
                    let vs = a.chunks[v.chunk].start;
                    (self.config.every_verb && !self.tabari)
                        .then(|| self.antecedent_past_place(g, vs))
                        .flatten()
                        .unwrap_or(g)
                })
        });
        let obj = v
            .object
            .and_then(|c| self.group_in(a.chunks[c].start, a.chunks[c].end));
        if v.passive || passive {
            if by_group.is_some() {
                // (A relative clause's antecedent is its passive verb's target, the clause
                // before it with a subject of its own: "the talks focused on Qatar, which was
                // attacked by Iran".)
                syn_target = subj.or_else(|| {
                    (self.config.every_verb && !self.tabari)
                        .then(|| self.relative_antecedent(a.chunks[v.chunk].start))
                        .flatten()
                });
                syn_source = by_group;
            }
        } else {
            // (The object of a noun of an act is no subject, but for its own relative clause:
            // "its campaign against the Taliban, who had seized parts of Iraq".)
            syn_source = subj.filter(|&g| {
                let (gs, ge) = units.groups[g as usize].tokens;
                !nominal_object(gs) || self.relative_of(ge, a.chunks[v.chunk].start)
            });
            syn_target = obj;
        }
        if syn_source == syn_target {
            syn_target = None;
        }
        (syn_source, syn_target)
    }

    /// News mode: the speaker of a saying verb that follows a closing quotation and comes
    /// before its subject ("'The flights to Panama were full,' says the detective"): the
    /// actor right after the verb, over a determiner and modifiers; `Some(None)` when the
    /// speaker there names no actor.
    fn inverted_speaker(&self, vb: &Verb) -> Option<Option<u32>> {
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        let Verb { vs, ve, .. } = *vb;
        if !self.config.every_verb
            || self.tabari
            || !super::CLOSING_SAYING.contains(&tokens[vs].norm.as_str())
        {
            return None;
        }
        // (One quotation mark or more: some corpora double them.)
        let q = (0..vs)
            .rev()
            .find(|&k| tokens[k].kind != TokenKind::Quote)?;
        if q + 1 == vs
            || !(tokens[q].kind == TokenKind::Comma || matches!(tokens[q].norm.as_str(), "?" | "!"))
        {
            return None;
        }
        // (A quotation with a verb of its own, not a nickname in quotes: "alias ""El Rojo,""
        // alleged the police …".)
        let open = (0..q).rev().find(|&k| tokens[k].kind == TokenKind::Quote);
        let quoted = open.map_or(0, |o| o + 1)..q;
        if !quoted.clone().any(|k| {
            matches!(
                tags.get(k),
                Some(
                    dyad_pos::Tag::VBD
                        | dyad_pos::Tag::VBZ
                        | dyad_pos::Tag::VBP
                        | dyad_pos::Tag::MD
                )
            )
        }) {
            return None;
        }
        let np: Vec<usize> = (ve..(ve + 5).min(tokens.len()))
            .take_while(|&k| {
                self.group_starting(k).is_some()
                    || tags
                        .get(k)
                        .is_some_and(|t| t.is_noun() || t.is_adjective() || *t == dyad_pos::Tag::DT)
            })
            .collect();
        // (A speaker the dictionaries do not know is no actor, and the quotation's actors do
        // not stand in for them: "'OPEC must hold to its pact,' said Dillard Spriggs of
        // Petroleum Analysis Ltd".)
        match np.iter().find_map(|&k| self.group_starting(k)) {
            Some(g) => Some(Some(g)),
            None if !np.is_empty() => Some(None),
            None => None,
        }
    }

    /// Whether token `k` comes right after a closing quotation and its comma, question or
    /// exclamation mark ("…,' said").
    fn after_closing_quotation(&self, k: usize) -> bool {
        let tokens = self.tokens;
        let Some(q) = (0..k).rev().find(|&j| tokens[j].kind != TokenKind::Quote) else {
            return false;
        };
        self.config.every_verb
            && !self.tabari
            && q + 1 < k
            && (tokens[q].kind == TokenKind::Comma || matches!(tokens[q].norm.as_str(), "?" | "!"))
    }

    /// The actor group opening the noun phrase at `k`, over a determiner and modifiers: the
    /// speaker of an inverted attribution ("…,' said the Israeli minister").
    fn speaker_after(&self, k: usize) -> Option<u32> {
        let tags = &self.rec.tags;
        (k..(k + 5).min(self.tokens.len()))
            .take_while(|&q| {
                self.group_starting(q).is_some()
                    || tags
                        .get(q)
                        .is_some_and(|t| t.is_noun() || t.is_adjective() || *t == dyad_pos::Tag::DT)
            })
            .find_map(|q| self.group_starting(q))
    }

    /// News mode: the actor a subject naming none is part of: "members of the Gulf Cartel
    /// attacked the U.S. Consulate in Monterrey, firing shots" (the cartel fired), "dozens of
    /// Hamas supporters" — a noun of membership or number (head token `head`) before "of"
    /// and the actor (from `end`, the subject's end).
    fn membership_of(&self, head: usize, end: usize) -> Option<u32> {
        let tokens = self.tokens;
        if !self.config.every_verb || self.tabari || tokens.get(end)?.norm != "OF" {
            return None;
        }
        if !matches!(
            tokens[head].norm.as_str(),
            "MEMBERS"
                | "MEMBER"
                | "FIGHTERS"
                | "SUPPORTERS"
                | "REPRESENTATIVES"
                | "ELEMENTS"
                | "REMNANTS"
                | "UNITS"
                | "DOZENS"
                | "HUNDREDS"
                | "THOUSANDS"
                | "TENS"
                | "SCORES"
                | "GROUP"
                | "GROUPS"
                | "HANDFUL"
                | "CROWD"
                | "CROWDS"
                | "BAND"
                | "CONTINGENT"
        ) {
            return None;
        }
        // (Its name's first word may be no part of the actor: "the Gulf Cartel" is a cartel
        // in PETRARCH-2's dictionaries.)
        (end + 1..(end + 4).min(tokens.len()))
            .take_while(|&k| tokens[k].kind == TokenKind::Word)
            .find_map(|k| self.group_starting(k))
    }

    /// News mode: the target of an infinitive of purpose (verb phrase `v`) right after the
    /// object of the verb before it: that object ("called Erdogan to apologize", "summoned
    /// the ambassador to complain"), unless it is the source `syn_source`.
    fn purpose_addressee(
        &self,
        a: &dyad_pos::chunk::Analysis,
        v: &dyad_pos::chunk::VerbInfo,
        syn_source: Option<u32>,
    ) -> Option<u32> {
        let Ctx { config, tokens, .. } = *self;
        // News mode: an infinitive of purpose right after the object of the verb
        // before it is addressed to that object ("called Erdogan to apologize",
        // "summoned the ambassador to complain").
        let vp_start = a.chunks[v.chunk].start;
        if !(config.every_verb && !self.tabari && tokens[vp_start].norm == "TO") {
            return None;
        }
        a.verbs
            .iter()
            .filter(|w| w.chunk != v.chunk && !w.passive)
            // (not what is used to do it: "Iran used Iraqi airspace to send weapons to
            // Syria" sends nothing to Iraq)
            .filter(|w| !is_use_verb(&tokens[a.chunks[w.chunk].head].norm))
            // (a direct object: "waiting for the military to investigate"
            // names who investigates; places and times may stand between: "summoned the
            // Chinese ambassador in Berlin to complain")
            .find_map(|w| {
                w.object.filter(|&c| {
                    a.chunks[c].kind == dyad_pos::chunk::ChunkKind::NP
                        && (a.chunks[c].end == vp_start
                            || (c + 1 < v.chunk
                                && v.chunk - c <= 4
                                && a.chunks[c + 1..v.chunk].iter().all(|x| {
                                    x.kind == dyad_pos::chunk::ChunkKind::PP
                                        || (x.kind == dyad_pos::chunk::ChunkKind::O
                                            && tokens[x.start].norm == ",")
                                })))
                })
            })
            .and_then(|c| self.group_in(a.chunks[c].start, a.chunks[c].end))
            .filter(|&g| Some(g) != syn_source)
    }

    /// Whether the verb at `vs` is an infinitive after "use X" or "employ X" whose user —
    /// its subject in the analysis — names no actor ("pimps began using young victims to
    /// recruit other girls", "the pair employed the Urabenos to provide security"): the act
    /// is the user's, and neither the instrument nor an actor further away does it.
    fn instrument_of_unknown_user(&self, vs: usize) -> bool {
        let Some((a, vp, c)) = self.subject_chunk(vs) else {
            return false;
        };
        vs > 0
            && self.tokens[vs - 1].norm == "TO"
            && a.verbs.iter().any(|w| {
                w.chunk < vp
                    && !w.passive
                    && w.subject == Some(c)
                    && w.object.is_some_and(|o| o < vp)
                    && is_use_verb(&self.tokens[a.chunks[w.chunk].head].norm)
                    // (the user with what follows it up to "use": "some of these
                    // businesses have continued to use …")
                    && self
                        .group_in(a.chunks[c].start, a.chunks[w.chunk].start)
                        .is_none()
            })
    }

    /// The analysis, the verb chunk of the verb at `vs` and the chunk the analysis gives
    /// as its subject, if any.
    fn subject_chunk(&self, vs: usize) -> Option<(&dyad_pos::chunk::Analysis, usize, usize)> {
        let a = self.syntax.as_ref()?;
        let vp = *a.chunk_of.get(vs)?;
        let c = a.verbs.iter().find(|v| v.chunk == vp)?.subject?;
        Some((a, vp, c))
    }

    /// Whether the analysis gives the verb at `vs` a subject right before it that is a
    /// common noun owned by an actor ("Mexico's problems", "China's exports") or named by a
    /// country's adjective ("Bolivian law"): no actor acts.
    /// (See [`Self::actorless_subject`].)
    fn possessed_thing_subject(&self, vs: usize) -> bool {
        let Some((a, vp, c)) = self.subject_chunk(vs) else {
            return false;
        };
        let np = &a.chunks[c];
        let head = np.head;
        // (A personal pronoun that stands for no actor is someone the dictionaries do not
        // know, for its own verbs and the participles that share it: "… after he took refuge
        // in its London embassy while fighting extradition", "he" being Assange.)
        if self.config.every_verb
            && np.end == np.start + 1
            && matches!(self.tokens[head].norm.as_str(), "HE" | "SHE")
            && self.units.group_of[head].is_none()
        {
            return true;
        }
        // (So does a thing a country's adjective names: "Bolivian law permits …",
        // "Guatemalan arsenals are arming …"; the country is a bare one, no organ.)
        let bare_country = |k: usize| {
            self.units.group_of[k].is_some_and(|g| {
                self.units.groups[g as usize]
                    .members
                    .iter()
                    .all(|m| m.code.len() == 3 && m.agents.0.is_empty() && !m.reference)
            })
        };
        let Some(pos) = (np.start..head)
            .rfind(|&k| self.tokens[k].possessive)
            .or_else(|| {
                (np.start..head).rfind(|&k| {
                    NATIONAL_THINGS.contains(&self.tokens[head].norm.as_str())
                        && bare_country(k)
                        && !self.tokens[k + 1].capitalized
                        && self
                            .rec
                            .tags
                            .get(k)
                            .is_some_and(|t| t.is_adjective() || *t == dyad_pos::Tag::NNP)
                })
            })
        else {
            return false;
        };
        np.kind == dyad_pos::chunk::ChunkKind::NP
            && c < vp
            && a.chunks[c + 1..vp]
                .iter()
                .all(|x| x.kind == dyad_pos::chunk::ChunkKind::PP)
            && matches!(
                self.rec.tags.get(head),
                Some(dyad_pos::Tag::NN | dyad_pos::Tag::NNS)
            )
            && self.units.group_of[pos].is_some()
            && (pos + 1..np.end).all(|k| self.units.group_of[k].is_none())
            // (an act named by a verb's noun is the possessor's: "Russia's attack")
            && !self.rec.nominals.iter().any(|&(k, _)| k == head)
            && self.rec.mark_of[head].is_none()
            && !acting_noun(&self.tokens[head].norm)
    }

    /// Whether the verb at `vs` opens a relative clause ("who", "which", "that", over
    /// adverbs and auxiliaries) whose antecedent right before the pronoun is a plain common
    /// noun naming no actor: "the threat … from criminal groups who demand extortion
    /// payments" has no source, not the bus drivers further back.
    fn relative_of_plain_noun(&self, vs: usize) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        if self.place_relative(vs) {
            return true;
        }
        let Some(p) = (0..vs).rev().find(|&k| {
            !(matches!(tags.get(k), Some(T::RB | T::MD)) || crate::is_be_or_have(&tokens[k].norm))
        }) else {
            return false;
        };
        // (Not a predicate noun, which stands for the subject: "Maduro is a dictator who
        // disregards the will of the people", "one of the politicians who".)
        let predicate = || {
            (0..p - 1)
                .rev()
                .find(|&k| {
                    !(matches!(tags.get(k), Some(T::DT | T::JJ | T::JJS | T::RBS | T::CD))
                        || matches!(tokens[k].norm.as_str(), "OF" | "ONE"))
                })
                .is_some_and(|k| {
                    matches!(
                        tokens[k].norm.as_str(),
                        "IS" | "ARE" | "WAS" | "WERE" | "BE" | "BEEN" | "AS" | "REMAINS"
                    )
                })
        };
        // (Over a comma: "violence in this region, which helped Tijuana become …".)
        if !matches!(tokens[p].norm.as_str(), "WHO" | "WHICH" | "THAT") {
            return false;
        }
        let p = if p > 1
            && matches!(tokens[p].norm.as_str(), "WHO" | "WHICH")
            && tokens[p - 1].kind == TokenKind::Comma
        {
            p - 1
        } else {
            p
        };
        p > 0
            && !tokens[p - 1].capitalized
            && matches!(tags.get(p - 1), Some(T::NN | T::NNS))
            && self.units.group_of[p - 1].is_none()
            && self.rec.mark_of[p - 1].is_none()
            && !predicate()
    }

    /// Whether the verb at `vs` is in a relative clause on a plain noun before a bare place
    /// (`place_before_relative`), its first verb or one joined to it.
    fn place_relative(&self, vs: usize) -> bool {
        let tokens = self.tokens;
        let Some(w) = (vs.saturating_sub(12)..vs)
            .rev()
            .find(|&k| tokens[k].norm == "WHICH")
        else {
            return false;
        };
        let before = if w > 1 && tokens[w - 1].kind == TokenKind::Comma {
            w - 2
        } else {
            w.wrapping_sub(1)
        };
        w > 0
            && self
                .units
                .group_of
                .get(before)
                .copied()
                .flatten()
                .is_some_and(|g| self.place_before_relative(g, vs))
    }

    /// Whether the verb at `vs..ve`, right after an actor's noun and followed by a
    /// preposition (not "by"), is a reduced passive relative on that noun: a later finite
    /// verb of the clause has no subject of its own ("330 suspects arrested on kidnapping
    /// charges were sentenced": no one named arrested them). So is one followed by "to be"
    /// before the clause's finite verb ("40 women considered to be trafficking victims have
    /// been rescued").
    fn reduced_passive_of_actor(&self, vs: usize, ve: usize) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        let Some(a) = &self.syntax else {
            return false;
        };
        let to_be = tokens.get(ve).is_some_and(|t| t.norm == "TO")
            && tokens.get(ve + 1).is_some_and(|t| t.norm == "BE");
        // (A verb of sending someone somewhere takes "to" as only a passive can: "four
        // Honduran traffickers extradited to the United States have signaled".)
        let sent_to = tokens.get(vs + 1).is_some_and(|t| t.norm == "TO")
            && [
                "EXTRADITED",
                "DEPORTED",
                "EXPELLED",
                "TRANSFERRED",
                "REPATRIATED",
                "SENTENCED",
                "HANDED",
            ]
            .contains(&tokens[vs].norm.as_str());
        if vs == 0
            || !matches!(tags.get(vs), Some(T::VBD | T::VBN))
            || !matches!(tags.get(vs - 1), Some(T::NN | T::NNS | T::NNPS))
            || self.units.group_of[vs - 1].is_none()
        {
            return false;
        }
        let Some(&vp) = a.chunk_of.get(vs) else {
            return false;
        };
        let finite = |c: &&dyad_pos::chunk::Chunk| {
            matches!(
                tags.get(c.start),
                Some(T::VBD | T::VBZ | T::VBP | T::MD)
            )
            // (the tagger reads Brown's present "have" as a base form)
            || (tags.get(c.start) == Some(&T::VB)
                && matches!(tokens[c.start].norm.as_str(), "HAVE" | "ARE"))
        };
        let plain = |from: usize, to: usize| {
            (from..to).all(|k| {
                !matches!(
                    tokens[k].norm.as_str(),
                    "," | ";" | "AND" | "OR" | "BUT" | "THAT" | "AS"
                ) && !SUBORDINATORS.contains(&tokens[k].norm.as_str())
                    && !tags.get(k).is_some_and(|t| {
                        t.is_verb() || matches!(t, T::MD | T::WDT | T::WP | T::WRB)
                    })
            })
        };
        if to_be || sent_to {
            // (the finite verb after the phrase "to" takes, whatever subject the parse gives it)
            return a
                .verbs
                .iter()
                .filter(|v| v.chunk > vp)
                .map(|v| &a.chunks[v.chunk])
                .find(finite)
                .is_some_and(|c| plain(if to_be { ve + 2 } else { vs + 2 }, c.start));
        }
        if tags.get(ve) != Some(&T::IN)
            // (not a preposition an intransitive verb takes: "workers clashed with police")
            || matches!(
                tokens[ve].norm.as_str(),
                "BY" | "WITH" | "AGAINST" | "INTO" | "TO" | "FROM" | "OVER"
            )
        {
            return false;
        }
        // (Also in an apposition set off by commas: "The case of Facundo Cabral, an Argentine
        // folk singer murdered in Guatemala in 2011, has drawn attention".)
        let noun_start = a.chunk_of.get(vs - 1).map(|&n| a.chunks[n].start);
        let appositive = noun_start.is_some_and(|s| s > 0 && tokens[s - 1].norm == ",");
        // (The finite verb's subject, if the analysis found one, is the phrase the apposition
        // follows: "The case …, an Argentine folk singer murdered …, has drawn".)
        a.verbs
            .iter()
            .filter(|v| {
                v.chunk > vp
                    && v.subject.is_none_or(|s| {
                        appositive && noun_start.is_some_and(|n| a.chunks[s].end < n)
                    })
            })
            .map(|v| &a.chunks[v.chunk])
            .find(finite)
            .is_some_and(|c| {
                plain(ve, c.start)
                    || (appositive && tokens[c.start - 1].norm == "," && plain(ve, c.start - 1))
            })
    }

    /// Whether the verb at `vs` is a participle right after a plain noun naming no actor, which
    /// it modifies ("the growth figures released yesterday indicated …"): no one acts.
    /// (The tagger reads many a past tense after its subject as a participle — "the committee
    /// called on banks" —: only one the sentence's own finite verb follows, and no "by" agent.)
    fn participle_of_plain_noun(&self, vs: usize) -> bool {
        use dyad_pos::Tag as T;
        let tags = &self.rec.tags;
        let time = |w: &str| {
            matches!(
                w,
                "YESTERDAY" | "TODAY" | "TONIGHT" | "WEEK" | "MONTH" | "YEAR" | "DAY" | "NIGHT"
            )
        };
        let plain = |k: usize| {
            matches!(tags.get(k), Some(T::NN | T::NNS))
                && !self.tokens[k].capitalized
                && !time(&self.tokens[k].norm)
                && self.units.group_of[k].is_none()
                && self.rec.mark_of[k].is_none()
        };
        // (A present participle right after a preposition's plain noun modifies it: "a
        // departure point for drugs heading to the United States" — no one heads anywhere.
        // Not an act's noun, whose doer is another's: "claimed attacks targeting troops".)
        let in_phrase = vs > 1
            && tags.get(vs) == Some(&T::VBG)
            && plain(vs - 1)
            && !matches!(
                self.tokens[vs - 1].norm.as_str(),
                "ATTACK"
                    | "ATTACKS"
                    | "STRIKE"
                    | "STRIKES"
                    | "AIRSTRIKES"
                    | "RAID"
                    | "RAIDS"
                    | "OPERATION"
                    | "OPERATIONS"
                    | "BOMBING"
                    | "BOMBINGS"
                    | "ASSAULT"
                    | "ASSAULTS"
                    | "OFFENSIVE"
                    | "CAMPAIGN"
                    | "SHELLING"
                    | "MISSION"
                    | "MISSIONS"
                    | "PROTEST"
                    | "PROTESTS"
                    | "SANCTIONS"
                    | "MEASURES"
                    | "LAW"
                    | "LAWS"
                    | "RESOLUTION"
                    | "LEGISLATION"
            )
            && !crate::clauses::TIME_NOUNS.contains(&self.tokens[vs - 1].norm.as_str())
            && (0..vs - 1)
                .rev()
                .find(|&k| {
                    !matches!(tags.get(k), Some(T::NN | T::NNS | T::JJ | T::DT | T::CD))
                        || self.units.group_of[k].is_some()
                })
                // (not "with" and its noun doing the act: "with each side blaming the
                // other", "with government sources threatening")
                .is_some_and(|k| {
                    tags.get(k) == Some(&T::IN)
                        && !matches!(self.tokens[k].norm.as_str(), "THAT" | "WITH")
                });
        in_phrase
            || vs > 0
            && tags.get(vs) == Some(&T::VBN)
            && matches!(tags.get(vs - 1), Some(T::NN | T::NNS))
            && !self.tokens[vs - 1].capitalized
            && !time(&self.tokens[vs - 1].norm)
            && self.units.group_of[vs - 1].is_none()
            && self.rec.mark_of[vs - 1].is_none()
            // (With its agent it is a thing's background: "despite misgivings expressed by
            // the US Embassy", "armored vehicles donated by Washington".)
            && (self.tokens.get(vs + 1).is_some_and(|t| t.norm == "BY")
                || (vs + 1..self.attribution_comma.unwrap_or(self.tokens.len()))
                .take_while(|&k| !matches!(self.tokens[k].norm.as_str(), ";" | ":"))
                .any(|k| {
                    matches!(tags.get(k), Some(T::VBD | T::VBZ | T::VBP | T::MD))
                        // (not a relative clause's: "the committee of banks which has
                        // coordinated …")
                        && !(vs + 1..k).rev().take(2).any(|j| {
                            matches!(self.tokens[j].norm.as_str(), "WHICH" | "WHO" | "THAT")
                        })
                }))
    }

    /// Whether the analysis gives the verb at `vs` a subject right before it that is a plain
    /// noun phrase naming no actor: a common noun heads it (not a pronoun, a name, a number
    /// or a quantity whose "of" phrase names who acts: "thousands of Syrians").
    fn actorless_subject(&self, vs: usize) -> bool {
        let Some((a, vp, c)) = self.subject_chunk(vs) else {
            return false;
        };
        let np = &a.chunks[c];
        let head = np.head;
        // (Not the last of a list: "the United States, India and other governments have
        // sent", "aircraft, helicopters, and vessels are giving".)
        // (A comma after a prepositional phrase before a name is no list's: "Before leaving
        // for Beijing on Thursday, Smithers criticized …". Before a common noun, the phrase
        // may say whose it is: "In Mexico, police killed …".)
        // (A plural name only mid-sentence after a word or a comma: "BELFAST - Mourners
        // clashed" opens with a common noun.)
        let name = (np.start..np.end).all(|k| {
            let plural_name = self.rec.tags.get(k) == Some(&dyad_pos::Tag::NNPS)
                && k > 0
                && matches!(self.tokens[k - 1].kind, TokenKind::Word | TokenKind::Comma);
            (self.rec.tags.get(k) == Some(&dyad_pos::Tag::NNP) || plural_name)
                && self.tokens[k].capitalized
        });
        // (A verb coordinated with an earlier one after a name shares that name as its
        // subject and is read from the first: "Smithers was scheduled to give a speech … and
        // meet with dissidents".)
        let vp = if name && self.config.every_verb {
            a.verbs
                .iter()
                .filter(|v| v.subject == Some(c) && v.chunk < vp)
                .map(|v| v.chunk)
                .min()
                .filter(|&first| {
                    (a.chunks[first].end..a.chunks[vp].start)
                        .any(|k| matches!(self.tokens[k].norm.as_str(), "AND" | "OR"))
                })
                .unwrap_or(vp)
        } else {
            vp
        };
        // (A comma closing an opening subordinate clause lists nothing: "After Don Berna was
        // extradited to the United States, various factions of the Oficina fought …".)
        let opening_clause_comma = np.start > 1
            && self.config.every_verb
            && SUBORDINATORS.contains(&self.tokens[0].norm.as_str())
            && (1..np.start - 1).all(|k| self.tokens[k].kind != TokenKind::Comma)
            // (not an organ the dictionaries name, whose country the context gives: "After
            // a yearlong investigation, authorities made the first arrests")
            && (np.start..np.end).all(|k| self.rec.mark_of[k].is_none());
        let listed = self.tokens[np.start].norm == "OTHER"
            || (np.start > 0
                && (matches!(self.tokens[np.start - 1].norm.as_str(), "AND" | "OR")
                    || (self.tokens[np.start - 1].kind == TokenKind::Comma
                        && !opening_clause_comma
                        && !(name
                            && np.start >= 2
                            && a.chunk_of.get(np.start - 2).is_some_and(|&x| {
                                a.chunks[x].kind == dyad_pos::chunk::ChunkKind::PP
                            })))));
        // (Nor a time: "airstrikes this month in the area have killed".)
        let time = matches!(
            self.tokens[head].norm.as_str(),
            "DAY"
                | "DAYS"
                | "WEEK"
                | "WEEKS"
                | "MONTH"
                | "MONTHS"
                | "YEAR"
                | "YEARS"
                | "WEEKEND"
                | "MORNING"
                | "AFTERNOON"
                | "EVENING"
                | "NIGHT"
                | "TIME"
                | "TODAY"
                | "YESTERDAY"
                | "TONIGHT"
        ) || matches!(
            self.tokens[np.start].norm.as_str(),
            "THIS" | "LAST" | "NEXT" | "EARLIER" | "LATER"
        );
        // (The subject of a relative clause's list of verbs, reached over "that" and the
        // verbs before.)
        // (Its prepositional phrases may stand before the pronoun: "a trade deficit with
        // Japan which hit 58 billion".)
        let relative_list = a.chunks[c + 1..vp]
            .iter()
            .find(|x| x.kind != dyad_pos::chunk::ChunkKind::PP)
            .is_some_and(|x| {
                x.kind == dyad_pos::chunk::ChunkKind::O
                    && matches!(self.tokens[x.start].norm.as_str(), "THAT" | "WHICH")
            });
        let relative_and = vp > c + 1 && {
            let x = &a.chunks[vp - 1];
            x.kind == dyad_pos::chunk::ChunkKind::O
                && (x.start..x.end).any(|k| matches!(self.tokens[k].norm.as_str(), "AND" | "OR"))
                // (not after a comma, which joins the main clause's verbs: "denied charges he
                // ran a squad that killed officials, and accused the government")
                && (x.start.saturating_sub(1)..x.end)
                    .all(|k| self.tokens[k].kind != TokenKind::Comma)
        };
        // (A reduced relative between the subject and its verb: "the companies exporting
        // the wood denied", its participle and the phrases after it; not a passive one
        // naming its agent, who acts through the subject: "the missiles fired by the
        // Israeli military struck".)
        let reduced = c + 1 < vp
            && !a.chunks[c + 2..vp]
                .iter()
                .any(|y| self.tokens[y.start].norm == "BY")
            && {
                let x = &a.chunks[c + 1];
                x.kind == dyad_pos::chunk::ChunkKind::VP
                    && x.start == x.head
                    && matches!(
                        self.rec.tags.get(x.head),
                        Some(dyad_pos::Tag::VBG | dyad_pos::Tag::VBN)
                    )
                    && a.chunks[c + 2..vp].iter().all(|y| {
                        matches!(
                            y.kind,
                            dyad_pos::chunk::ChunkKind::NP | dyad_pos::chunk::ChunkKind::PP
                        )
                    })
            };
        // (A parenthetical between dashes or brackets, after the subject's prepositional
        // phrases: "The smuggler -- who made trips to Mexico -- recruited workers".)
        let delimiter = |x: &dyad_pos::chunk::Chunk, open: bool| {
            x.kind == dyad_pos::chunk::ChunkKind::O
                && x.end == x.start + 1
                && (self.tokens[x.start].kind == TokenKind::Dash
                    || self.tokens[x.start].kind
                        == if open {
                            TokenKind::Open
                        } else {
                            TokenKind::Close
                        })
        };
        // (An apposition between commas that names no actor: "Yanilda Gonzalez, an
        // assistant professor at the University of Chicago, examines …".)
        let comma = |x: &dyad_pos::chunk::Chunk| {
            x.kind == dyad_pos::chunk::ChunkKind::O
                && x.end == x.start + 1
                && self.tokens[x.start].kind == TokenKind::Comma
        };
        let apposition = self.config.every_verb
            && c + 3 <= vp
            && comma(&a.chunks[c + 1])
            && comma(&a.chunks[vp - 1])
            && a.chunks[c + 2].kind == dyad_pos::chunk::ChunkKind::NP
            && a.chunks[c + 2..vp - 1].iter().all(|x| {
                matches!(
                    x.kind,
                    dyad_pos::chunk::ChunkKind::NP | dyad_pos::chunk::ChunkKind::PP
                )
            })
            && (a.chunks[c + 1].start..a.chunks[vp - 1].end)
                .all(|k| self.units.group_of[k].is_none() && self.rec.mark_of[k].is_none());
        let parenthetical = c + 2 < vp
            && a.chunks[c + 1..vp]
                .iter()
                .find(|x| x.kind != dyad_pos::chunk::ChunkKind::PP)
                .is_some_and(|x| delimiter(x, true))
            && delimiter(&a.chunks[vp - 1], false)
            && a.chunks[c + 1..vp]
                .iter()
                .any(|x| x.kind == dyad_pos::chunk::ChunkKind::VP)
            // (a relative clause, not an apposition saying who the subject is)
            && a.chunks[c + 1..vp]
                .iter()
                .find(|x| {
                    x.kind != dyad_pos::chunk::ChunkKind::PP
                        && !matches!(self.tokens[x.start].kind, TokenKind::Dash | TokenKind::Open)
                })
                .is_some_and(|x| {
                    matches!(
                        self.tokens[x.start].norm.as_str(),
                        "WHO" | "WHICH" | "WHOSE" | "WHOM"
                    )
                });
        np.kind == dyad_pos::chunk::ChunkKind::NP
            && !listed
            && !time
            && c < vp
            && (reduced
                || parenthetical
                || apposition
                || a.chunks[c + 1..vp].iter().all(|x| {
                    x.kind == dyad_pos::chunk::ChunkKind::PP
                    // (a relative pronoun and the verbs of a list before it: "a network that
                    // transported, stored and distributed weapons")
                    || (relative_list
                        && (x.kind == dyad_pos::chunk::ChunkKind::VP
                            // (and their objects, naming no actor, before "and": "a trade
                            // war that has rattled markets and weighed on the economy")
                            || (relative_and
                                && x.kind == dyad_pos::chunk::ChunkKind::NP
                                && (x.start..x.end).all(|k| self.units.group_of[k].is_none()))
                            || (x.kind == dyad_pos::chunk::ChunkKind::O
                                && (x.start..x.end).all(|k| {
                                    matches!(
                                        self.tokens[k].norm.as_str(),
                                        "THAT" | "WHICH" | "," | "AND" | "OR"
                                    )
                                }))))
                }))
            && self.group_in(np.start, np.end).is_none()
            && (np.start..np.end).all(|k| self.units.group_of[k].is_none())
            && (matches!(
                self.rec.tags.get(head),
                Some(dyad_pos::Tag::NN | dyad_pos::Tag::NNS)
            ) || (self.config.every_verb
                // (as is a gerund after its determiner: "argued that the drilling would hurt")
                // (the chunk's head stays on the determiner: no noun in it)
                && np.start + 1 < np.end
                && self.rec.tags.get(np.end - 1) == Some(&dyad_pos::Tag::VBG)
                && self.rec.tags.get(np.start) == Some(&dyad_pos::Tag::DT))
                || (self.config.every_verb
                // (A bare number or quantity is no actor either: "arrested 3,896 people, while
                // 528 surrendered", "while many surrendered".)
                && np.start == head
                // (not a part of those its "of" names: "Most of Brazil's bankworkers began")
                && self.tokens.get(np.end).is_none_or(|t| t.norm != "OF")
                && (self.rec.tags.get(head) == Some(&dyad_pos::Tag::CD)
                    || matches!(
                        self.tokens[head].norm.as_str(),
                        "MANY" | "SEVERAL" | "SOME" | "MOST" | "FEW" | "DOZENS" | "HUNDREDS"
                    )))
                || (self.config.every_verb
                // (A person's name the dictionaries do not know is someone else: "Bush was
                // scheduled to … meet with dissidents", not Beijing before it.)
                // (The tagger may read a name ending in -s as a plural one: "Smithers".)
                && name
                // (Not a body the parse cut from its name: "the European Union (EU) Council".)
                && !matches!(
                    self.tokens[head].norm.as_str(),
                    "COUNCIL"
                        | "PARLIAMENT"
                        | "COMMISSION"
                        | "COMMITTEE"
                        | "CONGRESS"
                        | "SENATE"
                        | "ASSEMBLY"
                        | "MINISTRY"
                        | "DEPARTMENT"
                        | "GOVERNMENT"
                        | "ARMY"
                        | "POLICE"
                        | "COURT"
                        | "AGENCY"
                        | "OFFICE"
                        | "UNION"
                        | "PARTY"
                        | "FORCES"
                        | "BANK"
                )
                && !(np.start > 0 && self.tokens[np.start - 1].kind == TokenKind::Close)
                // (Nor a name with its title or right after its actor, past other names and
                // quotes: "President Porfirio Lobo", "the United Nations Special Rapporteur …
                // Najay Maalla M'jid", "Mexican drug lord Joaquin "El Chapo" Guzman".)
                && !{
                    let mut from = np.start;
                    while from > 0
                        && (self.tokens[from - 1].kind == TokenKind::Quote
                            || (self.rec.tags.get(from - 1) == Some(&dyad_pos::Tag::NNP)
                                && self.units.group_of[from - 1].is_none()
                                && self.rec.mark_of[from - 1].is_none()))
                    {
                        from -= 1;
                    }
                    (from.saturating_sub(1)..np.end).any(|k| {
                        self.units.group_of[k].is_some() || self.rec.mark_of[k].is_some()
                    })
                }))
            && !matches!(
                self.tokens[head].norm.as_str(),
                "THOUSANDS"
                    | "HUNDREDS"
                    | "DOZENS"
                    | "MILLIONS"
                    | "SCORES"
                    | "MEMBERS"
                    | "SUPPORTERS"
                    | "GROUP"
                    | "GROUPS"
                    | "MAJORITY"
                    | "REST"
                    | "PART"
                    | "NUMBER"
                    | "HEAD"
                    | "LEADER"
                    | "LEADERS"
                    | "DELEGATION"
                    | "REPRESENTATIVES"
                    | "UNITS"
                    | "COALITION"
                    | "ALLIANCE"
            )
            // (Nor one who speaks or acts for the body its "for" or "of" names: "a
            // spokesman for the Iranian Foreign Ministry condemned".)
            && !(matches!(
                self.tokens[head].norm.as_str(),
                "SPOKESMAN"
                    | "SPOKESMEN"
                    | "SPOKESWOMAN"
                    | "SPOKESWOMEN"
                    | "SPOKESPERSON"
                    | "SPOKESPERSONS"
                    | "SPOKESPEOPLE"
                    | "REPRESENTATIVE"
                    | "ENVOY"
                    | "ENVOYS"
            ) && self
                .tokens
                .get(np.end)
                .is_some_and(|t| matches!(t.norm.as_str(), "FOR" | "OF"))
                // (a subject, not a predicate: "is likely representative of the gangs")
                && (np.start == 0
                    || !self
                        .rec
                        .tags
                        .get(np.start - 1)
                        .is_some_and(|t| t.is_verb() || t.is_adverb()))
                && a.chunk_of.get(np.end).is_some_and(|&x| {
                    let pp = &a.chunks[x];
                    pp.kind == dyad_pos::chunk::ChunkKind::PP
                        && (pp.start..pp.end).any(|k| self.units.group_of[k].is_some())
                }))
            // (Nor a polity named after its "of": "the state of Veracruz accused".)
            && !(matches!(
                self.tokens[head].norm.as_str(),
                "STATE"
                    | "CITY"
                    | "CAPITAL"
                    | "PROVINCE"
                    | "REGION"
                    | "TOWN"
                    | "MUNICIPALITY"
                    | "REPUBLIC"
                    | "KINGDOM"
            ) && self.tokens.get(np.end).is_some_and(|t| t.norm == "OF")
                && self.units.group_of.get(np.end + 1).is_some_and(|g| g.is_some()))
    }

    /// Passive voice: "X was attacked by Y". Whether the verb at `vs..ve` of clause
    /// `cs..ce` is passive, and the actor after its "by".
    fn passive_voice(&self, cs: usize, ce: usize, vs: usize, ve: usize) -> (bool, Option<u32>) {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        // A form of BE, then at most one auxiliary or a few adverbs ("was heavily and
        // unjustly criticized"), then a participle (by its ending, or by the tagger for
        // irregular ones: "was shot").
        let participle = tokens[vs].norm.ends_with("ED")
            || tokens[vs].norm.ends_with("EN")
            || rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN);
        // A reduced relative is passive too: "soldiers, supported by allied fighters, …",
        // "rebels backed by Russia".
        // (The tagger may read it as a past tense: "soldiers, supported by …".)
        // (Past adverbs after the comma: "…, largely dominated by U.S. companies".)
        let pv = if config.every_verb && !self.tabari {
            (cs..vs)
                .rev()
                .find(|&k| rec.tags.get(k) != Some(&dyad_pos::Tag::RB))
                .unwrap_or(vs.saturating_sub(1))
        } else {
            vs.saturating_sub(1)
        };
        let reduced = (rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)
            || (rec.tags.get(vs) == Some(&dyad_pos::Tag::VBD)
                && vs > cs
                && tokens[pv].norm == ","))
            && vs > cs
            && (tokens.get(ve).is_some_and(|t| t.norm == "BY")
                // (or a list of participles before the "by": "migrants detained and
                // deported by the Mexican government")
                || (config.every_verb
                    && !self.tabari
                    && tokens
                        .get(ve)
                        .is_some_and(|t| matches!(t.norm.as_str(), "AND" | "OR"))
                    && rec.tags.get(ve + 1) == Some(&dyad_pos::Tag::VBN)
                    && tokens.get(ve + 2).is_some_and(|t| t.norm == "BY")))
            && if tokens[pv].norm == "," {
                pv > cs && rec.tags.get(pv - 1).is_some_and(|t| t.is_noun())
            } else {
                // (after its noun, in news mode an actor's: "Kurdish rebels backed by Russia",
                // "Activists arrested by Chinese police were released"; a thing's is a
                // background: "armored vehicles donated by Washington")
                rec.tags.get(vs - 1).is_some_and(|t| t.is_noun())
                    && ((vs >= cs + 2 && rec.tags.get(vs - 2).is_some_and(|t| t.is_noun()))
                        || (config.every_verb
                            && !self.tabari
                            && self.units.group_of[vs - 1].is_some()))
            };
        // News mode: a participle set off by commas after a noun, with no object, before the
        // main clause's finite verb, is a reduced relative on that noun even with no "by":
        // what was done to it ("Eighteen Italian fishermen, held captive in Libya for more
        // than 100 days, have been freed").
        let bracketed = config.every_verb
            && !self.tabari
            && vs > cs + 1
            && tokens[pv].norm == ","
            && pv > cs
            && rec.tags.get(pv - 1).is_some_and(|t| t.is_noun())
            && self.units.group_of[pv - 1].is_some()
            && matches!(
                rec.tags.get(vs),
                Some(dyad_pos::Tag::VBN | dyad_pos::Tag::VBD)
            )
            && {
                // (past an adjective the verb takes: "held captive in Libya")
                let adjective = rec.tags.get(ve).is_some_and(|t| t.is_adjective());
                let next = ve + usize::from(adjective);
                rec.tags
                    .get(next)
                    .is_some_and(|t| matches!(t, dyad_pos::Tag::IN | dyad_pos::Tag::RB))
                    // (a clause after the verb makes it finite: "CFTC, recommended that")
                    && !matches!(tokens[next].norm.as_str(), "THAT" | "IF" | "WHETHER")
            }
            // (With an agent named by "by" it is the reading above, or background: "the
            // report, released on November 9 by Global Witness".)
            // (Not one of a clause after it: "asked at a news conference if intervention by
            // central banks was sufficient".)
            && (ve..ce)
                .take_while(|&k| {
                    !matches!(tokens[k].norm.as_str(), "," | "IF" | "WHETHER" | "THAT")
                        && !rec.tags.get(k).is_some_and(|t| t.is_verb())
                })
                .all(|k| tokens[k].norm != "BY")
            && (ve..ce).any(|k| {
                tokens[k].norm == ","
                    // (the tagger reads Brown's "have" as a base form)
                    && rec.tags.get(k + 1).is_some_and(|t| {
                        matches!(
                            t,
                            dyad_pos::Tag::VBZ
                                | dyad_pos::Tag::VBP
                                | dyad_pos::Tag::VBD
                                | dyad_pos::Tag::VB
                                | dyad_pos::Tag::MD
                        )
                    })
            });
        // News mode: a participle right after a subordinator is a passive with its subject
        // left out ("he was in Amsterdam when arrested", "if convicted").
        let elliptic = config.every_verb
            && !self.tabari
            && vs > 0
            && rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)
            && matches!(
                tokens[vs - 1].norm.as_str(),
                "WHEN" | "WHILE" | "IF" | "ONCE" | "UNTIL" | "UNLESS" | "THOUGH" | "ALTHOUGH"
            );
        // News mode: a participle after "with" and its noun phrase, with no agent after it, is
        // a passive on that noun phrase that names no one who acted ("with motorists offered
        // weekly charges", "with the substances seized highlighting …"). (With an agent it
        // stays as it was read: "with equipment provided by an unregulated unit" is
        // background.)
        let with_absolute = config.every_verb
            && !self.tabari
            && vs > 1
            && tokens.get(ve).is_none_or(|t| t.norm != "BY")
            && matches!(
                rec.tags.get(vs),
                Some(dyad_pos::Tag::VBN | dyad_pos::Tag::VBD)
            )
            && rec.tags.get(vs - 1).is_some_and(|t| t.is_noun())
            && (cs..vs - 1)
                .rev()
                .take(6)
                .find(|&k| {
                    self.units.group_of[k].is_none()
                        && !rec.tags.get(k).is_some_and(|t| {
                            t.is_noun()
                                || t.is_adjective()
                                || matches!(t, dyad_pos::Tag::DT | dyad_pos::Tag::CD)
                        })
                })
                .is_some_and(|k| {
                    tokens[k].norm == "WITH"
                        // (a participle, not the finite verb of a subject the phrase is in:
                        // "business leaders attending a meeting with President Sarney called
                        // on …" — a past form only after a "with" that opens the clause or
                        // follows a comma or dash)
                        && (rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)
                            || k == cs
                            || matches!(
                                tokens[k - 1].kind,
                                TokenKind::Comma | TokenKind::Dash
                            ))
                });
        // News mode: a participle joined by "and" to a reduced relative on a noun is one
        // too ("individuals linked to gangs and accused of interfering": no one named
        // accused them).
        let coordinated_reduced = config.every_verb
            && !self.tabari
            && vs > cs + 2
            && rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)
            && matches!(tokens[vs - 1].norm.as_str(), "AND" | "OR")
            && (cs..vs - 1)
                .rev()
                .take(6)
                .find(|&k| {
                    !rec.tags.get(k).is_some_and(|t| {
                        t.is_noun()
                            || t.is_adjective()
                            || matches!(
                                t,
                                dyad_pos::Tag::DT
                                    | dyad_pos::Tag::CD
                                    | dyad_pos::Tag::IN
                                    | dyad_pos::Tag::TO
                                    | dyad_pos::Tag::PRPS
                            )
                    })
                })
                .is_some_and(|p| {
                    p > cs
                        && rec.tags.get(p) == Some(&dyad_pos::Tag::VBN)
                        && rec.tags.get(p - 1).is_some_and(|t| t.is_noun())
                });
        let bracketed_only = bracketed && !reduced;
        let passive = reduced
            || bracketed
            || elliptic
            || with_absolute
            || coordinated_reduced
            || participle && {
                let mut k = vs;
                let mut skipped = 0;
                loop {
                    if k == cs || skipped > 4 {
                        break false;
                    }
                    k -= 1;
                    let w = tokens[k].norm.as_str();
                    if BE.contains(&w) {
                        // (Past a comma, not the "be" of a relative clause: "where the
                        // meeting was held, served as mediators".)
                        let crossed = (k..vs).any(|q| tokens[q].kind == TokenKind::Comma);
                        let relative = crossed
                            && (cs..k)
                                .rev()
                                .take_while(|&q| tokens[q].kind != TokenKind::Comma)
                                .any(|q| {
                                    matches!(
                                        tokens[q].norm.as_str(),
                                        "WHERE"
                                            | "WHICH"
                                            | "WHO"
                                            | "WHOM"
                                            | "WHOSE"
                                            | "WHEN"
                                            | "THAT"
                                    )
                                });
                        break !relative;
                    }
                    // (Other participles of the chain too: "were found shot and killed",
                    // outside TABARI's reading.)
                    // (And an opening quotation mark: "is \"practically neutralized\"".)
                    let adverb = w.ends_with("LY")
                        || (!self.tabari && tokens[k].kind == TokenKind::Quote)
                        || w == "AND"
                        || w == "BEING"
                        || rec.tags.get(k).is_some_and(|t| {
                            *t == dyad_pos::Tag::RB
                                // ("were later both arrested")
                                || (*t == dyad_pos::Tag::RBR && config.every_verb)
                        })
                        || (!self.tabari
                            && config.every_verb
                            && (matches!(tokens[k + 1].norm.as_str(), "AND" | "OR")
                                || (tokens[k + 1].norm == ","
                                    && rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)))
                            && rec.tags.get(k).is_some_and(|t| {
                                matches!(t, dyad_pos::Tag::VBN | dyad_pos::Tag::VBD)
                            }));
                    if !(adverb || skipped == 0) {
                        break false;
                    }
                    skipped += 1;
                }
            };
        // News mode: "was tortured and killed", "was arrested and swiftly deported": a
        // participle coordinated with a passive verb, and a reduced relative before the
        // finite verb ("most of the people arrested were couriers"), as the analysis reads
        // them.
        // (Only a participle standing alone: "are concerned" is an adjective's phrase the
        // dictionary codes whole.)
        let passive = passive
            || (config.every_verb
                && !self.tabari
                && vs > 0
                && self.syntax.as_ref().is_some_and(|a| {
                    a.chunk_of
                        .get(vs)
                        .and_then(|&vp| a.verbs.iter().find(|v| v.chunk == vp))
                        .is_some_and(|v| {
                            let c = &a.chunks[v.chunk];
                            v.passive
                                && (matches!(tokens[vs - 1].norm.as_str(), "AND" | "OR")
                                    || (c.head == vs
                                        && (c.start..vs)
                                            .all(|k| rec.tags.get(k) == Some(&dyad_pos::Tag::RB))))
                        })
                }));
        // (News mode: not past another finite verb, whose agent it is: "the civilians
        // imprisoned for acting against Moscow were released by Putin".)
        // (A past form after "and" or a comma may be a participle the tagger read as a
        // past: "was attacked and killed by rebels".)
        let finite_at = |k: usize| {
            config.every_verb
                && !self.tabari
                && match rec.tags.get(k) {
                    Some(dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP | dyad_pos::Tag::MD) => true,
                    Some(dyad_pos::Tag::VBD) => {
                        !(k > 0
                            && matches!(tokens[k - 1].norm.as_str(), "AND" | "OR" | ",")
                            && tokens[k].norm.ends_with("ED"))
                    }
                    _ => false,
                }
        };
        // (Nor the agent of a noun of an act before it: "was lifted following attacks by Boko
        // Haram on Nigerian villages" names no one who lifted it.)
        let nominal_agent = |k: usize| {
            config.every_verb
                && !self.tabari
                && k > ve
                && rec.nominals.iter().any(|&(n, _)| n + 1 == k)
        };
        // (Nor the agent of a common noun after a preposition of time or concession: "would
        // be imposed as scheduled, despite an all-out effort by Japan to avoid them".)
        let noun_after_preposition = |k: usize| {
            config.every_verb
                && !self.tabari
                && k > ve + 1
                && rec
                    .tags
                    .get(k - 1)
                    .is_some_and(|t| matches!(t, dyad_pos::Tag::NN | dyad_pos::Tag::NNS))
                // (a span of time is no act: "was quelled after 25 minutes by its own security
                // staff")
                && !super::TIME_NOUNS.contains(&tokens[k - 1].norm.as_str())
                && (ve..k - 1)
                    .rev()
                    .take_while(|&q| {
                        tokens[q].kind != TokenKind::Comma
                            && !rec.tags.get(q).is_some_and(|t| t.is_verb())
                    })
                    .any(|q| {
                        matches!(
                            tokens[q].norm.as_str(),
                            "DESPITE" | "AMID" | "AFTER" | "FOLLOWING" | "BEFORE" | "DURING"
                        )
                    })
        };
        let by_group = if passive && !bracketed_only {
            (ve..ce)
                .take_while(|&k| !finite_at(k))
                .find(|&k| tokens[k].norm == "BY")
                .filter(|&k| !nominal_agent(k) && !noun_after_preposition(k))
                // (Nor that of another participle past a comma: "was given to Mexico,
                // followed by Venezuela".)
                // (Nor that of a participle modifying a noun after the verb: "was arrested on
                // a warrant issued by a US judge".)
                .filter(|&k| {
                    !(config.every_verb
                        && !self.tabari
                        && k > ve + 1
                        && rec.tags.get(k - 1).is_some_and(|t| t.is_verb())
                        && ((ve..k - 1).any(|q| tokens[q].kind == TokenKind::Comma)
                            || (rec.tags.get(k - 1) == Some(&dyad_pos::Tag::VBN)
                                && rec.tags.get(k - 2).is_some_and(|t| t.is_noun()))))
                })
                .and_then(|k| {
                    self.group_starting(k + 1).or_else(|| {
                        // News mode: a modifier or two may come first ("supported by
                        // allied fighters").
                        (config.every_verb && !self.tabari)
                            .then(|| {
                                (k + 2..(k + 4).min(ce))
                                    .take_while(|&q| {
                                        rec.tags.get(q - 1).is_some_and(|t| {
                                            t.is_adjective()
                                                || matches!(
                                                    t,
                                                    dyad_pos::Tag::DT | dyad_pos::Tag::CD
                                                )
                                        })
                                    })
                                    .find_map(|q| self.group_starting(q))
                            })
                            .flatten()
                    })
                })
        } else {
            None
        };
        // News mode: a participle right after a noun and before BY whose agent is no actor
        // ("the number of civilians killed by police") is a passive with no one named: its
        // noun is what was acted on, never the source. (With an actor after BY the reading
        // stays as it was: a reduced relative on a thing — "a decree signed by Macri" — is
        // background, measured worse when read as an act.)
        if !passive
            && by_group.is_none()
            && config.every_verb
            && !self.tabari
            && vs > cs
            && rec.tags.get(vs) == Some(&dyad_pos::Tag::VBN)
            && tokens.get(ve).is_some_and(|t| t.norm == "BY")
            && rec.tags.get(vs - 1).is_some_and(|t| t.is_noun())
            && (ve + 1..(ve + 4).min(ce)).all(|q| self.units.group_of[q].is_none())
            // (Not armed forces "supported by soldiers", who go on to act.)
            && self.units.group_of[vs - 1].is_none_or(|g| !self.armed(g))
            && !matches!(
                tokens[vs - 1].norm.as_str(),
                "POLICE"
                    | "TROOPS"
                    | "SOLDIERS"
                    | "FORCES"
                    | "ARMY"
                    | "MILITARY"
                    | "MILITANTS"
                    | "REBELS"
                    | "FIGHTERS"
                    | "GUNMEN"
                    | "GUARDS"
                    | "OFFICERS"
                    | "AGENTS"
            )
        {
            return (true, None);
        }
        (passive, by_group)
    }

    /// News mode: the object of an act named by a noun ("a suicide attack on a convoy
    /// belonging to the Nato mission … has killed eight people") is not who acts next.
    /// Whether the verb phrase at `vs` opens a relative clause on the phrase ending at `e`:
    /// only a comma, the relative pronoun, adverbs and auxiliaries between them.
    fn relative_of(&self, e: usize, vs: usize) -> bool {
        let mut k = e;
        if self
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Comma)
        {
            k += 1;
        }
        k < vs
            && matches!(self.tokens[k].norm.as_str(), "WHO" | "WHICH" | "THAT")
            && (k + 1..vs).all(|j| {
                matches!(
                    self.rec.tags.get(j),
                    Some(dyad_pos::Tag::RB | dyad_pos::Tag::MD)
                ) || crate::is_be_or_have(&self.tokens[j].norm)
            })
    }

    /// The last comma in tokens `[from, to)`.
    fn last_comma(&self, from: usize, to: usize) -> Option<usize> {
        (from..to)
            .rev()
            .find(|&k| self.tokens[k].kind == TokenKind::Comma)
    }

    /// Whether tokens `t` lie in an apposition between commas that opens with "a", "an" or
    /// "the" right after an actor (named after `from`) and closes before `vs`.
    fn in_apposition(&self, from: usize, t: (usize, usize), vs: usize) -> bool {
        let tokens = self.tokens;
        let Some(open) = self.last_comma(from, t.0) else {
            return false;
        };
        open > from
            && tokens
                .get(open + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "A" | "AN" | "THE"))
            && self.units.group_of[open - 1].is_some()
            && (t.1..vs).any(|k| tokens[k].kind == TokenKind::Comma)
            && !(open + 1..t.0).any(|k| {
                self.rec.tags.get(k).is_some_and(|x| {
                    matches!(
                        x,
                        dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP
                    )
                })
            })
    }

    /// The actor a relative pronoun before the verb at `vs` stands for when the actor right
    /// before it, `g`, is a place in a phrase after another actor: "DEA agents in Colombia,
    /// who gave …" (the agents).
    fn antecedent_past_place(&self, g: u32, vs: usize) -> Option<u32> {
        let (tokens, units) = (self.tokens, self.units);
        let (s, e) = units.groups[g as usize].tokens;
        let between: Vec<&str> = tokens.get(e..vs)?.iter().map(|t| t.norm.as_str()).collect();
        if !matches!(
            between.as_slice(),
            [",", "WHO" | "WHICH"] | ["WHO" | "WHICH"]
        ) {
            return None;
        }
        let p = s.checked_sub(1)?;
        if !matches!(tokens[p].norm.as_str(), "IN" | "AT" | "NEAR" | "FROM") {
            return None;
        }
        // (Over the plain nouns the actor modifies: "DEA agents in Colombia".)
        let mut q = p.checked_sub(1)?;
        for _ in 0..2 {
            if units.group_of[q].is_some() || !self.rec.tags.get(q).is_some_and(|t| t.is_noun()) {
                break;
            }
            q = q.checked_sub(1)?;
        }
        let h = units.group_of.get(q).copied().flatten()?;
        (h != g).then_some(h)
    }

    /// News mode: whether "which" right after the bare place `g` (before the verb at `vs`)
    /// stands for the plain noun the place's phrase of location follows, not for the place:
    /// "the attack on a church during a mass in Pakistan's city of Quetta which killed nine
    /// people" (the attack killed; no actor named).
    fn place_before_relative(&self, g: u32, vs: usize) -> bool {
        let (tokens, units) = (self.tokens, self.units);
        let grp = &units.groups[g as usize];
        let (s, e) = grp.tokens;
        let bare = grp
            .members
            .iter()
            .all(|m| m.code.len() == 3 && m.agents.0.is_empty() && !m.reference);
        let between: Vec<&str> = match tokens.get(e..vs) {
            Some(t) => t.iter().map(|t| t.norm.as_str()).collect(),
            None => return false,
        };
        // (and the verbs joined to the relative's first: "which killed nine people and
        // injured 44 others")
        let relative = match between.as_slice() {
            [",", "WHICH", rest @ ..] | ["WHICH", rest @ ..] => !rest
                .iter()
                .any(|w| matches!(*w, "," | ";" | "WHO" | "WHICH" | "THAT")),
            _ => false,
        };
        if !bare || !relative {
            return false;
        }
        // (back over "the city of", "Pakistan's restive southwestern city of" to "in")
        let mut k = s;
        while k > 0 {
            let w = tokens[k - 1].norm.as_str();
            let skip = matches!(
                w,
                "THE"
                    | "OF"
                    | "CITY"
                    | "TOWN"
                    | "PROVINCE"
                    | "REGION"
                    | "STATE"
                    | "DISTRICT"
                    | "VILLAGE"
                    | "CAPITAL"
                    | "PORT"
                    | "DEPARTMENT"
                    | "MUNICIPALITY"
            ) || self
                .rec
                .tags
                .get(k - 1)
                .is_some_and(|t| t.is_adjective() || t.is_noun())
                || units.group_of[k - 1].is_some();
            if !skip {
                break;
            }
            k -= 1;
        }
        k > 1
            && k < s
            && matches!(tokens[k - 1].norm.as_str(), "IN" | "AT" | "NEAR")
            && self.rec.tags.get(k - 2).is_some_and(|t| t.is_noun())
            && units.group_of[k - 2].is_none()
    }

    /// Whether actor group `g` is named after "except", alone or in a list ("all members
    /// except Zaire and Australia"): it takes no part in the act.
    fn excepted(&self, g: u32) -> bool {
        let (tokens, units) = (self.tokens, self.units);
        let mut k = units.groups[g as usize].tokens.0;
        while k > 0 {
            k -= 1;
            match tokens[k].norm.as_str() {
                "EXCEPT" => return true,
                "AND" | "OR" | "," | "THE" => {}
                _ if units.group_of[k].is_some() => {}
                _ => return false,
            }
        }
        false
    }

    /// Whether tokens `t` are a place ("in", "at" or "near" before them) inside a relative
    /// clause between commas (", which …", ", who …"; opened after `from`) that closes
    /// before `vs`.
    fn place_in_relative(&self, from: usize, t: (usize, usize), vs: usize) -> bool {
        let tokens = self.tokens;
        let Some(open) = self.last_comma(from, t.0) else {
            return false;
        };
        let p = if t.0 > 1 && tokens[t.0 - 1].norm == "THE" {
            t.0 - 2
        } else {
            t.0 - 1
        };
        t.0 > 0
            && p > open
            && matches!(tokens[p].norm.as_str(), "IN" | "AT" | "NEAR")
            && tokens
                .get(open + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "WHICH" | "WHO" | "WHOSE" | "WHERE"))
            && (t.1..vs).any(|k| tokens[k].kind == TokenKind::Comma)
    }

    /// The dashes in tokens `[from, to)` that mark a parenthetical: a run of dashes ("--")
    /// counts once, and none inside brackets ("(Fuerzas Armadas … - FARC)").
    fn dash_marks(&self, from: usize, to: usize) -> usize {
        let tokens = self.tokens;
        let mut depth = 0i32;
        let mut marks = 0;
        for k in 0..to.min(tokens.len()) {
            match tokens[k].kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = (depth - 1).max(0),
                TokenKind::Dash
                    if k >= from
                        && depth == 0
                        && !(k > from && tokens[k - 1].kind == TokenKind::Dash) =>
                {
                    marks += 1;
                }
                _ => {}
            }
        }
        marks
    }

    fn nominal_object(&self, s: usize) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        config.every_verb
            && !self.tabari
            && rec.nominals.iter().any(|&(k, _)| {
                k + 1 < s
                    && matches!(tokens[k + 1].norm.as_str(), "ON" | "AGAINST")
                    && tokens[k + 1..s].iter().enumerate().all(|(x, t)| {
                        t.kind != TokenKind::Comma
                            && !matches!(
                                rec.tags.get(k + 1 + x),
                                Some(
                                    dyad_pos::Tag::VBD
                                        | dyad_pos::Tag::VBZ
                                        | dyad_pos::Tag::VBP
                                        | dyad_pos::Tag::MD
                                )
                            )
                    })
            })
    }

    /// The actors before the verb (from where its subordinate clause begins) and after it
    /// (to the clause's end `ce`), without those the pattern skipped and those that take no
    /// part in an event coded `c1`.
    fn actors_around(
        &self,
        vb: &Verb,
        ce: usize,
        des: &Designated,
        c1: &str,
    ) -> (Vec<u32>, Vec<u32>) {
        let Ctx {
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        let Verb { vs, ve, vcs, .. } = *vb;
        let before: Vec<u32> = (0..units.groups.len() as u32)
            .filter(|g| !des.skipped.contains(g))
            .filter(|&g| {
                let t = units.groups[g as usize].tokens;
                t.0 >= vcs && t.1 <= vs && (!config.comma_clauses || !self.gone[t.0])
            })
            // News mode: nor anyone named inside a parenthetical between dashes that closes
            // before the verb ("were sent to Madre de Dios -- a region bordering Brazil and
            // Bolivia -- to take part in …").
            // (Unless it is the apposition of a subject that names no actor: "Rudy Giuliani
            // -- the former New York City mayor … -- is offering".)
            .filter(|&g| {
                let t = units.groups[g as usize].tokens;
                let inside = config.every_verb
                    && !self.tabari
                    && tokens[vcs..t.0].iter().any(|x| x.kind == TokenKind::Dash)
                    && self.dash_marks(vcs, t.0) % 2 == 1
                    && self.dash_marks(t.1, vs) > 0;
                let apposition = || {
                    let Some(open) = (vcs..t.0).rev().find(|&k| {
                        tokens[k].kind == TokenKind::Dash
                            && tokens.get(k + 1).is_some_and(|n| n.kind != TokenKind::Dash)
                    }) else {
                        return false;
                    };
                    !matches!(
                        tokens.get(open + 1).map(|n| n.norm.as_str()),
                        Some("WHO" | "WHICH" | "WHOSE" | "INCLUDING" | "SUCH" | "FROM" | "MOST")
                    ) && !units
                        .groups
                        .iter()
                        .any(|o| o.tokens.0 >= vcs && o.tokens.1 <= open)
                        && (vcs..open).any(|k| self.rec.tags.get(k).is_some_and(|x| x.is_noun()))
                };
                !inside || apposition()
            })
            // News mode: nor anyone named in an apposition between commas ("…, a
            // two-decade-long US assistance program, …") after an actor of the clause, which
            // the apposition describes.
            .filter(|&g| {
                let t = units.groups[g as usize].tokens;
                !(config.every_verb && !self.tabari && self.in_apposition(vcs, t, vs))
            })
            // News mode: nor those excepted ("All ATPC members except Zaire and Australia
            // agreed").
            .filter(|&g| !(config.every_verb && !self.tabari && self.excepted(g)))
            // News mode: nor the press a statement is told to, in another verb's event
            // ("Monsod told Reuters Finance Secretary Jaime Ongpin had decided …").
            .filter(|&g| !self.press_told(g, vs))
            // News mode: nor a place named in a relative clause between commas that closes
            // before the verb ("The unit, which will have a branch in Los Angeles, will
            // provide …").
            .filter(|&g| {
                let t = units.groups[g as usize].tokens;
                !(config.every_verb && !self.tabari && self.place_in_relative(vcs, t, vs))
            })
            // News mode: nor is the source of a report before the verb ("According to El
            // Tiempo, police arrested …").
            .filter(|&g| {
                let t = units.groups[g as usize].tokens;
                // (Not for a verb inside the attribution itself: "according to Spanish
                // authorities, who coordinated the operation …".)
                !(config.every_verb
                    && !self.tabari
                    && tokens[t.1..vs].iter().any(|x| x.kind == TokenKind::Comma)
                    && (vcs..t.0.saturating_sub(1)).any(|k| {
                        tokens[k].norm == "ACCORDING"
                            && tokens[k + 1].norm == "TO"
                            && !tokens[k + 2..t.0]
                                .iter()
                                .any(|x| x.kind == TokenKind::Comma || x.norm == ";")
                    }))
            })
            .collect();
        // News mode: a verb in a relative clause between commas ("Italy, which refused to
        // join the pact, was invited back by James Baker") acts on no one past the clause's
        // closing comma once the main clause's verb has come.
        let relative_close = (config.every_verb && !self.tabari)
            .then(|| {
                let open = (vcs..vs)
                    .rev()
                    .find(|&k| tokens[k].kind == TokenKind::Comma)?;
                matches!(
                    tokens.get(open + 1)?.norm.as_str(),
                    "WHICH" | "WHO" | "WHOM" | "WHOSE"
                )
                .then_some(())?;
                (ve..ce).find(|&k| tokens[k].kind == TokenKind::Comma)
            })
            .flatten();
        let past_relative = |t0: usize| {
            relative_close.is_some_and(|k| {
                t0 > k
                    && (k + 1..t0).any(|q| {
                        matches!(
                            rec.tags.get(q),
                            Some(
                                dyad_pos::Tag::VBD
                                    | dyad_pos::Tag::VBZ
                                    | dyad_pos::Tag::VBP
                                    | dyad_pos::Tag::MD
                            )
                        )
                        // (the tagger reads Brown's present "have" as a base form: "…, have
                        // requested that Interpol …")
                        || (q == k + 1
                            && rec.tags.get(q) == Some(&dyad_pos::Tag::VB)
                            && matches!(tokens[q].norm.as_str(), "HAVE" | "DO" | "ARE"))
                    })
            })
        };
        // News mode: nor is anyone in a relative or adverbial clause of its own after the
        // verb's object (", where it will review Iran's policy", ", whose troops attacked
        // Kuwait"): the object of that clause's verb.
        let past_clause = |t0: usize| {
            config.every_verb
                && !self.tabari
                && (ve..t0).any(|k| {
                    tokens[k].kind == TokenKind::Comma
                        && tokens.get(k + 1).is_some_and(|n| {
                            matches!(
                                n.norm.as_str(),
                                "WHERE" | "WHEN" | "WHICH" | "WHO" | "WHOM" | "WHOSE"
                            )
                        })
                        && (k + 2..t0).any(|q| {
                            matches!(
                                rec.tags.get(q),
                                Some(
                                    dyad_pos::Tag::VBD
                                        | dyad_pos::Tag::VBZ
                                        | dyad_pos::Tag::VBP
                                        | dyad_pos::Tag::MD
                                )
                            )
                        })
                })
        };
        // News mode: a participle right after its subject that the analysis gives the same
        // subject as a later verb ("EC foreign ministers meeting here condemned Japan") is
        // done before that verb, the main one: no one past it.
        let main_verb = self.main_verb_after_participle(vs, ve);
        // (A null-coded actor after the verb is a plain noun: TABARI manual 6.2.)
        let after: Vec<u32> = (0..units.groups.len() as u32)
            .filter(|g| !des.skipped.contains(g))
            .filter(|&g| {
                let grp = &units.groups[g as usize];
                let t = grp.tokens;
                let inside = t.0 >= ve && t.1 <= ce;
                // News mode: the source of a report ("…, according to Pakistani
                // officials") takes no part in the event.
                // (Anyone named in the attribution's phrase, up to its comma: "…, according
                // to a senior U.S. lawmaker sent to Addis Ababa by President Joe Biden".)
                let attribution = config.every_verb
                    && !self.tabari
                    && t.0 >= 2
                    && (ve..t.0.saturating_sub(1)).any(|k| {
                        tokens[k].norm == "ACCORDING"
                            && tokens[k + 1].norm == "TO"
                            && !tokens[k + 2..t.0]
                                .iter()
                                .any(|x| x.kind == TokenKind::Comma || x.norm == ";")
                    });
                // News mode: nor is anyone named inside the content of a charge a
                // denial or rejection answers ("denied charges that his Government had helped
                // conspirators in Liberia", "rejected accusation of racism").
                // (An investigation into claims that … is aimed at those they accuse.)
                let charged = config.every_verb
                    && !self.tabari
                    && config.negation
                    && (c1.starts_with("016") || c1.starts_with("12"))
                    && t.0 > ve
                    && (ve..t.0).any(|k| {
                        charge_opens(tokens, ve, k, true)
                            // ("allegations of … as an attempt by the U.S.": the accuser)
                            && !tokens[k..t.0]
                                .iter()
                                .any(|t| matches!(t.norm.as_str(), "AS" | "BY" | "FROM"))
                    });
                // (Nor whoever the content of an accusation names: "accusing Llorenti of
                // trying to deny that Bolivia was becoming a narco-state".)
                let accused_content = config.every_verb
                    && !self.tabari
                    && c1.starts_with("11")
                    && t.0 > ve
                    && (ve..t.0).any(|k| {
                        tokens[k].norm == "OF" && rec.tags.get(k + 1) == Some(&dyad_pos::Tag::VBG)
                    });
                // (Nor the topic of talks: "Russia and Turkey held talks on Syria" are
                // talks between them.)
                let topic = config.every_verb
                    && !self.tabari
                    && c1.starts_with("04")
                    && t.0 > ve
                    && matches!(
                        tokens[t.0 - 1].norm.as_str(),
                        "ON" | "ABOUT" | "OVER" | "REGARDING" | "CONCERNING"
                    );
                // (Nor the source of a closing attribution: "…, each side rejecting the
                // other's proposals, Russian Finance Ministry says in statement".)
                let attributed = self.attribution_comma.is_some_and(|k| ve <= k && t.0 > k);
                let dropped = (config.comma_clauses && self.gone[t.0])
                    || main_verb.is_some_and(|m| t.0 >= m)
                    || past_relative(t.0)
                    || past_clause(t.0)
                    || attribution
                    || attributed
                    || charged
                    || accused_content
                    || topic;
                let null = grp
                    .members
                    .iter()
                    .all(|m| m.code == crate::units::NULL_ACTOR);
                // (A pronoun whose antecedent is in a dropped comma clause names no one:
                // TABARI drops the clause before reading the sentence.)
                let lost = config.tabari_rules
                    && grp.members.iter().all(|m| {
                        m.antecedent
                            .is_some_and(|k| self.gone.get(k) == Some(&true))
                    });
                let excepted = config.every_verb && !self.tabari && self.excepted(g);
                inside && !dropped && !null && !lost && !excepted && !self.press_told(g, vs)
            })
            .collect();
        (before, after)
    }

    /// News mode: whether group `g` is the press (reporters, a news agency: media codes) a
    /// saying verb other than the one at `vs` speaks to ("told Reuters", "talking to
    /// reporters", "told a news conference").
    fn press_told(&self, g: u32, vs: usize) -> bool {
        let (config, tokens) = (self.config, self.tokens);
        if !config.every_verb || self.tabari {
            return false;
        }
        let grp = &self.units.groups[g as usize];
        if !grp
            .members
            .iter()
            .all(|m| m.code == "MED" || m.code.get(3..6) == Some("MED"))
        {
            return false;
        }
        let mut k = grp.tokens.0;
        while k > 0 && matches!(tokens[k - 1].norm.as_str(), "THE" | "A" | "AN") {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        let telling = |q: usize| {
            matches!(
                tokens[q].norm.as_str(),
                "TOLD" | "TELL" | "TELLS" | "TELLING" | "BRIEFED" | "BRIEFING"
            )
        };
        let verb = if telling(k - 1) {
            k - 1
        } else if k >= 2
            && tokens[k - 1].norm == "TO"
            && matches!(
                tokens[k - 2].norm.as_str(),
                "TALKING" | "SPEAKING" | "SAID" | "SPOKE" | "TALKED" | "SAYS" | "SAY"
            )
        {
            k - 2
        } else {
            return false;
        };
        verb != vs
    }

    /// The start of the main verb when the verb at `vs..ve` is a present participle right
    /// after its subject noun and the analysis gives a later verb the same subject ("EC
    /// foreign ministers meeting here condemned Japan": "condemned").
    fn main_verb_after_participle(&self, vs: usize, ve: usize) -> Option<usize> {
        let (config, rec) = (self.config, self.rec);
        if !config.every_verb
            || self.tabari
            || vs == 0
            || rec.tags.get(vs) != Some(&dyad_pos::Tag::VBG)
            || !rec.tags[vs - 1].is_noun()
        {
            return None;
        }
        let (a, vp, subject) = self.subject_chunk(vs)?;
        if a.chunks[subject].end != vs {
            return None;
        }
        a.verbs
            .iter()
            .filter(|v| v.chunk != vp && a.chunks[v.chunk].start >= ve)
            // (not a second participle: "the banks providing services and taking stakes")
            .filter(|v| rec.tags.get(a.chunks[v.chunk].head) != Some(&dyad_pos::Tag::VBG))
            .find(|v| v.subject == Some(subject))
            .map(|v| a.chunks[v.chunk].start)
    }

    /// News mode: the actors in the object of the next verb when this one has none and is
    /// joined to it by "and"/"or": "Taliban militants attacked and killed dozens of Afghan
    /// soldiers" (both acts are done to the soldiers).
    fn shared_object(&self, vb: &Verb) -> Vec<u32> {
        let Some(a) = self
            .syntax
            .as_ref()
            .filter(|_| self.config.every_verb && !self.tabari)
        else {
            return Vec::new();
        };
        let tokens = self.tokens;
        let Some(&vc) = a.chunk_of.get(vb.vs) else {
            return Vec::new();
        };
        let Some(v) = a.verbs.iter().find(|v| v.chunk == vc) else {
            return Vec::new();
        };
        let chunk = &a.chunks[vc];
        // (The conjunction right after the verb, then the next verb phrase.)
        let conj = chunk.end;
        if v.object.is_some()
            || v.passive
            || !tokens
                .get(conj)
                .is_some_and(|t| matches!(t.norm.as_str(), "AND" | "OR"))
        {
            return Vec::new();
        }
        let Some(&nc) = a.chunk_of.get(conj + 1) else {
            return Vec::new();
        };
        let Some(next) = a
            .verbs
            .iter()
            .find(|x| x.chunk == nc && !x.passive && a.chunks[nc].start == conj + 1)
        else {
            return Vec::new();
        };
        // (A direct object, right after the next verb: not "moved to a zone".)
        let last = a.chunks[nc].end - 1;
        let Some(o) = next.object.filter(|&o| {
            a.chunks[o].kind == dyad_pos::chunk::ChunkKind::NP
                && a.chunks[o].start == a.chunks[nc].end
                && !matches!(
                    self.rec.tags.get(last),
                    Some(dyad_pos::Tag::TO | dyad_pos::Tag::IN | dyad_pos::Tag::RP)
                )
        }) else {
            return Vec::new();
        };
        // (The object's noun phrase and the "of" phrases after it: "dozens of Afghan
        // soldiers".)
        let mut end = a.chunks[o].end;
        let mut k = o + 1;
        while let Some(c) = a.chunks.get(k) {
            if c.kind == dyad_pos::chunk::ChunkKind::PP && tokens[c.start].norm == "OF" {
                end = c.end;
                k += 1;
            } else {
                break;
            }
        }
        let start = a.chunks[o].start;
        (0..self.units.groups.len() as u32)
            .filter(|&g| {
                let t = self.units.groups[g as usize].tokens;
                t.0 >= start && t.1 <= end
            })
            .collect()
    }

    /// Another actor than `other`: some member of its own ("Calenardhon and Gondor"
    /// is a target for "Arnor and Gondor"; events between equal codes are skipped).
    /// For an infinitive at `vs` ("to defend") in a clause reported by a speech verb whose
    /// subject is the clause's first actor `speaker`, after a finite verb of that clause: the
    /// actor the analysis gives as that verb's subject, or the object of a verb right before
    /// the infinitive ("ordered it to pay"); `Some(None)` when the subject names no actor
    /// ("said the positions of Brazil and the United States were too far apart to allow …");
    /// `None` when the rule does not apply.
    fn reported_infinitive_subject(&self, vs: usize, speaker: Option<u32>) -> Option<Option<u32>> {
        let (tokens, units) = (self.tokens, self.units);
        let speaker = speaker?;
        if vs == 0 || tokens[vs - 1].norm != "TO" {
            return None;
        }
        let a = self.syntax.as_ref()?;
        let vp = *a.chunk_of.get(vs)?;
        let v = a.verbs.iter().find(|v| v.chunk == vp)?;
        let k = v.reported_by??;
        let speech = &a.chunks[a.verbs[k].chunk];
        // (The speaker is that actor, before the speech verb.)
        if units.groups[speaker as usize].tokens.1 > speech.start {
            return None;
        }
        // (The reported clause's last finite verb before the infinitive: "OPEC is … to
        // defend".)
        let finite = a.verbs.iter().rfind(|w| {
            let c = &a.chunks[w.chunk];
            c.start >= speech.end
                && c.end < vs
                && w.reported_by == Some(Some(k))
                && (c.start..c.end).any(|q| {
                    matches!(
                        self.rec.tags.get(q),
                        Some(
                            dyad_pos::Tag::VBZ
                                | dyad_pos::Tag::VBP
                                | dyad_pos::Tag::VBD
                                | dyad_pos::Tag::MD
                        )
                    )
                })
        })?;
        // (Its object right before the infinitive: "has ordered it to pay".)
        let fc = &a.chunks[finite.chunk];
        if let Some(g) = units.group_of[vs - 2] {
            let grp = &units.groups[g as usize];
            if grp.tokens.1 == vs - 1 && grp.tokens.0 == fc.end {
                return Some(Some(g));
            }
        }
        let subject = &a.chunks[finite.subject?];
        Some(
            units
                .groups
                .iter()
                .position(|g| g.tokens.0 < subject.end && subject.start < g.tokens.1)
                .map(|g| g as u32),
        )
    }

    /// Whether the target `t` is a possessive pronoun ("its", "their") standing for the actor
    /// of the group `g`.
    fn target_is_own_pronoun(&self, g: u32, t: Option<u32>) -> bool {
        let units = self.units;
        let Some(t) = t else { return false };
        let (grp, tgt) = (&units.groups[g as usize], &units.groups[t as usize]);
        tgt.members.len() == 1
            && tgt.members[0].reference
            && matches!(
                self.tokens[tgt.members[0].tokens.0].norm.as_str(),
                "ITS" | "THEIR"
            )
            && grp.members.iter().all(|m| m.code == tgt.members[0].code)
    }

    fn distinct(&self, g: u32, other: Option<u32>) -> bool {
        let units = self.units;
        match other {
            None => true,
            Some(o) => units.groups[g as usize].members.iter().any(|a| {
                units.groups[o as usize]
                    .members
                    .iter()
                    .all(|b| a.code != b.code)
            }),
        }
    }

    /// The verb at tokens `vs..ve` (verb form `v`) of clause `cs..ce`, and where its
    /// patterns may reach; `None` for an act dated years back.
    fn verb_scope(&self, cs: usize, ce: usize, vs: usize, ve: usize, v: u32) -> Option<Verb> {
        let after_limit = self.after_limit(ve, ce);
        let (infinitive, inf_verb) = self.infinitive_after(ve, after_limit);
        let next_clause = self.next_clause(vs, ve, after_limit);
        let vcs = self.verb_clause_start(cs, vs);
        if self.dated_back(cs, vcs) {
            return None;
        }
        let subject_reading = self.subject_reading(vs);
        Some(Verb {
            vs,
            ve,
            v,
            vcs,
            after_limit,
            infinitive,
            inf_verb,
            next_clause,
            subject_reading,
        })
    }

    /// News mode: the "to" of an infinitive after the verb ending at `ve`, before
    /// `after_limit` ("agreed to lift embargoes", "decided to partially lift"), and the
    /// infinitive's verb.
    fn infinitive_after(&self, ve: usize, after_limit: usize) -> (Option<usize>, Option<usize>) {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        // News mode: "agreed to lift embargoes": the infinitive's own verb codes its
        // object; a pattern of "agreed" reaches past "to lift" only when it names LIFT.
        // (Its verb may follow an adverb: "decided to partially lift".)
        let verb_at = |q: usize| self.verb_starts_at(q);
        let adverb_at = |q: usize| {
            rec.tags.get(q) == Some(&dyad_pos::Tag::RB)
                || tokens.get(q).is_some_and(|t| t.norm.ends_with("LY"))
        };
        let infinitive = (config.every_verb && !self.tabari)
            .then(|| {
                (ve..after_limit.saturating_sub(1)).find(|&k| {
                    tokens[k].norm == "TO"
                        && (verb_at(k + 1)
                            || (adverb_at(k + 1) && verb_at(k + 2))
                            // (Right after the verb, an infinitive no dictionary verb
                            // names governs as well: "seeks to implement the tariffs" is
                            // no appeal.)
                            || (k == ve && rec.tags.get(k + 1) == Some(&dyad_pos::Tag::VB)))
                })
            })
            .flatten();
        // The infinitive's verb.
        let inf_verb = infinitive.map(|k| if verb_at(k + 1) { k + 1 } else { k + 2 });
        (infinitive, inf_verb)
    }

    /// News mode: the verb phrase with a finite verb that opens a clause after the verb at
    /// `vs..ve`, before `after_limit`, when the verb is a saying verb or "that" comes
    /// between ("said it will not release the tanker unless …").
    fn next_clause(
        &self,
        vs: usize,
        ve: usize,
        after_limit: usize,
    ) -> Option<(usize, usize, usize)> {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        let syntax = &self.syntax;
        // News mode: the clause a saying verb, "that" or a conjunction opens after the verb — a verb
        // phrase with a finite verb ("said it will not release the tanker unless it can
        // prove it was not breaking European sanctions"): a pattern of "said" reaches into
        // it only when it names one of its words.
        // (A conjunction that opens an adverbial clause whose subject, a few words and no
        // verb, comes right before the verb phrase at `vp`: "met Chancellor Scholz in Moscow
        // before he travelled to Beijing for talks with President Xi" is no meeting with Xi.)
        let subordinator = |k: usize, vp: usize| {
            SUBORDINATORS.contains(&tokens[k].norm.as_str())
                && k + 1 < vp
                && vp - k <= 8
                && (k + 1..vp).all(|j| rec.tags.get(j).is_some_and(|t| !t.is_verb()))
        };
        let next_clause: Option<(usize, usize, usize)> = syntax
            .as_ref()
            .filter(|_| config.every_verb && !self.tabari)
            .and_then(|a| {
                let speech = a
                    .chunk_of
                    .get(vs)
                    .is_some_and(|&vp| a.verbs.iter().any(|v| v.chunk == vp && v.speech));
                a.chunks
                    .iter()
                    .filter(|c| c.kind == dyad_pos::chunk::ChunkKind::VP)
                    .find(|c| {
                        c.start >= ve
                            && c.start < after_limit
                            // (or a finite verb joined by a conjunction: "rejected U.S.
                            // calls for a ceasefire and dismissed allegations of …")
                            && (speech
                                // (or a relative clause without its pronoun: "defended
                                // the expansion of reefs it claims in the Spratly Islands")
                                || (c.start >= 2
                                    && rec.tags.get(c.start - 1) == Some(&dyad_pos::Tag::PRP)
                                    && rec.tags.get(c.start - 2).is_some_and(|t| t.is_noun()))
                                || (ve..c.start).any(|k| tokens[k].norm == "THAT")
                                || (ve..c.start).any(|k| subordinator(k, c.start))
                                || matches!(
                                    tokens[c.start - 1].norm.as_str(),
                                    "AND" | "BUT" | "OR"
                                ))
                            && c.head < rec.tags.len()
                            && (c.start..c.end).any(|k| {
                                matches!(
                                    rec.tags[k],
                                    dyad_pos::Tag::VBD
                                        | dyad_pos::Tag::VBZ
                                        | dyad_pos::Tag::VBP
                                        | dyad_pos::Tag::MD
                                )
                                // (after a conjunction a past tense the tagger read as a
                                // participle: "and dismissed allegations")
                                || (rec.tags[k] == dyad_pos::Tag::VBN
                                    && matches!(
                                        tokens[c.start - 1].norm.as_str(),
                                        "AND" | "BUT" | "OR"
                                    ))
                                // (or a reported clause's own past tense read so, right
                                // after its subject: "said such a step enjoyed support
                                // from Moscow")
                                || (speech
                                    && rec.tags[k] == dyad_pos::Tag::VBN
                                    && k == c.start
                                    && rec.tags.get(k + 1).is_some_and(|t| {
                                        t.is_noun()
                                            || t.is_adjective()
                                            || matches!(t, dyad_pos::Tag::DT | dyad_pos::Tag::PRPS)
                                    })
                                    && a.verbs.iter().any(|v| {
                                        a.chunks.get(v.chunk).is_some_and(|x| x.start == c.start)
                                            && v.subject.is_some()
                                            && !v.passive
                                    }))
                            })
                    })
                    .map(|c| {
                        // (Where the clause opens: its "that", else its subject: "said that
                        // the arrests were carried out" announces no arrest.)
                        let subject_chunk = a
                            .verbs
                            .iter()
                            .find(|v| a.chunks.get(v.chunk).is_some_and(|x| x.start == c.start))
                            .and_then(|v| v.subject);
                        let subject = subject_chunk
                            .map(|s| &a.chunks[s])
                            // (right before its verb phrase: not a subject the analysis
                            // found across phrases, "declared a ceasefire with the Taliban
                            // in a televised broadcast")
                            .filter(|s| s.start >= ve && s.end == c.start)
                            .map(|s| s.start);
                        // (After a verb of saying with no "that", the whole noun phrase
                        // right after it, with its prepositional phrases and "and" parts,
                        // is the reported clause's subject: "declared the truce between
                        // the army and the FARC had failed", "said the truce with the army
                        // had collapsed" declare no truce. Not two noun phrases side by
                        // side: "told reporters the army had attacked".)
                        let subject = if speech {
                            subject_chunk
                                .and_then(|s| {
                                    reported_subject_start(a, tokens, &rec.tags, ve, s, c.start)
                                })
                                .or(subject)
                        } else {
                            subject
                        };
                        // (A pattern may name the "that" itself: "REJECT * THAT", or
                        // the subordinator: "BOMB * IF".)
                        let open = (ve..c.start)
                            .find(|&k| tokens[k].norm == "THAT" || subordinator(k, c.start))
                            .map(|k| k + 1)
                            .or(subject)
                            .unwrap_or(c.start);
                        (open, c.start, c.end)
                    })
            });
        next_clause
    }

    /// News mode: where the subordinate clause of the verb starting at `vs` begins: right
    /// after the word that opens it ("… signed an agreement to continue trading after the
    /// UK leaves the EU"), else the clause's first token `cs`.
    fn verb_clause_start(&self, cs: usize, vs: usize) -> usize {
        let Ctx {
            config,
            tokens,
            rec,
            units,
            ..
        } = *self;
        // News mode: a verb in a subordinate clause ("… signed an agreement to continue
        // trading after the UK leaves the EU") looks for its pattern's actors and its
        // source no further back than the word that opens that clause.
        let vcs = if config.every_verb && !self.tabari && !rec.tags.is_empty() {
            (cs..vs)
                .rev()
                .find(|&k| {
                    SUBORDINATORS.contains(&tokens[k].norm.as_str())
                        && rec.tags.get(k + 1).is_some_and(|t| !t.is_verb())
                        && (k + 1..vs).any(|j| units.group_of[j].is_some())
                })
                .map_or(cs, |k| k + 1)
        } else {
            cs
        };
        vcs
    }

    /// Whether the subordinate clause starting at `vcs` (of clause `cs..`) is opened by
    /// "years after", "months since", …: an act dated years back ("… almost five years
    /// after crowds trashed its embassy").
    fn dated_back(&self, cs: usize, vcs: usize) -> bool {
        let tokens = self.tokens;
        // ("… almost five years after crowds trashed its embassy": an act dated years back
        // is background, not news.)
        vcs >= cs + 2
            && matches!(tokens[vcs - 1].norm.as_str(), "AFTER" | "SINCE")
            && matches!(
                tokens[vcs - 2].norm.as_str(),
                "YEARS" | "YEAR" | "DECADES" | "DECADE" | "MONTHS" | "CENTURIES"
            )
    }

    /// News mode: the subject of the verb starting at `vs` as the analysis reads it —
    /// `Some(None)` when it is a noun phrase without an actor, such as the plain noun a
    /// participle modifies ("the alliance's exercises held in Norway").
    fn subject_reading(&self, vs: usize) -> Option<Option<u32>> {
        let Ctx {
            config, rec, units, ..
        } = *self;
        let syntax = &self.syntax;
        // News mode: the verb's subject as the analysis reads it — `Some(None)` when it is
        // a noun phrase without an actor ("the alliance's exercises held in Norway").
        let subject_reading: Option<Option<u32>> = syntax
            .as_ref()
            .filter(|_| config.every_verb && !self.tabari)
            .and_then(|a| {
                let vp = a.chunk_of.get(vs).copied()?;
                let v = a.verbs.iter().find(|v| v.chunk == vp)?;
                // A participle right after a plain noun modifies it ("exercises held in
                // Norway"): that noun is its subject.
                let modified = vs > 0
                    && a.chunks[vp].start == vs
                    && rec.tags[vs] == dyad_pos::Tag::VBN
                    && rec.tags[vs - 1].is_noun()
                    && units.group_of[vs - 1].is_none();
                if modified {
                    return Some(None);
                }
                let c = v.subject?;
                Some(self.group_in(a.chunks[c].start, a.chunks[c].end))
            });
        subject_reading
    }

    /// The verb's best pattern (longest first, TABARI manual 5.7.1), or, without one that
    /// matches, the code of its form or its block.
    fn pattern_code(&self, vb: &Verb) -> Found {
        let d = self.d;
        let Verb {
            vs,
            ve,
            v,
            vcs,
            subject_reading,
            ..
        } = *vb;
        let form = &d.verbs[v as usize];
        let block = &d.blocks[form.block as usize];
        let mut des = Designated::default();
        let mut code = None;
        let mut pattern_prov = None;
        let mut from_pattern = false;
        // The pattern names its source only as "the actor before the verb" (`$ * …`).
        let mut plain_source = false;
        // Longest first; a pattern whose actual match is shorter than its length (a short
        // synset member) gives way to longer patterns that match (TABARI manual 5.7.1).
        let mut best_letters: Option<u32> = None;
        let also = form.also.iter().map(|&b| &d.blocks[b as usize]);
        // Outside TABARI's reading, of two patterns that match as much dictionary text the
        // one whose words lie nearer the verb wins ("launched an attack on the embassy":
        // ATTACK, not EMBASSY).
        let nearer = !self.tabari;
        // (Nor does a longer word inside a prepositional phrase after the nearer one's noun:
        // "launched an attack on the Iraqi embassy" is ATTACK's, not EMBASSY's.)
        let words_after_only = |p: &dyad_dict::Pattern| {
            !p.before.iter().any(|e| {
                matches!(
                    e,
                    PatternElem::Word { .. } | PatternElem::Synset { .. } | PatternElem::Alt { .. }
                )
            })
        };
        // (Not a pattern's own prepositional phrase, which is the verb's: "hit positions in
        // Saudi Arabia's Asir region with a ballistic missile" is (WITH &WEAPON)'s.)
        let in_complement_of = |near: &Designated, far: &Designated| {
            let end = ve + near.reach;
            nearer
                && near.reach > 0
                && far.first_word.is_some_and(|f| {
                    f > end
                        && !matches!(
                            self.rec.tags.get(f),
                            Some(dyad_pos::Tag::IN | dyad_pos::Tag::TO)
                        )
                })
                && self.rec.tags.get(end - 1).is_some_and(|t| t.is_noun())
                && self.rec.tags.get(end) == Some(&dyad_pos::Tag::IN)
                && (end..ve + far.reach).all(|k| !self.rec.tags.get(k).is_some_and(|t| t.is_verb()))
        };
        // (The nouns that come before the best match so far are the heads whose complement it
        // may lie in: only a shorter pattern opening with one of them is tried against it.)
        let noun_at = |k: usize| self.rec.tags.get(k).is_some_and(|t| t.is_noun());
        let opens_with_head = |p: &dyad_dict::Pattern, heads: std::ops::Range<usize>| {
            let mut nouns = heads.filter(|&k| noun_at(k));
            p.after
                .iter()
                .find(|e| {
                    matches!(
                        e,
                        PatternElem::Word { .. }
                            | PatternElem::Synset { .. }
                            | PatternElem::Alt { .. }
                    )
                })
                .is_some_and(|e| match e {
                    PatternElem::Word { id, .. } => nouns.any(|k| self.rec.has(k, *id)),
                    PatternElem::Synset { index, .. } => {
                        let (by_first, other) = &d.synset_index[*index as usize];
                        nouns.any(|k| {
                            !other.is_empty()
                                || self.rec.words(k).iter().any(|w| by_first.contains_key(w))
                        })
                    }
                    _ => nouns.next().is_some(),
                })
        };
        let mut best_after_only = false;
        // (Outside TABARI's reading, a pattern naming the word right after the verb reads the
        // verb's own phrase — "took PART", an idiom — and wins over one that names only
        // words before it, however long: "- &MILITARY *" for "troops took part in".)
        let words_before_only = |p: &dyad_dict::Pattern| {
            !p.after.iter().any(|e| {
                matches!(
                    e,
                    PatternElem::Word { .. } | PatternElem::Synset { .. } | PatternElem::Alt { .. }
                )
            })
        };
        let mut best_before_only = false;
        let mut near_heads = 0..0;
        for p in std::iter::once(block).chain(also).flat_map(|b| &b.patterns) {
            if best_letters.is_some_and(|b| {
                (p.max_weight < b || (!nearer && p.max_weight == b))
                    && !(nearer
                        && best_after_only
                        && words_after_only(p)
                        && opens_with_head(p, near_heads.clone()))
                    && !(nearer && best_before_only && !words_before_only(p))
            }) {
                continue;
            }
            let present = |w: &dyad_dict::WordId| self.present(*w);
            if !p.required.iter().all(present)
                || !p.any_of.iter().all(|set| set.iter().any(present))
            {
                continue;
            }
            let limit = self.pattern_limit(p, vb);
            if let Some(mut x) = self.pattern(p, vs, ve, vcs, limit) {
                if self.over_negation(p, ve, x.reach) {
                    continue;
                }
                if !Self::subject_match(p, subject_reading, &mut x) {
                    continue;
                }
                let both_after = best_after_only && words_after_only(p);
                if both_after && in_complement_of(&des, &x) {
                    continue;
                }
                let idiom_over_subject = nearer && best_before_only && x.first_word == Some(ve);
                let subject_under_idiom =
                    nearer && words_before_only(p) && des.first_word == Some(ve);
                if !subject_under_idiom
                    && best_letters.is_none_or(|b| {
                        x.letters > b
                            || (nearer && x.letters == b && x.reach < des.reach)
                            || (both_after && in_complement_of(&x, &des))
                            || idiom_over_subject
                    })
                {
                    best_letters = Some(x.letters);
                    best_after_only = words_after_only(p);
                    best_before_only = words_before_only(p);
                    near_heads = if nearer {
                        ve..x.first_word.unwrap_or(ve)
                    } else {
                        0..0
                    };
                    des = x;
                    code = Some(p.code.clone());
                    pattern_prov = Some(p.provenance.clone());
                    from_pattern = true;
                    plain_source = matches!(p.before.as_slice(), [PatternElem::Source { .. }]);
                }
            }
        }
        if code.is_none() {
            code = form.code.clone().or_else(|| block.code.clone());
            pattern_prov = Some(if form.code.is_some() {
                form.provenance.clone()
            } else {
                block.provenance.clone()
            });
        }
        Found {
            des,
            code,
            pattern_prov,
            from_pattern,
            plain_source,
        }
    }

    /// How far after the verb `vb` pattern `p` may reach: not past the "to" of an
    /// infinitive unless it names the infinitive's verb ("agreed to lift embargoes"), nor
    /// into the clause a saying verb or "that" opens unless it names one of its words
    /// ("said it will not release the tanker unless …").
    fn pattern_limit(&self, p: &dyad_dict::Pattern, vb: &Verb) -> usize {
        let rec = self.rec;
        let Verb {
            ve,
            after_limit,
            infinitive,
            inf_verb,
            next_clause,
            ..
        } = *vb;
        let limit = match (infinitive, inf_verb) {
            (Some(k), Some(iv))
                if !p
                    .after
                    .iter()
                    .any(|e| matches!(e, PatternElem::Word { id, .. } if rec.has(iv, *id))) =>
            {
                k + 1
            }
            _ => after_limit,
        };
        let named = |s: usize, e: usize| {
            p.after
                .iter()
                .filter(|el| {
                    matches!(el, PatternElem::Word { id, .. }
                        if (s..e).any(|k| rec.has(k, *id)))
                })
                .count()
        };
        // (The reported clause's subject is the speaker again, as a pronoun: "Iraq said it
        // attacked Iran's Sirri Island", "said he hoped to reduce it".)
        let speaker_subject = |s: usize| {
            // (over a day or month named between: "said Thursday that they will release")
            let mut words = (ve..s).map(|k| self.tokens[k].norm.as_str()).filter(|w| {
                *w != "THAT" && !TIME_NOUNS.contains(w) && !crate::recognize::CALENDAR.contains(w)
            });
            matches!(
                words.next(),
                Some("IT" | "HE" | "SHE" | "THEY" | "WE" | "I")
            ) && words.next().is_none()
        };
        // (A pattern word that names the clause's verb through its stem: "ATTACK" for "had
        // attacked"; after a verb of saying in any form, "SUPPORT" for "said that statistics
        // support the perception" — not after a demand, whose content the pattern reads:
        // "demanded that the United States withdraw".)
        let speech = || {
            self.syntax.as_ref().is_some_and(|a| {
                a.chunk_of
                    .get(vb.vs)
                    .is_some_and(|&vp| a.verbs.iter().any(|v| v.chunk == vp && v.speech))
            })
        };
        let names_verb = |s: usize, e: usize| {
            p.after.iter().any(|el| {
                matches!(el, PatternElem::Word { id, .. }
                if (s..e).any(|k| {
                    rec.has(k, *id)
                        && rec.tags.get(k).is_some_and(|t| t.is_verb())
                        && (self.d.lexicon.word(*id).0 != self.tokens[k].norm || speech())
                }))
            })
        };
        match next_clause {
            // (A reported clause whose verb lies past an infinitive the limit stops at still
            // opens where it opens: "said the plan to send a flotilla would go ahead" is no
            // SAY "- * PLAN".)
            Some((open, s, _)) if s >= limit && open < limit && speech() => {
                if speaker_subject(s) {
                    limit
                } else {
                    open
                }
            }
            Some((open, s, e))
                if s < limit
                    && (named(s, e) == 0
                        // (Nor when the pattern names only the clause's verb there, through
                        // its stem, and the clause has a subject of its own: "REPORT *
                        // ATTACK" is a reported attack, and "said that Iraq had attacked
                        // Kuwait" reports no attack by the speaker.)
                        || (named(s, limit) == 1
                            && names_verb(s, e)
                            && !speaker_subject(s))) =>
            {
                // (from where the clause opens, unless its subject is the speaker again)
                if speaker_subject(s) {
                    s
                } else {
                    open
                }
            }
            _ => limit,
        }
    }

    /// News mode: whether a match of pattern `p` reaching `reach` tokens past the verb
    /// ending at `ve` passes over the negation of a verb that the pattern does not name
    /// ("said it will not release" is no "* WILL RELEASE"; "memos not about Bree" negate
    /// no verb).
    fn over_negation(&self, p: &dyad_dict::Pattern, ve: usize, reach: usize) -> bool {
        let Ctx {
            config,
            tokens,
            rec,
            ..
        } = *self;
        // News mode: a pattern does not reach over a negation it does not name
        // ("said it will not release" is no "* WILL RELEASE").
        config.every_verb
            && !self.tabari
            && (ve..(ve + reach).min(tokens.len())).any(|k| {
                matches!(tokens[k].norm.as_str(), "NOT" | "N'T" | "NEVER")
                    // (a verb's negation, not "memos not about Bree")
                    && rec.tags.get(k + 1).is_some_and(|t| t.is_verb())
            })
            && !p.provenance.entry.split_whitespace().any(|w| {
                w.trim_matches(|c: char| !c.is_ascii_alphabetic() && c != '\'')
                    .split('_')
                    .any(|w| matches!(w, "NOT" | "N'T" | "NEVER" | "NO"))
            })
    }

    /// News mode: a pattern "$ * …" or "+ * …" (`p`) names the verb's subject as the
    /// analysis reads it (`subject_reading`): when that is a noun phrase without an actor
    /// ("the alliance's exercises held in Norway") the match `x` fails; an actor becomes
    /// its source or target. Returns whether the match stands.
    fn subject_match(
        p: &dyad_dict::Pattern,
        subject_reading: Option<Option<u32>>,
        x: &mut Designated,
    ) -> bool {
        // "$ *" and "+ *" name the verb's subject: not an actor, no match; an
        // actor, that one.
        if let (Some(subject), [elem]) = (subject_reading, p.before.as_slice()) {
            match (subject, elem) {
                (None, PatternElem::Source { .. } | PatternElem::Target { .. }) => return false,
                (Some(g), PatternElem::Source { .. }) if x.target != Some(g) => x.source = Some(g),
                (Some(g), PatternElem::Target { .. }) if x.source != Some(g) => x.target = Some(g),
                _ => {}
            }
        }
        true
    }

    /// Whether a verb of the dictionaries starts at token `q`.
    fn verb_starts_at(&self, q: usize) -> bool {
        self.rec.mark_of.get(q).copied().flatten().is_some_and(|m| {
            let m = &self.rec.marks[m as usize];
            m.start == q && matches!(m.item, Item::Verb(_))
        })
    }
}

/// A plural noun naming people ("leaders", "officials", "citizens", "diplomats"), by its
/// agentive ending or as one of a few common words.
fn people_noun(w: &str) -> bool {
    matches!(
        w,
        "PEOPLE"
            | "LEADERS"
            | "OFFICIALS"
            | "AUTHORITIES"
            | "CITIZENS"
            | "NATIONALS"
            | "COUNTERPARTS"
            | "DIPLOMATS"
            | "CIVILIANS"
            | "RESIDENTS"
            | "TROOPS"
            | "FORCES"
            | "POLITICIANS"
            | "LAWMAKERS"
            | "COUNTERPART"
            | "LEADER"
    ) || ["ERS", "ORS", "ISTS", "IANS", "ENTS", "ANTS"]
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// What governs a verb with codes starting `c1` once its negation is read: a negated
/// cooperative act (governed by nothing or an intent) is a refusal (12x), a negated
/// conflictual act is no event (a failure), a negated refusal governs nothing.
fn negated_governor(c1: &str, negated: bool, governed: Option<Governor>) -> Option<Governor> {
    match (negated, governed) {
        (true, None | Some(Governor::Intent)) => match c1.get(..2) {
            Some("03" | "04" | "05" | "06" | "07" | "08") => Some(Governor::Refusal),
            // (An appeal not made is none: "did not ask Russia to help".)
            Some("02") => Some(Governor::Failure),
            Some("01") => Some(Governor::Failure),
            _ => Some(Governor::Failure),
        },
        (true, Some(Governor::Refusal)) => None,
        (_, g) => g,
    }
}

/// The codes `(c1, c2)` of the verb at `vs` as `governed` makes them: considering (014), an
/// intent, a threat, a refusal; a failure is no event, but a failure to reach a deal.
fn governed_codes(
    tokens: &[dyad_text::Token],
    cs: usize,
    vs: usize,
    governed: Option<Governor>,
    c1: String,
    c2: Option<String>,
) -> Result<(String, Option<String>), Halt> {
    Ok(match governed {
        Some(Governor::Consider) => ("014".to_string(), None),
        // (A coming use of force — "will retaliate", "vowed to strike" — is a threat
        // of force, 138: CAMEO has no intent to fight.)
        // (So is a coming protest, cut or coercion: 13x; CAMEO's intents, 03x, are of
        // cooperation. A coming deployment is no threat: "ready to contribute troops".)
        Some(Governor::Intent)
            if matches!(c1.get(..2), Some("14" | "16" | "17" | "18" | "19" | "20")) =>
        {
            (threat_for(&c1).to_string(), None)
        }
        // (A joint act's other side intends it too: "X will meet Y" is a meeting
        // both have agreed to, 036 both ways.)
        Some(Governor::Intent) => (
            intent_for(&c1).to_string(),
            // (Not a visit's host, who announced nothing: "X will visit Tokyo"; a host's
            // guest does intend the visit: "Macron will host the crown prince".)
            c2.filter(|b| {
                (c1.starts_with("04") && b.starts_with("04") && c1 != "042")
                    || joint_act(b, &tokens[vs].norm)
            })
            .map(|b| intent_for(&b).to_string()),
        ),
        Some(Governor::Refusal) => (refusal_for(&c1).to_string(), None),
        Some(Governor::Threat) => (threat_for(&c1).to_string(), None),
        // (A failure to reach a deal is no agreement but a disagreement of both sides:
        // "the US and South Korea failed to reach agreement on a trade deal" is 120 both
        // ways — verbal conflict, as the development set's coders class it and
        // PETRARCH-2's FAIL [120] codes it.)
        Some(Governor::Failure) if failed_talks(tokens, cs, vs) => {
            ("120".to_string(), Some("120".to_string()))
        }
        Some(Governor::Failure) => return Err(Halt::Skip),
        None => (c1, c2),
    })
}

/// UniversalPetrarch's negation of the codes `(c1, c2)` through its PICO table; a code
/// without a counterpart is no event.
fn pico_negated(
    pico: &[(String, i64)],
    c1: &str,
    c2: Option<&str>,
) -> Result<(String, Option<String>), Halt> {
    let neg = |c: &str| dyad_dict::pico::negate(pico, c).map(str::to_string);
    match (neg(c1), c2.map(neg)) {
        (Some(a), None) => Ok((a, None)),
        (Some(a), Some(Some(b))) => Ok((a, Some(b))),
        _ => Err(Halt::Skip),
    }
}

/// Whether the verb at `vs` reaches for a deal its subject failed or was unable to reach:
/// "failed to reach agreement", "were unable to strike a deal", "failed to agree".
fn failed_talks(tokens: &[dyad_text::Token], cs: usize, vs: usize) -> bool {
    const DEALS: [&str; 8] = [
        "AGREEMENT",
        "DEAL",
        "ACCORD",
        "COMPROMISE",
        "CONSENSUS",
        "SETTLEMENT",
        "BREAKTHROUGH",
        "AGREEMENTS",
    ];
    let verb = tokens[vs].norm.as_str();
    let reach = matches!(
        verb,
        "REACH" | "CLINCH" | "STRIKE" | "SEAL" | "FORGE" | "SECURE"
    ) && tokens[vs + 1..(vs + 5).min(tokens.len())]
        .iter()
        .any(|t| DEALS.contains(&t.norm.as_str()));
    (reach || verb == "AGREE")
        && (vs.saturating_sub(4).max(cs)..vs)
            .any(|k| tokens[k].norm.starts_with("FAIL") || tokens[k].norm == "UNABLE")
}

/// Where the subject of a clause reported without "that" begins when it is the whole noun
/// phrase right after the saying verb ending at `ve`: the phrases from there to the reported
/// verb phrase (starting at token `vp`) are one noun phrase with its prepositional phrases
/// and "and" parts, and include the reported verb's subject chunk `subject` ("declared the
/// truce between the army and the FARC had failed"). None when two noun phrases stand side
/// by side ("told reporters the army had attacked") or anything else comes between.
fn reported_subject_start(
    a: &dyad_pos::chunk::Analysis,
    tokens: &[dyad_text::Token],
    tags: &[dyad_pos::Tag],
    ve: usize,
    subject: usize,
    vp: usize,
) -> Option<usize> {
    use dyad_pos::chunk::ChunkKind;
    use dyad_pos::Tag as T;
    let tag = |j: usize| tags.get(j).copied();
    let first = a.chunks.iter().position(|x| x.start >= ve)?;
    let head = &a.chunks[first];
    // (nor across a relative pronoun: "announced plans for tariff cuts before talks with
    // Washington which officials described as …")
    if head.start != ve
        || head.kind != ChunkKind::NP
        || subject < first
        || (ve..vp).any(|j| matches!(tags.get(j), Some(T::WDT | T::WP)) || tokens[j].norm == "THAT")
    {
        return None;
    }
    let mut k = first + 1;
    let mut linked = false;
    while k < a.chunks.len() && a.chunks[k].start < vp {
        let x = &a.chunks[k];
        match x.kind {
            ChunkKind::PP => linked = true,
            // (a noun's infinitive or participle, and its object: "said the plan to send a
            // flotilla to Jaffna would go ahead")
            ChunkKind::VP
                if !(x.start..x.end).any(|j| tags.get(j).is_some_and(|t| t.is_finite()))
                    && ((tokens[x.start].norm == "TO" && tag(x.head) == Some(T::VB))
                        || (x.start == x.head && tag(x.head) == Some(T::VBN))) =>
            {
                linked = true
            }
            ChunkKind::NP if a.chunks[k - 1].kind == ChunkKind::VP => {}
            ChunkKind::O if x.end == x.start + 1 && tokens[x.start].norm == "AND" && linked => {
                // ("and" joins a noun phrase inside the prepositional phrase)
                if a.chunks.get(k + 1).is_none_or(|n| n.kind != ChunkKind::NP) {
                    return None;
                }
            }
            ChunkKind::NP if a.chunks[k - 1].kind == ChunkKind::O => {}
            _ => return None,
        }
        k += 1;
    }
    // (The reported verb phrase is finite beyond doubt: a modal or present tense, or a past
    // tense not followed by a preposition, which a reduced relative's participle would be:
    // "announced the arrest of a Zetas member linked to the massacre", "in a televised
    // broadcast" with "televised" read as a verb.)
    let x = a.chunks.get(k).filter(|x| x.start == vp)?;
    let finite = (x.start..x.end).any(|j| {
        matches!(tag(j), Some(T::MD | T::VBZ | T::VBP)) || (j < x.head && tag(j) == Some(T::VBD))
    }) || (tag(x.head) == Some(T::VBD)
            && !matches!(tag(x.end), Some(T::IN | T::TO))
            && tag(vp - 1).is_some_and(|t| t.is_noun() || matches!(t, T::PRP | T::CD))
            // (not a possessive's participle: "Amit Shah's proposed rally")
            && !tokens[vp - 1].possessive);
    (linked && finite && subject < k).then_some(head.start)
}

/// Social ills a government fights with no adversary: "fight crime", "combat famine".
const SOCIAL_ILLS: &[&str] = &[
    "CORRUPTION",
    "POVERTY",
    "DISEASE",
    "DISEASES",
    "EPIDEMIC",
    "PANDEMIC",
    "OUTBREAK",
    "VIRUS",
    "CORONAVIRUS",
    "EBOLA",
    "MALARIA",
    "AIDS",
    "HIV",
    "HUNGER",
    "FAMINE",
    "MALNUTRITION",
    "DROUGHT",
    "POLLUTION",
    "DEFORESTATION",
    "UNEMPLOYMENT",
    "INFLATION",
    "DISCRIMINATION",
    "RACISM",
    "EXTREMISM",
    "RADICALISATION",
    "RADICALIZATION",
    "TERRORISM",
    "CRIME",
    "CRIMES",
    "CRIMINALITY",
    "DELINQUENCY",
    "INSECURITY",
    "IMPUNITY",
    "VIOLENCE",
    "TRAFFICKING",
    "SMUGGLING",
    "LAUNDERING",
    "EXTORTION",
    "KIDNAPPING",
    "KIDNAPPINGS",
    "FRAUD",
    "PIRACY",
    "POACHING",
    "MINING",
    "LOGGING",
    "ADDICTION",
    "FIRE",
    "FIRES",
    "WILDFIRE",
    "WILDFIRES",
    "BLAZE",
    "FLOODING",
];

/// The noun of the object after the verb ending at `ve` when it is a social ill (the ill,
/// or "the spread/scourge/wave of" one): "combat imminent famine", "fight against organized crime",
/// "tackle the spread of malaria".
fn fights_an_ill(tokens: &[dyad_text::Token], tags: &[dyad_pos::Tag], ve: usize) -> Option<usize> {
    use dyad_pos::Tag as T;
    let noun_run_end = |from: usize| {
        let mut k = from;
        if tokens.get(k).is_some_and(|t| t.norm == "AGAINST") {
            k += 1;
        }
        while tags
            .get(k)
            .is_some_and(|t| matches!(t, T::DT | T::PRPS | T::JJ | T::VBN | T::VBG | T::CD))
            && !tags.get(k).is_some_and(|t| t.is_noun())
        {
            k += 1;
        }
        let start = k;
        while tags.get(k).is_some_and(|t| t.is_noun() || *t == T::VBG) && k < tokens.len() {
            k += 1;
        }
        (k > start).then_some(k - 1)
    };
    let head = noun_run_end(ve)?;
    let ill = |k: usize| SOCIAL_ILLS.contains(&tokens[k].norm.as_str());
    if ill(head) {
        return Some(head);
    }
    if matches!(
        tokens[head].norm.as_str(),
        "SPREAD" | "SCOURGE" | "WAVE" | "SURGE" | "RISE" | "PROBLEM" | "PROBLEMS" | "EFFECTS"
    ) && tokens.get(head + 1).is_some_and(|t| t.norm == "OF")
    {
        return noun_run_end(head + 2).filter(|&k| ill(k));
    }
    None
}

/// Verbs of thought, whose default code 040 ("consult") says nothing of what they do
/// ([`Ctx::pattern_only`]).
const THOUGHT_VERBS: &[&str] = &[
    "consider",
    "reconsider",
    "contemplate",
    "excogitate",
    "meditate",
    "mull",
    "muse",
    "ponder",
    "reason",
    "ruminate",
    "speculate",
    "weigh",
];

/// Verbs whose default code 060 ("material cooperation") says nothing of what they do
/// ([`Ctx::pattern_only`]).
const ZERO_SIXTY_VERBS: &[&str] = &[
    "give",
    "provide",
    "grant",
    "supply",
    "lend",
    "trade",
    "exchange",
    "swap",
    "link",
    "connect",
    "tie",
    "establish",
    "found",
    "enact",
    "institute",
    "control",
    "govern",
    "handle",
    "direct",
    "conduct",
    "administer",
    "command",
    "oversee",
    "benefit",
    "ease",
    "facilitate",
    "simplify",
    "mitigate",
    // (OVERSEE_MANAGE's court rulings and regulators: "the District Court ruled that …",
    // "supervise drug production"; GRANT's noun read as a verb: "the Paris accord";
    // ALLOCATE's ratings: "assigned an AAA rating"; MERGE's "several factors have combined"; ENACT's "the gangs constitute terrorist groups".)
    "constitute",
    "rule",
    "regulate",
    "supervise",
    "supervize",
    "steer",
    "dictate",
    "prescribe",
    "enjoin",
    "accord",
    "assign",
    "allot",
    "apportion",
    "task",
    "combine",
    "blend",
    "coalesce",
    "conflate",
    "fuse",
];

/// Verbs whose default code, in news mode, says nothing of what they do: they code only
/// through a pattern ([`Ctx::pattern_only`]). Light verbs ("take steps", "face a
/// challenge"); verbs of thinking and expecting; of quantity ("increase", "expand": the
/// Phoenix set's BOOST 060 by default; not "intensify", "escalate", "heighten", whose
/// default a dictionary may give a force posture: "intensified its forces", 154); of bearing
/// on something ("involve", "affect", "mean"); of leaving ("leaves victims", "left
/// Venezuela": no meeting, the Phoenix set's GO_SOMEWHERE 040; "go" and "travel" keep
/// theirs, a journey to the one visited); of leading and serving ("led by a researcher",
/// "serves 83,000 customers"; "served as" is read by its own rule: a go-between serving as
/// a contact acts for those it links).
const PATTERN_ONLY_VERBS: &[&str] = &[
    "take",
    "think",
    "expect",
    "increase",
    "expand",
    "boost",
    "enhance",
    "enlarge",
    "augment",
    "amplify",
    "deepen",
    "magnify",
    "compound",
    "exaggerate",
    "face",
    "involve",
    "affect",
    "mean",
    "hear",
    "learn",
    "improve",
    "issue",
    "serve",
    "relate",
    "lead",
    "head",
    "manage",
    "leave",
    // (INFLUENCE's 050: "especially impacted by organized crime", "a U.S. influenced
    // attempt"; PHYSICAL_CONFLICT's 190: "struggles to reorganize", "have struggled to
    // improve security".)
    "impact",
    "influence",
    "tempt",
    "struggle",
    "grapple",
];

/// Nouns of a written statement, whose participle or relative clause says what it says.
const STATEMENT_NOUNS: &[&str] = &[
    "STATEMENT",
    "REPORT",
    "LETTER",
    "COMMUNIQUE",
    "DECLARATION",
    "RESOLUTION",
    "MESSAGE",
    "PETITION",
    "MOTION",
];

/// Whether the verb at token `k` belongs to an attribution phrase: after "according to" (up
/// to the next comma, semicolon, dash or stop), a participle describing the report ("a report
/// released by", "sources consulted by") or the verb of a relative clause ("documents that
/// CANICARNE sent"). A finite verb with its own subject there is the sentence's ("according to
/// the ministry the country is threatened by").
fn in_attribution(tokens: &[dyad_text::Token], tags: &[dyad_pos::Tag], k: usize) -> bool {
    use dyad_pos::Tag as T;
    let Some(j) = (0..k.saturating_sub(1))
        .rev()
        .take_while(|&j| {
            !matches!(
                tokens[j + 1].kind,
                TokenKind::Comma | TokenKind::Semicolon | TokenKind::Stop | TokenKind::Dash
            )
        })
        .find(|&j| tokens[j].norm == "ACCORDING" && tokens[j + 1].norm == "TO")
    else {
        return false;
    };
    let relative = tokens[j + 2..k]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "THAT" | "WHO" | "WHICH" | "WHOM" | "WHOSE"));
    let participle = matches!(tags.get(k), Some(T::VBN | T::VBG))
        && !(j + 2..k)
            .rev()
            .find(|&q| tags.get(q) != Some(&T::RB))
            .is_some_and(|q| crate::is_be_or_have(&tokens[q].norm));
    relative || participle
}

/// Whether a noun names people or a body that acts for its possessor ("Whitmer's office",
/// "Prado's lawyers", "Afghanistan's nominee", "Honduras' private sector"), which a
/// possessed subject may well be: they are no mere thing.
fn acting_noun(norm: &str) -> bool {
    let singular = norm.strip_suffix("IES").map(|w| format!("{w}Y"));
    let word = singular
        .as_deref()
        .unwrap_or_else(|| norm.strip_suffix('S').unwrap_or(norm));
    matches!(
        word,
        "OFFICE"
            | "LAWYER"
            | "ATTORNEY"
            | "CRITIC"
            | "SECTOR"
            | "UNIT"
            | "TEAM"
            | "STAFF"
            | "CAMPAIGN"
            | "CAMP"
            | "ADMINISTRATION"
            | "PRESIDENCY"
            | "MONARCHY"
            | "CABINET"
            | "DELEGATION"
            | "REPRESENTATIVE"
            | "SPOKESMAN"
            | "SPOKESWOMAN"
            | "SPOKESPERSON"
            | "AIDE"
            | "ADVISER"
            | "ADVISOR"
            | "ALLY"
            | "SUPPORTER"
            | "OPPONENT"
            | "LEADERSHIP"
            | "COMMAND"
            | "BRANCH"
            | "DIVISION"
            | "WING"
            | "SERVICE"
            | "ENVOY"
            | "COALITION"
            | "PARTNER"
            | "NEIGHBOR"
            | "NEIGHBOUR"
            | "FAMILY"
            | "WIFE"
            | "HUSBAND"
            | "SON"
            | "DAUGHTER"
            | "SUCCESSOR"
            | "PREDECESSOR"
            | "NATIONAL"
            | "VOTER"
            | "ELECTORATE"
            | "MEMBER"
            | "FIGHTER"
            | "LEADER"
            | "HEAD"
            | "CHIEF"
            | "DEPUTY"
            | "CANDIDATE"
            | "GOVERNMENT"
            | "REGIME"
            | "MINISTRY"
            | "AGENCY"
            | "DEPARTMENT"
            | "COUNCIL"
            | "COMMITTEE"
            | "COMMISSION"
            | "PARLIAMENT"
            | "CONGRESS"
            | "SENATE"
            | "COURT"
            | "POLICE"
            | "ARMY"
            | "NAVY"
            | "MILITARY"
            | "FORCE"
            | "TROOP"
            | "EMBASSY"
            | "MISSION"
            | "PARTY"
            | "UNION"
            | "GROUP"
            | "ORGANIZATION"
            | "ORGANISATION"
            | "COMPANY"
            | "FIRM"
            | "PEOPLE"
            | "PRESS"
            | "MEDIA"
    ) || word.ends_with("EE")
        || word.ends_with("IST")
        || word.ends_with("MAN")
        || word.ends_with("MEN")
}

/// A verb by which armed forces are moved ("were sent to Syria", "deployed", "stationed"):
/// an armed force in its agentless passive is its own country's act.
fn deployment_verb(verb: &str) -> bool {
    [
        "SEND",
        "SENT",
        "DEPLOY",
        "REDEPLOY",
        "DISPATCH",
        "STATION",
        "POSITION",
        "MOBILI",
        "MOVED",
        "TRANSFERR",
        "RUSHED",
        "FLOWN",
        "AIRLIFT",
        "ASSIGN",
        "BASED",
        "ORDERED",
    ]
    .iter()
    .any(|p| verb.starts_with(p))
}

/// Whether the verb at token `k` opens a free participial clause of inference or result after
/// a comma: "…, suggesting that production may be increasing", "…, meaning he could run", "…,
/// allowing Hernandez to run".
fn inference(tokens: &[dyad_text::Token], k: usize) -> bool {
    k > 0
        && tokens[k - 1].kind == TokenKind::Comma
        && matches!(
            tokens[k].norm.as_str(),
            "SUGGESTING"
                | "INDICATING"
                | "MEANING"
                | "SHOWING"
                | "SIGNALLING"
                | "SIGNALING"
                | "IMPLYING"
                | "ILLUSTRATING"
                | "UNDERSCORING"
                | "UNDERLINING"
                | "REFLECTING"
                // (and of result: "overturned the ban, allowing Hernandez to run", "…,
                // raising fears of renewed hostilities", "…, prompting protests")
                | "ALLOWING"
                | "ENABLING"
                | "PERMITTING"
                | "RAISING"
                | "PROMPTING"
                | "SPARKING"
                | "TRIGGERING"
                | "FUELING"
                | "FUELLING"
        )
}

/// Nouns of time that may close a verb phrase before an infinitive of purpose ("met bankers
/// last night to begin …").
const TIME_NOUNS: [&str; 16] = [
    "TODAY",
    "TOMORROW",
    "YESTERDAY",
    "NIGHT",
    "MORNING",
    "AFTERNOON",
    "EVENING",
    "WEEK",
    "WEEKEND",
    "MONTH",
    "YEAR",
    "HOUR",
    "HOURS",
    "DAYS",
    "WEEKS",
    "TIME",
];

/// Nouns that sum up a clause after a comma ("…, a trend evidenced by …").
const SUMMING_NOUNS: [&str; 18] = [
    "TREND",
    "MOVE",
    "SIGN",
    "STEP",
    "DECISION",
    "INDICATION",
    "DEVELOPMENT",
    "MEASURE",
    "PRACTICE",
    "TACTIC",
    "STRATEGY",
    "SHIFT",
    "REVERSAL",
    "BLOW",
    "SETBACK",
    "REFERENCE",
    "PATTERN",
    "PHENOMENON",
];

/// Things a country's adjective names that act on no one ("Bolivian law permits …",
/// "Guatemalan arsenals are arming …"): no instruments of force or aid ("Iranian missiles
/// hit Iraq" is Iran's act).
const NATIONAL_THINGS: &[&str] = &[
    "LAW",
    "LAWS",
    "LEGISLATION",
    "CONSTITUTION",
    "MARKET",
    "MARKETS",
    "ECONOMY",
    "ARSENAL",
    "ARSENALS",
    "TERRITORY",
    "SOIL",
    "WATERS",
    "AIRSPACE",
    "BORDER",
    "BORDERS",
    "PORT",
    "PORTS",
    "CITY",
    "CITIES",
    "TOWN",
    "TOWNS",
    "PRISON",
    "PRISONS",
    "COCAINE",
    "DRUGS",
    "GOLD",
    "OIL",
    "GAS",
    "PRODUCTS",
    "GOODS",
    "DATA",
    "FIGURES",
    "STATISTICS",
    "CURRENCY",
    "TRADE",
    "INDUSTRY",
    "SOCIETY",
    "CULTURE",
    // (trade: "Soviet mercury sales … threaten to capture 25 pct of the EC market")
    "SALES",
    "EXPORTS",
    "IMPORTS",
    "SHIPMENTS",
    "PRODUCTION",
    "OUTPUT",
    "PRICES",
    "SUPPLIES",
    "SURPLUS",
    "DEFICIT",
    "DEBT",
    "INFLATION",
];

/// Nouns of information released, published or shown: figures, a report, a statement, a video
/// ([`Ctx::information_object`], [`Ctx::information_subject`]).
fn is_information_noun(w: &str) -> bool {
    matches!(
        w,
        "NUMBERS"
            | "FIGURES"
            | "DETAILS"
            | "DATA"
            | "INFORMATION"
            | "STATEMENT"
            | "STATEMENTS"
            | "REPORT"
            | "REPORTS"
            | "RESULTS"
            | "VIDEO"
            | "VIDEOS"
            | "FOOTAGE"
            | "STATISTICS"
            | "LIST"
            | "NAMES"
            | "TRANSCRIPT"
            | "DOCUMENTS"
            | "RECORDS"
            | "STUDY"
            | "PHOTOS"
            | "PHOTOGRAPHS"
            | "IMAGES"
            | "FINDINGS"
            | "ESTIMATES"
            | "FORECAST"
            | "SURVEY"
            | "AUDIO"
            | "RECORDING"
            | "MEMO"
            | "COMMUNIQUE"
            | "DECLARATION"
    )
}

/// Whether `w` (a token's normal form) is a form of "use" or "employ", whose object is an
/// instrument of what the infinitive after it says.
fn is_use_verb(w: &str) -> bool {
    matches!(
        w,
        "USE" | "USES" | "USED" | "USING" | "EMPLOY" | "EMPLOYS" | "EMPLOYED" | "EMPLOYING"
    )
}

/// Participles that open a writer's comment on the act before them ("…, suggesting that",
/// "…, highlighting the", "…, underscoring").
const COMMENTARY: &[&str] = &[
    "SUGGESTING",
    "INDICATING",
    "HIGHLIGHTING",
    "UNDERSCORING",
    "UNDERLINING",
    "ILLUSTRATING",
    "REFLECTING",
    "SIGNALING",
    "SIGNALLING",
    "DEMONSTRATING",
    "SHOWING",
    "EVIDENCING",
    "HINTING",
    "POINTING",
    "RAISING",
    "MARKING",
];
