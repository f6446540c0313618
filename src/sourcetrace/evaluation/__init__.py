"""Evaluation against public benchmarks read from a path given at run time (never bundled)."""
