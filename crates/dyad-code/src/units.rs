//! Stage 2: actor phrases, compound actors and pronouns.
//!
//! A run of actors, agents and title words with nothing else between them is one actor
//! phrase ("Iranian Defense Minister Brigadier General Mohammad Reza Ashtiani", "Gondor's Prime
//! Minister Falastur", "the ambassadors of Arnor"): its code is the most specific actor code
//! of the run's country, with the first agent's code added where the actor code does not
//! already carry it. Actor phrases joined only by commas and AND form a compound actor.

use chrono::NaiveDate;
use dyad_core::{ActorMatch, Provenance, Span};
use dyad_dict::Dictionaries;
use dyad_text::{Token, TokenKind};

use crate::recognize::{Item, Recognized};
use crate::CoderConfig;

/// One actor with its resolved code.
#[derive(Clone, Debug)]
pub struct Actor<'a> {
    /// Resolved code (never empty).
    pub code: String,
    /// The words.
    pub span: Span,
    /// First and one-past-last token.
    pub tokens: (usize, usize),
    /// The dictionary entries used.
    pub provenance: Vec<&'a Provenance>,
    /// Resolved from a pronoun or a deictic phrase.
    pub reference: bool,
    /// Agents applied (code, suffix) and whether they stood after the actor (+1), before it
    /// (-1), or there were none (0); used to share agents across a compound.
    pub agents: (Vec<(String, bool)>, i8),
    /// The actor's own code, without the agents ("FOR" of "FORGOVPRS").
    pub base: String,
    /// For a pronoun resolved within the sentence: where its antecedent starts.
    pub antecedent: Option<usize>,
}

impl Actor<'_> {
    /// As an [`ActorMatch`] for an event.
    pub fn to_match(&self) -> ActorMatch {
        ActorMatch {
            code: self.code.clone(),
            span: self.span,
            provenance: self.provenance.iter().map(|p| (*p).clone()).collect(),
        }
    }
}

/// A compound actor (one or more actors joined by commas and AND).
#[derive(Clone, Debug)]
pub struct Group<'a> {
    /// Members in text order.
    pub members: Vec<Actor<'a>>,
    /// First and one-past-last token.
    pub tokens: (usize, usize),
}

/// The actors of a sentence.
#[derive(Clone, Debug, Default)]
pub struct Units<'a> {
    /// Names learnt in this sentence: (name, code, provenance).
    pub names: Vec<(String, String, Vec<&'a Provenance>)>,
    /// Groups in text order.
    pub groups: Vec<Group<'a>>,
    /// For each token, the group covering it.
    pub group_of: Vec<Option<u32>>,
    /// TABARI: an actor coded `[###]` (true: the sentence is discarded) or `[+++]` (false:
    /// it is complex), with its entry.
    pub special: Option<(bool, &'a Provenance)>,
    /// The first actor that can be a person ("he", "she" in a later sentence): a code with a
    /// role, named by a phrase that does not end in an institution ("the Senate
    /// subcommittee" is no "he").
    pub person: Option<Actor<'a>>,
    /// Acronyms this sentence defines as something other than the dictionary's actor of that
    /// name ("the Commodity Credit Corporation (CCC)" is no Zimbabwean party).
    pub redefined: Vec<String>,
    /// News mode: the first actor is no "he" or "she" of a later sentence, read with this
    /// sentence's words: an institution or an organisation named by no person ("the Senate",
    /// "Salomon Brothers"), or people named by a plural ("police officers", "they").
    pub subject_not_a_person: bool,
}

/// What is carried from sentence to sentence in an article.
#[derive(Clone, Debug, Default)]
pub struct Context<'a> {
    /// The subject (first actor) of the latest sentence that had one.
    pub last_subject: Option<Actor<'a>>,
    /// Whether that subject is no "he" or "she" ([`Units::subject_not_a_person`]).
    pub last_subject_not_a_person: bool,
    /// The latest actor that can be a person ("he", "she"): a code with a role (IRNGOV, SYRMIL).
    pub last_person: Option<Actor<'a>>,
    /// Names seen inside actor phrases ("Ashtiani" in "Iranian Defense Minister … Ashtiani"),
    /// with the phrase's code: a later "Brig. Gen. Ashtiani" is the same actor.
    pub names: rustc_hash::FxHashMap<String, (String, Vec<&'a Provenance>)>,
    /// TABARI's FORWARD (manual 8.4): the actor a pronoun opening the next sentence, before
    /// any actor, refers to (the previous record's first actor, without its agents).
    pub forward: Option<String>,
    /// The first actor (not a pronoun) of the latest sentence, without its agents: what
    /// TABARI forwards to the next record of a story.
    pub first_base: Option<String>,
    /// How often each country has been named so far (actors, not pronouns): the article's
    /// own country is the one named most.
    pub countries: rustc_hash::FxHashMap<String, u32>,
    /// Acronyms the article has defined as something other than the dictionary's actor of
    /// that name: no longer that actor (see [`Units::redefined`]).
    pub redefined: Vec<String>,
}

impl<'a> Context<'a> {
    /// The country the article has named most so far, at least twice and more often than
    /// any other.
    pub fn main_country(&self) -> Option<String> {
        let mut counts: Vec<(&String, &u32)> = self.countries.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        match counts.as_slice() {
            [(c, &n), rest @ ..] if n >= 2 && rest.first().is_none_or(|(_, &m)| m < n) => {
                Some((*c).clone())
            }
            _ => None,
        }
    }

    /// Updates the context after a sentence.
    pub fn after_sentence(&mut self, units: &Units<'a>) {
        if let Some(p) = &units.person {
            self.last_person = Some(p.clone());
        }
        for (name, code, prov) in &units.names {
            self.names
                .entry(name.clone())
                .or_insert_with(|| (code.clone(), prov.clone()));
        }
        if let Some(g) = units.groups.first() {
            if let Some(a) = g.members.first() {
                self.last_subject = Some(a.clone());
                self.last_subject_not_a_person = units.subject_not_a_person;
            }
        }
        for a in units.groups.iter().flat_map(|g| g.members.iter()) {
            if let Some(c) = a
                .code
                .get(..3)
                .filter(|c| !a.reference && is_country(c) && !is_region(c))
            {
                *self.countries.entry(c.to_string()).or_insert(0) += 1;
            }
        }
        self.first_base = units
            .groups
            .iter()
            .flat_map(|g| g.members.iter())
            .find(|a| !a.reference)
            .map(|a| a.base.clone());
        self.forward = None;
        for a in &units.redefined {
            if !self.redefined.contains(a) {
                self.redefined.push(a.clone());
            }
        }
    }
}

/// The code of a null-coded actor in TABARI's reading (never in an event).
pub const NULL_ACTOR: &str = "---";

const PRONOUNS: &[&str] = &[
    "HE", "SHE", "THEY", "HIS", "HER", "THEIR", "ITS", "HIM", "THEM",
];
const LINKS: &[&str] = &["OF", "IN", "FOR", "THE", "TO", "FROM"];

/// Directions that name part of a place ("the northern West Bank").
const DIRECTIONS: &[&str] = &[
    "NORTHERN",
    "SOUTHERN",
    "EASTERN",
    "WESTERN",
    "CENTRAL",
    "NORTHEASTERN",
    "NORTHWESTERN",
    "SOUTHEASTERN",
    "SOUTHWESTERN",
    "NORTHEAST",
    "NORTHWEST",
    "SOUTHEAST",
    "SOUTHWEST",
];

#[derive(Clone, Debug)]
enum Atom<'a> {
    Actor {
        code: String,
        prov: &'a Provenance,
    },
    Agent {
        code: String,
        suffix: bool,
        prov: &'a Provenance,
        /// Agents nested inside this one ("main opposition group" holds "opposition group").
        more: Vec<(String, bool)>,
    },
}

/// Adjectives said of the one who acts, not of a clause ("it is willing to resume talks",
/// "it is likely to supply the reserves"): their "it" is an actor's, no extraposition.
pub(crate) const PERSONAL_ADJECTIVES: [&str; 24] = [
    "WILLING",
    "UNWILLING",
    "READY",
    "ABLE",
    "UNABLE",
    "PREPARED",
    "DETERMINED",
    "EAGER",
    "KEEN",
    "RELUCTANT",
    "OBLIGED",
    "FORCED",
    "CONFIDENT",
    "HAPPY",
    "CAPABLE",
    "INTERESTED",
    "CONCERNED",
    "LIKELY",
    "UNLIKELY",
    "SURE",
    "CERTAIN",
    "SET",
    "DUE",
    "BOUND",
];

/// Whether a three-letter code names a country (not an organisation or other group).
/// News mode: a place named after a preposition and followed by a comma and another
/// country's name alone is in that country ("the summit in Antigua, Guatemala", "a base in
/// Trenton, Nova Scotia"): the place takes the second country's code. Not in a list ("in
/// Mexico, Guatemala and Honduras") nor before the second name's own noun phrase ("in
/// Washington, Iran's foreign minister said").
fn place_then_country(
    tokens: &[Token],
    tags: &[dyad_pos::Tag],
    atom_at: &mut [Option<(Atom<'_>, usize)>],
) {
    let n = tokens.len();
    for k in 1..n {
        let Some((Atom::Actor { code: first, .. }, e)) = &atom_at[k] else {
            continue;
        };
        let e = *e;
        if !matches!(
            tokens[k - 1].norm.as_str(),
            "IN" | "AT" | "NEAR" | "OF" | "FROM"
        ) || tokens.get(e).is_none_or(|t| t.kind != TokenKind::Comma)
            || e + 1 >= n
        {
            continue;
        }
        let Some((Atom::Actor { code: second, .. }, e2)) = &atom_at[e + 1] else {
            continue;
        };
        let e2 = *e2;
        let (a, b) = (first.get(..3).unwrap_or(""), second.get(..3).unwrap_or(""));
        if second.len() != 3 || !is_country(a) || !is_country(b) || a == b {
            continue;
        }
        // (A list goes on after a comma with "and", "the" or another name.)
        let listed = |j: usize| {
            let j = if tokens.get(j).is_some_and(|t| t.norm == "THE") {
                j + 1
            } else {
                j
            };
            tokens
                .get(j)
                .is_some_and(|t| matches!(t.norm.as_str(), "AND" | "OR"))
                || atom_at.get(j).is_some_and(|x| x.is_some())
        };
        let closes = tokens[e2 - 1].possessive
            || match tokens.get(e2) {
                None => false,
                Some(t) if t.kind == TokenKind::Comma => listed(e2 + 1),
                Some(t) => {
                    t.kind == TokenKind::Word
                        && (matches!(t.norm.as_str(), "AND" | "OR")
                            || atom_at[e2].is_some()
                            || tags.get(e2).is_some_and(|g| {
                                // (nor a subject before its verb: "from the coast of
                                // Venezuela, Trinidad and Tobago provides")
                                g.is_noun()
                                    || matches!(
                                        g,
                                        dyad_pos::Tag::VBZ
                                            | dyad_pos::Tag::VBD
                                            | dyad_pos::Tag::VBP
                                            | dyad_pos::Tag::MD
                                    )
                            }))
                }
            };
        if closes {
            continue;
        }
        let country = second.clone();
        if let Some((Atom::Actor { code, .. }, _)) = &mut atom_at[k] {
            *code = country;
        }
    }
}

pub(crate) fn is_country(c: &str) -> bool {
    c.len() == 3
        && c.bytes().all(|b| b.is_ascii_uppercase())
        && !NOT_COUNTRIES_PACKED.contains(&pack3(c.as_bytes()))
}

/// Whether `c` is one of CAMEO's actor types or group codes ([`NOT_COUNTRIES`]).
pub(crate) fn is_actor_type(c: &str) -> bool {
    c.len() == 3 && NOT_COUNTRIES_PACKED.contains(&pack3(c.as_bytes()))
}

/// Whether `c` is one of CAMEO's region codes ([`REGIONS`]).
pub(crate) fn is_region(c: &str) -> bool {
    c.len() == 3 && REGIONS_PACKED.contains(&pack3(c.as_bytes()))
}

/// A three-letter code as one number (the lists above are compared a number at a time, not
/// a string at a time: they are read for every actor phrase).
const fn pack3(b: &[u8]) -> u32 {
    (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32
}

const fn pack_all<const N: usize>(codes: &[&str]) -> [u32; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = pack3(codes[i].as_bytes());
        i += 1;
    }
    out
}

const NOT_COUNTRIES_PACKED: [u32; NOT_COUNTRIES.len()] = pack_all(NOT_COUNTRIES);
const REGIONS_PACKED: [u32; REGIONS.len()] = pack_all(REGIONS);

/// CAMEO's actor types and group codes: three letters that are no country.
pub(crate) const NOT_COUNTRIES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
    "CHR", "MUS", "JEW", "BUD", "HIN",
];

/// Combines an actor code with an agent code (TABARI manual 5.4): no duplicate 3-letter parts.
pub fn combine(actor: &str, agent: &str, suffix: bool) -> String {
    let has = |code: &str, part: &str| code.as_bytes().chunks(3).any(|c| c == part.as_bytes());
    if agent.is_empty() {
        return actor.to_string();
    }
    if agent.len() >= 3 && has(actor, &agent[..3]) {
        return actor.to_string();
    }
    if suffix {
        format!("{actor}{agent}")
    } else {
        format!("{agent}{actor}")
    }
}

/// Prepositions: not modifiers inside an actor phrase or a compound.
const PREPOSITIONS: &[&str] = &[
    "WITH", "IN", "AT", "ON", "FOR", "TO", "FROM", "BY", "AGAINST", "OVER", "INTO", "ABOUT",
    "AFTER", "BEFORE", "SINCE", "UNTIL", "DURING", "AS", "WHILE", "WHEN", "IF", "BECAUSE", "UNDER",
    "AMONG", "BETWEEN", "THROUGH", "WITHOUT", "NEAR", "ACROSS",
];

/// Other words that cannot stand between an actor and its agent ("Osgiliath with the
/// parliament").
const FUNCTION_WORDS: &[&str] = &[
    "THE", "A", "AN", "THAT", "WHICH", "WHO", "IS", "WAS", "ARE", "WERE", "HAS", "HAVE", "HAD",
    "ITS", "THEIR", "HIS", "HER", "THIS", "THESE", "THOSE",
];

/// CAMEO's region codes.
pub(crate) const REGIONS: &[&str] = &[
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
];

/// The country a region phrase stands for when a country noun follows it ("the West African
/// country", "the Central Asian nation of Kyrgyzstan"): the country named after OF, else the
/// latest country actor of this sentence or the previous sentence's subject.
fn region_country(
    tokens: &[Token],
    atom_at: &[Option<(Atom, usize)>],
    (s, e): (usize, usize),
    actors: &[Actor],
    ctx: &Context,
) -> Option<String> {
    let noun = tokens.get(e)?;
    let determiner = |k: usize| matches!(tokens[k].norm.as_str(), "THE" | "THIS" | "THAT");
    if !(determiner(s) || (s > 0 && determiner(s - 1)))
        || !matches!(
            noun.norm.as_str(),
            "COUNTRY" | "NATION" | "STATE" | "REPUBLIC" | "KINGDOM" | "EMIRATE"
        )
    {
        return None;
    }
    if !noun.possessive && tokens.get(e + 1).is_some_and(|t| t.norm == "OF") {
        if let Some((Atom::Actor { code, .. }, _)) = atom_at.get(e + 2).and_then(Option::as_ref) {
            return Some(code.clone()).filter(|c| is_country(c.get(..3).unwrap_or("")));
        }
    }
    let region = match &atom_at[s] {
        Some((Atom::Actor { code, .. }, _)) => code.as_str(),
        _ => "",
    };
    let family = REGION_FAMILIES
        .iter()
        .find(|(regions, _)| regions.contains(&region))
        .map(|(_, countries)| *countries);
    actors
        .iter()
        .rev()
        .chain(ctx.last_subject.iter())
        .map(|a| &a.code[..a.code.len().min(3)])
        .find(|c| is_country(c) && !is_region(c) && family.is_none_or(|f| f.contains(c)))
        .map(str::to_string)
}

/// The countries of CAMEO's regions, by continent (coarse: "the West African country" may
/// be any African one).
const REGION_FAMILIES: &[(&[&str], &[&str])] = &[
    (
        &["AFR", "WAF", "EAF", "NAF", "SAF", "CFR"],
        &[
            "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CMR", "CPV", "CAF", "TCD", "COM", "COD",
            "COG", "CIV", "DJI", "EGY", "GNQ", "ERI", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB",
            "KEN", "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM",
            "NER", "NGA", "RWA", "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN", "SWZ",
            "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE", "ESH",
        ],
    ),
    (
        &["MEA", "PGS"],
        &[
            "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU",
            "SYR", "TUR", "ARE", "YEM",
        ],
    ),
    (
        &["ASA", "SAS", "SEA", "CAS", "EIN"],
        &[
            "AFG", "BGD", "BTN", "BRN", "KHM", "CHN", "IND", "IDN", "JPN", "KAZ", "PRK", "KOR",
            "KGZ", "LAO", "MYS", "MDV", "MNG", "MMR", "NPL", "PAK", "PHL", "SGP", "LKA", "TWN",
            "TJK", "THA", "TLS", "TKM", "UZB", "VNM",
        ],
    ),
    (
        &["EUR", "EEU", "CEU", "SCN", "BLK"],
        &[
            "ALB", "AND", "AUT", "BLR", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST",
            "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "IRL", "ITA", "KSV", "LVA", "LIE", "LTU",
            "LUX", "MKD", "MLT", "MDA", "MCO", "MNE", "NLD", "NOR", "POL", "PRT", "ROU", "RUS",
            "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "UKR", "GBR", "VAT",
        ],
    ),
    (
        &["LAM", "SAM", "CRB", "NMR"],
        &[
            "ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN",
            "ATG", "BHS", "BRB", "CUB", "DMA", "DOM", "GRD", "HTI", "JAM", "KNA", "LCA", "VCT",
            "TTO", "BLZ", "CRI", "SLV", "GTM", "HND", "MEX", "NIC", "PAN", "USA", "CAN",
        ],
    ),
    (&["CAU"], &["ARM", "AZE", "GEO", "RUS"]),
];

/// Countries that are kingdoms (for "the kingdom").
/// Agent codes of ethnic groups, which CAMEO codes as actors of their own ("Kurdish officials":
/// `KURGOV`).
const ETHNIC_GROUPS: &[&str] = &[
    "KUR", "BAL", "ARB", "YAZ", "UIG", "ROH", "PAS", "TUA", "TIB", "TAM", "DRZ", "ALW",
];

/// Peoples with one homeland, whose members are its people wherever they are named
/// ("Bangladesh will not accept Rohingya refugees": Myanmar's): Rohingya, Uighurs,
/// Tibetans, Alawites.
const HOMELANDS: &[(&str, &str)] = &[
    ("ROH", "MMR"),
    ("UIG", "CHN"),
    ("TIB", "CHN"),
    ("ALW", "SYR"),
];

const KINGDOMS: &[&str] = &[
    "BEL", "BHR", "BTN", "DNK", "ESP", "GBR", "JOR", "KHM", "LSO", "MAR", "NLD", "NOR", "SAU",
    "SWE", "SWZ", "THA", "TON",
];

fn is_title_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.capitalized
        && !matches!(t.norm.as_str(), "THE" | "A" | "AN" | "AND" | "BUT" | "OR")
}

/// Whether a verb form is one of removal: withdrawing, pulling out, recalling, evacuating,
/// removing, repatriating, redeploying, relocating (by its stem).
pub(crate) fn removal_verb(norm: &str) -> bool {
    const REMOVAL: [&str; 8] = [
        "WITHDR",
        "PULL",
        "RECALL",
        "EVACUAT",
        "REMOV",
        "REPATRIAT",
        "REDEPLOY",
        "RELOCAT",
    ];
    REMOVAL.iter().any(|p| norm.starts_with(p))
}

