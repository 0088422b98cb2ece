//! Splits a CAMEO actor code into GDELT's actor columns.
//!
//! A CAMEO actor code is a sequence of three-letter parts (`USAGOV`, `IGOEUREEC`, `NGOUSAHRI`).
//! GDELT spreads them over CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
//! Religion2Code and Type1Code–Type3Code. dyad's rule, part by part in order:
//!
//! * a CAMEO role or sector code (`GOV`, `MIL`, `REB`, …, and the organisation classes `IGO`,
//!   `NGO`, `NGM`, `MNC`, `IMG`) fills the next free type column (at most three);
//! * a religion code (`CHR`, `MOS`, `SHI`, …) fills the next free religion column (at most two);
//! * a known international organisation (`UNO`, `EEC`, `NAT`, `AMN`, `IRC`, `GRP`, …) fills
//!   KnownGroupCode;
//! * any other part is the country (or region: `EUR`, `AFR`, `WST`, …) when CountryCode is still
//!   empty, else KnownGroupCode when that is empty; further parts are dropped.
//!
//! EthnicCode stays empty: GDELT fills it from its own ethnic list, which CAMEO actor codes do
//! not carry.

/// GDELT's ten actor columns after the code and name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorColumns {
    /// Actor*CountryCode.
    pub country: String,
    /// Actor*KnownGroupCode.
    pub known_group: String,
    /// Actor*EthnicCode (always empty, see the module doc).
    pub ethnic: String,
    /// Actor*Religion1Code, Actor*Religion2Code.
    pub religion: [String; 2],
    /// Actor*Type1Code … Type3Code.
    pub types: [String; 3],
}

/// CAMEO role, sector and organisation-class codes (CAMEO manual, actor codes).
const TYPES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "IGO", "IMG", "MNC", "NGM", "NGO", "PKO", "UIS", "SET", "PTY",
];

/// CAMEO religion codes.
const RELIGIONS: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "ITR",
    "JAN", "JEW", "MOS", "MRM", "PRO", "SHI", "SHN", "SIK", "SUF", "SUN", "TAO", "ZRO",
];

/// Known international organisations (CAMEO IGO/NGO/group codes).
const KNOWN_GROUPS: &[&str] = &[
    "UNO", "AMN", "IRC", "GRP", "EEC", "NAT", "WTO", "IMF", "WBK", "ASN", "AFB", "ARL", "OPC",
    "OAS", "OIC", "GCC", "CIS", "SCO", "ICC", "IAE", "HRW", "MSF", "WHO",
];

/// Splits `code` into GDELT's actor columns.
pub fn split(code: &str) -> ActorColumns {
    let mut out = ActorColumns::default();
    let mut ntype = 0;
    let mut nrel = 0;
    let bytes = code.as_bytes();
    let mut i = 0;
    while i + 3 <= bytes.len() {
        let Some(part) = code.get(i..i + 3) else {
            break;
        };
        i += 3;
        if TYPES.contains(&part) {
            if ntype < 3 {
                out.types[ntype] = part.to_string();
                ntype += 1;
            }
        } else if RELIGIONS.contains(&part) {
            if nrel < 2 {
                out.religion[nrel] = part.to_string();
                nrel += 1;
            }
        } else if KNOWN_GROUPS.contains(&part) {
            if out.known_group.is_empty() {
                out.known_group = part.to_string();
            }
        } else if out.country.is_empty() {
            out.country = part.to_string();
        } else if out.known_group.is_empty() {
            out.known_group = part.to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_gdelt() {
        let a = split("USAGOV");
        assert_eq!((a.country.as_str(), a.types[0].as_str()), ("USA", "GOV"));
        let a = split("LAB");
        assert_eq!((a.country.as_str(), a.types[0].as_str()), ("", "LAB"));
        let a = split("IGOUNO");
        assert_eq!(
            (a.known_group.as_str(), a.types[0].as_str()),
            ("UNO", "IGO")
        );
        let a = split("IGOEUREEC");
        assert_eq!(
            (
                a.country.as_str(),
                a.known_group.as_str(),
                a.types[0].as_str()
            ),
            ("EUR", "EEC", "IGO")
        );
        let a = split("NGOUSAHRI");
        assert_eq!(a.country, "USA");
        assert_eq!(a.types, ["NGO".to_string(), "HRI".into(), String::new()]);
        let a = split("IRNMOSSHIGOVMIL");
        assert_eq!(a.religion, ["MOS".to_string(), "SHI".into()]);
        assert_eq!(a.types[..2], ["GOV".to_string(), "MIL".into()]);
        assert_eq!(split(""), ActorColumns::default());
        assert_eq!(split("US").country, "");
    }
}
