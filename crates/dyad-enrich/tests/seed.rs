//! The seed article (../shared/seed/seed-article.txt) coded with the Phoenix dictionaries and
//! enriched; published 2024-01-12, a Friday (so "on Wednesday" is 2024-01-10).

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use dyad_code::Coder;
use dyad_dict::{DictKind, DictionariesBuilder};
use dyad_enrich::{EnrichedEvent, Enricher, LocationBasis, SaidByKind};

fn shared() -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("seed/seed-article.txt").exists().then_some(p)
}

fn enrich_seed(shared: &Path) -> (dyad_core::Record, Vec<EnrichedEvent>) {
    let ph = shared.join("dictionaries/phoenix");
    let mut b = DictionariesBuilder::new();
    b.add_file(DictKind::Verbs, &ph.join("CAMEO.verbpatterns.150430.txt"))
        .unwrap();
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        b.add_file(DictKind::Actors, &ph.join(f)).unwrap();
    }
    b.add_file(DictKind::Agents, &ph.join("Phoenix.agents.txt"))
        .unwrap();
    b.add_file(DictKind::Discards, &ph.join("Phoenix.discards.txt"))
        .unwrap();
    b.add_file(DictKind::Issues, &ph.join("Phoenix.IssueCoding.txt"))
        .unwrap();
    let coder = Coder::new(Arc::new(b.build()));
    // As in the article pipeline: negation is left to dyad-enrich.
    let coder = coder.clone().with_config(dyad_code::CoderConfig {
        negation: false,
        ..coder.config().clone()
    });
    let text = std::fs::read_to_string(shared.join("seed/seed-article.txt")).unwrap();
    let rec = dyad_core::Record {
        id: "seed".into(),
        date: NaiveDate::from_ymd_opt(2024, 1, 12),
        source: Some("Islam Times".into()),
        url: None,
        title: None,
        text,
        format: dyad_core::RecordFormat::JsonLines,
        origin: "seed-article.txt:1".into(),
    };
    let res = coder.code_text(&rec.id, &rec.text, rec.date);
    let out = Enricher::new().enrich(&rec, &res.events);
    for e in &out.events {
        eprintln!(
            "{} {} {} {} verb={:?} date={:?} {:?} hist={} loc={:?} said_by={:?} mode={:?} conv={:?}",
            e.event.sentence,
            e.event.source,
            e.event.target,
            e.event.code,
            e.event.verb_span.slice(&rec.text),
            e.event_date,
            e.date_precision,
            e.historical,
            e.location.as_ref().map(|l| (&l.name, &l.country, l.basis)),
            e.said_by,
            e.mode,
            e.converted_from.as_ref().map(|c| (&c.code, c.rule, &c.trigger))
        );
    }
    for q in &out.quotations {
        eprintln!("quote {:?} by {:?} {:?}", q.text, q.speaker, q.speaker_text);
    }
    (rec, out.events)
}

fn sentence_of<'a>(
    rec: &dyad_core::Record,
    evs: &'a [EnrichedEvent],
    words: &str,
) -> Vec<&'a EnrichedEvent> {
    evs.iter()
        .filter(|e| e.event.sentence_span.slice(&rec.text).contains(words))
        .collect()
}

#[test]
fn seed_article_dates_places_speakers_and_demand() {
    let Some(shared) = shared() else {
        println!("skipped: ../shared not found");
        return;
    };
    let (rec, evs) = enrich_seed(&shared);
    // The withdrawal under "should" is not a US act: a demand by the Iranian speaker on USA.
    let s0 = sentence_of(&rec, &evs, "should end its illegal presence");
    for e in &s0 {
        assert!(
            !(e.event.source.starts_with("USA") && e.event.code.starts_with("08")),
            "{e:?}"
        );
    }
    // Either a demand by the Iranian speaker on USA, or the act kept and marked hypothetical.
    // (The coder may leave the act uncoded.)
    for w in s0
        .iter()
        .filter(|e| e.event.verb_span.slice(&rec.text) == "withdraw")
    {
        if w.event.code.starts_with("10") {
            assert!(w.event.source.starts_with("IRN"), "{w:?}");
            assert_eq!(w.event.target, "USA");
        } else {
            assert_eq!(w.mode, Some(dyad_enrich::Mode::Hypothetical), "{w:?}");
        }
    }
    for e in &s0 {
        assert_eq!(e.said_by.kind, SaidByKind::Speaker, "{e:?}");
    }
    // Background years.
    for (words, year) in [
        ("in 2014", 2014),
        ("in 2019", 2019),
        ("in 2020", 2020),
        ("government since 2011", 2011),
    ] {
        for e in sentence_of(&rec, &evs, words) {
            let d = e.event_date.unwrap();
            assert_eq!(chrono::Datelike::year(&d), year, "{e:?}");
            assert!(e.historical);
        }
    }
    // (The 2019 sentence's only event was a misreading — US troops "suggesting" to the US,
    // through a participle after an adverb — which the coder no longer makes; the 2011 one,
    // Syria's government fighting the militants, is read right.)
    assert!(!sentence_of(&rec, &evs, "in 2014").is_empty());
    assert!(!sentence_of(&rec, &evs, "government since 2011").is_empty());
    // Every event of the meeting sentence is dated Wednesday 2024-01-10 and placed in Tehran.
    for e in sentence_of(&rec, &evs, "in Tehran on Wednesday") {
        assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2024, 1, 10));
        let l = e.location.as_ref().unwrap();
        assert_eq!((l.name.as_str(), l.country.as_str()), ("Tehran", "IRN"));
        assert!(matches!(
            l.basis,
            LocationBasis::Clause | LocationBasis::Sentence
        ));
        assert!((l.lat.unwrap() - 35.7).abs() < 0.1 && (l.lon.unwrap() - 51.4).abs() < 0.1);
    }
}

#[test]
fn seed_article_minister_is_the_speaker() {
    let Some(shared) = shared() else {
        println!("skipped: ../shared not found");
        return;
    };
    let (rec, evs) = enrich_seed(&shared);
    for e in sentence_of(&rec, &evs, "should end its illegal presence") {
        assert!(
            e.said_by.code.as_deref().unwrap_or("").starts_with("IRN"),
            "{e:?}"
        );
    }
    for e in evs
        .iter()
        .filter(|e| e.event.verb_span.slice(&rec.text) == "stated")
    {
        assert!(
            e.said_by.code.as_deref().unwrap_or("").starts_with("IRN"),
            "{e:?}"
        );
    }
}

#[test]
fn seed_article_meeting_is_coded_in_tehran_on_wednesday() {
    let Some(shared) = shared() else {
        println!("skipped: ../shared not found");
        return;
    };
    let (rec, evs) = enrich_seed(&shared);
    let m = sentence_of(&rec, &evs, "in Tehran on Wednesday");
    assert!(
        m.iter().any(|e| e.event.code.starts_with("04")),
        "no meeting event"
    );
}
