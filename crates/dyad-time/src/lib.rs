//! Finds English time expressions in a clause and resolves them against the article's
//! publication date.
//!
//! ```
//! use chrono::NaiveDate;
//! use dyad_time::{find_time_expressions, Precision, TimeKind};
//! let published = NaiveDate::from_ymd_opt(2024, 5, 2).unwrap(); // a Thursday
//! let found = find_time_expressions("Rebels attacked the town on Wednesday.", published);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].text, "on Wednesday");
//! assert_eq!(found[0].date, NaiveDate::from_ymd_opt(2024, 5, 1).unwrap());
//! assert_eq!(found[0].precision, Precision::Day);
//! assert_eq!(found[0].kind, TimeKind::Point);
//! ```
//!
//! # How dates are represented
//!
//! Every expression resolves to one calendar period, given by its first day
//! ([`TimeExpr::date`]) and its [`Precision`]:
//! `Day` is that day, `Week` is the Monday-to-Sunday week starting at `date`,
//! `Month` is the month whose 1st is `date`, `Year` is the year whose 1 January is `date`.
//! [`TimeExpr::period_end`] gives the last day of the period.
//!
//! # Resolution rules
//!
//! * A bare or `on` weekday ("on Wednesday", "Wednesday night") is the latest such day on or
//!   before publication (the publication day itself if it is that weekday). "last Friday" is
//!   strictly before publication, "next Friday" strictly after, "this Friday" the one in the
//!   publication's Monday-to-Sunday week.
//! * A month or month-and-day without a year ("in March", "on March 5", "5 March", "Jan. 5")
//!   is the latest one on or before the publication date, unless the next one after it lies
//!   within three months ([`FUTURE_WINDOW_MONTHS`]): published 2024-05-02, "in June" is
//!   June 2024 but "in October" is October 2023. "last March" is the latest March strictly
//!   before the publication month, "next March" the first one strictly after.
//! * "the previous day", "the day before", "the next day", "the following year", "N days later",
//!   "a year earlier" … are relative to the *anchor*: the last non-`Since` expression found
//!   earlier in the same text, else the anchor given by the caller
//!   ([`find_time_expressions_with_anchor`]), else the publication date. Use [`last_anchor`] to
//!   carry the anchor from one sentence of an article to the next.
//! * A 4-digit number is a year only if it lies in 1900–2100 and stands in a year context:
//!   after a preposition ("in", "since", "by", "during", "until", "before", "after", "from",
//!   "through", "of", …), after a modifier ("late 2020", "mid-2020"), after a month
//!   ("March 2019"), followed by "'s" ("2019's"), or as a range ("2014-2016"). Numbers with a
//!   thousands separator ("2,000") or of another length ("900") are never years.
//! * "May" and "March" are also ordinary English words, so they count as months only when
//!   written "May"/"MAY" (not "may"), and, without a day or year, only after a preposition or
//!   modifier ("in May", "early March", "last May").
//! * [`TimeKind::Since`] marks "since …" (an ongoing state since that time);
//!   [`TimeKind::Future`] marks a period starting after the publication date, and "later this
//!   week/month/year"; everything else is [`TimeKind::Point`].

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// How precisely a [`TimeExpr`] pins its date down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// One calendar day.
    Day,
    /// One Monday-to-Sunday week; the date is its Monday.
    Week,
    /// One calendar month; the date is its 1st.
    Month,
    /// One calendar year; the date is its 1 January.
    Year,
}

/// What the expression says about the event's relation to its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeKind {
    /// The event happened (or happens) at that time.
    Point,
    /// An ongoing state since that time ("since 2011").
    Since,
    /// A time after publication ("tomorrow", "next week", "by 2030", "later this month").
    Future,
}

/// One time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Byte offset of the first character (a leading preposition such as "on"/"in"/"since"
    /// belongs to the expression).
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
    /// First day of the period meant (see [`Precision`]).
    pub date: NaiveDate,
    /// Size of the period meant.
    pub precision: Precision,
    /// Point, ongoing-since or future.
    pub kind: TimeKind,
    /// True when the expression states its own year ("in 2014", "March 5, 2019",
    /// "in the 1990s"); false when the year was inferred from the publication date or anchor.
    pub explicit: bool,
}

