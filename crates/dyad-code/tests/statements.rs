//! Statements in news mode: a place a statement is about and the press it is told to are
//! no parties to it.

mod common;

use common::codes;
use dyad_dict::DictKind;

fn coder() -> dyad_code::Coder {
    common::coder(&[
        (DictKind::Actors, "UNITED_NATIONS_ [IGOUNO]\nNEW_YORK_ [USA]\nIRAN_ [IRN]\nCHINA_ [CHN]\nCHINESE_ [CHN]\nSICHUAN_ [CHN]\nAUSTRALIA_ [AUS]\n"),
        (DictKind::Agents, "REPORTERS_ [~MED]\nOFFICIALS_ [~GOV]\n"),
        (DictKind::Verbs, "--- HOPE [013] ---\nHOPE {HOPED}\n\n--- TELL [010] ---\nTELL {TOLD}\n\n--- CONDOLE [018] ---\n+EXPRESS_CONDOLENCES {+EXPRESSED_CONDOLENCES}\n"),
    ])
}

#[test]
fn a_place_a_statement_is_about_is_no_target() {
    let c = coder();
    assert_eq!(
        codes(
            &c,
            "United Nations officials hoped for commitments at a conference in New York."
        ),
        ["IGOUNO//013"]
    );
    // Condolences keep the place they are about.
    assert_eq!(
        codes(
            &c,
            "Australia expressed condolences over the earthquake in Sichuan."
        ),
        ["AUS/CHN/018"]
    );
    // So does a statement about what happens there.
    assert_eq!(
        codes(
            &c,
            "United Nations officials hoped for an end to the violence in Sichuan."
        ),
        ["IGOUNO/CHN/013"]
    );
}

#[test]
fn the_press_a_statement_is_told_to_is_no_target() {
    let c = coder();
    assert_eq!(
        codes(&c, "Iran told Chinese reporters that the talks had failed."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Iran told China that the talks had failed."),
        ["IRN/CHN/010"]
    );
}

#[test]
fn a_bare_statement_is_no_event() {
    let c = coder();
    assert_eq!(
        codes(&c, "Iran told them that the talks had failed."),
        Vec::<String>::new()
    );
}

#[test]
fn what_a_statement_says_is_its_issuers_act() {
    let c = common::coder(&[
        (DictKind::Actors, "AMNESTY_INTERNATIONAL_ [NGOHRIAMN]\nNIGERIAN_ [NGA]\n"),
        (DictKind::Agents, "ARMY_ [~MIL]\n"),
        (DictKind::Verbs, "--- ISSUE [---] ---\nISSUE {ISSUED}\n- * STATEMENT [010]\n\n--- ACCUSE [112] ---\nACCUSE {ACCUSED ACCUSING}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Amnesty International issued a statement accusing the Nigerian army of abuses."
        ),
        ["NGOHRIAMN/NGAMIL/112"]
    );
    // (A day may come between the statement and what it says.)
    assert_eq!(
        codes(
            &c,
            "Amnesty International, the rights group, issued a statement Monday accusing the Nigerian army of abuses."
        ),
        ["NGOHRIAMN/NGAMIL/112"]
    );
}

#[test]
fn a_reported_must_is_the_speakers_demand_of_the_matching_kind() {
    let c = common::coder(&[
        (DictKind::Actors, "IRAN_ [IRN]\nQATAR_ [QAT]\nERITREA_ [ERI]\nDJIBOUTI_ [DJI]\n"),
        (DictKind::Verbs, "--- SAY [010] ---\nSAY {SAID}\n\n--- MEDIATE [045] ---\nMEDIATE\n\n--- MEET [040] ---\nMEET\n\n--- WITHDRAW [0873] ---\nWITHDRAW\n"),
    ]);
    // Mediation is demanded with 105, a meeting with 108 (CAMEO's 106 is withdrawal).
    assert_eq!(
        codes(&c, "Eritrea said Qatar must mediate with Djibouti."),
        ["ERI/QAT/105"]
    );
    assert_eq!(
        codes(&c, "Eritrea said Qatar must meet Djibouti."),
        ["ERI/QAT/108"]
    );
}

#[test]
fn must_be_ready_to_is_a_demand_and_ready_after_be_is_no_verb() {
    let c = common::coder(&[
        (DictKind::Actors, "ESTONIA_ [EST]\nEUROPEAN_UNION_ [IGOEUREEC]\nUKRAINE_ [UKR]\n"),
        (DictKind::Verbs, "--- SAY [010] ---\nSAY {SAID}\n\n--- MEDIATE [045] ---\nMEDIATE\n\n--- READY [030] ---\nREADY {READIED}\n"),
    ]);
    // Estonia demands the mediation of the EU; "ready" after "be" is an adjective, not
    // the verb READY (PETRARCH-2's dictionary has one).
    assert_eq!(
        codes(
            &c,
            "Estonia said the European Union must be ready to mediate in Ukraine."
        ),
        ["EST/IGOEUREEC/105"]
    );
    // (Ready without "must" is an intent to mediate.)
    assert_eq!(
        codes(&c, "The European Union is ready to mediate in Ukraine."),
        ["IGOEUREEC/UKR/036"]
    );
}

#[test]
fn an_appositive_names_the_speaker_of_a_demand() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "SRI_LANKA_ [LKA]\nSRI_LANKAN_ [LKA]\nINDIA_ [IND]\n",
        ),
        (
            DictKind::Agents,
            "FORMER_PRIME_MINISTER_ [~ELI]\nGOVERNMENT_ [~GOV]\n",
        ),
        (
            DictKind::Verbs,
            "--- SAY [010] ---\nSAY {SAID}\n\n--- PROVIDE [070] ---\nPROVIDE\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Ranil Wickremesinge, the former Prime Minister of Sri Lanka, said the Sri Lankan government must provide aid to India."
        ),
        ["LKAELI/LKAGOV/103"]
    );
}

