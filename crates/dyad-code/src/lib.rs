//! The coding engine: sentences in, CAMEO events out, following the TABARI coding algorithm
//! (TABARI manual chapters 5–7) over dyad's tokens.
//!
//! The stages, in order, for each sentence:
//! 1. [`recognize`]: every token is matched against the compiled dictionaries; the longest
//!    phrase wins at each position, giving actors, agents, verbs, nouns and null phrases;
//!    discard phrases are found.
//! 2. [`units`]: actors and agents are combined into actor phrases ("Iranian defence
//!    minister" → `IRNGOV`), compound actors ("Syria, Iran, Russia and China") are grouped,
//!    pronouns are resolved to the latest actor.
//! 3. [`clauses`]: the sentence is cut at conjunctions that do not join actors; each clause's
//!    verbs are tried in order, each verb's patterns longest first, then its default code;
//!    source and target come from the pattern or from the default search rules.
//!
//! ```
//! use std::sync::Arc;
//! use dyad_dict::{DictionariesBuilder, DictKind};
//! use dyad_code::Coder;
//! let mut b = DictionariesBuilder::new();
//! b.add_str(DictKind::Actors, "a", "IRAN_ [IRN]\nSYRIA_ [SYR]\n");
//! b.add_str(DictKind::Verbs, "v", "--- CRITICIZE [111] ---\nCONDEMN\n");
//! let coder = Coder::new(Arc::new(b.build()));
//! let out = coder.code_text("r1", "Iran condemned Syria on Monday.", None);
//! assert_eq!(out.events.len(), 1);
//! assert_eq!((out.events[0].source.as_str(), out.events[0].target.as_str(), out.events[0].code.as_str()), ("IRN", "SYR", "111"));
//! ```

pub mod clauses;
pub mod recognize;
pub mod units;

use std::sync::Arc;

use chrono::NaiveDate;
use dyad_core::{Event, Span};
use dyad_dict::Dictionaries;

