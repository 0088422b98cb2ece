//! Targets in news mode: the source's own country modifying a noun names no target, unless
//! the noun names people the source is not the government of.

mod common;

use common::codes;
use dyad_dict::DictKind;

#[test]
fn own_country_people_are_the_target_of_a_non_government_source() {
    let c = common::coder(&[
        (DictKind::Actors, "OBAMA_ [USAGOV]\nNIGERIA_ [NGA]\nNIGERIAN_ [NGA]\nSOUTH_AFRICA_ [ZAF]\nNELSON_MANDELA_ [ZAFGOV]\nUNITED_STATES_ [USA]\nVIETNAM_ [VNM]\nUS_ [USA]\n"),
        (DictKind::Agents, "UNION_ [~LAB]\nPRESIDENT_ [~GOV]\n"),
        (DictKind::Verbs, "--- APPEAL [020] ---\n+CALL_ON {+CALLED_ON}\n\n--- EASE [081] ---\nLIFT {LIFTED LIFTS}\n"),
    ]);
    assert_eq!(
        codes(&c, "The Nigeria union called on Nigerian leaders to emulate Nelson Mandela of South Africa."),
        ["NGALAB/NGA/020"]
    );
    // A thing the own country modifies gives way; "embargo" after "lifts US" is a noun.
    assert_eq!(
        codes(&c, "Obama lifts US embargo on arms sales to Vietnam."),
        ["USAGOV/VNM/081"]
    );
}