#[test]
fn no_one_in_an_attribution_phrase_is_a_party() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "MEXICO_ [MEX]\nGUATEMALA_ [GTM]\nUNITED_NATIONS_ [IGOUNO]\n",
        ),
        (DictKind::Verbs, "--- KILL [190] ---\nKILL {KILLED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Mexico killed him, according to a report presented by the United Nations in Guatemala."
        ),
        ["MEX//190"]
    );
}

/// The source of a report is no party to it: "According to El Tiempo, police arrested …"
/// names no source; a news outlet told something is no "he", nor the country of "the army".
#[test]
fn a_news_outlet_reports_and_is_told_but_does_not_act() {
    let c = common::coder(&[
        (DictKind::Actors, "EL_TIEMPO_ [COLMED]\nREUTERS_ [GBRMED]\nCOLOMBIAN_ [COL]\nVENEZUELAN_ [VEN]\n"),
        (DictKind::Agents, "POLICE_ [~COP]\nARMY_ [~MIL]\nMINISTER_ [~GOV]\nREBELS_ [~REB]\nOFFICIALS_ [~GOV]\n"),
        (DictKind::Verbs, "--- ARREST [173] ---\nARREST {ARRESTED}\n\n--- KILL [190] ---\nKILL {KILLED}\n\n--- SAY [010] ---\nTELL {TOLD}\n\n--- MEET [036] ---\nMEET\n"),
    ]);
    // (The police arrested, of no country the outlet names.)
    assert_eq!(
        codes(
            &c,
            "According to El Tiempo, police arrested three Venezuelan officials."
        ),
        ["COP/VENGOV/173"]
    );
    let out = codes(
        &c,
        "The Colombian minister told Reuters he would meet Venezuelan officials.",
    );
    assert!(out.iter().all(|e| !e.contains("GBRMED")), "{out:?}");
}

#[test]
fn a_denials_patterns_do_not_reach_into_the_charge_it_answers() {
    let c = common::coder(&[
        (DictKind::Actors, "CAMBODIA_ [KHM]\nTHAILAND_ [THA]\n"),
        (
            DictKind::Verbs,
            "&MINISTER\n+MINISTER\n+OFFICIAL\n\n--- DENY [016] ---\nDENY {DENIED}\nDISMISS {DISMISSED}\n- * &MINISTER [---]\n",
        ),
    ]);
    // ("dismissed the minister" is no denial; "denied charges that it suspended an
    // official" is.)
    assert!(codes(&c, "Cambodia dismissed the minister.").is_empty());
    assert_eq!(
        codes(
            &c,
            "Cambodia denied charges by Thailand that it suspended an official."
        ),
        ["KHM/THA/016"]
    );
}

#[test]
fn what_a_statement_is_about_is_no_addressee() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "BRAZIL_ [BRA]\nIRAN_ [IRN]\nCHINA_ [CHN]\n",
        ),
        (DictKind::Verbs, "--- SAY [010] ---\nSAY {SAID}\n"),
    ]);
    // (A possessor or a modifier of the statement's subject, not whom it is said to.)
    assert_eq!(
        codes(&c, "Iran said Brazil's border plan had failed."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Iran said China officials had failed."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Iran said to China that it had failed."),
        ["IRN/CHN/010"]
    );
}

#[test]
fn a_saying_verbs_pattern_does_not_reach_into_its_reported_subject_past_an_infinitive() {
    // The Phoenix set's EXPLAIN_VERBAL block gives SAY the patterns of ANNOUNCE:
    // "- * PLANS" [030]. In "said the plans to send food … would go ahead" the plans are the
    // reported clause's subject, no plan of the speaker's; "announced plans to …" keeps it.
    let c = common::coder(&[
        (DictKind::Actors, "JAPAN_ [JPN]\nWASHINGTON_ [USA]\n"),
        (
            DictKind::Verbs,
            "--- EXPLAIN_VERBAL [010] ---\nSAY {SAYS SAID SAYING}\nANNOUNCE\n- * PLANS [030]\n",
        ),
    ]);
    assert!(!codes(
        &c,
        "Japan said the plans to send food to Washington would go ahead."
    )
    .iter()
    .any(|e| e.ends_with("/030")));
    assert_eq!(
        codes(&c, "Japan announced plans to send food to Washington."),
        ["JPN/USA/030"]
    );
}

#[test]
fn the_press_told_takes_no_part_in_what_is_told() {
    let c = common::coder(&[
        (DictKind::Actors, "REUTERS_ [MED]\nJAPANESE_ [JPN]\nIRAN_ [IRN]\nIRAQI_ [IRQ]\n"),
        (DictKind::Agents, "OFFICIALS_ [~GOV]\nENVOY_ [~GOV]\n"),
        (DictKind::Verbs, "--- MEET [040] ---\nMEET {MET MEETS}\n- * [036:036]\n\n--- ATTACK [190] ---\nATTACK {ATTACKED}\n\n--- TELL [010] ---\nTELL {TOLD}\n"),
    ]);
    // (Reuters meets no one: the statement is told to it.)
    let got = codes(
        &c,
        "Japanese officials told Reuters the Iraqi envoy will meet today.",
    );
    assert!(got.iter().all(|e| !e.contains("MED")), "{got:?}");
}
