//! Behaviour of the store: idempotency, replacement, de-duplication, queries, exports.

mod common;

use chrono::NaiveDate;
use common::*;
use dyad_store::{ArticleStatus, Filter, Store, StoreError, WriteOptions};

fn d(day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 8, day)
}

const T1: &str = "Israel attacked Hamas in Gaza. Israel attacked Hamas again, officials said.";

/// Article `id` from `outlet` reporting that Israel attacked Hamas in Gaza on 18 August, in each
/// of its two sentences when `twice`.
fn attack(id: &str, outlet: &str, twice: bool) -> dyad_store::ArticleResult {
    let rec = record(id, outlet, T1);
    let mut evs = vec![event(
        &rec,
        0,
        ("ISR", "Israel"),
        ("PSEREB", "Hamas"),
        "190",
        "attacked",
        d(18),
        Some(gaza()),
    )];
    if twice {
        evs.push(event(
            &rec,
            1,
            ("ISR", "Israel"),
            ("PSEREB", "Hamas"),
            "190",
            "attacked",
            d(18),
            Some(gaza()),
        ));
    }
    result(rec, &format!("hash-{id}"), evs)
}

#[test]
fn dedup_counts_mentions_sources_and_articles() {
    let mut s = Store::open_in_memory().unwrap();
    let st = s
        .write_batch(&[
            attack("a1", "reuters.com", true),
            attack("a2", "reuters.com", false),
        ])
        .unwrap();
    assert_eq!((st.inserted, st.new_events, st.mentions), (2, 1, 3));
    s.write_batch(&[attack("a3", "bbc.co.uk", false)]).unwrap();
    let rows = s.query(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let e = &rows[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (4, 3, 2));
    assert_eq!(e.first_article_id, "a1");
    assert_eq!(e.source_name.as_deref(), Some("ISRAEL"));
    assert_eq!(e.goldstein, Some(-10.0));
    assert_eq!(e.plover.as_deref(), Some("ASSAULT"));
    assert_eq!(e.avg_tone, Some(-2.5));

    // A different date, place, code or a denial is another event.
    let rec = record("b1", "apnews.com", T1);
    let base = || {
        event(
            &rec,
            0,
            ("ISR", "Israel"),
            ("PSEREB", "Hamas"),
            "190",
            "attacked",
            d(18),
            Some(gaza()),
        )
    };
    let mut other_day = base();
    other_day.event_date = d(17);
    let mut other_place = base();
    other_place.location = Some(sudan());
    let mut no_place = base();
    no_place.location = None;
    let mut other_code = base();
    other_code.event.code = "193".into();
    let mut denied = base();
    denied.negated = true;
    let mut same = base();
    same.event.sentence = 1;
    let n = [other_day, other_place, no_place, other_code, denied, same];
    s.write_batch(&[result(rec.clone(), "hb1", n.to_vec())])
        .unwrap();
    let c = s.counts().unwrap();
    assert_eq!((c.events, c.mentions), (6, 10));
    let e = &s.query(&Filter::default()).unwrap()[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (5, 4, 3));
}

#[test]
fn same_hash_is_skipped_new_hash_replaces() {
    let mut s = Store::open_in_memory().unwrap();
    let batch = [
        attack("a1", "reuters.com", true),
        attack("a2", "apnews.com", false),
    ];
    s.write_batch(&batch).unwrap();
    let before = (s.counts().unwrap(), s.query(&Filter::default()).unwrap());
    let st = s.write_batch(&batch).unwrap();
    assert_eq!((st.inserted, st.skipped, st.mentions), (0, 2, 0));
    assert!(s.seen("a1", "hash-a1").unwrap());
    assert!(!s.seen("a1", "other").unwrap());
    assert_eq!(
        (s.counts().unwrap(), s.query(&Filter::default()).unwrap()),
        before
    );

    // a1 comes back edited: one mention of the attack and a new event.
    let rec = record(
        "a1",
        "reuters.com",
        "Israel attacked Hamas in Gaza. Egypt criticized Israel.",
    );
    let evs = vec![
        event(
            &rec,
            0,
            ("ISR", "Israel"),
            ("PSEREB", "Hamas"),
            "190",
            "attacked",
            d(18),
            Some(gaza()),
        ),
        event(
            &rec,
            1,
            ("EGY", "Egypt"),
            ("ISR", "Israel"),
            "111",
            "criticized",
            d(18),
            None,
        ),
    ];
    let st = s.write_batch(&[result(rec, "hash-a1-v2", evs)]).unwrap();
    assert_eq!((st.replaced, st.new_events, st.mentions), (1, 1, 2));
    let rows = s.query(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].num_mentions, rows[0].num_articles), (2, 2));
    assert_eq!(s.counts().unwrap().mentions, 3);

    // a1 again, now without events: the criticism event disappears, the attack keeps a2.
    let rec = record("a1", "reuters.com", "Nothing happened.");
    s.write_batch(&[result(rec, "hash-a1-v3", vec![])]).unwrap();
    let rows = s.query(&Filter::default()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].num_mentions, rows[0].first_article_id.as_str()),
        (1, "a2")
    );
    let c = s.counts().unwrap();
    assert_eq!(c.articles_by_status.get("no_event"), Some(&1));
    assert_eq!(c.articles_by_status.get("coded"), Some(&1));
}

