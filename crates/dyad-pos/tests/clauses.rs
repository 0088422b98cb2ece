//! The analysis of phrases and clauses on whole sentences: infinitives of purpose and
//! closing attributions.

use dyad_pos::{chunk::analyse, Tagger};

fn analysed(s: &str) -> (Vec<&str>, dyad_pos::chunk::Analysis) {
    let words: Vec<&str> = s.split(' ').collect();
    let tags = Tagger::embedded().tag(&words);
    let a = analyse(&words, &tags);
    (words, a)
}

#[test]
fn an_infinitive_after_an_object_in_apposition_has_no_subject_of_its_own() {
    let (words, a) =
        analysed("The president called his counterpart , Michel Aoun , on Tuesday to assure him .");
    let assure = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "assure")
        .unwrap();
    assert_eq!(assure.subject, None);
    // (After a verb handing the act to its object, the object does it.)
    let (words, a) = analysed("Iran urged Germany , a close ally , to release the ship .");
    let release = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "release")
        .unwrap();
    assert!(release.subject.is_some());
}

#[test]
fn a_speech_verb_inside_a_later_clause_reports_nothing_before_it() {
    let (words, a) = analysed(
        "The president called his counterpart , Aoun , to assure him that the leader firmly believes in unity .",
    );
    let called = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "called")
        .unwrap();
    assert_eq!(called.reported_by, None);
    // (A closing attribution reports the clause before its comma.)
    let (words, a) = analysed("Iran attacked the base , the minister said .");
    let attacked = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "attacked")
        .unwrap();
    assert!(attacked.reported_by.is_some());
}

#[test]
fn a_participle_speech_clause_after_a_comma_reports_nothing_before_it() {
    let (words, a) = analysed(
        "The minister defended Iran 's position , saying Washington needs to take the first step .",
    );
    let defended = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "defended")
        .unwrap();
    assert_eq!(defended.reported_by, None);
    // (What the participle says is reported by it.)
    let take = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "take")
        .unwrap();
    assert!(take.reported_by.is_some());
}

/// The words of the phrase `role` picks (subject or object) of the verb phrase headed by
/// `head`.
fn phrase_of(
    s: &str,
    head: &str,
    role: fn(&dyad_pos::chunk::VerbInfo) -> Option<usize>,
) -> Option<String> {
    let (words, a) = analysed(s);
    let v = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == head)
        .unwrap();
    role(v).map(|c| {
        let ch = &a.chunks[c];
        words[ch.start..ch.end].join(" ")
    })
}

/// The subject NP's words of the verb phrase headed by `head`.
fn subject_of(s: &str, head: &str) -> Option<String> {
    phrase_of(s, head, |v| v.subject)
}

/// The object's words of the verb phrase headed by `head`.
fn object_of(s: &str, head: &str) -> Option<String> {
    phrase_of(s, head, |v| v.object)
}

#[test]
fn a_coordinated_verb_phrase_shares_the_subject_of_the_verb_it_is_joined_to() {
    // (Adverbs may stand between the conjunction and the verb.)
    assert_eq!(
        subject_of(
            "Turkey has improved relations with Iran and gradually supports Iran 's involvement .",
            "supports"
        )
        .as_deref(),
        Some("Turkey")
    );
    // (A finite verb before an infinitive makes the phrase finite: it joins the last finite
    // verb, not the infinitive before it.)
    assert_eq!(
        subject_of(
            "The minister praised the efforts of Mexico to combat crime , and then promises to deepen this work .",
            "deepen"
        )
        .as_deref(),
        Some("The minister")
    );
}

#[test]
fn a_bare_participle_joined_to_a_passive_verb_is_passive() {
    let (words, a) = analysed("He was transported to Bogota and swiftly deported back to Peru .");
    let deported = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "deported")
        .unwrap();
    assert!(deported.passive);
}

#[test]
fn a_titles_of_x_and_y_is_one_name() {
    // ("Industry Abdullah Al Taweel" is no subject of its own: the minister signed.)
    assert_eq!(
        subject_of(
            "Kuwaiti Minister of Commerce and Industry Abdullah Al Taweel signed an agreement .",
            "signed"
        )
        .as_deref(),
        Some("Kuwaiti Minister")
    );
}

