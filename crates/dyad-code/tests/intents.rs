//! Coming acts in news mode: an intent (03x) for cooperation, a threat (13x) for coercion.

mod common;

use common::codes;
use dyad_dict::DictKind;

#[test]
fn a_coming_coercion_is_a_threat_and_a_coming_deployment_an_intent() {
    let c = common::coder(&[
        (DictKind::Actors, "BRITAIN_ [GBR]\nPOLAND_ [POL]\nCOLOMBIA_ [COL]\nNATO_ [IGOWSTNAT]\n"),
        (DictKind::Verbs, "--- RESTRICT [172] ---\n+IMPOSE_RESTRICTIONS_ON {+IMPOSED_RESTRICTIONS_ON}\n\n--- DEPLOY [150] ---\n+CONTRIBUTE_TROOPS_TO\n"),
    ]);
    assert_eq!(
        codes(&c, "Britain will impose restrictions on Poland."),
        ["GBR/POL/132"]
    );
    assert_eq!(
        codes(&c, "Colombia is ready to contribute troops to NATO."),
        ["COL/IGOWSTNAT/030"]
    );
}

#[test]
fn a_purpose_is_no_act_and_in_order_to_is_no_order() {
    let c = common::coder(&[
        (DictKind::Actors, "BRAZIL_ [BRA]\nVENEZUELA_ [VEN]\nEGYPT_ [EGY]\n"),
        (DictKind::Verbs, "--- SMUGGLE [---] ---\nSMUGGLE {SMUGGLED}\n- * WEAPONS FROM + [073]\n\n--- BOOST [060] ---\nEXPAND {EXPANDED}\n\n--- MANAGE [060] ---\nORDER [100]\n\n--- AID [070] ---\nHELP {HELPED}\n"),
    ]);
    // "help Egypt" is the purpose, not an act; "order" in "in order to" is no ordering
    // of Egypt.
    assert_eq!(
        codes(
            &c,
            "Brazil smuggled weapons from Venezuela in order to help Egypt."
        ),
        ["BRA/VEN/073"]
    );
    // (Without "in order", the infinitive is coded as before.)
    assert_eq!(codes(&c, "Brazil helped Egypt."), ["BRA/EGY/070"]);
    assert_eq!(
        codes(
            &c,
            "Brazil smuggled weapons from Venezuela so as to help Egypt."
        ),
        ["BRA/VEN/073"]
    );
}