#[test]
fn a_subject_naming_no_actor_gives_the_verb_no_source() {
    let c = common::coder(&[
        (DictKind::Actors, "BRAZILIAN_ [BRA]\nPARAGUAY_ [PRY]\nSYRIANS_ [SYR]\nTURKEY_ [TUR]\n"),
        (DictKind::Verbs, "--- COOPERATE [060] ---\nFACILITATE {FACILITATED FACILITATES}\n\n--- FLEE [0233] ---\nFLEE {FLED}\n\n--- DISMANTLE [---] ---\nDISMANTLE {DISMANTLED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "The arrest of a Brazilian crime boss in Paraguay facilitates trafficking."
        ),
        Vec::<String>::new()
    );
    // A quantity's "of" phrase names who acts.
    assert_eq!(
        codes(&c, "Thousands of Syrians fled to Turkey."),
        ["SYR/TUR/0233"]
    );
    // (Nor does a relative clause's plain noun, over its list of verbs: the network
    // facilitated, not Paraguay.)
    assert_eq!(
        codes(
            &c,
            "Paraguay dismantled a network that recruited, trained and facilitated trafficking."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(
            &c,
            "Paraguay dismantled a network in the south which facilitated trafficking."
        ),
        Vec::<String>::new()
    );
    // (Nor over a reduced relative between the noun and its verb.)
    assert_eq!(
        codes(
            &c,
            "(Photo: Paraguay) The companies exporting the wood facilitated trafficking."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_verb_in_s_after_a_plural_object_noun_is_a_noun() {
    let c = common::coder(&[
        (DictKind::Actors, "NETHERLANDS_ [NLD]\nPAKISTAN_ [PAK]\nFARC_ [COLREB]\n"),
        (DictKind::Verbs, "--- SUSPEND [1622] ---\nSUSPEND {SUSPENDED}\n\n--- BARGAIN [050] ---\nDEAL {DEALS DEALT}\n\n--- APPEAL [020] ---\nCALL {CALLS CALLED}\n"),
    ]);
    // "deals" is a noun in the object of "suspended", and the target is after it.
    assert_eq!(
        codes(
            &c,
            "The Netherlands suspended military aid and weapons deals with Pakistan."
        ),
        ["NLD/PAK/1622"]
    );
    // (A verb in -s after a plural noun inside a preposition's phrase is the verb.)
    assert_eq!(
        codes(
            &c,
            "The Netherlands' head of operations deals with Pakistan."
        ),
        ["NLD/PAK/050"]
    );
}

#[test]
fn a_verb_joined_to_the_next_shares_its_direct_object() {
    let c = common::coder(&[
        (DictKind::Actors, "RUSSIA_ [RUS]\nUKRAINE_ [UKR]\nTALIBAN_ [AFGREB]\nAFGHAN_ [AFG]\nUNITED_NATIONS_ [IGOUNO]\n"),
        (DictKind::Agents, "SOLDIERS_ [~MIL]\n"),
        (DictKind::Verbs, "--- CONDEMN [111] ---\nCONDEMN {CONDEMNED}\n\n--- REJECT [120] ---\nREJECT {REJECTED}\n\n--- DEMOBILIZE [0873] ---\nDEMOBILIZE {DEMOBILIZED}\n\n--- MOVE [---] ---\nMOVE {MOVED}\n"),
    ]);
    assert_eq!(
        codes(&c, "Russia condemned and rejected the decision of Ukraine."),
        ["RUS/UKR/111", "RUS/UKR/120"]
    );
    // (Not a phrasal verb's complement: "moved to a zone" is no object.)
    assert_eq!(
        codes(
            &c,
            "The Taliban demobilized and moved to a zone of the United Nations."
        ),
        ["AFGREB/AFGGOV/0873"]
    );
}

#[test]
fn an_infinitive_after_an_object_in_apposition_is_a_purpose() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "ROUHANI_ [IRNGOV]\nMICHEL_AOUN_ [LBNGOV]\nLEBANESE_ [LBN]\n",
        ),
        (DictKind::Agents, "COUNTERPART_ [~GOV]\n"),
        (
            DictKind::Verbs,
            "--- TELEPHONE [041] ---\nCALL {CALLED}\n\n--- ASSURE [030] ---\nASSURE\n",
        ),
    ]);
    // Aoun does not assure anyone: the call's purpose is Rouhani's.
    assert_eq!(
        codes(
            &c,
            "Rouhani called his Lebanese counterpart, Michel Aoun, on Tuesday to assure him."
        ),
        ["IRNGOV/LBNGOV/041"]
    );
}

#[test]
fn names_joined_before_a_common_noun_do_not_divide_the_clause() {
    let c = common::coder(&[
        (DictKind::Actors, "US_ [USA]\nEL_SALVADOR_ [SLV]\n"),
        (
            DictKind::Verbs,
            "--- RETURN [---] ---\nRETURN {RETURNED}\n- * ARTIFACTS TO + [0842]\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "The US returned Mayan and Aztec artifacts to El Salvador."
        ),
        ["USA/SLV/0842"]
    );
}

#[test]
fn a_purpose_is_addressed_to_the_object_past_a_place_and_a_time() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "GERMANY_ [DEU]\nCHINESE_ [CHN]\nBERLIN_ [DEU]\nEU_ [IGOEUREEC]\n",
        ),
        (DictKind::Agents, "AMBASSADOR_ [~GOV]\nLAWMAKERS_ [~LEG]\n"),
        (
            DictKind::Verbs,
            "--- SUMMON [---] ---\nSUMMON {SUMMONED}\n\n--- COMPLAIN [114] ---\nCOMPLAIN\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Germany summoned the Chinese ambassador in Berlin on Tuesday to complain about sanctions against EU lawmakers."
        ),
        ["DEU/CHNGOV/114"]
    );
}

/// "sanctions on former President Viktor Yanukovich and ex-Prime Minister Mykola Azarov": AND
/// between a name and an actor or agent phrase joins the object's names; it divides no
/// clause, so the verb reaches the actor after it ("ex-" makes the office holder an elite).
#[test]
fn and_between_a_name_and_an_actor_divides_no_clause() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "UKRAINE_ [UKR]\nMYKOLA_AZAROV_ [UKRGOV]\n",
        ),
        (
            DictKind::Agents,
            "PRESIDENT_ [~GOV]\nPRIME_MINISTER_ [~GOV]\n",
        ),
        (
            DictKind::Verbs,
            "--- IMPOSE [---] ---\nIMPOSE {IMPOSED}\n- * SANCTIONS [163]\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Ukraine has imposed sanctions on former President Viktor Yanukovich and ex-Prime Minister Mykola Azarov."
        ),
        ["UKR/UKRELI/163"]
    );
}

/// "Libya said Pilkington criticized France": a person the dictionaries do not know is
/// someone else; the verb takes no source from further away.
#[test]
fn an_unknown_name_as_subject_gives_the_verb_no_source() {
    let c = common::coder(&[
        (DictKind::Actors, "LIBYA_ [LBY]\nFRANCE_ [FRA]\n"),
        (DictKind::Agents, "PRESIDENT_ [~GOV]\n"),
        (
            DictKind::Verbs,
            "--- CRITICIZE [111] ---\nCRITICIZE {CRITICIZED}\n",
        ),
    ]);
    assert!(codes(&c, "Libya said Pilkington criticized France.")
        .iter()
        .all(|e| !e.starts_with("LBY/")));
}

