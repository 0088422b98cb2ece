//! Tests against the embedded GeoNames gazetteer.

use dyad_geo::{Gazetteer, Place, PlaceKind};
use std::time::Instant;

fn gz() -> &'static Gazetteer {
    Gazetteer::embedded()
}

/// Finds exactly one toponym in `text`, checks its text, and resolves it with `context`.
#[track_caller]
fn one<'a>(text: &str, name: &str, context: &[&str]) -> &'a Place {
    let found = gz().find_toponyms(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    let (range, ids) = &found[0];
    assert_eq!(&text[range.clone()], name, "{text:?}");
    assert!(!ids.is_empty());
    gz().resolve(ids, context).expect("resolves")
}

/// The embedded gazetteer parses and is of the expected size; its load time is printed, not
/// asserted (a test asserts no time: `cargo bench` and this line measure it).
#[test]
fn load_time_and_size() {
    let t = Instant::now();
    let g = Gazetteer::from_gzip(
        include_bytes!("../data/gazetteer.tsv.gz"),
        "gazetteer.tsv.gz",
    )
    .expect("embedded data parses");
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    println!("gazetteer load: {ms:.1} ms, {} places", g.len());
    assert!(g.len() > 30_000, "{}", g.len());
}

#[test]
fn tehran() {
    let p = one("Officials in Tehran said", "Tehran", &[]);
    assert_eq!(p.kind, PlaceKind::City);
    assert_eq!(p.country_iso3, "IRN");
    assert_eq!(p.country_iso2, "IR");
    assert_eq!(p.country_fips, "IR");
    assert!((p.lat - 35.69).abs() < 0.01, "{}", p.lat);
    assert!((p.lon - 51.42).abs() < 0.01, "{}", p.lon);
    assert!(p.population > 1_000_000);
    assert_eq!(gz().place(p.geonames_id), Some(p));
}

#[test]
fn tripoli_depends_on_context() {
    let lby = one("clashes in Tripoli", "Tripoli", &["LBY"]);
    assert_eq!(lby.country_iso3, "LBY");
    let lbn = one("clashes in Tripoli", "Tripoli", &["LBN"]);
    assert_eq!(lbn.country_iso3, "LBN");
    // Without context: the most populous (Libya's capital).
    let none = one("clashes in Tripoli", "Tripoli", &[]);
    assert_eq!(none.country_iso3, "LBY");
    // An unrelated context falls back to population.
    let other = one("clashes in Tripoli", "Tripoli", &["FRA"]);
    assert_eq!(other.country_iso3, "LBY");
}

#[test]
fn damascus_and_syria() {
    let d = one("Jets struck near Damascus.", "Damascus", &[]);
    assert_eq!(d.country_iso3, "SYR");
    assert_eq!(d.kind, PlaceKind::City);
    let s = one("Rebels in Syria's north", "Syria", &[]);
    assert_eq!(s.kind, PlaceKind::Country);
    assert_eq!(s.country_iso3, "SYR");
    assert_eq!(s.country_fips, "SY");
    // Country coordinates are the capital's (Damascus).
    assert!((s.lat - d.lat).abs() < 0.01 && (s.lon - d.lon).abs() < 0.01);
}

#[test]
fn washington_is_the_us_capital() {
    let w = one("Talks in Washington ended", "Washington", &[]);
    assert_eq!(w.country_iso3, "USA");
    assert_eq!(w.adm1, "DC");
    assert!((w.lat - 38.9).abs() < 0.1, "{}", w.lat);
}

#[test]
fn lowercase_words_are_not_toponyms() {
    for text in [
        "the police said it was nice and mobile",
        "a male nurse was reading",
        "they may march in washington style",
        "of course",
    ] {
        let found = gz().find_toponyms(text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn common_words_guarded() {
    // Sentence-initial common words are not places.
    assert!(gz().find_toponyms("Police said nothing.").is_empty());
    assert!(gz()
        .find_toponyms("Reading the report, he frowned.")
        .is_empty());
    // "Of", "Police": small towns, never matched through the common word.
    assert!(gz().find_toponyms("The Chief Of Police said").is_empty());
    // Mid-sentence, a large place with a common-word name is found.
    let p = one("a truck attack in Nice killed", "Nice", &[]);
    assert_eq!(p.country_iso3, "FRA");
    // Politician names are not towns.
    assert!(gz().find_toponyms("the Obama administration").is_empty());
}

#[test]
fn acronyms_and_country_aliases() {
    assert!(gz().find_toponyms("the UN and the ANC met").is_empty());
    let text = "sanctions by the U.S. on Iran";
    let found = gz().find_toponyms(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(&text[found[0].0.clone()], "U.S");
    assert_eq!(gz().resolve(&found[0].1, &[]).unwrap().country_iso3, "USA");
    assert_eq!(gz().resolve(&found[1].1, &[]).unwrap().country_iso3, "IRN");
    let us = one("US troops left", "US", &[]);
    assert_eq!(us.country_iso3, "USA");
    let uk = gz().resolve(&gz().lookup("Britain"), &[]).unwrap();
    assert_eq!(uk.country_iso3, "GBR");
    let burma = one("the army of Burma", "Burma", &[]);
    assert_eq!(burma.country_iso3, "MMR");
}

#[test]
fn multiword_longest_match() {
    let p = one("fighting near Port-au-Prince today", "Port-au-Prince", &[]);
    assert_eq!(p.country_iso3, "HTI");
    let p = one("a bomb in New York killed", "New York", &[]);
    assert_eq!(p.country_iso3, "USA");
    let p = one("Police in Saudi Arabia", "Saudi Arabia", &[]);
    assert_eq!(p.kind, PlaceKind::Country);
    let p = one("residents of Sana'a fled", "Sana'a", &[]);
    assert_eq!(p.country_iso3, "YEM");
}

#[test]
fn upper_case_dateline() {
    let found = gz().find_toponyms("BAGHDAD, May 3 (Reuters) - Iraqi forces");
    let p = gz().resolve(&found[0].1, &[]).unwrap();
    assert_eq!(p.country_iso3, "IRQ");
}

#[test]
fn country_codes() {
    let g = gz();
    assert_eq!(g.iso3_to_fips("IRN"), Some("IR"));
    assert_eq!(g.iso3_to_fips("DEU"), Some("GM"));
    assert_eq!(g.iso3_to_fips("GBR"), Some("UK"));
    assert_eq!(g.iso3_to_fips("XXX"), None);
    let lby = g.country_by_iso3("LBY").unwrap();
    assert_eq!(lby.kind, PlaceKind::Country);
    assert_eq!(lby.name, "Libya");
    assert_eq!(g.place(lby.geonames_id), Some(lby));
    assert!(g.resolve(&[], &[]).is_none());
    assert!(g.resolve(&[u32::MAX], &[]).is_none());
}

#[test]
fn lookup_speed() {
    let text = "Iranian Foreign Minister Mohammad Javad Zarif met his Syrian counterpart in \
                Damascus on Tuesday, a day after Israeli jets struck targets near Aleppo and \
                Homs, the official IRNA news agency reported from Tehran.";
    let g = gz();
    let found = g.find_toponyms(text);
    let names: Vec<&str> = found.iter().map(|(r, _)| &text[r.clone()]).collect();
    assert_eq!(names, ["Damascus", "Aleppo", "Homs", "Tehran"]);
    let n = 2000;
    let t = Instant::now();
    let mut total = 0;
    for _ in 0..n {
        total += g.find_toponyms(text).len();
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / f64::from(n);
    assert_eq!(total, 4 * n as usize);
    println!("find_toponyms: {us:.1} µs per {}-byte sentence", text.len());
}

#[test]
fn person_names_are_not_places() {
    for text in [
        "Russian President Vladimir Putin said",
        "North Korean leader Kim Jong Un met",
        "Secretary of State Mike Pompeo flew",
        "a report by the New York Times said",
        "the White House said",
    ] {
        let found = gz().find_toponyms(text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // A city next to a capitalised preposition or "City" is still found.
    let p = one("In Baghdad, police said", "Baghdad", &[]);
    assert_eq!(p.country_iso3, "IRQ");
}
