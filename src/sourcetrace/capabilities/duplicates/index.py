"""Exact and near-duplicate detection over cleaned article text.

Two notions of "the same article":

- **exact**: ``content_hash`` — the SHA-256 of the cleaned text with Unicode normalised
  (NFC) and every run of whitespace collapsed, so re-wrapped or re-indented copies match.
  This is the single definition; ingest and the store both call it.
- **near**: the estimated Jaccard similarity of the sets of word 5-shingles of the
  normalised text (lowercase, punctuation stripped), from a 128-permutation MinHash, with
  candidates found by MinHash LSH. A republished article with a trimmed sentence or a
  different footer stays well above the default threshold (0.8); a different article on
  the same topic shares few 5-word runs and stays far below it.

Signatures are stored as bytes (``to_bytes``): one format byte, then the 128 hash values
as little-endian unsigned 32-bit integers (datasketch's ``affine32`` scheme produces
values below 2**32, so 64-bit storage would only double the size).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

__all__ = [
    "NUM_PERM",
    "SHINGLE_WORDS",
    "NearDuplicateIndex",
    "content_hash",
    "from_bytes",
    "shingles",
    "signature",
    "to_bytes",
]

#: Permutations per signature: the estimate's standard error is about 1/sqrt(128) ≈ 0.09
#: at J=0.5 and much smaller near J=1, which is where the threshold sits.
NUM_PERM = 128
#: Words per shingle. Five words are specific enough that unrelated reports on the same
#: topic rarely share them, and short enough that a small edit disturbs few shingles.
SHINGLE_WORDS = 5

_SEED = 1
_SCHEME = "affine32"
#: First byte of a stored signature; bump if the encoding or the hashing scheme changes.
_FORMAT = 1
_DTYPE = np.dtype("<u4")
_ENCODED_SIZE = 1 + NUM_PERM * _DTYPE.itemsize

_NON_WORD = re.compile(r"[^\w\s]+|_")
_WHITESPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` with NFC normalisation and whitespace runs collapsed."""
    normal = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def shingles(text: str) -> set[str]:
    """The word 5-shingles of ``text``, lowercased with punctuation replaced by spaces.

    A text shorter than five words yields its words joined as one shingle (or nothing
    when it has no words), so short texts are still comparable with each other.
    """
    words = _NON_WORD.sub(" ", unicodedata.normalize("NFC", text).lower()).split()
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


@lru_cache(maxsize=1)
def _permutations() -> Any:
    # Drawing the permutation parameters costs more than hashing a short article, and they
    # depend only on the seed, so every signature of the process shares one draw.
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def signature(text: str) -> MinHash:
    """The MinHash of ``text``'s shingles (an empty text gives the empty signature)."""
    sig = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    sig.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return sig


def to_bytes(sig: MinHash) -> bytes:
    """Compact bytes of a signature made by ``signature`` (513 bytes)."""
    if len(sig) != NUM_PERM or getattr(sig, "scheme", None) != _SCHEME:
        raise ValueError(f"expected a {NUM_PERM}-permutation {_SCHEME} MinHash")
    return bytes([_FORMAT]) + np.asarray(sig.hashvalues).astype(_DTYPE).tobytes()


def from_bytes(data: bytes) -> MinHash:
    """A frozen signature back from ``to_bytes`` output; ValueError if it is not one."""
    if len(data) != _ENCODED_SIZE or data[0] != _FORMAT:
        raise ValueError(
            f"not a sourcetrace MinHash signature (format {_FORMAT}, {_ENCODED_SIZE} bytes): "
            f"got {len(data)} bytes"
        )
    values = np.frombuffer(data, dtype=_DTYPE, offset=1).astype(np.uint32)
    return LeanMinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)


class _MinhashSource(Protocol):
    def minhashes(self) -> Iterator[tuple[str, bytes]]: ...


class NearDuplicateIndex:
    """Signatures of the articles seen so far, queried for the closest earlier one.

    LSH narrows the candidates; each candidate's Jaccard estimate is then checked against
    the threshold, so a reported match always has an estimated similarity at or above it.
    """

    def __init__(self, threshold: float = 0.8) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {threshold}")
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._next = 0

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._sigs

    def add(self, article_id: str, sig: MinHash) -> None:
        """Index ``sig`` under ``article_id``; re-adding an id replaces its signature."""
        if article_id in self._sigs:
            self._lsh.remove(article_id)
        else:
            self._order[article_id] = self._next
            self._next += 1
        self._sigs[article_id] = sig
        self._lsh.insert(article_id, sig)

    def best_match(self, sig: MinHash, *, exclude: str | None = None) -> tuple[str, float] | None:
        """The indexed article most similar to ``sig`` at or above the threshold.

        Ties go to the earliest added article (the original, not a later copy). ``exclude``
        skips one id, e.g. the article being re-analysed itself.
        """
        best: tuple[str, float] | None = None
        for key in self._lsh.query(sig):
            if key == exclude:
                continue
            similarity = float(self._sigs[key].jaccard(sig))
            if similarity < self.threshold:
                continue
            if (
                best is None
                or similarity > best[1]
                or (similarity == best[1] and self._order[key] < self._order[best[0]])
            ):
                best = (key, similarity)
        return best

    @classmethod
    def from_pairs(
        cls, pairs: Iterable[tuple[str, bytes]], threshold: float = 0.8
    ) -> NearDuplicateIndex:
        """An index of (article id, ``to_bytes`` signature) pairs, in the order given."""
        index = cls(threshold)
        for article_id, data in pairs:
            index.add(article_id, from_bytes(data))
        return index

    @classmethod
    def from_store(cls, store: _MinhashSource, threshold: float = 0.8) -> NearDuplicateIndex:
        """Rebuild the index from a store's signatures (``store.minhashes()``, ingest order)."""
        return cls.from_pairs(store.minhashes(), threshold)
