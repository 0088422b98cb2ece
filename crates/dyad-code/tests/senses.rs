//! Words a verb dictionary lists that are no verb, or no such act, where they stand in news:
//! participles glued to a name by a hyphen or opened by an adverb describe a noun, "thanks
//! to" is a preposition, an adjective after "be" is no verb, and meeting a need is no
//! meeting; a word after a possessive is a noun ("China's exports from"); an adjective before a noun
//! is no verb ("corrupt customs officials").

mod common;

use common::codes;
use dyad_dict::DictKind;

fn coder() -> dyad_code::Coder {
    common::coder(&[
        (DictKind::Actors, "U.N._ [IGOUNO]\nLIBYA_ [LBY]\nRUSSIAN_ [RUS]\nRUSSIA_ [RUS]\nGERMANY_ [DEU]\nISLAMIC_RELIEF_ [NGO]\nPUTIN_ [RUSGOV]\nERDOGAN_ [TURGOV]\nIRAN_ [IRN]\nCHINA_ [CHN]\nU.S._ [USA]\n"),
        (DictKind::Agents, "GOVERNMENT_ [~GOV]\nREFUGEES_ [~REF]\nCITIZENS_ [~CVL]\n"),
        (DictKind::Verbs, "--- SUPPORT [051] ---\nBACK {BACKED}\n\n--- RECOGNIZE [054] ---\nRECOGNISE {RECOGNISED}\n\n--- THANK [051] ---\nTHANK {THANKS THANKED}\n\n--- RELEASE [0841] ---\nRELEASE {RELEASED}\n\n--- MEET [040] ---\nMEET {MET}\n\n--- RECEIVE [---] ---\nRECEIVE {RECEIVED}\n- * FOOD [073]\n\n--- ARM [062] ---\nARM {ARMS}\n\n--- CORRUPT [180] ---\nCORRUPT\n\n--- EXPORT [061] ---\nEXPORT {EXPORTS}\n\n--- REDUCE [---] ---\nREDUCE {REDUCED}\n"),
    ])
}

#[test]
fn participles_describing_a_noun_are_no_acts() {
    let c = coder();
    assert_eq!(
        codes(
            &c,
            "The U.N.-backed government in Libya released two Russian citizens."
        ),
        ["LBYGOV/RUSCVL/0841"]
    );
    assert_eq!(
        codes(
            &c,
            "The internationally recognised Government of Libya released two Russian citizens."
        ),
        ["LBYGOV/RUSCVL/0841"]
    );
    // (After an auxiliary the participle is the verb.)
    assert_eq!(
        codes(&c, "Russia has strongly backed Libya."),
        ["RUS/LBY/051"]
    );
}

#[test]
fn thanks_to_is_no_thanking_and_meeting_a_need_no_meeting() {
    let c = coder();
    assert_eq!(
        codes(&c, "Refugees in Germany thanked Islamic Relief."),
        ["DEUREF/NGO/051"]
    );
    assert_eq!(
        codes(
            &c,
            "Germany said refugees are safe thanks to Islamic Relief."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Iran met the targets Russia set."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(
            &c,
            "Russia said it will help Iran meet its export commitments."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Calls for a Russian reform have met strong opposition."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Putin met Erdogan."),
        ["RUSGOV/TURGOV/040", "TURGOV/RUSGOV/040"]
    );
}

#[test]
fn a_name_and_a_word_in_s_after_a_verb_are_its_object_and_a_joined_verb_ends_the_reach() {
    let c = common::coder(&[
        (DictKind::Actors, "ETHIOPIA_ [ETH]\nU.S._ [USA]\nIRAN_ [IRN]\n"),
        (DictKind::Verbs, "--- REFUSE [120] ---\nREJECT {REJECTED}\n- * CALLS [120]\n- * ALLEGATIONS [016]\n\n--- DENY [016] ---\nDISMISS {DISMISSED}\n\n--- APPEAL [020] ---\n+CALL_FOR {+CALLS_FOR}\n\n--- SAY [010] ---\nSAY {SAID}\n\n--- WANT [030] ---\nWANT {WANTS}\n"),
    ]);
    // "calls" is the object of "rejected", not a U.S. appeal; "allegations" belongs to
    // "dismissed", out of the reach of "rejected".
    let got = codes(
        &c,
        "Ethiopia rejected U.S. calls for a ceasefire and dismissed allegations of abuse.",
    );
    assert_eq!(got[0], "ETH/USA/120");
    assert!(!got.iter().any(|e| e.ends_with("/020")), "{got:?}");
}

