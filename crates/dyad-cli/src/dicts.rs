//! Choosing and loading dictionaries.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use dyad_dict::{DictKind, Dictionaries, DictionariesBuilder};

use crate::DictArgs;

/// Where dyad's own dictionaries are: `$DYAD_DICTIONARIES`, else `dictionaries/dyad` beside
/// the executable's repository.
pub fn default_dir() -> PathBuf {
    if let Ok(p) = std::env::var("DYAD_DICTIONARIES") {
        return PathBuf::from(p);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dictionaries/dyad")
}

fn add(b: &mut DictionariesBuilder, kind: DictKind, p: &Path) -> Result<()> {
    b.add_file(kind, p)
        .with_context(|| format!("reading dictionary {}", p.display()))
}

/// Loads exactly the dictionaries named.
pub fn load_only(a: &DictArgs) -> Result<Dictionaries> {
    let mut b = DictionariesBuilder::new();
    if let Some(dir) = &a.phoenix {
        // petrarch2's configuration reads CAMEO.2.0.txt; the older PETRARCH-1 patterns on
        // request.
        let verbs = if a.petrarch1_verbs {
            "CAMEO.verbpatterns.150430.txt"
        } else {
            "CAMEO.2.0.txt"
        };
        add(&mut b, DictKind::Verbs, &dir.join(verbs))?;
        // dyad's current verbs after them, their synsets apart: verbs the 2015 set lacks
        // ("urge", …) are found there, and a verb both list has both sets' patterns.
        if a.current_verbs {
            b.new_synset_scope();
            add(
                &mut b,
                DictKind::Verbs,
                &default_dir().join("dyad.verbs.txt"),
            )?;
        }
        for f in [
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt",
        ] {
            add(&mut b, DictKind::Actors, &dir.join(f))?;
        }
        // dyad's current actors after them: a name the Phoenix files lack (office holders
        // since 2015, cities, agencies, armed groups) is found there.
        if a.current_actors {
            let own = default_dir();
            for f in [
                "dyad.countries.actors.txt",
                "dyad.international.actors.txt",
                "dyad.nonstate.actors.txt",
            ] {
                add(&mut b, DictKind::Actors, &own.join(f))?;
            }
        }
        add(&mut b, DictKind::Agents, &dir.join("Phoenix.agents.txt"))?;
        add(
            &mut b,
            DictKind::Discards,
            &dir.join("Phoenix.discards.txt"),
        )?;
        add(
            &mut b,
            DictKind::Issues,
            &dir.join("Phoenix.IssueCoding.txt"),
        )?;
    }
    for p in &a.verbs {
        add(&mut b, DictKind::Verbs, p)?;
    }
    for p in &a.actors {
        add(&mut b, DictKind::Actors, p)?;
    }
    for p in &a.agents {
        add(&mut b, DictKind::Agents, p)?;
    }
    for p in &a.discards {
        add(&mut b, DictKind::Discards, p)?;
    }
    for p in &a.issues {
        add(&mut b, DictKind::Issues, p)?;
    }
    if let Some(p) = &a.options {
        add(&mut b, DictKind::Options, p)?;
    }
    let mut d = b.build();
    // The Phoenix pipeline codes only events with a source and a target (PETRARCH's
    // `require_dyad`, on in PETRARCH-1's and PETRARCH-2's configurations).
    if a.phoenix.is_some() && !a.monadic {
        d.options
            .set
            .insert("REQUIRE DYAD".to_string(), "TRUE".to_string());
    }
    Ok(d)
}

/// Loads the dictionaries named, or dyad's own when none are named.
pub fn load(a: &DictArgs) -> Result<Dictionaries> {
    let none =
        a.phoenix.is_none() && a.verbs.is_empty() && a.actors.is_empty() && a.agents.is_empty();
    if !none {
        return load_only(a);
    }
    let dir = default_dir();
    let mut b = DictionariesBuilder::new();
    let mut found = false;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| {
            format!(
                "dyad's dictionaries not found in {} (set DYAD_DICTIONARIES)",
                dir.display()
            )
        })?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        let n = p
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let kind = if n.ends_with(".verbs.txt") {
            DictKind::Verbs
        } else if n.ends_with(".actors.txt") {
            DictKind::Actors
        } else if n.ends_with(".agents.txt") {
            DictKind::Agents
        } else if n.ends_with(".discards.txt") {
            DictKind::Discards
        } else if n.ends_with(".issues.txt") {
            DictKind::Issues
        } else {
            continue;
        };
        found = true;
        add(&mut b, kind, &p)?;
    }
    anyhow::ensure!(found, "no dictionaries in {}", dir.display());
    Ok(b.build())
}
