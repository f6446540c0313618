"""Text helpers shared by several capabilities: sentence segments, sentence embeddings,
normalised words and keys.
"""