/// Builds the actor groups of a sentence.
pub fn build<'a>(
    d: &'a Dictionaries,
    tokens: &[Token],
    rec: &Recognized,
    date: Option<NaiveDate>,
    ctx: &Context<'a>,
    config: &CoderConfig,
) -> Units<'a> {
    let n = tokens.len();
    // News mode: acronyms the text defines as something else than the dictionary's actor.
    let redefined = if config.every_verb && !config.tabari_rules {
        redefined_acronyms(d, tokens, rec, date)
    } else {
        Vec::new()
    };
    // Atoms per token start.
    let mut atom_at = atoms(d, tokens, rec, date, config);
    if config.every_verb && !config.tabari_rules {
        for (k, slot) in atom_at.iter_mut().enumerate() {
            let alone = matches!(slot, Some((Atom::Actor { .. }, e)) if *e == k + 1);
            let norm = tokens[k].norm.as_str();
            if alone
                && (redefined.iter().any(|a| a == norm) || ctx.redefined.iter().any(|a| a == norm))
            {
                *slot = None;
            }
        }
    }
    if config.every_verb && !config.tabari_rules {
        place_then_country(tokens, &rec.tags, &mut atom_at);
    }
    let mut b = Builder {
        tokens,
        rec,
        ctx,
        config,
        atom_at,
        actors: Vec::with_capacity(8),
        sentence_names: Vec::new(),
        first_actor: None,
        units_special: None,
    };
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        // A possessive pronoun before an actor is a determiner ("his Syrian counterpart");
        // before an agent it names the agent's country ("its army"): resolved in the run.
        let possessive_det = matches!(t.norm.as_str(), "HIS" | "HER" | "ITS" | "THEIR")
            && i + 1 < n
            && b.atom_at[i + 1].is_some();
        if possessive_det && config.nearest_pronouns {
            i += 1;
            continue;
        }
        if b.atom_at[i].is_none() && b.is_pronoun(i) {
            b.pronoun(i);
            i += 1;
            continue;
        }
        if b.atom_at[i].is_none() && !b.known_name(i) {
            i += 1;
            continue;
        }
        // News mode: an institution's name written in lower case after "a" and before "of"
        // is a common noun ("told a general assembly of France's Oilseeds Federation").
        if let Some((Atom::Actor { .. }, e)) = &b.atom_at[i] {
            let e = *e;
            if !config.tabari_rules
                && e > i + 1
                && i > 0
                && matches!(tokens[i - 1].norm.as_str(), "A" | "AN")
                && tokens.get(e).is_some_and(|t| t.norm == "OF")
                && tokens[i..e]
                    .iter()
                    .all(|t| t.kind != TokenKind::Word || !t.capitalized)
            {
                i = e;
                continue;
            }
        }
        let run = b.run(i);
        i = run.skip_to.unwrap_or(run.end.max(run.start + 1));
        b.phrase(run);
    }
    let Builder {
        mut actors,
        sentence_names,
        units_special,
        ..
    } = b;
    // News mode: "we", "I", "our" inside a quotation are its speaker ("\"We will retaliate,\"
    // Iran's defence minister said").
    if config.nearest_pronouns && !config.tabari_rules && !rec.tags.is_empty() {
        first_person_in_quotes(tokens, rec, &mut actors);
    }
    // Group compounds: actors separated only by ",", "AND", ", AND".
    let mut units = Units {
        names: sentence_names,
        groups: Vec::new(),
        group_of: vec![None; n],
        special: units_special,
        person: None,
        redefined,
        subject_not_a_person: false,
    };
    let groups = group_compounds(tokens, rec, config, actors);
    let mut fixed = settle_compounds(tokens, rec, config, groups);
    if !config.nearest_pronouns {
        tabari_pronouns(tokens, config, &mut fixed);
    }
    // News mode: a former office holder ("Former US President Barack Obama", "former Afghan
    // president Hamid Karzai") is an elite, no longer the government (CAMEO's ELI).
    if config.bare_agents {
        counterparts(tokens, &mut fixed);
        military_targets(tokens, &mut fixed);
        offices(tokens, &mut fixed);
    }
    units.groups = fixed;
    for (gi, g) in units.groups.iter().enumerate() {
        for k in g.tokens.0..g.tokens.1 {
            units.group_of[k] = Some(gi as u32);
        }
    }
    units.subject_not_a_person = units
        .groups
        .first()
        .and_then(|g| g.members.first())
        .is_some_and(|a| {
            institution(tokens, a)
                || organisation(tokens, a)
                || plural_phrase(tokens, &rec.tags, a)
                || (a.reference
                    && matches!(
                        tokens[a.tokens.0.min(n.saturating_sub(1))].norm.as_str(),
                        "THEY" | "THEM" | "THEIR" | "WE" | "OUR" | "US"
                    ))
        });
    units.person = units
        .groups
        .iter()
        .flat_map(|g| g.members.iter())
        .find(|a| {
            a.code.len() > 3
                && !a.reference
                && !((config.every_verb && !config.tabari_rules)
                    && (institution(tokens, a) || organisation(tokens, a)))
        })
        .cloned();
    units
}

/// Whether the actor phrase ends in a plural noun ("drug trafficking organizations",
/// "police officers", "protesters"): no "he" or "she".
fn plural_phrase(tokens: &[Token], tags: &[dyad_pos::Tag], a: &Actor) -> bool {
    let last = a.tokens.1.min(tokens.len());
    last > a.tokens.0
        && matches!(
            tags.get(last - 1),
            Some(dyad_pos::Tag::NNS | dyad_pos::Tag::NNPS)
        )
        && tokens[last - 1].norm.ends_with('S')
}

/// News mode: acronyms this sentence defines in brackets after a name whose initials
/// they are ("the Commodity Credit Corporation (CCC)", "Fuerzas Armadas Revolucionarias de
/// Colombia (FARC)") when the dictionary knows the acronym as an actor but the name holds no
/// actor of that actor's country: the text means something else by it.
fn redefined_acronyms(
    d: &Dictionaries,
    tokens: &[Token],
    rec: &Recognized,
    date: Option<NaiveDate>,
) -> Vec<String> {
    // (Small words a name's initials pass over.)
    const LINKING: &[&str] = &[
        "OF", "AND", "FOR", "THE", "ON", "IN", "TO", "DE", "DEL", "LA", "LAS", "LOS", "EL", "DES",
        "DU", "ET", "Y", "E", "DA", "DO", "DOS",
    ];
    let actor_code = |k: usize, end: Option<usize>| {
        rec.marks.iter().find_map(|m| match m.item {
            Item::Actor(a) if m.start == k && end.is_none_or(|e| m.end == e) => d.actors
                [a as usize]
                .code_as_of(date, d.horizon)
                .map(|c| c.to_string()),
            _ => None,
        })
    };
    let mut out = Vec::new();
    for k in 2..tokens.len().saturating_sub(1) {
        let acr = &tokens[k];
        if tokens[k - 1].kind != TokenKind::Open
            || tokens[k + 1].kind != TokenKind::Close
            || acr.kind != TokenKind::Word
            || !(2..=8).contains(&acr.norm.len())
            || !acr.norm.bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let Some(entry) = rec.marks.iter().find_map(|m| match m.item {
            Item::Actor(a) if m.start == k && m.end == k + 1 => Some(a as usize),
            _ => None,
        }) else {
            continue;
        };
        let Some(code) = d.actors[entry].code_as_of(date, d.horizon) else {
            continue;
        };
        // The name's initials, read backwards from the bracket.
        let letters = acr.norm.as_bytes();
        let mut want = letters.len();
        let mut start = None;
        let mut j = k - 1;
        while j > 0 && want > 0 {
            j -= 1;
            let t = &tokens[j];
            if t.kind != TokenKind::Word {
                break;
            }
            if t.capitalized && !LINKING.contains(&t.norm.as_str()) {
                if t.norm.as_bytes()[0] != letters[want - 1] {
                    break;
                }
                want -= 1;
                if want == 0 {
                    start = Some(j);
                }
            } else if !LINKING.contains(&t.norm.as_str()) {
                break;
            }
        }
        let Some(start) = start else { continue };
        let country = &code[..code.len().min(3)];
        let named = (start..k - 1)
            .any(|q| actor_code(q, None).is_some_and(|c| c.get(..3) == Some(country)));
        // The names the dictionary gives the acronym's actor whose initials it is
        // ("CITIZENS_COALITION_FOR_CHANGE_" beside "CCC_"): the text's name must share at
        // most a third of the words of every one of them; with no such name nothing tells.
        let text_words: Vec<&str> = (start..k - 1)
            .map(|q| tokens[q].norm.as_str())
            .filter(|w| !LINKING.contains(w))
            .collect();
        let group = d.actors[entry].group as usize;
        let mut expansions = d.actors[group..]
            .iter()
            .take_while(|e| e.group as usize == group)
            .map(|e| {
                e.phrase
                    .words
                    .iter()
                    .map(|w| d.lexicon.word(w.id).0)
                    .filter(|w| !LINKING.contains(w))
                    .collect::<Vec<&str>>()
            })
            .filter(|ws| {
                ws.len() == letters.len()
                    && ws
                        .iter()
                        .zip(letters)
                        .all(|(w, &l)| w.as_bytes().first() == Some(&l))
            })
            .peekable();
        let other = expansions.peek().is_some()
            && expansions
                .all(|ws| 3 * ws.iter().filter(|w| text_words.contains(w)).count() <= ws.len());
        if !named && other && !out.contains(&acr.norm) {
            out.push(acr.norm.clone());
        }
    }
    out
}

/// News mode: the office a title right before a person's name gives in an undated sentence,
/// when the dictionary lists it among that person's codes and reads another one as of its
/// horizon ("German Chancellor Olaf Scholz": the chancellor, DEUGOV, not the member of
/// parliament the dictionary has him as since 2025; "Bolivian President Evo Morales"; a
/// "former" one is then a former office holder, BOLELI). A dated sentence keeps the office
/// of its date.
fn titled_office<'d>(
    d: &Dictionaries,
    tokens: &[Token],
    rec: &Recognized,
    e: &'d dyad_dict::ActorEntry,
    (dated, date): (&str, Option<NaiveDate>),
    start: usize,
    config: &CoderConfig,
) -> Option<&'d str> {
    if config.tabari_rules || !config.bare_agents || dated.len() != 6 || date.is_some() {
        return None;
    }
    let title = rec.marks.iter().find_map(|m| match m.item {
        Item::Agent(b) if m.end == start => d.agents[b as usize].agent.as_ref(),
        _ => None,
    });
    let ag = title?;
    // (A leader may lead a party, not the state: "veteran center-right leader Silvio
    // Berlusconi", "ODM party leader Raila Odinga".)
    if !matches!(ag.code.as_str(), "GOV" | "LEG" | "MIL" | "JUD" | "OPP")
        || (ag.code != "OPP" && matches!(tokens[start - 1].norm.as_str(), "LEADER" | "LEADERS"))
        || dated[3..] == ag.code
    {
        return None;
    }
    e.codes
        .iter()
        .map(|c| c.code.as_str())
        .find(|c| c.len() == 6 && c[..3] == dated[..3] && c[3..] == ag.code)
}

/// Collects the atoms of a sentence: for each token that starts a recognized actor or
/// agent, the atom and where it ends; an agent holds the agents nested inside it ("main
/// opposition group" holds "opposition group").
fn atoms<'a>(
    d: &'a Dictionaries,
    tokens: &[Token],
    rec: &Recognized,
    date: Option<NaiveDate>,
    config: &CoderConfig,
) -> Vec<Option<(Atom<'a>, usize)>> {
    let n = tokens.len();
    let mut atom_at: Vec<Option<(Atom, usize)>> = vec![None; n];
    for m in &rec.marks {
        match m.item {
            Item::Actor(a) => {
                let e = &d.actors[a as usize];
                let dated = e.code_as_of(date, d.horizon).unwrap_or("");
                let code = titled_office(d, tokens, rec, e, (dated, date), m.start, config)
                    .unwrap_or(dated)
                    .to_string();
                atom_at[m.start] = Some((
                    Atom::Actor {
                        code,
                        prov: &e.provenance,
                    },
                    m.end,
                ));
            }
            Item::Agent(a) => {
                let e = &d.agents[a as usize];
                if let Some(ag) = &e.agent {
                    let mut more: Vec<(String, bool)> = Vec::new();
                    for k in (m.start + 1..m.end).filter(|_| config.nested_agents) {
                        for &w in rec.words(k) {
                            for &b in d.candidates(dyad_dict::Index::Agents, w) {
                                let eb = &d.agents[b as usize];
                                let Some(agb) = &eb.agent else { continue };
                                if crate::recognize::match_phrase(rec, tokens, &eb.phrase, k)
                                    .is_some_and(|end| end <= m.end)
                                    && agb.code != ag.code
                                    && !more.iter().any(|(c, _)| *c == agb.code)
                                {
                                    more.push((agb.code.clone(), agb.suffix));
                                }
                            }
                        }
                    }
                    atom_at[m.start] = Some((
                        Atom::Agent {
                            code: ag.code.clone(),
                            suffix: ag.suffix,
                            prov: &e.provenance,
                            more,
                        },
                        m.end,
                    ));
                }
            }
            _ => {}
        }
    }
    // News mode: a state body the dictionary names after one country's, right after another
    // country's name or adjective, is that country's ("Peru's Justice Department",
    // "Venezuela's National Guard", "the Venezuelan National Guard"): its role only, as an
    // agent. (Not a person, whose entry is dated, nor a name holding its own country: "U.S.
    // Army".)
    if config.every_verb && !config.tabari_rules {
        for m in &rec.marks {
            let Item::Actor(a) = m.item else { continue };
            let e = &d.actors[a as usize];
            let Some(code) = e.code_as_of(date, d.horizon) else {
                continue;
            };
            let (Some(country), Some(role)) = (code.get(..3), code.get(3..6)) else {
                continue;
            };
            if !is_country(country)
                || !matches!(role, "GOV" | "MIL" | "JUD" | "LEG" | "COP" | "SPY")
                || e.codes.iter().any(|c| c.rule.is_some())
                || m.start == 0
            {
                continue;
            }
            let before = (0..m.start).rev().find(|&k| atom_at[k].is_some());
            let Some((Atom::Actor { code: owner, .. }, end)) =
                before.and_then(|k| atom_at[k].as_ref())
            else {
                continue;
            };
            // (A body named by what it is, not a territory's government: "China's Hong Kong
            // government" stays Hong Kong's.)
            let body = (m.start..m.end).any(|k| {
                matches!(
                    tokens[k].norm.as_str(),
                    "DEPARTMENT"
                        | "MINISTRY"
                        | "GUARD"
                        | "COURT"
                        | "POLICE"
                        | "OFFICE"
                        | "AGENCY"
                        | "BUREAU"
                        | "SERVICE"
                        | "COMMISSION"
                        | "TREASURY"
                        | "CONGRESS"
                        | "SENATE"
                        | "COUNCIL"
                        | "COMMUNITY"
                )
            });
            if *end == m.start && owner.len() == 3 && is_country(owner) && owner != country && body
            {
                atom_at[m.start] = Some((
                    Atom::Agent {
                        code: role.to_string(),
                        suffix: true,
                        prov: &e.provenance,
                        more: Vec::new(),
                    },
                    m.end,
                ));
            }
        }
    }
    atom_at
}

