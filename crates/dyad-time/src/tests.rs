use super::*;

/// Thursday 2 May 2024.
fn pubd() -> NaiveDate {
    d(2024, 5, 2)
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The single expression found in `text`, checked for its text, date and precision.
#[track_caller]
fn one(text: &str, expect_text: &str, date: NaiveDate, prec: Precision) -> TimeExpr {
    let found = find_time_expressions(text, pubd());
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    let e = found.into_iter().next().unwrap();
    assert_eq!(e.text, expect_text, "{text:?}");
    assert_eq!(&text[e.start..e.end], e.text);
    assert_eq!(e.date, date, "{text:?}");
    assert_eq!(e.precision, prec, "{text:?}");
    e
}

#[track_caller]
fn none(text: &str) {
    let found = find_time_expressions(text, pubd());
    assert!(found.is_empty(), "{text:?}: {found:?}");
}

#[test]
fn publication_is_thursday() {
    assert_eq!(pubd().weekday(), Weekday::Thu);
}

#[test]
fn on_weekday() {
    let e = one(
        "Rebels attacked on Wednesday.",
        "on Wednesday",
        d(2024, 5, 1),
        Precision::Day,
    );
    assert_eq!(e.kind, TimeKind::Point);
    assert!(!e.explicit);
    // Same day when published on that weekday.
    one(
        "He spoke on Thursday",
        "on Thursday",
        d(2024, 5, 2),
        Precision::Day,
    );
    one("on Friday", "on Friday", d(2024, 4, 26), Precision::Day);
    one("ON MONDAY", "ON MONDAY", d(2024, 4, 29), Precision::Day);
    one(
        "Troops withdrew Sunday night.",
        "Sunday night",
        d(2024, 4, 28),
        Precision::Day,
    );
}

#[test]
fn next_last_this_weekday() {
    let e = one(
        "talks resume next Wednesday",
        "next Wednesday",
        d(2024, 5, 8),
        Precision::Day,
    );
    assert_eq!(e.kind, TimeKind::Future);
    one("next Friday", "next Friday", d(2024, 5, 3), Precision::Day);
    one("last Friday", "last Friday", d(2024, 4, 26), Precision::Day);
    one(
        "last Thursday",
        "last Thursday",
        d(2024, 4, 25),
        Precision::Day,
    );
    let e = one(
        "this Saturday",
        "this Saturday",
        d(2024, 5, 4),
        Precision::Day,
    );
    assert_eq!(e.kind, TimeKind::Future);
}

#[test]
fn today_yesterday_tomorrow() {
    one("Police said today", "today", d(2024, 5, 2), Precision::Day);
    one("said yesterday", "yesterday", d(2024, 5, 1), Precision::Day);
    let e = one(
        "will meet Tomorrow",
        "Tomorrow",
        d(2024, 5, 3),
        Precision::Day,
    );
    assert_eq!(e.kind, TimeKind::Future);
    one(
        "the day before yesterday",
        "the day before yesterday",
        d(2024, 4, 30),
        Precision::Day,
    );
}

#[test]
fn last_next_this_period() {
    one("last week", "last week", d(2024, 4, 22), Precision::Week);
    one("last month", "last month", d(2024, 4, 1), Precision::Month);
    one("last year", "last year", d(2023, 1, 1), Precision::Year);
    let e = one("next week", "next week", d(2024, 5, 6), Precision::Week);
    assert_eq!(e.kind, TimeKind::Future);
    let e = one("next month", "next month", d(2024, 6, 1), Precision::Month);
    assert_eq!(e.kind, TimeKind::Future);
    one("next year", "next year", d(2025, 1, 1), Precision::Year);
    let e = one("this week", "this week", d(2024, 4, 29), Precision::Week);
    assert_eq!(e.kind, TimeKind::Point);
    one("this month", "this month", d(2024, 5, 1), Precision::Month);
    one(
        "over the past week",
        "the past week",
        d(2024, 4, 22),
        Precision::Week,
    );
}

#[test]
fn earlier_later_this_month() {
    let e = one(
        "clashes earlier this month",
        "earlier this month",
        d(2024, 5, 1),
        Precision::Month,
    );
    assert_eq!(e.kind, TimeKind::Point);
    let e = one(
        "a vote later this month",
        "later this month",
        d(2024, 5, 1),
        Precision::Month,
    );
    assert_eq!(e.kind, TimeKind::Future);
    one(
        "late last year",
        "late last year",
        d(2023, 1, 1),
        Precision::Year,
    );
}

#[test]
fn previous_day_and_day_before() {
    one(
        "the previous day",
        "the previous day",
        d(2024, 5, 1),
        Precision::Day,
    );
    one(
        "the day before",
        "the day before",
        d(2024, 5, 1),
        Precision::Day,
    );
    // Relative to an earlier date in the same text.
    let found = find_time_expressions("On March 5, 2019 talks failed; the day before, ...", pubd());
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].text, "the day before");
    assert_eq!(found[1].date, d(2019, 3, 4));
    let found = find_time_expressions(
        "On Monday, protests began. The next day police fired.",
        pubd(),
    );
    assert_eq!(found[1].text, "The next day");
    assert_eq!(found[1].date, d(2024, 4, 30));
}