impl TimeExpr {
    /// Last day of the period this expression denotes.
    pub fn period_end(&self) -> NaiveDate {
        period_end(self.date, self.precision)
    }
}

/// Number of days before publication after which a period counts as historical.
pub const HISTORICAL_DAYS: i64 = 30;

/// True when the period (`event_date`, `precision`) lies well before publication:
/// its **last day** is more than [`HISTORICAL_DAYS`] (30) days before `published`.
///
/// So for day precision the day must be more than 30 days old; "last month" is historical
/// only once the previous month ended more than 30 days ago (published 2024-05-02 → April is
/// not historical, March is); "last year" published 2024-05-02 is historical, published
/// 2024-01-15 it is not (2023 ended 15 days earlier).
pub fn is_historical(event_date: NaiveDate, precision: Precision, published: NaiveDate) -> bool {
    let end = period_end(event_date, precision);
    (published - end).num_days() > HISTORICAL_DAYS
}

/// Finds and resolves the time expressions in `text`, in text order, with no anchor other
/// than the publication date. See the crate documentation for the rules.
pub fn find_time_expressions(text: &str, published: NaiveDate) -> Vec<TimeExpr> {
    find_time_expressions_with_anchor(text, published, None)
}

/// Like [`find_time_expressions`], but anchor-relative expressions ("the following year",
/// "the previous day") that come before any other expression in `text` resolve against
/// `anchor` (typically [`last_anchor`] of the previous sentences) instead of `published`.
pub fn find_time_expressions_with_anchor(
    text: &str,
    published: NaiveDate,
    anchor: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    let toks = tokenize(text);
    let mut m = Matcher {
        toks: &toks,
        published,
        anchor: anchor.unwrap_or(published),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match m.match_at(i) {
            Some(hit) => {
                let start = toks[i].start;
                let end = toks[hit.end - 1].end;
                let kind = hit.kind.unwrap_or(if hit.date > published {
                    TimeKind::Future
                } else {
                    TimeKind::Point
                });
                if kind != TimeKind::Since {
                    m.anchor = hit.date;
                }
                out.push(TimeExpr {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    date: hit.date,
                    precision: hit.precision,
                    kind,
                    explicit: hit.explicit,
                });
                i = hit.end;
            }
            None => i += 1,
        }
    }
    out
}

/// The anchor to pass to [`find_time_expressions_with_anchor`] for the next sentence: the date
/// of the last expression that is not [`TimeKind::Since`], if any.
pub fn last_anchor(exprs: &[TimeExpr]) -> Option<NaiveDate> {
    exprs
        .iter()
        .rev()
        .find(|e| e.kind != TimeKind::Since)
        .map(|e| e.date)
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers

fn period_end(date: NaiveDate, precision: Precision) -> NaiveDate {
    match precision {
        Precision::Day => date,
        Precision::Week => date + Duration::days(6),
        Precision::Month => add_months(month_start(date), 1) - Duration::days(1),
        Precision::Year => ymd(date.year() + 1, 1, 1) - Duration::days(1),
    }
}

/// `NaiveDate` for a date known to be valid (day 1 of a month of a year in chrono's range).
fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn month_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), d.month(), 1)
}

fn year_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), 1, 1)
}

/// First day of the month `n` months after the month of `d`.
fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let idx = d.year() * 12 + d.month0() as i32 + n;
    ymd(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1, 1)
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

