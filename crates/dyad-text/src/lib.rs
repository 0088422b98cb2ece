//! Text analysis, first stage: sentence boundaries and tokens, every one with byte offsets into
//! the original text.
//!
//! ```
//! use dyad_text::{sentences, tokenize};
//! let text = "Brig. Gen. Ashtiani met Lt. Gen. Abbas in Tehran on Wednesday.The U.S. objected.";
//! let s = sentences(text);
//! assert_eq!(s.len(), 2);
//! let toks = tokenize(text, s[0]);
//! assert_eq!(toks[0].norm, "BRIG.");
//! assert_eq!(toks[0].span.slice(text), "Brig.");
//! ```

mod sentence;
mod token;

pub use sentence::sentences;
pub use token::{tokenize, Token, TokenKind};