/// Settings of the coder that are not in the dictionaries.
#[derive(Clone, Debug, Default)]
pub struct CoderConfig {
    /// Require an actor before the verb (TABARI `COMPLEX: NOACTPRIOR`); otherwise a clause
    /// without a prior actor may take the subject of the previous clause.
    pub require_prior_actor: bool,
    /// Convert agents without an actor into actors (TABARI `SET: CONVERT AGENTS`).
    pub convert_agents: bool,
    /// Use dyad's part-of-speech tagger to keep words used as nouns or adjectives from being
    /// read as verbs ("the attack", "an arms deal").
    pub pos_filter: bool,
    /// Resolve "its", "their", "they" to the nearest actor rather than to the sentence's
    /// subject (TABARI's rule, kept for its validation suite).
    pub nearest_pronouns: bool,
    /// Code every verb phrase of a clause that has its own subject (as PETRARCH-2 does),
    /// rather than only the first coded verb of each clause (TABARI).
    pub every_verb: bool,
    /// Drop comma-delimited nonrestrictive clauses (TABARI manual 7.8), with the lengths
    /// in `comma`.
    pub comma_clauses: bool,
    /// Lengths of the comma-delimited clauses that are dropped (TABARI's `COMMA:` option,
    /// PETRARCH's `comma_*` settings).
    pub comma: CommaLimits,
    /// Drop events without both a source and a target (PETRARCH's `require_dyad`).
    pub require_dyad: bool,
    /// Add the codes of agents nested inside a longer agent ("main opposition group" →
    /// MOP + OPP), as PETRARCH-1 does.
    pub nested_agents: bool,
    /// PETRARCH-1's conventions: an agent without an actor is coded `---` + agent
    /// (`---GOV`), and a trailing ", X said" is a clause of its own.
    pub petrarch1: bool,
    /// In a passive clause without "by", take the actor after the verb as the source
    /// (UniversalPetrarch's reading).
    pub passive_without_by: bool,
    /// A passive verb without a "by" agent codes no event (news mode): its subject is the
    /// target and no source is named ("he was sentenced", "three soldiers were killed").
    pub agentless_passive_skipped: bool,
    /// TABARI's own reading for its validation suite: an agent is not shared across a
    /// compound ("the ambassadors of A, B and C" → A's ambassadors only), and only title words
    /// (not lower-case modifiers) may stand between an actor and its agent.
    pub tabari_rules: bool,
    /// TABARI's DEFAULT: SOURCE [code] (with PRIOR: also when no actor precedes the verb).
    pub default_source: Option<(String, bool)>,
    /// TABARI's DEFAULT: TARGET [code] (with AFTER: also when no actor follows the verb).
    pub default_target: Option<(String, bool)>,
    /// Code only events with a target (TABARI: "a text with a missing source or target will
    /// not generate an event" unless a default is set).
    pub require_target: bool,
    /// TABARI's SET: MINIMUM WORDS: shorter sentences (commas count as words) are not coded.
    pub min_words: usize,
    /// TABARI's SET: CODE BY (manual 7.6.1).
    pub code_by: CodeBy,
    /// TABARI's COMPLEX filter (manual 8.7): a sentence with at least this many verbs,
    /// conjunctions or actor phrases is complex and not coded (0: not checked).
    pub complex: ComplexLimits,
    /// News mode: an agent without an actor ("dozens of political activists", "19
    /// Christians") takes the country of the latest country actor (VENOPP), or stands alone as
    /// its agent code (CHR) when that actor is no country.
    pub bare_agents: bool,
    /// Negated and modal acts are recoded by the coder (a negated act is a refusal or no
    /// event, a future act an intent, an act asked for — "urged X to supply" — none). Off in
    /// the article pipeline, where dyad-enrich keeps them with PLOVER's modes.
    pub negation: bool,
    /// News mode: PETRARCH's time discards (a bare year such as `2010`, `YEARS AGO`) do not
    /// discard the sentence. A year or "nine years ago" in a sentence rarely dates its main
    /// event ("lifted sanctions imposed nine years ago", "extradited a suspect in the 2008
    /// attacks"); the event's own date (dyad-time) marks it historical when it is.
    pub keep_time_discards: bool,
}

/// Word counts of the comma-delimited clauses that are dropped: a clause of `n` words goes
/// when `min < n <= max` (TABARI manual 8.6). `b…` limits apply to the clause that opens
/// the sentence, `e…` to the one that closes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommaLimits {
    /// Internal clauses: lower bound (exclusive).
    pub min: usize,
    /// Internal clauses: upper bound.
    pub max: usize,
    /// The opening clause: lower bound (exclusive).
    pub bmin: usize,
    /// The opening clause: upper bound.
    pub bmax: usize,
    /// The closing clause: lower bound (exclusive).
    pub emin: usize,
    /// The closing clause: upper bound.
    pub emax: usize,
}

impl Default for CommaLimits {
    /// TABARI's defaults: the opening clause is never dropped, others of 3–10 words are.
    fn default() -> Self {
        CommaLimits {
            min: 2,
            max: 10,
            bmin: 128,
            bmax: 0,
            emin: 2,
            emax: 10,
        }
    }
}

/// TABARI's COMPLEX: VERBS[n] CONJ[n] ACTORS[n] (0: not checked).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ComplexLimits {
    /// VERBS[n].
    pub verbs: usize,
    /// CONJ[n].
    pub conjunctions: usize,
    /// ACTORS[n].
    pub actors: usize,
}

impl ComplexLimits {
    /// Reads the bracketed limits of a COMPLEX command's words ("VERBS[5]", "CONJ[4]").
    pub fn parse<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut c = ComplexLimits::default();
        for w in words {
            let w = w.to_ascii_uppercase();
            let n = |key: &str| -> Option<usize> {
                w.strip_prefix(key)?
                    .strip_prefix('[')?
                    .strip_suffix(']')?
                    .trim()
                    .parse()
                    .ok()
            };
            if let Some(n) = n("VERBS") {
                c.verbs = n;
            } else if let Some(n) = n("CONJ") {
                c.conjunctions = n;
            } else if let Some(n) = n("ACTORS") {
                c.actors = n;
            }
        }
        c
    }
}