fn weekday_on_or_before(d: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (7 + d.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    d - Duration::days(i64::from(back))
}

fn weekday_after(d: NaiveDate, wd: Weekday) -> NaiveDate {
    let fwd = (7 + wd.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    d + Duration::days(i64::from(if fwd == 0 { 7 } else { fwd }))
}

/// How far ahead of publication a date without a year may lie before the past one is taken.
pub const FUTURE_WINDOW_MONTHS: i32 = 3;

/// The date `month`/`day` without a year: the first one after publication if it lies within
/// [`FUTURE_WINDOW_MONTHS`] months, else the latest one on or before publication.
fn resolve_month_day(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let y = published.year();
    let limit = add_months(month_start(published), FUTURE_WINDOW_MONTHS + 1);
    let upcoming = [y, y + 1]
        .iter()
        .filter_map(|&yy| NaiveDate::from_ymd_opt(yy, month, day))
        .find(|c| *c > published && *c < limit);
    upcoming.or_else(|| {
        [y, y - 1, y - 2, y - 3, y - 4]
            .iter()
            .filter_map(|&yy| NaiveDate::from_ymd_opt(yy, month, day))
            .find(|c| *c <= published)
    })
}

/// First day of month `month` without a year: the next one after the publication month if
/// within [`FUTURE_WINDOW_MONTHS`] months, else the latest one up to the publication month.
fn resolve_month(published: NaiveDate, month: u32) -> NaiveDate {
    let cur = month_start(published);
    (1..=FUTURE_WINDOW_MONTHS)
        .map(|b| add_months(cur, b))
        .find(|d| d.month() == month)
        .or_else(|| {
            (0..12)
                .map(|b| add_months(cur, -b))
                .find(|d| d.month() == month)
        })
        .unwrap_or(cur)
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    raw: &'a str,
    lower: String,
    kind: TokKind,
    /// For numbers: value, when written as plain digits (no separators).
    value: Option<u32>,
    /// Number of digits, for plain numbers.
    digits: usize,
    /// "5th", "1st".
    ordinal: bool,
    /// "1990s".
    decade: bool,
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let mut toks = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some(&(s, c)) = iter.peek() {
        if c.is_whitespace() {
            iter.next();
        } else if c.is_alphabetic() {
            let mut e = s;
            while let Some(&(p, ch)) = iter.peek() {
                if !ch.is_alphabetic() {
                    break;
                }
                e = p + ch.len_utf8();
                iter.next();
            }
            let raw = &text[s..e];
            toks.push(Tok {
                start: s,
                end: e,
                raw,
                lower: raw.to_lowercase(),
                kind: TokKind::Word,
                value: None,
                digits: 0,
                ordinal: false,
                decade: false,
            });
        } else if c.is_ascii_digit() {
            // Digits, with ',' or '.' separators between digit groups.
            let mut e = s;
            let mut sep = false;
            while e < bytes.len() {
                if bytes[e].is_ascii_digit() {
                    e += 1;
                } else if (bytes[e] == b',' || bytes[e] == b'.')
                    && e + 1 < bytes.len()
                    && bytes[e + 1].is_ascii_digit()
                    && e > s
                {
                    sep = true;
                    e += 1;
                } else {
                    break;
                }
            }
            let digits_end = e;
            // Ordinal or decade suffix glued to the number.
            let mut l = e;
            while l < bytes.len() && bytes[l].is_ascii_alphabetic() {
                l += 1;
            }
            let suffix = text[e..l].to_ascii_lowercase();
            let mut ordinal = false;
            let mut decade = false;
            let after_ok = l >= bytes.len() || !(bytes[l] as char).is_alphanumeric();
            if !sep && after_ok && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
                ordinal = true;
                e = l;
            } else if !sep && after_ok && suffix == "s" {
                decade = true;
                e = l;
            }
            let num = &text[s..digits_end];
            let value = if sep { None } else { num.parse().ok() };
            toks.push(Tok {
                start: s,
                end: e,
                raw: &text[s..e],
                lower: text[s..e].to_ascii_lowercase(),
                kind: TokKind::Num,
                value,
                digits: if sep { 0 } else { num.len() },
                ordinal,
                decade,
            });
            while let Some(&(p, _)) = iter.peek() {
                if p >= e {
                    break;
                }
                iter.next();
            }
        } else {
            let e = s + c.len_utf8();
            toks.push(Tok {
                start: s,
                end: e,
                raw: &text[s..e],
                lower: text[s..e].to_string(),
                kind: TokKind::Punct,
                value: None,
                digits: 0,
                ordinal: false,
                decade: false,
            });
            iter.next();
        }
    }
    toks
}

// ---------------------------------------------------------------------------------------------
// Matching

struct Hit {
    /// Token index just past the expression.
    end: usize,
    date: NaiveDate,
    precision: Precision,
    /// Forced kind; `None` means Future if `date` is after publication, else Point.
    kind: Option<TimeKind>,
    explicit: bool,
}

struct Matcher<'t, 'a> {
    toks: &'t [Tok<'a>],
    published: NaiveDate,
    anchor: NaiveDate,
}