#[test]
fn invalid_article_writes_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let mut bad = attack("a2", "x.com", false);
    bad.events[0].event.code = "19X".into();
    let err = s
        .write_batch(&[attack("a1", "x.com", false), bad])
        .unwrap_err();
    assert!(
        matches!(err, StoreError::InvalidArticle { ref article, .. } if article == "a2"),
        "{err}"
    );
    assert!(err.to_string().contains("test.jsonl:a2"), "{err}");
    assert_eq!(s.counts().unwrap().articles, 0);
    let mut empty = attack("a3", "x.com", false);
    empty.content_hash.clear();
    assert!(s.write_batch(&[empty]).is_err());
}

#[test]
fn queries_filter() {
    let mut s = Store::open_in_memory().unwrap();
    for b in 0..4 {
        s.write_batch(&corpus_batch(7, b, 20)).unwrap();
    }
    let all = s.query(&Filter::default()).unwrap();
    assert!(all.len() > 10, "{} events", all.len());
    let check = |f: Filter, pred: &dyn Fn(&dyad_store::EventRow) -> bool| {
        let got = s.query(&f).unwrap();
        let want: Vec<_> = all.iter().filter(|e| pred(e)).cloned().collect();
        assert_eq!(got, want, "{f:?}");
        got.len()
    };
    let n = check(
        Filter {
            actor: Some("IRN".into()),
            ..Filter::default()
        },
        &|e| e.source.starts_with("IRN") || e.target.starts_with("IRN"),
    );
    assert!(n > 0);
    check(
        Filter {
            dyad: Some(("USAGOV".into(), "ISR".into())),
            ..Filter::default()
        },
        &|e| e.source == "USAGOV" && e.target == "ISR",
    );
    assert!(
        check(
            Filter {
                code: Some("19".into()),
                ..Filter::default()
            },
            &|e| e.code.starts_with("19")
        ) > 0
    );
    check(
        Filter {
            root: Some("14".into()),
            ..Filter::default()
        },
        &|e| e.root.as_deref() == Some("14"),
    );
    assert!(
        check(
            Filter {
                quad_class: Some(4),
                ..Filter::default()
            },
            &|e| e.quad_class == Some(4)
        ) > 0
    );
    check(
        Filter {
            date_from: d(2),
            date_to: d(2),
            ..Filter::default()
        },
        &|e| e.event_date == d(2),
    );
    check(
        Filter {
            country: Some("SU".into()),
            ..Filter::default()
        },
        &|e| e.location.as_ref().and_then(|l| l.country_fips.as_deref()) == Some("SU"),
    );
    check(
        Filter {
            country: Some("ISR".into()),
            ..Filter::default()
        },
        &|e| e.location.as_ref().and_then(|l| l.country_iso3.as_deref()) == Some("ISR"),
    );
    let w = s
        .query(&Filter {
            words: Some("SURRENDERED".into()),
            ..Filter::default()
        })
        .unwrap();
    assert!(!w.is_empty() && w.iter().all(|e| e.code == "0874"), "{w:?}");
    let f = Filter {
        actor: Some("USA".into()),
        quad_class: Some(1),
        limit: Some(2),
        ..Filter::default()
    };
    let got = s.query(&f).unwrap();
    assert!(got.len() <= 2 && got.iter().all(|e| e.quad_class == Some(1)));
}