/// When the coder stops looking for events (TABARI's CODE BY, manual 7.6.1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeBy {
    /// The first event of each clause (TABARI's default).
    #[default]
    Clause,
    /// The first event of the sentence.
    Sentence,
    /// Every event.
    All,
}

/// Why a sentence produced no events.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum NoEvent {
    /// A discard phrase matched.
    Discarded {
        /// The dictionary entry.
        entry: String,
        /// Story-level discard.
        story: bool,
    },
    /// A complex code (`[+++]`) matched.
    Complex,
    /// No verb with a code and actors was found.
    NoEvent,
}

/// The result of coding one sentence.
#[derive(Clone, Debug, Default)]
pub struct SentenceResult {
    /// The events.
    pub events: Vec<Event>,
    /// Why there are none, when there are none.
    pub no_event: Option<NoEvent>,
}

/// The result of coding a text (all its sentences).
#[derive(Clone, Debug, Default)]
pub struct TextResult {
    /// All events, in sentence order.
    pub events: Vec<Event>,
    /// Number of sentences.
    pub sentences: usize,
    /// Set when a story-level discard matched (no events are returned then).
    pub discarded: Option<String>,
    /// The first actor (not a pronoun) of the last sentence, without its agents: what TABARI
    /// forwards to the story's next record.
    pub first_actor: Option<String>,
}

/// The coder: immutable, cheap to clone, shared across threads.
#[derive(Clone)]
pub struct Coder {
    dict: Arc<Dictionaries>,
    config: CoderConfig,
}

impl Coder {
    /// A coder over compiled dictionaries, configured from their options file.
    pub fn new(dict: Arc<Dictionaries>) -> Self {
        let mut config = CoderConfig {
            pos_filter: true,
            nearest_pronouns: true,
            every_verb: true,
            negation: true,
            agentless_passive_skipped: true,
            bare_agents: true,
            keep_time_discards: true,
            ..CoderConfig::default()
        };
        if dict.options.complex.iter().any(|c| c == "NOACTPRIOR") {
            config.require_prior_actor = true;
        }
        config.complex = ComplexLimits::parse(dict.options.complex.iter().map(String::as_str));
        if let Some(v) = dict.options.flag("CONVERT AGENTS") {
            config.convert_agents = v;
        }
        if let Some(v) = dict.options.flag("REQUIRE DYAD") {
            config.require_dyad = v;
        }
        Coder { dict, config }
    }

    /// Replaces the configuration.
    #[must_use]
    pub fn with_config(mut self, config: CoderConfig) -> Self {
        self.config = config;
        self
    }

    /// The configuration.
    pub fn config(&self) -> &CoderConfig {
        &self.config
    }