#[test]
fn years() {
    let e = one(
        "elected in 2014 and",
        "in 2014",
        d(2014, 1, 1),
        Precision::Year,
    );
    assert!(e.explicit);
    assert_eq!(e.kind, TimeKind::Point);
    let e = one(
        "in power since 2011",
        "since 2011",
        d(2011, 1, 1),
        Precision::Year,
    );
    assert_eq!(e.kind, TimeKind::Since);
    one("2019's election", "2019", d(2019, 1, 1), Precision::Year);
    one(
        "in late 2020",
        "in late 2020",
        d(2020, 1, 1),
        Precision::Year,
    );
    one("in mid-2020", "in mid-2020", d(2020, 1, 1), Precision::Year);
    let e = one("by 2030", "by 2030", d(2030, 1, 1), Precision::Year);
    assert_eq!(e.kind, TimeKind::Future);
    one(
        "the 2014-2016 war",
        "2014-2016",
        d(2014, 1, 1),
        Precision::Year,
    );
    one(
        "in the 1990s",
        "in the 1990s",
        d(1990, 1, 1),
        Precision::Year,
    );
}

#[test]
fn numbers_that_are_not_years() {
    none("900 US troops arrived");
    none("2,000 people fled");
    none("The army sent 2000 soldiers");
    none("in 2000 cases");
    none("in 1850");
    none("in 12345");
    none("a 2014 report"); // no year context
    none("they may 5 times");
    none("they march in 2 columns");
}

#[test]
fn months() {
    let e = one("in March", "in March", d(2024, 3, 1), Precision::Month);
    assert!(!e.explicit);
    one(
        "in December",
        "in December",
        d(2023, 12, 1),
        Precision::Month,
    );
    let e = one(
        "in March 2019",
        "in March 2019",
        d(2019, 3, 1),
        Precision::Month,
    );
    assert!(e.explicit);
    one("last March", "last March", d(2024, 3, 1), Precision::Month);
    one("next March", "next March", d(2025, 3, 1), Precision::Month);
    one("early May", "early May", d(2024, 5, 1), Precision::Month);
    none("a March on Washington"); // bare month, no context
}

#[test]
fn day_month_forms() {
    one("on March 5", "on March 5", d(2024, 3, 5), Precision::Day);
    let e = one(
        "on March 5, 2019,",
        "on March 5, 2019",
        d(2019, 3, 5),
        Precision::Day,
    );
    assert!(e.explicit);
    one(
        "March 5, 2019",
        "March 5, 2019",
        d(2019, 3, 5),
        Precision::Day,
    );
    one(
        "5 March 2019",
        "5 March 2019",
        d(2019, 3, 5),
        Precision::Day,
    );
    one("on 5 March", "on 5 March", d(2024, 3, 5), Precision::Day);
    one("Jan. 5", "Jan. 5", d(2024, 1, 5), Precision::Day);
    one(
        "Sept. 11, 2001",
        "Sept. 11, 2001",
        d(2001, 9, 11),
        Precision::Day,
    );
    one(
        "on the 5th of March",
        "on the 5th of March",
        d(2024, 3, 5),
        Precision::Day,
    );
    one(
        "December 20",
        "December 20",
        d(2023, 12, 20),
        Precision::Day,
    );
    one("2019-03-05", "2019-03-05", d(2019, 3, 5), Precision::Day);
    // Invalid day falls back to the month.
    one(
        "in February 30",
        "in February",
        d(2024, 2, 1),
        Precision::Month,
    );
}

