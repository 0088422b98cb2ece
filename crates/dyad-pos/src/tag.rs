//! The Penn Treebank tagset used by [`crate::Tagger`].

/// A Penn Treebank part-of-speech tag.
///
/// Punctuation gets its own PTB-style tags (`.` `,` `:` `` `` `` `''` `-LRB-` `-RRB-` `$` `#`);
/// any other symbol-only token is [`Tag::Punct`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(clippy::upper_case_acronyms)]
pub enum Tag {
    /// Coordinating conjunction.
    CC,
    /// Cardinal number.
    CD,
    /// Determiner.
    DT,
    /// Existential *there*.
    EX,
    /// Foreign word.
    FW,
    /// Preposition or subordinating conjunction.
    IN,
    /// Adjective.
    JJ,
    /// Adjective, comparative.
    JJR,
    /// Adjective, superlative.
    JJS,
    /// List item marker.
    LS,
    /// Modal.
    MD,
    /// Noun, singular or mass.
    NN,
    /// Noun, plural.
    NNS,
    /// Proper noun, singular.
    NNP,
    /// Proper noun, plural.
    NNPS,
    /// Predeterminer.
    PDT,
    /// Possessive ending.
    POS,
    /// Personal pronoun.
    PRP,
    /// Possessive pronoun (`PRP$`).
    PRPS,
    /// Adverb.
    RB,
    /// Adverb, comparative.
    RBR,
    /// Adverb, superlative.
    RBS,
    /// Particle.
    RP,
    /// Symbol.
    SYM,
    /// *to*.
    TO,
    /// Interjection.
    UH,
    /// Verb, base form.
    VB,
    /// Verb, past tense.
    VBD,
    /// Verb, gerund or present participle.
    VBG,
    /// Verb, past participle.
    VBN,
    /// Verb, non-3rd person singular present.
    VBP,
    /// Verb, 3rd person singular present.
    VBZ,
    /// Wh-determiner.
    WDT,
    /// Wh-pronoun.
    WP,
    /// Possessive wh-pronoun (`WP$`).
    WPS,
    /// Wh-adverb.
    WRB,
    /// Sentence-final punctuation `.` `!` `?`.
    Period,
    /// Comma.
    Comma,
    /// Colon, semicolon, dash, ellipsis (`:`).
    Colon,
    /// Opening quotation mark (` `` `).
    LQuote,
    /// Closing quotation mark (`''`).
    RQuote,
    /// Opening bracket (`-LRB-`).
    LParen,
    /// Closing bracket (`-RRB-`).
    RParen,
    /// Dollar sign.
    Dollar,
    /// Pound sign `#`.
    Hash,
    /// Any other punctuation or symbol-only token.
    Punct,
}

impl Tag {
    /// Number of tags.
    pub const COUNT: usize = 46;

    /// All tags in index order (`ALL[t.index()] == t`).
    pub const ALL: [Tag; Tag::COUNT] = [
        Tag::CC,
        Tag::CD,
        Tag::DT,
        Tag::EX,
        Tag::FW,
        Tag::IN,
        Tag::JJ,
        Tag::JJR,
        Tag::JJS,
        Tag::LS,
        Tag::MD,
        Tag::NN,
        Tag::NNS,
        Tag::NNP,
        Tag::NNPS,
        Tag::PDT,
        Tag::POS,
        Tag::PRP,
        Tag::PRPS,
        Tag::RB,
        Tag::RBR,
        Tag::RBS,
        Tag::RP,
        Tag::SYM,
        Tag::TO,
        Tag::UH,
        Tag::VB,
        Tag::VBD,
        Tag::VBG,
        Tag::VBN,
        Tag::VBP,
        Tag::VBZ,
        Tag::WDT,
        Tag::WP,
        Tag::WPS,
        Tag::WRB,
        Tag::Period,
        Tag::Comma,
        Tag::Colon,
        Tag::LQuote,
        Tag::RQuote,
        Tag::LParen,
        Tag::RParen,
        Tag::Dollar,
        Tag::Hash,
        Tag::Punct,
    ];

    /// Dense index of this tag (0..[`Tag::COUNT`]).
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag with dense index `i`, if any.
    #[must_use]
    pub fn from_index(i: usize) -> Option<Tag> {
        Tag::ALL.get(i).copied()
    }