    /// The dictionaries.
    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dict
    }

    /// Codes every sentence of `text`.
    pub fn code_text(&self, record_id: &str, text: &str, date: Option<NaiveDate>) -> TextResult {
        self.code_text_forwarded(record_id, text, date, None)
    }

    /// [`code_text`](Self::code_text), with a failure of the coder itself (a panic: a bug,
    /// which no input should cause) caught and returned as its message, so that a batch
    /// rejects the one record and goes on.
    ///
    /// # Errors
    /// The panic's message when coding `text` panicked.
    pub fn try_code_text(
        &self,
        record_id: &str,
        text: &str,
        date: Option<NaiveDate>,
    ) -> Result<TextResult, String> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // (A failpoint for the tests of this isolation: the record named in
            // DYAD_FAILPOINT_PANIC makes the coder panic.)
            if std::env::var_os("DYAD_FAILPOINT_PANIC").is_some_and(|v| v == record_id) {
                panic!("failpoint DYAD_FAILPOINT_PANIC at record {record_id}");
            }
            self.code_text(record_id, text, date)
        }))
        .map_err(|e| {
            let msg = e
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| e.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            format!("internal error while coding (please report): {msg}")
        })
    }

    /// Codes a text whose opening pronoun ("He has also asked Gondor …") refers to `forward`,
    /// the first actor of the story's previous record (TABARI's FORWARD, manual 8.4).
    pub fn code_text_forwarded(
        &self,
        record_id: &str,
        text: &str,
        date: Option<NaiveDate>,
        forward: Option<&str>,
    ) -> TextResult {
        let spans = sentence_spans(text);
        let mut out = TextResult {
            sentences: spans.len(),
            ..Default::default()
        };
        let mut ctx = units::Context {
            forward: forward.map(str::to_string),
            ..Default::default()
        };
        for (i, s) in spans.iter().enumerate() {
            let r = self.code_sentence_with(record_id, i as u32, text, *s, date, &mut ctx);
            if let Some(NoEvent::Discarded { entry, story: true }) = &r.no_event {
                out.discarded = Some(entry.clone());
                out.events.clear();
                return out;
            }
            out.events.extend(r.events);
        }
        out.first_actor = ctx.first_base.clone();
        out
    }

    /// Codes one sentence (`span` of `text`) with no article context.
    pub fn code_sentence(
        &self,
        record_id: &str,
        index: u32,
        text: &str,
        span: Span,
        date: Option<NaiveDate>,
    ) -> SentenceResult {
        let mut ctx = units::Context::default();
        self.code_sentence_with(record_id, index, text, span, date, &mut ctx)
    }

    fn code_sentence_with<'a>(
        &'a self,
        record_id: &str,
        index: u32,
        text: &str,
        span: Span,
        date: Option<NaiveDate>,
        ctx: &mut units::Context<'a>,
    ) -> SentenceResult {
        let tokens = dyad_text::tokenize(text, span);
        let rec = recognize::recognize(&self.dict, text, &tokens, &self.config);
        if let Some((entry, story)) = rec.discard.clone() {
            return SentenceResult {
                events: Vec::new(),
                no_event: Some(NoEvent::Discarded { entry, story }),
            };
        }
        let units = units::build(&self.dict, &tokens, &rec, date, ctx, &self.config);
        if let Some((discard, prov)) = units.special {
            ctx.after_sentence(&units);
            return SentenceResult {
                events: Vec::new(),
                no_event: Some(if discard {
                    NoEvent::Discarded {
                        entry: format!("{}:{}: {}", prov.file, prov.line, prov.entry),
                        story: false,
                    }
                } else {
                    NoEvent::Complex
                }),
            };
        }
        let mut res = clauses::code(&self.dict, &self.config, &tokens, &rec, &units);
        for e in &mut res.events {
            e.record_id = record_id.to_string();
            e.sentence = index;
            e.sentence_span = span;
        }
        ctx.after_sentence(&units);
        res
    }
}

impl Coder {
    /// The part-of-speech tags the coder reads the sentence at `span` of `text` with: the
    /// tagger's, corrected by what the dictionaries recognise (names are nouns, an agent in a
    /// noun's place is a noun, a hyphenated participle is an adjective). Empty when the
    /// coder runs without the tagger.
    pub fn sentence_tags(&self, text: &str, span: Span) -> Vec<dyad_pos::Tag> {
        let tokens = dyad_text::tokenize(text, span);
        recognize::recognize(&self.dict, text, &tokens, &self.config).tags
    }