/// "reduced tariffs on $120 billion of China's exports from 15 percent": the tagger reads
/// "exports" after the possessive as a verb in -s and codes the subject's trade with China; after a possessive no verb stands ("it's",
/// "that's" are no possessives).
#[test]
fn a_word_after_a_possessive_is_no_verb() {
    let c = coder();
    assert!(codes(
        &c,
        "U.S. reduced tariffs on $120 billion of China's exports from 15 percent to 7.5 percent."
    )
    .is_empty());
    // (The same word as a verb is one.)
    assert_eq!(codes(&c, "Germany exports cars to Libya."), ["DEU/LBY/061"]);
}

/// "Bolivia, corrupt customs officials in Germany": a plain adjective before a noun is no
/// verb CORRUPT (the tagger's JJ there is reliable), unless a verb makes it its complement
/// ("let free").
#[test]
fn an_adjective_before_a_noun_is_no_verb() {
    let c = coder();
    assert!(codes(
        &c,
        "The ring involved Libya, corrupt customs officials in Germany, and a network in Iran."
    )
    .iter()
    .all(|e| !e.ends_with("/180")));
}

/// "arms" after a particle or as a noun is weapons: "lay down arms", "hand over their arms to
/// Germany" arm no one.
#[test]
fn arms_laid_down_or_handed_over_arm_no_one() {
    let c = coder();
    for text in [
        "Libya said it will lay down arms in exchange for talks.",
        "Libya said it will hand over its arms to Germany.",
    ] {
        let got = codes(&c, text);
        assert!(got.iter().all(|e| !e.ends_with("/062")), "{text}: {got:?}");
    }
}

/// A past form after "most", "least", "more" or "less" before a noun is an adjective:
/// "Mexico's most feared crime group" fears nothing.
#[test]
fn a_graded_past_form_is_an_adjective() {
    let c = common::coder(&[
        (DictKind::Actors, "U.S._ [USA]\nMEXICO_ [MEX]\n"),
        (DictKind::Verbs, "--- FEAR [012] ---\nFEAR {FEARED}\n\n--- PRESSURE [100] ---\n+RATCHET_UP_PRESSURE {+RATCHETS_UP_PRESSURE}\n\n--- ISOLATE [160] ---\nISOLATE {ISOLATED}\n"),
    ]);
    let out = codes(
        &c,
        "The U.S. ratchets up pressure on Mexico's most feared organized crime group.",
    );
    assert!(out.iter().all(|e| !e.ends_with("/012")), "{out:?}");
    assert!(codes(&c, "The U.S. operates in more isolated regions of Mexico.").is_empty());
    // (After "to" a past form is no infinitive: an adjective.)
    assert!(codes(&c, "The U.S. pointed to isolated cases in Mexico.").is_empty());
}

/// A word of suspicion before its noun qualifies it: "charged alleged members of the cartel"
/// alleges nothing; "the US alleged that …" and "has accused Mexico of …" do.
#[test]
fn a_word_of_suspicion_before_its_noun_is_an_adjective() {
    let c = common::coder(&[
        (DictKind::Actors, "U.S._ [USA]\nMEXICO_ [MEX]\nMEXICAN_ [MEX]\n"),
        (DictKind::Agents, "TRAFFICKERS_ [~CRM]\n"),
        (DictKind::Verbs, "--- ACCUSE [112] ---\nALLEGE {ALLEGED}\nACCUSE {ACCUSED}\n\n--- ARREST [173] ---\nARREST {ARRESTED}\n"),
    ]);
    assert_eq!(
        codes(&c, "The U.S. arrested alleged Mexican traffickers."),
        ["USA/MEXCRM/173"]
    );
    assert_eq!(
        codes(&c, "The U.S. has accused Mexico of corruption."),
        ["USA/MEX/112"]
    );
    // (So in a title-case headline, whatever the word before.)
    assert!(codes(&c, "Mexico Busts Alleged U.S. Trafficker").is_empty());
}

/// A gerund after an adverb that opens a noun phrase qualifies the noun: "an extremely
/// pressing issue for Honduras" presses no one.
#[test]
fn a_gerund_after_an_opening_adverb_is_an_adjective() {
    let c = common::coder(&[
        (DictKind::Actors, "HONDURAS_ [HND]\nMEXICO_ [MEX]\n"),
        (
            DictKind::Verbs,
            "--- PRESSURE [100] ---\nPRESS {PRESSING}\n",
        ),
    ]);
    assert!(codes(
        &c,
        "Mexico lost its crusader against corruption, an extremely pressing issue for Honduras."
    )
    .is_empty());
}

