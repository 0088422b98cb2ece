//! News mode: a meeting (or a negotiation, a signed agreement) is a joint act, coded both
//! ways even when the dictionary's pattern names one direction (PETRARCH-2's MEET_PEOPLE
//! [040]); TABARI's reading keeps one.

mod common;

use dyad_code::{Coder, CoderConfig};
use dyad_dict::DictKind;

/// The events, sorted (a joint act's two directions in a fixed order).
fn codes(c: &Coder, text: &str) -> Vec<String> {
    let mut v = common::codes(c, text);
    v.sort();
    v
}

fn coder() -> Coder {
    common::coder(&[
        (DictKind::Actors, "PUTIN_ [RUSGOV]\nERDOGAN_ [TURGOV]\nSYRIA_ [SYR]\nJORDAN_ [JOR]\nIRAQ_ [IRQ]\nEGYPT_ [EGY]\nLEBANON_ [LBN]\nSOCHI_ [RUS]\nANKARA_ [TUR]\nVIENNA_ [AUT]\n"),
        (DictKind::Verbs, "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n\n--- HOLD [---] ---\nHOLD {HELD}\n- * TALKS WITH [040]\n- * TALKS ON [046]\n\n--- SUMMON [040] ---\nSUMMON {SUMMONED}\n\n--- LEAVE [040] ---\nLEAVE {LEFT}\n\n--- REACH [---] ---\nREACH {REACHED}\n- * AGREEMENT [0311]\n\n--- URGE [020] ---\nURGE {URGED}\n\n--- ESTABLISH [---] ---\nESTABLISH {ESTABLISHED}\n- * TIES WITH [054]\n\n--- RECOGNIZE [054] ---\nRECOGNIZE {RECOGNIZED}\n\n--- CRITICIZE [111] ---\nCRITICIZE {CRITICIZED}\n\n--- SIGN [---] ---\nSIGN {SIGNED}\n- * AGREEMENT [057]\n"),
    ])
}

#[test]
fn a_meeting_is_coded_both_ways() {
    let c = coder();
    assert_eq!(
        codes(&c, "Putin met Erdogan in Ankara."),
        // (met in the host's city: a visit there too, as the development set's coders code
        // "met Putin on Wednesday at the Kremlin")
        ["RUSGOV/TUR/042", "RUSGOV/TURGOV/040", "TURGOV/RUSGOV/040"]
    );
    assert_eq!(
        codes(&c, "Putin will meet Erdogan in Ankara."),
        ["RUSGOV/TURGOV/036", "TURGOV/RUSGOV/036"]
    );
    assert_eq!(
        codes(&c, "Putin signed an agreement with Erdogan."),
        ["RUSGOV/TURGOV/057", "TURGOV/RUSGOV/057"]
    );
    // (Not every act: criticism has one direction.)
    assert_eq!(
        codes(&c, "Putin criticized Erdogan."),
        ["RUSGOV/TURGOV/111"]
    );
    let c = c.clone().with_config(CoderConfig {
        tabari_rules: true,
        ..c.config().clone()
    });
    assert_eq!(
        codes(&c, "Putin met Erdogan in Ankara."),
        ["RUSGOV/TURGOV/040"]
    );
}

#[test]
fn a_compound_meets_itself_but_a_long_list_does_not() {
    let c = coder();
    assert_eq!(
        codes(&c, "Syria and Jordan met in Amman."),
        ["JOR/SYR/040", "SYR/JOR/040"]
    );
    let ev = codes(&c, "Syria, Jordan, Iraq, Egypt and Lebanon met in Amman.");
    assert!(ev.iter().all(|e| e.contains("//")), "{ev:?}");
}

