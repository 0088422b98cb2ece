//! Enrichment of coded events: what a researcher needs beyond source, target and code.
//!
//! [`Enricher::enrich`] takes a [`Record`] and the events the coder found in it and gives each
//! event its date (dyad-time), place (dyad-geo), speaker ("who said it"), negation, modality
//! (with modal acts converted to demands, appeals, threats or intents), PLOVER type and tone
//! (VADER), and lists the article's quotations with their speakers. The rules are in the crate
//! README; [`input`] detects the language of an article and extracts the main text of HTML.
//!
//! ```
//! use dyad_enrich::Enricher;
//! let e = Enricher::new();
//! let rec = dyad_core::Record {
//!     id: "a".into(), date: chrono::NaiveDate::from_ymd_opt(2024, 1, 12), source: Some("Wire".into()),
//!     url: None, title: None, text: "Rebels attacked Tripoli on Wednesday.".into(),
//!     format: dyad_core::RecordFormat::JsonLines, origin: "x:1".into(),
//! };
//! let out = e.enrich(&rec, &[]);
//! assert!(out.events.is_empty());
//! assert!(out.tone < 0.0);
//! ```

mod codes;
pub mod input;
mod json;
pub mod tone;
mod words;

use std::collections::HashMap;

use chrono::NaiveDate;
use dyad_core::{cameo, Event, Record, Span};
use dyad_geo::{Gazetteer, PlaceKind};
use serde::Serialize;
use words::{clause, index_at, is_anaphor, is_speech_verb, scan, W};

pub use codes::{appeal_code, demand_code, intent_code, threat_code};
pub use json::{EventLine, SCHEMA_VERSION};

/// Errors of enrichment inputs.
#[derive(Debug, thiserror::Error)]
pub enum EnrichError {
    /// An HTML page gave no main text.
    #[error("{origin}: HTML: {reason}")]
    Html {
        /// The file.
        origin: String,
        /// Why.
        reason: String,
    },
}

/// How precisely an event date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// A day.
    Day,
    /// A Monday-to-Sunday week (the date is its Monday).
    Week,
    /// A month (the date is its 1st).
    Month,
    /// A year (the date is 1 January).
    Year,
    /// No time expression: the article's publication date.
    Article,
}

/// Which text gave an event's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationBasis {
    /// A place named in the event's clause.
    Clause,
    /// A place named elsewhere in the sentence.
    Sentence,
    /// The article's most mentioned place.
    Article,
    /// The target actor's country (first three letters of its code).
    Target,
    /// The source actor's country.
    Source,
}

/// Where an event happened.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Location {
    /// GeoNames main name.
    pub name: String,
    /// ISO 3166-1 alpha-3.
    pub country: String,
    /// FIPS 10-4 country code (GDELT's), when GeoNames has one.
    pub fips: Option<String>,
    /// GeoNames admin1 code (cities only).
    pub adm1: Option<String>,
    /// Latitude (a country's capital for a country).
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// GeoNames id.
    pub geonames_id: u32,
    /// Which text gave it.
    pub basis: LocationBasis,
    /// The words that named it (none for `target`/`source`).
    pub text: Option<String>,
}

/// Speaker or outlet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SaidByKind {
    /// Reported speech: a quotation, a clause under "X said", or the speaker's own verbal act.
    Speaker,
    /// The article's own voice: the outlet.
    Outlet,
}

/// Who asserts an event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SaidBy {
    /// The speaker's actor code (`None` when the speaker is not a known actor, and for an
    /// outlet).
    pub code: Option<String>,
    /// The speaker's words, or the outlet's name.
    pub text: Option<String>,
    /// Speaker or outlet.
    pub kind: SaidByKind,
}

/// PLOVER modality of an event (`None`: asserted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// "did not attack".
    Negated,
    /// "may meet", "could attack", "if … attacks", "should withdraw" without a speaker.
    Hypothetical,
    /// "will visit", "plans to", "is expected to", a future date.
    Future,
    /// The event date lies well before publication (dyad-time's rule).
    Historical,
}

/// PLOVER event type, mode and context of the (converted) code.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plover {
    /// PLOVER event type.
    pub event_type: String,
    /// PLOVER mode of the CAMEO code (e.g. `ceasefire`).
    pub mode: Option<String>,
    /// PLOVER context(s).
    pub context: Option<String>,
}

/// A modal act turned into what it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conversion {
    /// The coder's code.
    pub code: String,
    /// The coder's source and target.
    pub source: String,
    /// The coder's target.
    pub target: String,
    /// Which rule: `demand`, `appeal`, `threat`, `intent`.
    pub rule: &'static str,
    /// The words that triggered it ("should", "called on", "threatened to").
    pub trigger: String,
}

