//! Always-run checks of the embedded model on a few sentences.

use dyad_pos::{Tag, Tagger};

fn tags(s: &str) -> Vec<&'static str> {
    let words: Vec<&str> = s.split(' ').collect();
    Tagger::embedded()
        .tag(&words)
        .iter()
        .map(Tag::as_str)
        .collect()
}

#[test]
fn news_sentence() {
    assert_eq!(
        tags("Israel launched air strikes on Syria ."),
        ["NNP", "VBD", "NN", "NNS", "IN", "NNP", "."]
    );
}

#[test]
fn noun_vs_verb_attack() {
    assert_eq!(tags("The attack killed five .")[1], "NN");
    assert_eq!(tags("They attack the base .")[1], "VBP");
    assert_eq!(tags("Rebels will attack the base .")[2], "VB");
    assert_eq!(tags("The army attacks the base .")[2], "VBZ");
}

#[test]
fn contractions_and_possessives() {
    let t = tags("Syria 's president did n't go to the talks .");
    assert_eq!(
        t,
        ["NNP", "POS", "NN", "VBD", "RB", "VB", "TO", "DT", "NNS", "."]
    );
}

#[test]
fn one_tag_per_word_and_empty_input() {
    assert!(Tagger::embedded().tag(&[]).is_empty());
    let words = ["“", "Hello", "”", ",", "he", "said", "—", "x", "%", "#"];
    assert_eq!(Tagger::embedded().tag(&words).len(), words.len());
}

/// The per-thread cache of word scores changes nothing: each sentence tagged by a fresh tagger
/// (empty cache) gets the tags one tagger gives it after the others (words seen before, at the
/// start of a sentence and inside one, in other cases).
#[test]
fn cached_word_scores_give_the_same_tags() {
    let sentences = [
        "Police attack the protesters in Cairo .",
        "The police attack was condemned by Egypt 's government .",
        "Attack helicopters struck the town , police said .",
        "They said the attack killed police officers .",
        "POLICE SAY ATTACK KILLED 12 IN 2024 .",
        "Said the minister : \" We will attack . \"",
        "They may attack in May , the US told us .",
        "In May the rebels said they may talk .",
        "The trade talks opened in Geneva , the Cocoa Trade Council said .",
        "Cocoa futures fell in New York on Monday .",
        "New crop sales were also light .",
        "Final figures were lower .",
        "The final total rose .",
    ];
    // The cache is per thread and belongs to one tagger at a time: tag everything with the
    // warm tagger first, then each sentence with a fresh one.
    let warm = Tagger::from_bytes(dyad_pos::EMBEDDED_MODEL).expect("valid model");
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.split(' ').collect()).collect();
    let warm_tags: Vec<Vec<Tag>> = (0..2)
        .flat_map(|_| words.iter().map(|w| warm.tag(w)))
        .collect();
    for (k, tags) in warm_tags.iter().enumerate() {
        let w = &words[k % words.len()];
        let cold = Tagger::from_bytes(dyad_pos::EMBEDDED_MODEL).expect("valid model");
        assert_eq!(tags, &cold.tag(w), "{}", sentences[k % words.len()]);
    }
}

#[test]
fn bad_model_bytes_are_rejected() {
    assert!(Tagger::from_bytes(b"not a model").is_err());
    let mut truncated = dyad_pos::EMBEDDED_MODEL.to_vec();
    truncated.truncate(truncated.len() / 2);
    assert!(Tagger::from_bytes(&truncated).is_err());
}

/// A verb joined by "and" to an earlier finite verb (finite through its auxiliary) shares
/// that verb's subject, not the noun phrase just before the conjunction.
#[test]
fn coordinated_verb_after_an_auxiliary_shares_the_subject() {
    use dyad_pos::chunk::analyse;
    let words = [
        "Maduro",
        "has",
        "now",
        "closed",
        "the",
        "land",
        "borders",
        "with",
        "Brazil",
        "and",
        "Colombia",
        ",",
        "and",
        "severed",
        "diplomatic",
        "ties",
        "with",
        "Colombia",
        ".",
    ];
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let severed = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "severed")
        .expect("a verb phrase for severed");
    assert_eq!(words[a.chunks[severed.subject.unwrap()].head], "Maduro");
}