/// A title-case headline is read in lower case: "Honduras Arrests Member of Drug Clan" has
/// its verb; "Mexico Journalist Killed While Reporting" is a passive with no one who acted.
#[test]
fn a_title_case_headline_has_its_verb() {
    let c = common::coder(&[
        (DictKind::Actors, "HONDURAS_ [HND]\nMEXICO_ [MEX]\n"),
        (DictKind::Agents, "JOURNALIST_ [~MED]\nMEMBER_ [~CVL]\n"),
        (DictKind::Verbs, "--- ARREST [173] ---\nARREST {ARRESTS ARRESTED}\n\n--- KILL [190] ---\nKILL {KILLS KILLED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "In Historic Action, Honduras Arrests Member of Prominent Drug Clan."
        ),
        ["HND//173"]
    );
    assert!(codes(
        &c,
        "Mexico Journalist Killed While Reporting on Fuel Theft."
    )
    .is_empty());
}

/// A headline's plural subject takes the base form: "UN Leaders appeal for …", "Germany and
/// UNICEF hand over …" have their verb though the tagger reads a noun.
#[test]
fn a_headlines_base_form_after_a_plural_subject_is_its_verb() {
    let c = common::coder(&[
        (DictKind::Actors, "UN_ [IGOUNO]\nYEMEN_ [YEM]\n"),
        (DictKind::Agents, "LEADERS_ [~GOV]\n"),
        (DictKind::Verbs, "--- APPEAL [020] ---\nAPPEAL\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "UN Leaders appeal for immediate lifting of the blockade in Yemen."
        ),
        ["IGOUNO/YEM/020"]
    );
}

#[test]
fn naming_something_is_no_telephone_call() {
    let c = common::coder(&[
        (DictKind::Actors, "IRAN_ [IRN]\nIRAQ_ [IRQ]\n"),
        (DictKind::Agents, "REGIME_ [~GOV]\n"),
        (
            DictKind::Verbs,
            "--- TELEPHONE [041] ---\nCALL {CALLED}\n\n--- CONDEMN [111] ---\nCONDEMN {CONDEMNED}\n",
        ),
    ]);
    assert_eq!(codes(&c, "Iran called Iraq on Monday."), ["IRN/IRQ/041"]);
    // ("what it called …": a name given.)
    assert_eq!(
        codes(
            &c,
            "Iran condemned what it called the tottering regime in Iraq."
        ),
        ["IRN/IRQGOV/111"]
    );
}

#[test]
fn a_participle_after_well_before_its_noun_is_an_adjective() {
    let c = common::coder(&[
        (DictKind::Actors, "SPAIN_ [ESP]\nMEXICAN_ [MEX]\n"),
        (DictKind::Agents, "TRAFFICKERS_ [~CRM]\n"),
        (DictKind::Verbs, "--- BEAT [182] ---\nBEAT {BEATEN}\n"),
    ]);
    assert!(codes(
        &c,
        "Mexican traffickers followed a well beaten path to Spain."
    )
    .is_empty());
}

#[test]
fn an_irregular_past_read_as_a_preposition_is_the_verb() {
    let c = common::coder(&[
        (DictKind::Actors, "BOKO_HARAM_ [NGAINS]\nNIGERIA_ [NGA]\n"),
        (DictKind::Agents, "JIHADISTS_ [~REB]\n"),
        (
            DictKind::Verbs,
            "--- OCCUPY [192] ---\nOVERRUN {OVERRUNS OVERRAN OVERRUNNING}\n",
        ),
    ]);
    // (The tagger reads the unknown "overran" as a preposition.)
    let got = codes(
        &c,
        "Boko Haram jihadists overran a military base in northeast Nigeria after a ferocious firefight.",
    );
    assert!(got.iter().any(|e| e.ends_with("/192")), "{got:?}");
}

#[test]
fn a_crime_fought_is_no_act() {
    let c = common::coder(&[
        (DictKind::Actors, "VENEZUELA_ [VEN]\n"),
        (
            DictKind::Verbs,
            "--- ABDUCT [181] ---\nKIDNAP {KIDNAPPING KIDNAPPED}\n\n--- ANNOUNCE [---] ---\nANNOUNCE {ANNOUNCED}\n",
        ),
    ]);
    assert!(codes(
        &c,
        "Venezuela announced a new national strategy to combat kidnapping."
    )
    .is_empty());
}

#[test]
fn demonstrating_something_is_showing_it_no_protest() {
    let c = common::coder(&[
        (DictKind::Actors, "IRAN_ [IRN]\nIRAQ_ [IRQ]\n"),
        (
            DictKind::Verbs,
            "--- PROTEST [141] ---\nDEMONSTRATE\n- * MIGHT [150]\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "The record of Iran demonstrates new holdings in Iraq."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Iran demonstrated that Iraq lied."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Iran demonstrated Friday against Iraq."),
        ["IRN/IRQ/141"]
    );
    // (The verb's patterns still code what they name.)
    assert_eq!(
        codes(&c, "Iran demonstrated military might near Iraq."),
        ["IRN/IRQ/150"]
    );
}

#[test]
fn a_gerund_in_a_comma_list_of_nouns_is_a_noun() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICO_ [MEX]\n"),
        (DictKind::Agents, "GANGS_ [~CRM]\nPEOPLE_ [~CVL]\n"),
        (
            DictKind::Verbs,
            "--- ABDUCT [181] ---\nKIDNAP {KIDNAPPED KIDNAPPING}\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Gangs in Mexico profit from extortion, kidnapping, and contract killings."
        ),
        Vec::<String>::new()
    );
    // (Not a verb with its own object: "…, kidnapping 10 people".)
    assert_eq!(
        codes(
            &c,
            "Gangs in Mexico stormed the town, kidnapping 10 people."
        ),
        ["MEXCRM//181"]
    );
}

#[test]
fn an_act_said_to_be_easy_or_difficult_is_no_act() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICAN_ [MEX]\nHONDURAS_ [HND]\n"),
        (DictKind::Agents, "POLICE_ [~COP]\n"),
        (DictKind::Verbs, "--- ARREST [173] ---\nARREST {ARRESTED}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Barriers make it difficult for Mexican police to arrest cartel leaders."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(
            &c,
            "Mexican police have few resources, making it nearly impossible to arrest them."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Mexican police arrested cartel leaders in Honduras."),
        ["MEXCOP/HND/173"]
    );
}

#[test]
fn a_gerund_naming_a_kind_of_act_is_a_noun() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICO_ [MEX]\nFARC_ [COLREB]\n"),
        (DictKind::Agents, "GANGS_ [~CRM]\nFARMERS_ [~AGR]\nMIGRANTS_ [~REF]\n"),
        (DictKind::Verbs, "--- ABDUCT [181] ---\nKIDNAP {KIDNAPPED KIDNAPPING}\n\n--- RENOUNCE [---] ---\nRENOUNCE {RENOUNCED}\n"),
    ]);
    // (Before a plain noun it modifies; with no object after a verb.)
    assert_eq!(
        codes(&c, "Mexico has the highest kidnapping rates in the region."),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "The FARC renounced kidnapping in 2012."),
        Vec::<String>::new()
    );
    // (With people as its object, after a noun, or as a progressive: an act.)
    assert_eq!(
        codes(&c, "Gangs in Mexico began kidnapping farmers."),
        ["MEXCRM/MEXAGR/181"]
    );
    assert_eq!(
        codes(
            &c,
            "The FARC have been actively kidnapping migrants in Mexico."
        ),
        ["COLREB/MEXREF/181"]
    );
}