/// The actor phrases of a sentence in the making: what they are built from, and the actors
/// found so far, in text order.
struct Builder<'a, 'b> {
    tokens: &'b [Token],
    rec: &'b Recognized,
    ctx: &'b Context<'a>,
    config: &'b CoderConfig,
    /// For each token that starts an atom: the atom and where it ends.
    atom_at: Vec<Option<(Atom<'a>, usize)>>,
    /// The actors found so far.
    actors: Vec<Actor<'a>>,
    /// Names met in actor phrases of this sentence: (name, code, provenance).
    sentence_names: Vec<(String, String, Vec<&'a Provenance>)>,
    /// The first actor found (not a pronoun's).
    first_actor: Option<Actor<'a>>,
    /// TABARI: an actor coded `[###]` (true) or `[+++]` (false) met so far.
    units_special: Option<(bool, &'a Provenance)>,
}

/// A run of atoms, titles and names with nothing else between them: one actor phrase.
struct Run<'a> {
    /// First and one-past-last token of the phrase.
    start: usize,
    end: usize,
    /// The atoms in text order.
    run: Vec<Atom<'a>>,
    /// For each atom, whether it follows a possessive.
    after_possessive: Vec<bool>,
    /// Titles and names between the atoms.
    run_names: Vec<String>,
    /// For each atom, its tokens.
    atom_spans: Vec<(usize, usize)>,
    /// Where to go on scanning when that is not the end of the phrase (TABARI: an agent
    /// between two actors is passed over).
    skip_to: Option<usize>,
}

impl<'a> Run<'a> {
    /// Adds the atom spanning `span` to the run, which now ends after it.
    fn push_atom(&mut self, atom: &Atom<'a>, span: (usize, usize), after_possessive: bool) {
        self.atom_spans.push(span);
        self.run.push(atom.clone());
        self.after_possessive.push(after_possessive);
        self.end = span.1;
    }

    /// TABARI: drops the agents ending the run, which now ends at its last actor, and has
    /// the scan go on at `j` (see [`Builder::agent_between_actors`]).
    fn pass_over_agents(&mut self, j: usize) {
        while matches!(self.run.last(), Some(Atom::Agent { .. })) {
            self.run.pop();
            self.after_possessive.pop();
            self.atom_spans.pop();
        }
        self.end = self.atom_spans.last().map_or(self.start + 1, |s| s.1);
        self.skip_to = Some(j);
    }
}

/// The codes an actor phrase's atoms give (see [`Builder::codes`]).
struct Codes<'a> {
    /// The actor code and its provenance.
    actor_code: Option<(String, Vec<&'a Provenance>)>,
    /// The first agent: code, suffix, provenance.
    agent: Option<(String, bool, &'a Provenance)>,
    /// All agents, nested ones included: code, suffix.
    all_agents: Vec<(String, bool)>,
    /// Whether the first agent stands after the actor (+1), before it (-1), or there is none (0).
    agent_pos: i8,
    /// The entries used.
    provs: Vec<&'a Provenance>,
    /// TABARI: an actor coded `[+++]` or `[###]` was met.
    complex: bool,
    /// TABARI: the last such actor, true for `[###]`.
    special: Option<(bool, &'a Provenance)>,
    /// An actor with an empty (null) code was met.
    null_actor: bool,
}

impl Codes<'_> {
    /// Applies "former" before the actor or the agent ("former Gondor prosecutors" → GONELI),
    /// and says whether there was one.
    fn former(&mut self, tokens: &[Token], (start, end): (usize, usize)) -> bool {
        let Codes {
            actor_code,
            agent,
            all_agents,
            agent_pos,
            ..
        } = self;
        // "Former" before the actor or the agent makes the agent an elite (TABARI manual
        // 5.4.1): "former Gondor prosecutors" → GONELI.
        let former = (start.saturating_sub(1)..end).any(|k| tokens[k].norm == "FORMER");
        // (An agent before its actor keeps its code and gains ELI: "Former security
        // officials in White House" → USAGOVELI.)
        if former && *agent_pos == -1 && actor_code.is_some() && !all_agents.is_empty() {
            all_agents.push(("ELI".to_string(), true));
        } else if former {
            if let Some(a) = agent.as_mut() {
                a.0 = "ELI".to_string();
                a.1 = true;
            } else if actor_code.is_some() {
                *agent = None;
            }
            if all_agents.is_empty() {
                all_agents.push(("ELI".to_string(), true));
            } else {
                *all_agents = vec![("ELI".to_string(), true)];
            }
        }
        former
    }
}

impl<'a> Builder<'a, '_> {
    /// Whether the word at `i` is a pronoun that may stand for an actor: "he", "they",
    /// "its"…; "it" under TABARI's rules, or as a subject before a finite verb in news mode.
    fn is_pronoun(&self, i: usize) -> bool {
        let (tokens, rec, config) = (self.tokens, self.rec, self.config);
        let t = &tokens[i];
        // ("it" as a subject in news mode too: "released a Turkish ship it seized" — the
        // sentence's first actor, not the nearest one.)
        let subject_it = t.norm == "IT"
            && config.nearest_pronouns
            && rec.tags.get(i + 1).is_some_and(|g| {
                matches!(
                    g,
                    dyad_pos::Tag::VBD
                        | dyad_pos::Tag::VBZ
                        | dyad_pos::Tag::VBP
                        | dyad_pos::Tag::MD
                )
            })
            && !matches!(
                tokens.get(i + 1).map(|t| t.norm.as_str()),
                Some(
                    "IS" | "WAS"
                        | "'S"
                        | "SEEMS"
                        | "SEEMED"
                        | "APPEARS"
                        | "APPEARED"
                        | "REQUIRES"
                        | "REQUIRED"
                )
            )
            && !self.expletive_it(i);
        PRONOUNS.contains(&t.norm.as_str()) || (config.tabari_rules && t.norm == "IT") || subject_it
    }

    /// News mode: whether "it" at `i` stands for nothing — extraposition ("it would be
    /// illogical to invest", "it had been routine to apprehend", "it remains unclear whether")
    /// or time ("it would take at least five days", "it takes two to make peace") — not for
    /// an actor ("warned it will take emergency measures", "said it remains concerned", "it
    /// might be willing to attack", "it has been discussing").
    fn expletive_it(&self, i: usize) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
        let auxiliary = |k: usize| {
            matches!(
                w(k),
                "WOULD" | "WILL" | "COULD" | "MAY" | "MIGHT" | "CAN" | "HAS" | "HAD" | "HAVE"
            )
        };
        // Time: "take" before a span of time.
        let take = if matches!(w(i + 1), "TAKES" | "TOOK") {
            Some(i + 2)
        } else if auxiliary(i + 1) && w(i + 2) == "TAKE" {
            Some(i + 3)
        } else {
            None
        };
        if let Some(k) = take {
            return tokens
                .get(k)
                .is_some_and(|t| t.kind == dyad_text::TokenKind::Number)
                || matches!(
                    w(k),
                    "A" | "AN"
                        | "AT"
                        | "SEVERAL"
                        | "SOME"
                        | "MANY"
                        | "YEARS"
                        | "MONTHS"
                        | "WEEKS"
                        | "DAYS"
                        | "HOURS"
                        | "TIME"
                        | "LONGER"
                        | "MORE"
                        | "TWO"
                        | "DECADES"
                        | "ANOTHER"
                );
        }
        // Extraposition: "be", "remain", "seem" and a predicate, then what it says of the
        // clause or infinitive that follows.
        let after = if matches!(w(i + 1), "REMAINS" | "REMAINED") {
            i + 2
        } else if auxiliary(i + 1)
            && matches!(w(i + 2), "BE" | "BEEN" | "REMAIN" | "SEEM" | "APPEAR")
        {
            i + 3
        } else {
            return false;
        };
        let mut k = after;
        while tags.get(k) == Some(&T::RB) {
            k += 1;
        }
        tags.get(k).is_some_and(|t| t.is_adjective() || *t == T::NN)
            && !PERSONAL_ADJECTIVES.contains(&w(k))
            && (k + 1..(k + 7).min(tokens.len())).any(|j| {
                matches!(
                    w(j),
                    "THAT" | "WHETHER" | "IF" | "HOW" | "WHAT" | "WHY" | "WHO"
                ) || (w(j) == "TO" && tags.get(j + 1) == Some(&T::VB))
            })
    }

    /// Resolves the pronoun at `i` to the actor it stands for, a new actor marked as a
    /// reference: the nearest actor, the sentence's subject, the latest person, the previous
    /// sentence's subject, or TABARI's FORWARD actor.
    fn pronoun(&mut self, i: usize) {
        let tokens = self.tokens;
        let t = &tokens[i];
        if let Some((r, here)) = self.referent(i) {
            self.actors.push(Actor {
                code: r.code.clone(),
                span: t.span,
                tokens: (i, i + 1),
                provenance: r.provenance.clone(),
                reference: true,
                agents: (Vec::new(), 0),
                base: r.base.clone(),
                antecedent: here.then_some(r.tokens.0),
            });
        }
    }

    /// The actor the pronoun at `i` stands for, and whether it is an actor of this sentence
    /// (see [`Builder::pronoun`]): TABARI's FORWARD actor for a pronoun opening a record; the
    /// nearest actor for "its", "their", "they"; for "he", "she" the subject of a clause
    /// continued by "and he", or else the latest person; failing those, the sentence's first
    /// actor or the previous sentence's subject.
    fn referent(&self, i: usize) -> Option<(Actor<'a>, bool)> {
        let t = &self.tokens[i];
        // (The referent, and whether it is an actor of this sentence.)
        let local = |a: Option<Actor<'a>>| a.map(|a| (a, true));
        let other = |a: Option<Actor<'a>>| a.map(|a| (a, false));
        // "he", "she": the latest actor with a role (a person or an office), in this
        // sentence or before it; a bare country is not a "he".
        let personal = self.config.nearest_pronouns
            && matches!(t.norm.as_str(), "HE" | "SHE" | "HIS" | "HER" | "HIM");
        let found = if let Some(forwarded) = self.forwarded(i) {
            other(Some(forwarded))
        } else if self.unknown_named_subject(i) {
            // News mode: the sentence's own subject, a name no dictionary knows ("SEMAR
            // raided a house, where they killed …"): none of the actors named before.
            return None;
        } else if self.nearest_pronoun(i) {
            local(self.nearest_referent(i))
        } else if personal
            && (self.continues_subject(i) || self.subordinate_subject(i) || self.told_own(i))
        {
            local(self.first_actor.clone())
        } else if personal {
            local(self.latest_person_for(i)).or_else(|| other(self.ctx.last_person.clone()))
        } else {
            None
        };
        // (Nor does "he" fall back on a bare country: "Ecuador has granted asylum to Julian
        // Assange, … after he took refuge in its London embassy".)
        // (Nor, in news mode, on an institution or an organisation named by no person —
        // "the GATT", "OPEC", "Salomon Brothers" — when the pronoun finds no person: "But he
        // agreed to setting up the dispute panel" after a sentence on the GATT.)
        // (The previous sentence's subject was read with its own sentence's words:
        // `Context::last_subject_not_a_person`.)
        let news = self.config.every_verb && !self.config.tabari_rules;
        let role = |a: &Option<Actor<'a>>, body: &dyn Fn(&Actor<'a>) -> bool| {
            !personal
                || a.as_ref()
                    .is_some_and(|a| a.code.len() > 3 && !(news && body(a)))
        };
        let here = |a: &Actor<'a>| institution(self.tokens, a) || organisation(self.tokens, a);
        let before = |_: &Actor<'a>| self.ctx.last_subject_not_a_person;
        found
            .or_else(|| {
                local(
                    self.first_actor
                        .clone()
                        .filter(|_| role(&self.first_actor, &here)),
                )
            })
            .or_else(|| {
                other(
                    self.ctx
                        .last_subject
                        .clone()
                        .filter(|_| role(&self.ctx.last_subject, &before)),
                )
            })
    }

