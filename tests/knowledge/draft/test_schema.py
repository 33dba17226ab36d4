"""The fact-file schema as written by the drafter: loads, and the stubs complete into valid records."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.draft import render
from knowledge.loader import read_records
from tests.knowledge.draft.helpers import draft_of, load

STORY = """
    Town to lose its bus depot

    Redline Buses confirmed last night it would close the depot in Eastley by 2025.

    Depot manager Gail Hart said: "Staff were told on Monday."

    A spokesman for the Unite union said the decision was "shameful".
    """


def test_draft_loads_with_the_fact_base_loader(tmp_path: Path) -> None:
    draft = draft_of(STORY)
    records = load(draft, tmp_path / "kb")
    assert records.sources[0].title == "Town to lose its bus depot"
    assert {e.name for e in records.entities} >= {"Gail Hart", "Unite", "Spokesman for the Unite union"}
    assert {(q.kind, q.speaker) for q in records.quotes} >= {("direct", "gail-hart")}
    assert not records.deals and not records.facts and not records.events  # stubs are commented out


def test_every_guess_is_marked_for_review() -> None:
    text = render(draft_of(STORY))
    spokesman = text[text.index("- id: spokesman") - 200 : text.index("- id: spokesman")]
    assert "# review: organisation taken from" in spokesman
    assert "# review: name this deal" in text
    assert "summary:" in text and not re.search(r"^\s*summary: \S", text, re.M)


def test_completed_stubs_load(tmp_path: Path) -> None:
    """Uncommented, with the editor's words filled in, the stubs are valid records."""
    text = render(draft_of(STORY))
    body, _, stubs = text.partition("# Stubs from here on")
    uncommented = "\n".join(line[2:] if line.startswith("# ") else line.lstrip("#") for line in stubs.splitlines()[1:])
    # (what an editor's "uncomment" does to the block)
    filled = re.sub(
        r"^(\s+(?:- )?(name|status|summary|text|topic)):\s*$", r"\1: Written by the editor.", uncommented, flags=re.M
    )
    filled = filled.replace("topic: Written by the editor.", "topic: status")
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "draft.yaml").write_text(body + filled, encoding="utf-8")
    records = read_records(folder)
    assert len(records.deals) == 1
    assert [e.when for e in records.events] == ["last night", "by 2025", "Monday"]
    assert all(f.basis for f in records.facts)


def test_stdin_draft_says_where_the_seed_should_be() -> None:
    from knowledge.draft import make_draft
    from knowledge.draft._article import article_from_text

    text = render(make_draft(article_from_text(None, "The depot will close, the firm said.\n")))
    assert "read from standard input: add `seed:`" in text
    assert "seed:" not in text.split("entities:")[0].replace("add `seed:`", "")
