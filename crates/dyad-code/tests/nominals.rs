//! News mode: a nominal event ("launched an attack on X") is the act of the clause's subject,
//! unless the verb that governs the noun ends, refuses or opposes it ("lifted its embargo
//! against X", "suspended weapons deals with X").

mod common;

use common::codes;
use dyad_code::Coder;
use dyad_dict::DictKind;

fn coder() -> Coder {
    common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nLIBYA_ [LBY]\nLIBYAN_ [LBY]\n"),
        (DictKind::Verbs, "--- EMBARGO [170] ---\nEMBARGO\n\n--- ATTACK [190] ---\nATTACK\n\n--- AID [070] ---\nAID\n\n--- LIFT [---] ---\nLIFT {LIFTED}\nREPEAL\n\n--- RELEASE [0841] ---\nRELEASE\n\n--- ANNOUNCE [---] ---\nANNOUNCE {ANNOUNCED}\n\n--- REDUCE [---] ---\nREDUCE\n- * TROOPS [0873]\n\n--- PROVIDE [---] ---\nPROVIDE\n\n--- LAUNCH [---] ---\nLAUNCH {LAUNCHED}\n"),
    ])
}

#[test]
fn a_nominal_event_is_the_subjects_act_unless_undone() {
    let c = coder();
    assert_eq!(
        codes(&c, "The United States launched an attack on Libya."),
        ["USA/LBY/190"]
    );
    assert!(codes(
        &c,
        "The United States lifted its economic embargo against Libya."
    )
    .is_empty());
    assert!(codes(
        &c,
        "The United States will repeal its economic embargo against Libya."
    )
    .is_empty());
}

/// "reduced the humanitarian aid to Yemen" is no act of aid: a verb that cuts the act back
/// undoes it as much as one that ends it, when its own patterns do not code it.
#[test]
fn aid_that_is_reduced_is_no_aid() {
    let c = coder();
    assert_eq!(
        codes(&c, "The United States provided humanitarian aid to Libya."),
        ["USA/LBY/070"]
    );
    assert!(codes(
        &c,
        "The United States reduced the humanitarian aid to Libya."
    )
    .is_empty());
}

/// "announced the release of two Libyan nationals": a verb that makes the act known leaves it
/// the subject's, on the actor after OF.
#[test]
fn an_announced_release_is_the_subjects() {
    let c = coder();
    assert_eq!(
        codes(
            &c,
            "The United States announced the release of two Libyan nationals."
        ),
        ["USA/LBY/0841"]
    );
}

/// Only a noun names an act: "back" in "traced back to X" or "deported back to X" is an
/// adverb, no support for X.
#[test]
fn an_adverb_names_no_act() {
    let c = common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nHONDURAN_ [HND]\nPERU_ [PER]\n"),
        (DictKind::Agents, "ARMY_ [~MIL]\n"),
        (DictKind::Verbs, "--- BACK [051] ---\nBACK\n\n--- SEIZE [171] ---\nSEIZE {SEIZED}\n\n--- TRACE [---] ---\nTRACE {TRACED}\n\n--- DEPORT [174] ---\nDEPORT {DEPORTED}\n"),
    ]);
    let seized = codes(
        &c,
        "The United States seized grenades, which were also traced back to the Honduran army.",
    );
    assert!(seized.iter().all(|e| !e.ends_with("/051")), "{seized:?}");
    assert_eq!(
        codes(&c, "The United States sent the money back to Peru."),
        Vec::<String>::new()
    );
}

/// "a fatal blow to X" is a setback for X, no attack on it.
#[test]
fn a_blow_to_someone_is_no_attack() {
    let c = common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nMEXICO_ [MEX]\n"),
        (
            DictKind::Verbs,
            "--- ATTACK [190] ---\nBLOW {BLOWS}\n\n--- DEAL [---] ---\nDEAL {DEALT}\n",
        ),
    ]);
    assert!(codes(&c, "The United States dealt a fatal blow to Mexico.").is_empty());
}

