//! Codes: event codes with their special forms, actor codes with date restrictions, agents.

use chrono::NaiveDate;

/// An event code from a verb or pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventCode {
    /// A plain code, e.g. `042`; `subordinate` (`?`) codes are used only when nothing else is
    /// coded; `dominant` (`!`) codes suppress non-dominant ones.
    Code {
        /// The code.
        code: String,
        /// `?` suffix.
        subordinate: bool,
        /// `!` suffix.
        dominant: bool,
    },
    /// `[X:Y]`: X from source to target and Y from target to source.
    Paired(String, String),
    /// `[---]`: no event.
    Null,
    /// `[###]`: discard the sentence.
    Discard,
    /// `[+++]`: complex sentence, not coded.
    Complex,
}

impl EventCode {
    /// Parses the inside of `[...]`.
    pub fn parse(s: &str) -> Result<EventCode, String> {
        let t: String = s.split_whitespace().collect();
        if t.is_empty() {
            return Err("empty code".into());
        }
        if t.chars().all(|c| c == '-') {
            return Ok(EventCode::Null);
        }
        if t == "###" {
            return Ok(EventCode::Discard);
        }
        if t == "+++" {
            return Ok(EventCode::Complex);
        }
        if let Some((a, b)) = t.split_once(':') {
            // PETRARCH-2's "[:173]": only the reversed event (the subject is the target).
            if b.is_empty() || (a.is_empty() && !b.chars().all(|c| c.is_ascii_alphanumeric())) {
                return Err(format!("paired code '{t}' needs two codes"));
            }
            return Ok(EventCode::Paired(a.to_string(), b.to_string()));
        }
        let mut code = t.as_str();
        let mut subordinate = false;
        let mut dominant = false;
        loop {
            if let Some(c) = code.strip_suffix('?') {
                subordinate = true;
                code = c;
            } else if let Some(c) = code.strip_suffix('!') {
                dominant = true;
                code = c;
            } else {
                break;
            }
        }
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("event code '{t}' must be letters and digits"));
        }
        Ok(EventCode::Code {
            code: code.to_string(),
            subordinate,
            dominant,
        })
    }

    /// The primary code, if this produces events.
    pub fn primary(&self) -> Option<&str> {
        match self {
            EventCode::Code { code, .. } => Some(code),
            EventCode::Paired(a, _) => Some(a),
            _ => None,
        }
    }
}

/// A date restriction on an actor code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRule {
    /// `<d`: on or before.
    Before(NaiveDate),
    /// `>d`: on or after.
    After(NaiveDate),
    /// `d-d`: between, inclusive.
    Between(NaiveDate, NaiveDate),
}

impl DateRule {
    /// The latest date the rule admits (`NaiveDate::MAX` when open-ended).
    pub fn latest(&self) -> NaiveDate {
        match *self {
            DateRule::Before(d) | DateRule::Between(_, d) => d,
            DateRule::After(_) => NaiveDate::MAX,
        }
    }

    /// Whether `date` satisfies the rule.
    pub fn admits(&self, date: NaiveDate) -> bool {
        match *self {
            DateRule::Before(d) => date <= d,
            DateRule::After(d) => date >= d,
            DateRule::Between(a, b) => a <= date && date <= b,
        }
    }
}

/// An actor code, possibly date-restricted. An empty `code` is the null code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorCode {
    /// The code (`---` is stored as empty).
    pub code: String,
    /// The restriction, if any.
    pub rule: Option<DateRule>,
}

/// An agent code: `~GOV` appends to the actor, `NGM~` prepends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentCode {
    /// The code without `~`.
    pub code: String,
    /// Whether the actor code goes before the agent (`~GOV`).
    pub suffix: bool,
}

