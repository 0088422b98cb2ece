//! Loads dictionaries and prints a summary and the diagnostics: `load KIND=FILE ...`.
use dyad_dict::{DictKind, DictionariesBuilder};

fn main() {
    let t = std::time::Instant::now();
    let mut b = DictionariesBuilder::new();
    for a in std::env::args().skip(1) {
        let (k, f) = a.split_once('=').expect("KIND=FILE");
        let kind = match k {
            "actors" => DictKind::Actors,
            "agents" => DictKind::Agents,
            "verbs" => DictKind::Verbs,
            "discards" => DictKind::Discards,
            "issues" => DictKind::Issues,
            _ => DictKind::Options,
        };
        b.add_file(kind, std::path::Path::new(f)).expect("read");
    }
    let d = b.build();
    eprintln!("{} in {:?}", d.summary(), t.elapsed());
    for x in dyad_dict::check::check(&d, false).iter().take(40) {
        println!("{x}");
    }
    println!("{} diagnostics", d.diagnostics.len());
}
