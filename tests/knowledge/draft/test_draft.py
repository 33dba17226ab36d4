"""The whole drafter: on the seeds, on made-up articles, and on text it was never shown."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import default_folder
from knowledge.draft import make_draft, read_article
from knowledge.draft._article import article_from_text
from knowledge.loader import read_records
from knowledge.model import Records
from tests.conftest import SEEDS
from tests.knowledge.draft.helpers import ARTICLES, load, not_verbatim

MADE_UP = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", MADE_UP, ids=lambda p: p.name)
def test_made_up_articles_draft_verbatim_and_load(path: Path, tmp_path: Path) -> None:
    article = read_article(str(path))
    draft = make_draft(article)
    assert not not_verbatim(draft, article.text)
    records = load(draft, tmp_path / "kb")
    assert len(records.quotes) == len(draft.quotes) > 0


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"source articles not found at {SEEDS}")
@pytest.mark.parametrize("name", ["000_f04f8596c2049f9e.txt", "002_2d5b4f871025f139.txt"])
def test_seed_articles_draft_verbatim_and_load(name: str, tmp_path: Path) -> None:
    article = read_article(str(SEEDS / name))
    draft = make_draft(article)
    assert not not_verbatim(draft, article.text)
    load(draft, tmp_path / "kb")


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"source articles not found at {SEEDS}")
def test_publisher_only_with_its_basis_and_furniture_left_out() -> None:
    draft = make_draft(read_article(str(SEEDS / "002_2d5b4f871025f139.txt")))
    assert draft.source.publisher == "BBC"
    assert draft.source.publisher_basis == "The BBC is not responsible for the content of external sites."
    assert draft.source.date is None
    texts = " ".join([*(q.text for q in draft.quotes), *(e.basis for e in draft.entities)])
    assert "image caption" not in texts and "private firm" not in texts
    untitled = make_draft(read_article(str(SEEDS / "000_f04f8596c2049f9e.txt"))).source
    assert (untitled.title, untitled.publisher, untitled.date) == (None, None, None)


_NAMES = st.sampled_from(["Jane Doe", "Cllr Ward", "A spokesman for Acme", "He", "The council", "Acme", "They"])
_ROLES = st.sampled_from(["", "Union leader ", "Acme spokeswoman ", "Council leader "])
_WORDS = st.text(st.sampled_from(list("abcde fgh,.;:!?'’\"“”‘-")), min_size=0, max_size=40)
_SENTENCES = st.one_of(
    st.builds(lambda r, n, w: f'{r}{n} said: "{w}"', _ROLES, _NAMES, _WORDS),
    st.builds(lambda w, n: f'"{w}," said {n}.', _WORDS, _NAMES),
    st.builds(lambda n, w: f"{n} confirmed last night {w}.", _NAMES, _WORDS),
    st.builds(lambda w: f'"{w}', _WORDS),
    st.builds(lambda w: f"According to Acme, {w}", _WORDS),
    _WORDS,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(st.lists(_SENTENCES, min_size=1, max_size=3), min_size=1, max_size=6))
def test_any_article_drafts_verbatim_and_loads(
    paragraphs: list[list[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    text = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    try:
        article = article_from_text("made-up.txt", text)
    except Exception as exc:  # only a clear refusal is allowed
        assert type(exc).__name__ == "DraftError"
        return
    draft = make_draft(article)
    assert not not_verbatim(draft, text)
    load(draft, tmp_path_factory.mktemp("kb"))


_KNOWN_NAMES = st.sampled_from(
    ["David Lloyd", "Cllr Lloyd", "Lloyd", "G4S", "Unison", "He", "John Shaw", "A police spokesman", "Herts"]
)
_KNOWN_SENTENCES = st.one_of(
    st.builds(lambda r, n, w: f'{r}{n} said: "{w}"', _ROLES, _KNOWN_NAMES, _WORDS),
    st.builds(lambda w, n: f'"{w}," said {n}.', _WORDS, _KNOWN_NAMES),
    st.builds(lambda n: f"Services in {n} and Cambridgeshire were hit.", _KNOWN_NAMES),
    _WORDS,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(st.lists(_KNOWN_SENTENCES, min_size=1, max_size=3), min_size=1, max_size=5))
def test_any_article_drafted_against_the_fact_base_loads_beside_it(
    paragraphs: list[list[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    text = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    try:
        article = article_from_text("made-up.txt", text)
    except Exception as exc:
        assert type(exc).__name__ == "DraftError"
        return
    draft = make_draft(article, _shipped_records())
    assert not not_verbatim(draft, text)
    shipped = [Path(str(f)) for f in default_folder().iterdir() if f.name.endswith(".yaml")]
    load(draft, tmp_path_factory.mktemp("kb"), *shipped)


@functools.cache
def _shipped_records() -> Records:
    return read_records(default_folder(), label="knowledge/data")


def test_a_quotation_credited_to_two_speakers_is_two_quotations(tmp_path: Path) -> None:
    # Found by the fuzz test: pieces of one quotation that attribution gave to
    # different speakers must not `continue` each other (the loader refuses that).
    text = 'Jane Doe said: "" \n\nAccording to Acme, " Jane Doe confirmed last night .\n\n":," said Jane Doe.\n'
    draft = make_draft(article_from_text("made-up.txt", text))
    speakers = {q.id: q.speaker for q in draft.quotes}
    assert all(speakers[q.continues] == q.speaker for q in draft.quotes if q.continues)
    load(draft, tmp_path / "kb")