/// One event with everything the enrichment adds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EnrichedEvent {
    /// The event (after any modal conversion: code, root, quad class, Goldstein, actors).
    pub event: Event,
    /// The coder's original reading when a modal rule converted it.
    pub converted_from: Option<Conversion>,
    /// When it happened (`None` only when the record has no date and the text none).
    pub event_date: Option<NaiveDate>,
    /// How precisely.
    pub date_precision: DatePrecision,
    /// The time expression used.
    pub date_text: Option<String>,
    /// Dated well before publication (dyad-time's rule).
    pub historical: bool,
    /// Where.
    pub location: Option<Location>,
    /// Who asserts it.
    pub said_by: SaidBy,
    /// A negator governs the verb.
    pub negated: bool,
    /// PLOVER modality.
    pub mode: Option<Mode>,
    /// The words that set the mode.
    pub mode_text: Option<String>,
    /// PLOVER type of the code.
    pub plover: Option<Plover>,
    /// VADER compound tone of the sentence, −1..=1.
    pub tone: f64,
}

/// A quotation in the article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quotation {
    /// The quoted words (without the quote marks).
    pub span: Span,
    /// Their text.
    pub text: String,
    /// The speaker's actor code, when known.
    pub speaker: Option<String>,
    /// The speaker's words.
    pub speaker_text: Option<String>,
}

/// Everything the enrichment found in an article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Enriched {
    /// The events, in the coder's order.
    pub events: Vec<EnrichedEvent>,
    /// Quotations with their speakers.
    pub quotations: Vec<Quotation>,
    /// Article tone: mean VADER compound of its sentences, −1..=1.
    pub tone: f64,
}

/// The enricher: holds the embedded gazetteer; cheap to share across threads.
#[derive(Clone, Copy)]
pub struct Enricher {
    gz: &'static Gazetteer,
}

impl Default for Enricher {
    fn default() -> Self {
        Enricher::new()
    }
}

/// One speech act: a speech verb and its speaker.
#[derive(Clone, Debug)]
struct Speech {
    /// The speech verb's bytes.
    verb: Span,
    /// Sentence index.
    sentence: usize,
    /// Bytes it governs (reported clause).
    scope: (usize, usize),
    code: Option<String>,
    text: Option<String>,
}

/// A place mention, resolved.
#[derive(Clone, Debug)]
struct Mention {
    start: usize,
    end: usize,
    id: u32,
    /// Preceded by a locative preposition: 3 (in/at/near/…), 2 (to/into/from), 0.
    prep: u8,
    city: bool,
}

struct Sentence {
    span: Span,
    words: Vec<W>,
    times: Vec<dyad_time::TimeExpr>,
    places: Vec<Mention>,
    tone: f64,
}

fn to_precision(p: dyad_time::Precision) -> DatePrecision {
    match p {
        dyad_time::Precision::Day => DatePrecision::Day,
        dyad_time::Precision::Week => DatePrecision::Week,
        dyad_time::Precision::Month => DatePrecision::Month,
        dyad_time::Precision::Year => DatePrecision::Year,
    }
}

impl Enricher {
    /// An enricher over dyad-geo's embedded gazetteer.
    pub fn new() -> Enricher {
        Enricher {
            gz: Gazetteer::embedded(),
        }
    }

