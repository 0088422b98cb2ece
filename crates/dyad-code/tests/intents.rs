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
