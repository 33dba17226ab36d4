"""`sources`: titles and publishers only where the text gives them."""

from __future__ import annotations

from commands import run_command
from knowledge import FactBase


def test_lists_both_articles(fb: FactBase) -> None:
    answer = run_command(fb, "sources", "")
    fields = {f.name: f.value for f in answer.fields}
    assert len(fields) == 2
    em = fields["Three East Midlands police forces reject G4S control room deal"]
    assert "Publisher: BBC" in em
    herts = fields["Hertfordshire G4S back-office deal abandoned (untitled article)"]
    assert "Title: not given in the text" in herts and "Publisher: not given in the text" in herts
    assert "Holds 6 quotes" in herts
