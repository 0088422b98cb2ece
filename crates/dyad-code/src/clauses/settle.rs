//! The sentence's events once every clause is coded: PETRARCH-2 transformations, dominant
//! and subordinate codes, one event per source, target and code, and (news mode) general
//! codes giving way to specific ones.

use dyad_core::{ActorMatch, Event, Provenance, Span};
use dyad_text::Token;

use super::{apply_transformations, Coded, Ctx};

impl Ctx<'_> {
    /// The sentence's events from what its verbs and nouns coded.
    pub(super) fn settle(&self, mut coded: Vec<Coded>) -> Vec<Event> {
        let Ctx {
            d,
            rec,
            units,
            config,
            ..
        } = *self;
        // PETRARCH-2 transformations: a saying verb over an embedded event recodes it.
        if let (false, Some(a)) = (d.transformations.is_empty(), &self.syntax) {
            apply_transformations(d, rec, units, a, &mut coded);
        }
        if coded.iter().any(|c| c.dominant) {
            coded.retain(|c| c.dominant);
        }
        if coded.iter().any(|c| !c.subordinate) {
            coded.retain(|c| !c.subordinate);
        }
        let events = self.distinct_events(coded);
        if config.every_verb && !config.tabari_rules {
            let events = self.attack_on_whom_it_killed(events);
            let events = give_way(self.tokens, events);
            self.implied_visits(events)
        } else {
            events
        }
    }

    /// News mode: a meeting between two countries' actors held in a place of one of them
    /// ("held talks in Jerusalem with Netanyahu", "met Putin at the Kremlin", "had lunch
    /// with Macron in Paris") is also the other's visit there (042), as human coders read it.
    fn implied_visits(&self, mut events: Vec<Event>) -> Vec<Event> {
        let (tokens, units) = (self.tokens, self.units);
        let mut visits: Vec<Event> = Vec::new();
        for e in &events {
            // (A meeting that took place: talks, a meeting, mediation or negotiations; not a
            // call, nor a visit or hosting already coded.)
            // (And named so: PETRARCH-2's dictionary files "leave", "assemble", "join" under
            // 040 too.)
            let meeting_word = tokens.iter().any(|t| {
                t.span.start >= e.verb_span.start
                    && t.span.end <= e.verb_span.end
                    && [
                        "MEET", "MET", "TALK", "HOLD", "HELD", "CONSULT", "NEGOTIAT", "CONFER",
                        "DISCUSS", "LUNCH", "DINNER", "DINE", "SUMMIT",
                    ]
                    .iter()
                    .any(|w| t.norm.starts_with(w))
            });
            if !matches!(e.code.as_str(), "040" | "044" | "045" | "046") || !meeting_word {
                continue;
            }
            let (Some(sa), Some(ta)) = (&e.source_actor, &e.target_actor) else {
                continue;
            };
            let (Some(sc), Some(tc)) = (e.source.get(..3), e.target.get(..3)) else {
                continue;
            };
            if sc == tc || !crate::units::is_country(sc) || !crate::units::is_country(tc) {
                continue;
            }
            // The place: a group of the host's country after "in" or "at" (and "the"), no
            // party to the meeting.
            let place = units.groups.iter().find_map(|g| {
                let (t0, t1) = g.tokens;
                let m = g.members.first()?;
                let span = Span::new(
                    tokens[t0].span.start as usize,
                    tokens[t1 - 1].span.end as usize,
                );
                let party = [sa.span, ta.span]
                    .iter()
                    .any(|p| p.start < span.end && span.start < p.end);
                let before = if t0 > 1 && tokens[t0 - 1].norm == "THE" {
                    t0 - 2
                } else {
                    t0.checked_sub(1)?
                };
                // (Not a place that names where a party is posted — "Turkey's ambassador in
                // Athens", "the Honduran consul in Chiapas" —, nor one with another verb
                // between it and the meeting's: "discussing a project to grow wheat in
                // Uganda".)
                // (Only an office one is posted to: "Orban met Xi Jinping in Beijing" is met
                // there.)
                let posted = [sa.span, ta.span].iter().any(|p| {
                    before > 0
                        && tokens[before - 1].span.end == p.end
                        && matches!(
                            tokens[before - 1].norm.as_str(),
                            "AMBASSADOR"
                                | "AMBASSADORS"
                                | "CONSUL"
                                | "CONSULS"
                                | "ENVOY"
                                | "ENVOYS"
                                | "EMBASSY"
                                | "CONSULATE"
                                | "MISSION"
                                | "REPRESENTATIVE"
                                | "REPRESENTATIVES"
                                | "DELEGATION"
                                | "CORRESPONDENT"
                                | "ATTACHE"
                                | "CHARGE"
                                | "AFFAIRES"
                                | "D'AFFAIRES"
                                | "OFFICE"
                                | "BUREAU"
                                | "TROOPS"
                                | "FORCES"
                                | "COMMUNITY"
                                | "DIASPORA"
                        )
                });
                let (a, b) = if span.start >= e.verb_span.end {
                    (e.verb_span.end, span.start)
                } else {
                    (span.end, e.verb_span.start)
                };
                let verb_between = tokens.iter().enumerate().any(|(k, t)| {
                    t.span.start >= a
                        && t.span.end <= b
                        && self.rec.tags.get(k).is_some_and(|g| g.is_verb())
                });
                (!party
                    && !posted
                    && !verb_between
                    && g.members.len() == 1
                    && !m.reference
                    && m.code.get(..3) == Some(tc)
                    // (a country, a city, or its seat of government: "the Kremlin")
                    && (m.code.len() == 3 || (m.code.len() == 6 && m.code.ends_with("GOV")))
                    && matches!(tokens[before].norm.as_str(), "IN" | "AT"))
                .then_some(m)
            });
            let Some(place) = place else { continue };
            let mut v = e.clone();
            let info = dyad_core::cameo::lookup("042");
            v.code = "042".to_string();
            v.root = info.map(|i| i.root.to_string());
            v.quad_class = info.map(|i| i.quad_class);
            v.goldstein = info.and_then(|i| i.goldstein);
            v.target = place.code.clone();
            v.target_actor = Some(place.to_match());
            if !events
                .iter()
                .chain(&visits)
                .any(|x| x.source == v.source && x.target.get(..3) == Some(tc) && x.code == "042")
            {
                visits.push(v);
            }
        }
        events.extend(visits);
        events
    }

    /// News mode: an attack by a country's forces on a place in their own country, followed
    /// by a participle of force of the same source (", killing …", ", wounding …"), is an
    /// attack on those it killed or wounded, as human coders read it ("The Iraqi air force
    /// carried out air strikes in western Mosul, killing dozens of Islamic State fighters":
    /// 195 on the fighters, not on Iraq). The killing itself then gives way to the attack's
    /// more specific code ([`give_way`]).
    fn attack_on_whom_it_killed(&self, mut events: Vec<Event>) -> Vec<Event> {
        let tokens = self.tokens;
        let participle_after_comma = |f: &Event| {
            tokens
                .iter()
                .position(|t| t.span.start == f.verb_span.start)
                .is_some_and(|k| {
                    k > 0
                        && tokens[k - 1].kind == dyad_text::TokenKind::Comma
                        && tokens[k].norm.ends_with("ING")
                })
        };
        let all = events.clone();
        let mut added: Vec<Event> = Vec::new();
        for e in events.iter_mut() {
            if e.code.get(..2) != Some("19")
                || e.target.len() != 3
                || e.source.get(..3) != Some(e.target.as_str())
                || !self.named_as_place(e)
            {
                continue;
            }
            let victims: Vec<(String, Option<ActorMatch>)> = all
                .iter()
                .filter(|f| {
                    f.verb_span.start > e.verb_span.start
                        && f.source == e.source
                        && !f.target.is_empty()
                        && f.target != e.target
                        && matches!(f.code.get(..2), Some("18" | "19" | "20"))
                        && participle_after_comma(f)
                })
                .map(|f| (f.target.clone(), f.target_actor.clone()))
                .collect();
            for (k, (target, actor)) in victims.into_iter().enumerate() {
                if k == 0 {
                    e.target = target;
                    e.target_actor = actor;
                } else {
                    let mut more = e.clone();
                    more.target = target;
                    more.target_actor = actor;
                    added.push(more);
                }
            }
        }
        events.extend(added);
        // (Each source, target and code once: the participle may have coded the same.)
        let mut seen: Vec<(String, String, String)> = Vec::new();
        events.retain(|e| {
            let key = (e.source.clone(), e.target.clone(), e.code.clone());
            let new = !seen.contains(&key);
            if new {
                seen.push(key);
            }
            new
        });
        events
    }

    /// The events of `coded`, without the own country named as the place as a target, only
    /// dyads under `require_dyad`, and each source, target and code once.
    fn distinct_events(&self, coded: Vec<Coded>) -> Vec<Event> {
        let mut seen: Vec<(String, String, String)> = Vec::new();
        coded
            .into_iter()
            .map(|c| c.event)
            // News mode: the source's own country named as the place, a place a statement
            // is about, the press a statement is told to: no target.
            .map(|mut e| {
                if self.own_country_as_place(&e)
                    || self.statement_about_a_place(&e)
                    || self.seized_in_a_place(&e)
                    || self.told_the_press(&e)
                {
                    e.target.clear();
                    e.target_actor = None;
                }
                e
            })
            .map(|mut e| {
                self.domestic_source(&mut e);
                self.domestic_target(&mut e);
                self.mission_country(&mut e);
                self.captured_place(&mut e);
                e
            })
            // News mode: a bare statement (010) with no one it is addressed to or about says
            // nothing an event can count ("officials say").
            .filter(|e| {
                !(self.config.every_verb
                    && !self.config.tabari_rules
                    && e.code == "010"
                    && e.target.is_empty())
            })
            // PETRARCH's require_dyad: a source, and a target that is an actor and not only an
            // agent ("---GOV").
            .filter(|e| {
                !self.config.require_dyad
                    || (!e.source.is_empty()
                        && !e.target.is_empty()
                        && !e.target.starts_with("---"))
            })
            // One event per source, target and code in a sentence (two verbs of one act, a joint
            // compound met twice).
            .filter(|e| {
                let key = (e.source.clone(), e.target.clone(), e.code.clone());
                let new = !seen.contains(&key);
                if new {
                    seen.push(key);
                }
                new
            })
            .collect()
    }

    /// News mode: the source's own country as a bare target, named as the place ("in",
    /// "at", "across" …), of a statement, an appeal, a meeting, praise, cooperation, aid, an
    /// inquiry, a complaint, a protest or a force posture is where it happened, no target
    /// ("led a ceremony in Wyoming", "intensified its forces in Mosul").
    fn own_country_as_place(&self, e: &Event) -> bool {
        self.config.every_verb
            && !self.config.tabari_rules
            && e.target.len() == 3
            && e.source.get(..3) == Some(e.target.as_str())
            && matches!(
                e.code.get(..2),
                Some("01" | "02" | "04" | "05" | "06" | "07" | "09" | "11" | "14" | "15")
            )
            && self.named_as_place(e)
    }

    /// Whether the event's verb is "capture" or "recapture" in any form.
    fn verb_is_capture(&self, e: &Event) -> bool {
        self.tokens
            .iter()
            .rfind(|t| t.span.end <= e.verb_span.end)
            .is_some_and(|t| t.norm.starts_with("CAPTUR") || t.norm.starts_with("RECAPTUR"))
    }

    /// News mode: a place captured, named right after the verb ("rebels captured Kidal",
    /// "troops recaptured Palmyra"), is territory taken (192), not people arrested (the
    /// CAPTURE block's default, 173: "police captured Jose Reynerio, alias El Meme"). Only a
    /// bare country's code from a place's name (not a nationality: "captured a Colombian
    /// national").
    fn captured_place(&self, e: &mut Event) {
        if !self.config.every_verb || self.config.tabari_rules || e.code != "173" {
            return;
        }
        if e.target.len() != 3 || !crate::units::is_country(&e.target) {
            return;
        }
        let tokens = self.tokens;
        if !self.verb_is_capture(e) {
            return;
        }
        let Some(v) = tokens.iter().rposition(|t| t.span.end <= e.verb_span.end) else {
            return;
        };
        let Some(ta) = e.target_actor.as_ref() else {
            return;
        };
        let first = if tokens.get(v + 1).is_some_and(|t| t.norm == "THE") {
            v + 2
        } else {
            v + 1
        };
        // (or the place before a passive: "the Gaza Strip was captured by Israel")
        let passive_after = tokens.get(v + 1).is_some_and(|t| t.norm == "BY")
            && tokens
                .iter()
                .rposition(|t| t.span.end <= ta.span.end)
                .is_some_and(|k| {
                    k < v
                        && tokens[k + 1..v].iter().all(|t| {
                            matches!(
                                t.norm.as_str(),
                                "WAS" | "WERE" | "IS" | "ARE" | "BEEN" | "BE" | "," | "LATER"
                            )
                        })
                });
        let named = (passive_after
            || tokens
                .get(first)
                .is_some_and(|t| t.span.start == ta.span.start))
            && tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.span.start >= ta.span.start && t.span.end <= ta.span.end)
                .all(|(k, _)| self.rec.tags.get(k) == Some(&dyad_pos::Tag::NNP));
        if !named {
            return;
        }
        let info = dyad_core::cameo::lookup("192");
        e.code = "192".to_string();
        e.root = info.map(|i| i.root.to_string());
        e.quad_class = info.map(|i| i.quad_class);
        e.goldstein = info.and_then(|i| i.goldstein);
        let entry = e
            .pattern
            .as_ref()
            .map_or(String::new(), |p| p.entry.clone());
        e.pattern = Some(Provenance {
            file: "(dyad rule)".to_string(),
            line: 0,
            entry: format!("captured place: a place named right after the verb is taken ({entry})"),
        });
    }

    /// News mode: troops sent to a peacekeeping mission "in" a country go to that country
    /// ("deploying 300 troops to the UN peacekeeping mission in Mali" → `GBR/MLI/074`), as
    /// human coders read it: the mission is where they serve, the country whom they serve.
    fn mission_country(&self, e: &mut Event) {
        if !self.config.every_verb
            || self.config.tabari_rules
            || !(e.code.starts_with("074") || e.code.starts_with("0334"))
            || !(e.target.starts_with("IGO") || e.target.contains("PKO"))
        {
            return;
        }
        let Some(ta) = e.target_actor.as_ref() else {
            return;
        };
        let Some(end) = self.tokens.iter().position(|t| t.span.start >= ta.span.end) else {
            return;
        };
        // The mission's words up to "in" (at most four: "peacekeeping force in South Sudan"),
        // or "there" after a place named before ("arrived in Mali to join the UN
        // peacekeeping mission there").
        let Some(k) = (end..(end + 5).min(self.tokens.len()))
            .find(|&k| matches!(self.tokens[k].norm.as_str(), "IN" | "THERE"))
        else {
            return;
        };
        if (end..k).any(|j| {
            self.tokens[j].kind != dyad_text::TokenKind::Word || self.units.group_of[j].is_some()
        }) {
            return;
        }
        // (Another organisation's force only when it keeps the peace: "an African Union
        // peacekeeping force in Somalia".)
        let start = self
            .tokens
            .iter()
            .position(|t| t.span.start >= ta.span.start)
            .unwrap_or(0);
        let keeps_peace = e.target.contains("PKO")
            || e.target == "IGOUNO"
            || (start..k).any(|j| self.tokens[j].norm.starts_with("PEACEKEEP"));
        if !keeps_peace {
            return;
        }
        let place = if self.tokens[k].norm == "THERE" {
            // (the latest place "in" a country before the mission)
            (1..start)
                .rev()
                .find(|&j| self.tokens[j - 1].norm == "IN" && self.group_starting(j).is_some())
        } else {
            Some(k + 1)
        };
        let Some(g) = place.and_then(|j| self.group_starting(j)) else {
            return;
        };
        let Some(a) = self.units.groups[g as usize].members.first() else {
            return;
        };
        let Some(country) = a.code.get(..3).filter(|c| crate::units::is_country(c)) else {
            return;
        };
        if a.code.len() != 3 || crate::units::is_region(country) {
            return;
        }
        e.target = a.code.clone();
        e.target_actor = Some(a.to_match());
    }

    /// News mode: people of no named country protesting against a country's government or
    /// people are that country's own ("Activists launched a hunger strike to protest the
    /// Trump administration's policy" → `USAOPP`; "employees stopped work in a strike at the
    /// mine in Papua" → `IDNLAB`), as a human coder reads them. The source's code gains the
    /// country, and its provenance names this rule.
    fn domestic_source(&self, e: &mut Event) {
        if !self.config.every_verb || self.config.tabari_rules || !e.code.starts_with("14") {
            return;
        }
        if !PEOPLE.contains(&e.source.as_str()) {
            return;
        }
        let Some(country) = e.target.get(..3).filter(|c| crate::units::is_country(c)) else {
            return;
        };
        if crate::units::is_region(country) {
            return;
        }
        e.source = format!("{country}{}", e.source);
        if let Some(sa) = e.source_actor.as_mut() {
            sa.code.clone_from(&e.source);
            sa.provenance.push(Provenance {
                file: "(dyad rule)".to_string(),
                line: 0,
                entry: format!(
                    "domestic source: people protesting ({}) against {} are its own",
                    e.code, e.target
                ),
            });
        }
    }

    /// News mode: a domestic act that names no target takes the source's own country, as a
    /// human coder reads it: a protest or a hunger strike with no one named is against the
    /// country's government ("Indian farmers began a hunger strike" → `INDGOV`), a curfew or a
    /// state of emergency declared by the state restricts the country's people (`BOLCVL`), so
    /// do its other administrative sanctions (172: `VEN`), a strike is at home (`IDN`); people
    /// calling off a protest or strike yield to their government (082: `BRAGOV`), an armed
    /// group declaring a ceasefire or laying down its arms de-escalates towards it (0871,
    /// 0356: `ETHGOV`). Only for a source of a country (not an organisation's or a region's);
    /// a protest only by people (not by the state, whose protest is a complaint, nor by armed
    /// groups). The inferred target has an empty span and names this rule.
    fn domestic_target(&self, e: &mut Event) {
        if !self.config.every_verb || self.config.tabari_rules || !e.target.is_empty() {
            return;
        }
        let Some(country) = e.source.get(..3).filter(|c| crate::units::is_country(c)) else {
            return;
        };
        if crate::units::is_region(country) {
            return;
        }
        // The source's own role: none for a bare country.
        let own = e.source.get(3..6).unwrap_or("");
        let state = matches!(own, "" | "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY");
        let role = match e.code.as_str() {
            // (A strike by anyone, a state's police included.)
            c if c.starts_with("143") => "",
            // (People protesting; not a state's own organs, whose "protest" is a
            // diplomatic complaint, nor armed groups.)
            c if c.starts_with("14") && !state && !ARMED.contains(&own) => "GOV",
            // (People calling off their protest or strike yield to their government.)
            c if c.starts_with("082") && !state && !ARMED.contains(&own) => "GOV",
            // (Armed groups declaring a ceasefire, laying down or pulling back their arms
            // de-escalate against their country's government.)
            // (Not gangs, whose truces are mostly among themselves.)
            c if (c.starts_with("087") || c.starts_with("0356"))
                && ARMED.contains(&own)
                && own != "CRM" =>
            {
                "GOV"
            }
            // (Imposed by the state.)
            c if (c.starts_with("1723") || c.starts_with("1724")) && state => "CVL",
            // (Other administrative sanctions imposed by the state — bans, restrictions,
            // expropriation — fall on the country's own people or bodies, role unnamed.)
            c if c.starts_with("172") && state => "",
            _ => return,
        };
        let code = format!("{country}{role}");
        let at = e.verb_span.start as usize;
        e.target_actor = Some(ActorMatch {
            code: code.clone(),
            span: Span::new(at, at),
            provenance: vec![Provenance {
                file: "(dyad rule)".to_string(),
                line: 0,
                entry: format!(
                    "domestic target: {} names no target; the source's own country",
                    e.code
                ),
            }],
        });
        e.target = code;
    }

    /// News mode: a bare country named as the place ("hoped for commitments at a conference
    /// in New York") is no target of a statement, its optimism, pessimism, refusal to
    /// comment or policy consideration (010–014, 016, 017, 019; claims and condolences keep
    /// theirs: "condolences over the earthquake in Sichuan").
    fn statement_about_a_place(&self, e: &Event) -> bool {
        self.config.every_verb
            && !self.config.tabari_rules
            && e.target.len() == 3
            && matches!(
                e.code.as_str(),
                "010" | "011" | "012" | "013" | "014" | "016" | "017" | "019"
            )
            && self.named_as_place(e)
            && !self.situation_in_place(e)
    }

    /// News mode: a bare country named as the place of a seizure or capture ("seized 10
    /// tons of cocaine at the port of Cartagena", "was captured in Cali by police") is
    /// where it happened, not whose goods or people were taken (171, 1711; not the
    /// destruction of property, 1712, which is the place's: "torched a school in Nangarhar").
    fn seized_in_a_place(&self, e: &Event) -> bool {
        self.config.every_verb
            && !self.config.tabari_rules
            && e.target.len() == 3
            && (matches!(e.code.as_str(), "171" | "1711")
                // (and people captured: "captured Cesar Gastelum, alias La Senora, in Cancun")
                || (e.code == "173" && self.verb_is_capture(e)))
            && self.named_as_place(e)
            // (Not a people's modifier of what holds the goods: "weapons in Russian hands".)
            && !e.target_actor.as_ref().is_some_and(|ta| {
                self.tokens
                    .iter()
                    .position(|t| t.span.start >= ta.span.end)
                    .is_some_and(|k| {
                        let t = &self.tokens[k];
                        t.kind == dyad_text::TokenKind::Word
                            && !t.capitalized
                            && !PLACE_NOUNS.contains(&t.norm.as_str())
                            && self.rec.tags.get(k).is_some_and(|g| g.is_noun())
                    })
            })
    }

    /// News mode: whether the place a statement names is where what it is about happens
    /// ("concern over the escalation of military conflict in Syria", "the violence in the
    /// Kasai provinces"): the country is then what the statement is about, its target.
    fn situation_in_place(&self, e: &Event) -> bool {
        let Some(ta) = e.target_actor.as_ref() else {
            return false;
        };
        let Some(k) = self
            .tokens
            .iter()
            .position(|t| t.span.start >= ta.span.start)
        else {
            return false;
        };
        (k.saturating_sub(4)..k)
            .rev()
            .find(|&j| self.tokens[j].norm == "IN")
            .and_then(|j| j.checked_sub(1))
            .is_some_and(|j| SITUATIONS.contains(&self.tokens[j].norm.as_str()))
    }

    /// News mode: the press a statement is told to ("told Reuters", "told reporters") is no
    /// party to it.
    fn told_the_press(&self, e: &Event) -> bool {
        self.config.every_verb
            && !self.config.tabari_rules
            && e.code.starts_with("01")
            && (e.target == "MED" || e.target.get(3..6) == Some("MED"))
            && self
                .tokens
                .iter()
                .filter(|t| t.span.start >= e.verb_span.start && t.span.end <= e.verb_span.end)
                .any(|t| matches!(t.norm.as_str(), "TOLD" | "TELL" | "TELLS" | "TELLING"))
    }

    /// Whether the event's target is named after a place preposition ("in", "at",
    /// "across" …) at most three words before it — and not as a possessor, which names
    /// whose a thing is ("alterations in Kyrgyzstan's constitution").
    fn named_as_place(&self, e: &Event) -> bool {
        e.target_actor.as_ref().is_some_and(|ta| {
            // (A possessor of a place is still a place: "in Syria's Idlib province".)
            let possessor_of_a_thing = self
                .tokens
                .iter()
                .rposition(|t| t.span.end <= ta.span.end)
                .is_some_and(|last| {
                    self.tokens[last].possessive
                        && self.tokens[last + 1..]
                            .iter()
                            .take(3)
                            .take_while(|t| t.kind == dyad_text::TokenKind::Word)
                            .all(|t| !t.capitalized && !PLACE_NOUNS.contains(&t.norm.as_str()))
                });
            if possessor_of_a_thing {
                return false;
            }
            self.tokens
                .iter()
                .position(|t| t.span.start >= ta.span.start)
                .and_then(|k| k.checked_sub(1))
                .and_then(|k| {
                    let j = (k.saturating_sub(3)..=k)
                        .rev()
                        .find(|&j| self.rec.tags.get(j) == Some(&dyad_pos::Tag::IN))?;
                    // (Past "of" after a place noun: "at the port of Cartagena", "in the
                    // state of Morelos".)
                    if self.tokens[j].norm == "OF"
                        && j > 1
                        && PLACE_NOUNS.contains(&self.tokens[j - 1].norm.as_str())
                    {
                        return (j.saturating_sub(4)..j - 1)
                            .rev()
                            .find(|&q| self.rec.tags.get(q) == Some(&dyad_pos::Tag::IN));
                    }
                    Some(j)
                })
                .is_some_and(|j| {
                    matches!(
                        self.tokens[j].norm.as_str(),
                        "IN" | "AT" | "ACROSS" | "THROUGHOUT" | "INSIDE" | "WITHIN" | "NEAR"
                    )
                })
        })
    }
}

