"""Evaluation against public benchmarks read from the user's disk (never bundled)."""
