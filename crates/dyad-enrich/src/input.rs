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
///
/// whatlang alone calls tables of figures ("Shr loss six cts vs …") French or Latin, so a
/// Latin-script text is rejected only when at least 5 % of its words are function words of the
/// detected language (lists for French, Spanish, Portuguese, German, Italian, Dutch; for other
/// Latin-script languages: when under 2 % are English function words). Texts in another script
/// are rejected (named by whatlang's best guess).
pub fn require_english(text: &str) -> Result<(), String> {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let Some(info) = whatlang::detect(&text[..end]) else {
        return Ok(());
    };
    let lang = info.lang();
    let reject = || {
        Err(format!(
            "not English: {} ({})",
            lang.eng_name(),
            lang.code()
        ))
    };
    if info.script() != whatlang::Script::Latin {
        return reject();
    }
    if lang == whatlang::Lang::Eng || !info.is_reliable() {
        return Ok(());
    }
    let words: Vec<String> = text[..end]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 5 {
        return Ok(());
    }
    let share = |list: &[&str]| {
        words.iter().filter(|w| list.contains(&w.as_str())).count() as f64 / words.len() as f64
    };
    let list: &[&str] = match lang.code() {
        "fra" => &[
            "le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "dans",
            "pour", "pas", "sur", "au", "aux", "il", "elle",
        ],
        "spa" => &[
            "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por",
            "para", "con", "se", "no", "su", "al",
        ],
        "por" => &[
            "o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma",
            "para", "com", "não", "no", "na", "se",
        ],
        "deu" => &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von",
            "sich", "des", "auf", "für", "im", "dem",
        ],
        "ita" => &[
            "il", "la", "di", "che", "e", "è", "un", "una", "per", "non", "del", "della", "con",
            "si", "le", "gli", "da", "in",
        ],
        "nld" => &[
            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met",
            "voor", "die", "er",
        ],
        _ => {
            let en = [
                "the", "of", "and", "to", "in", "a", "is", "for", "on", "that", "with", "by",
                "said", "was", "it", "as", "at", "from",
            ];
            return if share(&en) < 0.02 { reject() } else { Ok(()) };
        }
    };
    if share(list) >= 0.05 {
        reject()
    } else {
        Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_other_languages() {
        assert!(require_english(
            "Iran and Syria signed a defence agreement in Tehran on Wednesday, the ministry said."
        )
        .is_ok());
        let fr = "Le ministre iranien de la Défense a rencontré son homologue syrien à Téhéran mercredi, et les deux pays ont signé un accord de coopération.";
        assert_eq!(
            require_english(fr).unwrap_err(),
            "not English: French (fra)"
        );
        let es = "El ministro de Defensa de Irán se reunió con su homólogo sirio en Teherán el miércoles y los dos países firmaron un acuerdo.";
        assert!(require_english(es).unwrap_err().contains("Spanish"));
        let ru = "Министр обороны Ирана встретился с сирийским коллегой в Тегеране в среду, и страны подписали соглашение.";
        assert!(require_english(ru).unwrap_err().contains("Russian"));
        // Tables of figures are not French.
        assert!(require_english("Shr loss six cts vs not available Net loss 562,231 vs profit 10,253 Revs 8,871,874 vs 9,549,308 Year Shr loss 60 cts vs loss nine cts").is_ok());
    }

    #[test]
    fn html_main_text_is_extracted() {
        let html = "<html><head><title>Talks in Tehran</title></head><body><nav>Home | World | Sports</nav>\
            <article><h1>Talks in Tehran</h1><p>Iranian Defense Minister Mohammad Reza Ashtiani met his Syrian counterpart in Tehran on Wednesday, the ministry said in a statement released late in the evening.</p>\
            <p>The two ministers discussed military cooperation and the situation in Syria, and agreed to meet again in Damascus next month to continue the talks on regional security.</p></article>\
            <footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>";
        let a = html_main_text(html, "t.html").unwrap();
        assert!(a.text.contains("met his Syrian counterpart in Tehran"));
        assert!(!a.text.contains("All rights reserved"));
        assert!(html_main_text("<html><body></body></html>", "e.html").is_err());
    }
}
