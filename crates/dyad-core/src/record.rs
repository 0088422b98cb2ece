use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which reader produced a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordFormat {
    /// Plain text (a file or stdin).
    Text,
    /// A JSON Lines article.
    JsonLines,
    /// A PETRARCH XML `<Sentence>`.
    PetrarchXml,
    /// A TABARI text record.
    Tabari,
}

/// One unit of input: an article or a validation-suite record.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Record {
    /// The input's own id (JSON Lines `id`, PETRARCH `<Sentence id>`, TABARI record id), or a
    /// generated `file:line` id.
    pub id: String,
    /// Date used to resolve date-restricted actor codes and relative time expressions.
    pub date: Option<NaiveDate>,
    /// The outlet, where known.
    pub source: Option<String>,
    /// The article's address, where known.
    pub url: Option<String>,
    /// The title, where known.
    pub title: Option<String>,
    /// The text to code.
    pub text: String,
    /// The reader that produced it.
    pub format: RecordFormat,
    /// Where the record came from: `file:line` of its start.
    pub origin: String,
}
