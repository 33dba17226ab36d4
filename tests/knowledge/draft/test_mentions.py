"""People, roles and organisations, from the ways news prose names them."""

from __future__ import annotations

from tests.knowledge.draft.helpers import draft_of, entity


def test_role_before_name() -> None:
    draft = draft_of("Wessex Police and Crime Commissioner Dame Anna Frost said the budget was fixed.")
    frost = entity(draft, "Dame Anna Frost")
    assert (frost.kind, frost.role) == ("person", "Wessex Police and Crime Commissioner")
    assert frost.basis == "Wessex Police and Crime Commissioner Dame Anna Frost"
    assert "Anna Frost" in frost.aliases


def test_organisation_and_role_before_name() -> None:
    draft = draft_of("Speaking for the firm, Acme spokesman Paul Reed said it was pleased.")
    reed = entity(draft, "Paul Reed")
    assert reed.role == "Acme spokesman"
    assert reed.organisation == entity(draft, "Acme").id
    assert any("organisation taken from" in r for r in reed.reviews)


def test_role_in_apposition() -> None:
    draft = draft_of("Mark Bell, the Kent County Council leader, confirmed the cuts would go ahead.")
    assert entity(draft, "Mark Bell").role == "Kent County Council leader"


def test_role_then_comma_then_name() -> None:
    draft = draft_of("Its treasurer, Rosa King, said the books balanced.")
    king = entity(draft, "Rosa King")
    assert (king.role, king.basis) == ("treasurer", "treasurer, Rosa King")


def test_title_and_surname_is_an_alias_of_the_person_named_before() -> None:
    draft = draft_of(
        """
        Tom Reeve, the Wessex Police and Crime Commissioner, said talks had ended.

        Cllr Reeve said: "We move on."

        Councillor Reeve added that the budget was safe.
        """
    )
    reeve = entity(draft, "Tom Reeve")
    assert {"Cllr Reeve", "Councillor Reeve", "Reeve"} <= set(reeve.aliases)
    assert any("“Cllr Reeve” taken to be Tom Reeve" in r for r in reeve.reviews)
    assert {q.speaker for q in draft.quotes} == {reeve.id}
    assert [e.name for e in draft.entities if e.kind == "person"] == ["Tom Reeve"]


def test_person_with_no_role_is_marked_for_review() -> None:
    draft = draft_of("Sam Green said the road was dangerous.")
    green = entity(draft, "Sam Green")
    assert green.role == "(role not given)"
    assert any("gives no role" in r for r in green.reviews)


def test_organisations_from_their_nouns_and_names() -> None:
    draft = draft_of(
        """
        Builder Jon Ames works for construction firm Brickworks, which is in talks with the Hartley Trust.

        Members of the GMB union and Lowfield District Council were told on Monday.
        """
    )
    kinds = {e.name: (e.kind, e.role) for e in draft.entities if e.kind != "person"}
    assert kinds["Brickworks"] == ("company", "construction firm")
    assert kinds["GMB"] == ("union", "union")
    assert kinds["Lowfield District Council"][0] == "council"
    assert kinds["Hartley Trust"][0] == "organisation"


def test_police_forces_and_places() -> None:
    draft = draft_of(
        """
        Officers in Kent, Surrey and Sussex were told the plan had been dropped.

        Police in Surrey and Sussex said they were relieved, and Kent Police said nothing.

        Devon’s police force was not involved.
        """
    )
    forces = {e.name: e for e in draft.entities if e.kind == "force"}
    assert set(forces) == {"Surrey police", "Sussex police", "Kent Police", "Devon police force"}
    assert "Kent" in forces["Kent Police"].aliases
    assert forces["Devon police force"].basis == "Devon’s police force"
    assert not [e for e in draft.entities if e.kind == "place"]  # each place is its force's alias


def test_a_place_without_a_force_is_a_place_for_review() -> None:
    draft = draft_of("The ferry runs between Portsea and the Isle of Wren every day.")
    places = [e for e in draft.entities if e.kind == "place"]
    assert [p.name for p in places] == ["Portsea", "Isle of Wren"]
    assert all(any("taken to be a place" in r for r in p.reviews) for p in places)


def test_capitalised_words_that_are_not_people_are_not_drafted_as_people() -> None:
    draft = draft_of(
        """
        However the deal came under scrutiny after the London Olympics, meaning soldiers had to be drafted in.

        Three East Midlands forces said the plan was over.
        """
    )
    assert not [e for e in draft.entities if e.kind == "person"]


def test_organisation_with_what_it_is_in_apposition() -> None:
    draft = draft_of("The city ended its contract with CoreCivic, a private prison operator, on Tuesday.")
    assert (entity(draft, "CoreCivic").kind, entity(draft, "CoreCivic").role) == ("company", "private prison operator")


def test_a_capitalised_first_word_is_not_taken_for_an_organisation() -> None:
    draft = draft_of("Police Chief Dan Ortiz told reporters the department was ready.")
    ortiz = entity(draft, "Dan Ortiz")
    assert (ortiz.role, ortiz.organisation) == ("Police Chief", None)
    assert [e.name for e in draft.entities] == ["Dan Ortiz"]


def test_a_clause_that_is_a_title_then_the_name() -> None:
    draft = draft_of("The chief executive of Eastley Hospitals NHS Trust, Dr Priya Nair, says the decision was right.")
    assert entity(draft, "Dr Priya Nair").role == "chief executive of Eastley Hospitals NHS Trust"


def test_a_title_inside_a_longer_clause_is_not_taken_for_the_name_after_it() -> None:
    draft = draft_of("After the meeting with the union leader, John Smith said talks would go on.")
    assert entity(draft, "John Smith").role == "(role not given)"
