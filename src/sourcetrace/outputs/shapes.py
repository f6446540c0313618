"""The contract's record shapes as typed fields, for the tabular exporters (csv, parquet).

The ``TypedDict``s of ``outputs.contract`` are the one statement of each record's fields
in Python (a test keeps them in step with the JSON Schema and the docs). Reading them
here means a field added to the contract becomes a CSV column and a Parquet column
without touching either exporter.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sourcetrace.outputs import contract

__all__ = ["RECORDS", "Field", "fields_of"]

#: Record kind -> the TypedDict describing its fields.
RECORDS: Mapping[str, Any] = {
    "article": contract.ArticleRecord,
    "entity": contract.EntityRecord,
    "quote": contract.QuoteRecord,
    "figure": contract.FigureRecord,
    "date": contract.DateRecord,
    "story": contract.StoryRecord,
    "signal": contract.SignalRecord,
    "check": contract.CheckRecord,
    "event": contract.EventRecord,
}

Shape = Literal["scalar", "struct", "list", "list_struct"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One field: its name, scalar type (``str``, ``int``, ``float``, ``bool``), whether it
    may be null, its shape, and for ``struct``/``list_struct`` the fields inside."""

    name: str
    type: type
    nullable: bool
    shape: Shape
    children: tuple[Field, ...] = ()


def fields_of(record: Any) -> tuple[Field, ...]:
    """The fields of a contract ``TypedDict``, in declaration order.

    A ``NotRequired`` key is nullable in a table: records that lack it leave it empty.
    """
    hints = typing.get_type_hints(record, include_extras=True)
    fields = []
    for name, hint in hints.items():
        # Read from the evaluated hints: with postponed annotations Python 3.11 does not
        # fill ``__optional_keys__``.
        optional = typing.get_origin(hint) is typing.NotRequired
        if optional:
            (hint,) = typing.get_args(hint)
        field = _field(name, hint)
        if optional and not field.nullable:
            field = Field(name=field.name, type=field.type, nullable=True, shape=field.shape,
                          children=field.children)
        fields.append(field)
    return tuple(fields)


def _field(name: str, hint: Any) -> Field:
    nullable = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(hint))
        if len(args) != 1:
            raise TypeError(f"contract field {name!r}: unsupported union {hint!r}")
        hint = args[0]
    if typing.get_origin(hint) is list:
        (inner,) = typing.get_args(hint)
        if typing.is_typeddict(inner):
            return Field(name=name, type=dict, nullable=nullable, shape="list_struct",
                         children=fields_of(inner))
        return Field(name=name, type=_scalar(name, inner), nullable=nullable, shape="list")
    if typing.is_typeddict(hint):
        return Field(name=name, type=dict, nullable=nullable, shape="struct",
                     children=fields_of(hint))
    return Field(name=name, type=_scalar(name, hint), nullable=nullable, shape="scalar")


def _scalar(name: str, hint: Any) -> type:
    if hint in (str, int, float, bool):
        return typing.cast(type, hint)
    raise TypeError(f"contract field {name!r}: unsupported type {hint!r}")