/// A relative pronoun's verb takes the noun phrase before the pronoun (or the noun of an
/// "of" phrase) as its subject.
#[test]
fn relative_clause_subject_is_the_antecedent() {
    use dyad_pos::chunk::analyse;
    let words = [
        "Iran",
        "helped",
        "the",
        "country",
        "get",
        "rid",
        "of",
        "the",
        "militants",
        "who",
        "have",
        "been",
        "fighting",
        "the",
        "government",
        ".",
    ];
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let fighting = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "fighting")
        .expect("a verb phrase for fighting");
    // (The "of" phrase holding the noun: a PP's head is its preposition.)
    let subject = &a.chunks[fighting.subject.unwrap()];
    assert!((subject.start..subject.end).contains(&8), "{subject:?}");
}

/// An indefinite article right after a noun opens a second noun phrase (a predicative or
/// second object), not more of the first: "called the envoy to the United States a liar";
/// so does "the" before a common word.
#[test]
fn an_indefinite_article_after_a_noun_opens_a_new_noun_phrase() {
    use dyad_pos::chunk::{analyse, ChunkKind};
    let words: Vec<&str> = "Trump called the envoy to Britain a very stupid guy ."
        .split(' ')
        .collect();
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let pp = a
        .chunks
        .iter()
        .find(|c| c.kind == ChunkKind::PP)
        .expect("the 'to' phrase");
    assert_eq!(words[pp.end - 1], "Britain", "{:?}", a.chunks);
    // (So does "the" before a common word: "told the United Nations the militia had".)
    let words: Vec<&str> = "Iran told the United Nations the militia had attacked Iraq ."
        .split(' ')
        .collect();
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let attacked = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "attacked")
        .expect("a verb phrase for attacked");
    let subject = &a.chunks[attacked.subject.expect("a subject")];
    assert_eq!(
        words[subject.start..subject.end],
        ["the", "militia"],
        "{:?}",
        a.chunks
    );
    // ("Radagast the Brown" is one name.)
    let words: Vec<&str> = "Radagast the Brown called Gondor .".split(' ').collect();
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    assert_eq!(
        (a.chunks[0].start, a.chunks[0].end),
        (0, 3),
        "{:?}",
        a.chunks
    );
}

/// A participle coordinated with a passive verb right before it is passive too: "was
/// tortured and killed".
#[test]
fn a_participle_coordinated_with_a_passive_is_passive() {
    use dyad_pos::chunk::analyse;
    let words: Vec<&str> = "The agent was tortured and killed in 1985 ."
        .split(' ')
        .collect();
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let killed = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "killed")
        .expect("a verb phrase for killed");
    assert!(killed.passive);
}

/// ", who" takes the person named right before its comma, in a noun phrase or a
/// prepositional phrase: "handed the suspect to Colombian police, who arrested him".
#[test]
fn who_after_a_comma_takes_the_phrase_before_the_comma() {
    use dyad_pos::chunk::analyse;
    let words = [
        "Mexico",
        "handed",
        "the",
        "suspect",
        "to",
        "Colombian",
        "police",
        ",",
        "who",
        "arrested",
        "him",
        "in",
        "Bogota",
        ".",
    ];
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let arrested = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "arrested")
        .expect("a verb phrase for arrested");
    let subject = &a.chunks[arrested.subject.unwrap()];
    assert_eq!(
        words[subject.start..subject.end],
        ["to", "Colombian", "police"]
    );
}

