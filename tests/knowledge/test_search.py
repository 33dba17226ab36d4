"""The content index: stemming, phrase synonyms, typos, weights and coverage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import FactBase
from knowledge.analysis import STOPWORDS, searchable_text, stem, term_pairs, terms
from knowledge.search import ContentIndex, Found, Want

SYNONYMS = [
    ["abandon", "drop", "scrap", "called off", "pull out", "pull the plug"],
    ["reject", "turned down", "not go ahead"],
    ["outsource", "take over", "hand over"],
    ["company", "firm", "g4s"],
]
DOCS = [
    ("abandoned", "The plan was abandoned and the talks called off."),
    ("rejected", "The forces decided not to go ahead with the deal."),
    ("calls", "Emergency calls reach the control room."),
    ("handover", "They looked at handing over the control rooms to a firm."),
    ("takeaway", "Officers take the money and hand it in."),
    ("destiny", "We'd prefer to be the masters of our own destiny."),
]


@pytest.fixture(scope="module")
def index() -> ContentIndex:
    return ContentIndex(DOCS, SYNONYMS)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("rejects", "rejected", "rejecting", "reject"), True),
        (("dropped", "drop", "dropping"), True),
        (("scrapped", "scrap"), True),
        (("companies", "company"), True),
        (("using", "used", "use"), True),
        (("taken", "took", "take"), True),
        (("called", "call"), True),
        (("call", "cal"), False),
    ],
)
def test_stem(words: tuple[str, ...], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same


def test_terms_drop_stopwords_and_contraction_pieces() -> None:
    assert terms("Who's the PCC? We'd say it") == ["pcc", "say"]
    assert {"s", "d", "t"} <= STOPWORDS


def test_a_phrase_stands_for_its_group_only_whole(index: ContentIndex) -> None:
    # "called off" widens to its group; "call" alone must not.
    assert "abandon" in index.widen("call off")
    assert index.widen("call") == {"call": 1.0}  # the word itself, never the group
    assert index.query_terms("who called off the deal") == ["call off", "deal"]
    # "take over" is a phrase; "take" alone finds only the word itself.
    assert [f.doc for f in index.search("take")] == ["takeaway"]


def test_phrase_in_a_query_finds_the_phrase_and_its_synonyms(index: ContentIndex) -> None:
    found = {f.doc: f for f in index.search("pull the plug")}
    assert found["abandoned"].coverage == pytest.approx(0.6)  # a synonym, not the phrase itself
    assert "calls" not in found


def test_glue_words_inside_phrases_are_skipped(index: ContentIndex) -> None:
    # "not to go ahead" in the document is the group's "not go ahead".
    assert index.search("turned down")[0].doc == "rejected"
    assert index.search("not go ahead")[0].coverage == pytest.approx(1.0)


def test_exact_word_earns_full_share_even_with_rarer_synonyms(index: ContentIndex) -> None:
    # "g4s" is in no document here but "firm" is: a synonym earns 0.6.
    assert index.search("g4s")[0] == Found("handover", index.search("g4s")[0].score, pytest.approx(0.6), ("g4s",))
    # "firm" itself earns the whole of its weight.
    assert index.search("firm")[0].coverage == pytest.approx(1.0)


def test_unknown_words_lower_coverage(index: ContentIndex) -> None:
    best = index.search("destiny weather")[0]
    assert best.doc == "destiny"
    assert 0 < best.coverage < 0.6
    assert index.weight({}) == index.max_idf


def test_typo_is_fixed_at_lower_weight(index: ContentIndex) -> None:
    found = index.search("destinty")
    assert found[0].doc == "destiny"
    assert found[0].coverage == pytest.approx(0.8)


def test_one_wrong_letter_in_a_mid_length_word_is_a_typo(index: ContentIndex) -> None:
    # One letter of five is under the ratio cutoff, yet plainly a slip.
    assert index.widen(stem("monry")) == {stem("money"): pytest.approx(0.8)}
    assert index.widen(stem("mozzy")) == {}  # two of five: another word


def test_a_word_of_the_synonym_groups_is_no_typo() -> None:
    # "extend" is a word the vocabulary knows, one letter from "extent".
    index = ContentIndex([("d", "The extent of the damage.")], [["extend", "lengthen"]])
    assert stem("extent") not in index.widen(stem("extend"))
    assert stem("extent") in index.widen(stem("extenf"))


def test_matches_gives_per_term_shares(index: ContentIndex) -> None:
    matched = index.matches(index.expand("masters destiny scrap"))
    score, shares = matched["destiny"]
    assert score > 0 and shares == {"master": 1.0, "destiny": 1.0}
    assert matched["abandoned"][1] == {"scrap": 0.6}


def test_frequency_and_knows(index: ContentIndex) -> None:
    assert index.knows("control") and index.frequency("control") == 2
    assert not index.knows("weather") and index.frequency("weather") == 0


def test_allow_and_limit(index: ContentIndex) -> None:
    assert [f.doc for f in index.search("control room", allow=lambda d: d != "calls")] == ["handover"]
    assert len(index.search("the control room", limit=1)) == 1
    assert index.search("") == [] and index.search("the of and") == []


def test_fact_base_phrases(fb: FactBase) -> None:
    # The shipped vocabulary's phrases: "called off" finds the Herts fact.
    assert fb.content.search("called off")[0].doc == "herts-abandoned"
    assert "call" not in fb.content.expand("emergency calls")[0][1]


_INDEX = ContentIndex(DOCS, SYNONYMS)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_search_never_fails_and_stays_in_range(text: str) -> None:
    for found in _INDEX.search(text):
        assert 0.0 <= found.coverage <= 1.0 + 1e-9
        assert found.score >= 0


def test_typo_candidates_by_length_lose_nothing(fb: FactBase) -> None:
    # Only words of a length the typo cutoff allows are scanned; a scan of
    # every word with the same first letter finds the same fixes.
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    from knowledge.search import _ONE_EDIT_LEN, _TYPO_CUTOFF

    index = fb.content
    for term in [t for t in index._vocab if len(t) >= 5][:200]:
        for typo in (term[:-1], term + "x", term[:2] + "z" + term[3:]):
            pool = [t for t in index._vocab if t[0] == typo[0]]
            full = process.extract(typo, pool, scorer=fuzz.ratio, processor=None, score_cutoff=_TYPO_CUTOFF, limit=None)
            fixes = index.typo_fixes(typo)
            if not full and len(typo) >= _ONE_EDIT_LEN and not index.analyzer.synonyms(typo):
                # Under the ratio cutoff: one edit away is a typo all the same.
                full = process.extract(typo, pool, scorer=OSA.distance, processor=None, score_cutoff=1, limit=None)
            assert set(fixes) <= {h[0] for h in full}
            assert len(fixes) == min(3, len(full))


def test_holding_and_matches_among(index: ContentIndex) -> None:
    expanded = index.expand("control room destiny")
    # With a limit no term is under, nothing gathers candidates.
    assert index.holding(expanded, limit=0) is None
    assert index.holding(expanded, limit=10) == {"calls", "handover", "destiny"}
    # Scoring only some documents scores them exactly as scoring all does.
    everything = index.matches(expanded)
    assert index.matches(expanded, among={"calls", "destiny"}) == {d: everything[d] for d in ("calls", "destiny")}
    assert index.frequency_limit(0.5, 1) == 3 and index.frequency_limit(0.01, 4) == 4


def test_phrases_found_only_where_one_can_start(index: ContentIndex) -> None:
    assert index.query_terms("they did not go ahead") == ["not go ahead"]
    assert index.query_terms("go ahead and pull the plug") == ["go", "ahead", "pull plug"]


def test_min_coverage_prunes_without_changing_what_qualifies(fb: FactBase) -> None:
    queries = ["masters of our own destiny", "olympics security staff", "good news", "xyzzy alliance", "g4s report"]
    for query in queries:
        for floor in (0.5, 0.75, 0.95):
            full = [f for f in fb.content.search(query, limit=500) if f.coverage >= floor]
            assert fb.content.search(query, limit=500, min_coverage=floor) == full, (query, floor)


def test_best_returns_every_record_a_rare_word_gathers_and_ranks_a_wider_gathering() -> None:
    """Few records gathered: all of them, in order, whatever their score;
    more than asked for: the best of them, best first."""
    from knowledge.search import Want

    docs = [(f"d{n}", f"common words here {'zebra' if n % 7 == 0 else ''} {'common ' * (n % 3)}") for n in range(600)]
    index = ContentIndex(docs)
    zebra = [d for d, text in docs if "zebra" in text]
    wants = [Want(1.0, {"zebra": 1.0}), Want(1.0, {stem("common"): 1.0})]
    assert index.best(wants, limit=len(zebra)) == zebra
    fewer = index.best(wants, limit=5)
    assert len(fewer) == 5 and set(fewer) <= set(zebra)
    # Best first: each holds "common" at least as often as the next (BM25 breaks the tie of coverage).
    counts = [dict(docs)[d].count("common") for d in fewer]
    assert counts == sorted(counts, reverse=True)


def _run_by_hand(said: list[str], doc: list[str]) -> int:
    """The longest run of `said`'s words that `doc` holds in a row, by trying every pair of starts."""
    best = 0
    for i in range(len(said)):
        for j in range(len(doc)):
            size = 0
            while i + size < len(said) and j + size < len(doc) and said[i + size] == doc[j + size]:
                size += 1
            best = max(best, size)
    return best if best >= 2 else 0


