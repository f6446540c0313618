"""The exceptions sourcetrace raises, in one hierarchy.

    SourcetraceError                 every error of ours; carries a stable ``code``
    ├── InputError                   one input (file, line, record) cannot be used
    │   ├── DecodeError              bytes that are not text in any encoding we detect
    │   ├── FormatError              malformed JSON/CSV/feed/WARC, or a required field missing
    │   ├── EmptyInputError          nothing left to analyse (empty file, no main text)
    │   └── TooLargeError            text over the configured size limit
    ├── ModelMissingError            a language model package is not installed
    ├── PipelineError                stages declared in an impossible order
    ├── StoreError                   the database cannot be opened or written
    ├── ConfigError                  a setting has an invalid value
    └── DecisionError                an entity merge/split/rename that cannot apply
        └── UnknownEntityError       it names an entity the case does not have

An ``InputError`` rejects one input and the batch goes on; the rejection is stored
with its ``code`` and message so the user can list it (``sourcetrace rejects``).
Third-party exceptions are wrapped at the boundary with ``raise ... from exc``.
"""

from __future__ import annotations

__all__ = [
    "MAX_MESSAGE_CHARS",
    "ConfigError",
    "DecisionError",
    "DecodeError",
    "EmptyInputError",
    "FormatError",
    "InputError",
    "ModelMissingError",
    "PipelineError",
    "SourcetraceError",
    "StaleDecisionError",
    "StoreError",
    "TooLargeError",
    "UnknownEntityError",
    "one_line",
]


class SourcetraceError(Exception):
    """Base class. ``code`` is stable across versions and safe to match on."""

    code = "E000"


#: The longest message an ``InputError`` keeps (library messages can quote whole inputs).
MAX_MESSAGE_CHARS = 500


def one_line(text: str, limit: int | None = MAX_MESSAGE_CHARS) -> str:
    """``text`` on one line: line breaks and other control characters (which a hostile
    input, or a library quoting it, can put in a message or a file name) are written
    escaped (``\\n``), and a text over ``limit`` characters is cut with an ellipsis."""
    flat = "".join(ch.encode("unicode_escape").decode("ascii")
                   if ch < " " or "\x7f" <= ch <= "\x9f" or ch in "\u2028\u2029" else ch
                   for ch in text).strip()
    return flat if limit is None or len(flat) <= limit else flat[: limit - 1] + "…"


class InputError(SourcetraceError):
    """One input cannot be used. ``where`` names the file and, if any, the line or record.

    The message is kept on one line (``one_line``): a rejection is one line naming the
    input and the reason, whatever the input or a library put in it.
    """

    code = "E100"

    def __init__(self, message: str, *, where: str = "") -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.where = one_line(where, limit=None)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class DecodeError(InputError):
    code = "E101"


class FormatError(InputError):
    code = "E102"


class EmptyInputError(InputError):
    code = "E103"


class TooLargeError(InputError):
    code = "E104"


class ModelMissingError(SourcetraceError):
    """A language model is not installed; the message names the package to install."""

    code = "E200"


class PipelineError(SourcetraceError):
    code = "E300"


class StoreError(SourcetraceError):
    code = "E400"


class ConfigError(SourcetraceError):
    code = "E500"


class DecisionError(SourcetraceError):
    """A user's entity decision (merge, split, rename) cannot be applied; nothing was stored."""

    code = "E600"


class UnknownEntityError(DecisionError):
    """A decision names an entity id the case does not have."""

    code = "E601"


class StaleDecisionError(DecisionError):
    """A decision was tried against stored decisions that changed before it was stored;
    nothing was stored (``decide`` tries it again)."""

    code = "E602"
