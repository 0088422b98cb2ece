//! Text helpers shared by the tokenizer and the dictionary reader, so that words in text and
//! in dictionaries are normalised the same way.

/// The ASCII capital a Latin letter with a diacritic folds to (`None` for anything else).
pub fn fold(ch: char) -> Option<char> {
    let c = match ch.to_lowercase().next()? {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'A',
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'C',
        'ď' | 'đ' => 'D',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'E',
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'G',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'į' => 'I',
        'ķ' => 'K',
        'ł' | 'ľ' | 'ļ' | 'ĺ' => 'L',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'O',
        'ř' | 'ŕ' => 'R',
        'ś' | 'š' | 'ş' | 'ș' => 'S',
        'ť' | 'ţ' | 'ț' => 'T',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'U',
        'ý' | 'ÿ' => 'Y',
        'ź' | 'ż' | 'ž' => 'Z',
        _ => return None,
    };
    Some(c)
}

/// A word's normal form: upper case, the typographic apostrophe as ASCII, Latin letters with
/// diacritics folded to ASCII ("Erdoğan" → ERDOGAN).
pub fn normal_form(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_uppercase();
    }
    let mut s = String::with_capacity(word.len());
    for ch in word.chars() {
        // (U+02BC, the modifier letter apostrophe, stands for one in some news text:
        // "governmentʼs".)
        if ch == '\u{2019}' || ch == '\u{02BC}' {
            s.push('\'');
        } else if ch.is_ascii() {
            s.push(ch.to_ascii_uppercase());
        } else if let Some(a) = fold(ch) {
            s.push(a);
        } else {
            s.extend(ch.to_uppercase());
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_latin_diacritics_only() {
        assert_eq!(super::normal_form("Erdoğan’s"), "ERDOGAN'S");
        assert_eq!(super::normal_form("Bogotá"), "BOGOTA");
        assert_eq!(super::normal_form("didnʼt"), "DIDN'T");
        assert_eq!(super::normal_form("СССР"), "СССР");
    }
}