    /// News mode: whether the sentence opens with a name no dictionary phrase covers (proper
    /// nouns, after at most "The") as the subject of its first verb, before the pronoun at
    /// `i` and with no actor before it: the pronoun most likely stands for that name.
    fn unknown_named_subject(&self, i: usize) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        if !self.config.nearest_pronouns
            || self.config.tabari_rules
            || self.actors.iter().any(|a| a.tokens.0 < i)
        {
            return false;
        }
        let start = usize::from(tokens.first().is_some_and(|t| t.norm == "THE"));
        let end = (start..i)
            .find(|&k| {
                !(matches!(tags.get(k), Some(T::NNP | T::NNPS))
                    && self.atom_at[k].is_none()
                    && tokens[k].capitalized
                    // (not a day or a month opening as a time: "Last week, …")
                    && !crate::recognize::CALENDAR.contains(&tokens[k].norm.as_str())
                    && !matches!(tokens[k].norm.as_str(), "LAST" | "NEXT" | "EARLIER" | "LATER"))
            })
            .unwrap_or(i);
        end > start && end < i && matches!(tags.get(end), Some(T::VBD | T::VBZ | T::VBP | T::MD))
    }

    /// TABARI's FORWARD actor, for a pronoun at `i` that opens a record, before any actor.
    fn forwarded(&self, i: usize) -> Option<Actor<'a>> {
        let t = &self.tokens[i];
        self.ctx
            .forward
            .as_ref()
            .filter(|_| self.actors.is_empty() && !(0..i).any(|k| self.atom_at[k].is_some()))
            .map(|code| Actor {
                code: code.clone(),
                span: t.span,
                tokens: (i, i + 1),
                provenance: Vec::new(),
                reference: true,
                agents: (Vec::new(), 0),
                base: code.clone(),
                antecedent: None,
            })
    }

    /// Whether the pronoun at `i` points at the nearest actor (when reading pronouns so):
    /// "its", "their", "they", "them" — while "he", "she", "his" point at the sentence's
    /// subject, people being usually introduced as subjects. ("They" before a finite verb is
    /// a subject, like "it": the sentence's first actor — "will release the peacekeepers they
    /// took" — not the nearest one.)
    fn nearest_pronoun(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let subject_they = t.norm == "THEY"
            && self.rec.tags.get(i + 1).is_some_and(|g| {
                matches!(
                    g,
                    dyad_pos::Tag::VBD
                        | dyad_pos::Tag::VBZ
                        | dyad_pos::Tag::VBP
                        | dyad_pos::Tag::MD
                )
            });
        self.config.nearest_pronouns
            && !subject_they
            && matches!(t.norm.as_str(), "ITS" | "THEIR" | "THEY" | "THEM")
    }

    /// The nearest actor the pronoun at `i` points at: the latest actor of this sentence —
    /// but "its", "their" right after a finite verb are the clause's subject's, the
    /// sentence's first actor (see [`Builder::possessive_after_finite`]).
    fn nearest_referent(&self, i: usize) -> Option<Actor<'a>> {
        if let Some(subject) = self.subject_pronoun_of_possessive(i) {
            return Some(subject);
        }
        // (In a reported clause, its own subject's: "Iran said Iraq defended its border".)
        if self.possessive_after_finite(i) {
            if let Some(l) = self.actors.iter().rev().find(|a| !a.reference).filter(|l| {
                l.tokens.0 > 0
                    && self.subject_of_verb_before(l, i)
                    && matches!(
                        self.tokens[l.tokens.0 - 1].norm.as_str(),
                        "SAID" | "SAYS" | "SAY" | "THAT" | "ADDED" | "CLAIMED" | "ANNOUNCED"
                    )
            }) {
                return Some(l.clone());
            }
        }
        match &self.first_actor {
            Some(f) if self.possessive_after_finite(i) => Some(f.clone()),
            _ => {
                // ("their" is people's, not a place's where they are: "officials from
                // Uruguay and Brazil will convene in Buenos Aires at their biannual
                // meeting" — the officials', when actors come before the place.)
                let latest = self.actors.iter().rev().find(|a| !a.reference);
                // ("them" as the object of a verb is not that verb's own subject: "Colombian
                // soldiers killed five of them", "soldiers opened fire on them".)
                if let Some(v) = self.verb_of_object_them(i) {
                    if let Some(l) = latest.filter(|l| self.subject_of_verb_before(l, v + 1)) {
                        // (people, not a country: "the Finance Ministry approved them" —
                        // instruments of the Dutch market)
                        if let Some(o) =
                            self.actors.iter().rev().find(|a| {
                                !a.reference && a.tokens.1 <= l.tokens.0 && a.code.len() > 3
                            })
                        {
                            return Some(o.clone());
                        }
                    }
                }
                // (After a verb done to others, not the verb's subject right before it:
                // "Colombian forces killed its top leader" — the FARC's.)
                if self.other_directed(i) {
                    let subject = |l: &&Actor| self.subject_of_verb_before(l, i);
                    if let Some(l) = latest.filter(subject) {
                        if let Some(o) = self.actors.iter().rev().find(|a| {
                            !a.reference && a.tokens.1 <= l.tokens.0 && !self.bare_place(a)
                        }) {
                            return Some(o.clone());
                        }
                    }
                }
                match latest {
                    Some(p)
                        if matches!(self.tokens[i].norm.as_str(), "THEIR" | "THEY" | "THEM")
                            && self.bare_place(p) =>
                    {
                        self.actors
                            .iter()
                            .rev()
                            .find(|a| {
                                !a.reference && a.tokens.1 <= p.tokens.0 && !self.bare_place(a)
                            })
                            .or(latest)
                            .cloned()
                    }
                    _ => latest.cloned(),
                }
            }
        }
    }

    /// Whether actor `a` is a bare country or city named after a preposition of place ("in
    /// Buenos Aires", "near Aleppo"): where something is, no party to it.
    fn bare_place(&self, a: &Actor) -> bool {
        a.code.len() == 3
            && a.tokens.0 > 0
            && matches!(
                self.tokens[a.tokens.0 - 1].norm.as_str(),
                "IN" | "AT" | "NEAR" | "INSIDE" | "OUTSIDE" | "THROUGHOUT" | "ACROSS"
            )
    }

    /// News mode: "its", "their" at `i` right after a verb phrase whose subject is "it",
    /// "they" are that subject's ("OPEC will meet in Vienna, where it will review its
    /// policy": OPEC's, not Vienna's): the subject pronoun's own actor.
    fn subject_pronoun_of_possessive(&self, i: usize) -> Option<Actor<'a>> {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        let subject = match tokens[i].norm.as_str() {
            "ITS" => "IT",
            "THEIR" => "THEY",
            _ => return None,
        };
        if self.config.tabari_rules || tags.is_empty() {
            return None;
        }
        // (The verb phrase: auxiliaries, adverbs and one verb, at most four words.)
        let mut k = i;
        let mut verb = false;
        while k > 0 && i - k < 4 {
            let t = tags.get(k - 1)?;
            if !(t.is_verb() || matches!(t, T::MD | T::RB | T::TO)) {
                break;
            }
            verb |= t.is_verb();
            k -= 1;
        }
        if !verb || k == 0 || tokens[k - 1].norm != subject {
            return None;
        }
        self.actors
            .iter()
            .rev()
            .find(|a| a.reference && a.tokens.0 == k - 1)
            .cloned()
    }

    /// Whether "its" or "their" at `i` stands right after a finite verb (news mode: "forces
    /// backed by Russian warplanes continued their attacks", "Israel stepped up its strikes").
    fn possessive_after_finite(&self, i: usize) -> bool {
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        // (Not after a verb done to others, whose object is someone else's: "suspended
        // publication of Algeria's largest newspaper and arrested its director", "supports its
        // decision to expel Russian diplomats".)
        let others = self.other_directed(i);
        !self.config.tabari_rules
            && i > 0
            && !others
            && matches!(tokens[i].norm.as_str(), "ITS" | "THEIR")
            && (matches!(
                tags.get(i - 1),
                Some(dyad_pos::Tag::VBD | dyad_pos::Tag::VBZ | dyad_pos::Tag::VBP)
            ) || (i > 1
                && tags.get(i - 1) == Some(&dyad_pos::Tag::VBN)
                && matches!(tokens[i - 2].norm.as_str(), "HAS" | "HAVE" | "HAD")))
    }

    /// Whether actor `l` is the subject of the verb right before `i`: only adverbs and
    /// auxiliaries stand between them ("Iraqi forces had attacked their …").
    fn subject_of_verb_before(&self, l: &Actor, i: usize) -> bool {
        l.tokens.1 < i
            && (l.tokens.1..i - 1).all(|k| {
                self.rec.tags.get(k).is_some_and(|t| {
                    matches!(t, dyad_pos::Tag::RB | dyad_pos::Tag::MD)
                        || (t.is_verb()
                            && matches!(
                                self.tokens[k].norm.as_str(),
                                "HAS"
                                    | "HAVE"
                                    | "HAD"
                                    | "WILL"
                                    | "WOULD"
                                    | "IS"
                                    | "ARE"
                                    | "WAS"
                                    | "WERE"
                            ))
                })
            })
    }

    /// News mode: the verb whose object "them" at `i` is — right before it, or before a
    /// quantity of them ("killed five of them") or a preposition after its noun ("opened
    /// fire on them").
    fn verb_of_object_them(&self, i: usize) -> Option<usize> {
        if self.config.tabari_rules || self.tokens[i].norm != "THEM" {
            return None;
        }
        let tags = &self.rec.tags;
        let mut k = i;
        while k > 0 && i - k < 4 {
            k -= 1;
            match tags.get(k) {
                Some(t) if t.is_verb() => return Some(k),
                Some(
                    dyad_pos::Tag::CD
                    | dyad_pos::Tag::DT
                    | dyad_pos::Tag::IN
                    | dyad_pos::Tag::NN
                    | dyad_pos::Tag::RB,
                ) => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether "its" or "their" at `i` follows a verb done to others — arresting, attacking,
    /// praising, blaming … —, whose object is someone else's, not the subject's own.
    fn other_directed(&self, i: usize) -> bool {
        const OTHERS: [&str; 30] = [
            "ARREST",
            "DETAIN",
            "JAIL",
            "IMPRISON",
            "EXPEL",
            "DEPORT",
            "KILL",
            "CAPTURE",
            "KIDNAP",
            "ABDUCT",
            "ATTACK",
            "RAID",
            "CRITICI",
            "CONDEMN",
            "DENOUNC",
            "ACCUS",
            "BLAME",
            "SUE",
            "SUED",
            "PRAIS",
            "WELCOM",
            "HAIL",
            "SUPPORT",
            "BACK",
            "ENDORS",
            "APPLAUD",
            "COMMEND",
            "THANK",
            "CONGRATULAT",
            "SUMMON",
        ];
        !self.config.tabari_rules
            && i > 0
            && matches!(self.tokens[i].norm.as_str(), "ITS" | "THEIR")
            && self.rec.tags.get(i - 1).is_some_and(|t| t.is_verb())
            && OTHERS
                .iter()
                .any(|p| self.tokens[i - 1].norm.starts_with(p))
    }

    /// Whether "he" or "she" at `i` opens a clause coordinated with the one before and so
    /// continues its subject, the sentence's first actor when it is a person (news mode:
    /// "Iran's Supreme Leader rejected Trump's offer, and he also accused the government").
    /// So does one right after a speech participle closing the clause (", saying he would
    /// file a complaint": the one saying it, not another person the clause named).
    fn continues_subject(&self, i: usize) -> bool {
        let tokens = self.tokens;
        let speech_participle = |k: usize| {
            k > 0
                && tokens[k - 1].norm == ","
                && matches!(
                    tokens[k].norm.as_str(),
                    "SAYING"
                        | "ADDING"
                        | "ARGUING"
                        | "INSISTING"
                        | "STRESSING"
                        | "NOTING"
                        | "EXPLAINING"
                        | "CLAIMING"
                        | "WARNING"
                )
        };
        !self.config.tabari_rules
            && matches!(tokens[i].norm.as_str(), "HE" | "SHE")
            && i > 0
            && (matches!(tokens[i - 1].norm.as_str(), "AND" | "BUT")
                || speech_participle(i - 1)
                || (i > 1 && tokens[i - 1].norm == "THAT" && speech_participle(i - 2)))
            && self
                .first_actor
                .as_ref()
                .is_some_and(|f| f.code.len() > 3 && !institution(tokens, f) && !f.reference)
    }

    /// Whether "he" or "she" at `i` is the subject of a clause of time ("as", "while",
    /// "before") hung on the sentence's first clause, whose subject is the sentence's first
    /// actor, a person: that person, not one the clause named after its verb ("Trump called
    /// Britain's ambassador a very stupid guy as he again reacted to leaked cables"). (Not
    /// after "after", "because", "when", which often give the cause, the object's doing:
    /// "criticized Denmark's Prime Minister after she rejected his idea".)
    /// Only when no other verb comes between: past one the clause may be another subject's
    /// ("said Putin was lying when he claimed").
    fn subordinate_subject(&self, i: usize) -> bool {
        use dyad_pos::Tag as T;
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        if self.config.tabari_rules
            || tags.is_empty()
            || i == 0
            || !matches!(tokens[i].norm.as_str(), "HE" | "SHE")
            || !matches!(
                tokens[i - 1].norm.as_str(),
                "AS" | "WHILE" | "WHILST" | "BEFORE"
            )
        {
            return false;
        }
        let Some(f) = self.first_actor.as_ref().filter(|f| {
            f.code.len() > 3 && !f.reference && !institution(tokens, f) && f.tokens.1 < i
        }) else {
            return false;
        };
        let finite = |k: usize| matches!(tags.get(k), Some(T::VBD | T::VBZ | T::VBP | T::MD));
        // (The first actor opens its clause: no finite verb before it, nor a preposition
        // right before it — "the case of the missing students will be … as he leaves".)
        if (0..f.tokens.0).any(finite)
            || (f.tokens.0 > 0 && tags.get(f.tokens.0 - 1) == Some(&T::IN))
        {
            return false;
        }
        // (Its verb phrase, then no other verb before the pronoun's clause: "denies the gang
        // negotiated with Bukele when he was mayor" is Bukele's.)
        let Some(v) = (f.tokens.1..i).find(|&k| finite(k)) else {
            return false;
        };
        // (Nor a noun before it in its clause, whose head it is not — "the case of the
        // missing students" — nor another actor before its verb.)
        let opening = (0..f.tokens.0)
            .rev()
            .find(|&k| tokens[k].norm == ",")
            .map_or(0, |k| k + 1);
        if (opening..f.tokens.0).any(|k| matches!(tags.get(k), Some(T::NN | T::NNS)))
            || self
                .actors
                .iter()
                .any(|a| !a.reference && a.tokens.0 >= f.tokens.1 && a.tokens.0 < v)
        {
            return false;
        }
        let mut k = v;
        while k < i
            && tags
                .get(k)
                .is_some_and(|t| t.is_verb() || matches!(t, T::MD | T::RB))
        {
            k += 1;
        }
        !(k..i).any(|k| tags.get(k).is_some_and(|t| t.is_verb() || *t == T::MD))
    }

    /// News mode: whether "he"/"she" at `i` opens what the sentence's first actor tells,
    /// assures or promises the person just named about its own coming act — the teller's:
    /// "Putin told Erdogan that he would visit Turkey", "Reagan was expected to assure
    /// Chirac that he will not agree to a deal". (Not what the one told should or must do.)
    fn told_own(&self, i: usize) -> bool {
        let tokens = self.tokens;
        if self.config.tabari_rules
            || self.rec.tags.is_empty()
            || i < 3
            || !matches!(tokens[i].norm.as_str(), "HE" | "SHE")
            || !tokens.get(i + 1).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "WILL" | "WOULD" | "PLANS" | "PLANNED" | "INTENDS" | "INTENDED" | "HAD" | "HAS"
                )
            })
        {
            return false;
        }
        let end = if tokens[i - 1].norm == "THAT" {
            i - 1
        } else {
            i
        };
        let Some(told) = self
            .actors
            .iter()
            .rev()
            .find(|a| a.tokens.1 == end && !a.reference && a.code.len() > 3)
        else {
            return false;
        };
        let teller_verb = told.tokens.0 > 0
            && matches!(
                tokens[told.tokens.0 - 1].norm.as_str(),
                "TOLD"
                    | "TELLS"
                    | "TELL"
                    | "ASSURED"
                    | "ASSURES"
                    | "ASSURE"
                    | "PROMISED"
                    | "PROMISES"
                    | "PROMISE"
                    | "INFORMED"
                    | "INFORMS"
                    | "INFORM"
            );
        teller_verb
            && self.first_actor.as_ref().is_some_and(|f| {
                f.code.len() > 3
                    && !f.reference
                    && f.tokens.1 < told.tokens.0
                    && f.code != told.code
            })
    }

    /// [`Builder::latest_person`] for the gendered pronoun at `i`, skipping a person this
    /// sentence has already called by the other gender ("Denmark's Prime Minister … after
    /// she rejected his idea": his is not hers).
    fn latest_person_for(&self, i: usize) -> Option<Actor<'a>> {
        let gender = |norm: &str| match norm {
            "HE" | "HIS" | "HIM" => Some(true),
            "SHE" | "HER" => Some(false),
            _ => None,
        };
        let Some(g) = gender(&self.tokens[i].norm) else {
            return self.latest_person();
        };
        let other_gender = |a: &Actor| {
            self.actors.iter().any(|r| {
                r.reference
                    && r.antecedent == Some(a.tokens.0)
                    && gender(&self.tokens[r.tokens.0].norm) == Some(!g)
            })
        };
        let config = self.config;
        let candidates = self.actors.iter().rev().filter(|a| {
            !a.reference
                && a.code.len() > 3
                && !((config.every_verb && !config.tabari_rules)
                    && (institution(self.tokens, a)
                        || organisation(self.tokens, a)
                        || self.plural(a)))
        });
        let mut first = None;
        for a in candidates {
            if first.is_none() {
                first = Some(a);
            }
            if !other_gender(a) {
                return Some(a.clone());
            }
        }
        first.cloned()
    }

    /// Whether the actor phrase ends in a plural noun: see [`plural_phrase`].
    fn plural(&self, a: &Actor) -> bool {
        plural_phrase(self.tokens, &self.rec.tags, a)
    }

    /// The latest actor of this sentence with a role, a person or an office, for "he", "she":
    /// not a bare country, nor (coding every verb in news mode) an institution.
    fn latest_person(&self) -> Option<Actor<'a>> {
        let config = self.config;
        self.actors
            .iter()
            .rev()
            .find(|a| {
                !a.reference
                    && a.code.len() > 3
                    && !((config.every_verb && !config.tabari_rules)
                        && (institution(self.tokens, a)
                            || organisation(self.tokens, a)
                            || self.plural(a)))
            })
            .cloned()
    }

    /// Whether the word at `k` is a name met before in an actor phrase, in this sentence or
    /// an earlier one ("Brig. Gen. Ashtiani" after "Iranian Defense Minister … Ashtiani").
    fn known_name(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        t.capitalized
            && self.rec.mark_of[k].is_none()
            && (self.ctx.names.contains_key(&t.norm)
                || self.sentence_names.iter().any(|(nm, _, _)| *nm == t.norm))
    }

    /// Collects the run of atoms, titles and names starting at `i`: "AGENT of ACTOR",
    /// "ACTOR's AGENT", adjacent atoms, with titles, names and a few modifiers between them
    /// ("Dagolath's first Deputy Prime Minister").
    fn run(&self, i: usize) -> Run<'a> {
        let (tokens, atom_at) = (self.tokens, &self.atom_at);
        let mut r = Run {
            start: i,
            end: i,
            run: Vec::new(),
            after_possessive: Vec::new(),
            run_names: Vec::new(),
            atom_spans: Vec::new(),
            skip_to: None,
        };
        let mut j = i;
        while j < tokens.len() {
            if let Some((atom, e)) = &atom_at[j] {
                if self.owned_actor_ends_run(&r.run, j, atom) {
                    break;
                }
                if self.agent_between_actors(&r.run, j, atom) {
                    r.pass_over_agents(j);
                    break;
                }
                // "AGENT of ACTOR" / "ACTOR's AGENT" / adjacent.
                // (News mode: a country's neighbour, ally or rival named after a possessive is
                // the one named: "Norway's North Sea neighbour Britain" is Britain.)
                let relational = !self.config.tabari_rules
                    && j > 1
                    && matches!(
                        tokens[j - 1].norm.as_str(),
                        "NEIGHBOUR"
                            | "NEIGHBOR"
                            | "ALLY"
                            | "RIVAL"
                            | "ARCH-RIVAL"
                            | "ARCHRIVAL"
                            | "FOE"
                            | "PARTNER"
                    )
                    && (i..j - 1).any(|k| tokens[k].possessive);
                r.push_atom(
                    atom,
                    (j, *e),
                    j > 0 && (tokens[j - 1].possessive || relational),
                );
                j = *e;
                continue;
            }
            if !self.between_atoms(i, j, &r.run) {
                break;
            }
            self.run_title(&mut r, j);
            j += 1;
        }
        self.titled_name(&mut r);
        r
    }

    /// News mode: the name no dictionary knows right after a run of an actor and a capitalised
    /// title is the title holder's, and part of the phrase ("French Agriculture Minister
    /// Francois Guillaume"); it was noted among the run's names, and would otherwise start an
    /// actor of its own, the same person twice.
    fn titled_name(&self, r: &mut Run<'a>) {
        let (tokens, tags) = (self.tokens, &self.rec.tags);
        if self.config.tabari_rules
            || tags.is_empty()
            || r.end == 0
            || !matches!(r.run.last(), Some(Atom::Agent { .. }))
            // (A title alone is left to the guesses of `agent_code`, which look past it.)
            || !r.run.iter().any(|a| matches!(a, Atom::Actor { .. }))
            || !tokens[r.end - 1].capitalized
            || r.atom_spans.last().is_none_or(|&(_, e)| e != r.end)
        {
            return;
        }
        let name = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                is_title_word(t)
                    && !t.possessive
                    && self.atom_at[k].is_none()
                    && self.rec.mark_of[k].is_none()
                    && !tags.get(k).is_some_and(|t| t.is_verb())
                    && !crate::recognize::CALENDAR.contains(&t.norm.as_str())
            })
        };
        let mut k = r.end;
        while k < r.end + 4 && name(k) {
            k += 1;
        }
        // (Only a whole name: one ending in a possessive or running into more capitals is
        // something else.)
        let whole = !tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized);
        // (Nor in a headline's title case: "US Treasury Adds Sinaloa Cartels …".)
        let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
        let capitals = words.clone().filter(|t| t.capitalized).count();
        let title_case = capitals * 3 > words.count() * 2;
        if k > r.end && whole && !title_case {
            r.end = k;
        }
    }

    /// Whether the actor atom at `j`, after a possessive, starts a phrase of its own instead
    /// of joining the run so far: under TABARI's rules "Arnor's Elrond" is two actors (a
    /// compound); in news mode a possessor that is already a whole actor with its agent owns
    /// what follows, not the name after it ("the Japanese government's North Korea policy":
    /// JPNGOV, then PRK; "NATO's Stoltenberg" stays one).
    fn owned_actor_ends_run(&self, run: &[Atom<'a>], j: usize, atom: &Atom<'a>) -> bool {
        let is_actor = |a: &Atom| matches!(a, Atom::Actor { .. });
        j > 0
            && self.tokens[j - 1].possessive
            && is_actor(atom)
            && (self.config.tabari_rules || matches!(run.last(), Some(Atom::Agent { .. })))
            && run.iter().any(is_actor)
    }

    /// TABARI: whether the agents ending the run so far stand between two actors of different
    /// countries, the atom at `j` being the second ("Arnor and Gondor Defense Ministers Arnor
    /// and Gondor"): they belong to neither (see [`Run::pass_over_agents`]).
    fn agent_between_actors(&self, run: &[Atom<'a>], j: usize, atom: &Atom<'a>) -> bool {
        fn country<'c>(a: &'c Atom) -> Option<&'c str> {
            match a {
                Atom::Actor { code, .. } => code.get(..3),
                Atom::Agent { .. } => None,
            }
        }
        self.config.tabari_rules
            && !(j > 0 && self.tokens[j - 1].possessive)
            && matches!(run.last(), Some(Atom::Agent { .. }))
            && run
                .iter()
                .find_map(country)
                .is_some_and(|first| country(atom).is_some_and(|c| c != first))
    }

    /// Notes the title or name at `j`, between a run's atoms, among the run's names; the
    /// phrase reaches over it only when another atom follows or the name was met before
    /// ("Brig. Gen. Ashtiani").
    fn run_title(&self, r: &mut Run<'a>, j: usize) {
        let tj = &self.tokens[j];
        if is_title_word(tj) && tj.norm.len() >= 3 && !tj.norm.contains('.') {
            r.run_names.push(tj.norm.clone());
            if self.known_name(j) {
                r.end = j + 1;
            }
        }
    }

    /// Whether the word at `j`, not an atom, keeps the run that started at `start` going: a
    /// title or name ("Brig. Gen."), a link ("AGENT of ACTOR", "former") or a modifier before
    /// an agent close after ("Dagolath's first Deputy Prime Minister").
    fn between_atoms(&self, start: usize, j: usize, run: &[Atom<'a>]) -> bool {
        let (tokens, rec, config) = (self.tokens, self.rec, self.config);
        let atom_at = &self.atom_at;
        let n = tokens.len();
        let tj = &tokens[j];
        // (A direction before the place, after "of the": "the mayor of the northern West
        // Bank city of Nablus" is a Palestinian official.)
        let direction = !config.tabari_rules
            && j > 0
            && matches!(tokens[j - 1].norm.as_str(), "THE" | "OF")
            && DIRECTIONS.contains(&tj.norm.as_str())
            && matches!(atom_at.get(j + 1), Some(Some((Atom::Actor { .. }, _))));
        // (A relational noun between a possessor and the one it names: "Iran's neighbour
        // Iraq".)
        let relational = !config.tabari_rules
            && matches!(tj.norm.as_str(), "NEIGHBOUR" | "NEIGHBOR")
            && j > 0
            && tokens[j - 1].possessive
            && matches!(atom_at.get(j + 1), Some(Some((Atom::Actor { .. }, _))));
        // (News mode: people "with" an organisation are its members: "Leftist rebels with
        // the Revolutionary Armed Forces of Colombia", "officials with the U.N.".)
        let member_with = !config.tabari_rules
            && config.bare_agents
            && tj.norm == "WITH"
            && j > 0
            // (people named in the plural: "rebels", "officials", "gunmen"; not "a bank with
            // the World Bank", "their business with the Defense Department")
            && {
                let w = tokens[j - 1].norm.as_str();
                (w.ends_with('S') && !w.ends_with("SS")) || w.ends_with("MEN")
            }
            && !run.is_empty()
            && run.iter().all(|a| matches!(a, Atom::Agent { .. }))
            && {
                let k = if tokens.get(j + 1).is_some_and(|t| t.norm == "THE") {
                    j + 2
                } else {
                    j + 1
                };
                matches!(
                    atom_at.get(k).and_then(Option::as_ref),
                    Some((Atom::Actor { code, .. }, _)) if code.len() > 3
                )
            };
        let link = relational
            || member_with
            || (tj.norm == "FORMER" && j + 1 < n && atom_at[j + 1].is_some())
            || (direction && !run.iter().any(|a| matches!(a, Atom::Actor { .. })))
            || LINKS.contains(&tj.norm.as_str())
                && !run.iter().any(|a| matches!(a, Atom::Actor { .. }))
                // (News mode: "deployed troops to Somalia", "sent doctors to Nepal":
                // the country after TO is where they go, not theirs.)
                && !(tj.norm == "TO" && config.bare_agents)
                // ("withdrew its troops from Syria", "recalled its ambassador from Qatar":
                // the country after FROM is the place they leave.)
                && !(tj.norm == "FROM" && config.bare_agents && self.after_removal_verb(start));
        // Modifiers before an agent: "Dagolath's first Deputy Prime Minister".
        // After a possessive ("Ithilen's awful and evil minister") the modifiers may be
        // coordinated.
        let run_possessive = (start..j).any(|k| tokens[k].possessive);
        let look = if run_possessive { 4 } else { 3 };
        let agent_at = (j + 1..(j + look).min(n))
            .find(|&k| matches!(atom_at[k], Some((Atom::Agent { .. }, _))));
        // (Coordinated modifiers, not a second agent: "Colombia's government and rebel
        // group" are two actors.)
        let run_has_agent = run.iter().any(|a| matches!(a, Atom::Agent { .. }));
        let agent_soon = !run.is_empty()
            && !config.tabari_rules
            && agent_at.is_some_and(|k| {
                tokens[j..k].iter().enumerate().all(|(x, t)| {
                    // (a number after a possessive: "Peru's 20,000 miners")
                    (t.kind == TokenKind::Word || (t.kind == TokenKind::Number && run_possessive))
                        && rec.mark_of[j + x].is_none()
                        && !PREPOSITIONS.contains(&t.norm.as_str())
                        && !FUNCTION_WORDS.contains(&t.norm.as_str())
                        // (no finite verb: "protesters left three people dead" is a clause;
                        // not a word after a possessive, where no verb stands: "Libya's
                        // renegade Gen. Khalifa Haftar")
                        && (tokens[j + x - 1].possessive
                            || !rec.tags.get(j + x).is_some_and(|g| {
                                matches!(
                                    g,
                                    dyad_pos::Tag::VBD
                                        | dyad_pos::Tag::VBZ
                                        | dyad_pos::Tag::VBP
                                        | dyad_pos::Tag::MD
                                )
                            }))
                        && (!["AND", "OR", "BUT"].contains(&t.norm.as_str())
                            || (run_possessive && t.norm == "AND" && !run_has_agent))
                })
            })
            && rec.mark_of[j].is_none();
        (is_title_word(tj) && rec.mark_of[j].is_none()) || link || agent_soon
    }

    /// Whether the phrase at `start` is the object of a verb of removal — withdrawing,
    /// pulling out, recalling, evacuating — with only determiners, numbers and modifiers
    /// between (news mode).
    fn after_removal_verb(&self, start: usize) -> bool {
        use dyad_pos::Tag as T;
        let tags = &self.rec.tags;
        let mut k = start;
        while k > 0
            && start - k < 4
            && tags
                .get(k - 1)
                .is_some_and(|t| matches!(t, T::DT | T::PRPS | T::CD | T::JJ | T::RP))
        {
            k -= 1;
        }
        // (Or of such a noun: "the withdrawal of its troops from Syria".)
        let noun = k >= 2
            && self.tokens[k - 1].norm == "OF"
            && matches!(
                self.tokens[k - 2].norm.as_str(),
                "WITHDRAWAL"
                    | "PULLOUT"
                    | "PULL-OUT"
                    | "EVACUATION"
                    | "RECALL"
                    | "REMOVAL"
                    | "REPATRIATION"
                    | "REDEPLOYMENT"
                    | "RELOCATION"
            );
        noun || (k > 0
            && tags.get(k - 1).is_some_and(|t| t.is_verb())
            && removal_verb(&self.tokens[k - 1].norm))
    }

    /// Builds the actors of an actor phrase from its atoms (one actor, or several for a
    /// coded compound "ELR/GAL"): its code is the most specific actor code of the run's
    /// country with the agents added; an agent without an actor borrows a country or stands
    /// alone; a name met before gives its phrase's code.
    fn phrase(&mut self, run: Run<'a>) {
        let Run {
            start,
            end,
            run,
            after_possessive,
            run_names,
            atom_spans,
            skip_to: _,
        } = run;
        let (tokens, config) = (self.tokens, self.config);
        let mut codes = self.codes(&run, &after_possessive, &atom_spans);
        let former = codes.former(tokens, (start, end));
        let Codes {
            actor_code,
            agent,
            all_agents,
            agent_pos,
            mut provs,
            complex,
            mut special,
            null_actor,
        } = codes;
        if complex {
            if let Some((discard, prov)) = special.take() {
                // A discard outranks a complex mark.
                if self.units_special.is_none_or(|(d, _)| !d) {
                    self.units_special = Some((discard, prov));
                }
            }
        }
        let span = Span::new(
            tokens[start].span.start as usize,
            tokens[end - 1].span.end as usize,
        );
        let code = match (&actor_code, &agent) {
            (Some((c, _)), Some((_, _, p))) => {
                provs.push(*p);
                with_agents(c, &all_agents, former, agent_pos, config)
            }
            (Some((c, _)), None) => c.clone(),
            (None, Some(lone)) => self.agent_code((start, end), lone, &all_agents, &mut provs),
            // TABARI: a null-coded actor ("PRINCE DOL_AMROTH [--- <950630]") still stands
            // where it is, so no other actor takes its place; it codes no event.
            (None, None) if null_actor && config.tabari_rules => NULL_ACTOR.to_string(),
            (None, None) => String::new(),
        };
        // A run without an actor whose name was met before in an actor phrase.
        let code = if (code.is_empty() || actor_code.is_none()) && config.nearest_pronouns {
            let found = self.met_name(&run_names);
            match found {
                Some((c, p)) => {
                    provs = p;
                    c
                }
                None => code,
            }
        } else {
            code
        };
        if code.is_empty()
            || (!config.tabari_rules
                && (border_place(tokens, start, end, &code)
                    || currency(tokens, end, &code)
                    || date_name(tokens, start, end)
                    || based_place(tokens, end, &code)
                    || language(tokens, end, &code)
                    || venue_of_agreement(tokens, start, end, &code)))
        {
            return;
        }
        if actor_code.is_some() && config.nearest_pronouns {
            for nm in &run_names {
                self.sentence_names
                    .push((nm.clone(), code.clone(), provs.clone()));
            }
        }
        // Coded compound actors ("ELR/GAL") become several actors.
        for c in code.split('/') {
            let applied =
                actor_code.as_ref().is_some_and(|(ac, _)| ac.len() <= 3) && agent.is_some();
            let a = Actor {
                antecedent: None,
                code: c.to_string(),
                base: match &actor_code {
                    Some((ac, _)) if !code.contains('/') => ac.clone(),
                    _ => c.to_string(),
                },
                span,
                tokens: (start, end),
                provenance: provs.clone(),
                reference: false,
                agents: if applied {
                    (all_agents.clone(), agent_pos)
                } else {
                    (Vec::new(), 0)
                },
            };
            if self.first_actor.is_none() {
                self.first_actor = Some(a.clone());
            }
            self.actors.push(a);
        }
    }

    /// Chooses an actor phrase's codes from its atoms: the most specific actor code of the
    /// run's country ("Iranian Defense Minister Brigadier General … Ashtiani"), the owned
    /// actor over its owner ("NATO's Stoltenberg"), a region naming a country as that country
    /// ("the West African country's president"), the first agent and all agents; and TABARI's
    /// `[+++]`, `[###]` and null-coded actors.
    fn codes(
        &self,
        run: &[Atom<'a>],
        after_possessive: &[bool],
        atom_spans: &[(usize, usize)],
    ) -> Codes<'a> {
        let (tokens, ctx, config) = (self.tokens, self.ctx, self.config);
        let (atom_at, actors) = (&self.atom_at, &self.actors);
        let mut actor_code: Option<(String, Vec<&'a Provenance>)> = None;
        let mut agent: Option<(String, bool, &'a Provenance)> = None;
        let mut all_agents: Vec<(String, bool)> = Vec::new();
        let mut agent_pos: i8 = 0;
        let mut seen_actor = false;
        let mut provs = Vec::new();
        let mut complex = false;
        let mut special: Option<(bool, &'a Provenance)> = None;
        let mut null_actor = false;
        for (x, a) in run.iter().enumerate() {
            match a {
                Atom::Actor { code, prov } => {
                    // TABARI: an actor coded [+++] or [###] makes the sentence complex or
                    // discarded; PETRARCH reads them as plain codes.
                    if config.tabari_rules && (code == "+++" || code == "###") {
                        complex = true;
                        special = Some((code == "###", *prov));
                        continue;
                    }
                    if code.is_empty() {
                        null_actor = true;
                        continue;
                    }
                    seen_actor = true;
                    provs.push(*prov);
                    // News mode: "the West African country's president", "the Central Asian
                    // nation of Kyrgyzstan": a region naming a country is that country, the one
                    // named after OF or else the latest country actor.
                    let regional = (!config.tabari_rules && is_region(code))
                        .then(|| region_country(tokens, atom_at, atom_spans[x], actors, ctx))
                        .flatten();
                    let code = regional.as_ref().unwrap_or(code);
                    match &actor_code {
                        None => actor_code = Some((code.clone(), vec![*prov])),
                        Some((c, _)) => {
                            // A more specific code of the same country replaces the country;
                            // outside TABARI's reading the owned actor replaces its owner
                            // ("NATO's Stoltenberg") — but not a region the owner's agent is
                            // for ("the United Nations' Mideast envoy" is the UN's).
                            let same = code.starts_with(&c[..c.len().min(3)]);
                            // (Nor an organisation a country's envoy is sent to: "Pyongyang's
                            // U.N. envoy", "Israel's UN ambassador" are their countries'.)
                            let envoy_to = code.starts_with("IGO")
                                && tokens
                                    .get(
                                        atom_spans[x].0 + 1
                                            ..(atom_spans[x].1 + 2).min(tokens.len()),
                                    )
                                    .is_some_and(|w| {
                                        w.iter().any(|t| {
                                            matches!(
                                                t.norm.as_str(),
                                                "AMBASSADOR"
                                                    | "AMBASSADORS"
                                                    | "ENVOY"
                                                    | "ENVOYS"
                                                    | "REPRESENTATIVE"
                                                    | "DELEGATE"
                                                    | "DELEGATES"
                                                    | "DELEGATION"
                                                    | "MISSION"
                                            )
                                        })
                                    });
                            if (code.len() > c.len() && same)
                                || (!same
                                    && after_possessive[x]
                                    && !config.tabari_rules
                                    && !envoy_to
                                    && !is_region(code))
                            {
                                actor_code = Some((code.clone(), vec![*prov]));
                            } else if envoy_to
                                && after_possessive[x]
                                && !config.tabari_rules
                                && is_country(c)
                                && tokens[atom_spans[x].1 - 1].norm != "UN"
                                && !tokens[atom_spans[x].1 - 1].norm.starts_with("U.N")
                            {
                                // (the envoy named in the organisation's own entry: "U.N.
                                // envoy")
                                actor_code = Some((format!("{c}GOV"), vec![*prov]));
                            }
                        }
                    }
                }
                Atom::Agent {
                    code,
                    suffix,
                    prov,
                    more,
                } => {
                    if agent.is_none() {
                        agent = Some((code.clone(), *suffix, *prov));
                        agent_pos = if seen_actor { 1 } else { -1 };
                    }
                    all_agents.push((code.clone(), *suffix));
                    all_agents.extend(more.iter().cloned());
                }
            }
        }
        Codes {
            actor_code,
            agent,
            all_agents,
            agent_pos,
            provs,
            complex,
            special,
            null_actor,
        }
    }

    /// The code of an agent without an actor (`lone`: the first agent; `all_agents`: all of
    /// them): a deictic or coordinated agent takes the latest actor's country ("the
    /// minister", "Danish media and government"); TABARI converts it ("~MOS"); in news mode a
    /// bare plural agent takes a country named nearby or stands alone ("Venezuela releases
    /// political activists"); PETRARCH writes "---" and the agents; else none. The agent's
    /// provenance is added to `provs` when it is used.
    fn agent_code(
        &self,
        (start, end): (usize, usize),
        lone: &(String, bool, &'a Provenance),
        all_agents: &[(String, bool)],
        provs: &mut Vec<&'a Provenance>,
    ) -> String {
        let config = self.config;
        let (ag, suffix, p) = lone;
        // News mode: states named as other states ("neighboring countries", "world powers",
        // "foreign governments") take no country from the context: not Uganda's in "Uganda
        // and neighboring countries".
        if config.bare_agents && !config.tabari_rules && !*suffix && ag == "UIS" {
            provs.push(*p);
            return ag.clone();
        }
        // (Nor do foreign ones: "suspended interest payments to private foreign banks",
        // "the withdrawal of foreign troops" are no Ecuadorean banks, no Syrian troops. Not
        // workers, whom coders give the country they work in, nor a title's "Foreign",
        // "foreign exchange" or "foreign-backed militants".)
        if config.bare_agents
            && !config.tabari_rules
            && ag != "LAB"
            && (start.saturating_sub(3)..start)
                .rev()
                .take_while(|&k| {
                    self.rec
                        .tags
                        .get(k)
                        .is_some_and(|t| t.is_adjective() || t.is_noun())
                        && self.rec.mark_of[k].is_none()
                })
                .any(|k| {
                    self.tokens[k].norm == "FOREIGN"
                        && !self.tokens[k].capitalized
                        && self.tokens.get(k + 1).is_some_and(|t| {
                            // (foreign-backed militants are the country's own)
                            !matches!(
                                t.norm.as_str(),
                                "EXCHANGE"
                                    | "BACKED"
                                    | "LED"
                                    | "SUPPORTED"
                                    | "SPONSORED"
                                    | "FUNDED"
                                    | "ARMED"
                                    | "TRAINED"
                            )
                        })
                })
        {
            provs.push(*p);
            return ag.clone();
        }
        // (Nor do aid workers, most often from abroad: "would allow access for relief
        // workers" names no Syrian NGO; "American aid workers" are American. A country's
        // civil society organisations are its own.)
        if config.bare_agents
            && !config.tabari_rules
            && ag == "NGO"
            && self.tokens[start..end]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "AID" | "RELIEF" | "HUMANITARIAN"))
        {
            provs.push(*p);
            return ag.clone();
        }
        let deictic = self.deictic_agent((start, end));
        let orphan = self.orphan_agent(start);
        let coordinated = self.coordinated_agent(start);
        // News mode: "Foreign Minister Urmas Paet said …" opening a sentence that names no
        // country before: the article's own country, named most so far (not a place the
        // sentence names later: "… must mediate in Ukraine").
        let titled_country = (config.bare_agents && !config.tabari_rules && !deictic && !orphan)
            .then(|| self.titled_person_opening((start, end), all_agents))
            .flatten()
            .and_then(|_| self.ctx.main_country());
        match self.agent_prior((start, end), deictic) {
            _ if orphan => String::new(),
            _ if titled_country.is_some() => {
                provs.push(*p);
                let base = titled_country.unwrap_or_default();
                all_agents
                    .iter()
                    .fold(base, |acc, (a, sfx)| combine(&acc, a, *sfx))
            }
            // (Outside TABARI's reading, only a country's or an organisation's code:
            // "rebels surrendered to the police" is no rebel police.)
            Some(pa)
                if (deictic || coordinated)
                    && pa.code.len() >= 3
                    && (config.tabari_rules || is_country(&pa.code[..3])) =>
            {
                provs.push(*p);
                combine(&pa.code[..3], ag, *suffix)
            }
            _ if config.convert_agents && !deictic => {
                provs.push(*p);
                converted_agents(all_agents)
            }
            // News mode: a country's organs with no country named, right after an armed
            // group of a country, are that country's: its government's forces, whom it
            // fights ("Taliban militants killed dozens of government soldiers": AFGMIL).
            _ if config.bare_agents
                && !config.tabari_rules
                && !deictic
                && !coordinated
                // (People named by a lower-case plural — not a name's "Army": "the
                // National Liberation Army"; not a single "military".)
                && !self.tokens[end - 1].capitalized
                && (self.tokens[end - 1].norm.ends_with('S')
                    || matches!(self.tokens[end - 1].norm.as_str(), "POLICE" | "POLICEMEN"))
                && !matches!(self.tokens[start].norm.as_str(), "POLITICAL" | "SHOCK")
                && self.insurgents_country(start, all_agents).is_some() =>
            {
                provs.push(*p);
                let base = self
                    .insurgents_country(start, all_agents)
                    .unwrap_or_default();
                all_agents
                    .iter()
                    .fold(base, |acc, (a, sfx)| combine(&acc, a, *sfx))
            }
            // News mode: a bare agent takes the latest country's code, or stands
            // alone.
            // (So does a deictic one with no actor before it to stand for: "The Arabs
            // claimed that they had attacked …".)
            _ if config.bare_agents
                && (!deictic
                    || (self.agent_prior((start, end), deictic).is_none()
                        && self.tokens.get(end).is_none_or(|t| t.norm != "OF")
                        && all_agents.iter().all(|(a, _)| {
                            ![
                                "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "BUS", "MNC", "DEV",
                            ]
                            .iter()
                            .any(|x| a.starts_with(x))
                        })))
                && !coordinated
                && self.bare_people((start, end), all_agents) =>
            {
                provs.push(*p);
                let homeland = all_agents.iter().find_map(|(a, _)| {
                    HOMELANDS
                        .iter()
                        .find(|(g, _)| g == a)
                        .map(|(_, c)| c.to_string())
                });
                let base = homeland
                    .or_else(|| self.bare_country((start, end), all_agents))
                    .or_else(|| self.opening_organ_country((start, end), all_agents))
                    .unwrap_or_default();
                all_agents
                    .iter()
                    .fold(base, |acc, (a, sfx)| combine(&acc, a, *sfx))
            }
            // News mode: a state organ or an armed group opening the sentence, no actor
            // before it, is of the country the sentence names next ("The Supreme Court
            // refused to lift the ban on the Students Islamic Movement of India", "Defense
            // Minister Waldir Pires defended Brazil's air traffic control system", "A rebel
            // commander surrendered to Colombian forces").
            // News mode: an organ that a subject faces pressure or criticism "from" is of the
            // subject's country ("Obama faces pressure from Congress to help Iran").
            _ if let Some(country) = self.pressing_organ_country((start, end), all_agents) => {
                provs.push(*p);
                all_agents
                    .iter()
                    .fold(country, |acc, (a, sfx)| combine(&acc, a, *sfx))
            }
            _ if let Some(country) = self.opening_organ_country((start, end), all_agents) => {
                provs.push(*p);
                all_agents
                    .iter()
                    .fold(country, |acc, (a, sfx)| combine(&acc, a, *sfx))
            }
            _ if config.petrarch1 => {
                provs.push(*p);
                petrarch1_agents(all_agents)
            }
            _ => String::new(),
        }
    }

    /// Whether a phrase starting at `start` opens its sentence: only a determiner or
    /// adjectives before it, or an opening adverbial closed by a comma ("On Tuesday, the
    /// Supreme Court …", "Meanwhile, police …") with no verb in it.
    fn opens_sentence(&self, start: usize) -> bool {
        let (tokens, rec) = (self.tokens, self.rec);
        // (or a lower-case noun modifier: "A female rebel commander surrendered")
        let plain = |k: usize| {
            rec.tags.get(k).is_some_and(|t| {
                *t == dyad_pos::Tag::DT
                    // (not a capitalised adjective the dictionaries do not know, most often
                    // a nationality: "The Korean government has agreed to provide Sri Lanka
                    // with …" is no Sri Lankan government)
                    || (t.is_adjective()
                        && (k == 0 || !tokens[k].capitalized || self.atom_at[k].is_some()))
                    || (*t == dyad_pos::Tag::NN
                        && !tokens[k].capitalized
                        && self.atom_at[k].is_none()
                        && tokens[k].kind == TokenKind::Word)
                    // (or a capitalised modifier of a state's level or branch: "Federal
                    // Police have launched an investigation", "National Civil Police" — not
                    // a word of a name: "Maritime Safety Agency")
                    || (tokens[k].capitalized
                        && self.atom_at[k].is_none()
                        && matches!(
                            tokens[k].norm.as_str(),
                            "FEDERAL"
                                | "NATIONAL"
                                | "STATE"
                                | "CIVIL"
                                | "CENTRAL"
                                | "PROVINCIAL"
                                | "REGIONAL"
                                | "MUNICIPAL"
                                | "BORDER"
                                | "RIOT"
                                | "SECRET"
                        ))
            })
        };
        let mut k = start;
        while k > 0 && plain(k - 1) {
            k -= 1;
        }
        k == 0
            || (tokens[k - 1].norm == ","
                && k < 12
                && (0..k - 1).all(|j| {
                    tokens[j].norm != ","
                        && rec
                            .tags
                            .get(j)
                            .is_some_and(|t| !t.is_verb() && *t != dyad_pos::Tag::MD)
                }))
    }

    /// The country of a state organ or an armed group (the bare agents `all_agents` at
    /// `start..end`) that opens the sentence with no actor before it: the country of the
    /// sentence's next actor, when that actor is a country's (not an organisation's: "Foreign
    /// Minister Urmas Paet said the European Union must …" names no country of his), and the
    /// article's own country if it has one.
    fn pressing_organ_country(
        &self,
        (start, _end): (usize, usize),
        all_agents: &[(String, bool)],
    ) -> Option<String> {
        let (tokens, config) = (self.tokens, self.config);
        if !config.bare_agents
            || config.tabari_rules
            || all_agents.is_empty()
            || !all_agents
                .iter()
                .all(|(a, _)| ["GOV", "LEG", "JUD"].iter().any(|x| a.starts_with(x)))
        {
            return None;
        }
        let mut k = start;
        if k > 0 && tokens[k - 1].norm == "THE" {
            k -= 1;
        }
        if !(k >= 2
            && tokens[k - 1].norm == "FROM"
            && matches!(
                tokens[k - 2].norm.as_str(),
                "PRESSURE" | "CRITICISM" | "OPPOSITION"
            ))
        {
            return None;
        }
        let first = self.actors.first()?;
        Some(first.code.get(..3)?)
            .filter(|c| is_country(c) && !is_region(c))
            .map(str::to_string)
    }

    fn opening_organ_country(
        &self,
        (start, end): (usize, usize),
        all_agents: &[(String, bool)],
    ) -> Option<String> {
        let (tokens, rec, config) = (self.tokens, self.rec, self.config);
        if !config.bare_agents
            || config.tabari_rules
            || !self.actors.is_empty()
            || all_agents.is_empty()
            || !all_agents.iter().all(|(a, _)| {
                ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS"]
                    .iter()
                    .any(|x| a.starts_with(x))
            })
            || !self.opens_sentence(start)
        {
            return None;
        }
        let (k, code, e) = (end..tokens.len()).find_map(|k| match &self.atom_at[k] {
            Some((Atom::Actor { code, .. }, e)) => Some((k, code, *e)),
            _ => None,
        })?;
        // (Not one the act is directed to, nor a place: "will make a visit to the United
        // States", "the bank's loans to Argentina", "leaves for Washington", "is in Washington
        // to meet". A named official — "Prime Minister Yasuhiro Nakasone",
        // "Agriculture Minister Mutsuki Kato said he will meet U.S. Agriculture Secretary" —
        // is of the country only when it owns what is spoken of: "defended Brazil's
        // environmental policies".)
        let named = tokens.get(end).is_some_and(|t| {
            t.kind == TokenKind::Word && t.capitalized && rec.mark_of[end].is_none()
        }) || self
            .titled_person_opening((start, end), all_agents)
            .is_some();
        // (An organ of that country after the preposition is the organ's counterpart:
        // "surrendered to Colombian forces".)
        let organ_after = matches!(self.atom_at.get(e), Some(Some((Atom::Agent { .. }, _))));
        // (Nor a country as a whole that a verb acts on: "The government has agreed to
        // provide Sri Lanka with technology" is another country's.)
        // (The country itself, not a modifier — "asked Japanese commercial banks" — nor the
        // subject of what follows: "have said Bangladesh must import".)
        let acted_on = code.len() == 3
            && !tokens[e - 1].possessive
            // (its people are the country's: "officials had assured Mexicans")
            && !matches!(
                rec.tags.get(e - 1),
                Some(dyad_pos::Tag::NNS | dyad_pos::Tag::NNPS)
            )
            && rec.tags.get(k - 1).is_some_and(|t| t.is_verb())
            && !matches!(tokens[k - 1].norm.as_str(), "SAID" | "SAY" | "SAYS" | "SAYING")
            && rec.tags.get(e).is_none_or(|t| {
                !(t.is_verb() || t.is_noun() || t.is_adjective() || *t == dyad_pos::Tag::MD)
            });
        // (Nor foreigners arrested, deported or extradited, over a number or an adjective:
        // "Police arrested three Brazilians" in Paraguay names the arrested, not the police.)
        let foreigners_held = matches!(
            rec.tags.get(e - 1),
            Some(dyad_pos::Tag::NNS | dyad_pos::Tag::NNPS)
        ) && (start..k)
            .rev()
            .find(|&j| {
                !matches!(
                    rec.tags.get(j),
                    Some(dyad_pos::Tag::CD | dyad_pos::Tag::DT | dyad_pos::Tag::JJ)
                )
            })
            .is_some_and(|j| {
                matches!(
                    tokens[j].norm.as_str(),
                    "ARRESTED"
                        | "DETAINED"
                        | "CAPTURED"
                        | "DEPORTED"
                        | "EXPELLED"
                        | "EXTRADITED"
                        | "ARREST"
                        | "DETAIN"
                        | "CAPTURE"
                        | "DEPORT"
                        | "EXPEL"
                        | "EXTRADITE"
                )
            });
        if (matches!(
            tokens[k - 1].norm.as_str(),
            "TO" | "FOR" | "AT" | "FROM" | "INTO" | "TOWARD" | "TOWARDS" | "IN"
        ) && !organ_after)
            || (named && !tokens[e - 1].possessive)
            || acted_on
            || foreigners_held
        {
            return None;
        }
        // (In an article about one country, only that country: "The Senate voted to condemn
        // the proposed European tax" in a story about Washington.)
        let main = self.ctx.main_country();
        code.get(..3)
            .filter(|c| is_country(c) && !is_region(c) && main.as_deref().is_none_or(|m| m == *c))
            .map(str::to_string)
    }

    /// The country of the armed group (rebels, insurgents, separatists, militias of a
    /// country) that is the sentence's latest actor, when the bare agents `all_agents` are
    /// all a state's armed organs (military, police) named as the government's ("government
    /// soldiers", "government forces"): see [`Builder::agent_code`].
    fn insurgents_country(&self, start: usize, all_agents: &[(String, bool)]) -> Option<String> {
        if all_agents.is_empty()
            || !all_agents
                .iter()
                .all(|(a, _)| matches!(a.as_str(), "MIL" | "COP" | "GOVMIL" | "GOVCOP"))
        {
            return None;
        }
        let pa = self.actors.iter().rev().find(|a| !outlet(a))?;
        let country = pa.code.get(..3).filter(|c| is_country(c))?;
        // (Acted on by the group: a verb between them, "killed dozens of government
        // soldiers"; not the subject of another clause.)
        let rec = self.rec;
        let verb_between = (pa.tokens.1..start).any(|k| {
            rec.mark_of
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|m| matches!(rec.marks[m as usize].item, Item::Verb(_)))
        });
        if !verb_between {
            return None;
        }
        matches!(pa.code.get(3..6), Some("REB" | "INS" | "SEP" | "UAF"))
            .then(|| country.to_string())
    }

    /// The end of the name after a singular state title opening the sentence before any
    /// actor ("Foreign Minister Urmas Paet said", "Defense Minister Waldir Pires defended"):
    /// one to four capitalised words no dictionary phrase covers, then a verb or a comma.
    fn titled_person_opening(
        &self,
        (start, end): (usize, usize),
        all_agents: &[(String, bool)],
    ) -> Option<usize> {
        let (tokens, rec) = (self.tokens, self.rec);
        if !self.actors.is_empty()
            || end == 0
            || !(0..start).all(|k| {
                rec.tags
                    .get(k)
                    .is_some_and(|t| *t == dyad_pos::Tag::DT || t.is_adjective())
            })
            || (tokens[end - 1].norm.ends_with('S') && !tokens[end - 1].norm.ends_with("SS"))
            || !all_agents.iter().any(|(a, _)| {
                ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]
                    .iter()
                    .any(|x| a.starts_with(x))
            })
        {
            return None;
        }
        let mut k = end;
        while k < tokens.len()
            && k < end + 4
            && tokens[k].kind == TokenKind::Word
            && tokens[k].capitalized
            && rec.mark_of[k].is_none()
        {
            k += 1;
        }
        let next_ok = k < tokens.len()
            && (tokens[k].norm == ","
                || rec
                    .tags
                    .get(k)
                    .is_some_and(|t| t.is_verb() || *t == dyad_pos::Tag::MD));
        // (Not when the sentence names a country itself: "President Morales expelled the US
        // agency from Bolivia" is no guess to make.)
        let names_country = self.atom_at[k.min(tokens.len())..].iter().any(|a| {
            matches!(a, Some((Atom::Actor { code, .. }, _))
                if code.get(..3).is_some_and(is_country))
        });
        (k > end && next_ok && !names_country).then_some(k)
    }

    /// Whether the agent at `start..end` is deictic ("the minister", "the Iranian official",
    /// "their commander" without an actor; not under TABARI's rules), and so stands for the
    /// latest actor's country: THE (or, reading pronouns as the nearest actor's, a possessive
    /// pronoun) before an agent that heads its phrase ("the terrorist attack" names no one).
    fn deictic_agent(&self, (start, end): (usize, usize)) -> bool {
        let (tokens, rec, config) = (self.tokens, self.rec, self.config);
        start > 0
            && !config.tabari_rules
            && (tokens[end - 1].possessive || !rec.tags.get(end).is_some_and(|t| t.is_noun()))
            && (tokens[start - 1].norm == "THE"
                || (config.nearest_pronouns
                    && matches!(
                        tokens[start - 1].norm.as_str(),
                        "HIS" | "HER" | "ITS" | "THEIR"
                    )))
    }

    /// The actor whose country a deictic or coordinated agent at `start..end` takes: the
    /// latest actor, or the previous sentence's subject; for a deictic "the kingdom", the
    /// latest monarchy named ("Jordan and the United States began exercises …"), or none in a
    /// place phrase ("in the southern desert of the kingdom").
    fn agent_prior(&self, (start, end): (usize, usize), deictic: bool) -> Option<&Actor<'a>> {
        let (actors, ctx) = (&self.actors, self.ctx);
        if deictic && self.tokens[end - 1].norm == "KINGDOM" {
            if self.in_place_phrase(start) {
                return None;
            }
            let kingdom = |a: &&Actor| a.code.get(..3).is_some_and(|c| KINGDOMS.contains(&c));
            actors
                .iter()
                .rev()
                .find(kingdom)
                .or(ctx.last_subject.as_ref().filter(kingdom))
        } else if deictic
            && !self.config.tabari_rules
            && matches!(self.tokens[start - 1].norm.as_str(), "HIS" | "HER")
        {
            // "his government" is a person's, not a place's named since ("Vietnam's Prime
            // Minister … to the families of migrants found near London, as his government
            // vowed …"): a bare country after a preposition of place is passed over.
            let place = |a: &&Actor| {
                a.code.len() == 3
                    && a.tokens.0 > 0
                    && matches!(
                        self.tokens[a.tokens.0 - 1].norm.as_str(),
                        "IN" | "NEAR" | "AT" | "TO" | "FROM" | "INTO" | "ACROSS" | "OUTSIDE"
                    )
            };
            // (Nor a bare country past a person named before it: "Duterte has defended
            // China's handling of the pandemic, saying his government shared …".)
            let possessor = |a: &&Actor| {
                a.code.len() == 3 && a.tokens.1 > 0 && self.tokens[a.tokens.1 - 1].possessive
            };
            actors
                .iter()
                .rev()
                .find(|a| !outlet(a) && !place(a) && !possessor(a))
                .or_else(|| actors.iter().rev().find(|a| !outlet(a) && !place(a)))
                .or(ctx.last_subject.as_ref())
        } else {
            let latest = actors.iter().rev().find(|a| !outlet(a) && !self.backer(a));
            // (After a verb done to others, not the verb's subject right before it: "Iraqi
            // forces attacked its fighters" — Syria's, named before.)
            if deictic && self.other_directed(start - 1) {
                if let Some(l) = latest.filter(|l| self.subject_of_verb_before(l, start - 1)) {
                    if let Some(o) = actors.iter().rev().find(|a| {
                        !a.reference
                            && a.tokens.1 <= l.tokens.0
                            && !outlet(a)
                            && !self.bare_place(a)
                    }) {
                        return Some(o);
                    }
                }
            }
            latest.or(ctx.last_subject.as_ref())
        }
    }

    /// Whether actor `a` is named after "backed by", "supported by" … right after the actor
    /// it backs ("Syrian government warplanes supported by Russia pounded the rebel-held
    /// enclave"): an agent after it takes the backed actor's country, not the backer's.
    fn backer(&self, a: &Actor) -> bool {
        let k = a.tokens.0;
        !self.config.tabari_rules
            && k >= 2
            && self.tokens[k - 1].norm == "BY"
            && self.rec.tags.get(k - 2) == Some(&dyad_pos::Tag::VBN)
            && self.actors.iter().any(|b| b.tokens.1 == k - 2)
    }

    /// Whether a phrase starting at `start` is the object of a place preposition a few words
    /// before ("in the southern desert of the kingdom"): a place, no actor.
    fn in_place_phrase(&self, start: usize) -> bool {
        let (tokens, rec) = (self.tokens, self.rec);
        (start.saturating_sub(5)..start.saturating_sub(1))
            .rev()
            .find(|&k| rec.tags.get(k) == Some(&dyad_pos::Tag::IN))
            .is_some_and(|k| {
                matches!(
                    tokens[k].norm.as_str(),
                    "IN" | "ACROSS" | "THROUGHOUT" | "INSIDE" | "WITHIN" | "AROUND" | "OF"
                )
            })
    }

    /// Whether the agent at `start` follows a possessive pronoun that points at a plain
    /// plural noun before it, not at an actor (news mode: "foreign occupation forces and
    /// their mercenaries"): the agent then has no code.
    fn orphan_agent(&self, start: usize) -> bool {
        let (tokens, rec, config) = (self.tokens, self.rec, self.config);
        config.bare_agents
            && start > 0
            && matches!(tokens[start - 1].norm.as_str(), "ITS" | "THEIR")
            && (self.actors.last().map_or(0, |a| a.tokens.1)..start - 1).any(|k| {
                rec.mark_of[k].is_none()
                    && rec
                        .tags
                        .get(k)
                        .is_some_and(|t| matches!(t, dyad_pos::Tag::NN | dyad_pos::Tag::NNS))
            })
    }

    /// Whether the agent at `start` is joined by AND to the actor phrase right before it, and
    /// so shares its country ("Danish media and government").
    fn coordinated_agent(&self, start: usize) -> bool {
        start >= 2
            && self.tokens[start - 1].norm == "AND"
            && self.actors.last().is_some_and(|pa| {
                pa.tokens.1 == start - 1 && !pa.reference && !pa.code.starts_with(['~', '-'])
            })
    }

    /// Whether a bare agent names people who are an actor of their own (news mode): see
    /// [`Builder::agent_code`].
    /// (Only people named by a plural noun that heads its phrase: "political
    /// activists", "19 Christians", not "military positions" or
    /// "intelligence".)
    /// (Not the organs of a state — troops, police, officials —, which without a
    /// country are the sentence's own actor's instruments: "Russia deployed
    /// troops to the border".)
    fn bare_people(&self, (start, end): (usize, usize), all_agents: &[(String, bool)]) -> bool {
        let (tokens, rec) = (self.tokens, self.rec);
        let day = |k: usize| crate::recognize::CALENDAR.contains(&tokens[k].norm.as_str());
        let adverbial = |k: usize| {
            matches!(
                rec.tags.get(k),
                Some(dyad_pos::Tag::RB | dyad_pos::Tag::RBR | dyad_pos::Tag::RBS)
            ) || (tokens[k].norm == "ON" && k + 1 < tokens.len() && day(k + 1))
                || (k > 0 && tokens[k - 1].norm == "ON" && day(k))
        };
        end > 0
        && ((tokens[end - 1].norm.ends_with('S')
            && !tokens[end - 1].norm.ends_with("SS")
            && rec.tags.get(end - 1).is_none_or(|t| {
                matches!(t, dyad_pos::Tag::NNS | dyad_pos::Tag::NNPS)
            }))
            // (irregular plurals: "gunmen", "tribesmen")
            || (tokens[end - 1].norm.ends_with("MEN")
                && rec.tags.get(end - 1) == Some(&dyad_pos::Tag::NNS))
            || tokens[end - 1].norm == "POLICE"
            // (a collective of people: "The separatist group Black Widow has agreed")
            || (matches!(
                tokens[end - 1].norm.as_str(),
                "GROUP" | "MOVEMENT" | "FACTION" | "MILITIA"
            ) && rec.tags.get(end - 1) == Some(&dyad_pos::Tag::NN))
            // ("banned a second opposition member": one person, named
            // by a singular noun after an indefinite article.)
            || (rec.tags.get(end - 1) == Some(&dyad_pos::Tag::NN)
                && indefinite_before(tokens, &rec.tags, start)))
        && (!rec.tags.get(end).is_some_and(|t| t.is_noun())
            // (but a collective's own name may follow it: "the separatist group Black Widow")
            || (rec.tags.get(end) == Some(&dyad_pos::Tag::NNP)
                && tokens[end].capitalized
                && matches!(
                    tokens[end - 1].norm.as_str(),
                    "GROUP" | "MOVEMENT" | "FACTION" | "MILITIA"
                )))
        // ("sent doctors to Nepal": the ones sent are no actor; Nepal is.)
        && !(tokens.get(end).is_some_and(|t| t.norm == "TO")
            && rec.tags.get(end + 1).is_some_and(|t| *t != dyad_pos::Tag::VB))
        // (Unless they are the counterpart: "protesters clashed with
        // police"; or the sentence opens with them and no actor is named before:
        // "Police in Los Angeles have launched an investigation", "Authorities ease
        // curfew … in Amman".)
        && (!all_agents.iter().any(|(a, _)| {
            ["MIL", "COP", "GOV", "SPY", "JUD", "LEG"]
                .iter()
                .any(|x| a.starts_with(x))
        })
            // (An ethnic group's organs are its own: "Kurdish officials rejected …".)
            || all_agents.iter().any(|(a, _)| ETHNIC_GROUPS.contains(&a.as_str()))
            || (start > 0
            && matches!(tokens[start - 1].norm.as_str(), "WITH" | "AGAINST"))
            // (An opening adverbial closed by a comma may come first: "Yesterday, police
            // seized two tons of cocaine".)
            // (Nor when they open the main clause after a subordinate one closed by a comma,
            // right before its finite verb: "During the years that the Sinaloa Cartel was
            // under investigation, police seized …" — the police seized, not the cartel.)
            // (So after a conjunction or a saying verb opening a clause: "Officials said
            // police arrested two men", "The gunmen fled, but police arrested two of them".)
            || (start > 0
                && {
                    let b = if start > 1 && tokens[start - 1].norm == "THE" {
                        start - 2
                    } else {
                        start - 1
                    };
                    matches!(
                        tokens[b].norm.as_str(),
                        "," | "THAT"
                            | "BUT"
                            | "AND"
                            | "WHILE"
                            | "WHEN"
                            | "AFTER"
                            | "BEFORE"
                            | "SAID"
                            | "SAY"
                            | "SAYS"
                    )
                }
                // (over adverbs and a day: "troops reportedly killed", "police later
                // arrested", "police on Monday arrested")
                && (end..tokens.len())
                    .find(|&k| !adverbial(k))
                    .and_then(|k| rec.tags.get(k))
                    .is_some_and(|t| t.is_finite()))
            || ((self.actors.is_empty() || self.fronted_places_only(start))
                && ((0..start).all(|k| {
                    rec.tags
                        .get(k)
                        .is_some_and(|t| *t == dyad_pos::Tag::DT || t.is_adjective())
                }) || self.opens_sentence(start))))
    }

    /// Whether the actors before `start` are all bare countries named as the place of an
    /// opening adverbial ("In Mexico, police seized …"): the agent then opens its sentence
    /// as if no actor came before, and takes that country.
    fn fronted_places_only(&self, start: usize) -> bool {
        let tokens = self.tokens;
        !self.actors.is_empty()
            && self.opens_sentence(start)
            && self.actors.iter().all(|a| {
                let mut k = a.tokens.0;
                while k > 0
                    && (tokens[k - 1].norm == "THE"
                        || self.rec.tags.get(k - 1).is_some_and(|t| t.is_adjective()))
                {
                    k -= 1;
                }
                a.code.len() == 3
                    && a.agents.0.is_empty()
                    && !a.reference
                    && is_country(&a.code)
                    && k > 0
                    && matches!(tokens[k - 1].norm.as_str(), "IN" | "ACROSS" | "THROUGHOUT")
            })
    }

    /// The country of a bare agent at `start..end` (news mode): see [`Builder::agent_code`].
    fn bare_country(
        &self,
        (start, end): (usize, usize),
        all_agents: &[(String, bool)],
    ) -> Option<String> {
        let (tokens, rec, ctx) = (self.tokens, self.rec, self.ctx);
        // (Refugees a country takes in, turns away or sends back are not its own: "The
        // Philippines says it will not accept refugees sent by Australia".)
        let refugees = !all_agents.is_empty() && all_agents.iter().all(|(a, _)| a == "REF");
        let acted_on = |pa: &Actor| {
            refugees
                && (pa.tokens.1..start).any(|k| {
                    rec.mark_of[k]
                        .is_some_and(|m| matches!(rec.marks[m as usize].item, Item::Verb(_)))
                })
        };
        let (atom_at, actors) = (&self.atom_at, &self.actors);
        let n = tokens.len();
        // A place right after names their country ("villages in northern
        // Syria"); else the latest country actor ("Venezuela releases
        // political activists").
        let place = if tokens
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "IN" | "FROM" | "NEAR"))
        {
            (end + 1..(end + 5).min(n))
                .find_map(|k| match &atom_at[k] {
                    Some((Atom::Actor { code, .. }, _)) => {
                        Some(Some(code[..code.len().min(3)].to_string()))
                    }
                    Some(_) => Some(None),
                    None if tokens[k].kind != TokenKind::Word => Some(None),
                    None => None,
                })
                .flatten()
                .filter(|c| is_country(c))
        } else {
            None
        };
        // With no country before them, the place the sentence names later
        // ("Gunmen killed 10 people in northern Nigeria").
        let later_place = || {
            (end..n).find_map(|k| match &atom_at[k] {
                Some((Atom::Actor { code, .. }, _))
                    if k > 0
                        && (tokens[k - 1].norm == "IN"
                            || (k > 1
                                && tokens[k - 2].norm == "IN"
                                && rec.tags.get(k - 1).is_some_and(|t| t.is_adjective())))
                        && is_country(&code[..code.len().min(3)]) =>
                {
                    Some(code[..3].to_string())
                }
                _ => None,
            })
        };
        // (A place this sentence names comes before the previous sentence's
        // subject: "Militants attacked a base in Nigeria" after a sentence
        // about Britain.)
        let country_of = |pa: &Actor| {
            Some(pa.code[..pa.code.len().min(3)].to_string()).filter(|c| is_country(c))
        };
        // (Nor is a country an envoy is posted to theirs: "Saudi Arabia's ambassador to the
        // United Kingdom expressed concern about the fate of a journalist".)
        let posting = |a: &Actor| {
            let mut k = a.tokens.0;
            if k > 0 && tokens[k - 1].norm == "THE" {
                k -= 1;
            }
            k >= 2
                && tokens[k - 1].norm == "TO"
                && rec.mark_of[k - 2]
                    .is_some_and(|m| matches!(rec.marks[m as usize].item, Item::Agent(_)))
        };
        place.or_else(|| {
            match actors
                .iter()
                .rev()
                .find(|a| !outlet(a) && !posting(a) && !self.backer(a))
            {
                // (An actor of no country before them — an armed group, an organisation
                // — leaves them the place named later: "Islamic State militants held
                // 20,000 civilians as human shields in Raqqa".)
                Some(pa) if acted_on(pa) => self.near_place(end),
                Some(pa) => self
                    .modifier_country(pa, end)
                    .or_else(|| country_of(pa))
                    .or_else(|| self.near_place(end)),
                None => later_place().or_else(|| ctx.last_subject.as_ref().and_then(country_of)),
            }
        })
    }

    /// The country of a place named "in" a few words after a bare agent ending at `end`,
    /// in the same clause (no comma, no finite verb between): "held 20,000 civilians as human
    /// shields in Raqqa".
    fn near_place(&self, end: usize) -> Option<String> {
        let (tokens, rec) = (self.tokens, self.rec);
        // (over a date's number and the place noun of a locality: "killed 14 people on April
        // 19 during a family party in the town of Minatitlan in the state of Veracruz")
        let reach = tokens.len().min(end + 20);
        let stop = (end..reach)
            .find(|&k| {
                !matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number)
                    || rec.tags.get(k).is_some_and(|t| {
                        matches!(
                            t,
                            dyad_pos::Tag::VBD
                                | dyad_pos::Tag::VBZ
                                | dyad_pos::Tag::VBP
                                | dyad_pos::Tag::MD
                        )
                    })
            })
            .unwrap_or(reach);
        let locality = |k: usize| {
            k >= 2
                && tokens[k - 1].norm == "OF"
                && matches!(
                    tokens[k - 2].norm.as_str(),
                    "TOWN"
                        | "CITY"
                        | "STATE"
                        | "PROVINCE"
                        | "REGION"
                        | "DEPARTMENT"
                        | "MUNICIPALITY"
                        | "VILLAGE"
                        | "DISTRICT"
                )
        };
        (end + 1..stop).find_map(|k| match &self.atom_at[k] {
            // (a place, not a possessor: "an improvement in Morocco's economic performance")
            Some((Atom::Actor { code, .. }, e))
                if (tokens[k - 1].norm == "IN" || locality(k))
                    && !tokens[e - 1].possessive
                    && is_country(&code[..code.len().min(3)]) =>
            {
                Some(code[..3].to_string())
            }
            _ => None,
        })
    }

    /// The country named in the modifiers of a bare agent ending at `end` that stands after a
    /// verb of the actor `pa` before it (news mode): "removed sanctions on companies linked to
    /// Russian oligarch X" (RUS, not the source's own USA), "assistance to populations
    /// affected by the cyclone in Mozambique". The modifiers open with such a participle and
    /// run to the next comma, semicolon or finite verb, over at most ten words.
    fn modifier_country(&self, pa: &Actor<'a>, end: usize) -> Option<String> {
        let (tokens, rec, atom_at) = (self.tokens, self.rec, &self.atom_at);
        let after_verb = (pa.tokens.1..end).any(|k| {
            rec.mark_of[k].is_some_and(|m| matches!(rec.marks[m as usize].item, Item::Verb(_)))
        });
        if !after_verb {
            return None;
        }
        // (Only through a participle that places or owns them: "companies linked to",
        // "people affected by", "firms based in"; not a purpose or a companion: "arrested a
        // man for smuggling bladders from Mexico", "workers on contract with a Canadian
        // company".)
        if !tokens.get(end).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "LINKED"
                    | "TIED"
                    | "OWNED"
                    | "BELONGING"
                    | "BASED"
                    | "LOCATED"
                    | "STATIONED"
                    | "LIVING"
                    | "AFFECTED"
                    | "STRANDED"
                    | "DISPLACED"
            )
        }) {
            return None;
        }
        (end..(end + 10).min(tokens.len()))
            .take_while(|&k| !matches!(tokens[k].norm.as_str(), "," | ";" | ":" | "."))
            .take_while(|&k| {
                !rec.tags.get(k).is_some_and(|t| {
                    matches!(
                        t,
                        dyad_pos::Tag::VBD
                            | dyad_pos::Tag::VBZ
                            | dyad_pos::Tag::VBP
                            | dyad_pos::Tag::MD
                    )
                })
            })
            .find_map(|k| match &atom_at[k] {
                Some((Atom::Actor { code, .. }, _)) => Some(code[..code.len().min(3)].to_string()),
                _ => None,
            })
            .filter(|c| is_country(c) && !is_region(c))
    }

    /// The code and provenance of the first of a run's names met before in an actor phrase,
    /// in this sentence or an earlier one ("Brig. Gen. Ashtiani").
    fn met_name(&self, run_names: &[String]) -> Option<(String, Vec<&'a Provenance>)> {
        let (ctx, sentence_names) = (self.ctx, &self.sentence_names);
        run_names.iter().find_map(|nm| {
            sentence_names
                .iter()
                .find(|(x, _, _)| x == nm)
                .map(|(_, c, p)| (c.clone(), p.clone()))
                .or_else(|| ctx.names.get(nm).cloned())
        })
    }
}

