//! Discard phrases: topic discards drop the sentence; PETRARCH's time discards (a bare year,
//! "YEARS AGO") drop it only under the peers' settings, not in news mode, where the event's
//! own date marks background.

use std::sync::Arc;

use dyad_code::{Coder, CoderConfig, NoEvent};
use dyad_dict::{DictKind, DictionariesBuilder};

fn coder() -> Coder {
    let mut b = DictionariesBuilder::new();
    b.add_str(
        DictKind::Actors,
        "a.txt",
        "ERITREA_ [ERI]\nSECURITY_COUNCIL_ [IGOUNO]\n",
    );
    b.add_str(
        DictKind::Verbs,
        "v.txt",
        "--- LIFT [---] ---\nLIFT\n- * SANCTIONS [085]\n",
    );
    b.add_str(
        DictKind::Discards,
        "d.txt",
        "YEARS AGO\n2010\nCRICKET\n+WORLD CUP\n",
    );
    Coder::new(Arc::new(b.build()))
}

fn codes(c: &Coder, text: &str) -> (Vec<String>, Option<NoEvent>) {
    let r = c.code_sentence("t", 0, text, dyad_core::Span::new(0, text.len()), None);
    let ev = r
        .events
        .iter()
        .map(|e| format!("{}/{}/{}", e.source, e.target, e.code))
        .collect();
    (ev, r.no_event)
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
