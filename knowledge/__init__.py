"""City FAQ knowledge search: ingestion, hybrid (dense + morpheme) index, calibrated answers."""
