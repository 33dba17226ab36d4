"""Text normalisation shared by loading, indexing and every query.

Both sides of every comparison go through `normalise`, so a query typed with
odd capitals, curly quotes, zero-width spaces or bidi marks compares equal to
the fact base's own spelling.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.utils import default_process

# Format (Cf: zero-width, bidi), control (Cc), surrogate, private-use and
# unassigned code points carry no meaning in a query and can hide text.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_SPACES = re.compile(r"\s+")


# Text outside printable ASCII is rare and checked one distinct character at a
# time (cached); plain ASCII passes through C-speed regex scans untouched.
_NON_ASCII = re.compile(r"[^\x20-\x7e]")
_WHITESPACE = frozenset("\t\n\r\v\f")


@lru_cache(maxsize=4096)
def _visible(ch: str) -> str:
    if ch in _WHITESPACE:
        return " "
    return "" if unicodedata.category(ch) in _INVISIBLE_CATEGORIES else ch


@lru_cache(maxsize=4096)
def _bare(ch: str) -> str:
    """A character without its combining marks, as NFKD would leave it."""
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def strip_invisible(text: str) -> str:
    """Drop control, format (zero-width, bidi) and unassigned characters.

    Newlines and tabs become spaces rather than vanishing, so words stay apart.
    """
    return _NON_ASCII.sub(lambda m: _visible(m.group()), text)


def clean(text: str) -> str:
    """User text made safe to reason about: NFKC, visible, single-spaced."""
    if not text.isascii():
        text = strip_invisible(unicodedata.normalize("NFKC", text))
    elif not text.isprintable():
        text = strip_invisible(text)
    return " ".join(text.split())


def normalise(text: str) -> str:
    """The matching form: cleaned, lower case, punctuation as spaces."""
    text = clean(text)
    if not text.isascii():
        # Combining marks are folded away so "Lloÿd" still finds "Lloyd".
        text = _NON_ASCII.sub(lambda m: _bare(m.group()), unicodedata.normalize("NFKD", text))
    return " ".join(default_process(text).split())


@lru_cache(maxsize=256)
def printable_ascii(text: str) -> bool:
    """`text.isascii() and text.isprintable()`. Cached: building asks it of
    a record's text several times in a row."""
    return text.isascii() and text.isprintable()


@lru_cache(maxsize=256)
def normal_words(text: str) -> tuple[str, ...]:
    """`normalise(text).split()`. Cached: building reads a record's text
    several ways in a row. In printable ASCII text, normalising is rapidfuzz's
    default_process (lower case, what is not a letter or digit as a space)
    and collapsing spaces, which splitting does anyway."""
    if printable_ascii(text):
        return tuple(default_process(text).split())
    return tuple(normalise(text).split())


def fold_quotes(text: str) -> str:
    """Curly quotes and apostrophes as straight ones, whitespace single."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."})
    return _SPACES.sub(" ", text.translate(table)).strip()