    /// A readable account of how each sentence of `text` was read: the dictionary phrases
    /// recognised (actors, agents, nouns, verbs with their file:line) and the actor groups.
    pub fn explain(&self, text: &str, date: Option<NaiveDate>) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let mut ctx = units::Context::default();
        for (i, s) in sentence_spans(text).iter().enumerate() {
            let tokens = dyad_text::tokenize(text, *s);
            let rec = recognize::recognize(&self.dict, text, &tokens, &self.config);
            let u = units::build(&self.dict, &tokens, &rec, date, &ctx, &self.config);
            let _ = writeln!(out, "sentence {i}: {}", s.slice(text));
            for m in &rec.marks {
                let words = Span::new(
                    tokens[m.start].span.start as usize,
                    tokens[m.end - 1].span.end as usize,
                )
                .slice(text);
                let what = match m.item {
                    recognize::Item::Actor(a) => {
                        let e = &self.dict.actors[a as usize];
                        format!(
                            "actor {:?} {}:{}",
                            e.code_as_of(date, self.dict.horizon).unwrap_or(""),
                            e.provenance.file,
                            e.provenance.line
                        )
                    }
                    recognize::Item::Agent(a) => {
                        let e = &self.dict.agents[a as usize];
                        format!(
                            "agent {:?} {}:{}",
                            e.agent.as_ref().map(|x| x.code.as_str()).unwrap_or(""),
                            e.provenance.file,
                            e.provenance.line
                        )
                    }
                    recognize::Item::Noun(k) => format!("{k:?}"),
                    recognize::Item::Verb(v) => {
                        let f = &self.dict.verbs[v as usize];
                        format!(
                            "verb block {} {}:{}",
                            self.dict.blocks[f.block as usize].name,
                            f.provenance.file,
                            f.provenance.line
                        )
                    }
                };
                let _ = writeln!(out, "  [{words}] {what}");
            }
            for g in &u.groups {
                let codes: Vec<&str> = g.members.iter().map(|a| a.code.as_str()).collect();
                let _ = writeln!(
                    out,
                    "  group {} = {}",
                    codes.join(" + "),
                    Span::new(
                        tokens[g.tokens.0].span.start as usize,
                        tokens[g.tokens.1 - 1].span.end as usize
                    )
                    .slice(text)
                );
            }
            if let Some((d, story)) = &rec.discard {
                let _ = writeln!(
                    out,
                    "  discard ({}): {d}",
                    if *story { "story" } else { "sentence" }
                );
            }
            ctx.after_sentence(&u);
        }
        out
    }
}

/// The longest stretch coded as one sentence, in bytes. News sentences are a few hundred bytes;
/// a longer "sentence" (a table, a run-on scrape, a 50 MB line) is cut at white space into
/// pieces of at most this size, so coding stays linear and nothing is dropped.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Whether `w` (a token's normal form) is a form of "be" or "have", the auxiliaries the
/// readings skip back over to a verb's subject ("has been", "were being").
pub(crate) fn is_be_or_have(w: &str) -> bool {
    matches!(
        w,
        "IS" | "ARE" | "WAS" | "WERE" | "BE" | "BEEN" | "BEING" | "HAS" | "HAVE" | "HAD"
    )
}

/// Sentence spans of `text`, with over-long ones cut into pieces of at most
/// [`MAX_SENTENCE_BYTES`].
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for s in dyad_text::sentences(text) {
        let (mut a, b) = (s.start as usize, s.end as usize);
        while b - a > MAX_SENTENCE_BYTES {
            let mut cut = a + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let piece = &text[a..cut];
            let at = piece
                .rfind(char::is_whitespace)
                .filter(|&p| p > 0)
                .map_or(cut, |p| a + p);
            out.push(Span::new(a, at));
            a = at;
            while a < b && text[a..].starts_with(char::is_whitespace) {
                a += text[a..].chars().next().map_or(1, char::len_utf8);
            }
        }
        if a < b {
            out.push(Span::new(a, b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ComplexLimits;

    #[test]
    fn complex_limits_read_tabari_words() {
        let c = ComplexLimits::parse("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN".split_whitespace());
        assert_eq!(
            c,
            ComplexLimits {
                verbs: 5,
                conjunctions: 4,
                actors: 0
            }
        );
        assert_eq!(ComplexLimits::parse(["actors[8]"]).actors, 8);
        assert_eq!(ComplexLimits::parse(["VERBS[x]"]), ComplexLimits::default());
    }
}
