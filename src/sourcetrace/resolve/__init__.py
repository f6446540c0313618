"""Cross-document resolution: duplicates, linking, stories, checks.

Like the stages, this package is pure: it works on records and signatures handed to it
and never opens a file or a database itself.
"""
