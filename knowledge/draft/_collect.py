"""First pass: everyone and everything the article names, before anyone speaks.

Names come first so that the second pass can tell an organisation from a
person ("According to Bluewater Ferries" once "a spokesman for Bluewater
Ferries" has shown it is a company) and find "Cllr Lloyd" among the people
already named in full.
"""

from __future__ import annotations

from knowledge.draft._entities import Cast
from knowledge.draft._mentions import Mention
from knowledge.draft._parse import Paragraph
from knowledge.draft._speech import speech_acts

_ORG_LIKE = ("org", "force", "group")


def collect(paragraphs: list[Paragraph], cast: Cast) -> None:
    references: list[tuple[Paragraph, Mention]] = []
    # Organisations first, so a person's "G4S spokesman" finds G4S.
    for kinds in ((*_ORG_LIKE, "place"), ("spokes",), ("person",)):
        for paragraph in paragraphs:
            for sentence in [*paragraph.sentences, *paragraph.quoted]:
                for mention in sentence.mentions:
                    if mention.kind in kinds:
                        basis = paragraph.text[mention.basis[0] : mention.basis[1]]
                        cast.add(mention, basis)
                        if mention.organisation and cast.lookup(mention.organisation) is None:
                            org = Mention("org", mention.first, mention.last, mention.organisation, mention.basis)
                            cast.add(org, basis)
                    elif mention.kind == "reference" and kinds == ("person",):
                        references.append((paragraph, mention))
    for paragraph, mention in references:
        _reference(cast, paragraph, mention)
    # Speakers named by name alone: "John Smith said", "according to Bluewater Ferries".
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            for act in speech_acts(sentence, paragraph.text):
                subject = act.subject
                if subject.kind != "name" or cast.lookup(subject.text) is not None:
                    continue
                words = subject.text.split()
                as_person = len(words) >= 2 and not any(w.isupper() for w in words)
                if len(words) == 1:
                    person, review = cast.reference(subject.text, subject.text)
                    if person is not None:
                        if review and review not in person.reviews:
                            person.reviews.append(review)
                        continue
                    if cast.has_surname(subject.text):
                        continue  # two people share it: the editor says which one spoke
                ent = cast.add_named(subject.text, subject.text, as_person)
                if len(words) == 1:
                    ent.reviews.append(f"named only as “{subject.text}”: a person or an organisation?")


def _reference(cast: Cast, paragraph: Paragraph, mention: Mention) -> None:
    form = mention.form or mention.name
    ent, review = cast.reference(form, mention.surname or mention.name)
    if ent is None:
        ent = cast.add(mention, paragraph.text[mention.basis[0] : mention.basis[1]])
        ent.reviews.append(f"only called “{form}” in the article: add the full name if known")
        return
    cast.alias(ent, mention.name)
    if review and review not in ent.reviews:
        ent.reviews.append(review)
