//! dyad-io (being written).
