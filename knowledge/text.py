"""Text normalisation shared by loading, indexing and every query.

Both sides of every comparison go through `normalise`, so a query typed with
odd capitals, curly quotes, zero-width spaces or bidi marks compares equal to
the fact base's own spelling.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.utils import default_process

# Format (Cf: zero-width, bidi), control (Cc), surrogate, private-use and
# unassigned code points carry no meaning in a query and can hide text.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_SPACES = re.compile(r"\s+")


def strip_invisible(text: str) -> str:
    """Drop control, format (zero-width, bidi) and unassigned characters.

    Newlines and tabs become spaces rather than vanishing, so words stay apart.
    """
    out = []
    for ch in text:
        if ch in "\t\n\r\v\f":
            out.append(" ")
        elif unicodedata.category(ch) not in _INVISIBLE_CATEGORIES:
            out.append(ch)
    return "".join(out)


def clean(text: str) -> str:
    """User text made safe to reason about: NFKC, visible, single-spaced."""
    text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub(" ", strip_invisible(text)).strip()


def normalise(text: str) -> str:
    """The matching form: cleaned, lower case, punctuation as spaces."""
    # Combining marks are folded away so "Lloÿd" still finds "Lloyd".
    decomposed = unicodedata.normalize("NFKD", clean(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", default_process(bare)).strip()


def fold_quotes(text: str) -> str:
    """Curly quotes and apostrophes as straight ones, whitespace single."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."})
    return _SPACES.sub(" ", text.translate(table)).strip()