#[test]
fn a_word_in_s_is_the_verb_of_a_clause_without_one() {
    let c = common::coder(&[
        (DictKind::Actors, "US_ [USA]\nIRAQI_ [IRQ]\n"),
        (DictKind::Agents, "MILITARY_ [~MIL]\nPILOTS_ [~MIL]\n"),
        (
            DictKind::Verbs,
            "--- TRAIN [072] ---\nTRAIN {TRAINS TRAINED}\n\n--- SAY [010] ---\nSAY {SAID}\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "The US military trains Iraqi pilots, Roberts said."),
        ["USAMIL/IRQMIL/072"]
    );
}

#[test]
fn a_gerund_after_a_plain_singular_noun_before_another_is_a_compound() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICO_ [MEX]\n"),
        (DictKind::Agents, "MILITARY_ [~MIL]\n"),
        (DictKind::Verbs, "--- FIGHT [190] ---\nFIGHT {FIGHTING}\n\n--- DEMAND [100] ---\nDEMAND {DEMANDING}\n\n--- WRITE [---] ---\nWRITE {WROTE}\n"),
    ]);
    assert_eq!(
        codes(
            &c,
            "Mexico involved the military in crime fighting activities."
        ),
        Vec::<String>::new()
    );
    // (A document says what it says: "a letter demanding repayment".)
    assert_eq!(
        codes(&c, "Mexico wrote a letter demanding repayment."),
        ["MEX//100"]
    );
}