/// Words that put a following month or 4-digit number into a time context, and belong to
/// the expression.
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "since",
    "by",
    "during",
    "until",
    "till",
    "before",
    "after",
    "from",
    "through",
    "throughout",
    "of",
    "between",
];

/// Lower-case words that, right after a 4-digit number, show it is a count, not a year
/// ("in 2000 cases", "by 1500 troops").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "soldiers",
    "civilians",
    "refugees",
    "members",
    "men",
    "women",
    "children",
    "police",
    "policemen",
    "fighters",
    "militants",
    "rebels",
    "protesters",
    "demonstrators",
    "workers",
    "students",
    "cases",
    "dollars",
    "euros",
    "tons",
    "tonnes",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "units",
    "homes",
    "houses",
    "families",
    "prisoners",
    "detainees",
    "votes",
    "percent",
    "more",
    "others",
    "dead",
    "killed",
    "wounded",
    "injured",
    "arrested",
    "residents",
    "villagers",
    "pilgrims",
];

const MODIFIERS: &[&str] = &["early", "late", "mid", "earlier", "later"];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// (name, month, is a full name)
const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, true),
    ("february", 2, true),
    ("march", 3, true),
    ("april", 4, true),
    ("may", 5, true),
    ("june", 6, true),
    ("july", 7, true),
    ("august", 8, true),
    ("september", 9, true),
    ("october", 10, true),
    ("november", 11, true),
    ("december", 12, true),
    ("jan", 1, false),
    ("feb", 2, false),
    ("mar", 3, false),
    ("apr", 4, false),
    ("jun", 6, false),
    ("jul", 7, false),
    ("aug", 8, false),
    ("sep", 9, false),
    ("sept", 9, false),
    ("oct", 10, false),
    ("nov", 11, false),
    ("dec", 12, false),
];

fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit(w: &str) -> Option<Unit> {
    Some(match w {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        _ => return None,
    })
}

/// The period containing `d` at the unit's precision, as (first day, precision).
fn snap(d: NaiveDate, u: Unit) -> (NaiveDate, Precision) {
    match u {
        Unit::Day => (d, Precision::Day),
        Unit::Week => (week_start(d), Precision::Week),
        Unit::Month => (month_start(d), Precision::Month),
        Unit::Year => (year_start(d), Precision::Year),
    }
}

/// `d` moved by `n` units (negative: back), snapped to the unit's period.
fn shift(d: NaiveDate, u: Unit, n: i32) -> (NaiveDate, Precision) {
    match u {
        Unit::Day => (d + Duration::days(i64::from(n)), Precision::Day),
        Unit::Week => snap(d + Duration::days(7 * i64::from(n)), Unit::Week),
        Unit::Month => (add_months(d, n), Precision::Month),
        Unit::Year => (add_months(year_start(d), 12 * n), Precision::Year),
    }
}