#[test]
fn a_verb_in_a_list_shares_the_subject_of_the_first() {
    assert_eq!(
        subject_of(
            "Police dismantled a network that transported , stored and distributed weapons .",
            "stored"
        )
        .as_deref(),
        Some("a network")
    );
}

#[test]
fn a_participle_after_a_pronoun_is_its_verb() {
    // (The tagger's VBN after "it" modifies no noun: "it" is the subject.)
    assert_eq!(
        subject_of(
            "Cambodia has denied charges that it suspended a senior official .",
            "suspended"
        )
        .as_deref(),
        Some("it")
    );
}

#[test]
fn a_reduced_relative_leaves_the_subject_before_its_participle() {
    assert_eq!(
        subject_of(
            "The Saudi-led coalition fighting Houthi rebels in Yemen has declared a truce .",
            "declared"
        )
        .as_deref(),
        Some("The Saudi-led coalition")
    );
    assert_eq!(
        subject_of(
            "The foreign criminals setting up shop in Santa Cruz are fleeing prosecution .",
            "fleeing"
        )
        .as_deref(),
        Some("The foreign criminals")
    );
    // (Not an -ing word of a compound noun, nor a main verb the tagger read as a participle.)
    assert_eq!(
        subject_of(
            "The U.N. peacekeeping chief Jean-Pierre Lacroix expressed concern .",
            "expressed"
        )
        .as_deref(),
        Some("chief Jean-Pierre Lacroix")
    );
    assert_ne!(
        subject_of(
            "The arms trafficking investigation in Panama raises more questions .",
            "raises"
        )
        .as_deref(),
        Some("The arms")
    );
}

#[test]
fn a_participle_after_a_closing_time_has_the_subject_of_the_finite_verb() {
    assert_eq!(
        subject_of(
            "Government warplanes hit the town for a sixth straight day killing 32 civilians .",
            "killing"
        )
        .as_deref(),
        Some("Government warplanes")
    );
}

#[test]
fn a_participle_governing_an_infinitive_after_a_preposition_has_the_main_subject() {
    assert_eq!(
        subject_of(
            "Duterte has offered to send troops to Jordan to help combat Islamist militants , after agreeing to deepen military cooperation with the nation .",
            "deepen"
        )
        .as_deref(),
        Some("Duterte")
    );
}

#[test]
fn a_contact_relatives_object_is_the_noun_phrase_before_its_pronoun() {
    assert_eq!(
        object_of(
            "The army released a Turkish ship it seized near the port city of Derna .",
            "seized"
        )
        .as_deref(),
        Some("a Turkish ship")
    );
    // (Not a clause after a verb that takes one, nor a verb with an object of its own.)
    assert_eq!(
        object_of("The minister told reporters he met the envoy .", "met").as_deref(),
        Some("the envoy")
    );
    assert_eq!(
        object_of(
            "The minister assured Iran it supported the deal .",
            "supported"
        )
        .as_deref(),
        Some("the deal")
    );
    assert_eq!(
        object_of(
            "The minister told reporters he objected in Geneva .",
            "objected"
        )
        .as_deref(),
        Some("in Geneva")
    );
}

#[test]
fn a_relative_clause_between_dashes_or_brackets_is_not_the_subject() {
    let subject = |s: &str, head: &str| phrase_of(s, head, |v| v.subject);
    assert_eq!(
        subject(
            "The smuggler -- who made trips to Mexico and Peru -- recruited workers .",
            "recruited"
        )
        .as_deref(),
        Some("The smuggler")
    );
    assert_eq!(
        subject(
            "The leader ( who visited Iran last year ) condemned the attack .",
            "condemned"
        )
        .as_deref(),
        Some("The leader")
    );
    // (An apposition says who the subject is; brackets after a pronoun name it.)
    assert_eq!(
        subject("They ( the Kuwaitis ) have asked Britain .", "asked").as_deref(),
        Some("the Kuwaitis")
    );
    // (Nor when the phrase before it cannot be: a verb came earlier.)
    assert_eq!(
        subject(
            "As analysts noted , the ability of the gang -- whose base is in El Salvador and \
             Honduras -- to expand is weak .",
            "expand"
        ),
        None
    );
}