/// A pattern's words after the verb are not looked for past an adjunct of cause ("in relation
/// to", "in response to", "due to", "because of").
#[test]
fn patterns_stop_at_an_adjunct_of_cause() {
    let c = common::coder(&[
        (DictKind::Actors, "LIBYA_ [LBY]\nFRANCE_ [FRA]\n"),
        (
            DictKind::Verbs,
            "--- SANCTION [163] ---\n+IMPOSE_SANCTIONS {+IMPOSED_SANCTIONS}\n- * BOMBING [138]\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "France imposed sanctions on Libya in relation to the bombing."
        ),
        ["FRA/LBY/163"]
    );
    assert_eq!(
        codes(&c, "France imposed sanctions on Libya over the bombing."),
        ["FRA/LBY/138"]
    );
}

#[test]
fn a_domestic_act_naming_no_target_takes_the_sources_own_country() {
    let c = common::coder(&[
        (DictKind::Actors, "INDIAN_ [IND]\nBOLIVIAN_ [BOL]\nINDONESIA_ [IDN]\nUNITED_NATIONS_ [IGOUNO]\n"),
        (DictKind::Agents, "FARMER_ {FARMERS_} [~AGR]\nAUTHORITIES_ [~GOV]\nWORKERS_ [~LAB]\n"),
        (DictKind::Verbs, "--- HUNGER_STRIKE [1422] ---\n+BEGIN {BEGAN} $ HUNGER_STRIKE\n\n--- SIEGE [1724] ---\n+DECLARE {DECLARED} $ STATE_OF_SIEGE\n\n--- STRIKE [143] ---\n+WENT_ON_STRIKE\n\n--- CRITICIZE [111] ---\nCRITICIZED\n\n--- BAN [172] ---\nBANNED\n"),
    ]);
    // A protest against no one named is against the country's government.
    assert_eq!(
        codes(&c, "Indian farmers began a hunger strike on Saturday."),
        ["INDAGR/INDGOV/1422"]
    );
    // A state of siege restricts the country's people.
    assert_eq!(
        codes(
            &c,
            "Bolivian authorities declared a state of siege on Friday."
        ),
        ["BOLGOV/BOLCVL/1724"]
    );
    // A strike stays at home, with no role guessed.
    assert_eq!(
        codes(&c, "Workers in Indonesia went on strike."),
        ["IDNLAB/IDN/143"]
    );
    // Another administrative sanction by the state falls on its own country.
    assert_eq!(
        codes(&c, "Bolivian authorities banned all cryptocurrencies."),
        ["BOLGOV/BOL/172"]
    );
    // Not for other acts, nor for an organisation's.
    assert_eq!(
        codes(&c, "Indian farmers criticized on Saturday."),
        ["INDAGR//111"]
    );
    assert_eq!(
        codes(&c, "The United Nations declared a state of siege."),
        ["IGOUNO//1724"]
    );
}

#[test]
fn a_states_protest_takes_no_domestic_target() {
    let c = common::coder(&[
        (DictKind::Actors, "GUATEMALA_ [GTM]\nMEXICAN_ [MEX]\n"),
        (
            DictKind::Agents,
            "ARMY_ [~MIL]\nGANG_ {GANGS_} [~CRM]\nSTUDENTS_ [~EDU]\n",
        ),
        (
            DictKind::Verbs,
            "--- PROTEST [141] ---\nPROTEST {PROTESTED}\nMARCH {MARCHED}\n",
        ),
    ]);
    assert_eq!(codes(&c, "Guatemala protested on Monday."), ["GTM//141"]);
    assert_eq!(
        codes(&c, "Mexican gangs marched in the streets."),
        ["MEXCRM//141"]
    );
    assert_eq!(
        codes(&c, "Mexican students marched in the streets."),
        ["MEXEDU/MEXGOV/141"]
    );
}

#[test]
fn people_placed_or_owned_by_a_participle_take_its_country() {
    let c = common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nRUSSIAN_ [RUS]\nMEXICO_ [MEX]\nMOZAMBIQUE_ [MOZ]\n"),
        (DictKind::Agents, "COMPANIES_ [~BUS]\nPOPULATIONS_ [~CVL]\nMAN_ [~CVL]\n"),
        (DictKind::Verbs, "--- EASE [085] ---\nREMOVED\n\n--- AID [070] ---\nHELPED\n\n--- ARREST [173] ---\nARRESTED\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "The United States removed sanctions on companies linked to Russian oligarchs."
        ),
        ["USA/RUSBUS/085"]
    );
    assert_eq!(
        codes(
            &c,
            "The United States helped populations affected by the cyclone in Mozambique."
        ),
        ["USA/MOZCVL/070"]
    );
    // (Not a purpose: the man is no Mexican for smuggling from Mexico.)
    assert_eq!(
        codes(
            &c,
            "The United States arrested a man for smuggling drugs from Mexico."
        ),
        ["USA/USACVL/173"]
    );
}

