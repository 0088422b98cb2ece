//! Bad input: every problem is reported with its file and line or record and a reason, the
//! other records are still coded, and the closing summary accounts for every record.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dyad_code(args: &[&str], stdin: Option<&[u8]>) -> Output {
    dyad_code_env(args, stdin, &[])
}

/// `dyad code` with environment variables `env` set.
fn dyad_code_env(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("code")
        .args(["--output", "jsonl", "--summary-json"])
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(b) = stdin {
        input.write_all(b).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dyad-bad-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let p = d.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn summary(out: &Output) -> serde_json::Value {
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .rev()
        .find(|l| l.starts_with('{'))
        .unwrap_or_else(|| panic!("no summary in {err}"));
    serde_json::from_str(line).unwrap()
}

#[test]
fn invalid_utf8_line_in_json_lines_is_rejected_alone() {
    let mut bytes = b"{\"id\":\"a\",\"text\":\"Iran condemned Israel on Monday.\"}\n".to_vec();
    bytes.extend_from_slice(b"{\"id\":\"b\",\"text\":\"bad \xff\xfe bytes\"}\n");
    bytes.extend_from_slice(b"{\"id\":\"c\",\"text\":\"Syria praised Russia.\"}\n");
    let p = tmp("bad.jsonl", &bytes);
    let out = dyad_code(&[p.to_str().unwrap()], None);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl:2: invalid UTF-8"), "{err}");
    let s = summary(&out);
    assert_eq!(s["records"], 2);
    assert_eq!(s["rejected"], 1);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("\"record_id\":\"a\"") && stdout.contains("\"record_id\":\"c\""),
        "{stdout}"
    );
}

#[test]
fn invalid_utf8_in_text_is_repaired_with_a_warning() {
    let p = tmp("bad.txt", b"Iran condemned Israel \xff on Monday.");
    let out = dyad_code(&[p.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning") && err.contains("bad.txt:1: invalid UTF-8"),
        "{err}"
    );
    assert_eq!(summary(&out)["records"], 1);
}

#[test]
fn empty_input_is_rejected_with_its_name() {
    let p = tmp("empty.txt", b"  \n");
    let out = dyad_code(&[p.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty.txt: empty input"), "{err}");
    assert_eq!(summary(&out)["rejected"], 1);
}

#[test]
fn malformed_json_and_xml_are_reported_and_the_rest_coded() {
    let input =
        b"{\"id\":\"ok\",\"text\":\"Iran condemned Israel.\"}\n{\"id\":\"x\",\"text\":\n[1,2]\n";
    let out = dyad_code(&["--format", "jsonl", "-"], Some(input));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("stdin:2: malformed JSON") && err.contains("stdin:3:"),
        "{err}"
    );
    let s = summary(&out);
    assert_eq!(
        (s["records"].as_u64(), s["rejected"].as_u64()),
        (Some(1), Some(2))
    );

    let xml = b"<Sentences>\n<Sentence id=\"s1\" date=\"20240101\"><Text>Iran condemned Israel.</Text></Sentence>\n<Sentence date=\"20240101\"><Text>No id here.</Text></Sentence>\n<Sentence id=\"s3\"><Text>Unclosed";
    let p = tmp("bad.xml", xml);
    let out = dyad_code(&[p.to_str().unwrap()], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.xml:3: <Sentence> without an id"), "{err}");
    assert!(
        err.contains("bad.xml:4: <Sentence> without </Sentence>"),
        "{err}"
    );
    assert_eq!(summary(&out)["records"], 1);
}

#[test]
fn a_five_megabyte_line_is_coded_in_pieces() {
    let sentence = "the minister said Iran met Syria and troops in attack ";
    let text = sentence.repeat(5_000_000 / sentence.len());
    let p = tmp("long.txt", text.as_bytes());
    let out = dyad_code(&[p.to_str().unwrap()], None);
    assert!(out.status.success());
    let s = summary(&out);
    assert_eq!(s["records"], 1);
    // Cut at MAX_SENTENCE_BYTES (2,000): at least 2,500 pieces, every one coded.
    assert!(s["sentences"].as_u64().unwrap() >= 2_500, "{s}");
}

#[test]
fn a_record_the_coder_fails_on_is_rejected_alone() {
    // (A failpoint makes the coder panic on record "b", as a bug would.)
    let input = b"{\"id\":\"a\",\"text\":\"Iran condemned Israel.\"}\n\
                  {\"id\":\"b\",\"text\":\"Iran condemned Israel.\"}\n\
                  {\"id\":\"c\",\"text\":\"Iran condemned Israel.\"}\n";
    let out = dyad_code_env(
        &["--format", "jsonl", "-"],
        Some(input),
        &[("DYAD_FAILPOINT_PANIC", "b")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary(&out);
    assert_eq!(s["coded"], 2, "{s}");
    assert_eq!(s["rejected"], 1, "{s}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.lines()
            .any(|l| l.starts_with("dyad: rejected") && l.contains("internal error")),
        "{err}"
    );
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["record_id"].to_string())
        .collect();
    assert!(!ids.iter().any(|i| i == "\"b\""), "{ids:?}");
}
