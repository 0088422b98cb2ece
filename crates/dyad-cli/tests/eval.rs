//! `dyad eval`: the development-set figures are well-formed, and with the Phoenix dictionaries
//! they do not fall below a floor.
//!
//! The floor (`PHOENIX_CORRECT_FLOOR`) was measured with
//! `dyad eval dev --phoenix ../shared/dictionaries/phoenix --monadic` at the end of the sixth
//! session (PETRARCH-2's CAMEO.2.0.txt, the `--phoenix` default): 884 of 1,349 sentences had
//! their first event in the gold class; 869 at the end of the seventh, whose rules drop events
//! they cannot attribute and bare statements (010 with no target: "officials say"), which
//! counted as class 0 here; 878 at the end of the eighth. The floor sits 2 % below the latest
//! measure, so that a reordering
//! of equally good events does not trip it; raise it when the coder improves (eval/RESULTS.md
//! holds the current figures).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Sentences whose first event is in the gold class, Phoenix dictionaries (measured 884, then
/// 869, then 878).
const PHOENIX_CORRECT_FLOOR: u64 = 860;

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.join("dev").is_dir() && p.join("dictionaries/phoenix").is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared not found");
        None
    }
}

fn run_json(args: &[&str]) -> Value {
    let out = dyad().args(args).output().expect("run dyad");
    assert!(
        out.status.success(),
        "dyad {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// The events `dyad code --phoenix <shared>/dictionaries/phoenix [extra…]` codes in `text`.
fn phoenix_events(shared: &Path, extra: &[&str], text: &str) -> Vec<Value> {
    use std::io::Write;
    let mut child = dyad()
        .args(["code", "--output", "jsonl", "--phoenix"])
        .arg(shared.join("dictionaries/phoenix"))
        .args(extra)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn n(v: &Value, k: &str) -> u64 {
    v[k].as_u64()
        .unwrap_or_else(|| panic!("{k} is not a count: {v}"))
}

fn f(v: &Value, k: &str) -> f64 {
    v[k].as_f64()
        .unwrap_or_else(|| panic!("{k} is not a number: {v}"))
}

/// Every figure of a `dyad eval dev --json` report agrees with the others.
fn assert_well_formed(r: &Value) {
    let sentences = n(r, "sentences");
    let covered = n(r, "covered");
    let correct = n(r, "correct");
    assert!(sentences > 0);
    assert_eq!(covered + n(r, "uncovered"), sentences);
    assert!(n(r, "discarded") <= n(r, "uncovered"));
    assert!(correct <= covered);
    assert!(correct <= n(r, "some_event_correct") && n(r, "some_event_correct") <= covered);
    assert!(n(r, "events") >= covered);
    for k in ["coverage", "accuracy", "precision"] {
        assert!((0.0..=1.0).contains(&f(r, k)), "{k} out of range: {r}");
    }
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(close(f(r, "coverage"), covered as f64 / sentences as f64));
    assert!(close(f(r, "accuracy"), correct as f64 / sentences as f64));
    if covered > 0 {
        assert!(close(f(r, "precision"), correct as f64 / covered as f64));
    }
    let m: Vec<Vec<u64>> = r["confusion"]
        .as_array()
        .expect("confusion")
        .iter()
        .map(|row| {
            row.as_array()
                .expect("row")
                .iter()
                .map(|x| x.as_u64().expect("cell"))
                .collect()
        })
        .collect();
    assert_eq!(m.len(), 5);
    assert!(m.iter().all(|row| row.len() == 5));
    let total: u64 = m.iter().flatten().sum();
    assert_eq!(total + n(r, "unclassified"), covered);
    assert_eq!((0..5).map(|i| m[i][i]).sum::<u64>(), correct);
    let classes = r["classes"].as_array().expect("classes");
    assert_eq!(classes.len(), 5);
    assert_eq!(classes.iter().map(|c| n(c, "gold")).sum::<u64>(), sentences);
    assert_eq!(
        classes.iter().map(|c| n(c, "covered")).sum::<u64>(),
        covered
    );
    for (i, c) in classes.iter().enumerate() {
        assert_eq!(n(c, "correct"), m[i][i]);
        assert_eq!(n(c, "predicted"), (0..5).map(|g| m[g][i]).sum::<u64>());
        assert!(n(c, "covered") >= m[i].iter().sum::<u64>());
    }
}

#[test]
fn phoenix_dev_figures_are_well_formed_and_above_the_floor() {
    let Some(s) = shared() else { return };
    let phoenix = s.join("dictionaries/phoenix");
    let r = run_json(&[
        "eval",
        "dev",
        "--json",
        "--phoenix",
        phoenix.to_str().unwrap(),
        // The class of the first event does not need a target: monadic events count.
        "--monadic",
    ]);
    assert_well_formed(&r);
    eprintln!(
        "phoenix: {} sentences, coverage {:.3}, accuracy {:.3}, precision {:.3}",
        n(&r, "sentences"),
        f(&r, "coverage"),
        f(&r, "accuracy"),
        f(&r, "precision")
    );
    if s.join("reference/cameo-event-codes.tsv").exists() {
        assert_eq!(
            r["class_rule"]["verified"],
            Value::Bool(true),
            "{}",
            r["class_rule"]
        );
    }
    assert!(
        n(&r, "correct") >= PHOENIX_CORRECT_FLOOR,
        "dev set regressed with the Phoenix dictionaries: {} sentences in the right class, floor {PHOENIX_CORRECT_FLOOR}",
        n(&r, "correct")
    );
}

#[test]
fn phoenix_seed_checks_are_reported() {
    let Some(s) = shared() else { return };
    let phoenix = s.join("dictionaries/phoenix");
    let r = run_json(&[
        "eval",
        "seed",
        "--json",
        "--phoenix",
        phoenix.to_str().unwrap(),
    ]);
    let checks = r["checks"].as_array().expect("checks");
    assert_eq!(checks.len(), 6);
    let passed = checks
        .iter()
        .filter(|c| c["pass"] == Value::Bool(true))
        .count() as u64;
    assert_eq!(passed, n(&r, "passed"));
    assert!(n(&r, "sentences") > 0);
}

/// A development set and dictionaries written here: the expected counts follow from them.
#[test]
fn counts_a_small_development_set() {
    let d = std::env::temp_dir().join(format!("dyad-eval-test-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let actors = d.join("a.actors.txt");
    std::fs::write(&actors, "IRAN_ [IRN]\nSYRIA_ [SYR]\n").unwrap();
    let verbs = d.join("a.verbs.txt");
    std::fs::write(
        &verbs,
        "--- CRITICIZE [111] ---\nCONDEMN\n\n--- PRAISE [051] ---\nPRAISE\n",
    )
    .unwrap();
    let tsv = d.join("dev.tsv");
    // condemned → 111 (class 3, right); praised → 051 (class 1, gold 3: wrong); no verb → none.
    std::fs::write(
        &tsv,
        "Iran condemned Syria on Monday.\t3\nIran praised Syria on Monday.\t3\nThe weather was fine.\t0\n",
    )
    .unwrap();
    let missing = d.join("no-such-table.tsv");
    let r = run_json(&[
        "eval",
        "dev",
        "--json",
        "--verbs",
        verbs.to_str().unwrap(),
        "--actors",
        actors.to_str().unwrap(),
        "--cameo-table",
        missing.to_str().unwrap(),
        tsv.to_str().unwrap(),
    ]);
    assert_well_formed(&r);
    assert_eq!(
        (n(&r, "sentences"), n(&r, "covered"), n(&r, "correct")),
        (3, 2, 1)
    );
    assert_eq!(r["confusion"][3][3], 1);
    assert_eq!(r["confusion"][3][1], 1);
    assert_eq!(r["class_rule"]["verified"], Value::Bool(false));

    std::fs::write(
        &tsv,
        "Iran condemned Syria.\t3\nIran praised Syria.\tnine\n",
    )
    .unwrap();
    let out = dyad()
        .args(["eval", "dev", "--verbs"])
        .arg(&verbs)
        .arg("--actors")
        .arg(&actors)
        .arg(&tsv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("dev.tsv:2: class 'nine'"), "{err}");
    std::fs::remove_dir_all(&d).ok();
}

/// Hand-coded triples (eval/dev-triples), Phoenix dictionaries (dyadic events only, the Phoenix
/// default) with PETRARCH-2's CAMEO.2.0.txt: measured 125 gold events paired at the `root`
/// level at the end of the seventh and of the eighth session (precision 0.581, then 0.579,
/// recall 0.342); the floor sits a
/// little below so that an equally good reordering does not trip it.
const PHOENIX_TRIPLES_ROOT_FLOOR: u64 = 120;
/// The same with PETRARCH-1's verb patterns (`--petrarch1-verbs`): measured 120 at the end of
/// the seventh and of the eighth session.
const PHOENIX_P1_TRIPLES_ROOT_FLOOR: u64 = 114;

#[test]
fn phoenix_triples_are_well_formed_and_above_the_floor() {
    let Some(shared) = shared() else { return };
    let phoenix = shared.join("dictionaries/phoenix");
    for (extra, floor) in [
        (None, PHOENIX_TRIPLES_ROOT_FLOOR),
        (Some("--petrarch1-verbs"), PHOENIX_P1_TRIPLES_ROOT_FLOOR),
    ] {
        let mut args = vec![
            "eval",
            "triples",
            "--json",
            "--phoenix",
            phoenix.to_str().unwrap(),
        ];
        args.extend(extra);
        phoenix_triples_above(&run_json(&args), floor);
    }
}

fn phoenix_triples_above(r: &Value, floor: u64) {
    let r = r.clone();
    let gold = n(&r, "gold_events");
    let coded = n(&r, "coded_events");
    assert!(gold >= 300, "the gold files name {gold} events");
    assert!(n(&r, "sentences") >= 270);
    assert!(r["rejected_gold_rows"].as_array().unwrap().is_empty());
    let levels = r["levels"].as_array().unwrap();
    let paired: Vec<u64> = levels.iter().map(|l| n(l, "paired")).collect();
    // Each level is looser than the one before.
    assert!(
        paired[0] <= paired[1] && paired[1] <= paired[2],
        "{paired:?}"
    );
    for l in levels {
        let p = f(l, "precision");
        assert!((p - n(l, "paired") as f64 / coded as f64).abs() < 1e-9);
    }
    eprintln!("phoenix triples: {paired:?} of {gold} gold, {coded} coded");
    assert!(
        paired[2] >= floor,
        "root-level pairs fell to {} (floor {floor})",
        paired[2]
    );
}

/// With the Phoenix set, `dyad code` keeps only events with a source and a target (the Phoenix
/// pipeline's `require_dyad`); `--monadic` keeps the others too.
#[test]
fn phoenix_codes_dyadic_events_unless_monadic() {
    let Some(shared) = shared() else { return };
    let text = "Iran condemned the decision. Iran condemned Syria.\n";
    let dyadic = phoenix_events(&shared, &[], text);
    assert!(!dyadic.is_empty());
    assert!(
        dyadic
            .iter()
            .all(|e| e["target"] != "" && e["source"] != ""),
        "{dyadic:?}"
    );
    let all = phoenix_events(&shared, &["--monadic"], text);
    assert!(all.len() > dyadic.len(), "{all:?}");
    assert!(all.iter().any(|e| e["target"] == ""), "{all:?}");
}

/// `--current-actors` adds dyad's own actors after the Phoenix ones: a group the 2015 Phoenix
/// files do not name ("Houthi rebels") gets its country.
#[test]
fn phoenix_with_current_actors_knows_newer_names() {
    let Some(shared) = shared() else { return };
    let sources = |extra: &[&str]| -> Vec<String> {
        phoenix_events(
            &shared,
            extra,
            "Houthi rebels fired missiles at Saudi Arabia on Sunday.\n",
        )
        .iter()
        .map(|e| e["source"].as_str().unwrap_or_default().to_string())
        .collect()
    };
    assert!(sources(&[]).iter().all(|s| !s.starts_with("YEM")));
    let with = sources(&["--current-actors"]);
    assert!(with.iter().any(|s| s.starts_with("YEM")), "{with:?}");
}

/// `--current-verbs` adds dyad's own verbs after CAMEO.2.0.txt, which has no "urge"; the
/// Phoenix patterns keep their own synsets (a "declared a ceasefire" still codes 0871).
#[test]
fn phoenix_with_current_verbs_knows_more_verbs() {
    let Some(shared) = shared() else { return };
    let codes = |extra: &[&str], text: &str| -> Vec<String> {
        phoenix_events(&shared, extra, text)
            .iter()
            .map(|e| e["code"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let urge = "Germany urged Iran to release the tanker.\n";
    assert!(codes(&[], urge).iter().all(|c| !c.starts_with("02")));
    let with = codes(&["--current-verbs"], urge);
    assert!(with.iter().any(|c| c.starts_with("02")), "{with:?}");
    let truce = "The Syrian army declared a ceasefire with the rebels.\n";
    assert_eq!(codes(&[], truce), codes(&["--current-verbs"], truce));
}

/// A pronoun standing for the source is no target of its act, though PETRARCH's agents give
/// it more of a code than its antecedent ("Rwanda's information minister" RWAGOV, "she"
/// RWAGOVMED).
#[test]
fn phoenix_pronoun_of_the_source_is_no_target() {
    let Some(shared) = shared() else { return };
    let events = phoenix_events(
        &shared,
        &[],
        "Rwanda's information minister said Wednesday she hoped a raft of French officials \
         would soon be indicted for war crimes.\n",
    );
    let rwa = |e: &Value, k: &str| e[k].as_str().unwrap_or_default().starts_with("RWA");
    assert!(
        events
            .iter()
            .all(|e| !(rwa(e, "source") && rwa(e, "target"))),
        "{events:?}"
    );
    assert!(
        !events.is_empty(),
        "the hope about French officials is coded"
    );
}

/// Every hand-coded gold file reads without a rejected row and names sentences that exist.
#[test]
fn all_hand_coded_triple_sets_read_cleanly() {
    let Some(_) = shared() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval");
    for (set, sentences) in [
        ("dev-triples", 270),
        ("dev-triples-check", 269),
        ("dev-triples-fresh", 270),
        ("dev-triples-new", 270),
    ] {
        let r = run_json(&[
            "eval",
            "triples",
            root.join(set).to_str().unwrap(),
            "--json",
        ]);
        assert!(
            r["rejected_gold_rows"].as_array().unwrap().is_empty(),
            "{set}: {}",
            r["rejected_gold_rows"]
        );
        assert_eq!(n(&r, "sentences"), sentences, "{set}");
    }
}

/// PETRARCH-2's "REPORT * ATTACK" (a reported attack) does not take over a reported clause
/// with a subject of its own: the US attacks no one in "The US said that Iraq had attacked
/// Kuwait"; a speaker named again as "it" still reports its own attack.
#[test]
fn phoenix_speech_pattern_leaves_a_reported_clause_its_subject() {
    let Some(shared) = shared() else { return };
    let triples = |text: &str| -> Vec<(String, String, String)> {
        phoenix_events(&shared, &[], text)
            .iter()
            .map(|e| {
                let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
                (s("source"), s("target"), s("code"))
            })
            .collect()
    };
    let ev = triples("The US said that Iraq had attacked Kuwait.\n");
    assert!(
        ev.iter()
            .any(|(s, t, c)| s == "IRQ" && t == "KWT" && c.starts_with("19")),
        "{ev:?}"
    );
    assert!(
        !ev.iter().any(|(s, _, c)| s == "USA" && c.starts_with("19")),
        "{ev:?}"
    );
    let ev = triples("Iraq said it attacked Iran's Sirri Island.\n");
    assert!(
        ev.iter()
            .any(|(s, t, c)| s == "IRQ" && t == "IRN" && c.starts_with("19")),
        "{ev:?}"
    );
}

/// PETRARCH-2's own test sentence "Obama faces pressure from Congress to help Iran" (its
/// "FACE * PRESSURE [:100]"): the organ the pressure comes "from" is the subject's country's,
/// so the reversed slot takes Congress, not Iran past it.
#[test]
fn phoenix_pressure_from_a_bare_organ_is_its_subjects_country() {
    let Some(shared) = shared() else { return };
    let ev = phoenix_events(
        &shared,
        &[],
        "Obama faces pressure from Congress to help Iran.\n",
    );
    let triples: Vec<(String, String, String)> = ev
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("source"), s("target"), s("code"))
        })
        .collect();
    assert!(
        triples
            .iter()
            .any(|(s, t, c)| s == "USALEG" && t == "USAGOV" && c == "100"),
        "{triples:?}"
    );
    assert!(!triples.iter().any(|(s, _, _)| s == "IRN"), "{triples:?}");
}

/// A demand reported with "should" is made of the modal verb's subject, not of a possessor
/// inside it: "South Africa's inflation rate … should decline" asks nothing of South Africa
/// (PETRARCH-2's dictionaries code "decline" as a refusal, 100 in a demand).
#[test]
fn phoenix_a_reported_demand_is_of_the_subject_not_its_possessor() {
    let Some(shared) = shared() else { return };
    let ev = phoenix_events(
        &shared,
        &[],
        "South Africa's inflation rate, currently at 16.3 pct, should decline further during \
         1987, the Reserve Bank said in its latest quarterly review.\n",
    );
    assert!(!ev.iter().any(|e| e["target"] == "ZAF"), "{ev:?}");
    // (The subject itself still is: "Iraq's army should withdraw".)
    let ev = phoenix_events(
        &shared,
        &[],
        "Iran said Iraq's army should withdraw from Kuwait.\n",
    );
    assert!(
        ev.iter()
            .any(|e| e["source"] == "IRN" && e["target"] == "IRQMIL"),
        "{ev:?}"
    );
}

/// A preposition of time is no pattern's preposition: "called Erdogan … on Wednesday" is a
/// telephone call (041), not PETRARCH-2's "call (ON)" appeal (020).
#[test]
fn phoenix_a_preposition_of_time_is_no_pattern_preposition() {
    let Some(shared) = shared() else { return };
    let ev = phoenix_events(
        &shared,
        &[],
        "US President Donald Trump called President Recep Tayyip Erdogan of Turkey on \
         Wednesday.\n",
    );
    let codes: Vec<&str> = ev.iter().filter_map(|e| e["code"].as_str()).collect();
    assert!(codes.contains(&"041") && !codes.contains(&"020"), "{ev:?}");
    // (A preposition before anything else still is: "called on Erdogan to …".)
    let ev = phoenix_events(
        &shared,
        &[],
        "US President Donald Trump called on President Recep Tayyip Erdogan of Turkey to \
         exercise caution.\n",
    );
    assert!(ev.iter().any(|e| e["code"] == "020"), "{ev:?}");
}

/// PETRARCH-2's transformations ("~ a (a b ATTACK) SAY = a b 015") read a reported act the
/// speaker did, not one coming: "said he will attack Iraq" is a threat, no claim.
#[test]
fn phoenix_no_transformation_over_a_coming_act() {
    let Some(shared) = shared() else { return };
    let ev = phoenix_events(&shared, &[], "Obama said he will attack Iraq.\n");
    let codes: Vec<&str> = ev.iter().filter_map(|e| e["code"].as_str()).collect();
    assert!(codes.contains(&"138") && !codes.contains(&"015"), "{ev:?}");
    let ev = phoenix_events(&shared, &[], "Obama said he attacked Iraq.\n");
    assert!(ev.iter().any(|e| e["code"] == "015"), "{ev:?}");
}

/// A saying verb's pattern does not name the verb of a clause with a subject of its own:
/// "statistics support the perception" is no support the Commerce Department voices (SAY's
/// "* SUPPORT"); a clause whose subject is the speaker again still is its own.
#[test]
fn phoenix_a_saying_pattern_does_not_read_another_subjects_verb() {
    let Some(shared) = shared() else { return };
    let ev = phoenix_events(
        &shared,
        &[],
        "The Commerce Department said in a statement last year that statistics support the \
         perception that American auto parts suppliers are not welcome in Japan.\n",
    );
    assert!(ev.iter().all(|e| e["code"] != "032"), "{ev:?}");
}

/// A compound subject that raises its own output or trade does nothing to its own members
/// (BOOST, INCREASE [060]); joint exercises are still held with each other (062).
#[test]
fn phoenix_a_compound_raising_output_acts_on_no_member() {
    let Some(shared) = shared() else { return };
    let ev = phoenix_events(
        &shared,
        &[],
        "China, India and South Korea have increased output since the mid-1970s.\n",
    );
    assert!(ev.iter().all(|e| e["code"] != "060"), "{ev:?}");
    let ev = phoenix_events(
        &shared,
        &[],
        "The United States and Jordan held joint military exercises.\n",
    );
    assert!(
        ev.iter()
            .any(|e| e["source"] == "USA" && e["target"] == "JOR" && e["code"] == "062"),
        "{ev:?}"
    );
}

/// "Pass through" a country is a movement, not ALLOW's passing of a law (080).
#[test]
fn phoenix_passing_through_a_country_allows_nothing() {
    let Some(shared) = shared() else { return };
    let ev = phoenix_events(
        &shared,
        &[],
        "Mexican traffickers often pass through Guatemala before reaching the United States.\n",
    );
    assert!(ev.iter().all(|e| e["code"] != "080"), "{ev:?}");
}
