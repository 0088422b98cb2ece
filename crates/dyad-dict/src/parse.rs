//! Line-by-line readers for every dictionary kind, and compilation into [`Dictionaries`].

use dyad_core::Provenance;
use rustc_hash::FxHashMap;

use crate::codes::{parse_actor_code, parse_agent_code, ActorCode, AgentCode, EventCode};
use crate::lexicon::{WordId, WordKind};
use crate::phrase::{parse_phrase_mode, Phrase, PhraseWord};
use crate::{Diagnostic, Dictionaries};

/// Which kind of dictionary a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictKind {
    /// Actors (`.actors`, `*.actors.txt`).
    Actors,
    /// Agents.
    Agents,
    /// Verbs (TABARI `.verbs` or PETRARCH verb patterns).
    Verbs,
    /// Discards.
    Discards,
    /// Issues.
    Issues,
    /// TABARI options.
    Options,
    /// UniversalPetrarch's internal coding ontology (PICO): CAMEO code → value, used for
    /// negation.
    Pico,
}

/// An actor or agent entry: one phrase with its codes.
#[derive(Clone, Debug)]
pub struct ActorEntry {
    /// The phrase.
    pub phrase: Phrase,
    /// Actor codes (date-restricted first, then the default), empty for agents.
    pub codes: Vec<ActorCode>,
    /// The agent code, for agents.
    pub agent: Option<AgentCode>,
    /// Where it came from (the phrase's line).
    pub provenance: Provenance,
    /// Index of the first phrase of its synonym group (for "parent" reporting).
    pub group: u32,
}

impl ActorEntry {
    /// The code in force on `date` (the first satisfied restriction, else the default, else
    /// null). `None` means no date is known: the default is used.
    pub fn code_on(&self, date: Option<chrono::NaiveDate>) -> Option<&str> {
        self.code_as_of(date, None)
    }

    /// As [`code_on`](Self::code_on), with the date an undated sentence is read as of (the
    /// dictionaries' [`horizon`](crate::Dictionaries::horizon)): a restriction that admits
    /// it wins; otherwise the undated rules apply.
    pub fn code_as_of(
        &self,
        date: Option<chrono::NaiveDate>,
        horizon: Option<chrono::NaiveDate>,
    ) -> Option<&str> {
        // Only for people: an entry whose undated default is a former office holder
        // (`XXXELI`) or that has none. An organisation's default is what it is when no date
        // says otherwise (the Taliban are insurgents unless a date puts them in government).
        let person = self
            .codes
            .iter()
            .find(|c| c.rule.is_none())
            .is_none_or(|c| c.code.ends_with("ELI"));
        if let (None, Some(h), true) = (date, horizon, person) {
            let now = self
                .codes
                .iter()
                .find(|c| c.rule.is_some_and(|r| r.admits(h)));
            // An undated sentence that names someone without "former" most likely reports
            // them in office: a former office holder now reads as their latest office
            // ("Obama will hold talks with President Kenyatta": USAGOV, not USAELI).
            let out_of_office = now.is_none_or(|c| c.code.ends_with("ELI"));
            let office = self
                .codes
                .iter()
                .filter(|c| !c.code.is_empty() && !c.code.ends_with("ELI"))
                .filter_map(|c| Some((c.rule?.latest(), c)))
                .max_by_key(|&(d, _)| d)
                .map(|(_, c)| c);
            match (now, office) {
                (_, Some(o)) if out_of_office => return Some(&o.code),
                (Some(c), _) => return Some(&c.code),
                _ => {}
            }
        }
        if let Some(d) = date {
            for c in &self.codes {
                if let Some(r) = c.rule {
                    if r.admits(d) {
                        return Some(&c.code);
                    }
                }
            }
        }
        let default = self.codes.iter().find(|c| c.rule.is_none());
        if date.is_none() {
            // No date: the office held now, open-ended ("ERDOGAN [TURGOV >030314] [TURELI]":
            // TURGOV); else the default when it is a code; else the last restricted code (the
            // most recent office).
            if let Some(c) = self
                .codes
                .iter()
                .rev()
                .find(|c| matches!(c.rule, Some(crate::codes::DateRule::After(_))))
            {
                return Some(&c.code);
            }
            if let Some(c) = default.filter(|c| !c.code.is_empty()) {
                return Some(&c.code);
            }
            if let Some(c) = self.codes.iter().rev().find(|c| c.rule.is_some()) {
                return Some(&c.code);
            }
        }
        if let Some(c) = default {
            return Some(&c.code);
        }
        // Only restricted codes and none satisfied: the null code.
        Some("")
    }
}

/// What a non-actor entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounKind {
    /// From a `<NOUN>` section.
    Noun,
    /// From an `<ADJECTIVE>` section.
    Adjective,
    /// A null-coded phrase (`[---]`) in an actors file: not an actor.
    Null,
}

/// An element of a verb pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatternElem {
    /// A word; `joined` means it must directly follow the previous element.
    Word {
        /// The word.
        id: WordId,
        /// Adjacent to the previous element.
        joined: bool,
        /// The preposition that opens a PETRARCH-2 prepositional phrase ("(TO SUMMIT)"): it
        /// heads a noun phrase, so an infinitive's "to" is not it.
        preposition: bool,
    },
    /// `*`: the verb.
    Verb {
        /// Adjacent to the previous element.
        joined: bool,
    },
    /// `$`: the source actor.
    Source {
        /// Adjacent to the previous element.
        joined: bool,
    },
    /// `+`: the target actor.
    Target {
        /// Adjacent to the previous element.
        joined: bool,
    },
    /// `%`: a compound actor that is both source and target.
    Compound {
        /// Adjacent to the previous element.
        joined: bool,
    },
    /// `^`: skip one actor.
    Skip {
        /// Adjacent to the previous element.
        joined: bool,
    },
    /// `&NAME`: any member of a synset.
    Synset {
        /// Index into [`Dictionaries::synsets`].
        index: u32,
        /// Adjacent to the previous element.
        joined: bool,
    },
    /// `{ a | b }`: alternatives.
    Alt {
        /// The alternatives.
        alts: Vec<Vec<PatternElem>>,
        /// Adjacent to the previous element.
        joined: bool,
    },
}

impl PatternElem {
    /// Whether the element must directly follow the previous one.
    pub fn joined(&self) -> bool {
        match self {
            PatternElem::Word { joined, .. }
            | PatternElem::Verb { joined }
            | PatternElem::Source { joined }
            | PatternElem::Target { joined }
            | PatternElem::Compound { joined }
            | PatternElem::Skip { joined }
            | PatternElem::Synset { joined, .. }
            | PatternElem::Alt { joined, .. } => *joined,
        }
    }
}

