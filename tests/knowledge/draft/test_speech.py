"""Attribution, one pattern a test, on small made-up articles."""

from __future__ import annotations

from tests.knowledge.draft.helpers import draft_of, quotes_by_text


def test_name_said_colon_quote() -> None:
    draft = draft_of(
        """
        Acme union regional officer Jane Doe said: "We will fight these cuts."
        """
    )
    assert quotes_by_text(draft) == {"We will fight these cuts.": ("Jane Doe", "direct")}


def test_quote_comma_said_name() -> None:
    draft = draft_of(
        """
        "The bridge will reopen in spring," said county engineer Tom Hale.
        """
    )
    assert quotes_by_text(draft) == {"The bridge will reopen in spring": ("Tom Hale", "direct")}


def test_quote_comma_name_said() -> None:
    draft = draft_of(
        """
        Harbour master Ann Lee spoke to the board.

        "We cannot wait another year," Ms Lee said.
        """
    )
    assert quotes_by_text(draft) == {"We cannot wait another year": ("Ann Lee", "direct")}


def test_he_added_is_the_last_named_speaker() -> None:
    draft = draft_of(
        """
        Transport boss Raj Patel said the line would close for a month.

        "It is the only safe option," he added.
        """
    )
    quotes = quotes_by_text(draft)
    assert quotes["It is the only safe option"] == ("Raj Patel", "direct")
    pronoun = next(q for q in draft.quotes if q.text == "It is the only safe option")
    assert any("“he” taken to be Raj Patel" in r for r in pronoun.reviews)


def test_he_said_colon_is_the_last_named_person() -> None:
    draft = draft_of(
        """
        Following the vote, Cllr Amy Ward said she would resign.

        She said: "I have no regrets."
        """
    )
    assert quotes_by_text(draft)["I have no regrets."] == ("Cllr Amy Ward", "direct")


def test_quotation_over_three_paragraphs_is_one_quotation() -> None:
    draft = draft_of(
        """
        Club chairman Peter Gray said: "This has been a hard season.

        "The players have given everything, and the fans have stood by us.

        "Next year we go again."

        The club was relegated on Saturday.
        """
    )
    pieces = [q for q in draft.quotes if q.kind == "direct"]
    assert [q.text for q in pieces] == [
        "This has been a hard season.",
        "The players have given everything, and the fans have stood by us.",
        "Next year we go again.",
    ]
    assert {q.speaker for q in pieces} == {"peter-gray"}
    assert [q.continues for q in pieces] == [None, pieces[0].id, pieces[1].id]


def test_unclosed_quotation_ends_with_its_paragraph_and_is_noted() -> None:
    draft = draft_of(
        """
        Mayor Sue Hill said: "We will look again at the plan.

        The council meets next week.
        """
    )
    (quote,) = draft.quotes
    assert quote.text == "We will look again at the plan."
    assert any("does not close this quotation" in r for r in quote.reviews)


def test_a_quotation_closed_and_opened_again_is_another_by_the_same_speaker() -> None:
    draft = draft_of(
        """
        "We tried," says Mrs Joan Bell, the school's head teacher. "We really did."
        """
    )
    first, second = draft.quotes
    assert (first.text, second.text) == ("We tried", "We really did.")
    assert first.speaker == second.speaker == "joan-bell"
    assert second.continues is None


def test_said_that_is_reported_in_the_articles_words() -> None:
    draft = draft_of(
        """
        Fire chief Dan Moss said that the station would stay open until 2026.
        """
    )
    (quote,) = draft.quotes
    assert (quote.kind, quote.said, quote.text) == ("reported", "said that", "the station would stay open until 2026")
    assert quote.about == ("until 2026",)


def test_confirmed_is_reported_with_when_it_was_said() -> None:
    draft = draft_of(
        """
        Jo Park, the hospital's chief executive, confirmed yesterday the ward had been closed.
        """
    )
    (quote,) = draft.quotes
    assert (quote.kind, quote.said, quote.said_when) == ("reported", "confirmed yesterday", "yesterday")
    assert quote.text == "the ward had been closed"
    assert quotes_by_text(draft)[quote.text] == ("Jo Park", "reported")


def test_reported_speech_keeps_a_quoted_phrase_inside_it() -> None:
    draft = draft_of(
        """
        Union rep Kim Ash said the offer was "an insult to every nurse".
        """
    )
    assert quotes_by_text(draft) == {'the offer was "an insult to every nurse"': ("Kim Ash", "reported")}


def test_name_said_quote_without_colon_is_direct() -> None:
    draft = draft_of(
        """
        Shop owner Lee Grant said "trade has halved since the roadworks began".
        """
    )
    assert quotes_by_text(draft) == {"trade has halved since the roadworks began": ("Lee Grant", "direct")}


def test_unnamed_spokesman_is_a_speaker() -> None:
    draft = draft_of(
        """
        A spokeswoman for Northgate Water said: "Supplies are safe to drink."
        """
    )
    spokes = next(e for e in draft.entities if e.kind == "spokesperson")
    assert spokes.name == "Spokeswoman for Northgate Water"
    assert spokes.basis == "A spokeswoman for Northgate Water"
    assert draft.quotes[0].speaker == spokes.id