/// Whether the verb phrase headed by `head` is read as passive.
fn passive_of(s: &str, head: &str) -> bool {
    let (words, a) = analysed(s);
    a.verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == head)
        .unwrap()
        .passive
}

#[test]
fn a_participle_right_after_its_noun_with_no_object_is_a_reduced_passive() {
    // (Before the finite verb, past a place.)
    assert!(passive_of(
        "The soldiers killed in the attack were buried in Kabul .",
        "killed"
    ));
    // (After the sentence's finite verb.)
    assert!(passive_of(
        "He named Ulloa , a businessman arrested this year in Guatemala City .",
        "arrested"
    ));
    // (Not an active verb with its object, nor verbs joined by "and".)
    assert!(!passive_of(
        "He said the men arrested him in Kabul .",
        "arrested"
    ));
    assert!(!passive_of(
        "The army admitted that some of its members trained and armed the gang .",
        "trained"
    ));
}

#[test]
fn cannot_is_a_negated_modal() {
    let (words, a) = analysed("Iran cannot accept the proposal .");
    let v = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "accept")
        .unwrap();
    assert!(v.negated);
    assert_eq!(v.modal.as_deref(), Some("can"));
}

#[test]
fn a_participle_before_by_in_a_list_after_a_passive_is_passive() {
    assert!(passive_of(
        "The prosecutor was assaulted in his office , tied to a chair and beaten by an attacker .",
        "beaten"
    ));
    // (Not a reduced relative on a thing: "bases used by the group".)
    assert!(!passive_of(
        "The Pentagon said it hit five bases used by the group .",
        "used"
    ));
}

#[test]
fn a_participle_opening_an_apposition_is_passive() {
    assert!(passive_of(
        "A former police official , jailed for ties to traffickers , was tortured in prison .",
        "jailed"
    ));
    // (Not a naming participle, nor one naming its agent.)
    assert!(!passive_of(
        "The fund , called Malaysia Fund , will be sponsored by the bank .",
        "called"
    ));
    assert!(!passive_of(
        "The report , released by Global Witness , tells the story .",
        "released"
    ));
}

#[test]
fn a_relative_pronoun_after_against_has_that_phrase_as_subject() {
    let (words, a) = analysed(
        "The Pentagon is expanding its campaign against the militant group that has seized parts of Iraq .",
    );
    let seized = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "seized")
        .unwrap();
    let s = &a.chunks[seized.subject.unwrap()];
    assert!(
        words[s.start..s.end].contains(&"group"),
        "{:?}",
        &words[s.start..s.end]
    );
    // ("while" + participle: the subject of the clause it belongs to.)
    let (words, a) = analysed(
        "Two months after he took refuge in the embassy while fighting extradition , Ecuador granted him asylum .",
    );
    let fighting = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "fighting")
        .unwrap();
    assert_eq!(words[a.chunks[fighting.subject.unwrap()].head], "he");
}

#[test]
fn a_pronoun_after_a_prepositions_noun_opens_a_contact_relative() {
    let subject = |s: &str, head: &str| phrase_of(s, head, |v| v.subject);
    assert_eq!(
        subject(
            "The envoy defended the expansion of reefs it claims in the sea .",
            "claims"
        )
        .as_deref(),
        Some("it")
    );
    assert_eq!(
        subject(
            "The traders declined to comment on the subjects they discussed .",
            "discussed"
        )
        .as_deref(),
        Some("they")
    );
}

