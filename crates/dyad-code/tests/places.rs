//! Places in news mode: a country named only as a border or a coast is where something
//! happened, and "given" opening a phrase is no verb.

mod common;

use common::codes;
use dyad_dict::DictKind;

fn coder() -> dyad_code::Coder {
    common::coder(&[
        (DictKind::Actors, "PARAGUAY_ [PRY]\nBRAZILIAN_ [BRA]\nPANAMA_ [PAN]\nCOLOMBIA_ [COL]\n"),
        (DictKind::Agents, "POLICE_ [~COP]\n"),
        (DictKind::Verbs, "--- STEAL [171] ---\nSTEAL {STOLE STOLEN}\n\n--- GIVE [070] ---\nGIVE {GAVE GIVEN}\n\n--- ATTACK [190] ---\nATTACK {ATTACKED}\n"),
    ])
}

#[test]
fn a_country_named_as_a_border_after_a_place_preposition_is_no_actor() {
    let c = coder();
    assert_eq!(
        codes(
            &c,
            "Paraguay police stationed along the Brazilian border stole a shipment."
        ),
        ["PRYCOP//171"]
    );
    // The border as what is acted on keeps its country.
    assert_eq!(
        codes(&c, "Paraguay police attacked the Brazilian border."),
        ["PRYCOP/BRA/190"]
    );
}

#[test]
fn given_opening_a_phrase_is_no_verb() {
    let c = coder();
    let text = "Colombia is a key route, given its border with Panama.";
    let tags = c.sentence_tags(text, dyad_core::Span::new(0, text.len()));
    // Colombia is a key route , given …
    assert_eq!(tags[6], dyad_pos::Tag::IN);
    // (Before a bare noun phrase too: "…, given commitments by Paraguay to …".)
    assert_eq!(
        codes(
            &c,
            "Colombia and Panama agreed that rates were stable, given commitments by Paraguay to cut spending."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&c, "Colombia has given Panama a loan."),
        ["COL/PAN/070"]
    );
}

#[test]
fn a_country_naming_a_currency_is_no_actor() {
    let c = common::coder(&[
        (DictKind::Actors, "SWISS_ [CHE]\nGERMANY_ [DEU]\n"),
        (DictKind::Verbs, "--- GIVE [070] ---\nGIVE {GAVE GIVEN}\n"),
    ]);
    assert_eq!(
        codes(&c, "Germany gave 150 mln Swiss francs."),
        ["DEU//070"]
    );
    assert_eq!(codes(&c, "Germany gave the Swiss aid."), ["DEU/CHE/070"]);
}

#[test]
fn a_title_participle_before_a_noun_is_an_adjective() {
    let c = coder();
    let text = "Patrick de Saint-Aignan, managing director of swaps for Morgan Stanley, said.";
    let span = dyad_core::Span::new(0, text.len());
    let tags = c.sentence_tags(text, span);
    let at = dyad_text::tokenize(text, span)
        .iter()
        .position(|t| t.norm == "MANAGING")
        .unwrap();
    assert_eq!(tags[at], dyad_pos::Tag::JJ);
}

#[test]
fn a_participle_between_a_preposition_and_a_noun_is_an_adjective() {
    let c = coder();
    let text = "Iran opened its borders to displaced Afghans.";
    let span = dyad_core::Span::new(0, text.len());
    let tags = c.sentence_tags(text, span);
    let at = dyad_text::tokenize(text, span)
        .iter()
        .position(|t| t.norm == "DISPLACED")
        .unwrap();
    assert_eq!(tags[at], dyad_pos::Tag::JJ);
    // ("from food to stolen cars": no infinitive, whatever the tagger read)
    assert_eq!(
        codes(
            &c,
            "Paraguay is a hub for products ranging from food to stolen cars from Colombia."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_city_naming_an_agreement_by_its_venue_is_no_party() {
    let c = common::coder(&[
        (
            DictKind::Actors,
            "ITALY_ [ITA]\nPARIS_ [FRA]\nRUSSIA_ [RUS]\n",
        ),
        (
            DictKind::Verbs,
            "--- REJECT [120] ---\nREJECT {REJECTED}\n\n--- ATTACK [190] ---\nATTACK {ATTACKED}\n",
        ),
    ]);
    assert_eq!(
        codes(&c, "Italy rejected the Paris agreement."),
        ["ITA//120"]
    );
    assert_eq!(codes(&c, "Russia attacked Paris."), ["RUS/FRA/190"]);
}

#[test]
fn a_country_naming_a_language_is_no_actor() {
    let c = common::coder(&[
        (DictKind::Actors, "SPANISH_ [ESP]\nGUATEMALA_ [GTM]\n"),
        (DictKind::Agents, "POLICE_ [~COP]\n"),
        (
            DictKind::Verbs,
            "--- COOPERATE [060] ---\n+WORK_WITH {+WORKED_WITH}\n",
        ),
    ]);
    assert_eq!(
        codes(
            &c,
            "Guatemala's police, known by its Spanish initials, has worked with Spanish police."
        ),
        ["GTMCOP/ESPCOP/060"]
    );
    assert_eq!(
        codes(
            &c,
            "Guatemala, known by its Spanish acronym, has worked with prosecutors."
        ),
        ["GTM//060"]
    );
}