_FEW_WORDS = st.lists(st.sampled_from(["a", "ab", "b", "the", "of", "c"]), max_size=14)


@settings(max_examples=400, deadline=None)
@given(said=_FEW_WORDS, doc=_FEW_WORDS)
def test_longest_run_is_the_longest_run_of_words_in_a_row(said: list[str], doc: list[str]) -> None:
    """Looked for as text, the run is the one word-by-word matching finds, given as words or joined."""
    from knowledge.search import longest_run

    assert longest_run(said, doc) == _run_by_hand(said, doc) == longest_run(said, " ".join(doc))


@settings(max_examples=200, deadline=None)
@given(said=_FEW_WORDS, docs=st.lists(_FEW_WORDS, max_size=5))
def test_one_finder_measures_document_after_document_as_longest_run(said: list[str], docs: list[list[str]]) -> None:
    from knowledge.search import RunFinder

    finder = RunFinder(said)
    assert [finder(" ".join(doc)) for doc in docs] == [_run_by_hand(said, doc) for doc in docs]


def _wants_of(fb: FactBase, *questions: str) -> list[list[Want]]:
    """Each question's words as wants, one a term, at its weight."""
    out = []
    for question in questions:
        expanded = fb.content.expand(question)
        out.append([Want(fb.content.weight(wide), wide) for _, wide in expanded if wide])
    return out


