//! dyad's own part-of-speech tagger and lemmatiser.
//!
//! * [`Tagger`]: averaged-perceptron tagger over Penn Treebank tags ([`Tag`]), trained on the
//!   Brown corpus (see the crate README for training, tagset mapping and measured accuracy).
//!   The trained model is embedded ([`Tagger::embedded`]).
//! * [`lemma`]: lemmatisation and verb/noun inflection from WordNet exception lists plus rules.

pub mod brown;
pub mod chunk;
pub mod features;
pub mod lemma;
pub mod model;
pub mod tag;
pub mod train;

use std::sync::OnceLock;

pub use model::{ModelError, Tagger};
pub use tag::Tag;

/// The embedded trained model (zlib-compressed, format in [`model`]).
pub static EMBEDDED_MODEL: &[u8] = include_bytes!("../model/tagger.bin");

impl Tagger {
    /// The embedded model, decoded on first use and shared.
    ///
    /// # Panics
    /// Only if the model file compiled into this crate is corrupt (caught by the unit tests).
    #[must_use]
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Tagger::from_bytes(EMBEDDED_MODEL).expect("embedded dyad-pos model is valid")
        })
    }
}
