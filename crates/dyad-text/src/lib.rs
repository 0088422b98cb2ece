//! dyad-text (being written).
