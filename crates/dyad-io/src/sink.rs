//! Sinks: where events go. JSON Lines (the versioned wire format) and a terminal table are
//! implementations of one trait.

use std::io::Write;

use dyad_core::{Event, Record, SCHEMA_VERSION};

/// A destination for coded events.
pub trait Sink {
    /// Writes the events of one record.
    fn write_record(&mut self, record: &Record, events: &[Event]) -> std::io::Result<()>;
    /// Flushes at the end.
    fn finish(&mut self) -> std::io::Result<()>;
}

/// JSON Lines: one event per line, `{"schema":"dyad.event/1", ...}` (README, "Output schema").
pub struct JsonLines<W: Write> {
    w: W,
}

impl<W: Write> JsonLines<W> {
    /// A JSON Lines sink over a writer.
    pub fn new(w: W) -> Self {
        JsonLines { w }
    }
}

#[derive(serde::Serialize)]
struct Line<'a> {
    schema: &'static str,
    #[serde(flatten)]
    event: &'a Event,
    sentence_text: &'a str,
    source_text: Option<&'a str>,
    target_text: Option<&'a str>,
    verb_text: &'a str,
    date: Option<String>,
}

impl<W: Write> Sink for JsonLines<W> {
    fn write_record(&mut self, record: &Record, events: &[Event]) -> std::io::Result<()> {
        let t = &record.text;
        for e in events {
            let line = Line {
                schema: SCHEMA_VERSION,
                event: e,
                sentence_text: e.sentence_span.slice(t),
                source_text: e.source_actor.as_ref().map(|a| a.span.slice(t)),
                target_text: e.target_actor.as_ref().map(|a| a.span.slice(t)),
                verb_text: e.verb_span.slice(t),
                date: record.date.map(|d| d.to_string()),
            };
            serde_json::to_writer(&mut self.w, &line)?;
            self.w.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

/// A readable table for a terminal.
pub struct Table<W: Write> {
    w: W,
    header: bool,
}

impl<W: Write> Table<W> {
    /// A table sink over a writer.
    pub fn new(w: W) -> Self {
        Table { w, header: false }
    }
}

fn clip(s: &str, n: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        let mut c: String = s.chars().take(n.saturating_sub(1)).collect();
        c.push('…');
        c
    }
}

impl<W: Write> Sink for Table<W> {
    fn write_record(&mut self, record: &Record, events: &[Event]) -> std::io::Result<()> {
        if !self.header {
            writeln!(
                self.w,
                "{:<14} {:>3} {:<10} {:<10} {:<5} {:>5}  {:<18} {:<18} {:<14}",
                "record",
                "sen",
                "source",
                "target",
                "code",
                "gold",
                "source words",
                "target words",
                "verb"
            )?;
            self.header = true;
        }
        let t = &record.text;
        for e in events {
            writeln!(
                self.w,
                "{:<14} {:>3} {:<10} {:<10} {:<5} {:>5}  {:<18} {:<18} {:<14}",
                clip(&record.id, 14),
                e.sentence,
                e.source,
                if e.target.is_empty() {
                    "---"
                } else {
                    &e.target
                },
                e.code,
                e.goldstein.map_or_else(String::new, |g| format!("{g:.1}")),
                clip(e.source_actor.as_ref().map_or("", |a| a.span.slice(t)), 18),
                clip(e.target_actor.as_ref().map_or("", |a| a.span.slice(t)), 18),
                clip(e.verb_span.slice(t), 14),
            )?;
        }
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}
