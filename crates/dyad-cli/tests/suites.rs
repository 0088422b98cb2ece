//! The peers' validation suites, run through `dyad validate` when `../shared` exists.
//!
//! Each suite has a floor: the figure dyad reached when the test was last raised (README,
//! "Validation"). A change that codes fewer records exactly fails here.

use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.join("peers").is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared not found");
        None
    }
}

/// Runs a suite; returns (records exact, records, expected events coded, expected, extra).
fn validate(suite: &Path) -> (usize, usize, usize, usize, usize) {
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("validate")
        .arg("-q")
        .arg(suite)
        .output()
        .expect("run dyad");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("SUMMARY"))
        .unwrap_or_else(|| {
            panic!(
                "no summary: {stdout} {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    eprintln!("{line}");
    let nums: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit() && c != '.')
        .filter(|s| !s.is_empty() && !s.contains('.'))
        .filter_map(|s| s.parse().ok())
        .collect();
    // "X of N records exact (P %); M of E expected events coded (Q %); K extra events"
    (
        nums[nums.len() - 5],
        nums[nums.len() - 4],
        nums[nums.len() - 3],
        nums[nums.len() - 2],
        nums[nums.len() - 1],
    )
}

#[test]
fn tabari_validate_text() {
    let Some(s) = shared() else { return };
    let (exact, n, _, events, extra) = validate(&s.join("peers/tabari/Validate.project"));
    assert_eq!(n, 466, "records up to FINAL-01");
    assert_eq!(
        exact, 466,
        "every TABARI record up to FINAL-01 as its comment expects"
    );
    assert_eq!(
        (events, extra),
        (514, 0),
        "all 514 expected events and no extra one"
    );
}

#[test]
fn petrarch1_unit_tests() {
    let Some(s) = shared() else { return };
    let (exact, n, _, _, _) = validate(&s.join("peers/petrarch1/PETR.UnitTest.records.xml"));
    assert_eq!(n, 276, "valid records");
    assert!(exact >= 254, "PETRARCH-1 suite regressed: {exact} of {n}");
}

#[test]
fn universalpetrarch_validation() {
    let Some(s) = shared() else { return };
    let (exact, _, matched, expected, extra) =
        validate(&s.join("peers/universalpetrarch/PETR_Validate_records_2_02.xml"));
    assert!(expected > 300);
    // The acceptance: at least 86 % of the expected events, at most UniversalPetrarch's own
    // 36 extra events.
    assert!(
        matched * 100 >= expected * 86 && extra <= 36 && exact >= 229,
        "UniversalPetrarch suite regressed: {matched} of {expected} events, {extra} extra, \
         {exact} records exact"
    );
}