/// One verb pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// Elements before the verb, in text order.
    pub before: Vec<PatternElem>,
    /// Elements after the verb, in text order (the first may be joined to the verb).
    pub after: Vec<PatternElem>,
    /// The code.
    pub code: EventCode,
    /// Letters in the fixed text (longer patterns are tried first).
    pub weight: u32,
    /// The last element of `before` must directly precede the verb (`PLANES_*`).
    pub verb_joined: bool,
    /// Words the pattern cannot match without, sorted: a quick filter (see
    /// [`Parser::needed_words`]).
    pub required: Vec<WordId>,
    /// Sets of words of which the pattern cannot match without one (a synset's members),
    /// each sorted: a quick filter too.
    pub any_of: Vec<Vec<WordId>>,
    /// The most letters a match can have (synsets at their longest member): a bound.
    pub max_weight: u32,
    /// Where it came from.
    pub provenance: Provenance,
}

/// A verb block: a default code and patterns shared by its verbs.
#[derive(Clone, Debug)]
pub struct VerbBlock {
    /// The block's name (PETRARCH `--- NAME ---`) or the TABARI verb root.
    pub name: String,
    /// The default code.
    pub code: Option<EventCode>,
    /// Patterns, longest first.
    pub patterns: Vec<Pattern>,
    /// Where the block starts.
    pub provenance: Provenance,
}

/// The length of a pattern word for choosing between patterns (TABARI manual 5.7.1): its
/// letters, and one more for an exact word (`IN_`, `IN_*`, `BAN=`), as TABARI counts the
/// underscore.
pub fn pattern_word_length(lexicon: &crate::lexicon::Lexicon, id: WordId) -> u32 {
    let (w, kind) = lexicon.word(id);
    w.chars().filter(|c| c.is_alphanumeric()).count() as u32
        + u32::from(matches!(kind, WordKind::Exact | WordKind::Only))
}

/// A verb form that can occur in text.
#[derive(Clone, Debug)]
pub struct VerbForm {
    /// The words (one, or a multi-word verb such as CLEAR UP).
    pub words: Vec<PhraseWord>,
    /// Which of the words is the verb proper.
    pub head: usize,
    /// The block.
    pub block: u32,
    /// The verb's own code, overriding the block's default.
    pub code: Option<EventCode>,
    /// Where it came from.
    pub provenance: Provenance,
    /// Other blocks that list the same words (a verb entered twice): their patterns apply
    /// too; the default code is this block's.
    pub also: Vec<u32>,
}

/// An issue phrase.
#[derive(Clone, Debug)]
pub struct IssueEntry {
    /// The phrase.
    pub phrase: Phrase,
    /// The issue code (empty for an exclusion `~phrase`).
    pub code: String,
    /// The category.
    pub category: String,
    /// Where it came from.
    pub provenance: Provenance,
}

#[derive(Default)]
pub(crate) struct Parser {
    d: Dictionaries,
    synset_names: FxHashMap<String, u32>,
    seen_actor: FxHashMap<String, (String, u32)>,
    /// Warnings from the pattern parser, drained into diagnostics per line.
    warnings: Vec<(usize, String)>,
    /// Whether words without `_` are stems in the current file.
    stems: bool,
    /// PETRARCH-1's dialect (see `DictionariesBuilder::petrarch1_dialect`).
    pub(crate) petrarch1: bool,
    /// Parsing a synset member.
    in_synset: bool,
}