/// An actor code with its agents added (see [`Builder::phrase`]): all of them to each member
/// of a coded compound ("ELR/GAL"), and to any code under TABARI's rules; outside them a
/// longer actor code ("IRNGOV") keeps its own, gaining ELI only for "former" before an agent
/// that stands before the actor.
fn with_agents(
    c: &str,
    all_agents: &[(String, bool)],
    former: bool,
    agent_pos: i8,
    config: &CoderConfig,
) -> String {
    // (TABARI adds agents to a longer actor code too, without repeating a part:
    // "West German" GMWGOV + "world government" WGO → GMWGOVWGO.)
    if c.len() > 3 && !c.contains('/') && !config.tabari_rules {
        if former && agent_pos == -1 {
            combine(c, "ELI", true)
        } else {
            c.to_string()
        }
    } else {
        c.split('/')
            .map(|m| {
                all_agents
                    .iter()
                    .fold(m.to_string(), |acc, (ag, sfx)| combine(&acc, ag, *sfx))
            })
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// TABARI's code for agents without an actor (see [`Builder::agent_code`]): each agent
/// converted, written with its connector ("~MOS").
fn converted_agents(all_agents: &[(String, bool)]) -> String {
    all_agents
        .iter()
        .map(|(a, sfx)| {
            if *sfx {
                format!("~{a}")
            } else {
                format!("{a}~")
            }
        })
        .collect::<Vec<_>>()
        .join("")
}

/// PETRARCH-1's code for agents without an actor (see [`Builder::agent_code`]): "---" and
/// the agents.
fn petrarch1_agents(all_agents: &[(String, bool)]) -> String {
    all_agents
        .iter()
        .fold("---".to_string(), |acc, (a, _)| format!("{acc}{a}"))
}

/// Groups compounds: actors separated only by ",", "AND", ", AND"; each actor that does
/// not join the group before it starts a group of its own.
fn group_compounds<'a>(
    tokens: &[Token],
    rec: &Recognized,
    config: &CoderConfig,
    actors: Vec<Actor<'a>>,
) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::with_capacity(actors.len());
    for a in actors {
        // News mode: "the Syrian army and its ally Hezbollah": the ally joins the compound,
        // the pronoun that owns it names no one else.
        if !config.tabari_rules
            && a.reference
            && matches!(tokens[a.tokens.0].norm.as_str(), "ITS" | "THEIR")
            && a.tokens.0 > 0
            && tokens[a.tokens.0 - 1].norm == "AND"
            && tokens.get(a.tokens.1).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "ALLY"
                        | "ALLIES"
                        | "PARTNER"
                        | "PARTNERS"
                        | "PROXY"
                        | "PROXIES"
                        | "AFFILIATE"
                        | "AFFILIATES"
                )
            })
        {
            continue;
        }
        // News mode: an acronym in brackets after its name is the same member ("the African
        // Union (AU), Ethiopia and Italy welcomed …").
        if !config.tabari_rules
            && a.tokens.0 > 0
            && tokens[a.tokens.0 - 1].kind == TokenKind::Open
            && tokens
                .get(a.tokens.1)
                .is_some_and(|t| t.kind == TokenKind::Close)
        {
            if let Some(g) = groups.last_mut().filter(|g| {
                g.tokens.1 + 1 == a.tokens.0 && g.members.last().is_some_and(|m| m.code == a.code)
            }) {
                g.tokens.1 = a.tokens.1 + 1;
                continue;
            }
        }
        let joinable = groups
            .last()
            .is_some_and(|g| joins(tokens, rec, config, g, &a));
        if joinable {
            let g = groups.last_mut().expect("checked");
            g.tokens.1 = g.tokens.1.max(a.tokens.1);
            g.members.push(a);
        } else {
            let tk = a.tokens;
            groups.push(Group {
                members: vec![a],
                tokens: tk,
            });
        }
    }
    groups
}

