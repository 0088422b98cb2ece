//! CAMEO code conversions for modal acts: the demand (10x), appeal (02x), intent (03x) and
//! threat (13x) codes that correspond to an act's code. See the crate README, "Modality".

use dyad_core::cameo;

/// The 10x demand code for demanding the act `code` ("should withdraw" → 1056).
pub fn demand_code(code: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("061", "1011"),
        ("062", "1012"),
        ("063", "1013"),
        ("064", "1014"),
        ("06", "101"),
        ("05", "102"),
        ("071", "1031"),
        ("072", "1032"),
        ("073", "1033"),
        ("074", "1034"),
        ("07", "103"),
        ("0831", "1041"),
        ("0832", "1042"),
        ("0833", "1043"),
        ("0834", "1044"),
        ("083", "104"),
        ("081", "1051"),
        ("082", "1052"),
        ("084", "1053"),
        ("085", "1054"),
        ("086", "1055"),
        ("087", "1056"),
        ("08", "105"),
        ("04", "106"),
    ];
    table
        .iter()
        .find(|(p, _)| code.starts_with(p))
        .map_or("100", |(_, c)| c)
        .to_string()
}

/// Replaces the `10` of a demand code by `prefix` (`02` appeal, `03` intent), falling back to
/// shorter codes that exist in the CAMEO table.
fn swap(demand: &str, prefix: &str) -> String {
    let mut c = format!("{prefix}{}", &demand[2..]);
    while cameo::lookup(&c).is_none() && c.len() > 3 {
        c.pop();
    }
    if cameo::lookup(&c).is_none() {
        c = format!("{prefix}0");
    }
    c
}

/// The 02x appeal code for calling on someone to do `code` ("called on X to respect" → 022).
pub fn appeal_code(code: &str) -> String {
    swap(&demand_code(code), "02")
}

/// The 03x intent code for promising to do `code` ("vowed to meet" → 036).
pub fn intent_code(code: &str) -> String {
    swap(&demand_code(code), "03")
}

/// The 13x threat code for threatening to do `code` ("threatened to attack" → 1384).
pub fn threat_code(code: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("161", "1313"),
        ("162", "1311"),
        ("163", "1312"),
        ("16", "131"),
        ("172", "132"),
        ("175", "137"),
        ("17", "130"),
        ("14", "133"),
        ("15", "138"),
        ("18", "1383"),
        ("191", "1381"),
        ("192", "1382"),
        ("193", "1384"),
        ("194", "1384"),
        ("195", "1384"),
        ("19", "138"),
        ("204", "1385"),
        ("20", "1383"),
    ];
    table
        .iter()
        .find(|(p, _)| code.starts_with(p))
        .map_or("130", |(_, c)| c)
        .to_string()
}

/// Whether a code is already a statement of the kind a modal would produce: appeal (02),
/// intent (03), demand (10) or threat (13).
pub fn is_modal_code(code: &str) -> bool {
    matches!(code.get(..2), Some("02" | "03" | "10" | "13"))
}

/// Whether the act is cooperative (roots 03–08), the acts a promise turns into an intent.
pub fn is_cooperative(code: &str) -> bool {
    matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08"))
}

/// Whether the code is a verbal act (a statement by its source): roots 01, 02, 03, 10–13 and
/// 051/052 (praise, defend verbally).
pub fn is_verbal(code: &str) -> bool {
    matches!(
        code.get(..2),
        Some("01" | "02" | "03" | "10" | "11" | "12" | "13")
    ) || code.starts_with("051")
        || code.starts_with("052")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_exist_in_the_cameo_table() {
        for c in dyad_core::cameo::all() {
            for f in [demand_code, appeal_code, intent_code, threat_code] {
                let out = f(c.code);
                assert!(cameo::lookup(&out).is_some(), "{} -> {out}", c.code);
            }
        }
        assert_eq!(demand_code("0874"), "1056");
        assert_eq!(appeal_code("051"), "022");
        assert_eq!(intent_code("040"), "036");
        assert_eq!(intent_code("0621"), "0312");
        assert_eq!(threat_code("190"), "138");
    }
}
