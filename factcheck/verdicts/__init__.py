"""Verdicts: what the evidence found, turned into a label, a confidence and a rationale."""
