//! Passive voice in news mode: an agentless passive names no one who acted; the agents of a
//! passive act on its subject, not on each other.

mod common;

use common::codes;
use dyad_dict::DictKind;

fn coder() -> dyad_code::Coder {
    common::coder(&[
        (DictKind::Actors, "DEA_ [USACOP]\nSYRIA_ [SYR]\nUNITED_STATES_ [USA]\nFRANCE_ [FRA]\nGERMANY_ [DEU]\n"),
        (DictKind::Agents, "FORCES_ [~MIL]\nAGENT_ [~COP]\n"),
        (DictKind::Verbs, "--- TORTURE [1822] ---\nTORTURE {TORTURED}\n\n--- KILL [190] ---\nKILL {KILLED}\n\n--- SEND [062] ---\nSEND {SENT}\n\n--- USE [062] ---\nUSE {USED}\n"),
    ])
}

#[test]
fn armed_forces_acted_on_by_violence_are_no_source() {
    let c = coder();
    assert_eq!(
        codes(
            &c,
            "The place where a DEA agent was tortured and killed was found."
        ),
        Vec::<String>::new()
    );
    // Armed forces that "were sent" are their country's act.
    assert_eq!(
        codes(&c, "United States forces were sent to Syria."),
        ["USAMIL/SYR/062"]
    );
}

#[test]
fn a_participle_describing_the_people_acted_on_is_background() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "BOLIVIAN_ [BOL]\nLA_PAZ_ [BOL]\nDOMINICAN_ [DOM]\n",
        ),
        (DictKind::Agents, "POLICE_ [~COP]\nMEN_ [~CVL]\n"),
        (
            DictKind::Verbs,
            "--- ACCUSE [112] ---\nACCUSE {ACCUSED}\n\n--- ARREST [173] ---\nARREST {ARRESTED}\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Bolivian police arrested Dominican men in La Paz accused of kidnapping."
        ),
        ["BOLCOP/DOMCVL/173"]
    );
    assert_eq!(
        codes(
            &c,
            "Bolivian police arrested Dominican men on March 16 accused of kidnapping."
        ),
        ["BOLCOP/DOMCVL/173"]
    );
}

#[test]
fn a_gerund_after_in_is_background() {
    let c = common::coder(&[
        (DictKind::Actors, "ISRAEL_ [ISR]\nSYRIAN_ [SYR]\n"),
        (DictKind::Agents, "GOVERNMENT_ [~GOV]\n"),
        (DictKind::Verbs, "--- DECIMATE [202] ---\nDECIMATE {DECIMATED DECIMATING}\n\n--- CONFRONT [110] ---\nCONFRONT {CONFRONTED CONFRONTING}\n\n--- COMMENT [010] ---\nCOMMENT {COMMENTS}\n"),
    ]);
    assert_eq!(
        codes(&c, "Israel comments on the Syrian government's success in confronting and decimating terrorism."),
        Vec::<String>::new()
    );
}

/// "The technology has been used by France and Germany": the agents after BY are no joint
/// act of the two on each other.
#[test]
fn the_agents_of_a_passive_do_not_act_on_each_other() {
    let c = coder();
    let got = codes(&c, "The technology has been used by France and Germany.");
    assert!(
        !got.iter()
            .any(|e| e.starts_with("FRA/DEU") || e.starts_with("DEU/FRA")),
        "{got:?}"
    );
}

/// A passive with "by" whose subject is a thing: the one it went to ("to X") is the target.
#[test]
fn a_thing_given_by_someone_to_someone_goes_to_the_receiver() {
    let c = common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nITALY_ [ITA]\n"),
        (DictKind::Verbs, "&PROPERTY\n+MANUSCRIPT\n\n--- RETURN [---] ---\nRETURN {RETURNED}\n- &PROPERTY WAS_* [0842]\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "The manuscript was returned by the United States to Italy."
        ),
        ["USA/ITA/0842"]
    );
}

/// A participle right after its noun and before the finite verb is a reduced relative: the
/// people "arrested" did not arrest ("most of the Americans arrested were couriers").
#[test]
fn a_reduced_relative_before_the_finite_verb_is_passive() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "AMERICANS_ [USA]\nMEXICAN_ [MEX]\nSPANISH_ [ESP]\n",
        ),
        (DictKind::Agents, "TRAFFICKERS_ [~CRM]\nPOLICE_ [~COP]\n"),
        (
            DictKind::Verbs,
            "--- ARREST [173] ---\nARREST {ARRESTED}\n\n--- SEIZE [171] ---\nSEIZE {SEIZED}\n",
        ),
    ]);
    assert!(codes(&c, "Most of the Americans arrested were couriers.").is_empty());
    assert_eq!(
        codes(&c, "The Americans arrested Mexican traffickers."),
        ["USA/MEXCRM/173"]
    );
    // (A relative clause's own subject before it still acts: "the assets that Spanish police
    // seized were …".)
    let got = codes(
        &c,
        "The assets that Spanish police seized were owned by Mexican traffickers.",
    );
    assert!(
        got.iter()
            .any(|e| e.starts_with("ESPCOP/") && e.ends_with("/171")),
        "{got:?}"
    );
}