#[test]
fn a_judging_ing_word_after_be_with_no_object_is_an_adjective() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "MEXICO_ [MEX]\nSPAIN_ [ESP]\nISRAEL_ [ISR]\nGAZA_ [PSE]\n",
        ),
        (
            DictKind::Verbs,
            "--- STRIKE [190] ---\nSTRIKE {STRIKING STRUCK}\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "The traffic from Mexico to Spain is striking."),
        Vec::<String>::new()
    );
    // (With an object it is the verb.)
    assert_eq!(codes(&c, "Israel is striking Gaza."), ["ISR/PSE/190"]);
}

#[test]
fn a_verb_form_after_a_determiner_before_an_auxiliary_is_a_noun() {
    // ("all leave had been cancelled": the subject of "had", no verb LEAVE.)
    let c = common::coder(&[
        (DictKind::Actors, "REUTERS_ [MED]\nERGENC_ [TURGOV]\n"),
        (
            DictKind::Verbs,
            "--- LEAVE [042] ---\nLEAVE\n\n--- TELL [---] ---\nTELL {TOLD}\n",
        ),
    ]);
    assert!(common::codes(
        &c,
        "Ergenc told Reuters later that all leave had been cancelled for the armed forces."
    )
    .iter()
    .all(|e| !e.ends_with("/042")));
}

#[test]
fn a_longer_pattern_word_inside_the_nearer_nouns_complement_gives_way() {
    // (PETRARCH-2 matches a pattern's noun in the object's head: "launched an attack on the
    // Iraqi embassy" is ATTACK's, though EMBASSY has more letters; a pattern's own
    // prepositional phrase is the verb's and keeps its length: "hit positions in the region
    // with missiles".)
    let c = common::coder(&[
        (DictKind::Actors, "ISIL_ [IMGMUSISI]\nIRAQI_ [IRQ]\nYEMEN_ [YEM]\nSAUDI_ [SAU]\n"),
        (DictKind::Agents, "EMBASSY_ [~GOV]\n"),
        (DictKind::Verbs, "--- START [---] ---\nLAUNCH {LAUNCHED}\n- * EMBASSY [054]\n- * ATTACK [190]\n\n--- HIT [190] ---\nHIT\n- * POSITIONS [193]\n- * (WITH MISSILES) [195]\n"),
    ]);
    assert_eq!(
        common::codes(&c, "ISIL launched an attack on the Iraqi embassy."),
        ["IMGMUSISI/IRQGOV/190"]
    );
    assert_eq!(
        common::codes(&c, "Yemen hit Saudi positions in the region with missiles."),
        ["YEM/SAU/195"]
    );
}

#[test]
fn a_participle_before_a_verb_read_as_a_noun_is_a_reduced_passive() {
    // ("The eight men arrested face charges": the arrest names no one who made it.)
    let c = common::coder(&[
        (DictKind::Agents, "MEN_ [~CVL]\n"),
        (DictKind::Verbs, "--- ARREST [173] ---\nARREST {ARRESTED}\n"),
    ]);
    assert!(common::codes(
        &c,
        "The eight men arrested face federal charges of conspiracy."
    )
    .is_empty());
}

#[test]
fn fighting_a_social_ill_has_no_adversary() {
    // (a dictionary without "- * FAMINE [---]", as the Phoenix set is: no actor further on
    // becomes the enemy; a pattern word past the object does not name it)
    let c = common::coder(&[
        (DictKind::Actors, "GHANA_ [GHA]\nTOGO_ [TGO]\nMEXICO_ [MEX]\nGUATEMALA_ [GTM]\n"),
        (DictKind::Agents, "ARMY_ [~MIL]\n"),
        (
            DictKind::Verbs,
            "--- FIGHT [190] ---\nFIGHT {FIGHTS FOUGHT FIGHTING}\nCOMBAT\nBATTLE {BATTLED}\n- * WITH [190:190]\n",
        ),
    ]);
    for text in [
        "Ghana is taking steps to combat imminent famine near its border with Togo.",
        "Mexico is fighting inflation and unemployment on the border with Guatemala.",
        "The Ghana army battled the spread of malaria in areas bordering Togo.",
        "Mexico will fight against organized crime near Guatemala.",
    ] {
        assert_eq!(codes(&c, text), Vec::<String>::new(), "{text}");
    }
    // (an adversary stays one)
    assert_eq!(codes(&c, "Ghana fought Togo."), ["GHA/TGO/190"]);
    assert_eq!(
        codes(&c, "Ghana fought with Togo."),
        ["GHA/TGO/190", "TGO/GHA/190"]
    );
}

