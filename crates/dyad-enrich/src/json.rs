//! The JSON Lines event schema `dyad.event/2` (crate README, "Schema").

use dyad_core::{Event, Record};
use serde::Serialize;

use crate::{Conversion, DatePrecision, EnrichedEvent, Location, Mode, Plover, SaidBy};

/// Version of the enriched JSON Lines event schema.
pub const SCHEMA_VERSION: &str = "dyad.event/2";

/// One enriched event as written on a line: everything of `dyad.event/1` plus the enrichment.
#[derive(Serialize)]
pub struct EventLine<'a> {
    /// `dyad.event/2`.
    pub schema: &'static str,
    /// The event (dyad.event/1 fields).
    #[serde(flatten)]
    pub event: &'a Event,
    /// The sentence's text.
    pub sentence_text: &'a str,
    /// The source actor's words.
    pub source_text: Option<&'a str>,
    /// The target actor's words.
    pub target_text: Option<&'a str>,
    /// The verb's words.
    pub verb_text: &'a str,
    /// The record's date.
    pub date: Option<String>,
    /// The outlet.
    pub outlet: Option<&'a str>,
    /// The article's address.
    pub url: Option<&'a str>,
    /// When the event happened.
    pub event_date: Option<String>,
    /// Precision of `event_date`.
    pub date_precision: DatePrecision,
    /// The time expression used.
    pub date_text: Option<&'a str>,
    /// Dated well before publication.
    pub historical: bool,
    /// Where.
    pub location: Option<&'a Location>,
    /// Who asserts it.
    pub said_by: &'a SaidBy,
    /// A negator governs the verb.
    pub negated: bool,
    /// PLOVER modality.
    pub mode: Option<Mode>,
    /// The words that set the mode.
    pub mode_text: Option<&'a str>,
    /// The coder's reading before a modal conversion.
    pub converted_from: Option<&'a Conversion>,
    /// PLOVER event type, mode, context.
    pub plover: Option<&'a Plover>,
    /// Sentence tone (VADER compound, −1..=1).
    pub tone: f64,
    /// Article tone (mean sentence compound, −1..=1).
    pub article_tone: f64,
}

impl<'a> EventLine<'a> {
    /// The line of `e`, an event of `record` whose article tone is `article_tone`.
    pub fn new(record: &'a Record, e: &'a EnrichedEvent, article_tone: f64) -> EventLine<'a> {
        let t = record.text.as_str();
        let sl = |s: dyad_core::Span| t.get(s.start as usize..s.end as usize).unwrap_or("");
        EventLine {
            schema: SCHEMA_VERSION,
            event: &e.event,
            sentence_text: sl(e.event.sentence_span),
            source_text: e.event.source_actor.as_ref().map(|a| sl(a.span)),
            target_text: e.event.target_actor.as_ref().map(|a| sl(a.span)),
            verb_text: sl(e.event.verb_span),
            date: record.date.map(|d| d.to_string()),
            outlet: record.source.as_deref(),
            url: record.url.as_deref(),
            event_date: e.event_date.map(|d| d.to_string()),
            date_precision: e.date_precision,
            date_text: e.date_text.as_deref(),
            historical: e.historical,
            location: e.location.as_ref(),
            said_by: &e.said_by,
            negated: e.negated,
            mode: e.mode,
            mode_text: e.mode_text.as_deref(),
            converted_from: e.converted_from.as_ref(),
            plover: e.plover.as_ref(),
            tone: e.tone,
            article_tone,
        }
    }
}
