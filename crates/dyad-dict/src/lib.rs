//! dyad-dict (being written).
