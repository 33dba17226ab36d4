"""Reading an article from a file or standard input, with clear refusals."""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 5 * 1024 * 1024
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|p)\b", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


class DraftError(Exception):
    """The article cannot be drafted; the message says why, in one line."""


def read_input(path: str, stdin: BinaryIO) -> tuple[str | None, str, bool]:
    """(file name or None for stdin, text, is it a web page) for `path` or "-"."""
    if path == "-":
        data = stdin.read(MAX_BYTES + 1)
        name, where = None, "standard input"
    else:
        file = Path(path)
        where = str(file)
        try:
            if file.is_dir():
                raise DraftError(f"{where} is a folder, not an article")
            if file.stat().st_size > MAX_BYTES:
                raise DraftError(f"{where} is over {MAX_BYTES // 1_048_576} MB: not a news article")
            data = file.read_bytes()
        except OSError as exc:
            raise DraftError(f"cannot read {where}: {exc.strerror or exc}") from None
        name = file.name
    if len(data) > MAX_BYTES:
        raise DraftError(f"{where} is over {MAX_BYTES // 1_048_576} MB: not a news article")
    html = (name or "").lower().endswith(_HTML_SUFFIXES) or bool(_HTML_START.match(data[:2048]))
    text = _decode(data, where, html)
    if not text.strip():
        raise DraftError(f"{where} is empty")
    return name, text, html


def _decode(data: bytes, where: str, html: bool) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:4096]) if html else None
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise DraftError(
            f"{where} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
