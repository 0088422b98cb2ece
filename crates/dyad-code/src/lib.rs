//! dyad-code (being written).