_QUESTIONS = ("g4s olympics security staff", "control room deal", "masters of our own destiny", "police back office")


def test_best_of_several_kinds_is_the_same_whichever_way_the_kinds_are_filtered(
    fb: FactBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every record of a served fact base has one kind, so the index keeps
    records of some kinds by leaving out the others: the records and their
    order are those a filter naming the kinds gives."""
    content = fb.content
    assert content._kinds is not None  # the served fact base's records each have one kind
    bonuses = {("kind", "fact"): 0.04, ("kind", "quote"): 0.03, ("kind", "event"): 0.02, ("kind", "entity"): 0.01}
    kinds_sets = [("fact", "quote", "event"), ("quote", "entity"), ("fact",), ()]
    fast = [content.best(w, limit=8, kinds=k, bonuses=bonuses) for w in _wants_of(fb, *_QUESTIONS) for k in kinds_sets]
    monkeypatch.setattr(content, "_kinds", None)
    plain = [content.best(w, limit=8, kinds=k, bonuses=bonuses) for w in _wants_of(fb, *_QUESTIONS) for k in kinds_sets]
    assert fast == plain
    assert any(fast)


@pytest.mark.parametrize("commoner", [0, 1_000_000])
def test_scoring_only_the_candidates_changes_nothing(
    fb: FactBase, monkeypatch: pytest.MonkeyPatch, commoner: int
) -> None:
    """A common word's clause looked up at the candidates only (or read
    whole) scores each candidate the same: the same records, in the same
    order, for `best` and for `search`."""
    import knowledge.search

    content = fb.content
    expected = [content.best(w, limit=8) for w in _wants_of(fb, *_QUESTIONS)]
    searched = [content.search(q, limit=20, min_coverage=0.5) for q in _QUESTIONS]
    monkeypatch.setattr(knowledge.search, "_COMMONER", commoner)
    assert [content.best(w, limit=8) for w in _wants_of(fb, *_QUESTIONS)] == expected
    assert [content.search(q, limit=20, min_coverage=0.5) for q in _QUESTIONS] == searched
    assert any(expected) and any(searched)


def test_a_widened_term_is_the_callers_own(index: ContentIndex) -> None:
    """Widening is remembered, but what a caller does with its copy is not."""
    first = index.widen(stem("abandoned"))
    first["anything"] = 1.0
    assert "anything" not in index.widen(stem("abandoned"))
    assert index.widen(stem("abandoned")) == {k: v for k, v in first.items() if k != "anything"}


def test_a_query_of_one_word_finds_what_coverage_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """A query one known word (and its synonyms) can match is ranked by BM25
    among the records holding the word as typed when they fill the pool:
    the same records, in the same order, as weighing every holder's
    coverage; and when they do not fill it, coverage is weighed after all."""
    docs = [
        (
            f"d{n:03}",
            " ".join(
                [
                    *(["commissioner"] * (1 + n % 3) if n % 4 else ["pcc"]),
                    *(["pcc"] if n % 5 == 0 else []),
                    *(["rarely"] if n % 50 == 0 else []),
                    *(["filler"] * (n % 7)),
                ]
            ),
        )
        for n in range(600)
    ]
    index = ContentIndex(docs, [["commissioner", "pcc"]])
    queries = ["commissioner is that and", "pcc", "rarely", "commissioner filler", "comissioner"]
    cases = [(q, limit, floor) for q in queries for limit in (5, 50, 200) for floor in (0.0, 0.75)]
    fast = [index.search(q, limit=limit, min_coverage=floor, kinds=None) for q, limit, floor in cases]
    monkeypatch.setattr(ContentIndex, "_by_one_want", lambda *_, **__: None)
    assert [index.search(q, limit=limit, min_coverage=floor, kinds=None) for q, limit, floor in cases] == fast
    assert all(fast[:6])


def test_pairs_held_counts_what_each_records_own_pairs_hold(fb: FactBase) -> None:
    """Counted in the stored terms, a record's pairs are those of its words:
    every pair of every record, and pairs across records, none across a phrase."""
    records = {i: r for table in (fb.facts, fb.quotes, fb.events, fb.entities, fb.deals) for i, r in table.items()}
    ids = list(records)
    own = {i: term_pairs(searchable_text(record, fb.entities)) for i, record in records.items()}
    every = sorted({p for pairs in own.values() for p in pairs})
    # Each pair once: the sampled pairs may include ("control", "room") already.
    sample = list(dict.fromkeys([*every[::7], ("no", "such"), ("control", "room")]))
    held = fb.content.pairs_held(sample, ids)
    for record_id in ids:
        assert held.get(record_id, 0) == len(own[record_id] & set(sample)), record_id
    assert fb.content.pairs_held([], ids) == {}
    assert fb.content.pairs_held(sample, ["no-such-record"]) == {}


def test_a_pair_is_not_found_across_a_phrase_kept_as_one_term(index: ContentIndex) -> None:
    # "called off" is a phrase of the groups: the document's terms end with
    # it as one term after "call", which is no second "call" in a row.
    assert index.pairs_held([("talk", "call"), ("plan", "abandon")], ["abandoned"]) == {"abandoned": 2}
    assert index.pairs_held([("call", "call"), ("abandon", "call")], ["abandoned"]) == {}


def test_a_name_bearing_on_several_deals_stands_for_their_records_as_one_term(fb: FactBase) -> None:
    """A record's document lists every name bearing on its deals (`bears`):
    a want or an anchor given by such a name picks the same records, in the
    same order, as one listing the name's deals, and the name alone gathers
    exactly the records of those deals."""
    from dataclasses import replace

    content, qi = fb.content, fb.questions
    name = "g4s"
    deals = sorted(qi.deals_of[name])
    assert len(deals) > 1
    bonuses = {("kind", "fact"): 0.04, ("kind", "quote"): 0.03, ("kind", "entity"): 0.01}
    anchor = frozenset(deals)
    for wants in _wants_of(fb, *_QUESTIONS):
        listed = [replace(wants[0], deals=tuple((d, 0.5, False) for d in deals)), *wants[1:]]
        named = [replace(wants[0], bears=((name, 0.5),)), *wants[1:]]
        expected = content.best(listed, limit=8, bonuses=bonuses, anchor=anchor)
        assert expected
        assert content.best(named, limit=8, bonuses=bonuses, anchor=anchor) == expected
        assert content.best(named, limit=8, bonuses=bonuses, anchor=anchor, anchored_by=(name,)) == expected
    alone = content.best([Want(1.0, bears=((name, 1.0),))], limit=len(content))
    assert alone == content.best([Want(1.0, deals=tuple((d, 1.0, False) for d in deals))], limit=len(content))
    assert set(alone) == {i for i, item in qi.items_of(qi.items).items() if item.deals & anchor}


def test_records_that_cannot_cover_enough_are_ranked_unread() -> None:
    # Tantivy scores a record by the share of the query it covers: one
    # holding a single word of two cannot reach three quarters, and its row
    # is never read to be scored again.
    fillers = ["delta", "epsilon", "zeta", "theta", "kappa", "lambda"]
    docs = [("both", "alpha beta gamma")]
    docs += [(f"alpha-{word}", f"alpha {word}") for word in fillers]
    docs += [(f"beta-{word}", f"beta {word}") for word in fillers]
    index = ContentIndex(docs)
    assert [f.doc for f in index.search("alpha beta", min_coverage=0.75)] == ["both"]
    assert set(index._store._rows._data) == {"both"}
    # With no floor, every record holding either word is read and ranked, the whole one first.
    ranked = index.search("alpha beta", limit=50)
    assert ranked[0].doc == "both"
    assert {f.doc for f in ranked} == {doc for doc, _ in docs}


def test_positions_are_the_places_ties_go_by(fb: FactBase) -> None:
    """Documents' places read in one go are the question index's order of
    each; an id the fact base lacks is left out."""
    qi = fb.questions
    ids = [*sorted(fb.quotes)[:5], *sorted(fb.facts)[-5:], "no-such-record"]
    found = fb.content.positions(ids)
    assert found == {i: qi.order[i] for i in ids[:-1]}
    assert len(set(found.values())) == len(found)


# Words for random records and queries: synonyms of each other (SYNONYMS),
# words only some records hold, and, in queries only, typos of them and
# words no record holds (weighed as the rarest, covered by none).
_RECORD_WORDS = ["abandon", "drop", "scrap", "company", "firm", "control", "room", "calls", "deal", "police", "staff"]
_QUERY_WORDS = [*_RECORD_WORDS, "abandonned", "compnay", "polise", "contrl", "zebra", "quixotic", "the", "reject"]
_RECORD = st.lists(st.sampled_from(_RECORD_WORDS), min_size=1, max_size=6).map(" ".join)
_QUERY = st.lists(st.sampled_from(_QUERY_WORDS), min_size=1, max_size=6).map(" ".join)
_COVERAGE = st.sampled_from([0.0, 0.2, 0.34, 0.5, 0.67, 0.75, 0.9, 1.0])
# A base larger than a search's first pool (100), so the pool is grown and the cut ends it early.
_LARGE = ContentIndex(
    [
        (f"r{n}", " ".join(_RECORD_WORDS[(n * k * 7 + k) % len(_RECORD_WORDS)] for k in range(1 + n % 5)))
        for n in range(600)
    ],
    SYNONYMS,
)


def _uncut(index: ContentIndex, query: str, limit: int, min_coverage: float) -> list[Found]:
    """`search` reading every record tantivy hands over, however low it scores it."""
    from unittest import mock

    import knowledge.search

    with mock.patch.object(knowledge.search, "_ROUNDING", float("inf")):  # the floor at minus infinity
        return index.search(query, limit=limit, min_coverage=min_coverage)


@settings(max_examples=150, deadline=None)
@given(
    records=st.lists(_RECORD, min_size=1, max_size=8),
    query=_QUERY,
    limit=st.integers(1, 6),
    min_coverage=_COVERAGE,
)
def test_records_tantivy_scores_under_the_coverage_floor_would_not_have_passed(
    records: list[str], query: str, limit: int, min_coverage: float
) -> None:
    """`_by_coverage` leaves unread the records tantivy scores under
    `min_coverage` (less rounding): safe only if tantivy's score is never
    under the coverage `_found` computes. Searched with the cut and without
    it, the answers are the same."""
    index = ContentIndex([(f"r{n}", text) for n, text in enumerate(records)], SYNONYMS)
    assert index.search(query, limit=limit, min_coverage=min_coverage) == _uncut(index, query, limit, min_coverage)


@settings(max_examples=150, deadline=None)
@given(query=_QUERY, limit=st.integers(1, 30), min_coverage=_COVERAGE)
def test_the_coverage_floor_ends_a_growing_pool_without_losing_a_record(
    query: str, limit: int, min_coverage: float
) -> None:
    assert _LARGE.search(query, limit=limit, min_coverage=min_coverage) == _uncut(_LARGE, query, limit, min_coverage)


@settings(max_examples=150, deadline=None)
@given(query=_QUERY, min_coverage=_COVERAGE)
def test_records_weighed_for_coverage_score_exactly_as_scored_alone(query: str, min_coverage: float) -> None:
    """`_found` scores rows in the pass that weighs their coverage; its BM25
    and shares are `_score`'s to the last bit, so that ranking is unchanged."""
    expanded = _LARGE.expand(query)
    weights = {term: _LARGE.weight(wide) for term, wide in expanded}
    total = sum(weights.values()) or 1.0
    positions = list(range(0, 600, 3))
    alone = _LARGE._score(expanded, _LARGE._rows(positions))
    found = _LARGE._found(expanded, weights, positions, allow=None, min_coverage=min_coverage)
    expected = [
        (row[1], *alone.get(row[1], (0.0, {})))
        for row in _LARGE._rows(positions)
        if sum(s * weights[t] for t, s in alone.get(row[1], (0.0, {}))[1].items()) / total >= min_coverage
    ]
    got = [(hit.doc, hit.score, hit.covered) for hit in found]
    assert got == expected
    assert all(list(hit.covered) == list(alone[hit.doc][1]) for hit in found if hit.doc in alone)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> FactBase:
    """A generated fact base: names bearing on many deals, records of no deal."""
    from benchmarks.generate import generate

    folder = tmp_path_factory.mktemp("generated")
    generate(300, folder, seed=5)
    return FactBase.load(folder)


