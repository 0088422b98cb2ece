//! Inputs and outputs.
//!
//! Readers turn files into [`dyad_core::Record`]s and report every bad record as a
//! [`Rejected`] naming the file, line or record and the reason; sinks write events.

pub mod readers;
pub mod sink;
pub mod suites;

pub use readers::{read_path, ReadOutcome, Rejected};
