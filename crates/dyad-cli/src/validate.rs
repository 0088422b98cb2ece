//! `dyad validate`: run a peer validation suite with the dictionaries it names.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use dyad_code::{Coder, CoderConfig};
use dyad_dict::{DictKind, DictionariesBuilder};

/// Applies one suite option (TABARI `OPTION:` text or PETRARCH `<Config>`) to a config.
fn apply(config: &mut CoderConfig, opt: &str) {
    let u = opt.to_ascii_uppercase();
    if let Some(n) = u
        .strip_prefix("SET:")
        .and_then(|r| r.split_once('='))
        .filter(|(k, _)| k.trim() == "MINIMUM WORDS")
        .and_then(|(_, v)| v.trim().parse().ok())
    {
        config.min_words = n;
    }
    if u.contains("CODE BY CLAUSE") {
        config.code_by = dyad_code::CodeBy::Clause;
    } else if u.contains("CODE BY SENTENCE") {
        config.code_by = dyad_code::CodeBy::Sentence;
    } else if u.contains("CODE ALL") {
        config.code_by = dyad_code::CodeBy::All;
    }
    if let Some(rest) = u.strip_prefix("DEFAULT:") {
        let rest = rest.trim();
        if rest.starts_with("OFF") {
            config.default_source = None;
            config.default_target = None;
        }
        let code_after = |key: &str| -> Option<(String, bool)> {
            let p = rest.find(key)?;
            let r = &rest[p + key.len()..];
            let (a, b) = (r.find('[')?, r.find(']')?);
            let tail = &r[b + 1..];
            let flag = tail
                .split_whitespace()
                .next()
                .is_some_and(|w| w == "PRIOR" || w == "AFTER");
            Some((r[a + 1..b].trim().to_string(), flag))
        };
        if let Some(x) = code_after("SOURCE") {
            config.default_source = Some(x);
        }
        if let Some(x) = code_after("TARGET") {
            config.default_target = Some(x);
        }
    }
    if u.contains("CONVERT AGENT") {
        config.convert_agents = u.contains("TRUE");
    }
    // PETRARCH's <Config option="…" value="…">.
    if let Some((k, v)) = u.strip_prefix("CONFIG:").and_then(|r| r.split_once('=')) {
        let (k, v) = (k.trim(), v.trim());
        let n = v.parse::<usize>().ok();
        let c = &mut config.comma;
        match (k, n) {
            ("REQUIRE_DYAD", _) => config.require_dyad = v == "TRUE",
            ("COMMA_MIN", Some(n)) => c.min = n,
            ("COMMA_MAX", Some(n)) => c.max = n,
            ("COMMA_BMIN", Some(n)) => c.bmin = n,
            ("COMMA_BMAX", Some(n)) => c.bmax = n,
            ("COMMA_EMIN", Some(n)) => c.emin = n,
            ("COMMA_EMAX", Some(n)) => c.emax = n,
            _ => {}
        }
    }
    // TABARI's COMMA: MIN = … MAX = … EMIN = … EMAX = … BMIN = … BMAX = … / COMMA: OFF.
    if let Some(rest) = u.strip_prefix("COMMA:") {
        if rest.trim().starts_with("OFF") {
            config.comma_clauses = false;
        } else {
            config.comma_clauses = true;
            let flat = rest.replace('=', " = ");
            let words: Vec<&str> = flat.split_whitespace().collect();
            for w in words.windows(3) {
                let Ok(n) = w[2].trim_end_matches('}').parse::<usize>() else {
                    continue;
                };
                if w[1] != "=" {
                    continue;
                }
                let c = &mut config.comma;
                match w[0] {
                    "MIN" => c.min = n,
                    "MAX" => c.max = n,
                    "BMIN" => c.bmin = n,
                    "BMAX" => c.bmax = n,
                    "EMIN" => c.emin = n,
                    "EMAX" => c.emax = n,
                    _ => {}
                }
            }
        }
    }
    if let Some(rest) = u.strip_prefix("COMPLEX:") {
        config.complex = dyad_code::ComplexLimits::parse(rest.split_whitespace());
        config.require_prior_actor = u.contains("NOACTPRIOR");
    }
}