/// Nouns naming a part of a country: what a country's possessive before them names is a
/// place ("in Syria's northern province").
const PLACE_NOUNS: &[&str] = &[
    "PROVINCE",
    "PROVINCES",
    "REGION",
    "REGIONS",
    "CAPITAL",
    "CITY",
    "CITIES",
    "TOWN",
    "TOWNS",
    "VILLAGE",
    "VILLAGES",
    "DISTRICT",
    "DISTRICTS",
    "STATE",
    "STATES",
    "TERRITORY",
    "TERRITORIES",
    "BORDER",
    "BORDERS",
    "COAST",
    "AREA",
    "AREAS",
    "NORTH",
    "SOUTH",
    "EAST",
    "WEST",
    "NORTHEAST",
    "NORTHWEST",
    "SOUTHEAST",
    "SOUTHWEST",
    "HEARTLAND",
    "COUNTRYSIDE",
    "OUTSKIRTS",
    "PORT",
    "ISLAND",
    "ISLANDS",
    "PENINSULA",
    "SEA",
    "WATERS",
    "AIRSPACE",
    "EMBASSY",
    "CONSULATE",
    "JAIL",
    "JAILS",
    "PRISON",
    "PRISONS",
    "STREETS",
    "CAMPS",
    "CAMP",
    "BASE",
    "BASES",
];