/// Whether the actor `a` joins the compound `g` before it (see [`group_compounds`]).
fn joins(tokens: &[Token], rec: &Recognized, config: &CoderConfig, g: &Group, a: &Actor) -> bool {
    let ge = g.tokens.1;
    if g.members.last().is_some_and(|m| m.tokens == a.tokens) {
        return true; // the same words (coded compound)
    }
    if a.tokens.0 < ge {
        return false;
    }
    if tokens[ge - 1].possessive {
        // (TABARI: "… and Arnor's Elrond" joins Elrond to the compound.)
        return config.tabari_rules
            && a.tokens.0 == ge
            && tokens[g.tokens.0..ge]
                .iter()
                .any(|t| t.norm == "AND" || t.norm == ",");
    }
    let between = &tokens[ge..a.tokens.0];
    // News mode: an acronym the dictionaries lack, in brackets after a member, is part of it
    // ("the Intergovernmental Authority on Development (IGAD), Ethiopia and Italy").
    let acronym = |k: usize| {
        tokens[k].kind == TokenKind::Word && tokens[k].capitalized && rec.mark_of[k].is_none()
    };
    let bracketed_acronym = |k: usize| {
        !config.tabari_rules
            && match tokens[k].kind {
                TokenKind::Open => (k + 2..a.tokens.0.min(k + 5))
                    .find(|&c| tokens[c].kind == TokenKind::Close)
                    .is_some_and(|c| (k + 1..c).all(acronym)),
                TokenKind::Close => (ge.max(k.saturating_sub(4))..k.saturating_sub(1))
                    .rfind(|&o| tokens[o].kind == TokenKind::Open)
                    .is_some_and(|o| (o + 1..k).all(acronym)),
                _ => false,
            }
    };
    let filler = |k: usize, t: &Token| {
        t.kind == TokenKind::Comma
            || bracketed_acronym(k)
            || matches!(
                t.norm.as_str(),
                "AND" | "THE" | "A" | "AN" | "NOR" | "NEITHER" | "BOTH"
            )
            || rec.mark_of[k]
                .is_some_and(|m| matches!(rec.marks[m as usize].item, Item::Noun(_)))
            || (t.capitalized && rec.mark_of[k].is_none() && t.kind == TokenKind::Word)
            // "Arnor and the evil awful Gondor": a few plain modifiers after the joiner
            // (not "…, associated with the IMF").
            || (t.kind == TokenKind::Word
                && rec.mark_of[k].is_none()
                && between.len() <= 5
                && !PREPOSITIONS.contains(&t.norm.as_str()))
    };
    // After "A and B" a comma alone does not add a member: "A and B, the C
    // newspaper" is an apposition or a new clause.
    let joiner = |t: &Token| t.norm == "AND" || t.norm == "NOR";
    // TABARI: dictionary adjectives between members of a compound ("Calenardhon and
    // the evil Arnor awful Gondor") keep it going.
    let adjectives_only = config.tabari_rules
        && !between.is_empty()
        && (ge..a.tokens.0).all(|k| {
            rec.mark_of[k].is_some_and(|m| {
                matches!(
                    rec.marks[m as usize].item,
                    Item::Noun(dyad_dict::NounKind::Adjective)
                )
            })
        });
    if adjectives_only && tokens[g.tokens.0..ge].iter().any(joiner) {
        return true;
    }
    if !between.iter().any(joiner) && tokens[g.tokens.0..ge].iter().any(joiner) {
        return false;
    }
    // TABARI: nor does ", and" ("the IMF and Red Cross, and Elrond"), unless another
    // pair follows ("Calenardhon and Gondor, and Ithilen and Dagolath").
    // (Outside TABARI's reading ", and" always ends it: "reconciliation between
    // Calenardhon and Gondor, and Gondor and Dagolath" names two pairs.)
    if between.iter().any(|t| t.kind == TokenKind::Comma)
        && tokens[g.tokens.0..ge].iter().any(joiner)
        && (!config.tabari_rules || tokens.get(a.tokens.1).is_none_or(|t| !joiner(t)))
    {
        return false;
    }
    // Plain modifiers only after the joiner ("Arnor and the evil awful Gondor"), not
    // before it ("Bree to chill out and Gondor").
    let last_joiner = between
        .iter()
        .rposition(|t| t.kind == TokenKind::Comma || joiner(t))
        .unwrap_or(0);
    let plain_before_joiner = between[..last_joiner].iter().enumerate().any(|(k, t)| {
        t.kind == TokenKind::Word
            && !joiner(t)
            && !matches!(t.norm.as_str(), "THE" | "A" | "AN" | "NEITHER" | "BOTH")
            && rec.mark_of[ge + k].is_none()
            && !t.capitalized
    });
    !between.is_empty()
        && !plain_before_joiner
        && between.iter().enumerate().all(|(k, t)| filler(ge + k, t))
        && between
            .iter()
            .any(|t| t.kind == TokenKind::Comma || t.norm == "AND" || t.norm == "NOR")
        && between.iter().filter(|t| t.norm == "AND").count() <= 1
}