def test_joint_statement_is_the_group_speaking() -> None:
    draft = draft_of(
        """
        A joint statement from the two schools' governors said: "We are united."
        """
    )
    (quote,) = draft.quotes
    group = next(e for e in draft.entities if e.id == quote.speaker)
    assert (group.name, group.kind) == ("The two schools' governors", "group")


def test_according_to_is_reported() -> None:
    draft = draft_of(
        """
        A spokesman for Redline Buses said the routes were under review.

        According to Redline Buses, the number 9 will run until March.
        """
    )
    quote = next(q for q in draft.quotes if q.text.startswith("the number 9"))
    assert (quote.kind, quote.said) == ("reported", None)
    assert next(e for e in draft.entities if e.id == quote.speaker).name == "Redline Buses"


def test_trailing_attribution_is_reported() -> None:
    draft = draft_of(
        """
        Pool manager Chris Dale spoke to reporters.

        The pool will close for repairs, Mr Dale said.
        """
    )
    (quote,) = draft.quotes
    assert (quote.kind, quote.text, quote.said) == ("reported", "The pool will close for repairs", None)
    assert quotes_by_text(draft)[quote.text] == ("Chris Dale", "reported")


def test_unattributed_quote_paragraph_goes_to_the_previous_speaker_for_review() -> None:
    draft = draft_of(
        """
        Farmer Bill Rowe said the flood had ruined his crop.

        "I have lost everything."
        """
    )
    quote = next(q for q in draft.quotes if q.kind == "direct")
    assert quotes_by_text(draft)[quote.text] == ("Bill Rowe", "direct")
    assert any("speaks in the paragraph before" in r for r in quote.reviews)


def test_words_with_no_speaker_are_listed_not_credited() -> None:
    draft = draft_of(
        """
        The plan was described as a "game changer" for the town.

        "Nobody asked us."

        The council said it would reply in writing.
        """
    )
    assert draft.quotes == ()
    listed = {u.text for u in draft.unattributed}
    assert listed == {"game changer", "Nobody asked us.", "it would reply in writing"}


def test_said_inside_a_quotation_is_not_reported_speech() -> None:
    draft = draft_of(
        """
        Head teacher Mary Stone said: "I have always said that pupils come first."
        """
    )
    assert [q.kind for q in draft.quotes] == ["direct"]


def test_single_quote_house_style() -> None:
    draft = draft_of(
        """
        Ferry captain Ian Moor said: ‘The crossing is safe. We’ve run it for years.’
        """
    )
    assert quotes_by_text(draft) == {"The crossing is safe. We’ve run it for years.": ("Ian Moor", "direct")}


def test_said_name_with_role_then_a_second_piece() -> None:
    draft = draft_of(
        """
        "We are thrilled," said John Smith, chief executive of Acme Corp. "This changes everything."
        """
    )
    first, second = draft.quotes
    assert (first.text, second.text, second.kind) == ("We are thrilled", "This changes everything.", "direct")
    assert first.speaker == second.speaker == "john-smith" and second.continues is None


def test_an_age_in_apposition_and_told_the_bbc() -> None:
    draft = draft_of(
        """
        Widget Co founder Mary Jones, 62, told the BBC: "It was time to let go."
        """
    )
    assert quotes_by_text(draft) == {"It was time to let go.": ("Mary Jones", "direct")}


def test_reported_then_adding_a_quotation() -> None:
    draft = draft_of(
        """
        Union official Dave Peters said he was "cautiously optimistic", adding: "We will hold them to it."
        """
    )
    assert quotes_by_text(draft) == {
        'he was "cautiously optimistic"': ("Dave Peters", "reported"),
        "We will hold them to it.": ("Dave Peters", "direct"),
    }


def test_a_speaker_only_described_is_listed_not_guessed() -> None:
    draft = draft_of(
        """
        Acme Corp has agreed to buy Widget Co for £2m, the companies said on Friday.
        """
    )
    assert draft.quotes == ()
    (listed,) = draft.unattributed
    assert listed.text == "Acme Corp has agreed to buy Widget Co for £2m"
    assert "“the companies”" in listed.reason


def test_a_question_and_answer_interview_is_not_drafted_as_quotes() -> None:
    draft = draft_of(
        """
        Q: Will jobs go?

        A: No, every job is safe.
        """
    )
    assert draft.quotes == ()


def test_a_name_with_a_noun_in_apposition_speaks() -> None:
    draft = draft_of(
        """
        "It's a good day," Mayor Karen Bliss said.

        Bliss, a Democrat, said the city would run the jail itself from July.
        """
    )
    assert quotes_by_text(draft)["the city would run the jail itself from July"] == ("Karen Bliss", "reported")


def test_two_people_with_one_surname_are_not_guessed_between() -> None:
    draft = draft_of(
        """
        Councillor John Smith and his sister, campaigner Jane Smith, met the minister.

        Smith said the meeting had gone well.
        """
    )
    assert draft.quotes == ()
    assert "“Smith”" in draft.unattributed[0].reason


def test_a_quotation_after_one_credited_by_a_pronoun_is_reviewed_too() -> None:
    draft = draft_of(
        """
        Chief executive Priya Nair said the decision was about quality.

        "We listened," she told the Guardian. "Cleaning is clinical work."
        """
    )
    first, second = (q for q in draft.quotes if q.kind == "direct")
    assert first.speaker == second.speaker == "priya-nair"
    assert second.reviews == first.reviews and "“she” taken to be Priya Nair" in second.reviews[0]
