//! The CAMEO event-code table: name, root code, quad class and Goldstein value of every code,
//! and the PLOVER event type, mode and context of every code that PLOVER maps.
//!
//! The tables are compiled in from `data/cameo-codes.tsv` (names from gdelt-py 0.1.11, MIT;
//! Goldstein values from GDELT's published scale, `data/goldstein.tsv`) and `data/plover.tsv`
//! (following PLOVER's CAMEO2PLOVER, openeventdata/PLOVER, CC BY-SA 4.0); see `DATA-SOURCES.md`
//! and `tools/derive-cameo-table.py`.
//!
//! ```
//! use dyad_core::cameo;
//! assert_eq!(cameo::lookup("0874").unwrap().goldstein, Some(10.0));
//! let p = cameo::plover("0871").unwrap();
//! assert_eq!((p.event_type, p.mode), ("RETREAT", Some("ceasefire")));
//! assert!(cameo::plover("010").is_none()); // dropped by PLOVER
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

/// One row of the CAMEO table.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeInfo {
    /// The code, e.g. `0431`.
    pub code: &'static str,
    /// The two-digit root code.
    pub root: &'static str,
    /// GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad_class: u8,
    /// Goldstein value (GDELT's published scale), where the table gives one.
    pub goldstein: Option<f32>,
    /// `true` when GDELT's scale does not list this code and [`CodeInfo::goldstein`] is the
    /// value of its nearest listed ancestor code (e.g. `1951` takes `195`'s value).
    pub goldstein_from_parent: bool,
    /// The code's name.
    pub name: &'static str,
}

const TABLE: &str = include_str!("../data/cameo-codes.tsv");

fn table() -> &'static HashMap<&'static str, CodeInfo> {
    static T: OnceLock<HashMap<&'static str, CodeInfo>> = OnceLock::new();
    T.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                if f.len() < 6 {
                    return None;
                }
                Some((
                    f[0],
                    CodeInfo {
                        code: f[0],
                        root: f[1],
                        quad_class: f[2].parse().unwrap_or(0),
                        goldstein: f[3].parse().ok(),
                        goldstein_from_parent: f[4] == "parent",
                        name: f[5],
                    },
                ))
            })
            .collect()
    })
}

/// Looks a CAMEO event code up.
pub fn lookup(code: &str) -> Option<&'static CodeInfo> {
    table().get(code)
}

/// All codes in the table.
pub fn all() -> impl Iterator<Item = &'static CodeInfo> {
    table().values()
}

/// The quad class of a root code (`01`–`20`), by CAMEO's rule.
pub fn quad_class_of_root(root: &str) -> Option<u8> {
    let r: u8 = root.parse().ok()?;
    Some(match r {
        1..=5 => 1,
        6..=9 => 2,
        10..=14 => 3,
        15..=20 => 4,
        _ => return None,
    })
}

/// The PLOVER (2021) event type, mode and context of a CAMEO code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PloverInfo {
    /// PLOVER event type, e.g. `ASSAULT`.
    pub event_type: &'static str,
    /// PLOVER mode, e.g. `firearms`, where the mapping gives one.
    pub mode: Option<&'static str>,
    /// PLOVER context(s), `;`-separated (e.g. `military;legal`), where the mapping gives any.
    pub context: Option<&'static str>,
}

const PLOVER_TABLE: &str = include_str!("../data/plover.tsv");

fn plover_table() -> &'static HashMap<&'static str, PloverInfo> {
    static T: OnceLock<HashMap<&'static str, PloverInfo>> = OnceLock::new();
    T.get_or_init(|| {
        let opt = |s: &'static str| if s.is_empty() { None } else { Some(s) };
        PLOVER_TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                if f.len() < 4 || f[1].is_empty() {
                    return None;
                }
                Some((
                    f[0],
                    PloverInfo {
                        event_type: f[1],
                        mode: opt(f[2]),
                        context: opt(f[3]),
                    },
                ))
            })
            .collect()
    })
}

/// The PLOVER event type, mode and context of a CAMEO code, following PLOVER's CAMEO2PLOVER
/// mapping (2021). `None` for codes PLOVER drops (roots `01`, `02`, and `026`–`028`) and for
/// unknown codes.
pub fn plover(code: &str) -> Option<PloverInfo> {
    plover_table().get(code).copied()
}

/// All CAMEO codes that have a PLOVER mapping, with the mapping.
pub fn plover_all() -> impl Iterator<Item = (&'static str, PloverInfo)> {
    plover_table().iter().map(|(k, v)| (*k, *v))
}