/// "has to", "needs to" before a verb are an obligation, read as "must"; "had to" is not.
#[test]
fn has_to_and_needs_to_are_an_obligation() {
    use dyad_pos::chunk::analyse;
    let modal_of = |words: &[&str], verb: &str| {
        let tags = dyad_pos::Tagger::embedded().tag(words);
        let a = analyse(words, &tags);
        a.verbs
            .iter()
            .find(|v| words[a.chunks[v.chunk].head] == verb)
            .and_then(|v| v.modal.clone())
    };
    assert_eq!(
        modal_of(
            &[
                "Iran",
                "said",
                "the",
                "US",
                "has",
                "to",
                "lift",
                "the",
                "sanctions",
                "."
            ],
            "lift"
        ),
        Some("must".to_string())
    );
    assert_eq!(
        modal_of(
            &["Iran", "had", "to", "withdraw", "its", "troops", "."],
            "withdraw"
        ),
        None
    );
}

/// The words of the subject chunk of `verb` in `sentence` (words split on spaces), as the
/// embedded tagger and the chunker read them.
fn subject_words(sentence: &str, verb: &str) -> Vec<String> {
    use dyad_pos::chunk::analyse;
    let words: Vec<&str> = sentence.split(' ').collect();
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let v = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == verb)
        .unwrap_or_else(|| panic!("a verb phrase for {verb} in {sentence}"));
    let s = &a.chunks[v
        .subject
        .unwrap_or_else(|| panic!("a subject in {sentence}"))];
    words[s.start..s.end]
        .iter()
        .map(|w| w.to_string())
        .collect()
}

/// A finite verb after a reduced relative ("rebels fighting the government have attacked",
/// "protesters demanding reforms attacked police", "a group of protesters seeking justice
/// have been …") has the noun phrase before the participle as its subject, not the
/// participle's object; Brown's base-form "have" after a noun is finite.
#[test]
fn a_finite_verb_after_a_reduced_relative_takes_the_noun_before_it() {
    for (sentence, verb, subject) in [
        (
            "Rebels fighting the government have attacked a convoy in Syria .",
            "attacked",
            vec!["Rebels"],
        ),
        (
            "Protesters demanding reforms attacked police in Cairo .",
            "attacked",
            vec!["Protesters"],
        ),
        (
            "A small group of protesters seeking justice have been participating in a hunger strike .",
            "participating",
            vec!["A", "small", "group"],
        ),
    ] {
        assert_eq!(subject_words(sentence, verb), subject, "{sentence}");
    }
}

/// "who" after a prepositional phrase stands for its noun whatever the preposition: "targeted
/// by criminals who want to steal their weapons" — the criminals want.
#[test]
fn who_after_any_prepositional_phrase_takes_its_noun() {
    assert_eq!(
        subject_words(
            "They may be targeted by criminals who want to steal their weapons .",
            "steal"
        ),
        ["by", "criminals"]
    );
}

/// The participle of an absolute "with" phrase after a comma is done by the phrase's noun:
/// ", with Secretary of State John Kerry fearing a potential ruse".
#[test]
fn an_absolute_with_phrase_is_the_subject_of_its_participle() {
    assert_eq!(
        subject_words(
            "The United States is skeptical , with Secretary Kerry fearing a ruse .",
            "fearing"
        ),
        ["with", "Secretary", "Kerry"]
    );
}

#[test]
fn adverbs_alone_do_not_join_a_participle_to_the_main_verb() {
    use dyad_pos::chunk::analyse;
    let words: Vec<&str> = "EC foreign ministers meeting here condemned Japan ."
        .split(' ')
        .collect();
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    let condemned = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "condemned")
        .expect("a verb phrase for condemned");
    let vp = &a.chunks[condemned.chunk];
    assert_eq!(words[vp.start..vp.end], ["condemned"], "{:?}", a.chunks);
    let subject = &a.chunks[condemned.subject.expect("a subject")];
    assert_eq!(words[subject.head], "ministers", "{:?}", a.chunks);
    // (A linking verb keeps its participle: "remain fully committed".)
    let words: Vec<&str> = "All seven nations remain fully committed to growth ."
        .split(' ')
        .collect();
    let tags = dyad_pos::Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    assert!(
        a.chunks.iter().any(|c| c.end >= c.start + 3
            && words[c.start..c.start + 3] == ["remain", "fully", "committed"]),
        "{:?}",
        a.chunks
    );
}
