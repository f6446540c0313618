"""SQLite FTS5's full-text query syntax, parsed into a tree another backend can run.

The grammar is FTS5's (https://sqlite.org/fts5.html#full_text_query_syntax):

- a phrase is a bareword (letters, digits, ``_``, any non-ASCII character) or a
  ``"string"`` (``""`` inside is a quote), optionally ending in ``*`` (prefix); phrases
  joined by ``+`` are one phrase;
- ``AND``, ``OR`` and the binary ``NOT`` (upper case only; ``NOT`` binds tightest, then
  ``AND``, then ``OR``); two queries side by side are ``AND``;
- parentheses; ``NEAR(phrase phrase ..., N)``;
- a column filter ``col:``, ``-col:`` (every other column) or ``{col1 col2}:`` before a
  phrase, a group or a ``NEAR``; ``^`` before a phrase: at the start of the column.

Anything else (a stray ``-``, an unknown column, an unclosed quote) is a
``QuerySyntaxError``, where FTS5 reports a syntax error, so that both backends fall back
to searching the plain terms for the same queries.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COLUMNS", "And", "Node", "Not", "Or", "Phrase", "QuerySyntaxError", "parse"]

#: The indexed columns, as a query names them.
COLUMNS = frozenset({"title", "text"})
_KEYWORDS = {"AND", "OR", "NOT"}
_PUNCTUATION = set('()*+:^{},-')


class QuerySyntaxError(ValueError):
    """The query is not valid FTS5 syntax."""


@dataclass(frozen=True)
class Phrase:
    text: str
    prefix: bool = False
    columns: frozenset[str] = COLUMNS
    initial: bool = False


@dataclass(frozen=True)
class And:
    left: Node
    right: Node


@dataclass(frozen=True)
class Or:
    left: Node
    right: Node


@dataclass(frozen=True)
class Not:
    """``left NOT right``: left, unless right."""

    left: Node
    right: Node


Node = Phrase | And | Or | Not


def _bareword_char(c: str) -> bool:
    return ord(c) > 127 or (c.isascii() and (c.isalnum() or c == "_")) or c == "\x1a"


def _tokens(query: str) -> list[tuple[str, str]]:
    """(kind, value) pairs: kind is ``word``, ``string``, ``kw`` or the punctuation."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == '"':
            j, value = i + 1, []
            while True:
                if j >= n:
                    raise QuerySyntaxError("unterminated string")
                if query[j] == '"':
                    if j + 1 < n and query[j + 1] == '"':
                        value.append('"')
                        j += 2
                        continue
                    break
                value.append(query[j])
                j += 1
            out.append(("string", "".join(value)))
            i = j + 1
        elif _bareword_char(c):
            j = i
            while j < n and _bareword_char(query[j]):
                j += 1
            word = query[i:j]
            rest = query[j:].lstrip()
            if word in _KEYWORDS or (word == "NEAR" and rest.startswith("(")):
                out.append(("kw", word))
            else:
                out.append(("word", word))
            i = j
        elif c in _PUNCTUATION:
            out.append((c, c))
            i += 1
        else:
            raise QuerySyntaxError(f"unexpected {c!r}")
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self, offset: int = 0) -> tuple[str, str] | None:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def take(self, kind: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None or (kind is not None and token[0] != kind):
            raise QuerySyntaxError(f"expected {kind or 'more'}")
        self.i += 1
        return token

    def query(self) -> Node:
        node = self.or_expr()
        if self.peek() is not None:
            raise QuerySyntaxError(f"unexpected {self.peek()!r}")
        return node

    def or_expr(self) -> Node:
        node = self.and_expr()
        while self.peek() == ("kw", "OR"):
            self.take()
            node = Or(node, self.and_expr())
        return node

    def _starts_query(self) -> bool:
        token = self.peek()
        return token is not None and (
            token[0] in {"word", "string", "(", "^", "-", "{"} or token == ("kw", "NEAR"))

    def and_expr(self) -> Node:
        node = self.not_expr()
        while True:
            if self.peek() == ("kw", "AND"):
                self.take()
            elif not self._starts_query():
                return node
            node = And(node, self.not_expr())

    def not_expr(self) -> Node:
        node = self.unary(COLUMNS)
        while self.peek() == ("kw", "NOT"):
            self.take()
            node = Not(node, self.unary(COLUMNS))
        return node

    def columns(self, allowed: frozenset[str]) -> frozenset[str]:
        """An optional column filter, narrowed within ``allowed``."""
        token, after = self.peek(), self.peek(1)
        negate = False
        if token is not None and token[0] == "-":
            self.take()
            negate, token, after = True, self.peek(), self.peek(1)
            if token is None or not (token[0] == "{" or (token[0] in {"word", "string"}
                                                         and after == (":", ":"))):
                raise QuerySyntaxError("'-' must come before a column filter")
        names: list[str] = []
        if token is not None and token[0] == "{":
            self.take()
            while self.peek() is not None and self.peek() != ("}", "}"):
                names.append(self.take()[1])
            self.take("}")
            self.take(":")
        elif token is not None and token[0] in {"word", "string"} and after == (":", ":"):
            names.append(self.take()[1])
            self.take(":")
        else:
            return allowed
        chosen = frozenset(name.lower() for name in names)
        unknown = chosen - COLUMNS
        if unknown or not chosen:
            raise QuerySyntaxError(f"no such column: {', '.join(sorted(unknown)) or '{}'}")
        return allowed & ((COLUMNS - chosen) if negate else chosen)

    def unary(self, allowed: frozenset[str]) -> Node:
        cols = self.columns(allowed)
        token = self.peek()
        if token == ("(", "("):
            self.take()
            inner = self.or_expr()
            self.take(")")
            return _within(inner, cols)
        if token == ("kw", "NEAR"):
            return self.near(cols)
        initial = False
        if token == ("^", "^"):
            self.take()
            initial = True
        return self.phrase(cols, initial=initial)

    def near(self, cols: frozenset[str]) -> Node:
        self.take("kw")
        self.take("(")
        phrases: list[Node] = []
        while self.peek() is not None and self.peek()[0] in {"word", "string"}:  # type: ignore[index]
            phrases.append(self.phrase(cols, initial=False))
        if not phrases:
            raise QuerySyntaxError("NEAR needs phrases")
        if self.peek() == (",", ","):
            self.take()
            distance = self.take("word")[1]
            if not distance.isdigit():
                raise QuerySyntaxError("NEAR distance must be a number")
        self.take(")")
        node = phrases[0]
        for other in phrases[1:]:
            node = And(node, other)
        return node

    def phrase(self, cols: frozenset[str], *, initial: bool) -> Phrase:
        parts: list[str] = []
        prefix = False
        while True:
            token = self.take()
            if token[0] not in {"word", "string"}:
                raise QuerySyntaxError(f"expected a phrase, got {token[1]!r}")
            parts.append(token[1])
            prefix = self.peek() == ("*", "*")
            if prefix:
                self.take()
            if self.peek() != ("+", "+"):
                break
            if prefix:
                raise QuerySyntaxError("'*' only at the end of a phrase")
            self.take()
        return Phrase(" ".join(parts), prefix=prefix, columns=cols, initial=initial)


def _within(node: Node, cols: frozenset[str]) -> Node:
    """``node`` with every phrase limited to ``cols`` as well."""
    if isinstance(node, Phrase):
        return Phrase(node.text, node.prefix, node.columns & cols, node.initial)
    return type(node)(_within(node.left, cols), _within(node.right, cols))


def parse(query: str) -> Node:
    """The tree of ``query``; ``QuerySyntaxError`` where FTS5 would report one."""
    tokens = _tokens(query)
    if not tokens:
        raise QuerySyntaxError("empty query")
    return _Parser(tokens).query()
