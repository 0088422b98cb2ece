//! The CAMEO event-code table: name, root code, quad class and Goldstein value of every code.
//!
//! The table is compiled in from `data/cameo-codes.tsv` (see `DATA-SOURCES.md` for its source).

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
    /// Goldstein value, where the table gives one.
    pub goldstein: Option<f32>,
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
                if f.len() < 5 {
                    return None;
                }
                Some((
                    f[0],
                    CodeInfo {
                        code: f[0],
                        root: f[1],
                        quad_class: f[2].parse().unwrap_or(0),
                        goldstein: f[3].parse().ok(),
                        name: f[4],
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