    /// Enriches the `events` the coder found in `record` (see the crate README for the rules).
    pub fn enrich(&self, record: &Record, events: &[Event]) -> Enriched {
        let text = record.text.as_str();
        let published = record.date;
        // Actors the coder matched anywhere in the article.
        let mut actors: Vec<(Span, String)> = Vec::new();
        for e in events {
            for a in [&e.source_actor, &e.target_actor].into_iter().flatten() {
                if !actors.iter().any(|(s, _)| *s == a.span) && a.span.end as usize <= text.len() {
                    actors.push((a.span, a.code.clone()));
                }
            }
        }
        actors.sort_by_key(|(s, _)| s.start);
        let sentences = self.sentences(text, published, events);
        // Context countries: countries named in the text and the actors' countries.
        let mut context: Vec<String> = Vec::new();
        for s in &sentences {
            for m in &s.places {
                if let Some(p) = self.gz.place(m.id) {
                    if p.kind == PlaceKind::Country && !context.contains(&p.country_iso3) {
                        context.push(p.country_iso3.clone());
                    }
                }
            }
        }
        for (_, code) in &actors {
            if let Some(c) = code.get(..3) {
                if self.gz.country_by_iso3(c).is_some() && !context.iter().any(|x| x == c) {
                    context.push(c.to_string());
                }
            }
        }
        let ctx: Vec<&str> = context.iter().map(String::as_str).collect();
        let mut sentences = sentences;
        for s in &mut sentences {
            let t = &text[s.span.start as usize..s.span.end as usize];
            s.places = self
                .gz
                .find_toponyms(t)
                .into_iter()
                .filter_map(|(r, ids)| {
                    let p = self.gz.resolve(&ids, &ctx)?;
                    let start = s.span.start as usize + r.start;
                    let i = index_at(&s.words, start);
                    let prep = if i > 0 {
                        match s.words[i - 1].lower.as_str() {
                            "in" | "at" | "near" | "outside" | "inside" | "across"
                            | "throughout" | "around" => 3,
                            "to" | "into" | "from" => 2,
                            _ => 0,
                        }
                    } else {
                        0
                    };
                    Some(Mention {
                        start,
                        end: s.span.start as usize + r.end,
                        id: p.geonames_id,
                        prep,
                        city: p.kind == PlaceKind::City,
                    })
                })
                .collect();
        }
        // The article's main place: the most mentioned, the first on ties.
        let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
        for (k, m) in sentences.iter().flat_map(|s| s.places.iter()).enumerate() {
            let c = counts.entry(m.id).or_insert((0, k));
            c.0 += 1;
        }
        let main_place = counts
            .iter()
            .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))
            .map(|(id, _)| *id);

        let speeches = self.speeches(text, &sentences, events, &actors);
        let quotations = quotations(text, &sentences, &speeches, &actors);

        let outlet = SaidBy {
            code: None,
            text: record.source.clone(),
            kind: SaidByKind::Outlet,
        };
        let mut out = Vec::with_capacity(events.len());
        for e in events {
            let Some(si) = sentences.iter().position(|s| s.span == e.sentence_span) else {
                // An event from text the sentence splitter does not know: keep it plain.
                out.push(self.plain(e, published, &outlet));
                continue;
            };
            let s = &sentences[si];
            let vi = index_at(&s.words, e.verb_span.start as usize).min(s.words.len());
            let (cs, ce) = clause(&s.words, vi);
            let cspan = (
                s.words
                    .get(cs)
                    .map_or(e.verb_span.start as usize, |w| w.start),
                s.words
                    .get(ce.saturating_sub(1))
                    .map_or(e.verb_span.end as usize, |w| w.end),
            );
            // Date.
            let vpos = e.verb_span.start as usize;
            let in_clause = s
                .times
                .iter()
                .filter(|t| t.start >= cspan.0 && t.end <= cspan.1)
                .min_by_key(|t| t.start.abs_diff(vpos));
            let chosen = in_clause.or_else(|| {
                s.times
                    .iter()
                    .filter(|t| {
                        t.kind != dyad_time::TimeKind::Since
                            || s.words.first().is_some_and(|w| w.start == t.start)
                    })
                    .min_by_key(|t| t.start.abs_diff(vpos))
            });
            let (event_date, date_precision, date_text, historical, future) =
                match (chosen, published) {
                    (Some(t), Some(p)) => (
                        Some(t.date),
                        to_precision(t.precision),
                        Some(t.text.clone()),
                        dyad_time::is_historical(t.date, t.precision, p),
                        t.kind == dyad_time::TimeKind::Future,
                    ),
                    _ => (published, DatePrecision::Article, None, false, false),
                };
            // Place.
            let location = self.locate(e, s, cspan, main_place, &actors);
            // Who said it.
            let said_by = said_by(e, &quotations, &speeches, si).unwrap_or_else(|| outlet.clone());
            // Negation and modality.
            let mut ev = e.clone();
            let m = modality(&s.words, vi, e, &actors, self.gz);
            let mut negated = m.negated;
            let mut mode = None;
            let mut mode_text = None;
            let mut converted_from = None;
            if let Some((kind, trigger, actee)) = &m.marker {
                let orig = Conversion {
                    code: e.code.clone(),
                    source: e.source.clone(),
                    target: e.target.clone(),
                    rule: "",
                    trigger: trigger.clone(),
                };
                let modal_code = codes::is_modal_code(&e.code);
                match kind {
                    Marker::Should if !modal_code => {
                        let demander = (said_by.kind == SaidByKind::Speaker)
                            .then(|| said_by.code.clone())
                            .flatten();
                        let actee = actee
                            .clone()
                            .or_else(|| (!e.source.is_empty()).then(|| e.source.clone()));
                        match (demander, actee) {
                            (Some(d), Some(a)) if d != a => {
                                let code = if negated {
                                    "100".to_string()
                                } else {
                                    codes::demand_code(&e.code)
                                };
                                negated = false;
                                set_code(&mut ev, &code);
                                ev.target = a;
                                ev.target_actor = None;
                                ev.source = d;
                                if ev.source != e.source {
                                    ev.source_actor = None;
                                }
                                converted_from = Some(Conversion {
                                    rule: "demand",
                                    ..orig
                                });
                            }
                            _ => {
                                mode = Some(Mode::Hypothetical);
                                mode_text = Some(trigger.clone());
                            }
                        }
                    }
                    Marker::Demand | Marker::Appeal if !modal_code => {
                        let code = if *kind == Marker::Demand {
                            codes::demand_code(&e.code)
                        } else {
                            codes::appeal_code(&e.code)
                        };
                        set_code(&mut ev, &code);
                        // The one who demands: the subject of the governing verb when the
                        // coder coded it ("Syria called on …"), else the event's source.
                        let demander = m
                            .governor
                            .and_then(|g| {
                                events.iter().find(|x| {
                                    x.sentence_span == e.sentence_span
                                        && x.verb_span.start as usize == g
                                        && !x.source.is_empty()
                                })
                            })
                            .map(|x| (x.source.clone(), x.source_actor.clone()))
                            .or_else(|| m.subject.clone().map(|c| (c, None)));
                        if let Some(a) = actee {
                            if ev.source.is_empty() || ev.source == *a {
                                if let Some((d, da)) = demander {
                                    ev.source = d;
                                    ev.source_actor = da;
                                }
                            }
                            if *a != ev.source {
                                ev.target = a.clone();
                                ev.target_actor = None;
                            }
                        }
                        converted_from = Some(Conversion {
                            rule: if *kind == Marker::Demand {
                                "demand"
                            } else {
                                "appeal"
                            },
                            ..orig
                        });
                    }
                    Marker::Threat if !modal_code => {
                        set_code(&mut ev, &codes::threat_code(&e.code));
                        converted_from = Some(Conversion {
                            rule: "threat",
                            ..orig
                        });
                    }
                    Marker::Intent if !modal_code && codes::is_cooperative(&e.code) && !negated => {
                        set_code(&mut ev, &codes::intent_code(&e.code));
                        converted_from = Some(Conversion {
                            rule: "intent",
                            ..orig
                        });
                    }
                    Marker::Intent | Marker::Future => {
                        mode = Some(Mode::Future);
                        mode_text = Some(trigger.clone());
                    }
                    Marker::Hypothetical => {
                        mode = Some(Mode::Hypothetical);
                        mode_text = Some(trigger.clone());
                    }
                    _ => {}
                }
            }
            if negated {
                mode = Some(Mode::Negated);
                mode_text = m.negator.clone();
            } else if mode.is_none() && future && converted_from.is_none() {
                mode = Some(Mode::Future);
                mode_text = date_text.clone();
            } else if mode.is_none() && historical {
                mode = Some(Mode::Historical);
                mode_text = date_text.clone();
            }
            let plover = cameo::plover(&ev.code).map(|p| Plover {
                event_type: p.event_type.to_string(),
                mode: p.mode.map(str::to_string),
                context: p.context.map(str::to_string),
            });
            out.push(EnrichedEvent {
                event: ev,
                converted_from,
                event_date,
                date_precision,
                date_text,
                historical,
                location,
                said_by,
                negated,
                mode,
                mode_text,
                plover,
                tone: s.tone,
            });
        }
        let tone = if sentences.is_empty() {
            0.0
        } else {
            sentences.iter().map(|s| s.tone).sum::<f64>() / sentences.len() as f64
        };
        Enriched {
            events: out,
            quotations,
            tone,
        }
    }

    fn plain(&self, e: &Event, published: Option<NaiveDate>, outlet: &SaidBy) -> EnrichedEvent {
        EnrichedEvent {
            event: e.clone(),
            converted_from: None,
            event_date: published,
            date_precision: DatePrecision::Article,
            date_text: None,
            historical: false,
            location: None,
            said_by: outlet.clone(),
            negated: false,
            mode: None,
            mode_text: None,
            plover: cameo::plover(&e.code).map(|p| Plover {
                event_type: p.event_type.to_string(),
                mode: p.mode.map(str::to_string),
                context: p.context.map(str::to_string),
            }),
            tone: 0.0,
        }
    }

    /// Sentences (the coder's splitter, plus any event sentence span it does not give), their
    /// words, time expressions (anchored on the previous sentences) and tone.
    fn sentences(
        &self,
        text: &str,
        published: Option<NaiveDate>,
        events: &[Event],
    ) -> Vec<Sentence> {
        let mut spans = dyad_text::sentences(text);
        for e in events {
            let s = e.sentence_span;
            if s.end as usize <= text.len() && !spans.contains(&s) {
                spans.push(s);
            }
        }
        spans.sort_by_key(|s| (s.start, s.end));
        let mut anchor = None;
        spans
            .into_iter()
            .map(|span| {
                let (a, b) = (span.start as usize, span.end as usize);
                let t = text.get(a..b).unwrap_or("");
                let times = match published {
                    Some(p) => {
                        let mut v = dyad_time::find_time_expressions_with_anchor(t, p, anchor);
                        if let Some(x) = dyad_time::last_anchor(&v) {
                            anchor = Some(x);
                        }
                        for x in &mut v {
                            x.start += a;
                            x.end += a;
                        }
                        v
                    }
                    None => Vec::new(),
                };
                Sentence {
                    span,
                    words: if t.is_empty() {
                        Vec::new()
                    } else {
                        scan(text, a, b)
                    },
                    times,
                    places: Vec::new(),
                    tone: tone::compound(t),
                }
            })
            .collect()
    }

    fn place(&self, id: u32, basis: LocationBasis, text: Option<String>) -> Option<Location> {
        let p = self.gz.place(id)?;
        let f = |x: f32| (!x.is_nan()).then_some(f64::from(x));
        Some(Location {
            name: p.name.clone(),
            country: p.country_iso3.clone(),
            fips: (!p.country_fips.is_empty()).then(|| p.country_fips.clone()),
            adm1: (!p.adm1.is_empty()).then(|| p.adm1.clone()),
            lat: f(p.lat),
            lon: f(p.lon),
            geonames_id: p.geonames_id,
            basis,
            text,
        })
    }

    fn locate(
        &self,
        e: &Event,
        s: &Sentence,
        clause: (usize, usize),
        main: Option<u32>,
        actors: &[(Span, String)],
    ) -> Option<Location> {
        let text_of = |m: &Mention| {
            Some(
                s.words
                    .iter()
                    .filter(|w| w.start >= m.start && w.end <= m.end)
                    .map(|w| w.lower.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        };
        let actor_spans: Vec<Span> = [&e.source_actor, &e.target_actor]
            .into_iter()
            .flatten()
            .map(|a| a.span)
            .chain(actors.iter().map(|(s, _)| *s))
            .collect();
        let usable = |m: &&Mention| {
            m.prep > 0
                || !actor_spans
                    .iter()
                    .any(|a| (a.start as usize) < m.end && m.start < a.end as usize)
        };
        let vpos = e.verb_span.start as usize;
        let best = |inside: bool| {
            s.places
                .iter()
                .filter(|m| (m.start >= clause.0 && m.end <= clause.1) == inside)
                .filter(usable)
                .max_by_key(|m| (m.prep, m.city, std::cmp::Reverse(m.start.abs_diff(vpos))))
        };
        if let Some(m) = best(true) {
            return self.place(m.id, LocationBasis::Clause, text_of(m));
        }
        if let Some(m) = best(false) {
            return self.place(m.id, LocationBasis::Sentence, text_of(m));
        }
        if let Some(id) = main {
            return self.place(id, LocationBasis::Article, None);
        }
        for (code, basis) in [
            (&e.target, LocationBasis::Target),
            (&e.source, LocationBasis::Source),
        ] {
            if let Some(c) = code.get(..3) {
                if let Some(p) = self.gz.country_by_iso3(c) {
                    return self.place(p.geonames_id, basis, None);
                }
            }
        }
        None
    }

    /// Speech verbs of every sentence with their speakers, in text order.
    fn speeches(
        &self,
        text: &str,
        sentences: &[Sentence],
        events: &[Event],
        actors: &[(Span, String)],
    ) -> Vec<Speech> {
        let mut out: Vec<Speech> = Vec::new();
        let mut last: Option<(Option<String>, Option<String>)> = None;
        for (si, s) in sentences.iter().enumerate() {
            let ws = &s.words;
            for (k, w) in ws.iter().enumerate() {
                let according =
                    w.lower == "according" && ws.get(k + 1).is_some_and(|n| n.lower == "to");
                if w.punct || !(is_speech_verb(&w.lower) || according) {
                    continue;
                }
                let verb = Span::new(w.start, w.end);
                let prev = k.checked_sub(1).map(|p| ws[p].lower.as_str()).unwrap_or("");
                // Tail attribution: ", X said." at the end of the sentence.
                let tail = ws[..k]
                    .iter()
                    .rposition(|x| x.lower == "," || x.lower == "”" || x.lower == "\"");
                let is_tail = !according
                    && tail.is_some_and(|t| {
                        k - t <= 5 && ws[k + 1..].iter().filter(|x| !x.punct).count() <= 4
                    });
                let (code, spk_text) = if according {
                    let after = ws.get(k + 2).map_or(w.end, |x| x.start);
                    let a = actors.iter().find(|(sp, _)| {
                        sp.start as usize >= after && (sp.start as usize) < after + 40
                    });
                    match a {
                        Some((sp, c)) => (Some(c.clone()), Some(sp.slice(text).to_string())),
                        None => {
                            let end = (after + 40).min(s.span.end as usize);
                            let c = actor_in(ws, after, end, &[], self.gz);
                            (c, None)
                        }
                    }
                } else if (is_anaphor(prev)
                    && !actors.iter().any(|(sp, _)| {
                        // The title is part of a matched actor ("the Iranian minister").
                        (sp.start as usize) <= ws[k - 1].start && (sp.end as usize) >= ws[k - 1].end
                    }))
                    || (is_tail && ws.get(k + 1).is_some_and(|n| is_anaphor(&n.lower)))
                {
                    // Before the quotation this attribution closes, else the sentence.
                    let before_quote = text[..w.start]
                        .rfind(['“', '"'])
                        .filter(|&q| q >= s.span.start as usize)
                        .unwrap_or(s.span.start as usize);
                    match &last {
                        Some((c, t)) => (c.clone(), t.clone()),
                        None => match events.iter().rev().find(|e| {
                            (e.verb_span.start as usize) < before_quote && !e.source.is_empty()
                        }) {
                            Some(e) => (
                                Some(e.source.clone()),
                                e.source_actor
                                    .as_ref()
                                    .map(|a| a.span.slice(text).to_string()),
                            ),
                            None => (None, Some(prev.to_string())),
                        },
                    }
                } else if let Some((c, t)) = (prev == "," && w.lower.ends_with("ing"))
                    .then(|| {
                        // ", saying …": the speaker is the main clause's subject (a country
                        // named before the sentence's first actor, else that actor), not the
                        // coder's source of the participle.
                        let first = actors.iter().find(|(sp, _)| {
                            sp.start >= s.span.start && (sp.end as usize) <= w.start
                        });
                        let head_end = first.map_or(w.start, |(sp, _)| sp.start as usize);
                        let start = s.span.start as usize;
                        let head = || text[start..head_end].trim().to_string();
                        // "The Iranian minister …, saying": a title or pronoun before any
                        // actor is the previous speaker.
                        let anaphor = ws
                            .iter()
                            .take_while(|x| x.end <= head_end)
                            .find(|x| is_anaphor(&x.lower))
                            .map(|x| text[start..x.end].trim().to_string());
                        match actor_in(ws, start, head_end, &[], self.gz) {
                            Some(c) => Some((c, head())),
                            None => match (&last, anaphor) {
                                (Some((Some(c), _)), Some(t)) => Some((c.clone(), t)),
                                _ => first.map(|(sp, c)| (c.clone(), sp.slice(text).to_string())),
                            },
                        }
                    })
                    .flatten()
                {
                    (Some(c), Some(t))
                } else if let Some(ev) = events
                    .iter()
                    .find(|e| e.verb_span.start as usize == w.start && !e.source.is_empty())
                {
                    (
                        Some(ev.source.clone()),
                        ev.source_actor
                            .as_ref()
                            .map(|a| a.span.slice(text).to_string()),
                    )
                } else {
                    let from = if is_tail {
                        tail.map_or(s.span.start as usize, |t| ws[t].end)
                    } else {
                        s.span.start as usize
                    };
                    let to = if is_tail {
                        s.span.end as usize
                    } else {
                        w.start
                    };
                    let a = actors
                        .iter()
                        .rev()
                        .find(|(sp, _)| sp.start as usize >= from && (sp.end as usize) <= to);
                    match a {
                        Some((sp, c)) => (Some(c.clone()), Some(sp.slice(text).to_string())),
                        None => {
                            // A country named in the speech verb's own clause.
                            let from = from.max(ws[clause(ws, k).0.min(k)].start);
                            let c = actor_in(ws, from, to, &[], self.gz);
                            let t = c.as_ref().map(|_| text[from..to].trim().to_string());
                            (c, t)
                        }
                    }
                };
                if code.is_some() {
                    last = Some((code.clone(), spk_text.clone()));
                }
                let scope = if is_tail || according && k > 0 && ws[k - 1].lower == "," {
                    (s.span.start as usize, w.start)
                } else if according {
                    (s.span.start as usize, s.span.end as usize)
                } else {
                    // Forward: to the next ';' or a comma that opens a new main clause.
                    let mut end = s.span.end as usize;
                    for j in k + 1..ws.len() {
                        if ws[j].lower == ";"
                            || (ws[j].lower == "," && ws.get(j + 1).is_some_and(|n| n.cap))
                        {
                            end = ws[j].start;
                            break;
                        }
                    }
                    (w.end, end)
                };
                out.push(Speech {
                    verb,
                    sentence: si,
                    scope,
                    code,
                    text: spk_text,
                });
            }
        }
        out
    }
}

fn set_code(e: &mut Event, code: &str) {
    e.code = code.to_string();
    let info = cameo::lookup(code);
    e.root = info.map(|i| i.root.to_string());
    e.quad_class = info.map(|i| i.quad_class);
    e.goldstein = info.and_then(|i| i.goldstein);
}

/// Quotations (“…” and "…") with their speakers: the speech verb right after the closing
/// quote ("…,” he said), else the speech verb whose reported clause holds the quotation.
fn quotations(
    text: &str,
    sentences: &[Sentence],
    speeches: &[Speech],
    actors: &[(Span, String)],
) -> Vec<Quotation> {
    let _ = actors;
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => open = Some(i + c.len_utf8()),
            '”' => {
                if let Some(o) = open.take() {
                    out.push((o, i, i + c.len_utf8()));
                }
            }
            '"' => match straight_open.take() {
                Some(o) => out.push((o, i, i + 1)),
                None => straight_open = Some(i + 1),
            },
            _ => {}
        }
    }
    out.sort();
    out.into_iter()
        .filter(|(a, b, _)| b > a)
        .map(|(a, b, after)| {
            // Attribution after the closing quote, within 40 bytes and the same sentence.
            let sentence_end = sentences
                .iter()
                .find(|s| (s.span.start as usize) <= b && b < s.span.end as usize)
                .map_or(text.len(), |s| s.span.end as usize);
            let sp = speeches
                .iter()
                .find(|s| {
                    let v = s.verb.start as usize;
                    v >= after && v < (after + 40).min(sentence_end.max(after + 1))
                })
                .or_else(|| {
                    speeches
                        .iter()
                        .rev()
                        .find(|s| s.scope.0 <= a && a <= s.scope.1 && (s.verb.end as usize) <= a)
                });
            Quotation {
                span: Span::new(a, b),
                text: text[a..b].to_string(),
                speaker: sp.and_then(|s| s.code.clone()),
                speaker_text: sp.and_then(|s| s.text.clone()),
            }
        })
        .collect()
}