#[test]
fn a_demand_names_its_addressee_after_that_or_for() {
    let c = common::coder(&[
        (DictKind::Actors, "NORTH_KOREA_ [PRK]\nUNITED_STATES_ [USA]\n"),
        (
            DictKind::Verbs,
            "--- DEMAND [100] ---\nDEMAND\n\n--- APPEAL [020] ---\nCALL\n\n--- SAY [010] ---\nREITERATE {REITERATED}\nRENEW {RENEWED}\n\n--- BUY [061] ---\nDEMAND_FOR_GOODS\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "North Korea reiterated its demand that the United States ease sanctions."
        ),
        ["PRK/USA/100"]
    );
    assert_eq!(
        codes(
            &c,
            "North Korea renewed its call for the United States to ease sanctions."
        ),
        ["PRK/USA/020"]
    );
    // (After FOR only an addressee asked to act: demand for goods is no demand of anyone.)
    assert!(codes(
        &c,
        "North Korea renewed its demand for United States products."
    )
    .is_empty());
}

#[test]
fn the_actor_after_by_past_the_target_does_the_act() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "PUTIN_ [RUSGOV]\nRUSSIA_ [RUS]\nSAUDI_ [SAU]\nSALMAN_ [SAUGOV]\n",
        ),
        (DictKind::Agents, "MONARCH_ [~GOV]\n"),
        (
            DictKind::Verbs,
            "--- VISIT [042] ---\nVISIT\n\n--- HOST [043] ---\nHOST {HOSTED}\n",
        ),
    ]);
    assert!(codes(
        &c,
        "Putin hosted Salman in the first official visit to Russia by a reigning Saudi monarch."
    )
    .contains(&"SAUGOV/RUS/042".to_string()));
}

/// An act spoken about ("complained about a raid on", "a dispute over loans to") is no act of
/// the speaker; one it owns is ("talked about its attack on Libya").
#[test]
fn an_act_spoken_about_is_not_the_speakers() {
    let c = common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nLIBYA_ [LBY]\n"),
        (
            DictKind::Verbs,
            "--- ATTACK [190] ---\nATTACK\nRAID\n\n--- COMPLAIN [---] ---\nCOMPLAIN {COMPLAINED}\nTALK {TALKED}\nLAUNCH {LAUNCHED}\n",
        ),
    ]);
    assert!(codes(&c, "The United States complained about a raid on Libya.").is_empty());
    assert!(codes(&c, "The United States complained about the raid on Libya.").is_empty());
    assert_eq!(
        codes(&c, "The United States talked about its raid on Libya."),
        ["USA/LBY/190"]
    );
    assert_eq!(
        codes(&c, "The United States launched a raid on Libya."),
        ["USA/LBY/190"]
    );
}

#[test]
fn an_act_under_a_ban_is_no_event() {
    let c = common::coder(&[
        (DictKind::Actors, "CANADIAN_ [CAN]\nCANADA_ [CAN]\nJAPAN_ [JPN]\nUNITED_STATES_ [USA]\n"),
        (DictKind::Agents, "GOVERNMENT_ [~GOV]\n"),
        (DictKind::Verbs, "--- TRAVEL [040] ---\nTRAVEL\n\n--- EXPORT [061] ---\nEXPORT {EXPORTS}\n\n--- ANNOUNCE [---] ---\nANNOUNCE {ANNOUNCED}\n\n--- KEEP [---] ---\nKEEP {KEPT}\n"),
    ]);
    assert!(codes(
        &c,
        "The Canadian government announced bans on travel to Canada."
    )
    .is_empty());
    assert!(codes(
        &c,
        "Japan kept its restrictions on exports to the United States."
    )
    .is_empty());
}

#[test]
fn an_actor_before_a_noun_of_force_is_its_actor() {
    let c = common::coder(&[
        (DictKind::Actors, "AMERICAN_ [USA]\nUS_ [USA]\nU.S._ [USA]\nIRANIAN_ [IRN]\nJAPANESE_ [JPN]\n"),
        (DictKind::Agents, "LAWMAKERS_ [~LEG]\n"),
        (DictKind::Verbs, "--- STRIKE [190] ---\nSTRIKE\n\n--- EXPORT [061] ---\nEXPORT {EXPORTS}\n\n--- RALLY [---] ---\nRALLY {RALLIED}\n\n--- RAISE [---] ---\nRAISE\n"),
    ]);
    let ev = codes(
        &c,
        "American lawmakers rallied behind the president for the U.S. strike against Iranian targets.",
    );
    assert!(ev.contains(&"USA/IRN/190".to_string()), "{ev:?}");
    assert!(
        !ev.iter().any(|e| e.starts_with("USALEG/IRN/190")),
        "{ev:?}"
    );
    // (Trade is no act of the country that names it.)
    let ev = codes(
        &c,
        "The U.S. will raise tariffs on Japanese exports to the U.S.",
    );
    assert!(!ev.iter().any(|e| e.starts_with("JPN/")), "{ev:?}");
}

#[test]
fn a_cooperative_noun_against_someone_is_no_cooperation_with_them() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "PENTAGON_ [USAGOVMIL]\nTALIBAN_ [AFGREB]\n",
        ),
        (
            DictKind::Verbs,
            "--- RALLY_SUPPORT [053] ---\nCAMPAIGN\n\n--- EXPAND [---] ---\nEXPAND {EXPANDED}\n",
        ),
    ]);
    assert!(codes(
        &c,
        "The Pentagon expanded its campaign against the Taliban."
    )
    .iter()
    .all(|e| !e.ends_with("/053")));
}