/// Parses a YYMMDD (pivot 30: 00–30 are 2000s) or YYYYMMDD date.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("date '{s}' must be digits"));
    }
    let (y, m, d) = match s.len() {
        6 => {
            let yy: i32 = s[0..2].parse().map_err(|_| format!("bad date '{s}'"))?;
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                &s[2..4],
                &s[4..6],
            )
        }
        8 => (
            s[0..4].parse().map_err(|_| format!("bad date '{s}'"))?,
            &s[4..6],
            &s[6..8],
        ),
        _ => return Err(format!("date '{s}' must be YYMMDD or YYYYMMDD")),
    };
    let m: u32 = m.parse().map_err(|_| format!("bad month in '{s}'"))?;
    let d: u32 = d.parse().map_err(|_| format!("bad day in '{s}'"))?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("date '{s}' does not exist"))
}

/// Parses the inside of one actor `[...]` block: `CODE`, `CODE <d`, `CODE >d`, `CODE d-d`.
pub fn parse_actor_code(s: &str) -> Result<ActorCode, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("empty actor code".into());
    }
    let (code, rest) = match t.find(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        Some(p) => (&t[..p], t[p..].trim()),
        None => (t, ""),
    };
    // A code block that starts with a date ("[ 991201-010114]") is malformed.
    if code.chars().next().is_some_and(|c| c.is_ascii_digit()) && code.contains('-') {
        return Err(format!("code block '{t}' has a date but no code"));
    }
    let code_norm = if code.chars().all(|c| c == '-') {
        String::new()
    } else if code == "+++" || code == "###" {
        // Complex / discard markers on actors (TABARI manual 6.3–6.4).
        code.to_string()
    } else if code
        .split('/')
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        // Coded compound actors: ELR/GAL (TABARI manual 6.5.1).
        code.to_ascii_uppercase()
    } else {
        return Err(format!("actor code '{code}' must be letters and digits"));
    };
    let rule = if rest.is_empty() {
        None
    } else if let Some(d) = rest.strip_prefix('<') {
        Some(DateRule::Before(parse_date(d)?))
    } else if let Some(d) = rest.strip_prefix('>') {
        Some(DateRule::After(parse_date(d)?))
    } else if let Some((a, b)) = rest.split_once('-') {
        Some(DateRule::Between(parse_date(a)?, parse_date(b)?))
    } else {
        return Err(format!("date restriction '{rest}' must be <d, >d or d-d"));
    };
    Ok(ActorCode {
        code: code_norm,
        rule,
    })
}

/// Parses an agent code `~GOV` or `NGO~`.
pub fn parse_agent_code(s: &str) -> Result<AgentCode, String> {
    let t: String = s.split_whitespace().collect();
    if let Some(c) = t.strip_prefix('~') {
        Ok(AgentCode {
            code: c.to_ascii_uppercase(),
            suffix: true,
        })
    } else if let Some(c) = t.strip_suffix('~') {
        Ok(AgentCode {
            code: c.to_ascii_uppercase(),
            suffix: false,
        })
    } else {
        Err(format!("agent code '{t}' needs a ~ at its start or end"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_codes() {
        assert_eq!(EventCode::parse("---").unwrap(), EventCode::Null);
        assert_eq!(EventCode::parse("- - -").unwrap(), EventCode::Null);
        assert_eq!(EventCode::parse("###").unwrap(), EventCode::Discard);
        assert_eq!(
            EventCode::parse("032:033").unwrap(),
            EventCode::Paired("032".into(), "033".into())
        );
        assert_eq!(
            EventCode::parse("023?").unwrap(),
            EventCode::Code {
                code: "023".into(),
                subordinate: true,
                dominant: false
            }
        );
        assert!(EventCode::parse("0$2").is_err());
    }

    #[test]
    fn actor_codes_with_dates() {
        let c = parse_actor_code("USAGOV 991201-010114").unwrap();
        assert_eq!(c.code, "USAGOV");
        let r = c.rule.unwrap();
        assert!(r.admits(NaiveDate::from_ymd_opt(2000, 6, 1).unwrap()));
        assert!(!r.admits(NaiveDate::from_ymd_opt(2002, 6, 1).unwrap()));
        let c = parse_actor_code("IRNGOV >20130804").unwrap();
        assert!(c
            .rule
            .unwrap()
            .admits(NaiveDate::from_ymd_opt(2014, 1, 1).unwrap()));
        assert!(parse_actor_code(" 991201-010114").is_err());
        assert!(parse_actor_code("X 991301-010114").is_err());
    }
}
