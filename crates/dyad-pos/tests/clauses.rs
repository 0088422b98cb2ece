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
