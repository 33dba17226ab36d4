"""The cast: merging, aliases, and reuse of entities already in the fact base."""

from __future__ import annotations

from pathlib import Path

from knowledge import default_folder
from knowledge.loader import read_records
from tests.knowledge.draft.helpers import draft_of, load, not_verbatim

NEW_STORY = """
    Security firm G4S has won a contract to run custody suites in Hertfordshire.

    Cllr Lloyd said: "This is good value for taxpayers."

    Prison officers union spokesman Mike Dunn said the deal was "a mistake".

    A G4S spokeswoman said the firm was delighted.
    """


def test_entities_already_in_the_fact_base_are_reused_by_id(tmp_path: Path) -> None:
    known = read_records(default_folder(), label="knowledge/data")
    draft = draft_of(NEW_STORY, known)
    reused = {r.id for r in draft.reused}
    assert {"g4s", "david-lloyd", "hertfordshire-police"} <= reused
    assert "G4S" not in {e.name for e in draft.entities}
    quote = next(q for q in draft.quotes if q.text == "This is good value for taxpayers.")
    assert quote.speaker == "david-lloyd"
    dunn = next(e for e in draft.entities if e.name == "Mike Dunn")
    spokeswoman = next(e for e in draft.entities if e.kind == "spokesperson")
    assert spokeswoman.organisation == "g4s"
    assert dunn.id not in {e.id for e in known.entities}
    # The draft loads beside the files it refers to.
    records = load(
        draft, tmp_path / "kb", *(Path(str(f)) for f in default_folder().iterdir() if f.name.endswith(".yaml"))
    )
    assert {q.id for q in draft.quotes} <= {q.id for q in records.quotes}


def test_reuse_never_adds_an_alias_another_entity_owns() -> None:
    known = read_records(default_folder(), label="knowledge/data")
    draft = draft_of(
        """
        Shop steward Alan Lloyd said: "We were not consulted."
        """,
        known,
    )
    lloyd = next(e for e in draft.entities if e.name == "Alan Lloyd")
    assert "Lloyd" not in lloyd.aliases  # David Lloyd's alias in the fact base
    assert draft.quotes[0].speaker == lloyd.id


def test_a_role_the_fact_base_does_not_know_is_noted_for_review() -> None:
    known = read_records(default_folder(), label="knowledge/data")
    draft = draft_of("Former G4S spokesman John Shaw said the firm had changed.", known)
    (shaw,) = [r for r in draft.reused if r.id == "john-shaw"]
    assert any("Former G4S spokesman" in n for n in shaw.notes)


def test_without_a_fact_base_everything_is_drafted_and_verbatim() -> None:
    draft = draft_of(NEW_STORY)
    assert draft.reused == ()
    assert {"G4S", "Mike Dunn"} <= {e.name for e in draft.entities}
    assert not not_verbatim(draft, NEW_STORY)


def test_an_unnamed_speaker_is_never_reused_and_never_clashes(tmp_path: Path) -> None:
    known = read_records(default_folder(), label="knowledge/data")
    draft = draft_of(
        """
        A union spokesman said the road would reopen on Friday.

        Cllr Lloyd said: "We agree."
        """,
        known,
    )
    spokesman = next(e for e in draft.entities if e.kind == "spokesperson")
    assert spokesman.name == "A union spokesman"  # "union spokesman" is another's alias in the fact base
    assert any("named apart from Unison spokesman" in r for r in spokesman.reviews)
    (lloyd,) = [r for r in draft.reused if r.id == "david-lloyd"]
    assert "“Cllr Lloyd” taken to be David Lloyd, already in the fact base" in lloyd.notes
    shipped = [Path(str(f)) for f in default_folder().iterdir() if f.name.endswith(".yaml")]
    load(draft, tmp_path / "kb", *shipped)
