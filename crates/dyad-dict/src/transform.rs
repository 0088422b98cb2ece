//! PETRARCH-2 verb-dictionary transformations: how a verb over an embedded event recodes it.
//!
//! `~ a (b . ATTACK) SAY = a b 112` reads: when actor `a` SAYs that `b` ATTACKed (no target),
//! code `a` → `b` 112 (accuse). `~ a (a b ATTACK) SAY = a b 015`: `a` says that `a` itself
//! attacked `b`: `a` → `b` 015 (claim responsibility). `Q` stands for any embedded code, `_`
//! for any actor, `.` for no actor.

/// One slot of a transformation: a named actor, any actor or none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A variable (`a`, `b`).
    Var(String),
    /// `_`: any actor.
    Any,
    /// `.`: no actor.
    None,
}

/// A transformation rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transformation {
    /// The outer verb's subject.
    pub outer: Slot,
    /// The embedded event's source.
    pub inner_source: Slot,
    /// The embedded event's target.
    pub inner_target: Slot,
    /// The embedded verb block name (`ATTACK`), or `Q` for any.
    pub inner_verb: String,
    /// The outer verb block name (`SAY`).
    pub outer_verb: String,
    /// Result source and target variables.
    pub result: (Slot, Slot),
    /// Result code (`Q` keeps the embedded code).
    pub code: String,
}

fn slot(s: &str) -> Slot {
    match s {
        "_" => Slot::Any,
        "." => Slot::None,
        v => Slot::Var(v.to_string()),
    }
}

impl Transformation {
    /// Parses the text after `~`.
    pub fn parse(text: &str) -> Result<Transformation, String> {
        let (lhs, rhs) = text.split_once('=').ok_or("transformation without '='")?;
        let open = lhs.find('(').ok_or("transformation without '('")?;
        let close = lhs.find(')').ok_or("transformation without ')'")?;
        let outer: Vec<&str> = lhs[..open].split_whitespace().collect();
        let inner: Vec<&str> = lhs[open + 1..close].split_whitespace().collect();
        let verb: Vec<&str> = lhs[close + 1..].split_whitespace().collect();
        let res: Vec<&str> = rhs
            .split('#')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect();
        if outer.len() != 1 || inner.len() != 3 || verb.len() != 1 || res.len() != 3 {
            return Err(format!(
                "transformation '{}' is not 'a (b c VERB) VERB = x y CODE'",
                text.trim()
            ));
        }
        Ok(Transformation {
            outer: slot(outer[0]),
            inner_source: slot(inner[0]),
            inner_target: slot(inner[1]),
            inner_verb: inner[2].to_ascii_uppercase(),
            outer_verb: verb[0].to_ascii_uppercase(),
            result: (slot(res[0]), slot(res[1])),
            code: res[2].to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules() {
        let t = Transformation::parse(" a (b . ATTACK) SAY = a b 112").unwrap();
        assert_eq!(t.inner_source, Slot::Var("b".into()));
        assert_eq!(t.inner_target, Slot::None);
        assert_eq!(t.outer_verb, "SAY");
        assert_eq!(t.code, "112");
        assert!(Transformation::parse("a b SAY = 1").is_err());
    }
}
