"""Readers for NER benchmark files: CoNLL/IOB (2002, 2003), GermEval-2014 TSV, HIPE-2020 TSV.

Each reader yields ``GoldDocument``s: tokens with their character offsets in a text we
rebuild (so the text reads like news again: no space before a comma, one sentence per line)
and gold entities as token ranges. Only PER, ORG and LOC are kept; MISC/OTH, GermEval's
``deriv``/``part`` subtypes and HIPE's prod/time are not scored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sourcetrace.errors import FormatError

__all__ = ["GoldDocument", "detect_format", "read_documents"]

SCORED = ("PER", "ORG", "LOC")
_HIPE_TYPES = {"pers": "PER", "org": "ORG", "loc": "LOC"}
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;!?%)\]}]|'s|'S|n't|'|'re|'ve|'ll|'d|'m)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$"}
#: A wire dateline sentence ("LONDON 1996-08-30"): the article began one sentence earlier,
#: with its headline. Used when a CoNLL copy lost its -DOCSTART- lines.
_DATELINE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_EFE_DATELINE = re.compile(r"\(\s*EFE")


@dataclass(slots=True)
class GoldDocument:
    doc_id: str
    language: str
    sentences: list[list[tuple[str, str]]] = field(default_factory=list)  # (token, type tag)
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)
    entities: set[tuple[int, int, str]] = field(default_factory=set)  # token range + type

    def build(self, no_space_after: set[int] | None = None) -> None:
        """Rebuild text and offsets from the tokens; ``no_space_after``: token indexes (HIPE)."""
        parts: list[str] = []
        pos = 0
        index = 0
        tags: list[str] = []
        for sentence in self.sentences:
            for n, (token, tag) in enumerate(sentence):
                if n:
                    glue = (no_space_after is not None and index - 1 in no_space_after) or (
                        no_space_after is None
                        and (_NO_SPACE_BEFORE.match(token) or sentence[n - 1][0] in _NO_SPACE_AFTER)
                    )
                    if not glue:
                        parts.append(" ")
                        pos += 1
                self.offsets.append((pos, pos + len(token)))
                parts.append(token)
                pos += len(token)
                tags.append(tag)
                index += 1
            parts.append("\n")
            pos += 1
        self.text = "".join(parts)
        self.entities = _spans(tags)


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entities from IOB1 or IOB2 tags ("B-PER", "I-PER", "O")."""
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and typ != kind)
        if kind and (tag == "O" or begins):
            if kind in SCORED:
                out.add((start, i, kind))
            kind = ""
        if begins:
            start, kind = i, typ
    return out