    /// The Penn Treebank spelling of the tag (`PRP$`, `-LRB-`, `.` ...).
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            Tag::CC => "CC",
            Tag::CD => "CD",
            Tag::DT => "DT",
            Tag::EX => "EX",
            Tag::FW => "FW",
            Tag::IN => "IN",
            Tag::JJ => "JJ",
            Tag::JJR => "JJR",
            Tag::JJS => "JJS",
            Tag::LS => "LS",
            Tag::MD => "MD",
            Tag::NN => "NN",
            Tag::NNS => "NNS",
            Tag::NNP => "NNP",
            Tag::NNPS => "NNPS",
            Tag::PDT => "PDT",
            Tag::POS => "POS",
            Tag::PRP => "PRP",
            Tag::PRPS => "PRP$",
            Tag::RB => "RB",
            Tag::RBR => "RBR",
            Tag::RBS => "RBS",
            Tag::RP => "RP",
            Tag::SYM => "SYM",
            Tag::TO => "TO",
            Tag::UH => "UH",
            Tag::VB => "VB",
            Tag::VBD => "VBD",
            Tag::VBG => "VBG",
            Tag::VBN => "VBN",
            Tag::VBP => "VBP",
            Tag::VBZ => "VBZ",
            Tag::WDT => "WDT",
            Tag::WP => "WP",
            Tag::WPS => "WP$",
            Tag::WRB => "WRB",
            Tag::Period => ".",
            Tag::Comma => ",",
            Tag::Colon => ":",
            Tag::LQuote => "``",
            Tag::RQuote => "''",
            Tag::LParen => "-LRB-",
            Tag::RParen => "-RRB-",
            Tag::Dollar => "$",
            Tag::Hash => "#",
            Tag::Punct => "PUNCT",
        }
    }

    /// Parse the spelling produced by [`Tag::as_str`].
    #[must_use]
    pub fn parse(s: &str) -> Option<Tag> {
        Tag::ALL.iter().copied().find(|t| t.as_str() == s)
    }

    /// `VB`, `VBD`, `VBG`, `VBN`, `VBP`, `VBZ` (not `MD`).
    #[must_use]
    pub fn is_verb(&self) -> bool {
        matches!(
            self,
            Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ
        )
    }

    /// A finite verb or a modal: `VBD`, `VBZ`, `VBP`, `MD`.
    #[must_use]
    pub fn is_finite(&self) -> bool {
        matches!(self, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD)
    }

    /// `NN`, `NNS`, `NNP`, `NNPS`.
    #[must_use]
    pub fn is_noun(&self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }

    /// `NNP`, `NNPS`.
    #[must_use]
    pub fn is_proper_noun(&self) -> bool {
        matches!(self, Tag::NNP | Tag::NNPS)
    }

    /// `JJ`, `JJR`, `JJS`.
    #[must_use]
    pub fn is_adjective(&self) -> bool {
        matches!(self, Tag::JJ | Tag::JJR | Tag::JJS)
    }

    /// `RB`, `RBR`, `RBS`, `WRB`.
    #[must_use]
    pub fn is_adverb(&self) -> bool {
        matches!(self, Tag::RB | Tag::RBR | Tag::RBS | Tag::WRB)
    }

    /// Punctuation tags (`.` `,` `:` quotes, brackets, [`Tag::Punct`]).
    #[must_use]
    pub fn is_punct(&self) -> bool {
        matches!(
            self,
            Tag::Period
                | Tag::Comma
                | Tag::Colon
                | Tag::LQuote
                | Tag::RQuote
                | Tag::LParen
                | Tag::RParen
                | Tag::Punct
        )
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Deterministic tag for a token made only of punctuation/symbol characters, or `None` when the
/// token contains a letter or digit or is ambiguous (`'`, `’`, `"`).
#[must_use]
pub fn punct_tag(word: &str) -> Option<Tag> {
    if word.is_empty() || word.chars().any(char::is_alphanumeric) {
        return None;
    }
    let t = match word {
        "'" | "’" | "\"" => return None,
        "," | "，" => Tag::Comma,
        "..." | "…" | ". . ." => Tag::Colon,
        ";" | ":" | "-" | "--" | "---" | "—" | "–" => Tag::Colon,
        "``" | "“" | "‘" | "`" | "«" => Tag::LQuote,
        "''" | "”" | "»" => Tag::RQuote,
        "(" | "[" | "{" | "-LRB-" => Tag::LParen,
        ")" | "]" | "}" | "-RRB-" => Tag::RParen,
        "$" => Tag::Dollar,
        "#" => Tag::Hash,
        "%" => Tag::NN,
        "&" => Tag::CC,
        _ if word.chars().all(|c| matches!(c, '.' | '!' | '?')) => Tag::Period,
        _ => Tag::Punct,
    };
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_roundtrip_and_spelling() {
        for (i, t) in Tag::ALL.iter().enumerate() {
            assert_eq!(t.index(), i);
            assert_eq!(Tag::from_index(i), Some(*t));
            assert_eq!(Tag::parse(t.as_str()), Some(*t));
        }
        assert_eq!(Tag::PRPS.as_str(), "PRP$");
        assert!(Tag::VBP.is_verb() && !Tag::MD.is_verb());
        assert!(Tag::NNPS.is_noun() && !Tag::PRP.is_noun());
    }

    #[test]
    fn punctuation_rules() {
        assert_eq!(punct_tag("."), Some(Tag::Period));
        assert_eq!(punct_tag("?!"), Some(Tag::Period));
        assert_eq!(punct_tag("--"), Some(Tag::Colon));
        assert_eq!(punct_tag("("), Some(Tag::LParen));
        assert_eq!(punct_tag("'"), None);
        assert_eq!(punct_tag("a."), None);
    }
}