#[test]
fn gdelt_and_jsonl_exports() {
    let mut s = Store::open_in_memory().unwrap();
    s.write_batch(&[attack("a1", "reuters.com", true)]).unwrap();
    let rec = record("w1", "foxnews.com", "Workers demonstrated in \"Chicago\".");
    let mut ev = event(
        &rec,
        0,
        ("LAB", "Workers"),
        ("", ""),
        "1411",
        "demonstrated",
        d(19),
        None,
    );
    ev.location = Some(dyad_store::Location {
        name: "Chicago, Illinois, United States".into(),
        country_fips: Some("US".into()),
        adm1: Some("IL".into()),
        lat: Some(41.85),
        lon: Some(-87.6501),
        geonames_id: Some(4887398),
        ..Default::default()
    });
    let mut denied = ev.clone();
    denied.negated = true;
    s.write_batch(&[result(rec, "hw1", vec![ev, denied])])
        .unwrap();

    let mut out = Vec::new();
    assert_eq!(s.write_gdelt_events(&mut out).unwrap(), 2);
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains('"') && !text.contains('\r'));
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    let events = s.query(&Filter::default()).unwrap();
    for r in &rows {
        assert_eq!(r.len(), 61, "{r:?}");
        let id: i64 = r[0].parse().unwrap();
        assert!(id > 0 && id < 1 << 31);
        let e = events.iter().find(|e| e.global_event_id == id).unwrap();
        assert_eq!(r[1], e.event_date.unwrap().format("%Y%m%d").to_string());
        assert_eq!(r[26], e.code);
        assert_eq!(r[27], &e.code[..3]);
        assert_eq!(r[28], &e.code[..2]);
        assert_eq!(r[29], e.quad_class.unwrap().to_string());
        assert_eq!(r[30].parse::<f64>().unwrap(), e.goldstein.unwrap());
        assert_eq!(r[31], e.num_mentions.to_string());
        assert_eq!(r[59].len(), 14);
    }
    let attack_row = &rows[0];
    assert_eq!(
        (attack_row[5], attack_row[7], attack_row[6]),
        ("ISR", "ISR", "ISRAEL")
    );
    assert_eq!(
        (attack_row[15], attack_row[17], attack_row[22]),
        ("PSEREB", "PSE", "REB")
    );
    assert_eq!((attack_row[25], attack_row[31]), ("1", "2"));
    assert_eq!(
        (attack_row[51], attack_row[53], attack_row[54]),
        ("4", "IS", "IS00")
    );
    assert_eq!(attack_row[60], "https://reuters.com/news/a1");
    let demo = &rows[1];
    // GDELT's FractionDate: year + ((month - 1) * 30 + day) / 365.
    assert_eq!(
        format!("{:.4}", 2024.0 + f64::from(7 * 30 + 19) / 365.0),
        "2024.6274"
    );
    assert_eq!(
        (demo[5], demo[7], demo[12], demo[15]),
        ("LAB", "", "LAB", "")
    );
    assert_eq!((demo[4], demo[29], demo[30]), ("2024.6274", "3", "-6.5"));
    assert_eq!((demo[51], demo[54], demo[58]), ("3", "USIL", "4887398"));

    let mut out = Vec::new();
    assert_eq!(s.write_gdelt_mentions(&mut out).unwrap(), 3);
    for l in String::from_utf8(out).unwrap().lines() {
        let c: Vec<&str> = l.split('\t').collect();
        assert_eq!(c.len(), 16, "{c:?}");
        assert_eq!(c[3], "1");
        assert!(c[6].parse::<u32>().unwrap() >= 1);
        assert_eq!(c[11], "80");
    }

    let mut out = Vec::new();
    assert_eq!(s.write_jsonl_events(&mut out).unwrap(), 3);
    let back: Vec<dyad_store::EventRow> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(back, events);
    assert!(back.iter().any(|e| e.negated));
    let mut out = Vec::new();
    s.write_jsonl_events(&mut out).unwrap();
    for l in String::from_utf8(out).unwrap().lines() {
        let e: dyad_store::EventWithMentions = serde_json::from_str(l).unwrap();
        assert_eq!(e.schema, dyad_store::JSONL_SCHEMA);
        assert_eq!(e.mentions.len() as i64, e.event.num_mentions, "{l}");
        assert!(e.mentions.iter().all(|m| !m.sentence_text.is_empty()));
    }
}

#[test]
fn file_store_reopens_and_checks_schema() {
    let dir = std::env::temp_dir().join(format!("dyad-store-reopen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("events.sqlite");
    let _ = std::fs::remove_file(&path);
    {
        let mut s = Store::open(&path).unwrap();
        let opts = WriteOptions {
            checkpoint: Some(("input".into(), "17".into())),
            ..Default::default()
        };
        s.write_batch_with(&[attack("a1", "x.com", false)], &opts)
            .unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.counts().unwrap().events, 1);
    assert_eq!(s.checkpoint("input").unwrap().as_deref(), Some("17"));
    assert_eq!(s.checkpoint("other").unwrap(), None);
    let status = ArticleStatus::parse("coded");
    assert_eq!(status, Some(ArticleStatus::Coded));
    drop(s);
    let conn = rusqlite_meta_overwrite(&path);
    assert!(conn, "could not alter meta");
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::SchemaVersion { .. }), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Sets the stored schema version to another value.
fn rusqlite_meta_overwrite(path: &std::path::Path) -> bool {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute(
        "UPDATE meta SET value='dyad.store/0' WHERE key='schema_version'",
        [],
    )
    .unwrap()
        == 1
}