#[test]
fn serving_as_something_is_a_role_not_aid() {
    // (a dictionary listing SERVE as aid, as the Phoenix set does)
    let c = common::coder(&[
        (
            DictKind::Actors,
            "COSTA_RICA_ [CRI]\nCOLOMBIAN_ [COL]\nMEXICAN_ [MEX]\nFARC_ [COLREB]\n",
        ),
        (DictKind::Agents, "CARTELS_ [~CRM]\nBUSINESSMAN_ [~BUS]\n"),
        (
            DictKind::Verbs,
            "--- AID [060] ---\nSERVE {SERVES SERVED SERVING}\nHELP {HELPED}\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Costa Rica has served as a meeting point for Colombian and Mexican cartels."
        ),
        Vec::<String>::new()
    );
    // (a go-between acts for the ones it links; other verbs of the block stay)
    assert_eq!(
        codes(
            &c,
            "The Colombian businessman served as a contact for the FARC."
        ),
        ["COLBUS/COLREB/060"]
    );
    assert_eq!(
        codes(&c, "Costa Rica helped Colombian cartels."),
        ["CRI/COLCRM/060"]
    );
}

#[test]
fn a_second_verb_file_in_its_own_synset_scope_keeps_its_sets_apart() {
    use std::sync::Arc;
    let first = "&TRUCE\n+TRUCE\n\n--- PRAISE [051] ---\nHAIL {HAILED}\n- * &TRUCE [0871]\n";
    let second = "&TRUCE\n+ARMISTICE\n\n--- SIGN [057] ---\nSIGN {SIGNED}\n- * &TRUCE [0871]\n";
    let coder = |scoped: bool| {
        let mut b = dyad_dict::DictionariesBuilder::new();
        b.add_str(DictKind::Actors, "a", "IRAN_ [IRN]\nIRAQ_ [IRQ]\n");
        b.add_str(DictKind::Verbs, "v1", first);
        if scoped {
            b.new_synset_scope();
        }
        b.add_str(DictKind::Verbs, "v2", second);
        dyad_code::Coder::new(Arc::new(b.build()))
    };
    let text = "Iran hailed an armistice with Iraq.";
    // (merged, the first file's &TRUCE takes the second's members too)
    assert_eq!(codes(&coder(false), text), ["IRN/IRQ/0871"]);
    assert_eq!(codes(&coder(true), text), ["IRN/IRQ/051"]);
    assert_eq!(
        codes(&coder(true), "Iran signed an armistice with Iraq."),
        ["IRN/IRQ/0871"]
    );
}

#[test]
fn verbs_whose_default_says_nothing_code_only_by_pattern() {
    // The Phoenix set's APPREHEND block: "take" by its default code is an arrest (171).
    let c = common::coder(&[
        (
            DictKind::Actors,
            "TURKEY_ [TUR]\nTURKISH_ [TUR]\nGREECE_ [GRC]\nGREEK_ [GRC]\nJAPAN_ [JPN]\nU.S._ [USA]\nWASHINGTON_ [USA]\nIRAN_ [IRN]\n",
        ),
        (DictKind::Agents, "SOLDIERS_ [~MIL]\n"),
        (
            DictKind::Verbs,
            "&TOWN\n+TOWN\n+ISLANDS\n\n--- APPREHEND [171] ---\nARREST\nTAKE {TAKES TOOK TAKEN TAKING}\n- * + HOSTAGE [181]\n- * &TOWN [192]\n\n--- SAY [010] ---\nSAY {SAID SAYS SAYING}\n\n--- CONSIDER [040] ---\nTHINK {THINKS THINKING THOUGHT}\n\n--- BOOST [060] ---\nINCREASE\n- * AID [073]\n\n--- GRANT [060] ---\nGIVE {GIVES GAVE GIVEN GIVING}\n- * AID [073]\n\n--- TRADE [060] ---\nTRADE {TRADES TRADED TRADING}\n",
        ),
    ]);
    // (A seizure its pattern names is one.)
    assert_eq!(
        codes(&c, "Turkey took two Greek soldiers hostage."),
        ["TUR/GRCMIL/181"]
    );
    assert_eq!(codes(&c, "Turkey took the Greek islands."), ["TUR/GRC/192"]);
    // "took place": it happened, whatever the later words match.
    assert!(codes(
        &c,
        "The Turkish intrusions took place over the Greek islands."
    )
    .is_empty());
    // "take" by its default code alone: a stance, steps, a stake.
    assert!(codes(&c, "The U.S. took a tough stand against Japan.").is_empty());
    assert!(codes(&c, "Japan will take steps against the U.S.").is_empty());
    // (Asked of someone, it is a demand all the same.)
    assert_eq!(
        codes(&c, "Iran said Washington needs to take the first step."),
        ["IRN/USA/100"]
    );
    // So for the other verbs whose default says nothing: thinking is no consultation,
    // an increase no cooperation — unless a pattern names what is increased.
    assert!(codes(&c, "Japan thought the U.S. would cut its rates.").is_empty());
    assert!(codes(&c, "Japan increased its exports to the U.S.").is_empty());
    assert_eq!(
        codes(&c, "Japan increased its aid to Iran."),
        ["JPN/IRN/073"]
    );
    // (A verb of giving whose default is only "material cooperation", 060.)
    assert!(codes(
        &c,
        "Japan gave the U.S. a preliminary breakdown of its grain."
    )
    .is_empty());
    assert_eq!(codes(&c, "Japan gave aid to Iran."), ["JPN/IRN/073"]);
    assert!(codes(&c, "Japan traded futures with U.S. banks.").is_empty());
}

#[test]
fn rulings_influence_and_struggles_are_no_cooperation_or_fighting() {
    // The Phoenix set's OVERSEE_MANAGE (060), INFLUENCE (050) and PHYSICAL_CONFLICT (190)
    // blocks: a court's ruling, an influence and a struggle to do something by their
    // default codes alone.
    let c = common::coder(&[
        (
            DictKind::Actors,
            "JAPAN_ [JPN]\nU.S._ [USA]\nCANADA_ [CAN]\nCANADIAN_ [CAN]\nGUATEMALA_ [GTM]\nEL_SALVADOR_ [SLV]\n",
        ),
        (DictKind::Agents, "COURT_ [~JUD]\n"),
        (
            DictKind::Verbs,
            "--- OVERSEE_MANAGE [060] ---\nRULE {RULES RULED RULING}\n\n--- INFLUENCE [050] ---\nINFLUENCE {INFLUENCES INFLUENCED INFLUENCING}\n- * &VOTE [051]\n\n--- PHYSICAL_CONFLICT [190] ---\nSTRUGGLE {STRUGGLES STRUGGLED STRUGGLING}\nFIGHT {FIGHTS FOUGHT FIGHTING}\n\n&VOTE\n+VOTE\n",
        ),
    ]);
    assert!(codes(
        &c,
        "A Canadian court ruled that U.S. corn imports were injuring Canadian growers."
    )
    .is_empty());
    assert!(codes(&c, "Japan influenced the U.S. markets.").is_empty());
    assert_eq!(
        codes(&c, "Japan influenced the U.S. vote."),
        ["JPN/USA/051"]
    );
    assert!(codes(
        &c,
        "El Salvador and Guatemala have struggled to improve security on their borders."
    )
    .is_empty());
    // (Fighting is fighting.)
    assert_eq!(codes(&c, "Guatemala fought El Salvador."), ["GTM/SLV/190"]);
}

#[test]
fn thinking_is_no_consultation_but_may_be_a_policy_option() {
    // The Phoenix set's CONSIDER block: its default 040 says nothing; its patterns do.
    let phoenix = common::coder(&[
        (DictKind::Actors, "KUWAIT_ [KWT]\nUSSR_ [SUN]\nJAPAN_ [JPN]\nU.S._ [USA]\n"),
        (
            DictKind::Verbs,
            "--- CONSIDER [040] ---\nCONSIDER {CONSIDERS CONSIDERED CONSIDERING}\nSPECULATE {SPECULATED}\n- * SANCTIONS AGAINST [1312]\n",
        ),
    ]);
    assert!(codes(
        &phoenix,
        "Kuwait had considered having both USSR and U.S. escorts."
    )
    .is_empty());
    assert!(codes(&phoenix, "Japan speculated on the U.S. markets.").is_empty());
    assert_eq!(
        codes(&phoenix, "Japan considered sanctions against the U.S."),
        ["JPN/USA/1312"]
    );
    // (A dictionary whose default for "consider" is a policy option keeps it.)
    let own = common::coder(&[
        (DictKind::Actors, "JAPAN_ [JPN]\nU.S._ [USA]\n"),
        (
            DictKind::Verbs,
            "--- CONSIDER [014] ---\nCONSIDER {CONSIDERS CONSIDERED CONSIDERING}\n",
        ),
    ]);
    assert_eq!(
        codes(&own, "Japan considered a trade agreement with the U.S."),
        ["JPN/USA/014"]
    );
}

#[test]
fn released_information_and_a_plea_in_court_are_no_release_or_appeal() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICO_ [MEX]\nMEXICAN_ [MEX]\nU.S._ [USA]\n"),
        (DictKind::Agents, "GOVERNMENT_ [~GOV]\nGANGSTERS_ [~CRM]\nTRAFFICKER_ [~CRM]\nAUTHORITIES_ [~GOV]\n"),
        (
            DictKind::Verbs,
            "--- RELEASE [0841] ---\nRELEASE {RELEASES RELEASED RELEASING}\n- * STATEMENT [010]\n\n--- APPEAL [020] ---\nPLEAD {PLEADS PLEADED PLEADING}\n",
        ),
    ]);
    assert!(codes(
        &c,
        "The Mexican government released figures on homicides by Mexican gangsters."
    )
    .is_empty());
    // (A pattern that names the information codes it.)
    assert_eq!(
        codes(
            &c,
            "The Mexican government released a statement on U.S. authorities."
        ),
        ["MEXGOV/USAGOV/010"]
    );
    // (People released are released.)
    assert_eq!(
        codes(&c, "The Mexican government released U.S. authorities."),
        ["MEXGOV/USAGOV/0841"]
    );
    assert!(codes(
        &c,
        "A Mexican trafficker pleaded guilty in exchange for cooperating with U.S. authorities."
    )
    .is_empty());
    assert_eq!(
        codes(&c, "A Mexican trafficker pleaded with U.S. authorities."),
        ["MEXCRM/USAGOV/020"]
    );
}

