//! Each enrichment rule on hand-written sentences, coded with a small dictionary.

use std::sync::Arc;

use chrono::NaiveDate;
use dyad_code::Coder;
use dyad_dict::{DictKind, DictionariesBuilder};
use dyad_enrich::{tone, DatePrecision, EnrichedEvent, Enricher, LocationBasis, Mode, SaidByKind};

const ACTORS: &str = "IRAN_ [IRN]\nIRANIAN_ [IRN]\nSYRIA_ [SYR]\nUNITED_STATES_ [USA]\nRUSSIA_ [RUS]\nREBELS_ [REB]\nLIBYA_ [LBY]\nMILITIAS_ [LBYREB]\n";
const VERBS: &str = "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n\n--- ATTACK [190] ---\nATTACK {ATTACKS ATTACKED}\n\n--- WITHDRAW [0874] ---\nWITHDRAW {WITHDREW WITHDRAWS}\n\n--- VISIT [042] ---\nVISIT {VISITS VISITED}\n\n--- CRITICIZE [111] ---\nCONDEMN {CONDEMNED CONDEMNS}\n\n--- RESPECT [051] ---\nRESPECT\n";

fn run(text: &str) -> Vec<EnrichedEvent> {
    let v = run_any(text);
    assert!(!v.is_empty(), "no event coded in {text:?}");
    v
}

