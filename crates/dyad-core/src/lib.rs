//! Plain data types that every dyad stage shares, and that depend on nothing else of dyad's.
//!
//! * [`Span`] — a byte range into the original text; no later stage rewrites it.
//! * [`Record`] — one input unit (an article, a suite record) with its id and date.
//! * [`Event`] — one coded event with its evidence and provenance.
//! * [`cameo`] — the CAMEO event-code table (names, root codes, quad classes, Goldstein values).
//!
//! ```
//! use dyad_core::{cameo, Span};
//! let s = Span::new(0, 4);
//! assert_eq!(s.slice("Iran meets Syria"), "Iran");
//! let info = cameo::lookup("043").unwrap();
//! assert_eq!(info.root, "04");
//! assert_eq!(info.quad_class, 1);
//! ```

pub mod cameo;
mod event;
mod record;
mod span;
pub mod text;

pub use event::{ActorMatch, Event, Provenance, SCHEMA_VERSION};
pub use record::{Record, RecordFormat};
pub use span::Span;
