//! Article-level input checks: language detection (whatlang) and HTML main-text extraction
//! (dom_smoothie, a Readability port).

use crate::EnrichError;

/// The language of a text, as whatlang detects it from its first 4,000 bytes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Language {
    /// ISO 639-3 code, e.g. `eng`, `spa`.
    pub code: &'static str,
    /// English name, e.g. `Spanish`.
    pub name: &'static str,
    /// whatlang's confidence 0..=1.
    pub confidence: f64,
    /// whatlang's own judgement that the detection is reliable.
    pub reliable: bool,
}

/// Detects the language of `text`; `None` when the text has too few letters to tell.
pub fn detect_language(text: &str) -> Option<Language> {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    Some(Language {
        code: info.lang().code(),
        name: info.lang().eng_name(),
        confidence: info.confidence(),
        reliable: info.is_reliable(),
    })
}

/// `Err(reason)` when the text is reliably detected as a language other than English
/// (reason: `not English: Spanish (spa)`); texts too short to tell are accepted.
pub fn require_english(text: &str) -> Result<(), String> {
    match detect_language(text) {
        Some(l) if l.code != "eng" && l.reliable => {
            Err(format!("not English: {} ({})", l.name, l.code))
        }
        _ => Ok(()),
    }
}

/// The main text of an HTML page.
#[derive(Clone, Debug, PartialEq)]
pub struct HtmlArticle {
    /// The page title, when found.
    pub title: Option<String>,
    /// The published time from the page's metadata, when found (as written).
    pub published: Option<String>,
    /// The main text, paragraphs separated by blank lines.
    pub text: String,
}

/// Extracts the main text of an HTML page (Readability's algorithm, crate dom_smoothie).
pub fn html_main_text(html: &str, origin: &str) -> Result<HtmlArticle, EnrichError> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut r =
        dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| EnrichError::Html {
            origin: origin.to_string(),
            reason: e.to_string(),
        })?;
    let a = r.parse().map_err(|e| EnrichError::Html {
        origin: origin.to_string(),
        reason: e.to_string(),
    })?;
    let text = a.text_content.to_string();
    if text.trim().is_empty() {
        return Err(EnrichError::Html {
            origin: origin.to_string(),
            reason: "no main text found".into(),
        });
    }
    Ok(HtmlArticle {
        title: (!a.title.trim().is_empty()).then(|| a.title.trim().to_string()),
        published: a.published_time,
        text,
    })
}