#[test]
fn considering_the_possibility_of_an_act_is_considering_it() {
    let c = common::coder(&[
        (DictKind::Actors, "GERMANY_ [DEU]\nMALI_ [MLI]\n"),
        (
            DictKind::Verbs,
            "--- DEPLOY [---] ---\nSEND {SENDING SENT}\n- * TROOPS TO + [074]\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "Germany is considering sending troops to Mali."),
        ["DEU/MLI/014"]
    );
    assert_eq!(
        codes(
            &c,
            "Germany is considering the possibility of sending troops to Mali."
        ),
        ["DEU/MLI/014"]
    );
}

#[test]
fn considering_yields_to_a_gerund_only_when_the_gerund_codes_something() {
    // (A dictionary that files "consider" under 040, as PETRARCH-2's does.)
    let c = common::coder(&[
        (DictKind::Actors, "GERMANY_ [DEU]\nMALI_ [MLI]\n"),
        (DictKind::Verbs, "--- CONSIDER [040] ---\nCONSIDER {CONSIDERING CONSIDERED}\n\n--- DEPLOY [---] ---\nSEND {SENDING SENT}\n- * TROOPS TO + [074]\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Germany is considering the possibility of sending troops to Mali."
        ),
        ["DEU/MLI/014"]
    );
    // ("covering" is no dictionary verb, and the dictionary's default for "considering",
    // a consultation, says nothing of it: no event.)
    assert!(codes(
        &c,
        "Germany is considering the possibility of covering the cost of Mali."
    )
    .is_empty());
}

#[test]
fn a_verb_joined_to_a_governed_infinitive_is_governed_too() {
    let c = common::coder(&[
        (DictKind::Actors, "IRAQI_ [IRQ]\nAMERICANS_ [USA]\n"),
        (DictKind::Agents, "FIGHTERS_ [~REB]\n"),
        (
            DictKind::Verbs,
            "--- AGREE [030] ---\nAGREE {AGREED}\n\n--- SURRENDER [0873] ---\nSURRENDER\n\n--- COOPERATE [060] ---\nCOOPERATE\n+JOIN_FORCES\n",
        ),
    ]);
    // "agreed to surrender and cooperate": the cooperation is agreed to (an intent), not done.
    let got = codes(
        &c,
        "Iraqi fighters agreed to surrender and cooperate with the Americans.",
    );
    assert!(got.contains(&"IRQREB/USA/031".to_string()), "{got:?}");
    assert!(!got.iter().any(|e| e.ends_with("/060")), "{got:?}");
    // (Across an adverb, and with a base form the tagger reads as a present one.)
    let got = codes(
        &c,
        "Iraqi fighters agreed to lay down their weapons and even join forces with the Americans.",
    );
    assert!(!got.iter().any(|e| e.ends_with("/060")), "{got:?}");
    // (A finite verb joined to an infinitive is its own act.)
    assert!(codes(
        &c,
        "Iraqi fighters agreed to surrender and cooperated with the Americans."
    )
    .contains(&"IRQREB/USA/060".to_string()));
}

#[test]
fn a_counterfactual_act_did_not_happen() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICO_ [MEX]\nCOLOMBIA_ [COL]\nFARC_ [COLREB]\n"),
        (
            DictKind::Verbs,
            "--- APPROVE [051] ---\nAPPROVE {APPROVED}\n\n--- INTENSIFY [---] ---\nINTENSIFY {INTENSIFIED}\n\n--- ATTACK [190] ---\nATTACK {ATTACKS}\n",
        ),
    ]);
    assert!(codes(&c, "Mexico would have approved the deal of Colombia.").is_empty());
    assert!(codes(
        &c,
        "The FARC would not have intensified their attacks against Colombia."
    )
    .is_empty());
    // (A coming act is an intent; a done one the act.)
    assert_eq!(
        codes(&c, "Mexico would approve the deal of Colombia."),
        ["MEX/COL/032"]
    );
    assert_eq!(
        codes(&c, "Mexico approved the deal of Colombia."),
        ["MEX/COL/051"]
    );
}