/// Who said the event: a quotation holding the verb, a speech verb governing it, the event's
/// own speech verb, the source of a verbal act; `None` for the outlet.
fn said_by(e: &Event, quotes: &[Quotation], speeches: &[Speech], si: usize) -> Option<SaidBy> {
    let v = e.verb_span.start;
    if let Some(q) = quotes.iter().find(|q| {
        q.span.start <= v && v < q.span.end && (q.speaker.is_some() || q.speaker_text.is_some())
    }) {
        return Some(SaidBy {
            code: q.speaker.clone(),
            text: q.speaker_text.clone(),
            kind: SaidByKind::Speaker,
        });
    }
    let speaker = |s: &Speech| SaidBy {
        code: s.code.clone(),
        text: s.text.clone(),
        kind: SaidByKind::Speaker,
    };
    if let Some(s) = speeches.iter().find(|s| s.verb.start == v) {
        if s.code.is_some() {
            return Some(speaker(s));
        }
    }
    if let Some(s) = speeches
        .iter()
        .rev()
        .find(|s| s.sentence == si && s.scope.0 <= v as usize && (v as usize) < s.scope.1)
    {
        return Some(speaker(s));
    }
    if codes::is_verbal(&e.code) && !e.source.is_empty() {
        return Some(SaidBy {
            code: Some(e.source.clone()),
            text: None,
            kind: SaidByKind::Speaker,
        });
    }
    None
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    Should,
    Demand,
    Appeal,
    Threat,
    Intent,
    Future,
    Hypothetical,
}

