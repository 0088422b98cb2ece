//! Command-line behaviour on the repository's own inputs (no ../shared needed).

use std::io::Write;
use std::process::{Command, Stdio};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Runs `cmd` with `input` on stdin; returns its output.
fn with_stdin(mut cmd: Command, input: &[u8]) -> std::process::Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn tmpdir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dyad-cli-test-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn codes_jsonl_with_named_dictionaries_and_reports_bad_records() {
    let d = tmpdir("code");
    let actors = write(
        &d,
        "a.actors.txt",
        "IRAN_ [IRN]\nIRANIAN_ [IRN]\nSYRIA_ [SYR]\nUNITED_STATES_ [USA]\n",
    );
    let agents = write(&d, "a.agents.txt", "MINISTER_ [~GOV]\n");
    let verbs = write(&d, "a.verbs.txt", "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * WITH + [040]\n\n--- CRITICIZE [111] ---\nCONDEMN\n");
    let input = "{\"id\":\"a1\",\"published\":\"2024-05-02\",\"text\":\"The Iranian minister met Syria's minister. Syria condemned the United States.\"}\n{\"id\": broken\n\n{\"id\":\"a3\",\"text\":\"\"}\n";
    let mut cmd = dyad();
    cmd.args([
        "code",
        "--format",
        "jsonl",
        "--output",
        "jsonl",
        "--summary-json",
        "--actors",
    ])
    .arg(&actors)
    .arg("--agents")
    .arg(&agents)
    .arg("--verbs")
    .arg(&verbs)
    .arg("-");
    let out = with_stdin(cmd, input.as_bytes());
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let events: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let triples: Vec<(String, String, String)> = events
        .iter()
        .map(|e| {
            (
                e["source"].as_str().unwrap().into(),
                e["target"].as_str().unwrap().into(),
                e["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        triples.contains(&("IRNGOV".into(), "SYRGOV".into(), "040".into())),
        "{triples:?}"
    );
    assert!(
        triples.contains(&("SYR".into(), "USA".into(), "111".into())),
        "{triples:?}"
    );
    assert_eq!(events[0]["record_id"], "a1");
    assert_eq!(events[0]["schema"], "dyad.event/1");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("stdin:2"), "bad JSON line named: {stderr}");
    assert!(
        stderr.contains("empty text"),
        "empty article named: {stderr}"
    );
    assert!(stderr.contains("2 rejected"), "{stderr}");
}

#[test]
fn dict_check_reports_file_line_and_fails() {
    let d = tmpdir("check");
    let verbs = write(
        &d,
        "bad.verbs.txt",
        "--- MEET [040] ---\nMEET\n- * WITH + [999]\n- WITH + [040]\n",
    );
    let actors = write(
        &d,
        "bad.actors.txt",
        "IRAN_ [IRN\nSYRIA_ [SYR 20251301-20260101]\n",
    );
    let out = dyad()
        .args(["dict", "check"])
        .arg(&verbs)
        .arg(&actors)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("bad.verbs.txt:3:1: error: '999' is not a CAMEO event code"),
        "{s}"
    );
    assert!(
        s.contains("bad.verbs.txt:4:"),
        "pattern without verb marker: {s}"
    );
    assert!(s.contains("bad.actors.txt:1:"), "missing bracket: {s}");
    assert!(s.contains("bad.actors.txt:2:"), "impossible date: {s}");
}

/// `--require-dyad` keeps only events with a source and a target (PETRARCH's convention).
#[test]
fn require_dyad_drops_events_without_a_target() {
    let d = tmpdir("dyad");
    let actors = write(&d, "a.actors.txt", "IRAN_ [IRN]\nSYRIA_ [SYR]\n");
    let verbs = write(&d, "a.verbs.txt", "--- CRITICIZE [111] ---\nCONDEMN\n");
    let code = |extra: &[&str]| -> Vec<serde_json::Value> {
        let mut cmd = dyad();
        cmd.args(["code", "--output", "jsonl", "--actors"])
            .arg(&actors)
            .arg("--verbs")
            .arg(&verbs)
            .args(extra)
            .arg("-");
        let out = with_stdin(cmd, b"Iran condemned the decision. Iran condemned Syria.\n");
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let all = code(&[]);
    assert!(
        all.iter().any(|e| e["target"] == ""),
        "a targetless event without the flag: {all:?}"
    );
    let dyadic = code(&["--require-dyad"]);
    assert_eq!(dyadic.len(), 1, "{dyadic:?}");
    assert_eq!(
        (
            &dyadic[0]["source"],
            &dyadic[0]["target"],
            &dyadic[0]["code"]
        ),
        (
            &serde_json::json!("IRN"),
            &serde_json::json!("SYR"),
            &serde_json::json!("111")
        )
    );
}

/// `dyad analyze` prints one CoNLL-U-style line per token with the tags the coder reads
/// (a name or an agent in a noun's place is a noun; "rebel-held" holds no verb) and one
/// line per verb phrase with its subject and object.
#[test]
fn analyze_prints_the_coders_reading() {
    let mut cmd = dyad();
    cmd.args(["analyze", "-"]);
    let out = with_stdin(
        cmd,
        b"France summoned the Chinese ambassador to complain about rebel-held towns.\n",
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let tag_of = |word: &str| {
        text.lines()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|f| f.len() >= 4 && f[1] == word)
            .map(|f| f[3].to_string())
            .unwrap_or_default()
    };
    assert!(tag_of("ambassador").starts_with("NN"), "{text}");
    assert_eq!(tag_of("held"), "JJ", "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("# verb summoned") && l.contains("subject=[France]")),
        "{text}"
    );
}

/// `dyad eval triples` reads gold that carries its own text (JSON Lines and PETRARCH XML), uses
/// each sentence's date, and reports a malformed gold row with its file:line while the rest is
/// scored.
#[test]
fn eval_triples_reads_gold_with_its_own_text() {
    let d = tmpdir("triples");
    let jsonl = write(
        &d,
        "gold.jsonl",
        concat!(
            r#"{"id":"a","text":"Iran condemned Israel on Monday.","date":"2024-01-08","events":[{"source":"IRN","target":"ISR","code":"111"}]}"#,
            "\n",
            r#"{"text":"Turkey met Greece in Athens.","events":[["TUR","GRC","040"]]}"#,
            "\n",
            "not json\n",
        ),
    );
    let xml = write(
        &d,
        "gold.xml",
        "<Sentences>\n<Sentence date=\"20240108\" id=\"x-1\" source=\"t\" sentence=\"true\">\n\
         <EventCoding sourcecode=\"IRN\" targetcode=\"ISR\" eventcode=\"111\"/>\n\
         <Text>\nIran condemned Israel on Monday.\n</Text>\n</Sentence>\n</Sentences>\n",
    );
    for (gold, sentences) in [(&jsonl, 2), (&xml, 1)] {
        let out = dyad()
            .args(["eval", "triples", "--json"])
            .arg(gold)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r["sentences"], sentences, "{r}");
        assert_eq!(r["gold_events"], sentences, "{r}");
        let root = &r["levels"][2];
        assert!(root["paired"].as_u64().unwrap() >= 1, "{r}");
        let rejected = r["rejected_gold_rows"].as_array().unwrap();
        if sentences == 2 {
            assert!(
                rejected.len() == 1 && rejected[0].as_str().unwrap().contains("gold.jsonl:3"),
                "{r}"
            );
        }
    }
}