#[test]
fn a_thing_an_actor_owns_as_subject_gives_the_verb_no_source() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICO_ [MEX]\nUNITED_STATES_ [USA]\nEGYPT_ [EGY]\n"),
        (DictKind::Verbs, "--- DEMAND [100] ---\nDEMAND\n\n--- EASE [081] ---\nEASE\n- * CURFEW [0813]\n\n--- DECIDE [---] ---\nDECIDE {DECIDED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Mexico's problems demand much more from the United States."
        ),
        Vec::<String>::new()
    );
    // (A body that acts for its possessor still acts: "Egypt's presidency".)
    assert_eq!(
        codes(&c, "Egypt's presidency has decided to ease the curfew."),
        ["EGY//0813"]
    );
}

#[test]
fn an_organ_opening_the_sentence_takes_the_place_the_sentence_names() {
    let c = common::coder(&[
        (DictKind::Actors, "AMMAN_ [JOR]\nSPAIN_ [ESP]\nMEXICANS_ [MEX]\n"),
        (DictKind::Agents, "AUTHORITIES_ [~GOV]\nPOLICE_ [~COP]\nBUSINESSES_ [~BUS]\n"),
        (DictKind::Verbs, "--- EASE [081] ---\nEASE\n- * CURFEW [0813]\n\n--- ARREST [173] ---\nARREST {ARRESTED}\n"),
    ]);
    assert_eq!(
        codes(&c, "Authorities ease curfew as businesses reopen in Amman."),
        ["JORGOV/JORBUS/0813"]
    );
    assert_eq!(
        codes(&c, "Police arrested two Mexicans in Spain."),
        ["ESPCOP/MEX/173"]
    );
}

#[test]
fn a_domestic_de_escalation_naming_no_target_is_towards_the_government() {
    let c = common::coder(&[
        (DictKind::Actors, "BRAZIL_ [BRA]\nETHIOPIAN_ [ETH]\nMEXICAN_ [MEX]\n"),
        (
            DictKind::Agents,
            "WORKERS_ [~LAB]\nREBELS_ [~REB]\nGANGS_ [~CRM]\nARMY_ [~MIL]\n",
        ),
        (
            DictKind::Verbs,
            "--- EASE [082] ---\n+CALL_OFF {CALLED_OFF} * STRIKE\n\n--- DECLARE [---] ---\nDECLARE {DECLARED}\n- * CEASEFIRE [0871]\n",
        ),
    ]);
    // People calling off their strike yield to their government.
    assert_eq!(
        codes(&c, "Public workers in Brazil called off a strike."),
        ["BRALAB/BRAGOV/082"]
    );
    // An armed group's ceasefire is towards its country's government.
    assert_eq!(
        codes(&c, "Ethiopian rebels declared a unilateral ceasefire."),
        ["ETHREB/ETHGOV/0871"]
    );
    // Not a gang's truce (mostly among gangs), nor the state's own.
    assert_eq!(
        codes(&c, "Mexican gangs declared a ceasefire."),
        ["MEXCRM//0871"]
    );
    assert_eq!(
        codes(&c, "The Ethiopian army declared a ceasefire."),
        ["ETHMIL//0871"]
    );
}

