//! `dyad analyze`: how dyad reads each sentence, for a linguist checking a coding.
//!
//! CoNLL-U-style lines: ID, FORM, LEMMA, TAG, CHUNK (B-/I- phrase label), HEAD (the phrase
//! head's ID), START:END byte offsets, and the dictionary entry the word was recognised as;
//! then each verb phrase with its subject, object, negation, modality and reported speech.

use dyad_code::Coder;
use dyad_pos::chunk::{analyse, ChunkKind};
use dyad_pos::{lemma::lemma, Tagger};

/// Prints the analysis of every sentence of `text`.
pub fn print(coder: &Coder, id: &str, text: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let tagger = Tagger::embedded();
    let explain = coder.explain(text, None);
    let _ = writeln!(out, "# record = {id}");
    for (si, s) in dyad_text::sentences(text).iter().enumerate() {
        let toks = dyad_text::tokenize(text, *s);
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        // (The coder's reading of the tags when it runs the tagger: the analysis below is
        // then the one its rules see.)
        let tags = match coder.sentence_tags(text, *s) {
            t if t.len() == words.len() => t,
            _ => tagger.tag(&words),
        };
        let a = analyse(&words, &tags);
        let _ = writeln!(out, "# sent_id = {id}-{si}\n# text = {}", s.slice(text));
        for (k, w) in words.iter().enumerate() {
            let c = &a.chunks[a.chunk_of[k]];
            let label = if c.kind == ChunkKind::O {
                "O".to_string()
            } else {
                format!(
                    "{}-{}",
                    if k == c.start { "B" } else { "I" },
                    c.kind.as_str()
                )
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}:{}",
                k + 1,
                w,
                lemma(&w.to_lowercase(), tags[k]),
                tags[k].as_str(),
                label,
                c.head + 1,
                toks[k].span.start,
                toks[k].span.end
            );
        }
        for v in &a.verbs {
            let c = &a.chunks[v.chunk];
            let phrase = |ci: Option<usize>| {
                ci.map_or("-".to_string(), |ci| {
                    words[a.chunks[ci].start..a.chunks[ci].end].join(" ")
                })
            };
            let _ = writeln!(
                out,
                "# verb {} [{}] subject=[{}] object=[{}]{}{}{}{}",
                words[c.head],
                words[c.start..c.end].join(" "),
                phrase(v.subject),
                phrase(v.object),
                if v.negated { " negated" } else { "" },
                v.modal
                    .as_ref()
                    .map_or(String::new(), |m| format!(" modal={m}")),
                if v.passive { " passive" } else { "" },
                match v.reported_by {
                    Some(Some(k)) =>
                        format!(" reported-by={}", words[a.chunks[a.verbs[k].chunk].head]),
                    Some(None) => " quoted".to_string(),
                    None => String::new(),
                }
            );
        }
        for &(qs, qe) in &a.quotes {
            let _ = writeln!(out, "# quote [{}]", words[qs..qe].join(" "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "# dictionary reading\n{explain}");
    out
}