/// Strips comments: `;` and `#` outside brackets, `//` at the start.
fn strip_comment(line: &str) -> &str {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ';' | '#' if depth <= 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Splits "PHRASE [code] [code]" into the phrase and the bracket contents.
fn split_codes(s: &str) -> Result<(&str, Vec<&str>), (usize, String)> {
    let Some(p) = s.find('[') else {
        if s.contains(']') {
            return Err((s.find(']').unwrap_or(0), "']' without '['".into()));
        }
        return Ok((s.trim(), Vec::new()));
    };
    let phrase = s[..p].trim();
    let mut codes = Vec::new();
    let mut rest = &s[p..];
    let mut off = p;
    loop {
        let r = rest.trim_start();
        off += rest.len() - r.len();
        rest = r;
        if rest.is_empty() {
            break;
        }
        if !rest.starts_with('[') {
            return Err((
                off,
                format!("unexpected text '{}' after a code", rest.trim()),
            ));
        }
        let Some(e) = rest.find(']') else {
            return Err((off, "missing ']'".into()));
        };
        codes.push(&rest[1..e]);
        rest = &rest[e + 1..];
        off += e + 1;
    }
    Ok((phrase, codes))
}

impl Parser {
    fn diag(
        &mut self,
        file: &str,
        line: usize,
        column: usize,
        message: impl Into<String>,
        error: bool,
    ) {
        self.d.diagnostics.push(Diagnostic {
            file: file.to_string(),
            line: line as u32,
            column: column as u32 + 1,
            message: message.into(),
            error,
        });
    }

    pub(crate) fn parse(&mut self, kind: DictKind, file: &str, text: &str) {
        self.d.files.push((kind, file.to_string()));
        // TABARI files (.actors, .verbs, .agents) use stems; PETRARCH/Phoenix files (.txt) use
        // whole words with regular endings.
        self.stems = !file.ends_with(".txt");
        match kind {
            DictKind::Actors => self.parse_actors(file, text, false),
            DictKind::Agents => self.parse_actors(file, text, true),
            DictKind::Verbs => {
                self.d.lexicon.set_verbal(true);
                self.parse_verbs(file, text);
                self.d.lexicon.set_verbal(false);
            }
            DictKind::Discards => self.parse_discards(file, text),
            DictKind::Issues => self.parse_issues(file, text),
            DictKind::Pico => {
                for (ln, raw) in Self::lines(text) {
                    let t = raw.trim();
                    if t.is_empty() || t.starts_with('#') {
                        continue;
                    }
                    let Some((code, rest)) = t.split_once(':') else {
                        self.diag(file, ln, 0, "PICO line without ':'", true);
                        continue;
                    };
                    let expr = rest.split('#').next().unwrap_or("").trim();
                    match crate::pico::eval(expr) {
                        Some(v) => self.d.pico.push((code.trim().to_string(), v)),
                        None => self.diag(
                            file,
                            ln,
                            code.len() + 1,
                            format!("bad PICO value '{expr}'"),
                            true,
                        ),
                    }
                }
            }
            DictKind::Options => {
                for l in text.lines() {
                    self.d.options.apply_line(l);
                }
            }
        }
    }

    /// Lines with their numbers, without XML comments and after `~FINISH`.
    fn lines(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut in_comment = false;
        for (i, raw) in text.lines().enumerate() {
            let mut l = raw;
            if in_comment {
                if let Some(p) = l.find("-->") {
                    in_comment = false;
                    l = &l[p + 3..];
                } else {
                    continue;
                }
            }
            if let Some(p) = l.find("<!--") {
                if let Some(q) = l[p..].find("-->") {
                    let rest = &l[p + q + 3..];
                    if l[..p].trim().is_empty() && rest.trim().is_empty() {
                        continue;
                    }
                    l = &l[..p];
                } else {
                    in_comment = true;
                    l = &l[..p];
                }
            }
            if l.trim_start().starts_with("~FINISH") {
                break;
            }
            out.push((i + 1, l));
        }
        out
    }

    fn prov(file: &str, line: usize, entry: &str) -> Provenance {
        Provenance {
            file: file.to_string(),
            line: line as u32,
            entry: entry.trim().to_string(),
        }
    }

    fn parse_actors(&mut self, file: &str, text: &str, agents: bool) {
        // Substitution sets in agents files: !PERSON! = MAN, MEN, ...
        let mut subs: Vec<(String, Vec<String>)> = Vec::new();
        let mut section: Option<NounKind> = None;
        // Current synonym group: (phrases with lines, codes).
        let mut group: Vec<(usize, String)> = Vec::new();
        let mut codes: Vec<(usize, String)> = Vec::new();
        let lines = Self::lines(text);
        let flush =
            |p: &mut Parser, group: &mut Vec<(usize, String)>, codes: &mut Vec<(usize, String)>| {
                if group.is_empty() {
                    codes.clear();
                    return;
                }
                p.add_actor_group(file, group, codes, agents);
                group.clear();
                codes.clear();
            };
        for (ln, raw) in lines {
            let l = strip_comment(raw);
            let t = l.trim();
            if t.is_empty() {
                continue;
            }
            if t.starts_with('/') && !t.starts_with("//") && t.len() > 1 && !t.starts_with("/*") {
                // A slash comment (TABARI).
                continue;
            }
            let upper = t.to_ascii_uppercase();
            match upper.as_str() {
                "<NOUN>" | "<NOUNS>" => {
                    flush(self, &mut group, &mut codes);
                    section = Some(NounKind::Noun);
                    continue;
                }
                "<ADJECTIVE>" | "<ADJECTIVES>" | "<ADJ>" => {
                    flush(self, &mut group, &mut codes);
                    section = Some(NounKind::Adjective);
                    continue;
                }
                "</NOUN>" | "</NOUNS>" | "</ADJECTIVE>" | "</ADJECTIVES>" | "</ADJ>" => {
                    section = None;
                    continue;
                }
                _ => {}
            }
            if t.starts_with('<') {
                continue;
            }
            if let Some(kind) = section {
                let (phrase, _) = split_codes(t).unwrap_or((t, Vec::new()));
                match parse_phrase_mode(phrase, &mut self.d.lexicon, true, self.stems) {
                    Ok(p) => self.d.nouns.push((p, kind)),
                    Err(e) => self.diag(file, ln, 0, e, true),
                }
                continue;
            }
            if agents && t.starts_with('!') {
                if let Some((name, list)) = t.split_once('=') {
                    let items = list
                        .split(',')
                        .map(|s| s.trim().replace(' ', "_").to_ascii_uppercase())
                        .filter(|s| !s.is_empty())
                        .collect();
                    subs.push((name.trim().to_ascii_uppercase(), items));
                    continue;
                }
            }
            let indented = raw.starts_with([' ', '\t']);
            if indented && t.starts_with('[') {
                codes.push((ln, t.to_string()));
                continue;
            }
            if let Some(syn) = t.strip_prefix('+') {
                if group.is_empty() {
                    self.diag(
                        file,
                        ln,
                        0,
                        "synonym '+' line without an actor before it",
                        true,
                    );
                } else {
                    group.push((ln, syn.trim().to_string()));
                }
                continue;
            }
            flush(self, &mut group, &mut codes);
            // Expand substitution sets.
            if agents && t.contains('!') {
                let mut variants = vec![t.to_string()];
                for (name, items) in &subs {
                    if t.to_ascii_uppercase().contains(name.as_str()) {
                        variants = variants
                            .iter()
                            .flat_map(|v| {
                                let up = v.to_ascii_uppercase();
                                items.iter().map(move |it| up.replace(name.as_str(), it))
                            })
                            .collect();
                    }
                }
                if variants.iter().any(|v| {
                    v.contains('!') && v.split('[').next().is_some_and(|p| p.contains('!'))
                }) {
                    self.diag(
                        file,
                        ln,
                        t.find('!').unwrap_or(0),
                        "unknown substitution set",
                        true,
                    );
                    continue;
                }
                for v in variants {
                    let mut g = vec![(ln, v)];
                    let mut c = Vec::new();
                    self.add_actor_group(file, &mut g, &mut c, agents);
                }
                continue;
            }
            group.push((ln, t.to_string()));
        }
        flush(self, &mut group, &mut codes);
    }

    fn add_actor_group(
        &mut self,
        file: &str,
        group: &mut [(usize, String)],
        extra: &mut [(usize, String)],
        agents: bool,
    ) {
        // Codes may be on any phrase line (usually the first) or on indented lines.
        let mut code_texts: Vec<(usize, String)> = Vec::new();
        let mut phrases: Vec<(usize, String)> = Vec::new();
        for (ln, t) in group.iter() {
            match split_codes(t) {
                Ok((p, cs)) => {
                    // PETRARCH noun forms: "POLICE {}" (no other forms), "MAN {MEN}".
                    // The listed forms replace the regular endings: the base takes none
                    // ("POLICES" is not POLICE {}).
                    let p = match (p.find('{'), p.find('}')) {
                        (Some(a), Some(b)) if a < b => {
                            for f in p[a + 1..b].split_whitespace() {
                                phrases.push((*ln, format!("{}=", f.trim_end_matches('_'))));
                            }
                            format!("{}=", p[..a].trim().trim_end_matches('_'))
                        }
                        _ => p.to_string(),
                    };
                    phrases.push((*ln, p));
                    for c in cs {
                        code_texts.push((*ln, c.to_string()));
                    }
                }
                Err((col, msg)) => self.diag(file, *ln, col, msg, true),
            }
        }
        for (ln, t) in extra.iter() {
            match split_codes(t) {
                Ok((_, cs)) => code_texts.extend(cs.into_iter().map(|c| (*ln, c.to_string()))),
                Err((col, msg)) => self.diag(file, *ln, col, msg, true),
            }
        }
        let mut codes = Vec::new();
        let mut agent = None;
        let mut null = false;
        for (ln, c) in &code_texts {
            if agents {
                if c.trim().chars().all(|ch| ch == '-') {
                    null = true;
                    continue;
                }
                match parse_agent_code(c) {
                    Ok(a) => agent = Some(a),
                    Err(e) => self.diag(file, *ln, 0, e, true),
                }
            } else {
                match parse_actor_code(c) {
                    Ok(a) => codes.push(a),
                    Err(e) => self.diag(file, *ln, 0, e, true),
                }
            }
        }
        if !agents {
            // A single restricted code gets a null default (TABARI manual 6.5.2, note 5).
            if codes.len() == 1 && codes[0].rule.is_some() {
                codes.push(ActorCode {
                    code: String::new(),
                    rule: None,
                });
            }
            // Restricted codes first, default last.
            codes.sort_by_key(|c| c.rule.is_none());
            null = !codes.is_empty() && codes.iter().all(|c| c.code.is_empty() && c.rule.is_none());
        }
        if phrases.is_empty() {
            return;
        }
        if codes.is_empty() && agent.is_none() && !null {
            let (ln, p) = &phrases[0];
            self.diag(file, *ln, 0, format!("'{p}' has no code"), true);
            return;
        }
        let group_id = if agents {
            self.d.agents.len()
        } else {
            self.d.actors.len()
        } as u32;
        for (ln, p) in phrases {
            if p.chars().filter(|c| c.is_alphanumeric()).count() == 0 {
                self.diag(file, ln, 0, "empty phrase", true);
                continue;
            }
            // Actor phrases may have modifiers inside them ("ITHILEN TELEVISION" matches
            // "Ithilen state-run television"): TABARI words joined by a blank, and every word
            // of a PETRARCH-format phrase, need not follow directly (the coder decides what
            // may stand between them).
            let parsed = parse_phrase_mode(&p, &mut self.d.lexicon, agents, self.stems);
            let parsed = parsed.map(|mut ph| {
                if !agents && !self.stems {
                    for w in ph.words.iter_mut().skip(1) {
                        w.consecutive = false;
                    }
                }
                ph
            });
            let phrase = match parsed {
                Ok(ph) => ph,
                Err(e) => {
                    self.diag(file, ln, 0, e, true);
                    continue;
                }
            };
            let key = format!(
                "{}{}",
                if agents { "agent:" } else { "actor:" },
                p.to_ascii_uppercase().replace(' ', "_")
            );
            if let Some((f0, l0)) = self.seen_actor.get(&key) {
                let msg = format!("duplicate entry '{p}' (first at {f0}:{l0})");
                self.diag(file, ln, 0, msg, false);
            } else {
                self.seen_actor.insert(key, (file.to_string(), ln as u32));
            }
            if null {
                self.d.nouns.push((phrase, NounKind::Null));
                continue;
            }
            let entry = ActorEntry {
                phrase,
                codes: codes.clone(),
                agent: agent.clone(),
                provenance: Self::prov(file, ln, &p),
                group: group_id,
            };
            if agents {
                self.d.agents.push(entry);
            } else {
                self.d.actors.push(entry);
            }
        }
    }

    /// See [`crate::DictionariesBuilder::new_synset_scope`].
    pub(crate) fn new_synset_scope(&mut self) {
        self.synset_names.clear();
    }

    fn parse_verbs(&mut self, file: &str, text: &str) {
        let lines = Self::lines(text);
        let petrarch = lines.iter().any(|(_, l)| l.trim_start().starts_with("---"));
        let mut section = "";
        let mut synset: Option<u32> = None;
        let mut block: Option<u32> = None;
        let mut last_verbs: Vec<usize> = Vec::new();
        for (ln, raw) in lines {
            let l = strip_comment(raw);
            let t = l.trim();
            if t.is_empty() {
                continue;
            }
            let upper = t.to_ascii_uppercase();
            if upper.starts_with('<') && upper.ends_with('>') && !upper.contains('[') {
                section = match upper.as_str() {
                    "<SYNSETS>" | "<SYNSET>" => "synsets",
                    "<TIME>" => "time",
                    "<NOUN>" | "<NOUNS>" => "noun",
                    "<ADJECTIVE>" | "<ADJECTIVES>" => "adj",
                    _ => "",
                };
                synset = None;
                continue;
            }
            match section {
                "time" => {
                    // TABARI <TIME> phrases: [###] discards the sentence, [+++] makes it complex;
                    // date shifts ([+7], [-1]) and their patterns are not used by dyad.
                    if t.starts_with('-') {
                        continue;
                    }
                    if let Ok((phrase, codes)) = split_codes(t) {
                        let code: String = codes
                            .first()
                            .map(|c| c.split_whitespace().collect())
                            .unwrap_or_default();
                        if code == "###" || code == "+++" {
                            if let Ok(p) =
                                parse_phrase_mode(phrase, &mut self.d.lexicon, true, self.stems)
                            {
                                if code == "###" {
                                    self.d.discards.push((p, false, Self::prov(file, ln, t)));
                                } else {
                                    self.d.complex_phrases.push((p, Self::prov(file, ln, t)));
                                }
                            }
                        }
                    }
                    continue;
                }
                "noun" | "adj" => {
                    match parse_phrase_mode(
                        split_codes(t).map(|x| x.0).unwrap_or(t),
                        &mut self.d.lexicon,
                        true,
                        self.stems,
                    ) {
                        Ok(p) => self.d.nouns.push((
                            p,
                            if section == "noun" {
                                NounKind::Noun
                            } else {
                                NounKind::Adjective
                            },
                        )),
                        Err(e) => self.diag(file, ln, 0, e, true),
                    }
                    continue;
                }
                _ => {}
            }
            if let Some(name) = t.strip_prefix('&') {
                let name = name
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('_')
                    .to_ascii_uppercase();
                if name.is_empty() {
                    self.diag(file, ln, 0, "synset without a name", true);
                    continue;
                }
                let idx = if let Some(&i) = self.synset_names.get(&name) {
                    i
                } else {
                    let i = self.d.synsets.len() as u32;
                    self.d.synsets.push((name.clone(), Vec::new()));
                    self.synset_names.insert(name, i);
                    i
                };
                synset = Some(idx);
                continue;
            }
            if let (Some(idx), Some(member)) = (synset, t.strip_prefix('+')) {
                self.in_synset = true;
                let parsed = self.parse_pattern_elems(member.trim());
                self.in_synset = false;
                match parsed {
                    Ok(elems) => self.d.synsets[idx as usize].1.push(elems),
                    Err((col, e)) => self.diag(file, ln, col + 1, e, true),
                }
                continue;
            }
            synset = None;
            if let Some(rule) = t.strip_prefix('~') {
                // PETRARCH-2 transformations: "~ a (b . ATTACK) SAY = a b 112".
                match crate::transform::Transformation::parse(rule) {
                    Ok(x) => self.d.transformations.push((x, Self::prov(file, ln, t))),
                    Err(e) => self.diag(file, ln, 0, e, true),
                }
                continue;
            }
            if t.starts_with("---") {
                let inner = t.trim_matches(|c: char| c == '-' || c.is_whitespace());
                let (name, codes) = match split_codes(inner) {
                    Ok(x) => x,
                    Err((c, e)) => {
                        self.diag(file, ln, c, e, true);
                        continue;
                    }
                };
                let code = codes.first().and_then(|c| match EventCode::parse(c) {
                    Ok(c) => Some(c),
                    Err(e) => {
                        self.diag(file, ln, 0, e, true);
                        None
                    }
                });
                block = Some(self.d.blocks.len() as u32);
                self.d.blocks.push(VerbBlock {
                    name: name.to_string(),
                    code,
                    patterns: Vec::new(),
                    provenance: Self::prov(file, ln, t),
                });
                last_verbs.clear();
                continue;
            }
            if t.starts_with('{') && !petrarch {
                // TABARI irregular forms for the last verb.
                let forms = t.trim_start_matches('{').trim_end_matches('}');
                let Some(&vi) = last_verbs.last() else {
                    self.diag(file, ln, 0, "verb forms before any verb", true);
                    continue;
                };
                let (bidx, code) = (self.d.verbs[vi].block, self.d.verbs[vi].code.clone());
                for f in forms.split_whitespace() {
                    if let Ok(p) = parse_phrase_mode(f, &mut self.d.lexicon, true, self.stems) {
                        self.d.verbs.push(VerbForm {
                            words: p.words,
                            head: 0,
                            block: bidx,
                            code: code.clone(),
                            provenance: Self::prov(file, ln, f),
                            also: Vec::new(),
                        });
                    }
                }
                continue;
            }
            if t.starts_with('-')
                || (t.starts_with('_')
                    && t[1..].trim_start().starts_with(['*', '$', '+', '%', '^']))
            {
                let Some(b) = block else {
                    self.diag(file, ln, 0, "pattern before any verb", true);
                    continue;
                };
                let body = t[1..].trim();
                let (pat, codes) = match split_codes(body) {
                    Ok(x) => x,
                    Err((c, e)) => {
                        self.diag(file, ln, c + 1, e, true);
                        continue;
                    }
                };
                let code = match codes.first().map(|c| EventCode::parse(c)) {
                    Some(Ok(c)) => c,
                    Some(Err(e)) => {
                        self.diag(file, ln, 0, e, true);
                        continue;
                    }
                    None => {
                        self.diag(file, ln, t.len(), "pattern without a [code]", true);
                        continue;
                    }
                };
                let parsed = self.parse_pattern(pat);
                for (col, w) in std::mem::take(&mut self.warnings) {
                    self.diag(file, ln, col + 2, w, false);
                }
                match parsed {
                    Ok((before, after, weight, verb_joined)) => {
                        let max_weight =
                            self.elems_weight(&before, true) + self.elems_weight(&after, true);
                        // (Filled in once every file is read: `Parser::finish`.)
                        let (required, any_of) = (Vec::new(), Vec::new());
                        self.d.blocks[b as usize].patterns.push(Pattern {
                            before,
                            after,
                            code,
                            weight,
                            verb_joined,
                            required,
                            any_of,
                            max_weight,
                            provenance: Self::prov(file, ln, t),
                        })
                    }
                    Err((col, e)) => self.diag(file, ln, col + 2, e, true),
                }
                continue;
            }
            // A verb line.
            let (verb_text, codes) = match split_codes(t) {
                Ok(x) => x,
                Err((c, e)) => {
                    self.diag(file, ln, c, e, true);
                    continue;
                }
            };
            let code = match codes.first().map(|c| EventCode::parse(c)) {
                Some(Ok(c)) => Some(c),
                Some(Err(e)) => {
                    self.diag(file, ln, 0, e, true);
                    continue;
                }
                None => None,
            };
            let (verb_text, forms) = match verb_text.find('{') {
                Some(p) => {
                    let Some(q) = verb_text[p..].find('}').map(|q| p + q) else {
                        self.diag(file, ln, p, "'{' without '}'", true);
                        continue;
                    };
                    (verb_text[..p].trim(), Some(&verb_text[p + 1..q]))
                }
                None => (verb_text, None),
            };
            if verb_text.is_empty() {
                self.diag(file, ln, 0, "verb line without a verb", true);
                continue;
            }
            let b = if petrarch {
                match block {
                    Some(b) => b,
                    None => {
                        self.diag(file, ln, 0, "verb before any --- block ---", true);
                        continue;
                    }
                }
            } else {
                // TABARI: every verb root starts its own block.
                let b = self.d.blocks.len() as u32;
                self.d.blocks.push(VerbBlock {
                    name: verb_text.to_string(),
                    code: code.clone(),
                    patterns: Vec::new(),
                    provenance: Self::prov(file, ln, t),
                });
                block = Some(b);
                b
            };
            let code = if petrarch { code } else { None };
            last_verbs.clear();
            let added = self.add_verb(file, ln, verb_text, forms, b, code, petrarch);
            last_verbs.extend(added);
        }
        for b in &mut self.d.blocks {
            b.patterns.sort_by_key(|p| std::cmp::Reverse(p.weight));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn add_verb(
        &mut self,
        file: &str,
        ln: usize,
        text: &str,
        forms: Option<&str>,
        block: u32,
        code: Option<EventCode>,
        petrarch: bool,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        // Words of a multi-word verb; '+' marks the verb word (PETRARCH).
        let raw_words: Vec<&str> = text.split(['_', ' ']).filter(|w| !w.is_empty()).collect();
        let head = raw_words
            .iter()
            .position(|w| w.starts_with('+'))
            .unwrap_or(0);
        let clean: Vec<String> = raw_words
            .iter()
            .map(|w| {
                w.trim_start_matches('+')
                    .trim_end_matches('=')
                    .to_ascii_uppercase()
            })
            .collect();
        if clean.is_empty() || clean.iter().any(|w| w.is_empty()) {
            self.diag(file, ln, 0, "malformed verb", true);
            return out;
        }
        let prov = Self::prov(file, ln, text);
        if !petrarch {
            match parse_phrase_mode(text, &mut self.d.lexicon, false, self.stems) {
                Ok(p) => {
                    out.push(self.d.verbs.len());
                    self.d.verbs.push(VerbForm {
                        words: p.words,
                        head: 0,
                        block,
                        code,
                        provenance: prov,
                        also: Vec::new(),
                    });
                }
                Err(e) => self.diag(file, ln, 0, e, true),
            }
            return out;
        }
        let base = &clean[head];
        // Every form as (words, head): the base, then the braces' forms (a multi-word form is
        // written in full, "+TOOK_OVER"), else the regular forms of the marked word.
        let with_head = |h: &str| -> (Vec<String>, usize) {
            let mut w = clean.clone();
            w[head] = h.to_string();
            (w, head)
        };
        let mut all: Vec<(Vec<String>, usize)> = vec![with_head(base)];
        match forms {
            Some(f) => {
                for form in f.split_whitespace() {
                    let parts: Vec<&str> = form.split('_').filter(|w| !w.is_empty()).collect();
                    if parts.len() > 1 {
                        let h = parts.iter().position(|w| w.starts_with('+')).unwrap_or(0);
                        let words = parts
                            .iter()
                            .map(|w| w.trim_start_matches('+').to_ascii_uppercase())
                            .collect();
                        all.push((words, h));
                    } else {
                        all.push(with_head(
                            &form
                                .trim_start_matches('+')
                                .trim_end_matches('_')
                                .to_ascii_uppercase(),
                        ));
                    }
                }
            }
            None => all.extend(regular_forms(base).iter().map(|h| with_head(h))),
        }
        all.sort();
        all.dedup();
        for (form_words, head) in all {
            let words: Vec<PhraseWord> = form_words
                .iter()
                .map(|w| {
                    let id = self.d.lexicon.intern(w, WordKind::Only);
                    PhraseWord {
                        id,
                        consecutive: true,
                        possessive: false,
                    }
                })
                .collect();
            out.push(self.d.verbs.len());
            self.d.verbs.push(VerbForm {
                words,
                head,
                block,
                code: code.clone(),
                provenance: prov.clone(),
                also: Vec::new(),
            });
        }
        out
    }

    /// Parses a pattern into the elements before and after the verb, and its weight.
    #[allow(clippy::type_complexity)]
    fn parse_pattern(
        &mut self,
        text: &str,
    ) -> Result<(Vec<PatternElem>, Vec<PatternElem>, u32, bool), (usize, String)> {
        let elems = self.parse_pattern_elems(text)?;
        let Some(v) = elems
            .iter()
            .position(|e| matches!(e, PatternElem::Verb { .. }))
        else {
            return Err((0, "pattern has no verb marker '*'".into()));
        };
        if elems
            .iter()
            .filter(|e| matches!(e, PatternElem::Verb { .. }))
            .count()
            > 1
        {
            return Err((0, "pattern has more than one '*'".into()));
        }
        // TABARI's length (manual 5.7.1): letters of the fixed words, plus the longest member of
        // each synset or set of alternatives; markers and blanks do not count.
        let weight = self.elems_weight(&elems, false);
        let mut before = elems;
        let mut after = before.split_off(v);
        let verb = after.remove(0);
        Ok((before, after, weight, verb.joined()))
    }

    /// Letters of a pattern's dictionary text. `longest`: a synset counts as its longest member
    /// (an upper bound on a match); otherwise as nothing (TABARI's static length).
    fn elems_weight(&self, elems: &[PatternElem], longest: bool) -> u32 {
        elems
            .iter()
            .map(|e| match e {
                PatternElem::Word { id, .. } => pattern_word_length(&self.d.lexicon, *id),
                PatternElem::Synset { index, .. } if longest => self.d.synsets[*index as usize]
                    .1
                    .iter()
                    .map(|m| self.elems_weight(m, true))
                    .max()
                    .unwrap_or(0),
                PatternElem::Synset { .. } => 0,
                PatternElem::Alt { alts, .. } => alts
                    .iter()
                    .map(|m| self.elems_weight(m, longest))
                    .max()
                    .unwrap_or(0),
                _ => 0,
            })
            .sum()
    }

    fn parse_pattern_elems(&mut self, text: &str) -> Result<Vec<PatternElem>, (usize, String)> {
        let mut stack: Vec<(Vec<Vec<PatternElem>>, Vec<PatternElem>, bool)> = Vec::new();
        let mut cur: Vec<PatternElem> = Vec::new();
        let mut joined = false;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            match c {
                // PETRARCH-2/UP prepositional phrases "(OVER EFFORTS)": read as the words.
                ' ' | '\t' | '(' | ')' => {
                    i += 1;
                }
                '_' => {
                    // "IN_*" joins IN to the verb; "IN_ *" only makes IN exact.
                    joined = chars.get(i + 1).is_some_and(|x| !x.1.is_whitespace());
                    // TABARI's regular endings apply to the last word of a run only: in
                    // "PLAN_TO_*" neither PLAN nor TO takes an ending ("plans tos expel").
                    if joined && self.stems && !self.in_synset {
                        if let Some(PatternElem::Word { id, .. }) = cur.last_mut() {
                            let (w, kind) = self.d.lexicon.word(*id);
                            if kind == WordKind::Exact {
                                let w = w.to_string();
                                *id = self.d.lexicon.intern(&w, WordKind::Only);
                            }
                        }
                    }
                    i += 1;
                }
                '*' | '$' | '+' | '%' | '^' => {
                    cur.push(match c {
                        '*' => PatternElem::Verb { joined },
                        '$' => PatternElem::Source { joined },
                        '+' => PatternElem::Target { joined },
                        '%' => PatternElem::Compound { joined },
                        _ => PatternElem::Skip { joined },
                    });
                    joined = false;
                    i += 1;
                }
                '{' => {
                    stack.push((Vec::new(), std::mem::take(&mut cur), joined));
                    joined = false;
                    i += 1;
                }
                '|' => {
                    let Some(top) = stack.last_mut() else {
                        return Err((pos, "'|' outside '{ }'".into()));
                    };
                    top.0.push(std::mem::take(&mut cur));
                    joined = false;
                    i += 1;
                }
                '}' => {
                    let Some((mut alts, outer, j)) = stack.pop() else {
                        return Err((pos, "'}' without '{'".into()));
                    };
                    alts.push(std::mem::take(&mut cur));
                    cur = outer;
                    cur.push(PatternElem::Alt { alts, joined: j });
                    joined = false;
                    i += 1;
                }
                '&' => {
                    let start = i + 1;
                    let mut j = start;
                    while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '-') {
                        j += 1;
                    }
                    let name: String = chars[start..j]
                        .iter()
                        .map(|x| x.1)
                        .collect::<String>()
                        .to_ascii_uppercase();
                    if let Some(&index) = self.synset_names.get(&name) {
                        cur.push(PatternElem::Synset { index, joined });
                    } else {
                        // An undeclared synset is read as the literal word, with a warning.
                        self.warnings.push((
                            pos,
                            format!("unknown synset '&{name}', read as the word {name}"),
                        ));
                        let id = self.d.lexicon.intern(
                            &name,
                            if self.stems {
                                WordKind::Stem
                            } else {
                                WordKind::Exact
                            },
                        );
                        cur.push(PatternElem::Word {
                            id,
                            joined,
                            preposition: false,
                        });
                    }
                    joined = false;
                    i = j;
                }
                _ => {
                    let start = i;
                    let mut j = i;
                    while j < chars.len()
                        && !matches!(
                            chars[j].1,
                            ' ' | '\t'
                                | '_'
                                | '{'
                                | '}'
                                | '|'
                                | '*'
                                | '$'
                                | '%'
                                | '^'
                                | '&'
                                | '~'
                                | '='
                                | '('
                                | ')'
                        )
                    {
                        // '+' inside a word ("PRE+K") stays; at a word start it is the target.
                        if chars[j].1 == '+' && j == start {
                            break;
                        }
                        j += 1;
                    }
                    let word: String = dyad_core::text::normal_form(
                        &chars[start..j].iter().map(|x| x.1).collect::<String>(),
                    );
                    // "ANTI-": the text's "anti-" is the word ANTI (hyphens separate words).
                    let hyphenated = word.len() > 1 && word.ends_with('-');
                    let word = if hyphenated {
                        word.trim_end_matches('-').to_string()
                    } else {
                        word
                    };
                    let next = chars.get(j).map(|x| x.1);
                    let plain = if self.stems {
                        WordKind::Stem
                    } else if self.petrarch1 {
                        WordKind::Only
                    } else {
                        WordKind::Plural
                    };
                    let (kind, skip) = match next {
                        // In a synset member no regular endings apply (TABARI manual 5.6).
                        Some('_') if self.in_synset => (WordKind::Only, 0),
                        // In PETRARCH files `_` only joins words.
                        Some('_') if !self.stems => (plain, 0),
                        // TABARI: "RESOLUTION_" in a pattern is the word itself, no ending.
                        Some('_') => (WordKind::Only, 0),
                        Some('=') => (WordKind::Only, 1),
                        Some('~') => (WordKind::Stem, 1),
                        _ if hyphenated && self.stems => (WordKind::Exact, 0),
                        _ => (plain, 0),
                    };
                    if word.is_empty() {
                        return Err((pos, format!("unexpected '{c}'")));
                    }
                    let word = word.replace('\u{2019}', "'");
                    if word.len() > 3 && word.ends_with("N'T") {
                        // Contractions as the tokenizer splits them: DIDN'T → DID N'T.
                        let id = self
                            .d
                            .lexicon
                            .intern(&word[..word.len() - 3], WordKind::Exact);
                        cur.push(PatternElem::Word {
                            id,
                            joined,
                            preposition: false,
                        });
                        let id = self.d.lexicon.intern("N'T", kind);
                        cur.push(PatternElem::Word {
                            id,
                            joined: true,
                            preposition: false,
                        });
                    } else if word.contains('-') {
                        // "SIT-IN": the text's hyphen separates words, so the parts follow
                        // each other directly; only the last takes this word's endings.
                        let parts: Vec<&str> = word.split('-').filter(|w| !w.is_empty()).collect();
                        for (n, part) in parts.iter().enumerate() {
                            let last = n + 1 == parts.len();
                            let k = if last { kind } else { WordKind::Only };
                            let id = self.d.lexicon.intern(part, k);
                            cur.push(PatternElem::Word {
                                id,
                                joined: joined || n > 0,
                                preposition: false,
                            });
                        }
                    } else {
                        let id = self.d.lexicon.intern(&word, kind);
                        // (The word right after "(" heads a prepositional phrase.)
                        let preposition = start > 0 && chars[start - 1].1 == '(';
                        cur.push(PatternElem::Word {
                            id,
                            joined,
                            preposition,
                        });
                    }
                    joined = next == Some('~');
                    i = j + skip;
                }
            }
        }
        if !stack.is_empty() {
            return Err((text.len(), "'{' without '}'".into()));
        }
        Ok(cur)
    }

    fn parse_discards(&mut self, file: &str, text: &str) {
        for (ln, raw) in Self::lines(text) {
            let t = strip_comment(raw).trim();
            if t.is_empty() || t.starts_with('<') {
                continue;
            }
            let (story, body) = match t.strip_prefix('+') {
                Some(b) => (true, b.trim()),
                None => (false, t),
            };
            let body = split_codes(body).map(|x| x.0).unwrap_or(body);
            match parse_phrase_mode(body, &mut self.d.lexicon, true, self.stems) {
                Ok(p) => self.d.discards.push((p, story, Self::prov(file, ln, t))),
                Err(e) => self.diag(file, ln, 0, e, true),
            }
        }
    }

    fn parse_issues(&mut self, file: &str, text: &str) {
        let mut category = String::new();
        for (ln, raw) in Self::lines(text) {
            let t = strip_comment(raw).trim();
            if t.is_empty() {
                continue;
            }
            if t.starts_with("<ISSUE") {
                category = t
                    .split("CATEGORY=\"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .unwrap_or("")
                    .to_string();
                continue;
            }
            if t.starts_with('<') {
                continue;
            }
            let (exclude, body) = match t.strip_prefix('~') {
                Some(b) => (true, b),
                None => (false, t),
            };
            let (phrase, codes) = match split_codes(body) {
                Ok(x) => x,
                Err((c, e)) => {
                    self.diag(file, ln, c, e, true);
                    continue;
                }
            };
            let code = if exclude {
                String::new()
            } else if let Some(c) = codes.first() {
                c.trim().to_string()
            } else {
                self.diag(file, ln, t.len(), "issue phrase without a [CODE]", true);
                continue;
            };
            let cleaned = phrase.replace("n:", "").replace('+', "_");
            match parse_phrase_mode(&cleaned, &mut self.d.lexicon, true, self.stems) {
                Ok(p) => self.d.issues.push(IssueEntry {
                    phrase: p,
                    code,
                    category: category.clone(),
                    provenance: Self::prov(file, ln, t),
                }),
                Err(e) => self.diag(file, ln, 0, e, true),
            }
        }
    }

    pub(crate) fn finish(mut self) -> Dictionaries {
        let mut d = std::mem::take(&mut self.d);
        fn index<'a>(it: impl Iterator<Item = &'a Phrase>) -> crate::WordIndex {
            crate::WordIndex::new(it.enumerate().map(|(i, p)| (p.words[0].id, i as u32)))
        }
        d.horizon = d
            .actors
            .iter()
            .flat_map(|a| a.codes.iter())
            .filter_map(|c| match c.rule {
                Some(crate::codes::DateRule::After(x) | crate::codes::DateRule::Between(_, x)) => {
                    Some(x)
                }
                _ => None,
            })
            .max();
        d.actor_index = index(d.actors.iter().map(|a| &a.phrase));
        d.actor_shapes = d
            .actors
            .iter()
            .map(|a| crate::PhraseShape {
                len: u8::try_from(a.phrase.words.len()).unwrap_or(u8::MAX),
                consecutive: a.phrase.words.get(1).is_some_and(|w| w.consecutive),
                second: a.phrase.words.get(1).map_or(0, |w| w.id),
            })
            .collect();
        d.actor_index_shapes = d
            .actor_index
            .items
            .iter()
            .map(|&a| d.actor_shapes[a as usize])
            .collect();
        d.actor_buckets = crate::ActorBuckets::new(&d.actor_index, &d.actor_index_shapes);
        d.agent_index = index(d.agents.iter().map(|a| &a.phrase));
        d.noun_index = index(d.nouns.iter().map(|a| &a.0));
        d.discard_index = index(d.discards.iter().map(|a| &a.0));
        d.issue_index = index(d.issues.iter().map(|a| &a.phrase));
        d.verb_index = crate::WordIndex::new(
            d.verbs
                .iter()
                .enumerate()
                .map(|(i, v)| (v.words[0].id, i as u32)),
        );
        // PETRARCH-1: a verb listed in two blocks ("SHOT" under [---] and under [223]) keeps
        // both blocks' patterns.
        let mut same: FxHashMap<Vec<(WordId, bool)>, Vec<usize>> = FxHashMap::default();
        for (i, v) in d.verbs.iter().enumerate() {
            let key = v.words.iter().map(|w| (w.id, w.consecutive)).collect();
            same.entry(key).or_default().push(i);
        }
        for forms in same.values().filter(|f| f.len() > 1 && self.petrarch1) {
            for &i in forms {
                let mut also: Vec<u32> = forms
                    .iter()
                    .map(|&k| d.verbs[k].block)
                    .filter(|&b| b != d.verbs[i].block)
                    .collect();
                also.sort_unstable();
                also.dedup();
                d.verbs[i].also = also;
            }
        }
        // The patterns' quick filters, now that every synset is complete.
        for b in &mut d.blocks {
            for p in &mut b.patterns {
                let (mut all, mut any) = (Vec::new(), Vec::new());
                needed_words(&d.synsets, &p.before, &mut all, &mut any, 0);
                needed_words(&d.synsets, &p.after, &mut all, &mut any, 0);
                all.sort_unstable();
                all.dedup();
                p.required = all;
                p.any_of = any;
            }
        }
        d.synset_index = d
            .synsets
            .iter()
            .map(|(_, members)| {
                let mut by_first: FxHashMap<WordId, Vec<u32>> = FxHashMap::default();
                let mut other = Vec::new();
                for (i, m) in members.iter().enumerate() {
                    match m.first() {
                        Some(PatternElem::Word { id, .. }) => {
                            by_first.entry(*id).or_default().push(i as u32)
                        }
                        _ => other.push(i as u32),
                    }
                }
                (by_first, other)
            })
            .collect();
        d
    }
}

/// Regular verb forms of a base form: -S/-ES, -ED/-D, -ING with the usual spelling rules.
pub fn regular_forms(base: &str) -> Vec<String> {
    let b = base.to_ascii_uppercase();
    let mut out = Vec::new();
    let last = b.chars().last().unwrap_or(' ');
    let vowels = |c: char| "AEIOU".contains(c);
    let prev = b.chars().rev().nth(1).unwrap_or(' ');
    // Third person.
    if b.ends_with(['S', 'X', 'Z']) || b.ends_with("CH") || b.ends_with("SH") {
        out.push(format!("{b}ES"));
    } else if last == 'Y' && !vowels(prev) {
        out.push(format!("{}IES", &b[..b.len() - 1]));
    } else {
        out.push(format!("{b}S"));
    }
    // Past.
    if last == 'E' {
        out.push(format!("{b}D"));
    } else if last == 'Y' && !vowels(prev) {
        out.push(format!("{}IED", &b[..b.len() - 1]));
    } else {
        out.push(format!("{b}ED"));
    }
    // Gerund.
    if last == 'E' && !b.ends_with("EE") && b.len() > 2 {
        out.push(format!("{}ING", &b[..b.len() - 1]));
    } else {
        out.push(format!("{b}ING"));
    }
    // Doubling for short CVC verbs (STOP → STOPPED); also keep the undoubled forms.
    let cs: Vec<char> = b.chars().collect();
    let n = cs.len();
    if n >= 3
        && !vowels(cs[n - 1])
        && !"WXY".contains(cs[n - 1])
        && vowels(cs[n - 2])
        && !vowels(cs[n - 3])
    {
        out.push(format!("{b}{}ED", cs[n - 1]));
        out.push(format!("{b}{}ING", cs[n - 1]));
    }
    out
}

/// Words that pattern elements `elems` cannot match without: into `all`, their own words
/// and those every alternative of a `{ a | b }` needs; into `any`, for a synset, one word
/// of each member, of which one must be in the sentence (none when a member has no word
/// of its own). A quick filter before matching: it never turns a match away.
fn needed_words(
    synsets: &[(String, Vec<Vec<PatternElem>>)],
    elems: &[PatternElem],
    all: &mut Vec<WordId>,
    any: &mut Vec<Vec<WordId>>,
    depth: u8,
) {
    // (A synset naming itself, directly or not, is read no deeper: no filter there.)
    if depth > 8 {
        return;
    }
    for e in elems {
        match e {
            PatternElem::Word { id, .. } => all.push(*id),
            PatternElem::Alt { alts, .. } => {
                let mut common: Option<Vec<WordId>> = None;
                for a in alts {
                    let mut words = Vec::new();
                    let mut sets = Vec::new();
                    needed_words(synsets, a, &mut words, &mut sets, depth + 1);
                    if alts.len() == 1 {
                        any.extend(sets);
                    }
                    common = Some(match common {
                        None => words,
                        Some(c) => c.into_iter().filter(|w| words.contains(w)).collect(),
                    });
                }
                all.extend(common.unwrap_or_default());
            }
            PatternElem::Synset { index, .. } => {
                let mut set = Vec::new();
                for m in &synsets[*index as usize].1 {
                    let mut words = Vec::new();
                    needed_words(synsets, m, &mut words, &mut Vec::new(), depth + 1);
                    match words.first() {
                        Some(w) => set.push(*w),
                        // (A member without a word of its own: no filter.)
                        None => {
                            set.clear();
                            break;
                        }
                    }
                }
                set.sort_unstable();
                set.dedup();
                if !set.is_empty() {
                    any.push(set);
                }
            }
            _ => {}
        }
    }
}