#[test]
fn what_an_event_a_law_or_a_means_is_for_is_no_act() {
    let c = common::coder(&[
        (DictKind::Actors, "IRAN_ [IRN]\nTEHRAN_ [IRN]\nMEXICO_ [MEX]\n"),
        (DictKind::Agents, "VICTIMS_ [~CVL]\nENVOY_ [~GOV]\n"),
        (DictKind::Verbs, "--- COMMEMORATE [017] ---\nCOMMEMORATE\n\n--- COMPENSATE [071] ---\nCOMPENSATE {COMPENSATED}\n\n--- APPROVE [---] ---\nAPPROVE {APPROVED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Iran criticized a rally in Tehran to commemorate the victims."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(
            &c,
            "Mexico approved a bill to compensate victims of violence."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Mexico compensated victims of violence."),
        ["MEX/MEXCVL/071"]
    );
}

#[test]
fn a_pattern_naming_the_infinitive_codes_it_once() {
    let c = common::coder(&[
        (DictKind::Actors, "GREECE_ [GRC]\nBRITAIN_ [GBR]\nUGANDA_ [UGA]\nIRAQ_ [IRQ]\n"),
        (
            DictKind::Verbs,
            "--- PROMISE [030] ---\nAGREE {AGREED}\n- * RESIGN [0341]\n\n--- DECLINE [---] ---\nDECLINE {DECLINED}\n- * RESIGN [1231]\n\n--- OFFER [030] ---\nOFFER {OFFERED}\n- * SEND [033]\n\n--- RESIGN [0831] ---\nRESIGN\n\n--- DEPLOY [---] ---\nSEND\n- * TROOPS TO + [074]\n",
        ),
    ]);
    // "agreed * RESIGN" codes the intent; "resign" is not coded again as an intent to yield
    // (035), nor under "declined" as a refusal to yield (124).
    assert_eq!(codes(&c, "Greece agreed to resign."), ["GRC//0341"]);
    assert_eq!(codes(&c, "Greece declined to resign."), ["GRC//1231"]);
    // A general code (033) leaves the infinitive to refine it.
    assert_eq!(
        codes(&c, "Britain offered to send troops to Uganda."),
        ["GBR/UGA/0334"]
    );
}

#[test]
fn an_infinitive_no_dictionary_verb_names_is_governed_too() {
    let c = common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nKOREA_ [KOR]\n"),
        (
            DictKind::Verbs,
            "--- APPEAL [020] ---\nSEEK {SEEKS SOUGHT}\n\n--- CRITICIZE [111] ---\nCRITICIZE {CRITICIZED}\n",
        ),
    ]);
    // "seeks to implement": an intent (kept only as the sentence's one event), not an
    // appeal, though no dictionary names "implement".
    assert_eq!(
        codes(&c, "The United States seeks to implement the tariffs."),
        ["USA//030"]
    );
    assert_eq!(
        codes(
            &c,
            "Korea criticized the United States as the United States seeks to implement the tariffs."
        ),
        ["KOR/USA/111"]
    );
}

#[test]
fn a_noun_sharing_an_intent_verbs_stem_governs_nothing() {
    let c = common::coder(&[
        (DictKind::Actors, "TURKEY_ [TUR]\nSYRIA_ [SYR]\n"),
        (DictKind::Verbs, "--- FIGHT [190] ---\nATTACK {ATTACKED}\n"),
    ]);
    // "agreement" is no "agree": the attack is no threat.
    assert_eq!(
        codes(
            &c,
            "Turkey broke the agreement by continuing to attack Syria."
        ),
        ["TUR/SYR/190"]
    );
}

#[test]
fn what_aid_is_sent_to_help_is_its_target() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "SOUTH_KOREAN_ [KOR]\nNORTH_KOREA_ [PRK]\n",
        ),
        (DictKind::Agents, "GOVERNMENT_ [~GOV]\n"),
        (
            DictKind::Verbs,
            "--- PROVIDE [070] ---\nSEND {SENDING SENT}\nHELP\n",
        ),
    ]);
    // The help is what the aid is for: the sending is for North Korea.
    assert_eq!(
        codes(
            &c,
            "The South Korean government is considering sending aid to help North Korea cope with flood damage."
        ),
        ["KORGOV/PRK/014"]
    );
}

#[test]
fn a_coming_visit_is_the_visitors_intent_and_a_coming_hosting_both_sides() {
    // (PETRARCH-2's VISIT [042:043] and HOST [043:042]: the host of a visit announced by
    // the visitor intends nothing; the guest of an announced hosting does intend the visit.)
    let c = common::coder(&[
        (DictKind::Actors, "JAPAN_ [JPN]\nTOKYO_ [JPN]\nARMACOST_ [USAGOV]\nMACRON_ [FRAGOV]\nNARUHITO_ [JPNGOV]\n"),
        (DictKind::Verbs, "--- VISIT [042:043] ---\nVISIT\n\n--- HOST [043:042] ---\nHOST\n"),
    ]);
    let mut ev = codes(&c, "Armacost will visit Tokyo next week.");
    ev.sort();
    assert_eq!(ev, ["USAGOV/JPN/036"]);
    let mut ev = codes(&c, "Macron will host Naruhito next week.");
    ev.sort();
    assert_eq!(ev, ["FRAGOV/JPNGOV/036", "JPNGOV/FRAGOV/036"]);
}