/// Nouns of what happens in a place, which a statement about them is about.
const SITUATIONS: &[&str] = &[
    "CONFLICT",
    "VIOLENCE",
    "WAR",
    "CRISIS",
    "SITUATION",
    "FIGHTING",
    "UNREST",
    "PROTESTS",
    "ESCALATION",
    "DEVELOPMENTS",
    "EVENTS",
    "ATTACKS",
    "CLASHES",
    "ELECTIONS",
    "ELECTION",
    "CRACKDOWN",
    "REPRESSION",
    "KILLINGS",
    "ABUSES",
    "HOSTILITIES",
    "TENSIONS",
    "TENSION",
    "INSTABILITY",
    "OFFENSIVE",
    "BOMBING",
    "BOMBINGS",
    "DETERIORATION",
    "TURMOIL",
    "CHAOS",
];

/// Armed groups: their acts of protest code no domestic target.
const ARMED: &[&str] = &["REB", "INS", "SEP", "UAF", "CRM"];

/// Codes of people without a country of their own (bare agents) whose protest against a
/// country makes them its own people.
const PEOPLE: &[&str] = &[
    "OPP", "LAB", "CVL", "EDU", "AGR", "HLH", "REF", "BUS", "ENV", "HRI", "MED",
];

/// News mode: a general code gives way to a specific one of its root between the same
/// actors ("offered to mediate": 030 and 036 → 036; "threatened to invade": 130 and 138).
fn give_way(tokens: &[Token], events: Vec<Event>) -> Vec<Event> {
    let general = |c: &str| c.len() == 3 && c.ends_with('0');
    // (A statement with no target gives way to any of its root by the same source.)
    // (Not two coordinated verbs of force, two acts: "killed and captured dozens of
    // soldiers"; "backed down and abandoned his policy" is one.)
    let coordinated = |e: &Event, f: &Event| {
        if !matches!(e.code.get(..2), Some("17" | "18" | "19" | "20")) {
            return false;
        }
        let (a, b) = if e.verb_span.start < f.verb_span.start {
            (e.verb_span.end, f.verb_span.start)
        } else {
            (f.verb_span.end, e.verb_span.start)
        };
        let between: Vec<&Token> = tokens
            .iter()
            .filter(|t| t.span.start >= a && t.span.end <= b)
            .collect();
        between.len() == 1 && matches!(between[0].norm.as_str(), "AND" | "OR")
    };
    let specific_of = |e: &Event, f: &Event| {
        f.source == e.source
            && (f.target == e.target || e.target.is_empty())
            && f.code != e.code
            && f.code.get(..2) == e.code.get(..2)
            && !coordinated(e, f)
    };
    // So does an event with no target to the same one with a target ("held talks with
    // Karzai … and discussed issues": one meeting, with Karzai).
    let targeted_twin = |e: &Event| {
        e.target.is_empty()
            && events
                .iter()
                .any(|f| f.source == e.source && f.code == e.code && !f.target.is_empty())
    };
    // So does a bare country target to its own organ for the same source and root
    // ("hit military positions in Saudi Arabia … and destroyed them": SAUMIL, not SAU too).
    let vaguer_target = |e: &Event, f: &Event| {
        f.source == e.source
            && e.target.len() == 3
            && f.target.len() > 3
            && f.target.starts_with(&e.target)
            && f.code.get(..2) == e.code.get(..2)
            // (Not civilians killed in an attack on the place: "shelled Kherson, killing
            // two civilians" is an attack on the city and a killing of its people.)
            && !f.target[3..].starts_with("CVL")
    };
    // So does a plain statement (010, "issued a statement urging …") to any other event
    // of its source: the statement is that event.
    let said_otherwise = |e: &Event| {
        e.code == "010"
            && events
                .iter()
                .any(|f| f.source == e.source && f.code != "010")
    };
    // And summoning an envoy gives way to what the envoy was summoned for ("summoned the
    // Chinese ambassador to complain": the complaint, 114).
    let summoned_for = |e: &Event| {
        tokens
            .iter()
            .find(|t| t.span.start == e.verb_span.start)
            .is_some_and(|t| t.norm.starts_with("SUMMON"))
            && events
                .iter()
                .any(|f| f.source == e.source && f.target == e.target && f.code != e.code)
    };
    events
        .iter()
        .filter(|e| !said_otherwise(e) && !summoned_for(e) && !targeted_twin(e))
        .filter(|e| !(general(&e.code) && events.iter().any(|f| specific_of(e, f))))
        // (and a code gives way to its own refinement between the same actors: 031 to
        // 0311, "pledged to buy more American soybeans")
        .filter(|e| {
            !events.iter().any(|f| {
                f.source == e.source
                    && f.target == e.target
                    && f.code.len() > e.code.len()
                    && f.code.starts_with(e.code.as_str())
            })
        })
        .filter(|e| !events.iter().any(|f| vaguer_target(e, f)))
        .cloned()
        .collect()
}
