"""Exact and near-duplicate detection used by ingest and analyze."""