/// The story and sentence numbers of a record id under a TABARI FORWARD sequence format
/// (`^^*****NNN*SSS`: `N` story, `S` sentence, other characters ignored), aligned at the end
/// of the id.
fn story_sequence(format: &str, id: &str) -> Option<(String, u32)> {
    let f: Vec<char> = format.chars().collect();
    let i: Vec<char> = id.trim().chars().collect();
    let (mut story, mut sentence) = (String::new(), String::new());
    for (k, &fc) in f.iter().rev().enumerate() {
        let Some(&c) = i.len().checked_sub(k + 1).and_then(|x| i.get(x)) else {
            break;
        };
        match fc {
            'N' => story.insert(0, c),
            'S' => sentence.insert(0, c),
            _ => {}
        }
    }
    Some((story, sentence.parse().ok()?))
}

fn norm(t: &(String, String, String)) -> (String, String, String) {
    let f = |s: &str| {
        let s = s.trim().to_ascii_uppercase();
        if s == "---" {
            String::new()
        } else {
            s
        }
    };
    (f(&t.0), f(&t.1), f(&t.2))
}

/// Runs the suite; returns the exit code (0 when every evaluated record matched, else 4).
pub fn run(path: &Path, quiet: bool, explain: &[String]) -> Result<i32> {
    let suite = dyad_io::suites::read_suite(path).map_err(anyhow::Error::msg)?;
    let mut b = DictionariesBuilder::new();
    // PETRARCH-1 reads its dictionaries in its own way (closed pattern words, duplicate
    // verbs merged).
    b.petrarch1_dialect(suite.petrarch1);
    for (kind, f) in &suite.dictionaries {
        let k = match kind.as_str() {
            "verbs" => DictKind::Verbs,
            "actors" => DictKind::Actors,
            "agents" => DictKind::Agents,
            "discards" => DictKind::Discards,
            "issues" => DictKind::Issues,
            "pico" => DictKind::Pico,
            _ => DictKind::Options,
        };
        b.add_file(k, f)
            .with_context(|| format!("suite dictionary {}", f.display()))?;
    }
    let dict = Arc::new(b.build());
    for r in &suite.rejected {
        eprintln!("dyad: rejected {}: {}", r.origin, r.reason);
    }
    let mut config = Coder::new(dict.clone()).with_config(CoderConfig::default());
    // The suites are coded with TABARI's rules; DYAD_NEWS=1 uses dyad's news settings (tagger,
    // nearest-actor pronouns, every verb phrase) instead, to measure their effect.
    // DYAD_NEWS=pos,pronouns,every picks them one by one.
    let news = std::env::var("DYAD_NEWS").unwrap_or_default();
    let on = |k: &str| news == "1" || news.split(',').any(|x| x == k);
    let mut cfg = CoderConfig {
        // PETRARCH XML suites were coded from parse trees: dyad uses its own tagger and
        // phrases there; TABARI's suite is coded with TABARI's shallow rules.
        pos_filter: on("pos") || (suite.xml && !on("nopos")),
        nearest_pronouns: on("pronouns"),
        every_verb: on("every"),
        // TABARI eliminates comma-delimited clauses by default (manual 7.8).
        comma_clauses: !on("nocomma"),
        // PETRARCH's default: events need a source and a target.
        require_dyad: suite.xml && !on("nodyad"),
        // PETRARCH-1's own conventions for its suite (UniversalPetrarch's suite names a
        // <PICOfile>; PETRARCH-1's does not).
        nested_agents: suite.petrarch1,
        petrarch1: suite.petrarch1 && !on("nop1"),
        // UniversalPetrarch reads a passive clause without "by" with the actor after the
        // verb as the source; PETRARCH-1 and TABARI do not.
        passive_without_by: on("passive") || (suite.xml && !suite.petrarch1 && !on("nopassive")),
        tabari_rules: !suite.xml && !on("notabari"),
        require_target: !suite.xml && !on("notabari"),
        // TABARI's default minimum sentence length (manual 8.2.3).
        min_words: if suite.xml || on("notabari") { 0 } else { 8 },
        ..CoderConfig::default()
    };
    if suite.xml {
        // PETRARCH's defaults (its suites reset them to these: comma_min 2, comma_max 8,
        // comma_emin 2, comma_emax 8, comma_bmin 0, comma_bmax 0).
        cfg.comma = dyad_code::CommaLimits {
            min: 2,
            max: 8,
            bmin: 0,
            bmax: 0,
            emin: 2,
            emax: 8,
        };
    }
    if dict.options.complex.iter().any(|c| c == "NOACTPRIOR") {
        cfg.require_prior_actor = true;
    }
    cfg.complex = dyad_code::ComplexLimits::parse(dict.options.complex.iter().map(String::as_str));
    let (mut records, mut exact, mut expected_n, mut matched, mut extra) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    // TABARI's FORWARD: the sequence format and, per record, the story's previous record.
    let mut forward_format: Option<String> = None;
    let mut previous: Option<(String, u32, Option<String>)> = None;
    for r in &suite.records {
        for o in &r.options {
            apply(&mut cfg, o);
            if let Some(rest) = o.trim().strip_prefix("FORWARD:") {
                let mut words = rest.split_whitespace();
                let format = words.next().map(str::to_string);
                let off = words.any(|w| w.eq_ignore_ascii_case("OFF"));
                forward_format = format.filter(|_| !off);
            }
        }
        config = config.with_config(cfg.clone());
        if !r.evaluate {
            continue;
        }
        records += 1;
        if explain.contains(&r.record.id) {
            eprint!(
                "explain {}:\n{}",
                r.record.id,
                config.explain(&r.record.text, r.record.date)
            );
        }
        let sequence = forward_format
            .as_deref()
            .and_then(|f| story_sequence(f, &r.record.id));
        let forward = match (&sequence, &previous) {
            (Some((story, n)), Some((ps, pn, first))) if story == ps && *n == pn + 1 => {
                first.as_deref()
            }
            _ => None,
        };
        let res = config.code_text_forwarded(&r.record.id, &r.record.text, r.record.date, forward);
        previous = sequence.map(|(story, n)| (story, n, res.first_actor.clone()));
        if explain.contains(&r.record.id) {
            for e in &res.events {
                let p = e.pattern.as_ref();
                eprintln!(
                    "  event {}/{}/{} from {}:{} {}",
                    e.source,
                    e.target,
                    e.code,
                    p.map_or("", |p| p.file.as_str()),
                    p.map_or(0, |p| p.line),
                    p.map_or("", |p| p.entry.as_str())
                );
            }
        }
        let mut coded: BTreeMap<(String, String, String), usize> = BTreeMap::new();
        for e in &res.events {
            *coded
                .entry(norm(&(e.source.clone(), e.target.clone(), e.code.clone())))
                .or_default() += 1;
        }
        // Each expectation as the suite writes it; a coded compound actor in it ("FRO/BIL/SAM",
        // UniversalPetrarch's notation) stands for its members, which is how dyad codes it
        // (TABARI manual 6.5.1): the expectation is met when every member event is coded.
        let split = |x: &str| -> Vec<String> {
            if x.contains('/') && x.split('/').all(|m| m.len() == 3) {
                x.split('/').map(str::to_string).collect()
            } else {
                vec![x.to_string()]
            }
        };
        let mut want_set: Vec<(String, String, String)> =
            r.expected.events.iter().map(norm).collect();
        want_set.sort();
        want_set.dedup();
        let expand = |w: &(String, String, String)| -> Vec<(String, String, String)> {
            let mut v = Vec::new();
            for s1 in split(&w.0) {
                for t1 in split(&w.1) {
                    v.push((s1.clone(), t1, w.2.clone()));
                }
            }
            v
        };
        // Duplicates are counted once on both sides: the suites list distinct events.
        let coded_set: Vec<_> = coded.keys().cloned().collect();
        let m = want_set
            .iter()
            .filter(|w| expand(w).iter().all(|e| coded_set.contains(e)))
            .count();
        let covered: Vec<(String, String, String)> = want_set.iter().flat_map(expand).collect();
        // TABARI's "-{": further events are not checked.
        let x = if r.expected.open {
            0
        } else {
            coded_set.iter().filter(|c| !covered.contains(c)).count()
        };
        expected_n += want_set.len();
        matched += m;
        extra += x;
        let ok = m == want_set.len() && x == 0;
        if ok {
            exact += 1;
        } else if !quiet {
            let fmt = |v: &[(String, String, String)]| {
                if v.is_empty() {
                    "(none)".to_string()
                } else {
                    v.iter()
                        .map(|(s, t, c)| {
                            format!("{s}/{}/{c}", if t.is_empty() { "---" } else { t })
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            };
            println!(
                "MISMATCH {} ({})\n  text:     {}\n  expected: {}\n  coded:    {}",
                r.record.id,
                r.record.origin,
                r.record.text,
                fmt(&want_set),
                fmt(&coded_set)
            );
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!(
        "SUMMARY {}: {exact} of {records} records exact ({:.1} %); {matched} of {expected_n} expected events coded ({:.1} %); {extra} extra events",
        path.display(),
        pct(exact, records),
        pct(matched, expected_n)
    );
    Ok(if exact == records { 0 } else { 4 })
}
