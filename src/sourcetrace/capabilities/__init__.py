"""One package per finding. A per-document capability keeps its stage in ``stage.py``
(``STAGE = Stage(...)``, pure: a ``Document`` and ``Resources`` in, a new ``Document`` out);
a cross-document one keeps its corpus stage in ``corpus.py`` (``CORPUS_STAGE``). The other
modules of a package are that capability's private helpers.
"""