#[test]
fn an_ethnic_groups_officials_are_an_actor_of_their_own() {
    let c = common::coder(&[
        (DictKind::Actors, "IRAQI_ [IRQ]\n"),
        (
            DictKind::Agents,
            "KURDISH_ [~KUR]\nOFFICIALS_ [~GOV]\nGOVERNMENT_ [~GOV]\nTROOPS_ [~MIL]\n",
        ),
        (DictKind::Verbs, "--- REJECT [120] ---\nREJECT {REJECTED}\n"),
    ]);
    // (Bare organs are the sentence's own actor's instruments, not an actor; an ethnic
    // group's are its own.)
    assert_eq!(
        codes(
            &c,
            "Top Kurdish officials rejected the plan of the Iraqi government."
        ),
        ["KURGOV/IRQGOV/120"]
    );
    assert_eq!(
        codes(
            &c,
            "Smith and Kurdish officials rejected the plan of the Iraqi government."
        ),
        ["KURGOV/IRQGOV/120"]
    );
}

#[test]
fn the_sources_own_country_named_as_the_place_of_its_force_posture_is_no_target() {
    let c = common::coder(&[
        (DictKind::Actors, "PESHMERGA_ [IRQKURMIL]\nMOSUL_ [IRQ]\n"),
        (DictKind::Agents, "FORCES_ [~MIL]\n"),
        (
            DictKind::Verbs,
            "--- MOBILIZE [154] ---\nINTENSIFY {INTENSIFIED}\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Peshmerga has intensified its forces in a number of areas in Mosul city."
        ),
        ["IRQKURMIL//154"]
    );
}

#[test]
fn the_sources_own_country_as_a_possessor_after_a_place_preposition_is_a_target() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "ATAMBAYEV_ [KGZGOV]\nKYRGYZSTAN_ [KGZ]\nSYRIA_ [SYR]\nSYRIAN_ [SYR]\n",
        ),
        (DictKind::Agents, "FORCES_ [~MIL]\n"),
        (
            DictKind::Verbs,
            "--- URGE [020] ---\n+PUSHED_FOR\n\n--- MOBILIZE [154] ---\nINTENSIFY {INTENSIFIED}\n",
        ),
    ]);
    // Whose constitution: Kyrgyzstan's, the target.
    assert_eq!(
        codes(
            &c,
            "Atambayev has pushed for alterations in the Kyrgyzstan's constitution."
        ),
        ["KGZGOV/KGZ/020"]
    );
    // A possessor of a place is still the place.
    assert_eq!(
        codes(
            &c,
            "Syrian forces intensified their patrols in Syria's northern province."
        ),
        ["SYRMIL//154"]
    );
}

#[test]
fn the_sources_own_country_as_possessor_gives_way_to_no_actor_past_a_participle_clause() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "JAVAD_ZARIF_ [IRNGOV]\nIRAN_ [IRN]\nWASHINGTON_ [USA]\n",
        ),
        (
            DictKind::Verbs,
            "--- DEFEND [074] ---\nDEFEND {DEFENDED}\n\n--- SAY [010] ---\nSAY {SAYING SAID}\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Javad Zarif defended Iran's position, saying Washington was wrong."
        ),
        ["IRNGOV/IRN/074"]
    );
}

#[test]
fn people_of_no_named_country_protesting_against_a_country_are_its_own() {
    let c = common::coder(&[
        (DictKind::Actors, "TRUMP_ADMINISTRATION_ [USAGOV]\nSOUTH_AFRICAN_ [ZAF]\n"),
        (
            DictKind::Agents,
            "ACTIVISTS_ [~OPP]\nMINERS_ [~LAB]\nSOLDIERS_ [~MIL]\n",
        ),
        (
            DictKind::Verbs,
            "--- PROTEST [141] ---\nPROTEST {PROTESTED}\n\n--- STRIKE [143] ---\n+WENT_ON_STRIKE\n\n--- CRITICIZE [111] ---\nCRITICIZED\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "Activists protested the Trump administration's policy."),
        ["USAOPP/USAGOV/141"]
    );
    assert_eq!(
        codes(&c, "Miners went on strike at South African mines."),
        ["ZAFLAB/ZAF/143"]
    );
    // (Only a protest: criticism says nothing of who the critics are.)
    assert_eq!(
        codes(&c, "Activists criticized the Trump administration."),
        ["OPP/USAGOV/111"]
    );
}

#[test]
fn troops_sent_to_a_mission_in_a_country_go_to_the_country() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "BRITAIN_ [GBR]\nMALI_ [MLI]\nUN_PEACEKEEPING_MISSION_ [IGOUNOPKO]\n",
        ),
        (DictKind::Agents, "TROOPS_ [~MIL]\n"),
        (
            DictKind::Verbs,
            "--- DEPLOY [---] ---\nDEPLOY {DEPLOYING DEPLOYED}\n- * &TROOPS_ TO + [074]\n\n&TROOPS_\n+TROOPS\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Britain is deploying 300 troops to the UN peacekeeping mission in Mali."
        ),
        ["GBR/MLI/074"]
    );
    // (Without a country named after it, the mission stays the target.)
    assert_eq!(
        codes(
            &c,
            "Britain is deploying 300 troops to the UN peacekeeping mission."
        ),
        ["GBR/IGOUNOPKO/074"]
    );
}

