"""Reading an article: files, standard input, and clear refusals."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from knowledge.draft import DraftError, read_article
from knowledge.draft._reading import MAX_BYTES


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline here\n\nA council said it would act.\n", encoding="utf-8")
    article = read_article(str(path))
    assert (article.name, article.headline, article.paragraphs) == (
        "story.txt",
        "Headline here",
        ("A council said it would act.",),
    )


def test_standard_input() -> None:
    article = read_article("-", io.BytesIO(b"The bridge is shut.\n"))
    assert article.name is None
    assert article.paragraphs == ("The bridge is shut.",)


def test_standard_input_holding_a_web_page_is_read_as_one() -> None:
    page = b"<!DOCTYPE html><html><body><article><p>The bridge is shut.</p></article></body></html>"
    article = read_article("-", io.BytesIO(page))
    assert article.from_html and article.paragraphs == ("The bridge is shut.",)


def test_a_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe bridge is shut.".encode())
    assert read_article(str(path)).paragraphs == ("The bridge is shut.",)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.write_bytes(b"  \n\n \t\n"), "is empty"),
        (lambda p: p.write_bytes(b"caf\xe9 society"), "is not UTF-8 text (byte 0xe9 at offset 3)"),
        (lambda p: p.write_bytes(b"Headline only"), "has no story paragraphs"),
        (lambda p: p.mkdir(), "is a folder, not an article"),
        (lambda p: p.write_bytes(b"x" * (MAX_BYTES + 1)), "is over 5 MB"),
    ],
)
def test_unreadable_input_is_refused_in_one_line(tmp_path: Path, setup, message: str) -> None:
    path = tmp_path / "story.txt"
    setup(path)
    with pytest.raises(DraftError, match=re.escape(message)):
        read_article(str(path))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match=r"cannot read .*missing\.txt: No such file"):
        read_article(str(tmp_path / "missing.txt"))


def test_empty_standard_input() -> None:
    with pytest.raises(DraftError, match="standard input is empty"):
        read_article("-", io.BytesIO(b""))


def test_a_page_in_a_declared_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        '<meta charset="windows-1252"><article><p>Café owner Ann Roe said: “Yes.”</p></article>'.encode("cp1252")
    )
    assert read_article(str(path)).paragraphs == ("Café owner Ann Roe said: “Yes.”",)