#[test]
fn a_participle_after_a_comma_has_the_subject_of_the_last_finite_auxiliary() {
    let subject = |s: &str, head: &str| phrase_of(s, head, |v| v.subject);
    // (Not the subject of a concessive clause before: "had" makes the main clause finite.)
    assert_eq!(
        subject(
            "Though Obama maintained the deployment was limited , Washington had long intervened in the war , sending arms to militants .",
            "sending"
        )
        .as_deref(),
        Some("Washington")
    );
    // (A relative clause's auxiliary is not the main clause's.)
    assert_eq!(
        subject(
            "Honduran officials dismantled a network that is reportedly linked to the cartel , seizing assets .",
            "seizing"
        )
        .as_deref(),
        Some("Honduran officials")
    );
}

#[test]
fn a_bare_participle_right_after_a_passive_is_passive() {
    assert!(passive_of(
        "72 migrants were found shot and killed in Mexico .",
        "killed"
    ));
    assert!(passive_of(
        "72 migrants were found shot in Mexico .",
        "shot"
    ));
}

#[test]
fn a_verb_joined_to_a_main_verb_read_as_a_participle_shares_its_subject() {
    let (words, a) = analysed(
        "Algeria authorities suspended publication of Algeria 's largest newspaper and arrested its director .",
    );
    let verb = |w: &str| {
        a.verbs
            .iter()
            .find(|v| words[a.chunks[v.chunk].head] == w)
            .unwrap()
    };
    // (The tagger reads "suspended" as a participle with no auxiliary: VBN.)
    assert!(!verb("suspended").passive);
    assert_eq!(verb("arrested").subject, verb("suspended").subject);
    assert!(verb("arrested").subject.is_some());
}

#[test]
fn a_participle_after_while_follows_a_reduced_passive_s_noun() {
    let (words, a) = analysed(
        "China 's government rejected a call to release three activists detained while investigating a company .",
    );
    let verb = |w: &str| {
        a.verbs
            .iter()
            .find(|v| words[a.chunks[v.chunk].head] == w)
            .unwrap()
    };
    assert!(verb("detained").passive);
    assert_eq!(verb("investigating").subject, verb("detained").subject);
}

#[test]
fn a_name_joined_to_a_prepositional_phrases_name_is_not_the_subject() {
    assert_eq!(
        subject_of(
            "US officials in Mexico and Guatemala praised the decision .",
            "praised"
        )
        .as_deref(),
        Some("US officials")
    );
    // (Not a clause of its own after "and", nor a second subject with its article.)
    assert_eq!(
        subject_of(
            "Gangs are established in parts of the United States and the US government has designated them .",
            "designated"
        )
        .as_deref(),
        Some("the US government")
    );
}

#[test]
fn a_reported_clauses_subject_keeps_its_infinitive_or_participle() {
    let subject_of = |s: &str, verb: &str| -> String {
        let (words, a) = analysed(s);
        let v = a
            .verbs
            .iter()
            .find(|v| words[a.chunks[v.chunk].head] == verb)
            .unwrap();
        let c = &a.chunks[v.subject.unwrap()];
        words[c.start..c.end].join(" ")
    };
    assert_eq!(
        subject_of(
            "A spokesman said the plan to send a flotilla to Jaffna would go ahead .",
            "go"
        ),
        "the plan"
    );
    assert_eq!(
        subject_of(
            "Iran said that the decision to expel British diplomats would damage relations .",
            "damage"
        ),
        "the decision"
    );
    assert_eq!(
        subject_of(
            "Miller said a budget plan drafted by Senator Chiles was deficient .",
            "was"
        ),
        "a budget plan"
    );
    // (Not a clause of the speaker's own object: "told reporters the army had attacked".)
    assert_eq!(
        subject_of(
            "He told reporters the army had attacked the town .",
            "attacked"
        ),
        "the army"
    );
}

#[test]
fn a_parenthetical_after_a_subjects_prepositional_phrase_leaves_the_subject() {
    let (words, a) = analysed(
        "Residents of the region , a province that borders Brazil and Bolivia , have begun flying drones .",
    );
    let begun = a
        .verbs
        .iter()
        .find(|v| words[a.chunks[v.chunk].head] == "begun")
        .unwrap();
    let c = &a.chunks[begun.subject.unwrap()];
    assert_eq!(words[c.start..c.end].join(" "), "Residents");
}
