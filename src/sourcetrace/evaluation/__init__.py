"""Evaluation of the extraction stages against public benchmarks (read from a path)."""