impl Matcher<'_, '_> {
    fn tok(&self, i: usize) -> Option<&Tok<'_>> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.tok(i)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.as_str())
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    fn punct(&self, i: usize, chars: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokKind::Punct && chars.contains(t.raw))
    }

    /// A plain 4-digit year 1900–2100.
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != TokKind::Num || t.digits != 4 || t.ordinal || t.decade {
            return None;
        }
        let v = t.value?;
        (1900..=2100).contains(&v).then_some(v as i32)
    }

    /// A day-of-month number 1–31 ("5", "05", "5th").
    fn day(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != TokKind::Num || t.digits > 2 || t.decade {
            return None;
        }
        let v = t.value?;
        (1..=31).contains(&v).then_some(v)
    }

    /// A month name at `i`: (month, index after it and an optional abbreviation dot, strong).
    /// Weak months ("may", "march" in lower case) are rejected.
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        let &(_, m, full) = MONTHS.iter().find(|(n, _, _)| *n == t.lower)?;
        if matches!(t.lower.as_str(), "may" | "march") && t.raw.starts_with(char::is_lowercase) {
            return None;
        }
        let mut next = i + 1;
        if !full {
            // Abbreviations must be capitalised ("Jan", "Sept.") to avoid "mar", "dec" words.
            if t.raw.starts_with(char::is_lowercase) {
                return None;
            }
            if self.punct(next, ".") {
                next += 1;
            }
        }
        Some((m, next))
    }

    fn weekday(&self, i: usize) -> Option<Weekday> {
        let w = self.word(i)?;
        WEEKDAYS.iter().find(|(n, _)| *n == w).map(|&(_, d)| d)
    }

    fn match_at(&mut self, i: usize) -> Option<Hit> {
        if let Some(w) = self.word(i) {
            if PREPOSITIONS.contains(&w) {
                let prep = w.to_string();
                if let Some(mut hit) = self.core(i + 1, Some(&prep)) {
                    if prep == "since" {
                        hit.kind = Some(TimeKind::Since);
                    }
                    return Some(hit);
                }
                return None;
            }
        }
        self.core(i, None)
    }

    /// Matches an expression starting at token `j`; `prep` is the preposition before it.
    fn core(&self, j: usize, prep: Option<&str>) -> Option<Hit> {
        // Optional modifier: "early", "late", "mid-", "earlier", "later".
        let mut k = j;
        let mut modifier = None;
        if let Some(w) = self.word(k) {
            if MODIFIERS.contains(&w) {
                modifier = Some(w);
                k += 1;
                if self.punct(k, "-–") {
                    k += 1;
                }
            }
        }
        if let Some(hit) = self.dated(k, prep.is_some() || modifier.is_some()) {
            return Some(hit);
        }
        if let Some(mut hit) = self.relative(k) {
            if modifier == Some("later") {
                hit.kind = Some(TimeKind::Future);
            }
            return Some(hit);
        }
        if modifier.is_none() {
            return self.anchored(j);
        }
        None
    }

    /// Calendar expressions: ISO dates, month/day/year forms, years, decades.
    /// `context` says a preposition or modifier came before.
    fn dated(&self, k: usize, context: bool) -> Option<Hit> {
        let p = self.published;
        // ISO date 2019-03-05.
        if let Some(y) = self.year(k) {
            if self.punct(k + 1, "-")
                && self.punct(k + 3, "-")
                && self.tok(k + 2).is_some_and(|t| t.digits == 2)
                && self.tok(k + 4).is_some_and(|t| t.digits == 2)
            {
                let m = self.tok(k + 2).and_then(|t| t.value)?;
                let d = self.tok(k + 4).and_then(|t| t.value)?;
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    return Some(Hit {
                        end: k + 5,
                        date,
                        precision: Precision::Day,
                        kind: None,
                        explicit: true,
                    });
                }
            }
        }
        // Month first: "March 5", "March 5, 2019", "March 2019", "March".
        if let Some((m, n)) = self.month(k) {
            if let Some(d) = self.day(n) {
                // "March 5, 2019" / "March 5 2019"
                let yi = if self.punct(n + 1, ",") { n + 2 } else { n + 1 };
                if let Some(y) = self.year(yi) {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                        return Some(Hit {
                            end: yi + 1,
                            date,
                            precision: Precision::Day,
                            kind: None,
                            explicit: true,
                        });
                    }
                }
                if let Some(date) = resolve_month_day(p, m, d) {
                    return Some(Hit {
                        end: n + 1,
                        date,
                        precision: Precision::Day,
                        kind: None,
                        explicit: false,
                    });
                }
            }
            let yi = if self.punct(n, ",") { n + 1 } else { n };
            if let Some(y) = self.year(yi) {
                return Some(Hit {
                    end: yi + 1,
                    date: ymd(y, m, 1),
                    precision: Precision::Month,
                    kind: None,
                    explicit: true,
                });
            }
            if context {
                return Some(Hit {
                    end: n,
                    date: resolve_month(p, m),
                    precision: Precision::Month,
                    kind: None,
                    explicit: false,
                });
            }
        }
        // Day first: "5 March 2019", "5 March", "the 5th of March".
        let mut d0 = k;
        if self.is(d0, "the") && self.tok(d0 + 1).is_some_and(|t| t.ordinal) {
            d0 += 1;
        }
        if let Some(d) = self.day(d0) {
            let mut mi = d0 + 1;
            if self.is(mi, "of") {
                mi += 1;
            }
            if let Some((m, n)) = self.month(mi) {
                let yi = if self.punct(n, ",") { n + 1 } else { n };
                if let Some(y) = self.year(yi) {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                        return Some(Hit {
                            end: yi + 1,
                            date,
                            precision: Precision::Day,
                            kind: None,
                            explicit: true,
                        });
                    }
                }
                if let Some(date) = resolve_month_day(p, m, d) {
                    return Some(Hit {
                        end: n,
                        date,
                        precision: Precision::Day,
                        kind: None,
                        explicit: false,
                    });
                }
            }
        }
        // Decade: "the 1990s", "1990s".
        let mut di = k;
        if self.is(di, "the") {
            di += 1;
        }
        if let Some(t) = self.tok(di) {
            if t.kind == TokKind::Num && t.decade && t.digits == 4 {
                if let Some(v) = t.value.filter(|v| (1900..=2100).contains(v) && v % 10 == 0) {
                    return Some(Hit {
                        end: di + 1,
                        date: ymd(v as i32, 1, 1),
                        precision: Precision::Year,
                        kind: None,
                        explicit: true,
                    });
                }
            }
        }
        // Years: need a context.
        if let Some(y) = self.year(k) {
            // Range "2014-2016" / "2014–16": the expression starts at the first year.
            if self.punct(k + 1, "-–") {
                if let Some(t) = self.tok(k + 2) {
                    if self.year(k + 2).is_some() || (t.kind == TokKind::Num && t.digits == 2) {
                        return Some(Hit {
                            end: k + 3,
                            date: ymd(y, 1, 1),
                            precision: Precision::Year,
                            kind: None,
                            explicit: true,
                        });
                    }
                }
            }
            let possessive = self.punct(k + 1, "'’") && self.is(k + 2, "s");
            let count = self.word(k + 1).is_some_and(|w| COUNT_NOUNS.contains(&w))
                || self.punct(k + 1, "%");
            if (context || possessive) && !count {
                return Some(Hit {
                    end: k + 1,
                    date: ymd(y, 1, 1),
                    precision: Precision::Year,
                    kind: None,
                    explicit: true,
                });
            }
        }
        None
    }

    /// Expressions relative to the publication date.
    fn relative(&self, k: usize) -> Option<Hit> {
        let p = self.published;
        let hit = |end, date, precision| {
            Some(Hit {
                end,
                date,
                precision,
                kind: None,
                explicit: false,
            })
        };
        // "N days ago", "a year ago", "three weeks ago"
        if let Some(n) = self.count(k) {
            if let Some(u) = self.word(k + 1).and_then(unit) {
                if self.is(k + 2, "ago") {
                    let (date, prec) = shift(p, u, -(n as i32));
                    return hit(k + 3, date, prec);
                }
            }
        }
        let w = self.word(k)?;
        match w {
            "today" | "tonight" => return hit(k + 1, p, Precision::Day),
            "yesterday" => return hit(k + 1, p - Duration::days(1), Precision::Day),
            "tomorrow" => return hit(k + 1, p + Duration::days(1), Precision::Day),
            _ => {}
        }
        // "the day before yesterday", "the day after tomorrow"
        if w == "the" && self.is(k + 1, "day") {
            if self.is(k + 2, "before") && self.is(k + 3, "yesterday") {
                return hit(k + 4, p - Duration::days(2), Precision::Day);
            }
            if self.is(k + 2, "after") && self.is(k + 3, "tomorrow") {
                return hit(k + 4, p + Duration::days(2), Precision::Day);
            }
        }
        // "last/past/next/this/coming week|month|year|<weekday>|<month>", optional "the".
        let (rel, ri) = if w == "the" {
            (self.word(k + 1).unwrap_or(""), k + 1)
        } else {
            (w, k)
        };
        if matches!(rel, "last" | "past" | "next" | "this" | "coming")
            && (w != "the" || matches!(rel, "past" | "coming"))
        {
            let dir = match rel {
                "last" | "past" => -1,
                "this" => 0,
                _ => 1,
            };
            if let Some(u) = self.word(ri + 1).and_then(unit) {
                if u != Unit::Day {
                    let (date, prec) = shift(snap(p, u).0, u, dir);
                    return hit(ri + 2, date, prec);
                }
            }
            if let Some(wd) = self.weekday(ri + 1) {
                let date = match dir {
                    -1 => weekday_on_or_before(p - Duration::days(1), wd),
                    0 => week_start(p) + Duration::days(i64::from(wd.num_days_from_monday())),
                    _ => weekday_after(p, wd),
                };
                return hit(self.part_of_day(ri + 2), date, Precision::Day);
            }
            if rel != "past" && rel != "coming" {
                if let Some((m, n)) = self.month(ri + 1) {
                    let cur = month_start(p);
                    let date = match dir {
                        -1 => (1..=12)
                            .map(|b| add_months(cur, -b))
                            .find(|d| d.month() == m),
                        0 => Some(ymd(p.year(), m, 1)),
                        _ => (1..=12)
                            .map(|b| add_months(cur, b))
                            .find(|d| d.month() == m),
                    }?;
                    return hit(n, date, Precision::Month);
                }
            }
        }
        // Bare weekday: "Wednesday", "Wednesday night".
        if let Some(wd) = self.weekday(k) {
            return hit(
                self.part_of_day(k + 1),
                weekday_on_or_before(p, wd),
                Precision::Day,
            );
        }
        None
    }

    /// Skips "night", "morning", "afternoon", "evening" after a weekday.
    fn part_of_day(&self, i: usize) -> usize {
        match self.word(i) {
            Some("night" | "morning" | "afternoon" | "evening") => i + 1,
            _ => i,
        }
    }

    /// A small count: digits 1–99 or a number word ("a", "two").
    fn count(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        match t.kind {
            TokKind::Num if t.digits <= 2 && !t.ordinal && !t.decade => t.value.filter(|&v| v > 0),
            TokKind::Word => number_word(&t.lower),
            _ => None,
        }
    }

    /// Expressions relative to the anchor: "the previous day", "the day before",
    /// "the following year", "the next day", "two days later", "a year earlier".
    fn anchored(&self, j: usize) -> Option<Hit> {
        let a = self.anchor;
        let hit = |end, (date, precision): (NaiveDate, Precision)| {
            Some(Hit {
                end,
                date,
                precision,
                kind: None,
                explicit: false,
            })
        };
        if self.is(j, "the") {
            // "the previous/next/following/same day|week|month|year"
            if let Some(u) = self.word(j + 2).and_then(unit) {
                let dir = match self.word(j + 1) {
                    Some("previous" | "preceding" | "prior") => Some(-1),
                    Some("next" | "following" | "subsequent") => Some(1),
                    Some("same") => Some(0),
                    _ => None,
                };
                if let Some(dir) = dir {
                    return hit(j + 3, shift(snap(a, u).0, u, dir));
                }
            }
            // "the day/year before", "the year after" (not "the day before yesterday").
            if let Some(u) = self.word(j + 1).and_then(unit) {
                if self.word(j + 1).is_some_and(|w| !w.ends_with('s')) {
                    let dir = match self.word(j + 2) {
                        Some("before") => -1,
                        Some("after") => 1,
                        _ => 0,
                    };
                    if dir != 0 && !matches!(self.word(j + 3), Some("yesterday" | "tomorrow")) {
                        return hit(j + 3, shift(snap(a, u).0, u, dir));
                    }
                }
            }
        }
        // "two days later", "a year earlier"
        if let Some(n) = self.count(j) {
            if let Some(u) = self.word(j + 1).and_then(unit) {
                // Not "two days after/before <event>": the event's date is unknown.
                let dir = match self.word(j + 2) {
                    Some("later") => 1,
                    Some("earlier") => -1,
                    _ => 0,
                };
                if dir != 0 {
                    return hit(j + 3, shift(snap(a, u).0, u, dir * n as i32));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests;