def detect_format(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        head = [handle.readline() for _ in range(5)]
    if head[0].startswith("TOKEN\tNE-COARSE-LIT"):
        return "hipe"
    if head[0].startswith("#\t") or re.match(r"\d+\t", head[1] if len(head) > 1 else ""):
        return "germeval"
    return "conll"


def read_documents(path: Path, fmt: str, language: str | None = None) -> Iterator[GoldDocument]:
    if not path.is_file():
        raise FormatError(f"{path}: no such file")
    if fmt == "conll":
        yield from _read_conll(path, language or _guess_language(path))
    elif fmt == "germeval":
        yield from _read_germeval(path)
    elif fmt == "hipe":
        yield from _read_hipe(path)
    else:
        raise FormatError(f"{path}: unknown NER format {fmt!r} (conll, germeval, hipe)")


def _guess_language(path: Path) -> str:
    name = path.name.lower()
    if name.startswith(("esp", "es")) or "_es" in str(path):
        return "es"
    if name.startswith(("ned", "nl")):
        return "nl"
    return "en"


def _conll_sentences(path: Path) -> Iterator[list[tuple[str, str]] | None]:
    """Sentences of (token, tag); ``None`` marks a -DOCSTART- boundary."""
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            cols = line.split()
            if not cols:
                if sentence:
                    yield sentence
                sentence = []
                continue
            if cols[0] == "-DOCSTART-":
                if sentence:
                    yield sentence
                sentence = []
                yield None
                continue
            if len(cols) < 2:
                raise FormatError(f"{path}:{number}: expected 'token ... tag', got {line!r}")
            tag = cols[-1]
            sentence.append((cols[0], tag if tag == "O" else tag[:2] + tag[2:].upper()))
    if sentence:
        yield sentence


def _read_conll(path: Path, language: str) -> Iterator[GoldDocument]:
    items = list(_conll_sentences(path))
    has_docstart = any(item is None for item in items)
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sentences = [s for s in items if s is not None] if not has_docstart else []
    if has_docstart:
        for item in items:
            if item is None:
                docs.append([])
            else:
                docs[-1].append(item)
    else:
        for i, sentence in enumerate(sentences):
            docs[-1].append(sentence)
            nxt = sentences[i + 1] if i + 1 < len(sentences) else None
            if nxt is not None and _starts_article(nxt, language):
                if language == "es":
                    docs.append([])  # EFE articles open with their dateline
                elif len(docs[-1]) > 1:
                    # a Reuters article opens with its headline, just read, then the dateline
                    docs[-1].pop()
                    docs.append([sentence])
    for n, sentences_of_doc in enumerate(d for d in docs if d):
        doc = GoldDocument(
            doc_id=f"{path.name}#{n + 1}", language=language, sentences=sentences_of_doc
        )
        doc.build()
        yield doc


def _starts_article(sentence: list[tuple[str, str]], language: str) -> bool:
    tokens = [t for t, _ in sentence]
    if language == "es":
        # EFE copy: "Sao Paulo ( Brasil ) , 23 may ( EFECOM ) ." opens each article
        return any(
            t == "(" and n + 1 < len(tokens) and tokens[n + 1].startswith("EFE")
            for n, t in enumerate(tokens[:20])
        )
    return len(tokens) <= 12 and bool(_DATELINE.match(tokens[-1]))


def _read_germeval(path: Path) -> Iterator[GoldDocument]:
    doc: GoldDocument | None = None
    sentence: list[tuple[str, str]] = []
    url = ""
    n = 0

    def close() -> GoldDocument | None:
        if doc is not None and doc.sentences:
            doc.build()
            return doc
        return None

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#\t"):
                new_url = line.split("\t")[1]
                if new_url != url:
                    done = close()
                    if done:
                        yield done
                    n += 1
                    url = new_url
                    doc = GoldDocument(doc_id=url, language="de")
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                if sentence and doc is not None:
                    doc.sentences.append(sentence)
                sentence = []
                continue
            tag = cols[2]
            if tag != "O" and (tag.endswith("deriv") or tag.endswith("part") or tag[2:] == "OTH"):
                tag = "O"
            sentence.append((cols[1], tag))
    if sentence and doc is not None:
        doc.sentences.append(sentence)
    done = close()
    if done:
        yield done


def _read_hipe(path: Path) -> Iterator[GoldDocument]:
    language = "en"
    doc: GoldDocument | None = None
    tokens: list[tuple[str, str]] = []
    glue: set[int] = set()

    def close() -> GoldDocument | None:
        if doc is None or not tokens:
            return None
        doc.sentences = [tokens]
        doc.build(no_space_after=glue)
        return doc

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("TOKEN\t") or not line.strip():
                continue
            if line.startswith("#"):
                if "language =" in line:
                    language = line.split("=", 1)[1].strip()
                if "document_id =" in line:
                    done = close()
                    if done:
                        yield done
                    doc = GoldDocument(doc_id=line.split("=", 1)[1].strip(), language=language)
                    tokens, glue = [], set()
                continue
            cols = line.rstrip("\n").split("\t")
            prefix, _, typ = cols[1].partition("-")
            tag = f"{prefix}-{_HIPE_TYPES[typ]}" if typ in _HIPE_TYPES else "O"
            if "NoSpaceAfter" in cols[-1]:
                glue.add(len(tokens))
            tokens.append((cols[0], tag))
    done = close()
    if done:
        yield done