#[test]
fn a_noun_summing_up_the_clause_after_a_comma_ends_the_object() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "COLOMBIA_ [COL]\nCOLOMBIAN_ [COL]\nMEXICO_ [MEX]\n",
        ),
        (DictKind::Agents, "TRAFFICKERS_ [~CRM]\n"),
        (DictKind::Verbs, "--- PROVIDE [070] ---\nSEND {SENT}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Mexico sent cocaine north, a trend evidenced by seizures in Colombian ports."
        ),
        ["MEX//070"]
    );
    // (Nor a relative clause after a comma.)
    assert_eq!(
        codes(
            &c,
            "Mexico sent cocaine north, which traffickers smuggled to Colombia."
        ),
        ["MEX//070"]
    );
    // (A plain apposition is no summing up: the object comes after it.)
    assert_eq!(
        codes(&c, "Mexico sent cocaine, a lot of it, to Colombia."),
        ["MEX/COL/070"]
    );
}

#[test]
fn a_relative_clause_of_a_plain_noun_has_no_source_from_further_away() {
    let c = common::coder(&[
        (DictKind::Actors, "GUATEMALA_ [GTM]\nMADURO_ [VENGOV]\nVENEZUELAN_ [VEN]\n"),
        (DictKind::Agents, "DRIVERS_ [~LAB]\nPEOPLE_ [~CVL]\n"),
        (DictKind::Verbs, "--- DEMAND [100] ---\nDEMAND {DEMANDS}\n\n--- VIOLATE [128] ---\nDISREGARD {DISREGARDS}\n"),
    ]);
    // (The drivers are threatened by criminal groups, who demand; the drivers demand nothing.)
    assert_eq!(
        codes(
            &c,
            "Drivers in Guatemala face a threat from criminal groups who demand payments."
        ),
        Vec::<String>::new()
    );
    // (Over a comma too.)
    assert_eq!(
        codes(
            &c,
            "Drivers in Guatemala faced violence in the region, which demands payments."
        ),
        Vec::<String>::new()
    );
    // (A predicate noun stands for the subject.)
    assert_eq!(
        codes(
            &c,
            "Maduro is a dictator who disregards the will of the Venezuelan people."
        ),
        ["VENGOV/VENCVL/128"]
    );
}

#[test]
fn a_thing_a_countrys_adjective_names_does_not_act() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "BOLIVIAN_ [BOL]\nIRANIAN_ [IRN]\nIRAQ_ [IRQ]\n",
        ),
        (
            DictKind::Verbs,
            "--- ALLOW [086] ---\nPERMIT {PERMITS}\n\n--- ATTACK [190] ---\nHIT {HITS}\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "Bolivian law permits the cultivation of coca in Iraq."),
        Vec::<String>::new()
    );
    // (An instrument of force is its country's.)
    assert_eq!(codes(&c, "Iranian missiles hit Iraq."), ["IRN/IRQ/190"]);
}

#[test]
fn a_people_of_one_homeland_is_its_people_wherever_named() {
    let c = common::coder(&[
        (DictKind::Actors, "BANGLADESH_ [BGD]\nMYANMAR_ [MMR]\n"),
        (DictKind::Agents, "ROHINGYA_ [~ROH]\nREFUGEES_ [~REF]\n"),
        (DictKind::Verbs, "--- ACCEPT [075] ---\nACCEPT {ACCEPTED}\n"),
    ]);
    assert_eq!(
        codes(&c, "Bangladesh accepted Rohingya refugees."),
        ["BGD/MMRROHREF/075"]
    );
}

