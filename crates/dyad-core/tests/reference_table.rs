//! Checks dyad's CAMEO and PLOVER tables: internal consistency always, and agreement with the
//! reference table `../shared/reference/cameo-event-codes.tsv` (GDELT Goldstein lookup, GDELT
//! quad class, PLOVER 2021 mapping) and `../shared/reference/CAMEO2PLOVER-2021.txt` when present.

use std::collections::HashMap;
use std::path::PathBuf;

use dyad_core::cameo;

fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        println!("skipped: ../shared not found");
        None
    }
}

/// Rows of the reference table as column-name → value maps.
fn reference_rows(path: &PathBuf) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).expect("read reference table");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .zip(l.split('\t').chain(std::iter::repeat("")))
                .map(|(h, v)| (h.to_string(), v.trim().to_string()))
                .collect()
        })
        .collect()
}

const PLOVER_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

#[test]
fn table_is_consistent() {
    let mut n = 0;
    for info in cameo::all() {
        n += 1;
        assert_eq!(&info.code[..2], info.root, "{}", info.code);
        assert_eq!(
            Some(info.quad_class),
            cameo::quad_class_of_root(info.root),
            "quad class of {}",
            info.code
        );
        let g = info
            .goldstein
            .unwrap_or_else(|| panic!("{} has no Goldstein value", info.code));
        assert!((-10.0..=10.0).contains(&g), "{} Goldstein {g}", info.code);
        assert!(
            !info.name.is_empty() && !info.name.contains("Threate n"),
            "{}",
            info.code
        );
    }
    assert!(n >= 300, "only {n} codes");
    // Published GDELT values that gdelt-py 0.1.11 got wrong.
    assert_eq!(cameo::lookup("016").unwrap().goldstein, Some(-2.0));
    assert_eq!(cameo::lookup("190").unwrap().goldstein, Some(-10.0));
    assert_eq!(cameo::lookup("141").unwrap().quad_class, 3);
    assert_eq!(cameo::lookup("183").unwrap().goldstein, Some(-10.0));
    assert!(cameo::lookup("1883").is_none());
    let c = cameo::lookup("1951").unwrap();
    assert!(c.goldstein_from_parent);
    assert_eq!(c.goldstein, cameo::lookup("195").unwrap().goldstein);
    assert!(!cameo::lookup("195").unwrap().goldstein_from_parent);
}

#[test]
fn plover_table_is_consistent() {
    let mut n = 0;
    for (code, p) in cameo::plover_all() {
        n += 1;
        assert!(
            PLOVER_TYPES.contains(&p.event_type),
            "{code}: {}",
            p.event_type
        );
        // CAMEO2PLOVER also maps 1213 and 1214, which CAMEO itself does not define: their
        // parent must be a CAMEO code.
        assert!(
            cameo::lookup(code).is_some() || cameo::lookup(&code[..3]).is_some(),
            "PLOVER code {code} not in the CAMEO table"
        );
        for s in [p.mode, p.context].into_iter().flatten() {
            assert!(
                !s.is_empty() && s.trim() == s && !s.contains(' '),
                "{code}: {s:?}"
            );
        }
    }
    assert!(n >= 250, "only {n} PLOVER codes");
    assert!(cameo::plover("01").is_none() && cameo::plover("0234").is_none());
    assert_eq!(cameo::plover("193").unwrap().mode, Some("firearms"));
    assert_eq!(
        cameo::plover("094").unwrap().context,
        Some("military;legal")
    );
}

#[test]
fn agrees_with_reference_table() {
    let Some(path) = shared("reference/cameo-event-codes.tsv") else {
        return;
    };
    let rows = reference_rows(&path);
    assert!(rows.len() > 250, "reference table has {} rows", rows.len());
    let mut bad = Vec::new();
    for r in &rows {
        let code = &r["cameo_code"];
        let Some(info) = cameo::lookup(code) else {
            bad.push(format!("{code}: not in dyad's table"));
            continue;
        };
        if info.root != r["root_code"] {
            bad.push(format!("{code}: root {} vs {}", info.root, r["root_code"]));
        }
        if info.quad_class.to_string() != r["quadclass_gdelt"] {
            bad.push(format!(
                "{code}: quad {} vs {}",
                info.quad_class, r["quadclass_gdelt"]
            ));
        }
        let want: Option<f32> = r["goldstein_gdelt_lookup"].parse().ok();
        if info.goldstein != want {
            bad.push(format!(
                "{code}: Goldstein {:?} vs {want:?}",
                info.goldstein
            ));
        }
        // PLOVER: "dropped" = no mapping; the event column may carry a note after the type
        // (root 08: "CONCEDE (081-083) / RETREAT (084-087)").
        let ev = r["plover2021_event"]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let mine = cameo::plover(code);
        match (ev, mine) {
            ("dropped" | "", None) => {}
            ("dropped" | "", Some(p)) => {
                bad.push(format!("{code}: PLOVER {p:?}, reference dropped"))
            }
            (_, None) => bad.push(format!("{code}: no PLOVER, reference {ev}")),
            (_, Some(p)) => {
                let opt = |k: &str| Some(r[k].as_str()).filter(|s| !s.is_empty());
                if p.event_type != ev
                    || p.mode != opt("plover2021_mode")
                    || p.context != opt("plover2021_context")
                {
                    bad.push(format!(
                        "{code}: PLOVER {p:?} vs {ev}/{:?}/{:?}",
                        r["plover2021_mode"], r["plover2021_context"]
                    ));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} disagreements:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn plover_agrees_with_cameo2plover_file() {
    let Some(path) = shared("reference/CAMEO2PLOVER-2021.txt") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read CAMEO2PLOVER");
    let mut seen = 0;
    for (i, line) in text.lines().enumerate() {
        let body = line.split('#').next().unwrap_or("").trim();
        let Some((code, rest)) = body.split_once(':') else {
            continue;
        };
        let code = code.trim();
        if code.len() < 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue; // root headers ("08: CONCEDE") and notes
        }
        let ev = rest.split(',').next().unwrap_or("").trim();
        let p = cameo::plover(code)
            .unwrap_or_else(|| panic!("line {}: {code} has no PLOVER mapping in dyad", i + 1));
        assert_eq!(p.event_type, ev, "line {}: {code}", i + 1);
        seen += 1;
    }
    assert!(seen > 250, "only {seen} mapped codes read");
    assert_eq!(
        seen - 1, // 175 is listed twice
        cameo::plover_all().filter(|(c, _)| c.len() > 2).count()
    );
}
