//! `dyad dict check`: every malformed line, unknown CAMEO code and duplicate, with
//! file:line:column.

use crate::codes::EventCode;
use crate::{Diagnostic, Dictionaries};

/// Diagnostics for loaded dictionaries: the reader's own plus codes that are not in the CAMEO
/// table. `cameo_codes` says whether event codes are expected to be CAMEO (validation suites
/// use WEIS codes and other private codes).
pub fn check(d: &Dictionaries, cameo_codes: bool) -> Vec<Diagnostic> {
    let mut out = d.diagnostics.clone();
    if cameo_codes {
        let mut check_code = |code: &EventCode, file: &str, line: u32| {
            let codes: Vec<&str> = match code {
                EventCode::Code { code, .. } => vec![code.as_str()],
                EventCode::Paired(a, b) => vec![a.as_str(), b.as_str()],
                _ => vec![],
            };
            for c in codes {
                if dyad_core::cameo::lookup(c).is_none() {
                    out.push(Diagnostic {
                        file: file.to_string(),
                        line,
                        column: 1,
                        message: format!("'{c}' is not a CAMEO event code"),
                        error: true,
                    });
                }
            }
        };
        for b in &d.blocks {
            if let Some(c) = &b.code {
                check_code(c, &b.provenance.file, b.provenance.line);
            }
            for p in &b.patterns {
                check_code(&p.code, &p.provenance.file, p.provenance.line);
            }
        }
        for v in &d.verbs {
            if let Some(c) = &v.code {
                check_code(c, &v.provenance.file, v.provenance.line);
            }
        }
    }
    out.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    out.dedup();
    out
}
