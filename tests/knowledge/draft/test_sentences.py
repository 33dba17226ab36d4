"""Sentence boundaries that keep quotations whole."""

from __future__ import annotations

from knowledge.draft._quotations import find_quotations
from knowledge.draft._sentences import sentence_spans


def sentences(text: str) -> list[str]:
    opaque = [q.span for q in find_quotations(text, "double")]
    return [text[s:e] for s, e in sentence_spans(text, opaque=opaque)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    assert sentences("Cllr. Jones met Dr. A. Smith. They talked.") == ["Cllr. Jones met Dr. A. Smith.", "They talked."]


def test_a_quoted_passage_stays_in_its_sentence() -> None:
    text = 'He said: "One. Two." Then he left. She agreed.'
    assert sentences(text) == ['He said: "One. Two."', "Then he left.", "She agreed."]


def test_an_ellipsis_before_lower_case_does_not_end_a_sentence() -> None:
    assert sentences("We looked at options... we will not outsource. Done.") == [
        "We looked at options... we will not outsource.",
        "Done.",
    ]