/// "the number of civilians killed by police": with no actor after BY, the noun before the
/// participle is what was acted on, never the source.
#[test]
fn a_participle_before_by_with_no_actor_after_it_names_no_source() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICAN_ [MEX]\n"),
        (DictKind::Agents, "CIVILIANS_ [~CVL]\nPOLICE_ [~COP]\n"),
        (DictKind::Verbs, "--- KILL [190] ---\nKILL {KILLED}\n"),
    ]);
    assert!(codes(&c, "The number of Mexican civilians killed by police rose.").is_empty());
    // (The active reading stays: "Mexican police killed civilians".)
    assert_eq!(
        codes(&c, "Mexican police killed civilians."),
        ["MEXCOP/MEXCVL/190"]
    );
}

#[test]
fn a_passive_has_no_agent_past_another_finite_verb() {
    let c = common::coder(&[
        (DictKind::Actors, "PANAMA_ [PAN]\nPUTIN_ [RUSGOV]\nMOSCOW_ [RUS]\n"),
        (DictKind::Agents, "PRESIDENT_ [~GOV]\nCIVILIANS_ [~CVL]\n"),
        (DictKind::Verbs, "--- RELEASE [0841] ---\nRELEASE {RELEASED}\n\n--- IMPRISON [173] ---\nIMPRISON {IMPRISONED}\n\n--- DECLARE [---] ---\nDECLARE {DECLARED}\n"),
    ]);
    // (Panama's president described the ruling; he released no one.)
    assert!(codes(
        &c,
        "He was released in June after his detention was declared invalid in a ruling described as suspicious by Panama's president."
    )
    .is_empty());
    // (Putin released the civilians; the participle before the finite verb is background.)
    let ev = codes(
        &c,
        "The civilians imprisoned for acting against Moscow were released yesterday by Putin.",
    );
    assert!(ev.iter().all(|e| !e.ends_with("/173")), "{ev:?}");
    assert!(
        ev.iter()
            .any(|e| e.starts_with("RUSGOV/") && e.ends_with("/0841")),
        "{ev:?}"
    );
}

#[test]
fn an_act_after_despite_or_after_has_its_own_agent() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "JAPAN_ [JPN]\nJAPANESE_ [JPN]\nU.S._ [USA]\n",
        ),
        (DictKind::Agents, "POLICE_ [~COP]\nREBELS_ [~REB]\n"),
        (
            DictKind::Verbs,
            "--- IMPOSE [172] ---\nIMPOSE {IMPOSED}\n\n--- REPRESS [175] ---\nQUELL {QUELLED}\n",
        ),
    ]);
    // (Japan tried to avoid the tariffs; it imposed nothing.)
    assert!(codes(
        &c,
        "U.S. tariffs on Japanese goods would be imposed as scheduled, despite an effort by Japan to avoid them."
    )
    .is_empty());
    // (A span of time is no act: the agent after it is the passive's.)
    assert_eq!(
        codes(
            &c,
            "The U.S. rebels were quelled after 25 minutes by Japanese police."
        ),
        ["JPNCOP/USAREB/175"]
    );
}

#[test]
fn a_coordinated_participle_keeps_the_agent_after_it() {
    let c = common::coder(&[
        (DictKind::Actors, "FARC_ [COLREB]\n"),
        (DictKind::Verbs, "--- KILL [190] ---\nKILL {KILLED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "The journalist was beaten, robbed and killed by the FARC."
        ),
        ["COLREB//190"]
    );
}

#[test]
fn a_participle_after_with_and_its_noun_is_a_passive_naming_no_one() {
    let c = common::coder(&[
        (DictKind::Actors, "COLOMBIA_ [COL]\nCOLOMBIAN_ [COL]\nMEXICO_ [MEX]\nMEXICAN_ [MEX]\n"),
        (DictKind::Agents, "FORCES_ [~MIL]\nMOTORISTS_ [~CVL]\nOFFICIALS_ [~GOV]\n"),
        (DictKind::Verbs, "--- OCCUPY [192] ---\nOCCUPY {OCCUPIED}\n\n--- OFFER [030] ---\nOFFER {OFFERED}\n\n--- URGE [020] ---\nURGE {URGED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "With Colombian forces occupied on the other side of the country, production grows."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(
            &c,
            "The nature of this extortion -- with Mexican motorists offered weekly and monthly charges and discounts -- is indicative of its reach."
        ),
        Vec::<String>::new()
    );
    // (The finite verb of a subject the phrase is in stays the verb.)
    assert_eq!(
        codes(
            &c,
            "Mexican officials attending a meeting with Colombian forces urged Colombia to act."
        ),
        ["MEXGOV/COL/020"]
    );
}

#[test]
fn one_wanted_by_the_police_is_no_wish() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "INTERPOL_ [IGOCOPITP]\nIRAN_ [IRN]\nIRANIAN_ [IRN]\nUNITED_STATES_ [USA]\n",
        ),
        (DictKind::Agents, "MEN_ [~CVL]\n"),
        (DictKind::Verbs, "--- WANT [030] ---\nWANT {WANTED WANTS}\n"),
    ]);
    assert_eq!(
        codes(&c, "The two Iranian men are also wanted by Interpol."),
        Vec::<String>::new()
    );
    assert_eq!(codes(&c, "Iran wanted the United States."), ["IRN/USA/030"]);
}