#[test]
fn an_actor_after_as_names_the_subjects_role() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "RUSSIAN_ [RUS]\nARMENIA_ [ARM]\nAZERBAIJAN_ [AZE]\n",
        ),
        (
            DictKind::Agents,
            "SOLDIERS_ [~MIL]\nPEACEKEEPING_FORCES_ [~PKO]\n",
        ),
        (DictKind::Verbs, "--- DEPLOY [074] ---\nDEPLOY {DEPLOYED}\n"),
    ]);
    // The peacekeepers are the soldiers themselves, not whom they serve.
    assert!(!codes(
        &c,
        "Russian soldiers were deployed as peacekeeping forces along the border between Armenia and Azerbaijan."
    )
    .contains(&"RUSMIL/RUSPKO/074".to_string()));
}

#[test]
fn government_forces_an_armed_group_acts_on_are_its_countrys() {
    let c = common::coder(&[
        (DictKind::Actors, "TALIBAN_ [AFGREB]\nAFGHAN_ [AFG]\n"),
        (
            DictKind::Agents,
            "MILITANTS_ [~REB]\nGOVERNMENT_SOLDIERS_ [~MIL]\nSOLDIERS_ [~MIL]\n",
        ),
        (
            DictKind::Verbs,
            "--- KILL [180] ---\nKILL {KILLED}\n\n--- ABDUCT [181] ---\nCAPTURE {CAPTURED}\n",
        ),
    ]);
    // The soldiers are Afghanistan's; killing and capturing are two acts.
    assert_eq!(
        codes(
            &c,
            "Taliban militants killed and captured dozens of government soldiers."
        ),
        ["AFGREB/AFGMIL/180", "AFGREB/AFGMIL/181"]
    );
    assert_eq!(
        codes(
            &c,
            "Taliban militants killed and captured dozens of Afghan soldiers."
        ),
        ["AFGREB/AFGMIL/180", "AFGREB/AFGMIL/181"]
    );
}

#[test]
fn people_named_with_the_and_no_actor_before_are_their_kind() {
    let c = common::coder(&[
        (DictKind::Actors, "BRAZIL_ [BRA]\n"),
        (DictKind::Agents, "STRIKERS_ [~LAB]\nOFFICIALS_ [~GOV]\n"),
        (DictKind::Verbs, "--- YIELD [080] ---\nACCEPT {ACCEPTED}\n"),
    ]);
    // "the strikers" stand for no actor named before: they are workers of no named
    // country; not a state's organs, which need their country.
    assert_eq!(codes(&c, "The strikers accepted a formula."), ["LAB//080"]);
    assert!(codes(&c, "The officials accepted a formula.").is_empty());
}

#[test]
fn the_last_item_of_a_subject_list_naming_no_actor_is_the_lists() {
    let c = common::coder(&[
        (DictKind::Actors, "SYRIAN_ [SYR]\nGHOUTA_ [SYR]\n"),
        (DictKind::Agents, "REGIME_ [~GOV]\nREBELS_ [~REB]\n"),
        (DictKind::Verbs, "--- STRIKE [190] ---\nHIT\n"),
    ]);
    // The regime's air strikes and artillery fire: the regime hit the rebels.
    assert_eq!(
        codes(
            &c,
            "Syrian regime air strikes and artillery fire hit the rebels in Ghouta."
        ),
        ["SYRGOV/SYRREB/190"]
    );
}

#[test]
fn a_contact_relatives_target_is_the_noun_before_its_pronoun() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "LIBYAN_NATIONAL_ARMY [LBYMIL]\nTURKISH_ [TUR]\nDERNA [LBY]\n",
        ),
        (
            DictKind::Verbs,
            "--- SEIZE [171] ---\nSEIZE\n--- RELEASE [0842] ---\nRELEASE\n",
        ),
    ]);
    // The ship it seized: the seizure is of the Turkish ship, not of Derna.
    assert_eq!(
        codes(
            &c,
            "The Libyan National Army had released a Turkish ship it seized near the port city of Derna on Monday."
        ),
        ["LBYMIL/TUR/0842", "LBYMIL/TUR/171"]
    );
}