#[test]
fn parties_agreeing_to_a_ceasefire_declare_it_to_each_other() {
    let c = common::coder(&[
        (DictKind::Actors, "ARMENIA_ [ARM]\nAZERBAIJAN_ [AZE]\n"),
        (
            DictKind::Verbs,
            "--- AGREE [030] ---\nAGREE {AGREED}\n- * TO_A CEASEFIRE [0871]\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "Armenia and Azerbaijan agreed to a ceasefire."),
        ["ARM/AZE/0871", "AZE/ARM/0871"]
    );
}

#[test]
fn talks_and_ties_are_joint_a_summons_and_a_recognition_are_not() {
    let c = coder();
    assert_eq!(
        codes(&c, "Putin held talks with Erdogan in Ankara."),
        ["RUSGOV/TUR/042", "RUSGOV/TURGOV/040", "TURGOV/RUSGOV/040"]
    );
    // (The intent of a joint act is joint too.)
    assert_eq!(
        codes(&c, "Putin said he will hold talks with Erdogan."),
        ["RUSGOV/TURGOV/036", "TURGOV/RUSGOV/036"]
    );
    assert_eq!(
        codes(&c, "Syria established ties with Jordan."),
        ["JOR/SYR/054", "SYR/JOR/054"]
    );
    assert_eq!(codes(&c, "Syria recognized Jordan."), ["SYR/JOR/054"]);
    assert_eq!(codes(&c, "Syria summoned Jordan."), ["SYR/JOR/040"]);
    // (Nor is travel a dictionary files under 040.)
    assert_eq!(codes(&c, "Putin left for Syria."), ["RUSGOV/SYR/040"]);
}

#[test]
fn failing_to_reach_a_deal_is_a_disagreement_urging_one_is_not() {
    let c = coder();
    assert_eq!(
        codes(
            &c,
            "Syria and Jordan failed to reach an agreement on water."
        ),
        ["JOR/SYR/120", "SYR/JOR/120"]
    );
    assert_eq!(
        codes(&c, "Syria was unable to reach an agreement with Jordan."),
        ["JOR/SYR/120", "SYR/JOR/120"]
    );
    assert_eq!(
        codes(&c, "Syria urged Jordan to reach an agreement."),
        ["SYR/JOR/020"]
    );
}

#[test]
fn what_is_discussed_is_no_partner() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "RUSSIA_ [RUS]\nTURKEY_ [TUR]\nSYRIA_ [SYR]\nPUTIN_ [RUSGOV]\nERDOGAN_ [TURGOV]\n",
        ),
        (DictKind::Verbs, "--- MEET [040] ---\nDISCUSS {DISCUSSED}\n"),
    ]);
    assert_eq!(
        codes(&c, "Russia discussed the future of Syria."),
        ["RUS//040"]
    );
    assert_eq!(
        codes(&c, "Russia discussed Syria's future with Turkey."),
        ["RUS/TUR/040", "TUR/RUS/040"]
    );
    // (A joint subject discusses with itself.)
    assert_eq!(
        codes(&c, "Putin and Erdogan discussed Syria."),
        ["RUSGOV/TURGOV/040", "TURGOV/RUSGOV/040"]
    );
}

#[test]
fn where_a_meeting_is_held_is_no_partner_in_it() {
    let c = coder();
    // (Held in Russia, the meeting is also Erdogan's visit there.)
    assert_eq!(
        codes(&c, "Putin and Erdogan met in Sochi."),
        ["RUSGOV/TURGOV/040", "TURGOV/RUS/042", "TURGOV/RUSGOV/040"]
    );
    assert_eq!(
        codes(&c, "Putin held talks in Vienna with Erdogan."),
        ["RUSGOV/TURGOV/040", "TURGOV/RUSGOV/040"]
    );
    // (Nor what its purpose names: "to discuss" Iraq.)
    assert_eq!(
        codes(
            &c,
            "Syria will meet in Ankara to discuss the crisis in Iraq."
        ),
        ["SYR//036"]
    );
    assert_eq!(
        codes(&c, "Syria met in Vienna, Ankara last week."),
        ["SYR//040"]
    );
}

#[test]
fn a_second_verb_of_the_same_act_without_a_target_is_the_same_act() {
    let c = common::coder(&[
        (DictKind::Actors, "PUTIN_ [RUSGOV]\nERDOGAN_ [TURGOV]\n"),
        (DictKind::Verbs, "--- MEET [040] ---\nDISCUSS {DISCUSSED}\n\n--- HOLD [---] ---\nHOLD {HELD}\n- * TALKS WITH [040]\n"),
    ]);
    // "held talks with Erdogan and discussed issues": one meeting, with Erdogan.
    assert_eq!(
        codes(
            &c,
            "Putin held talks with Erdogan and discussed trade issues."
        ),
        ["RUSGOV/TURGOV/040", "TURGOV/RUSGOV/040"]
    );
}

#[test]
fn a_compound_acting_jointly_on_a_topic_or_in_a_place_acts_on_itself() {
    let c = common::coder(&[
        (DictKind::Actors, "TRUMP_ [USAGOV]\nPUTIN_ [RUSGOV]\nNORTH_KOREA_ [PRK]\nIRAQ_ [IRQ]\n"),
        (DictKind::Verbs, "--- AGREE [030] ---\nAGREE {AGREED}\n- * TO_SHARE INFORMATION [0314]\n\n--- ATTACK [190] ---\nATTACK {ATTACKED}\n"),
    ]);
    // "on North Korea" is what the information is about: Trump and Putin agree with each
    // other.
    assert_eq!(
        codes(
            &c,
            "Trump and Putin have agreed to share information on North Korea."
        ),
        ["RUSGOV/USAGOV/0314", "USAGOV/RUSGOV/0314"]
    );
    // (Force's place is its target.)
    assert_eq!(
        codes(&c, "Trump and Putin attacked positions in Iraq."),
        ["RUSGOV/IRQ/190", "USAGOV/IRQ/190"]
    );
}

#[test]
fn where_a_host_holds_an_event_is_no_guest() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "AFRICAN_UNION_ [IGOAFRAFU]\nADDIS_ABABA_ [ETH]\nIRAN_ [IRN]\nSYRIAN_ [SYR]\n",
        ),
        (DictKind::Agents, "PRESIDENT_ [~GOV]\n"),
        (DictKind::Verbs, "--- HOST [043] ---\nHOST {HOSTED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "The African Union hosted a mediation session in Addis Ababa in December."
        ),
        ["IGOAFRAFU//043"]
    );
    assert_eq!(
        codes(&c, "Iran hosted the Syrian president."),
        ["IRN/SYRGOV/043"]
    );
}