#[test]
fn ago() {
    one(
        "two days ago",
        "two days ago",
        d(2024, 4, 30),
        Precision::Day,
    );
    one(
        "three weeks ago",
        "three weeks ago",
        d(2024, 4, 8),
        Precision::Week,
    );
    one("a year ago", "a year ago", d(2023, 1, 1), Precision::Year);
    one(
        "6 months ago",
        "6 months ago",
        d(2023, 11, 1),
        Precision::Month,
    );
}

#[test]
fn following_year_uses_anchor() {
    let found = find_time_expressions(
        "He was elected in 2014 and resigned the following year.",
        pubd(),
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].text, "the following year");
    assert_eq!(found[1].date, d(2015, 1, 1));
    assert_eq!(found[1].precision, Precision::Year);
    // Caller-supplied anchor from an earlier sentence.
    let first = find_time_expressions("The war began in 2011.", pubd());
    let anchor = last_anchor(&first);
    assert_eq!(anchor, Some(d(2011, 1, 1)));
    let found = find_time_expressions_with_anchor("The next year, talks failed.", pubd(), anchor);
    assert_eq!(found[0].date, d(2012, 1, 1));
    // Without anchor: relative to publication.
    one(
        "the next year",
        "the next year",
        d(2025, 1, 1),
        Precision::Year,
    );
    // "since" does not move the anchor.
    let found = find_time_expressions("in exile since 2011; the following year", pubd());
    assert_eq!(found[1].date, d(2025, 1, 1));
    one(
        "two days later",
        "two days later",
        d(2024, 5, 4),
        Precision::Day,
    );
}

#[test]
fn several_in_order_with_offsets() {
    let text = "On Wednesday, officials said the 2014-2016 talks, held since 2011, would resume next week.";
    let found = find_time_expressions(text, pubd());
    let texts: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        texts,
        ["On Wednesday", "2014-2016", "since 2011", "next week"]
    );
    for e in &found {
        assert_eq!(&text[e.start..e.end], e.text);
    }
}

#[test]
fn non_ascii_text_offsets() {
    let text = "Ärzte in Köln sagten am Montag — on Monday — nichts.";
    let found = find_time_expressions(text, pubd());
    assert_eq!(found.len(), 1, "{found:?}"); // "Montag" is not English
    assert_eq!(found.last().unwrap().text, "on Monday");
    for e in &found {
        assert_eq!(&text[e.start..e.end], e.text);
    }
}

#[test]
fn historical_rule() {
    let p = pubd();
    assert!(!is_historical(d(2024, 4, 2), Precision::Day, p)); // exactly 30 days
    assert!(is_historical(d(2024, 4, 1), Precision::Day, p)); // 31 days
    assert!(!is_historical(d(2024, 4, 1), Precision::Month, p)); // April ended 2 days ago
    assert!(is_historical(d(2024, 3, 1), Precision::Month, p));
    assert!(is_historical(d(2023, 1, 1), Precision::Year, p));
    assert!(!is_historical(
        d(2023, 1, 1),
        Precision::Year,
        d(2024, 1, 15)
    ));
    assert!(!is_historical(d(2024, 4, 22), Precision::Week, p));
    assert!(!is_historical(d(2025, 1, 1), Precision::Year, p));
}

#[test]
fn dates_without_year_future_window() {
    // Within three months ahead: the upcoming date; further ahead: the past one.
    let e = one("on July 23", "on July 23", d(2024, 7, 23), Precision::Day);
    assert_eq!(e.kind, TimeKind::Future);
    one(
        "on September 28",
        "on September 28",
        d(2023, 9, 28),
        Precision::Day,
    );
    one("on May 2", "on May 2", d(2024, 5, 2), Precision::Day);
    // 29 February without a year: the latest leap day.
    one(
        "on February 29",
        "on February 29",
        d(2024, 2, 29),
        Precision::Day,
    );
    let e = one(
        "elections in June",
        "in June",
        d(2024, 6, 1),
        Precision::Month,
    );
    assert_eq!(e.kind, TimeKind::Future);
    one("in October", "in October", d(2023, 10, 1), Precision::Month);
    one("in May", "in May", d(2024, 5, 1), Precision::Month);
}

#[test]
fn earlier_later_counts_use_anchor() {
    let found = find_time_expressions("In 2014 he won; a year later he left.", pubd());
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].text, "a year later");
    assert_eq!(found[1].date, d(2015, 1, 1));
    // Relative to an event whose date is unknown: not resolved.
    none("two months after the election");
}
