//! Input and output types of the store.

use chrono::NaiveDate;
use dyad_core::{Event, Record};
use serde::{Deserialize, Serialize};

/// What became of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleStatus {
    /// Coded, with one or more events.
    Coded,
    /// Coded, no event found.
    NoEvent,
    /// Discarded by the discard dictionary (sports, entertainment, …).
    Discarded,
    /// Rejected as input (bad record, wrong language, too long, …); `reason` says why.
    Rejected,
}

impl ArticleStatus {
    /// The value stored in `articles.status`.
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleStatus::Coded => "coded",
            ArticleStatus::NoEvent => "no_event",
            ArticleStatus::Discarded => "discarded",
            ArticleStatus::Rejected => "rejected",
        }
    }

    /// Parses a stored status.
    pub fn parse(s: &str) -> Option<ArticleStatus> {
        Some(match s {
            "coded" => ArticleStatus::Coded,
            "no_event" => ArticleStatus::NoEvent,
            "discarded" => ArticleStatus::Discarded,
            "rejected" => ArticleStatus::Rejected,
            _ => return None,
        })
    }
}

/// How precisely an event's date is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// Only the month is known (the date is the 1st).
    Month,
    /// Only the year is known (the date is 1 January).
    Year,
    /// No date was found in the text: the article's date is used.
    #[default]
    Article,
}

impl DatePrecision {
    /// The value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Article => "article",
        }
    }

    /// Parses a stored value.
    pub fn parse(s: &str) -> Option<DatePrecision> {
        Some(match s {
            "day" => DatePrecision::Day,
            "month" => DatePrecision::Month,
            "year" => DatePrecision::Year,
            "article" => DatePrecision::Article,
            _ => return None,
        })
    }
}

/// Where an event took place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Full name, e.g. `Gaza, Israel (general), Israel`.
    pub name: String,
    /// ISO 3166-1 alpha-3 country code.
    pub country_iso3: Option<String>,
    /// FIPS 10-4 country code (GDELT's geo country code).
    pub country_fips: Option<String>,
    /// First-level division: GDELT writes FIPS country + ADM1 (e.g. `USIL`); a bare ADM1 code is
    /// prefixed with `country_fips` on export.
    pub adm1: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// GeoNames id of a populated place or feature.
    pub geonames_id: Option<i64>,
}

/// One coded event as the pipeline hands it to the store: the coder's [`Event`] plus the
/// attributes later stages add.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoreEvent {
    /// The coded event (actors, code, spans, provenance).
    pub event: Event,
    /// When the event happened, where known.
    pub event_date: Option<NaiveDate>,
    /// How precisely `event_date` is known.
    pub date_precision: DatePrecision,
    /// The sentence reports a past event (older than the article's news window).
    pub historical: bool,
    /// Where it happened.
    pub location: Option<Location>,
    /// Who reported or claimed it ("X said …"), as an actor code or name.
    pub said_by: Option<String>,
    /// The sentence denies the event ("did not attack").
    pub negated: bool,
    /// Modality other than plain assertion (e.g. `future`, `conditional`, `hypothetical`).
    pub mode: Option<String>,
    /// PLOVER event type; when `None` the store takes `dyad_core::cameo::plover(code)`.
    pub plover: Option<String>,
    /// Tone of the article or sentence (GDELT-style, about -10..+10).
    pub tone: Option<f32>,
    /// Confidence 0..=1 of the coding.
    pub confidence: Option<f32>,
    /// The sentence text the event was coded from.
    pub mention_text: String,
}

impl StoreEvent {
    /// A store event with no extra attributes: date, location and modality unknown.
    pub fn new(event: Event, mention_text: impl Into<String>) -> StoreEvent {
        StoreEvent {
            event,
            event_date: None,
            date_precision: DatePrecision::Article,
            historical: false,
            location: None,
            said_by: None,
            negated: false,
            mode: None,
            plover: None,
            tone: None,
            confidence: None,
            mention_text: mention_text.into(),
        }
    }
}

/// Everything the pipeline produced for one article: the unit [`crate::Store::write_batch`]
/// stores.
#[derive(Clone, Debug)]
pub struct ArticleResult {
    /// The article as read.
    pub article: Record,
    /// Hash of the article's content (any stable hex string); the same id with another hash is
    /// a new version that replaces the stored one.
    pub content_hash: String,
    /// What became of it.
    pub status: ArticleStatus,
    /// Why it was discarded or rejected.
    pub reason: Option<String>,
    /// Its events.
    pub events: Vec<StoreEvent>,
}

