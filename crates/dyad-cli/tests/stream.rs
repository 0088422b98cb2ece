//! `dyad stream` through the built binary: one article per line in, its events out, flushed
//! per article (each response is read before the next line is written), bad lines answered
//! with an error object, non-English articles rejected with their language.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

/// A running `dyad stream` whose stdout lines arrive on a channel (so a read can time out).
struct Stream {
    child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    lines: mpsc::Receiver<String>,
}

impl Stream {
    fn start() -> Stream {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
            .arg("stream")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for l in BufReader::new(out).lines() {
                let Ok(l) = l else { break };
                if tx.send(l).is_err() {
                    break;
                }
            }
        });
        Stream {
            child,
            stdin,
            lines: rx,
        }
    }

    fn send(&mut self, line: &str) {
        let w = self.stdin.as_mut().unwrap();
        w.write_all(line.as_bytes()).unwrap();
        w.write_all(b"\n").unwrap();
        w.flush().unwrap();
    }

    /// The next output line; panics after `secs` seconds without one (the stream did not
    /// flush, or hangs).
    fn recv(&self, secs: u64) -> Value {
        let l = self
            .lines
            .recv_timeout(Duration::from_secs(secs))
            .expect("no line from dyad stream in time: output not flushed per article?");
        serde_json::from_str(&l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))
    }

    /// Nothing more arrives within `ms` milliseconds.
    fn quiet(&self, ms: u64) -> bool {
        self.lines.recv_timeout(Duration::from_millis(ms)).is_err()
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn article(id: &str, text: &str) -> String {
    json!({"id": id, "published": "2024-01-12", "source": "Wire", "url": format!("https://x.example/{id}"), "text": text}).to_string()
}

#[test]
fn events_come_back_per_article_before_the_next_is_sent() {
    let mut s = Stream::start();
    // The first article also waits for the dictionaries to load.
    s.send(&article(
        "a1",
        "Iran's foreign minister met Syria's ambassador in Tehran on Wednesday.",
    ));
    let e = s.recv(60);
    assert_eq!(e["record_id"], "a1", "{e}");
    assert_eq!(e["code"].as_str().unwrap().get(..2), Some("04"), "{e}");
    assert_eq!(e["event_date"], "2024-01-10", "{e}");
    assert_eq!(e["location"]["country"], "IRN", "{e}");
    // (A meeting is coded both ways.)
    let back = s.recv(10);
    assert_eq!(back["record_id"], "a1", "{back}");
    assert_eq!(back["source"], e["target"], "{back}");
    assert!(s.quiet(300), "a1 has two events");

    // A bad line: an error object with its line number, and the stream goes on.
    s.send("{\"id\": \"broken\", \"text\": ");
    let err = s.recv(10);
    assert_eq!(err["line"], 2, "{err}");
    assert!(!err["error"].as_str().unwrap().is_empty(), "{err}");
    s.send("not json at all");
    assert_eq!(s.recv(10)["line"], 3);

    s.send(&article(
        "a2",
        "Russia condemned France for the raid. Troops from Turkey attacked Syria near Aleppo.",
    ));
    let first = s.recv(10);
    let second = s.recv(10);
    for e in [&first, &second] {
        assert_eq!(e["record_id"], "a2", "{e}");
        assert_eq!(e["schema"], "dyad.event/2", "{e}");
    }
    assert_eq!(first["source"], "RUS", "{first}");
    assert_eq!(
        second["code"].as_str().unwrap().get(..2),
        Some("19"),
        "{second}"
    );
    assert!(s.quiet(300));

    // An article without events writes nothing; the next one is still answered.
    s.send(&article(
        "a3",
        "The weather was mild and the markets were calm.",
    ));
    s.send(&article("a4", "Egypt accused Israel of spying."));
    let e = s.recv(10);
    assert_eq!(e["record_id"], "a4", "{e}");

    // Non-English: rejected with the language, by line and id.
    s.send(&article(
        "fr",
        "Le ministre iranien des affaires étrangères a rencontré son homologue syrien à Téhéran mercredi pour discuter de la situation dans la région et de la coopération entre les deux pays.",
    ));
    let e = s.recv(10);
    assert_eq!(e["id"], "fr", "{e}");
    assert_eq!(e["line"], 7, "{e}");
    let msg = e["error"].as_str().unwrap();
    assert!(msg.contains("not English") && msg.contains("French"), "{e}");
    s.send(&article(
        "ru",
        "Министр иностранных дел Ирана встретился с послом Сирии в Тегеране в среду.",
    ));
    let e = s.recv(10);
    assert_eq!(e["id"], "ru", "{e}");
    assert!(e["error"].as_str().unwrap().contains("Russian"), "{e}");

    // End of input: the process exits 0.
    drop(s.stdin.take());
    let status = s.child.wait().unwrap();
    assert!(status.success());
}

/// The whole input at once (as Spark's `RDD.pipe` sends a partition): one answer per line.
#[test]
fn a_piped_partition_gives_every_article_events() {
    let input: String = (0..20)
        .map(|i| {
            let text = format!("Japan signed a trade agreement with India in Tokyo. Item {i}.");
            article(&format!("p{i}"), &text) + "\n"
        })
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("stream")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["record_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let want: Vec<String> = (0..20).map(|i| format!("p{i}")).collect();
    let mut seen = ids.clone();
    seen.dedup();
    assert_eq!(seen, want, "answers in input order, every article");
}
