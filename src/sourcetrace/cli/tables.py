"""Tables for the terminal that never cut an id or a path.

Rich shrinks a table to the terminal's width by wrapping, then by cutting cells with an
ellipsis, ids included: at 80 columns ``search`` printed ids that ``show`` could not find.
``print_table`` keeps the ``keep`` columns whole (never wrapped, never cut) and lets the
others wrap; when even that cannot fit the width, it prints one block per row instead,
each kept value on a line of its own, so it can be copied whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

__all__ = ["print_table"]

#: The narrowest a wrapping column may get before a table stops being readable.
MIN_WRAPPED = 8

Cell = str | Text


def _width(cell: Cell) -> int:
    text = cell.plain if isinstance(cell, Text) else cell
    return max((len(line) for line in text.splitlines()), default=0)


def print_table(
    console: Console,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    keep: Sequence[str] = ("id",),
    title: str | None = None,
) -> None:
    """Print ``rows`` under ``headers``; the ``keep`` columns are always printed whole."""
    kept = [i for i, name in enumerate(headers) if name in keep]
    widths = {i: max([len(headers[i]), *(_width(row[i]) for row in rows)]) for i in kept}
    others = len(headers) - len(kept)
    # Rich's default box: one bar and one space either side of every cell.
    needed = sum(widths.values()) + others * MIN_WRAPPED + 3 * len(headers) + 1
    if needed <= console.width:
        table = Table(title=title, title_justify="left")
        for i, name in enumerate(headers):
            if i in widths:
                table.add_column(name, no_wrap=True, min_width=widths[i])
            else:
                table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*row)
        console.print(table)
        return
    if title:
        console.print(Text(title, style="bold"))
    for row in rows:
        for i, name in enumerate(headers):
            cell = row[i]
            if not (cell.plain if isinstance(cell, Text) else cell):
                continue
            line = Text(f"{name}: ", style="dim")
            line.append(cell if isinstance(cell, Text) else Text(cell))
            # A kept value is never wrapped by us: the terminal may fold it, a copy is whole.
            console.print(line, soft_wrap=i in widths, crop=False)
        console.print()
