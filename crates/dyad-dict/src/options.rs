//! TABARI `.options` files (chapter 8 of the TABARI manual): the settings dyad acts on, the
//! rest kept verbatim.

use std::collections::BTreeMap;

/// Options read from a TABARI options file, an `<Config>` record or an in-suite `OPTION:` line.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `SET: NAME = VALUE` settings, names upper-case with single blanks.
    pub set: BTreeMap<String, String>,
    /// `COMPLEX:` conditions (e.g. `VERBS[5]`, `CONJ[4]`, `NOACTPRIOR`).
    pub complex: Vec<String>,
    /// `DEFAULT: SOURCE [code]`.
    pub default_source: Option<String>,
    /// `DEFAULT: TARGET [code]`.
    pub default_target: Option<String>,
    /// `CODE BY CLAUSE` / `CODE BY SENTENCE` / `CODE ALL`.
    pub code_by: Option<String>,
    /// Lines dyad reads but does not act on.
    pub other: Vec<String>,
}

impl Options {
    /// Applies one options line.
    pub fn apply_line(&mut self, line: &str) {
        let l = line.trim();
        if l.is_empty() || l.starts_with("//") || l.starts_with('#') {
            return;
        }
        let upper = l.to_ascii_uppercase();
        if let Some(rest) = upper.strip_prefix("SET:") {
            let rest = rest.trim();
            if let Some((k, v)) = rest.split_once('=') {
                self.set.insert(norm(k), norm(v));
            } else if rest.starts_with("CODE") {
                self.code_by = Some(norm(rest));
            } else {
                self.set.insert(norm(rest), "TRUE".into());
            }
        } else if let Some(rest) = upper.strip_prefix("COMPLEX:") {
            self.complex = rest.split_whitespace().map(str::to_string).collect();
        } else if let Some(rest) = upper.strip_prefix("DEFAULT:") {
            let code = |s: &str| {
                s.split_once('[')
                    .and_then(|(_, r)| r.split_once(']'))
                    .map(|(c, _)| c.trim().to_string())
            };
            if let Some(p) = rest.find("SOURCE") {
                self.default_source = code(&rest[p..]);
            }
            if let Some(p) = rest.find("TARGET") {
                self.default_target = code(&rest[p..]);
            }
        } else {
            self.other.push(l.to_string());
        }
    }

    /// Reads a whole options file.
    pub fn parse(text: &str) -> Options {
        let mut o = Options::default();
        for l in text.lines() {
            o.apply_line(l);
        }
        o
    }

    /// A boolean `SET:` value (TRUE/FALSE/ON/OFF/1/0), if set.
    pub fn flag(&self, name: &str) -> Option<bool> {
        self.set
            .get(name)
            .map(|v| matches!(v.as_str(), "TRUE" | "ON" | "1" | "YES"))
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
