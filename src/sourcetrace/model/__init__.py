"""Pure domain records (no I/O). See ``records`` for the shapes."""

from sourcetrace.model.records import (
    ANNOTATION_KINDS,
    DateRef,
    Document,
    Evidence,
    Figure,
    LanguageSegment,
    Mention,
    Quote,
    RawArticle,
    Removal,
    Signal,
    StageError,
    record_from_dict,
    record_to_dict,
)

__all__ = [
    "ANNOTATION_KINDS",
    "DateRef",
    "Document",
    "Evidence",
    "Figure",
    "LanguageSegment",
    "Mention",
    "Quote",
    "RawArticle",
    "Removal",
    "Signal",
    "StageError",
    "record_from_dict",
    "record_to_dict",
]