#[test]
fn a_noun_of_partners_in_a_sentence_whose_verb_comes_late_is_no_verb() {
    let c = common::coder(&[
        (DictKind::Actors, "UNITED_STATES_ [USA]\nWEST_GERMANY_ [DEU]\nFRANCE_ [FRA]\nBRITAIN_ [GBR]\nPARIS_ [FRA]\n"),
        (
            DictKind::Verbs,
            "--- COLLABORATE [050] ---\nALLY {ALLIES ALLIED ALLYING}\n\n--- MEET [040] ---\nMEET {MET MEETS}\n",
        ),
    ]);
    let ev = codes(
        &c,
        "The United States and major trade allies West Germany, France and Britain met recently in Paris.",
    );
    assert!(ev.iter().all(|e| !e.ends_with("/050")), "{ev:?}");
}

#[test]
fn an_adjective_a_degree_word_grades_is_no_verb() {
    let c = coder();
    for text in [
        "The Russian government is the most corrupt in China.",
        "The Russian government became more corrupt than China.",
    ] {
        assert_eq!(codes(&c, text), Vec::<String>::new(), "{text}");
    }
    // (The verb itself stays one.)
    assert_eq!(codes(&c, "Russia corrupted China."), ["RUS/CHN/180"]);
}

#[test]
fn a_pattern_naming_the_word_after_the_verb_beats_one_before_it() {
    // "took part" is an idiom: the pattern on PART reads it, however long the pattern on
    // the words before the verb ("- SECURITY FORCES *").
    let c = common::coder(&[
        (DictKind::Actors, "BRAZIL_ [BRA]\nBOLIVIA_ [BOL]\n"),
        (DictKind::Agents, "TROOPS_ [~MIL]\n"),
        (
            DictKind::Verbs,
            "--- SEIZE [171] ---\nTAKE {TAKES TOOK TAKEN}\n- SECURITY FORCES * [192]\n- * PART [030]\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Brazil's security forces took part in an operation with Bolivia."
        ),
        ["BRA/BOL/030"]
    );
    assert_eq!(
        codes(&c, "Brazil's security forces took a town from Bolivia."),
        ["BRA/BOL/192"]
    );
}

#[test]
fn a_participle_joined_to_a_graded_adjective_and_a_listed_plural_are_no_verbs() {
    let c = common::coder(&[
        (DictKind::Actors, "MEXICO_ [MEX]\nBOLIVIA_ [BOL]\n"),
        (DictKind::Agents, "CARTELS_ [~CRM]\n"),
        (
            DictKind::Verbs,
            "--- FEAR [012] ---\nFEAR {FEARS FEARED}\n\n--- ARREST [173] ---\nARREST {ARRESTS ARRESTED}\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "The Zetas are one of Mexico's most powerful and feared cartels."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(
            &c,
            "Bolivia saw numerous accidents, sightings, and arrests."
        ),
        Vec::<String>::new()
    );
}
