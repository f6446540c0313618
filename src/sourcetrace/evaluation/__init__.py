"""Evaluation against public benchmarks read from a path given at run time (never bundled).

One module per task (``ner``, ``quotes``, ``dates``, ``figures``), each with
``evaluate(path, ...) -> dict`` and ``format_report(result) -> str``; the CLI's
``sourcetrace eval`` wires them.
"""