fn run_any(text: &str) -> Vec<EnrichedEvent> {
    let mut b = DictionariesBuilder::new();
    b.add_str(DictKind::Actors, "t.actors", ACTORS);
    b.add_str(DictKind::Verbs, "t.verbs", VERBS);
    let coder = Coder::new(Arc::new(b.build()));
    // As in the article pipeline: negation is left to dyad-enrich.
    let coder = coder.clone().with_config(dyad_code::CoderConfig {
        negation: false,
        ..coder.config().clone()
    });
    let rec = dyad_core::Record {
        id: "t".into(),
        date: NaiveDate::from_ymd_opt(2024, 1, 12), // a Friday
        source: Some("Wire".into()),
        url: None,
        title: None,
        text: text.into(),
        format: dyad_core::RecordFormat::JsonLines,
        origin: "t:1".into(),
    };
    let r = coder.code_text("t", text, rec.date);
    Enricher::new().enrich(&rec, &r.events).events
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn dates_from_the_clause() {
    let e = &run("Iran met Syria on Wednesday.")[0];
    assert_eq!(
        (e.event_date, e.date_precision),
        (ymd(2024, 1, 10), DatePrecision::Day)
    );
    assert!(!e.historical && e.mode.is_none());
    let e = &run("Rebels attacked Syria in 2014.")[0];
    assert_eq!(
        (e.event_date, e.date_precision),
        (ymd(2014, 1, 1), DatePrecision::Year)
    );
    assert!(e.historical);
    assert_eq!(e.mode, Some(Mode::Historical));
    let e = &run("Iran condemned Syria.")[0];
    assert_eq!(
        (e.event_date, e.date_precision),
        (ymd(2024, 1, 12), DatePrecision::Article)
    );
    // "the next year" is anchored on the previous sentence's year.
    let ev = run("Iran met Syria in 2014. Rebels attacked Syria the next year.");
    let attack = ev.iter().find(|e| e.event.sentence == 1).unwrap();
    assert_eq!(attack.event_date, ymd(2015, 1, 1));
    let e = &run("Iran will visit Syria next week.")[0];
    assert!(e.event_date > ymd(2024, 1, 12));
}

#[test]
fn places_clause_sentence_article_target() {
    let e = &run("Rebels attacked Syria in Aleppo on Monday.")[0];
    let l = e.location.as_ref().unwrap();
    assert_eq!(
        (l.name.as_str(), l.country.as_str(), l.basis),
        ("Aleppo", "SYR", LocationBasis::Clause)
    );
    // "Tripoli" in a Libya story is in Libya (context), named outside the verb's clause.
    let ev = run("Militias attacked Libya, witnesses in Tripoli said.");
    let l = ev[0].location.as_ref().unwrap();
    assert_eq!((l.name.as_str(), l.country.as_str()), ("Tripoli", "LBY"));
    // The article's most mentioned place when the sentence names none (actors are not places).
    let e = &run("Iran condemned Syria. Rebels in Damascus fled. Damascus was calm.")[0];
    let l = e.location.as_ref().unwrap();
    assert_eq!(
        (l.name.as_str(), l.basis),
        ("Damascus", LocationBasis::Article)
    );
    let e = &run("Rebels attacked the convoy of militias.")[0];
    assert!(e.location.is_none() || e.location.as_ref().unwrap().basis == LocationBasis::Target);
}

#[test]
fn negation() {
    let e = &run("Iran did not attack Syria.")[0];
    assert!(e.negated);
    assert_eq!(e.mode, Some(Mode::Negated));
    let e = &run("Iran never attacked Syria.")[0];
    assert!(e.negated);
    let e = &run("Iran attacked Syria, not Russia.")[0];
    assert!(!e.negated);
}

#[test]
fn modal_acts_become_what_they_are() {
    // should, by a speaker → a demand by the speaker on the actor that should act.
    // The coder may itself leave the act uncoded; when it codes it, it becomes a demand by
    // the speaker on the actor that should act.
    let ev = run_any("Iran said that the United States should withdraw from Syria.");
    assert!(!ev
        .iter()
        .any(|e| e.event.source == "USA" && e.event.code.starts_with("08") && e.mode.is_none()));
    if let Some(e) = ev.iter().find(|e| e.converted_from.is_some()) {
        assert_eq!(
            (e.event.source.as_str(), e.event.target.as_str()),
            ("IRN", "USA")
        );
        assert_eq!(e.event.code, "1056");
        assert_eq!(e.said_by.code.as_deref(), Some("IRN"));
    }
    // The coder may leave modal acts uncoded itself; whatever it codes is never the bare act.
    for (text, code, mode) in [
        (
            "Syria should respect Iran.",
            "051",
            Some(Mode::Hypothetical),
        ),
        ("Iran threatened to attack Syria.", "138", None),
        ("Iran will meet Syria.", "036", None),
        ("Iran will attack Syria.", "190", Some(Mode::Future)),
        ("Iran may attack Syria.", "190", Some(Mode::Hypothetical)),
    ] {
        for e in run_any(text) {
            assert_eq!((e.event.code.as_str(), e.mode), (code, mode), "{text}");
        }
    }
    // called on X to → appeal to X.
    let e = run("Russia called on the United States to respect Syria.");
    let e = e
        .iter()
        .find(|e| e.converted_from.is_some())
        .expect("converted");
    assert_eq!(
        (e.event.code.as_str(), e.event.target.as_str()),
        ("022", "USA")
    );
}

#[test]
fn who_said_it() {
    let ev = run("“Syria will never attack Iran,” Russia said. Iran condemned Syria.");
    let e = &ev[0];
    assert_eq!(e.said_by.kind, SaidByKind::Speaker);
    assert_eq!(e.said_by.code.as_deref(), Some("RUS"));
    let ev = run("Iran condemned Syria on Monday. “Rebels will attack Syria,” he said.");
    let e = &ev[1];
    assert_eq!(e.said_by.kind, SaidByKind::Speaker);
    assert_eq!(e.said_by.code.as_deref(), Some("IRN"));
    let ev = run("Rebels attacked Syria on Monday.");
    assert_eq!(ev[0].said_by.kind, SaidByKind::Outlet);
    assert_eq!(ev[0].said_by.text.as_deref(), Some("Wire"));
    let ev = run("Rebels attacked Syria, according to Iran.");
    assert_eq!(ev[0].said_by.code.as_deref(), Some("IRN"));
}

#[test]
fn vader_rules() {
    // Reference values from vaderSentiment 3.3.2's SentimentIntensityAnalyzer.
    for (t, want) in [
        ("The talks were a great success.", 0.8316),
        ("The talks were NOT a great success!", -0.7639),
        (
            "Rebels killed ten civilians but the army was very brave.",
            0.4385,
        ),
        ("The attack was extremely brutal and horrific.", -0.921),
        ("Iran and Syria met on Monday.", 0.0),
    ] {
        let got = tone::compound(t);
        assert!((got - want).abs() < 0.01, "{t}: {got} vs {want}");
    }
}

#[test]
fn participle_saying_belongs_to_the_main_clause_subject() {
    // "The minister …, saying": the title refers to the previous speaker (Russia), not to the
    // actors between the subject and the comma.
    let v =
        run("Russia said it condemned Syria. The minister pointed to rebels, saying Iran attacked Syria with rockets and artillery.");
    let e = v
        .iter()
        .find(|e| e.event.code == "190")
        .expect("the attack is coded");
    assert_eq!(e.said_by.kind, SaidByKind::Speaker);
    assert_eq!(e.said_by.code.as_deref(), Some("RUS"), "{:?}", e.said_by);
    assert_eq!(e.said_by.text.as_deref(), Some("The minister"));
}