/// A compound that ends with a comma-joined member but no AND is not a compound unless
/// it ends with AND: "Syria, Iran, Russia and China" yes; "Arnor, Gondor" (apposition) no.
fn settle_compounds<'a>(
    tokens: &[Token],
    rec: &Recognized,
    config: &CoderConfig,
    groups: Vec<Group<'a>>,
) -> Vec<Group<'a>> {
    let mut fixed: Vec<Group> = Vec::with_capacity(groups.len());
    for g in groups {
        if g.members.len() > 1 {
            let has_and = tokens[g.tokens.0..g.tokens.1]
                .iter()
                .any(|t| t.norm == "AND" || t.norm == "NOR");
            let same_words = g.members.windows(2).all(|w| w[0].tokens == w[1].tokens);
            // News mode: "The United States, India, Israel, Pakistan and other governments"
            // lists its named members.
            let and_other = !config.tabari_rules && {
                let mut k = g.tokens.1;
                if tokens.get(k).is_some_and(|t| t.kind == TokenKind::Comma) {
                    k += 1;
                }
                tokens.get(k).is_some_and(|t| t.norm == "AND")
                    && tokens.get(k + 1).is_some_and(|t| t.norm == "OTHER")
            };
            if !has_and && !same_words && !and_other {
                for m in g.members {
                    let tk = m.tokens;
                    fixed.push(Group {
                        members: vec![m],
                        tokens: tk,
                    });
                }
                continue;
            }
        }
        let mut g = g;
        // Share an agent across a compound: "the ambassadors of A, B and C", "A and B
        // legislators".
        if g.members.len() > 1 && !config.tabari_rules {
            share_agents(tokens, rec, &mut g);
        }
        fixed.push(g);
    }
    fixed
}

/// Shares an agent across a compound (outside TABARI's reading): the first member's agent
/// standing before it ("the ambassadors of A, B and C"), or the last member's standing after
/// it ("A and B legislators"), goes to each member that has none.
fn share_agents(tokens: &[Token], rec: &Recognized, g: &mut Group) {
    let donor = if g.members[0].agents.1 == -1 {
        Some(g.members[0].agents.0.clone())
    } else if g.members.last().is_some_and(|m| {
        // (Not a last member with its own determiner and a singular agent: "Russia
        // and the Syrian government" is no Russian government; "Japanese and the
        // Australian armies" are two armies.)
        m.agents.1 == 1
            && (rec.tags.get(m.tokens.1 - 1) == Some(&dyad_pos::Tag::NNS)
                || ![m.tokens.0, m.tokens.0.wrapping_sub(1)].iter().any(|&k| {
                    tokens
                        .get(k)
                        .is_some_and(|t| matches!(t.norm.as_str(), "THE" | "ITS" | "THEIR"))
                }))
    }) {
        g.members.last().map(|m| m.agents.0.clone())
    } else {
        None
    };
    if let Some(ags) = donor {
        for m in &mut g.members {
            if m.agents.1 == 0 && m.code.len() == 3 {
                m.code = ags
                    .iter()
                    .fold(m.code.clone(), |acc, (ag, sfx)| combine(&acc, ag, *sfx));
            }
        }
    }
}

/// TABARI: THEY, THEM and THEIR refer to the sentence's first compound actor; HE, SHE
/// and IT (TABARI's suite only) to its first actor, a compound included.
fn tabari_pronouns(tokens: &[Token], config: &CoderConfig, fixed: &mut [Group]) {
    let first_compound = fixed.iter().position(|g| g.members.len() > 1);
    let first_actor = fixed
        .iter()
        .position(|g| !g.members.iter().any(|m| m.reference))
        .filter(|&f| config.tabari_rules && fixed[f].members.len() > 1);
    for (pronouns, first) in [
        (&["THEY", "THEM", "THEIR"][..], first_compound),
        (&["HE", "SHE", "IT"][..], first_actor),
    ] {
        let Some(first) = first else { continue };
        let members = fixed[first].members.clone();
        for g in fixed.iter_mut().skip(first + 1) {
            let refers = g.members.len() == 1
                && g.members[0].reference
                && pronouns.contains(&tokens[g.tokens.0].norm.as_str());
            if refers {
                let (span, tk) = (g.members[0].span, g.members[0].tokens);
                g.members = members
                    .iter()
                    .map(|m| Actor {
                        span,
                        tokens: tk,
                        reference: true,
                        antecedent: Some(m.tokens.0),
                        ..m.clone()
                    })
                    .collect();
            }
        }
    }
}