struct Modality {
    negated: bool,
    negator: Option<String>,
    /// The nearest modal marker before the verb in its clause: kind, words, and the actor that
    /// is to act (for demands and appeals).
    marker: Option<(Marker, String, Option<String>)>,
    /// Byte offset of the marker word.
    governor: Option<usize>,
    /// The actor before a demand/appeal governor ("Russia called on …").
    subject: Option<String>,
}

/// The actor named in bytes `[from, to)`: the last actor the coder matched there, else a
/// country name.
fn actor_in(
    ws: &[W],
    from: usize,
    to: usize,
    actors: &[(Span, String)],
    gz: &Gazetteer,
) -> Option<String> {
    if let Some((_, c)) = actors
        .iter()
        .rev()
        .find(|(s, _)| s.start as usize >= from && s.end as usize <= to)
    {
        return Some(c.clone());
    }
    let words: Vec<&W> = ws
        .iter()
        .filter(|w| w.start >= from && w.end <= to)
        .collect();
    for n in (1..=3).rev() {
        for win in words.windows(n).rev() {
            if !win[0].cap {
                continue;
            }
            let name = win
                .iter()
                .map(|w| w.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let ids = gz.lookup(&name);
            if let Some(p) = ids
                .iter()
                .filter_map(|&id| gz.place(id))
                .find(|p| p.kind == PlaceKind::Country)
            {
                return Some(p.country_iso3.clone());
            }
        }
    }
    None
}

fn modality(ws: &[W], vi: usize, e: &Event, actors: &[(Span, String)], gz: &Gazetteer) -> Modality {
    let (cs, _) = clause(ws, vi);
    let src_end = e.source_actor.as_ref().map_or(0, |a| a.span.end as usize);
    // Negation: a negator after the subject and at most three words before the verb.
    let mut negated = false;
    let mut negator = None;
    let lo = vi.saturating_sub(3).max(cs);
    for w in ws.get(lo..vi).unwrap_or(&[]) {
        if w.start < src_end {
            continue;
        }
        let l = w.lower.as_str();
        if matches!(l, "not" | "never" | "cannot") || l.ends_with("n't") {
            negated = true;
            negator = Some(l.to_string());
        }
    }
    // Modal markers, nearest first, within 12 words of the verb in its clause.
    let lo = vi.saturating_sub(12).max(cs);
    let mut marker = None;
    let mut governor = None;
    let mut subject = None;
    let next = |j: usize| ws.get(j).map_or("", |w| w.lower.as_str());
    for j in (lo..vi).rev() {
        let l = ws[j].lower.as_str();
        let kind = match l {
            "should" | "must" | "ought" => Some(Marker::Should),
            "threaten" | "threatens" | "threatened" | "threatening" if next(j + 1) == "to" => {
                Some(Marker::Threat)
            }
            "demand" | "demands" | "demanded" | "demanding" => Some(Marker::Demand),
            "call" | "calls" | "called" | "calling" if matches!(next(j + 1), "on" | "upon") => {
                Some(Marker::Appeal)
            }
            "urge" | "urges" | "urged" | "urging" | "ask" | "asks" | "asked" | "asking" => {
                Some(Marker::Appeal)
            }
            "will" | "'ll" | "shall" => Some(Marker::Intent),
            "vow" | "vows" | "vowed" | "pledge" | "pledges" | "pledged" | "promise"
            | "promises" | "promised" | "plan" | "plans" | "planned" | "intend" | "intends"
            | "intended"
                if next(j + 1) == "to" =>
            {
                Some(Marker::Intent)
            }
            "going" if next(j + 1) == "to" => Some(Marker::Intent),
            "expected" | "set" | "due" if next(j + 1) == "to" => Some(Marker::Future),
            "would" | "could" | "may" | "might" | "if" | "unless" => Some(Marker::Hypothetical),
            _ => None,
        };
        let Some(kind) = kind else { continue };
        // "may" as the month is capitalised; the scanner lower-cases, so check the original.
        if l == "may" && ws[j].cap {
            continue;
        }
        let actee = match kind {
            // The actor before the modal ("the US should …").
            Marker::Should => actor_in(ws, ws[cs.min(j)].start, ws[j].start, actors, gz),
            // The actor after the governor ("called on Washington to …").
            Marker::Demand | Marker::Appeal => {
                let to = ws[j + 1..vi]
                    .iter()
                    .find(|w| w.lower == "to")
                    .map_or(ws[vi.min(ws.len() - 1)].start, |w| w.start);
                actor_in(ws, ws[j].end, to, actors, gz)
            }
            _ => None,
        };
        let mut trigger = ws[j].lower.clone();
        if matches!(kind, Marker::Appeal) && matches!(next(j + 1), "on" | "upon") {
            trigger.push(' ');
            trigger.push_str(next(j + 1));
        } else if next(j + 1) == "to" && !matches!(kind, Marker::Should | Marker::Hypothetical) {
            trigger.push_str(" to");
        }
        marker = Some((kind, trigger, actee));
        governor = Some(ws[j].start);
        if matches!(kind, Marker::Demand | Marker::Appeal) {
            subject = actor_in(ws, ws[cs.min(j)].start, ws[j].start, actors, gz);
        }
        break;
    }
    Modality {
        negated,
        negator,
        marker,
        governor,
        subject,
    }
}
