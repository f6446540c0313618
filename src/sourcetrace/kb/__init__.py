"""The knowledge base: curated entries (``kb/data/*.jsonl``), countries and cities from
installed packages, and the user's own lists, behind one ``KnowledgeBase``.

    kb = load_kb()
    kb.lookup("Moscou")                     # [KBEntry(name="Moscow", type="GPE", …)]
    kb.candidates("Olaf Schultz", types=["PERSON"])
    kb.holders("Chancellor", country="DE", on="2023-05-01")
"""

from __future__ import annotations

from sourcetrace.kb.entries import KB_TYPES, KBEntry, KBRole, coarse_type, entry_from_dict
from sourcetrace.kb.index import Candidate, KnowledgeBase
from sourcetrace.kb.loader import bundled_dir, load_kb
from sourcetrace.kb.normalise import normalise
from sourcetrace.kb.userlists import ListReport, read_list

__all__ = [
    "KB_TYPES",
    "Candidate",
    "KBEntry",
    "KBRole",
    "KnowledgeBase",
    "ListReport",
    "bundled_dir",
    "coarse_type",
    "entry_from_dict",
    "load_kb",
    "normalise",
    "read_list",
]