/// One row of the `events` table: a de-duplicated event with its counts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// GDELT-style global event id (1 ..< 2^31).
    pub global_event_id: i64,
    /// When it happened (the first mention's date; `None` when unknown).
    pub event_date: Option<NaiveDate>,
    /// How precisely the date is known.
    pub date_precision: Option<String>,
    /// Source actor code.
    pub source: String,
    /// Source actor as named in the first mention.
    pub source_name: Option<String>,
    /// Target actor code (empty when none).
    pub target: String,
    /// Target actor as named in the first mention.
    pub target_name: Option<String>,
    /// CAMEO event code.
    pub code: String,
    /// CAMEO root code.
    pub root: Option<String>,
    /// GDELT quad class.
    pub quad_class: Option<u8>,
    /// Goldstein value.
    pub goldstein: Option<f64>,
    /// PLOVER event type.
    pub plover: Option<String>,
    /// A denied event ("did not attack"): de-duplicated apart from the asserted one.
    pub negated: bool,
    /// Mentions (sentences) of the event, over all articles.
    pub num_mentions: i64,
    /// Distinct outlets among those articles.
    pub num_sources: i64,
    /// Distinct articles.
    pub num_articles: i64,
    /// Mean tone of the mentions that have one.
    pub avg_tone: Option<f64>,
    /// Where it happened.
    pub location: Option<Location>,
    /// Article of the first mention.
    pub first_article_id: String,
    /// Sentence (0-based) of the first mention.
    pub first_sentence: i64,
    /// When the first mention was stored (`YYYY-MM-DDTHH:MM:SSZ`, UTC).
    pub date_added: String,
    /// Address of the first mention's article.
    pub source_url: Option<String>,
}

/// One row of the `mentions` table as the JSON Lines export writes it: a sentence that
/// mentions an event, with what that sentence says about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionRow {
    /// Article of the mention.
    pub article_id: String,
    /// Sentence index (0-based) in the article.
    pub sentence: i64,
    /// The sentence.
    pub sentence_text: String,
    /// Who said it (actor code or words); `None` when the outlet asserts it.
    pub said_by: Option<String>,
    /// Denied in this sentence.
    pub negated: bool,
    /// PLOVER mode (negated, hypothetical, future, historical).
    pub mode: Option<String>,
    /// Dated well before the article.
    pub historical: bool,
    /// The date this sentence gives.
    pub event_date: Option<NaiveDate>,
    /// Its precision.
    pub date_precision: String,
    /// Sentence tone (10 × VADER compound).
    pub tone: Option<f64>,
}

/// An event with its mentions: one line of [`crate::Store::write_jsonl_events`]
/// (schema [`crate::JSONL_SCHEMA`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventWithMentions {
    /// [`crate::JSONL_SCHEMA`].
    pub schema: String,
    /// The event.
    #[serde(flatten)]
    pub event: EventRow,
    /// Every mention is historical.
    pub historical: bool,
    /// Its mentions, in storage order.
    pub mentions: Vec<MentionRow>,
}

/// Which events [`crate::Store::query`] returns. Every field set narrows the result.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Source or target actor code starts with this.
    pub actor: Option<String>,
    /// Exactly this (source, target) pair.
    pub dyad: Option<(String, String)>,
    /// Event code starts with this.
    pub code: Option<String>,
    /// Root code equals this.
    pub root: Option<String>,
    /// Quad class.
    pub quad_class: Option<u8>,
    /// Event date on or after.
    pub date_from: Option<NaiveDate>,
    /// Event date on or before.
    pub date_to: Option<NaiveDate>,
    /// Location country: ISO3 or FIPS code.
    pub country: Option<String>,
    /// A mention's text contains this (ASCII case-insensitive).
    pub words: Option<String>,
    /// At most this many rows (by ascending id).
    pub limit: Option<usize>,
}

/// Table sizes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Articles by status (`coded`, `no_event`, `discarded`, `rejected`).
    pub articles_by_status: std::collections::BTreeMap<String, u64>,
    /// All articles.
    pub articles: u64,
    /// Event rows (de-duplicated).
    pub events: u64,
    /// Mention rows.
    pub mentions: u64,
}

/// What one [`crate::Store::write_batch`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchStats {
    /// Articles stored for the first time.
    pub inserted: u64,
    /// Articles skipped: already stored with the same id and hash.
    pub skipped: u64,
    /// Articles stored again with a new hash (old mentions removed).
    pub replaced: u64,
    /// Event rows created.
    pub new_events: u64,
    /// Mention rows written.
    pub mentions: u64,
}
