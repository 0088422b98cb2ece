//! Discard phrases: topic discards drop the sentence; PETRARCH's time discards (a bare year,
//! "YEARS AGO") drop it only under the peers' settings, not in news mode, where the event's
//! own date marks background.

mod common;

use dyad_code::{Coder, CoderConfig, NoEvent};
use dyad_dict::DictKind;

fn coder() -> Coder {
    common::coder(&[
        (
            DictKind::Actors,
            "ERITREA_ [ERI]\nSECURITY_COUNCIL_ [IGOUNO]\n",
        ),
        (
            DictKind::Verbs,
            "--- LIFT [---] ---\nLIFT\n- * SANCTIONS [085]\n",
        ),
        (DictKind::Discards, "YEARS AGO\n2010\nCRICKET\n+WORLD CUP\n"),
    ])
}

/// The events and, when there are none, why.
fn codes(c: &Coder, text: &str) -> (Vec<String>, Option<NoEvent>) {
    (common::codes(c, text), common::code(c, text).no_event)
}

#[test]
fn time_discards_keep_the_sentence_in_news_mode() {
    let c = coder();
    for text in [
        "The Security Council lifted sanctions imposed on Eritrea nine years ago.",
        "In 2010 the Security Council lifted sanctions on Eritrea.",
    ] {
        let (ev, why) = codes(&c, text);
        assert_eq!(ev, ["IGOUNO/ERI/085"], "{text}: {why:?}");
    }
}

#[test]
fn time_discards_drop_the_sentence_under_the_peers_settings() {
    let c = coder();
    let c = c.clone().with_config(CoderConfig {
        keep_time_discards: false,
        ..c.config().clone()
    });
    let (ev, why) = codes(
        &c,
        "In 2010 the Security Council lifted sanctions on Eritrea.",
    );
    assert!(ev.is_empty(), "{ev:?}");
    assert!(
        matches!(why, Some(NoEvent::Discarded { story: false, .. })),
        "{why:?}"
    );
}

#[test]
fn topic_discards_drop_the_sentence() {
    let c = coder();
    let (ev, why) = codes(
        &c,
        "The Security Council lifted sanctions on Eritrea after the cricket match.",
    );
    assert!(ev.is_empty(), "{ev:?}");
    assert!(
        matches!(why, Some(NoEvent::Discarded { story: false, .. })),
        "{why:?}"
    );
    let (ev, why) = codes(
        &c,
        "The Security Council lifted sanctions on Eritrea before the World Cup.",
    );
    assert!(ev.is_empty(), "{ev:?}");
    assert!(
        matches!(why, Some(NoEvent::Discarded { story: true, .. })),
        "{why:?}"
    );
}