/// "met his Syrian counterpart": a country named before COUNTERPART holds the office of
/// the office holder named nearest before it (IRNMIL meets SYRMIL) — not a news agency's
/// ("Tehran, Jan 5 (IRNA) – Iran's foreign minister met his Syrian counterpart": SYRGOV).
fn counterparts(tokens: &[Token], fixed: &mut [Group]) {
    for i in 0..fixed.len() {
        let counterpart = tokens
            .get(fixed[i].tokens.1)
            .is_some_and(|t| matches!(t.norm.as_str(), "COUNTERPART" | "COUNTERPARTS"));
        if !counterpart {
            continue;
        }
        let start = fixed[i].tokens.0;
        let holders: Vec<&Actor> = fixed
            .iter()
            .filter(|g| g.tokens.1 <= start)
            .flat_map(|g| &g.members)
            .filter(|m| m.code.len() > 3 && is_country(&m.code[..3]) && !m.code.ends_with("MED"))
            .collect();
        let nearest = holders.iter().max_by_key(|m| m.tokens.0).copied();
        // (A title in apposition before the name says more: "Brazil's Defense Minister,
        // Celso Amorim, signed … with his Bolivian counterpart": BOLGOVMIL.)
        let office = nearest
            .map(|n| {
                holders
                    .iter()
                    .copied()
                    .filter(|m| m.tokens.1 <= n.tokens.0 && n.tokens.0 - m.tokens.1 <= 1)
                    .rfind(|m| m.code.len() > n.code.len() && m.code[..3] == n.code[..3])
                    .unwrap_or(n)
            })
            // (else the sentence's first office holder)
            .or_else(|| {
                fixed
                    .iter()
                    .flat_map(|g| &g.members)
                    .find(|m| m.code.len() > 3 && is_country(&m.code[..3]))
            })
            .map(|m| m.code[3..].to_string());
        if let Some(office) = office {
            for m in &mut fixed[i].members {
                if m.code.len() == 3 && is_country(&m.code) {
                    m.code.push_str(&office);
                }
            }
        }
    }
}

/// "struck military positions in Syria", "an army base in western Afghanistan": the
/// country's armed forces.
fn military_targets(tokens: &[Token], fixed: &mut [Group]) {
    for g in fixed.iter_mut() {
        let s0 = g.tokens.0;
        let lo = s0.saturating_sub(6);
        let military = (lo..s0).any(|k| {
            matches!(tokens[k].norm.as_str(), "MILITARY" | "ARMY")
                && tokens.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "POSITIONS"
                            | "POSITION"
                            | "BASES"
                            | "BASE"
                            | "TARGETS"
                            | "TARGET"
                            | "SITES"
                            | "INSTALLATIONS"
                            | "OUTPOSTS"
                            | "POSTS"
                    )
                })
                && (k + 2..s0).all(|j| {
                    let w = tokens[j].norm.as_str();
                    matches!(w, "IN" | "NEAR" | "INSIDE" | "ACROSS" | "OF" | "THE")
                        || DIRECTIONS.contains(&w)
                })
        });
        if military {
            for m in &mut g.members {
                if m.code.len() == 3 && is_country(&m.code) {
                    m.code.push_str("MIL");
                }
            }
        }
    }
}

/// News mode: a former office holder is an elite (GOV → ELI: "Former US President Barack
/// Obama"); a person named with a present office holds it (→ GOV: "Afghan President Ashraf
/// Ghani"); pronouns pointing at either follow.
fn offices(tokens: &[Token], fixed: &mut [Group]) {
    // (Pronouns that point at such a person follow: "… where he had lunch with".)
    let mut demoted: Vec<usize> = Vec::new();
    let mut promoted: Vec<(usize, String)> = Vec::new();
    for g in fixed.iter_mut() {
        let start = g.tokens.0;
        let former = (start.saturating_sub(2)..(start + 2).min(tokens.len())).any(|k| {
            matches!(tokens[k].norm.as_str(), "FORMER" | "EX") && k < g.tokens.1.max(start + 1)
        });
        if !former {
            // A person named with a present office ("Afghan President Ashraf Ghani") holds
            // it, whatever older entry the dictionary has (ELI → GOV; an older office, the
            // finance ministry's AFGGOVBUS → AFGGOV).
            let titled = tokens[g.tokens.0..g.tokens.1].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "PRESIDENT"
                        | "PREMIER"
                        | "CHANCELLOR"
                        | "KING"
                        | "EMIR"
                        | "MINISTER"
                        | "SECRETARY"
                )
            });
            // (An opposition figure named with a government office other than "president",
            // which parties have too, holds it: "Prime Minister Imran Khan" in text of his
            // term; not a shadow minister.)
            let office_not_party = tokens[g.tokens.0..g.tokens.1].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "PREMIER" | "CHANCELLOR" | "KING" | "EMIR" | "MINISTER" | "SECRETARY"
                )
            }) && !tokens[g.tokens.0..g.tokens.1]
                .iter()
                .any(|t| t.norm == "SHADOW");
            if titled {
                for m in &mut g.members {
                    let other_role = m.code.len() == 6
                        && (matches!(&m.code[3..6], "ELI" | "SPY" | "BUS" | "MIL")
                            || (office_not_party && &m.code[3..6] == "OPP"));
                    let older_office = m.code.len() == 9 && &m.code[3..6] == "GOV";
                    if (other_role || older_office) && is_country(&m.code[..3]) && !m.reference {
                        m.code.truncate(6);
                        m.code.replace_range(3..6, "GOV");
                        promoted.push((m.tokens.0, m.code.clone()));
                    }
                }
            }
            continue;
        }
        for m in &mut g.members {
            if m.code.len() >= 6 && &m.code[3..6] == "GOV" && !m.reference {
                // (An office already marked former keeps one ELI: UKRGOVELI → UKRELI.)
                if m.code[6..].contains("ELI") {
                    m.code.truncate(6);
                }
                m.code.replace_range(3..6, "ELI");
                demoted.push(m.tokens.0);
            }
        }
    }
    for m in fixed.iter_mut().flat_map(|g| &mut g.members) {
        if !m.reference || m.code.len() < 6 {
            continue;
        }
        if m.antecedent.is_some_and(|a| demoted.contains(&a)) && &m.code[3..6] == "GOV" {
            m.code.replace_range(3..6, "ELI");
        } else if let Some((_, code)) = promoted.iter().find(|(a, _)| m.antecedent == Some(*a)) {
            // (A pronoun of a person in office is that office: "Colombia's Defense Minister
            // Rodrigo Rivera announced his resignation".)
            m.code.clone_from(code);
        }
    }
}

/// Verbs that attribute a quotation to its speaker.
const QUOTING: &[&str] = &[
    "SAID", "SAYS", "SAY", "TOLD", "TELLS", "ADDED", "ADDS", "STATED", "DECLARED", "WROTE",
    "TWEETED", "INSISTED", "WARNED", "SAYING", "ASSERTED", "STRESSED", "NOTED", "REPLIED",
];

/// First-person pronouns inside a quotation become actors: the quotation's speaker, an actor
/// next to a quoting verb right after the closing quote ("…," Lavrov said / said Lavrov) or
/// right before the opening one (Lavrov said: "…").
fn first_person_in_quotes<'a>(tokens: &[Token], rec: &Recognized, actors: &mut Vec<Actor<'a>>) {
    let quotes: Vec<usize> = (0..tokens.len())
        .filter(|&k| tokens[k].kind == TokenKind::Quote)
        .collect();
    if quotes.len() < 2 {
        return;
    }
    let mut added = Vec::new();
    for pair in quotes.chunks(2) {
        let [open, close] = *pair else { break };
        // The speaker after the quotation: an actor within a few words of a quoting verb.
        let quoting = |k: usize| QUOTING.contains(&tokens[k].norm.as_str());
        let after = (close + 1..(close + 4).min(tokens.len()))
            .find(|&k| quoting(k))
            .map(|_| (close + 1, (close + 12).min(tokens.len())))
            .or_else(|| {
                // ("…," the Iranian minister said)
                (close + 1..(close + 10).min(tokens.len()))
                    .find(|&k| quoting(k))
                    .map(|v| (close + 1, v + 1))
            });
        let speaker = after
            .and_then(|(a, b)| {
                actors
                    .iter()
                    .find(|x| x.tokens.0 >= a && x.tokens.0 < b && x.code.len() >= 3)
            })
            .or_else(|| {
                // (Lavrov said: "…")
                let before = open.checked_sub(1)?;
                let v = (before.saturating_sub(3)..=before)
                    .rev()
                    .find(|&k| quoting(k))?;
                actors
                    .iter()
                    .rev()
                    .find(|x| x.tokens.1 <= v && x.code.len() >= 3)
            });
        let Some(sp) = speaker.cloned() else { continue };
        for (k, t) in tokens.iter().enumerate().take(close).skip(open + 1) {
            let first_person = matches!(t.norm.as_str(), "WE" | "OUR" | "I" | "MY")
                || (t.norm == "US" && !t.capitalized);
            let pronoun = matches!(
                rec.tags.get(k),
                Some(dyad_pos::Tag::PRP | dyad_pos::Tag::PRPS)
            );
            if first_person && pronoun && rec.mark_of[k].is_none() {
                added.push(Actor {
                    code: sp.code.clone(),
                    span: t.span,
                    tokens: (k, k + 1),
                    provenance: sp.provenance.clone(),
                    reference: true,
                    agents: (Vec::new(), 0),
                    base: sp.base.clone(),
                    antecedent: Some(sp.tokens.0),
                });
            }
        }
    }
    if !added.is_empty() {
        actors.extend(added);
        actors.sort_by_key(|a| a.tokens.0);
    }
}

/// Whether an actor phrase names an institution, not a person: its last word is a body, an
/// office, a force or a news outlet ("the Senate Appropriations subcommittee", "the foreign
/// ministry", "The Washington Post").
/// A news outlet named as such (Phoenix's `REUTERS [MED]`, an `XXXMED` entry), with no agent
/// word: no "he", and no country for the agents after it ("told Reuters that the army …").
fn outlet(a: &Actor) -> bool {
    a.agents.0.is_empty() && (a.code == "MED" || a.code.get(3..6) == Some("MED"))
}

/// News mode: whether an actor is an organisation no person of it is named in: an
/// international, non-governmental or business code with no agent (the person's office keeps
/// "World Bank President Barber Conable" a person), or a name ending in a company's or a
/// body's word ("Salomon Brothers", "the International Monetary Fund").
fn organisation(tokens: &[Token], a: &Actor) -> bool {
    let last = a.tokens.1.min(tokens.len());
    let person_word = (a.tokens.0..last).any(|k| {
        matches!(
            tokens[k].norm.as_str(),
            "PRESIDENT"
                | "CHAIRMAN"
                | "CHAIRWOMAN"
                | "DIRECTOR"
                | "SECRETARY"
                | "GOVERNOR"
                | "CHIEF"
                | "HEAD"
                | "SPOKESMAN"
                | "SPOKESWOMAN"
                | "ENVOY"
                | "AMBASSADOR"
                | "OFFICIAL"
                | "MINISTER"
                | "ANALYST"
                | "ECONOMIST"
                | "EXECUTIVE"
                | "MANAGER"
        )
    });
    let code = a.code.as_str();
    let body_code = code.starts_with("IGO")
        || code.starts_with("NGO")
        || code.starts_with("MNC")
        || matches!(code.get(3..6), Some("BUS" | "MED"));
    let body_word = last > a.tokens.0
        && matches!(
            tokens[last - 1].norm.as_str(),
            "FUND"
                | "COMMUNITY"
                | "ASSOCIATION"
                | "FEDERATION"
                | "CORP"
                | "CORP."
                | "CORPORATION"
                | "INC"
                | "INC."
                | "CO"
                | "CO."
                | "LTD"
                | "LTD."
                | "PLC"
                | "BROTHERS"
                | "EXCHANGE"
                | "BOARD"
                | "INSTITUTE"
                | "FOUNDATION"
                | "NATIONS"
                | "REUTERS"
        );
    !person_word && ((body_code && a.agents.0.is_empty()) || body_word)
}

fn institution(tokens: &[Token], a: &Actor) -> bool {
    let last = a.tokens.1.min(tokens.len());
    outlet(a)
        || last > a.tokens.0
            && matches!(
                tokens[last - 1].norm.as_str(),
                "SENATE"
                | "PARLIAMENT"
                | "CONGRESS"
                | "ASSEMBLY"
                | "COMMITTEE"
                | "SUBCOMMITTEE"
                | "COMMISSION"
                | "COUNCIL"
                | "MINISTRY"
                | "DEPARTMENT"
                | "AGENCY"
                | "OFFICE"
                | "GOVERNMENT"
                | "ADMINISTRATION"
                | "ARMY"
                | "MILITARY"
                | "FORCES"
                | "TROOPS"
                | "POLICE"
                | "COURT"
                | "CABINET"
                | "AUTHORITIES"
                | "REGIME"
                | "EMBASSY"
                | "MISSION"
                | "NAVY"
                | "PARTY"
                | "BANK"
                | "COMPANY"
                | "ORGANIZATION"
                | "ORGANISATION"
                | "ALLIANCE"
                | "COALITION"
                | "MOVEMENT"
                | "GROUP"
                | "UNION"
                // (news outlets: "The Washington Post published …, his")
                | "POST"
                | "TIMES"
                | "NEWS"
                | "JOURNAL"
                | "HERALD"
                | "TRIBUNE"
                | "TELEGRAPH"
                | "NETWORK"
                | "TELEVISION"
                | "RADIO"
            )
}

/// Whether an indefinite article opens the phrase that ends before `start`, across at most
/// three adjectives or numbers: "a second", "an American".
fn indefinite_before(tokens: &[Token], tags: &[dyad_pos::Tag], start: usize) -> bool {
    for k in (start.saturating_sub(4)..start).rev() {
        match tokens[k].norm.as_str() {
            "A" | "AN" | "ANOTHER" => return true,
            _ if tags
                .get(k)
                .is_some_and(|t| t.is_adjective() || *t == dyad_pos::Tag::CD) => {}
            _ => return false,
        }
    }
    false
}

/// News mode: a bare country naming a border or coast after a place preposition is a place,
/// no actor ("police based along the Brazilian border stole a shipment").
fn border_place(tokens: &[Token], start: usize, end: usize, code: &str) -> bool {
    let place_noun = tokens.get(end).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "BORDER" | "BORDERS" | "FRONTIER" | "COAST" | "COASTLINE" | "SIDE"
        )
    });
    let mut k = start;
    if k > 0 && tokens[k - 1].norm == "THE" {
        k -= 1;
    }
    place_noun
        && !tokens[end - 1].possessive
        && is_country(code)
        && k > 0
        && matches!(
            tokens[k - 1].norm.as_str(),
            "ALONG" | "NEAR" | "ACROSS" | "AT" | "ON" | "OFF" | "BY" | "OVER" | "BEYOND"
        )
}

/// News mode: a city naming an agreement or talks by their venue is no party to them ("the
/// Paris agreement", "the Minsk accords", "the Geneva talks", "the Louvre accord").
fn venue_of_agreement(tokens: &[Token], start: usize, end: usize, code: &str) -> bool {
    const VENUES: &[&str] = &[
        "PARIS",
        "GENEVA",
        "MINSK",
        "OSLO",
        "DAYTON",
        "DOHA",
        "ASTANA",
        "SOCHI",
        "VIENNA",
        "KYOTO",
        "HELSINKI",
        "LOUVRE",
        "MADRID",
        "LAUSANNE",
        "TAIF",
        "ALGIERS",
        "ARUSHA",
        "LUSAKA",
        "NAIVASHA",
        "MONTREAL",
        "ROME",
        "ISTANBUL",
        "BONN",
        "ANNAPOLIS",
        "TASHKENT",
        "ABABA",
        "DJIBOUTI",
        "LOME",
        "LIMA",
        "HAVANA",
        "SINGAPORE",
        "HANOI",
    ];
    // (Not the capitals that stand for their governments: "the Moscow talks" may be
    // Russia's own.)
    is_country(code)
        && end == start + 1
        && VENUES.contains(&tokens[start].norm.as_str())
        && tokens.get(end).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "AGREEMENT"
                    | "AGREEMENTS"
                    | "ACCORD"
                    | "ACCORDS"
                    | "PACT"
                    | "TREATY"
                    | "PROTOCOL"
                    | "CONVENTION"
                    | "TALKS"
                    | "PROCESS"
                    | "FORMAT"
                    | "DEAL"
                    | "CONFERENCE"
                    | "DECLARATION"
                    | "CHARTER"
            )
        })
}

/// News mode: a bare country naming a currency is no actor ("150 mln Swiss francs", "a
/// 300 mln Luxembourg franc bond", "U.S. dollars").
/// "known by its Spanish initials", "the English-language press", "Arabic speakers": a
/// country's adjective naming a language (before a word about words or speech) is no actor.
fn language(tokens: &[Token], end: usize, code: &str) -> bool {
    is_country(code)
        && !tokens[end - 1].possessive
        && tokens.get(end).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "INITIALS"
                    | "ACRONYM"
                    | "ABBREVIATION"
                    | "LANGUAGE"
                    | "LANGUAGES"
                    | "-LANGUAGE"
                    | "TRANSLATION"
                    | "TRANSLATIONS"
                    | "SPEAKING"
                    | "-SPEAKING"
                    | "SPEAKERS"
                    | "SUBTITLES"
                    | "DUBBED"
                    | "GRAMMAR"
                    | "VOCABULARY"
                    | "ACCENT"
                    | "DIALECT"
                    | "SLANG"
            ) || t.norm.starts_with("-LANGUAGE")
                || t.norm.starts_with("-SPEAK")
        })
}

/// A place hyphened to "based" before a name ("the Abidjan-based ADB", "the Paris-based
/// OECD", "London-based Reed International"): where the named organisation sits, no actor of
/// its own — unlike before a common noun, whose country it gives ("a Miami-based company").
fn based_place(tokens: &[Token], end: usize, code: &str) -> bool {
    is_country(code)
        && tokens
            .get(end)
            .is_some_and(|b| b.norm == "BASED" && b.span.start == tokens[end - 1].span.end + 1)
        && tokens
            .get(end + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.capitalized)
}

/// News mode: an actor named as a date, a month and a day ("MAY_15_", a Greek armed group
/// in the Phoenix set), is the date in running text: "arrested in Cartagena on May 15".
fn date_name(tokens: &[Token], start: usize, end: usize) -> bool {
    end == start + 2
        && tokens[start].capitalized
        && matches!(
            tokens[start].norm.as_str(),
            "JANUARY"
                | "FEBRUARY"
                | "MARCH"
                | "APRIL"
                | "MAY"
                | "JUNE"
                | "JULY"
                | "AUGUST"
                | "SEPTEMBER"
                | "OCTOBER"
                | "NOVEMBER"
                | "DECEMBER"
        )
        && tokens[start + 1].kind == TokenKind::Number
        && tokens[start + 1]
            .norm
            .parse::<u32>()
            .is_ok_and(|d| (1..=31).contains(&d))
}

fn currency(tokens: &[Token], end: usize, code: &str) -> bool {
    is_country(code)
        && !tokens[end - 1].possessive
        && tokens.get(end).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "FRANC"
                    | "FRANCS"
                    | "DOLLAR"
                    | "DOLLARS"
                    | "DLRS"
                    | "POUND"
                    | "POUNDS"
                    | "YEN"
                    | "EURO"
                    | "EUROS"
                    | "PESO"
                    | "PESOS"
                    | "RUPEE"
                    | "RUPEES"
                    | "RUBLE"
                    | "RUBLES"
                    | "ROUBLE"
                    | "ROUBLES"
                    | "YUAN"
                    | "RENMINBI"
                    | "LIRA"
                    | "LIRE"
                    | "MARK"
                    | "MARKS"
                    | "KRONA"
                    | "KRONOR"
                    | "KRONE"
                    | "KRONER"
                    | "RIYAL"
                    | "RIYALS"
                    | "RIAL"
                    | "RIALS"
                    | "DINAR"
                    | "DINARS"
                    | "SHEKEL"
                    | "SHEKELS"
                    | "WON"
                    | "RAND"
                    | "REAL"
                    | "REAIS"
                    | "BOLIVAR"
                    | "BOLIVARS"
                    | "NAIRA"
                    | "SHILLING"
                    | "SHILLINGS"
                    | "BAHT"
                    | "RINGGIT"
                    | "RUPIAH"
                    | "HRYVNIA"
                    | "ZLOTY"
                    | "FORINT"
                    | "CURRENCY"
            )
        })
}
