"""Evidence: source sentences ranked for each claim, and typed comparators that decide."""
