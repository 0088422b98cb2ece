//! Builders for test articles and a deterministic synthetic corpus.
#![allow(dead_code)]

use chrono::NaiveDate;
use dyad_core::{ActorMatch, Event, Provenance, Record, RecordFormat, Span};
use dyad_store::{ArticleResult, ArticleStatus, DatePrecision, Location, StoreEvent};

pub fn record(id: &str, source: &str, text: &str) -> Record {
    Record {
        id: id.into(),
        date: NaiveDate::from_ymd_opt(2024, 8, 19),
        source: Some(source.into()),
        url: Some(format!("https://{source}/news/{id}")),
        title: Some(format!("Title of {id}")),
        text: text.into(),
        format: RecordFormat::JsonLines,
        origin: format!("test.jsonl:{id}"),
    }
}

fn find(text: &str, word: &str) -> Span {
    let i = text.find(word).unwrap_or(0);
    Span::new(i, i + if text.contains(word) { word.len() } else { 0 })
}

/// An event coded from sentence `sentence` of `text`, the actors and verb found by their words.
#[allow(clippy::too_many_arguments)]
pub fn event(
    rec: &Record,
    sentence: u32,
    source: (&str, &str),
    target: (&str, &str),
    code: &str,
    verb: &str,
    date: Option<NaiveDate>,
    location: Option<Location>,
) -> StoreEvent {
    let text = &rec.text;
    let actor = |(code, word): (&str, &str)| {
        (!code.is_empty()).then(|| ActorMatch {
            code: code.into(),
            span: find(text, word),
            provenance: vec![Provenance {
                file: "test.actors".into(),
                line: 7,
                entry: format!("{word} [{code}]"),
            }],
        })
    };
    let info = dyad_core::cameo::lookup(code);
    let e = Event {
        record_id: rec.id.clone(),
        sentence,
        source: source.0.into(),
        target: target.0.into(),
        code: code.into(),
        root: info.map(|i| i.root.to_string()),
        quad_class: info.map(|i| i.quad_class),
        goldstein: info.and_then(|i| i.goldstein),
        sentence_span: Span::new(0, text.len()),
        source_actor: actor(source),
        target_actor: actor(target),
        verb_span: find(text, verb),
        pattern: Some(Provenance {
            file: "test.verbs".into(),
            line: 42,
            entry: format!("- {verb} [{code}]"),
        }),
    };
    let mut se = StoreEvent::new(e, text.clone());
    se.event_date = date;
    se.date_precision = if date.is_some() {
        DatePrecision::Day
    } else {
        DatePrecision::Article
    };
    se.location = location;
    se.tone = Some(-2.5);
    se.confidence = Some(0.8);
    se
}

pub fn result(rec: Record, hash: &str, events: Vec<StoreEvent>) -> ArticleResult {
    let status = if events.is_empty() {
        ArticleStatus::NoEvent
    } else {
        ArticleStatus::Coded
    };
    ArticleResult {
        article: rec,
        content_hash: hash.into(),
        status,
        reason: None,
        events,
    }
}

pub fn gaza() -> Location {
    Location {
        name: "Gaza, Israel (general), Israel".into(),
        country_iso3: Some("ISR".into()),
        country_fips: Some("IS".into()),
        adm1: Some("IS00".into()),
        lat: Some(31.4167),
        lon: Some(34.3333),
        geonames_id: Some(281133),
    }
}

pub fn sudan() -> Location {
    Location {
        name: "Sudan".into(),
        country_iso3: Some("SDN".into()),
        country_fips: Some("SU".into()),
        adm1: None,
        lat: Some(16.0),
        lon: Some(30.0),
        geonames_id: None,
    }
}

/// A small deterministic generator (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const ACTORS: &[(&str, &str)] = &[
    ("USAGOV", "Washington"),
    ("IRNMIL", "Iranian troops"),
    ("SYRREB", "Syrian rebels"),
    ("IGOUNO", "United Nations"),
    ("LAB", "workers"),
    ("ISR", "Israel"),
];
const CODES: &[(&str, &str)] = &[
    ("042", "visited"),
    ("0874", "surrendered"),
    ("190", "attacked"),
    ("1411", "demonstrated"),
    ("111", "criticized"),
    ("057", "signed"),
];
const OUTLETS: &[&str] = &["reuters.com", "apnews.com", "bbc.co.uk", "aljazeera.com"];

/// Batch `b` of a synthetic corpus of `batches` × `per_batch` articles. Events come from a
/// small pool, so many are mentioned more than once; some articles come back in a later batch
/// with the same hash (skipped) or a new hash (replaced).
pub fn corpus_batch(seed: u64, b: usize, per_batch: usize) -> Vec<ArticleResult> {
    let mut out = Vec::new();
    for k in 0..per_batch {
        let mut rng = Rng(seed ^ ((b * 1000 + k) as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        // Every 7th article repeats an earlier one (same id); every other repeat is a new version.
        let (id, version) = if b > 0 && k % 7 == 3 {
            let earlier = rng.below(b as u64) as usize;
            (format!("a{earlier}-{k}"), (rng.below(2)) as usize)
        } else {
            (format!("a{b}-{k}"), 0)
        };
        let mut r2 = Rng(seed
            ^ (id.len() as u64 * 31 + id.bytes().map(u64::from).sum::<u64>())
            ^ version as u64);
        let outlet = OUTLETS[r2.below(OUTLETS.len() as u64) as usize];
        let nev = r2.below(4) as usize;
        let mut sentences = Vec::new();
        let mut specs = Vec::new();
        for s in 0..nev.max(1) {
            let a = ACTORS[r2.below(ACTORS.len() as u64) as usize];
            let t = ACTORS[r2.below(ACTORS.len() as u64) as usize];
            let c = CODES[r2.below(CODES.len() as u64) as usize];
            let day = 1 + r2.below(3) as u32;
            let loc = match r2.below(3) {
                0 => None,
                1 => Some(gaza()),
                _ => Some(sudan()),
            };
            sentences.push(format!("{} {} {} \"today\"\tin v{version}.", a.1, c.1, t.1));
            specs.push((
                s as u32,
                a,
                t,
                c,
                NaiveDate::from_ymd_opt(2024, 8, day),
                loc,
            ));
        }
        let text = sentences.join(" ");
        let rec = record(&id, outlet, &text);
        let events = if nev == 0 {
            Vec::new()
        } else {
            specs
                .into_iter()
                .map(|(s, a, t, c, d, l)| {
                    let mut e = event(&rec, s, a, t, c.0, c.1, d, l);
                    e.mention_text = sentences[s as usize].clone();
                    e
                })
                .collect()
        };
        out.push(result(rec, &format!("h{version}-{}", text.len()), events));
    }
    out
}