@pytest.mark.parametrize("named", [1, 2, 3])  # 3: more names than are applied to the gather one by one
def test_an_anchor_given_by_names_keeps_what_its_deals_keep(generated: FactBase, named: int) -> None:
    """An anchor given by a few names (their `bears` terms, applied to the
    gathered records name by name) keeps the records, in the same order, that
    the same anchor listed deal by deal keeps: of its deals or of none. Also
    when so few are gathered that they are returned unscored."""
    content, qi = generated.content, generated.questions
    names = tuple(
        sorted((n for n in qi.deals_of if n in generated.entities), key=lambda n: -len(qi.deals_of[n]))[:named]
    )
    anchor = frozenset().union(*(qi.deals_of[n] for n in names))
    bonuses = {("kind", "fact"): 0.04, ("kind", "quote"): 0.03, ("kind", "event"): 0.02, ("kind", "entity"): 0.01}
    texts = [fact.text for fact in list(generated.facts.values())[:6]]
    unanchored = listed_total = 0
    for wants in _wants_of(generated, *texts, *(" ".join(text.split()[:3]) for text in texts)):
        for kinds in (None, ("fact", "quote", "event"), ("quote",)):
            for limit in (3, 8, 200):
                listed = content.best(wants, limit=limit, kinds=kinds, bonuses=bonuses, anchor=anchor)
                found = content.best(wants, limit=limit, kinds=kinds, bonuses=bonuses, anchor=anchor, anchored_by=names)
                assert found == listed, (wants, kinds, limit)
                listed_total += len(listed)
                unanchored += sum(not item.deals for item in generated.questions.items_of(listed).values())
    assert listed_total and unanchored  # records of the deals, and of none, were kept


@pytest.mark.parametrize("commoner", [0, 1_000_000])
def test_a_named_gathering_ranks_the_same_whichever_clauses_are_read_whole(
    fb: FactBase, monkeypatch: pytest.MonkeyPatch, commoner: int
) -> None:
    """Gathered by a name's `bears` term, a ranking looks up more of the
    common words' clauses at the candidates only: each candidate scores the
    same, so the same records come first, in the same order."""
    from dataclasses import replace

    import knowledge.search

    content = fb.content
    bonuses = {("kind", "fact"): 0.04, ("kind", "quote"): 0.03}
    named = [[replace(w[0], bears=(("g4s", 0.85),)), *w[1:]] for w in _wants_of(fb, *_QUESTIONS)]
    expected = [content.best(w, limit=8, bonuses=bonuses) for w in named]
    monkeypatch.setattr(knowledge.search, "_COMMONER_BEARS", commoner)
    assert [content.best(w, limit=8, bonuses=bonuses) for w in named] == expected
    assert all(expected)