#[test]
fn a_name_the_dictionaries_do_not_know_takes_no_actor_from_a_fronted_clause() {
    let c = common::coder(&[
        (DictKind::Actors, "BEIJING_ [CHN]\nMYANMAR_ [MMR]\n"),
        (DictKind::Agents, "DISSIDENTS_ [~OPP]\n"),
        (DictKind::Verbs, "--- MEET [040] ---\nMEET {MET MEETING}\n+MEET_WITH {+MET_WITH}\n\n--- GIVE [---] ---\nGIVE {GAVE}\n- * SPEECH [010]\n"),
    ]);
    assert!(codes(
        &c,
        "Before leaving for Beijing on Thursday, Smithers met with dissidents from Myanmar."
    )
    .is_empty());
    // (Nor does a verb coordinated with the name's first verb.)
    assert!(codes(&c, "Before leaving for Beijing on Thursday, Smithers was scheduled to give a speech here and meet with dissidents from Myanmar.").is_empty());
}

#[test]
fn a_subordinate_clause_opened_over_a_list_is_no_object() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "JAPAN_ [JPN]\nUNITED_STATES_ [USA]\nGERMANY_ [DEU]\nFRANCE_ [FRA]\n",
        ),
        (DictKind::Verbs, "--- HELP [070] ---\nHELP {HELPED}\n"),
    ]);
    let ev = codes(
        &c,
        "Japan helped draft the accord, when the United States, Germany and France curbed spending.",
    );
    assert!(ev.iter().all(|e| e.starts_with("JPN//")), "{ev:?}");
}

#[test]
fn an_actor_in_a_phrase_of_time_or_concession_is_no_target() {
    let c = common::coder(&[
        (DictKind::Actors, "JAPAN_ [JPN]\nNAKASONE_ [JPNGOV]\nBRAZIL_ [BRA]\nSAUDIS_ [SAU]\nU.S._ [USA]\nNORWAY_ [NOR]\nOPEC_ [IGOOPC]\n"),
        (DictKind::Agents, "OFFICIALS_ [~GOV]\n"),
        (DictKind::Verbs, "--- REDUCE [160] ---\nWITHHOLD {WITHHOLDING WITHHELD}\n\n--- DEMAND [100] ---\nIMPOSE {IMPOSED}\n\n--- DECIDE [030] ---\nDECIDE {DECIDED}\n\n--- REFUSE [120] ---\nDECLINE {DECLINED}\n\n--- ATTACK [190] ---\n+GO_AFTER {+WENT_AFTER}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "U.S. officials are withholding judgment until Nakasone's visit."
        ),
        ["USAGOV//160"]
    );
    assert_eq!(
        codes(
            &c,
            "The Saudis imposed such conditions after Brazil's decision."
        ),
        ["SAU//100"]
    );
    assert_eq!(
        codes(
            &c,
            "Norway decided on the cuts following an OPEC agreement last December."
        ),
        ["NOR//030"]
    );
    // (A refusal is to whoever asked: "despite the request of …".)
    assert_eq!(
        codes(
            &c,
            "Japan declined the plan despite the request of U.S. officials."
        ),
        ["JPN/USAGOV/120"]
    );
    // (Not right after the verb: "went after" is a verb of its own.)
    assert_eq!(codes(&c, "Japan went after the Saudis."), ["JPN/SAU/190"]);
}

#[test]
fn an_abbreviation_in_brackets_after_the_source_is_no_other_party() {
    let c = common::coder(&[
        (DictKind::Actors, "BAHRAIN_ [BHR]\nKUWAIT_ [KWT]\nOMAN_ [OMN]\nQATAR_ [QAT]\nSAUDI_ARABIA_ [SAU]\nUNITED_ARAB_EMIRATES_ [ARE]\nUAE_ [ARE]\n"),
        (DictKind::Agents, "MINISTERS_ [~GOV]\n"),
        (DictKind::Verbs, "--- DISCUSS [040] ---\nDISCUSS {DISCUSSED}\n"),
    ]);
    let ev = codes(
        &c,
        "Issues to be discussed by the ministers from Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates (UAE) would include a recommendation.",
    );
    assert_eq!(ev.len(), 6, "{ev:?}");
    assert!(ev.iter().all(|e| e.ends_with("//040")), "{ev:?}");
}
