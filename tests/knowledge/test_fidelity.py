"""`factbot check --articles`: a fact base checked against its articles' words.

Three parts: each rule on a small made-up article; the shipped fact base,
clean against the real articles; and the shipped fact base with the edits
that an audit found the old substring test let through, each reported at
its record's `file:line`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from knowledge import FactBase, default_folder
from knowledge.fidelity import check_against_articles
from knowledge.loader import read_records
from tests.knowledge.factfiles import broken_herts, copy_shipped, write

# --- each rule, on a made-up article ----------------------------------------

ARTICLE = """\
Acme drops widget plan

Widget maker Acme has dropped its widget deal, its chief Ann Smith confirmed last night.

Ann Smith said on Monday: "We love widgets. We make them every day.

"They are the best widgets... and we will keep making them."

A spokesman for the union said the news was "a relief for our members".

Talks could resume by 2030, Ann Smith said, at the Widgetshire plant.

Later she said: "Goodbye."
"""

FACTS = """\
source:
  id: src
  title: Acme drops widget plan
  seed: a.txt
entities:
  - id: ann-smith
    name: Ann Smith
    kind: person
    role: Acme chief
    basis: its chief Ann Smith
  - id: acme
    name: Acme
    kind: company
    role: Widget maker
    basis: Widget maker Acme
  - id: union-spokesman
    name: Union spokesman
    kind: spokesperson
    role: A spokesman for the union (not named)
    basis: A spokesman for the union
deals:
  - id: widget-deal
    name: Widget deal
    status: dropped
    summary: Acme dropped its widget deal.
    companies: [acme]
facts:
  - id: widget-dropped
    deal: widget-deal
    topic: status
    about_times: [last night]
    text: Ann Smith confirmed last night that Acme has dropped its widget deal.
    basis: Widget maker Acme has dropped its widget deal, its chief Ann Smith confirmed last night.
  - id: widget-love
    deal: widget-deal
    topic: reason
    text: Ann Smith said they love widgets.
    basis: We love widgets.
quotes:
  - id: ann-love
    speaker: ann-smith
    kind: direct
    deal: widget-deal
    said_when: Monday
    text: We love widgets. We make them every day.
  - id: ann-best
    speaker: ann-smith
    kind: direct
    deal: widget-deal
    continues: ann-love
    text: They are the best widgets... and we will keep making them.
  - id: union-relief
    speaker: union-spokesman
    kind: reported
    said: said
    deal: widget-deal
    text: the news was "a relief for our members"
  - id: ann-bye
    speaker: ann-smith
    kind: direct
    deal: widget-deal
    text: Goodbye.
events:
  - id: talks-resume
    deal: widget-deal
    when: by 2030
    text: Talks could resume, Ann Smith said.
    basis: Talks could resume by 2030, Ann Smith said
"""

VOCABULARY = "places: [Gotham, Widgetshire]\n"


def made_up(tmp_path: Path, facts: str = FACTS, article: str = ARTICLE) -> tuple[Path, Path]:
    kb, articles = tmp_path / "kb", tmp_path / "articles"
    write(kb, "a.yaml", facts)
    write(articles, "a.txt", article)
    return kb, articles


def check(tmp_path: Path, facts: str = FACTS, article: str = ARTICLE) -> list[str]:
    kb, articles = made_up(tmp_path, facts, article)
    return [str(p) for p in check_against_articles(read_records(kb), articles)]


def edited(old: str, new: str, text: str = FACTS) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def line_of(text: str, record: str) -> int:
    """The line of a record's `- id:` in a fact file's text."""
    return text.splitlines().index(f"  - id: {record}") + 1


def test_the_made_up_fact_base_is_clean(tmp_path: Path) -> None:
    assert check(tmp_path) == []


@pytest.mark.parametrize(
    ("old", "new", "record", "message"),
    [
        # direct quotes: verbatim, inside quotation marks, whole sentences of a quotation
        (
            "text: We love widgets. We",
            "text: We adore widgets. We",
            "ann-love",
            "is not word for word in a.txt; nearest",
        ),
        (
            "kind: direct\n    deal: widget-deal\n    text: Goodbye.",
            "kind: direct\n    deal: widget-deal\n    text: Talks could resume",
            "ann-bye",
            "is marked direct, but the article has its words outside quotation marks",
        ),
        ("text: Goodbye.", "text: Goodbye", "ann-bye", None),  # a whole quotation but its full stop: fine
        ("text: Goodbye.", "text: Goodb", "ann-bye", "is cut mid-sentence"),
        ("text: We love widgets. We make them every day.", "text: love widgets", "ann-love", "is cut mid-sentence"),
        # reported quotes: the article's wording, outside quotation marks
        (
            "kind: direct\n    deal: widget-deal\n    text: Goodbye.",
            "kind: reported\n    said: said\n    deal: widget-deal\n    text: Goodbye.",
            "ann-bye",
            "is marked reported, but the article has its words inside quotation marks",
        ),
        ("    said: said\n", "", "union-relief", None),  # the reporting words are optional
        ("    said: said\n", "    said: told\n", "union-relief", "is not right after its reporting words “told”"),
        (
            '    said: said\n    deal: widget-deal\n    text: the news was "a relief for our members"',
            "    deal: widget-deal\n    text: a relief for our members",
            "union-relief",
            "the article quotes words of it that it does not put in quotation marks",
        ),
        # attribution, and pieces of one quotation
        ("speaker: union-spokesman", "speaker: ann-smith", "union-relief", "credited to Ann Smith, but neither"),
        ("    continues: ann-love\n", "", "ann-best", "is part of the quotation that 'ann-love' starts"),
        ("text: Goodbye.", "continues: ann-best\n    text: Goodbye.", "ann-bye", "does not run on from it"),
        # times
        ("said_when: Monday", "said_when: yesterday", "ann-love", "said_when “yesterday” is not in its sentence"),
        ("text: Goodbye.", "about_times: [2030]\n    text: Goodbye.", "ann-bye", "time “2030” in 'about_times'"),
        ("when: by 2030", "when: by 2031", "talks-resume", "time “by 2031” in 'when' is not in its basis"),
        ("about_times: [last night]", "about_times: [last week]", "widget-dropped", "time “last week”"),
        ("confirmed last night that", "confirmed on Friday that", "widget-dropped", "time “Friday” in its text"),
        # bases, and our words no stronger than the article's
        ("basis: We love widgets.", "basis: We adore widgets.", "widget-love", "is not in a.txt; nearest"),
        ("    basis: We love widgets.\n", "", "widget-love", "has no basis"),
        ("text: Talks could resume,", "text: Talks will resume,", "talks-resume", "drops “could”"),
        ("text: Ann Smith said they love widgets.", "text: Acme loves widgets.", "widget-love", "credit them"),
        # entities and deals in the article's words
        ("role: Acme chief", "role: Acme treasurer", "ann-smith", "“treasurer” is not next to its name"),
        ("name: Ann Smith", "name: Ann Smythe", "ann-smith", "“smythe” is not in a.txt"),
        ("status: dropped", "status: signed", "widget-deal", "status of deal 'widget-deal' “signed”"),
    ],
)
def test_each_rule(tmp_path: Path, old: str, new: str, record: str, message: str | None) -> None:
    facts = edited(old, new)
    found = check(tmp_path, facts)
    if message is None:
        assert found == []
        return
    where = f"{tmp_path}/kb/a.yaml:{line_of(facts, record)}: "
    assert any(p.startswith(where) and message in p for p in found), found


def test_a_speaker_is_named_by_the_article_not_inside_the_quotation(tmp_path: Path) -> None:
    article = ARTICLE.replace(
        'Later she said: "Goodbye."', 'Nothing more was said.\n\nA caller said: "Goodbye, Ann Smith."'
    )
    facts = edited("text: Goodbye.", "text: Goodbye, Ann Smith.")
    found = check(tmp_path, facts, article)
    assert found == [
        f"{tmp_path}/kb/a.yaml:{line_of(facts, 'ann-bye')}: quote 'ann-bye' is credited to Ann Smith, but neither "
        'its sentence nor the one before names them: “Nothing more was said.” “A caller said: "Goodbye, Ann Smith."”'
    ]


def test_an_entity_the_article_never_names(tmp_path: Path) -> None:
    facts = edited("deals:", "  - {id: bob, name: Bob Jones, kind: person, role: Acme chief}\ndeals:")
    assert any(": entity 'bob' is not named in a.txt" in p for p in check(tmp_path, facts))


def test_a_record_tied_to_a_deal_from_another_article(tmp_path: Path) -> None:
    kb, articles = made_up(tmp_path)
    write(articles, "b.txt", "Gizmo deal signed\n\nGizmo Ltd has signed a gizmo deal.\n")
    write(
        kb,
        "b.yaml",
        "source: {id: src-b, title: Gizmo deal signed, seed: b.txt}\n"
        "deals:\n  - {id: gizmo-deal, name: Gizmo deal, status: signed, summary: A gizmo deal.}\n",
    )
    path = kb / "a.yaml"
    path.write_text(edited("deal: widget-deal\n    text: Goodbye.", "deal: gizmo-deal\n    text: Goodbye."))
    found = [str(p) for p in check_against_articles(read_records(kb), articles)]
    line = line_of(path.read_text(), "ann-bye")
    assert found == [
        f"{path}:{line}: quote 'ann-bye' is tied to deal 'gizmo-deal', which comes from b.txt, but it rests on a.txt"
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("title: Acme drops widget plans", "title “Acme drops widget plans” is not in a.txt"),
        ("date: 1 May 2020", "date “1 May 2020” is not in a.txt"),
        ("publisher: BBC", "publisher has no publisher_basis"),
        ("{publisher: BBC, publisher_basis: The BBC says}", "publisher_basis “The BBC says” is not in a.txt"),
        ("{publisher: BBC, publisher_basis: Acme drops widget plan}", "publisher “BBC” is not in its basis"),
    ],
)
def test_a_source_shows_only_what_its_article_gives(tmp_path: Path, source: str, message: str) -> None:
    fields = source.strip("{}").split(", ") if source.startswith("{") else [source]
    facts = FACTS
    for field in fields:
        key = field.split(":")[0]
        facts = edited("  title: Acme drops widget plan\n", f"  title: Acme drops widget plan\n  {field}\n", facts)
        if key == "title":
            facts = edited("  title: Acme drops widget plan\n", "", facts)
    assert any(f"a.yaml:2: {message}" in p for p in check(tmp_path, facts)), check(tmp_path, facts)


def test_articles_and_sources_must_meet(tmp_path: Path) -> None:
    kb, articles = made_up(tmp_path)
    write(articles, "orphan.txt", "Nobody distilled this.\n")
    write(articles, "README.md", "Not an article.\n")
    write(kb, "b.yaml", "source: {id: src-b, title: B}\n")
    write(kb, "c.yaml", "source: {id: src-c, title: C, seed: gone.txt}\n")
    found = [str(p) for p in check_against_articles(read_records(kb), articles)]
    assert found == [
        f"{articles}/orphan.txt:1: no source in the fact base names this article (seed:)",
        f"{kb}/b.yaml:1: source 'src-b' names no article (seed:) to check against",
        f"{kb}/c.yaml:1: source 'src-c': its article gone.txt is not in {articles}",
    ]
    assert [str(p) for p in check_against_articles(read_records(kb), tmp_path / "nope")] == [
        f"{tmp_path}/nope:0: no such folder of articles"
    ]


def test_a_huge_article_is_refused_unread(tmp_path: Path) -> None:
    kb, articles = made_up(tmp_path)
    with (articles / "a.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    found = [str(p) for p in check_against_articles(read_records(kb), articles)]
    assert found == [f"{kb}/a.yaml:2: source 'src': {articles}/a.txt is too big to be an article"]


def test_a_place_no_article_covers_must_not_be_named_in_one(tmp_path: Path) -> None:
    kb, articles = made_up(tmp_path)
    write(kb, "vocabulary.yaml", "# words\nplaces:\n  - Gotham\n  - Widgetshire\n")
    found = [str(p) for p in check_against_articles(read_records(kb), articles)]
    assert found == [
        f"{kb}/vocabulary.yaml:4: place 'Widgetshire' is listed as one no article covers, but a.txt names it: "
        "“Talks could resume by 2030, Ann Smith said, at the Widgetshire plant.”"
    ]


# --- the shipped fact base against the real articles ---------------------------


def test_the_shipped_fact_base_agrees_with_its_articles(seeds: Path) -> None:
    problems = check_against_articles(read_records(default_folder()), seeds)
    assert problems == [], "\n".join(map(str, problems))


def test_factbot_check_articles_passes_on_the_shipped_fact_base(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--articles", str(seeds)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("OK: 2 sources") and "every record agrees with its article" in out


def test_a_fact_base_that_does_not_load_is_not_checked_against_articles(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = copy_shipped(tmp_path / "kb")
    herts = broken_herts(kb)
    assert main(["check", "--knowledge", str(kb), "--articles", str(seeds)]) == 1
    *lines, summary = capsys.readouterr().err.splitlines()
    assert summary == "3 problems found."
    assert all("not checked" in line or line.startswith(f"{herts}:") for line in lines)


def test_the_articles_setting_in_the_config_runs_the_check(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = copy_shipped(tmp_path / "kb")
    config = tmp_path / "config.yaml"
    config.write_text(f"knowledge: {kb}\narticles: {seeds}\n", encoding="utf-8")
    assert main(["--config", str(config), "check"]) == 0
    assert "every record agrees with its article" in capsys.readouterr().out
    herts = kb / "herts-g4s-back-office.yaml"
    herts.write_text(herts.read_text(encoding="utf-8").replace("status: abandoned", "status: signed"), "utf-8")
    assert main(["--config", str(config), "check"]) == 1
    assert "status of deal 'herts-back-office' “signed”" in capsys.readouterr().err


# --- the audit's edits, each caught at its record -------------------------------

HERTS = "herts-g4s-back-office.yaml"
EM = "east-midlands-g4s-control-rooms.yaml"
INVENTED_EVENT = """
  - id: herts-contract-signed
    deal: herts-back-office
    text: G4S signed a new contract with the three forces.
    basis: G4S signed a new contract with the three forces
"""


def in_record(record: str, old: str, new: str) -> Callable[[str], str]:
    """An edit to one field of one record, leaving the rest of the file alone."""

    def apply(text: str) -> str:
        start = text.index(f"  - id: {record}\n")
        end = text.find("\n  - id: ", start + 1)
        end = len(text) if end < 0 else end
        block = text[start:end]
        assert old in block, (record, old)
        return text[:start] + block.replace(old, new, 1) + text[end:]

    return apply


MUTATIONS = {
    "Loader's quote credited to Lloyd": (
        EM,
        "loader-masters-of-destiny",
        in_record("loader-masters-of-destiny", "speaker: clive-loader", "speaker: david-lloyd"),
        r"quote 'loader-masters-of-destiny' is credited to David Lloyd, but neither its sentence nor the one "
        r"before names them: .*Sir Clive Loader said",
    ),
    "a direct quote cut to one word": (
        EM,
        "loader-masters-of-destiny",
        in_record(
            "loader-masters-of-destiny", "text: We'd prefer to be the masters of our own destiny.", "text: prefer"
        ),
        r"quote 'loader-masters-of-destiny' is cut mid-sentence: .*the article has "
        r"“We'd prefer to be the masters of our own destiny\.”",
    ),
    "Hanrahan's reported speech marked direct": (
        EM,
        "hanrahan-meet-chiefs",
        in_record("hanrahan-meet-chiefs", "kind: reported", "kind: direct"),
        r"quote 'hanrahan-meet-chiefs' is marked direct, but the article has its words outside quotation marks "
        r"\(reported speech\?\): “Leicestershire Police Unison branch secretary Chris Hanrahan said",
    ),
    "when: 3 November 2014": (
        EM,
        "em-feasibility-announced",
        in_record("em-feasibility-announced", "when: 3 November", "when: 3 November 2014"),
        r"event 'em-feasibility-announced': time “3 November 2014” in 'when' is not in its basis “On 3 November, ",
    ),
    "an invented event": (
        HERTS,
        "herts-contract-signed",
        lambda text: text + INVENTED_EVENT,
        r"basis of event 'herts-contract-signed' “G4S signed a new contract with the three forces” is not in "
        r"000_f04f8596c2049f9e\.txt; nearest there: ",
    ),
    "Lloyd's role as G4S chief executive": (
        HERTS,
        "david-lloyd",
        in_record("david-lloyd", "role: Hertfordshire Police and Crime Commissioner", "role: G4S chief executive"),
        r"role of entity 'david-lloyd' “G4S chief executive”: “chief”, “executive” are not next to its name in "
        r"000_f04f8596c2049f9e\.txt: “David Lloyd, the Hertfordshire Police and Crime Commissioner, confirmed",
    ),
    "a Lloyd quote tied to the East Midlands deal": (
        HERTS,
        "lloyd-evidence-framework",
        in_record("lloyd-evidence-framework", "deal: herts-back-office", "deal: east-midlands-control-rooms"),
        r"quote 'lloyd-evidence-framework' is tied to deal 'east-midlands-control-rooms', which comes from "
        r"002_2d5b4f871025f139\.txt, but it rests on 000_f04f8596c2049f9e\.txt",
    ),
    "the Herts status set to signed": (
        HERTS,
        "herts-back-office",
        in_record("herts-back-office", "status: abandoned", "status: signed"),
        r"status of deal 'herts-back-office' “signed”: “signed” is not in 000_f04f8596c2049f9e\.txt",
    ),
}


# Beyond the audit: a speaker whose name shares words with the real one's sentence.
MUTATIONS["the Northants spokesman's words credited to the three forces' spokesman"] = (
    EM,
    "northants-no-further-work",
    in_record(
        "northants-no-further-work", "speaker: northamptonshire-police-spokesman", "speaker: three-forces-spokesman"
    ),
    r"quote 'northants-no-further-work' is credited to Spokesman for the three forces, but neither",
)


@pytest.mark.parametrize("mutation", list(MUTATIONS))
def test_each_audit_edit_is_caught_at_its_record(
    mutation: str, seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file, record, apply, message = MUTATIONS[mutation]
    kb = copy_shipped(tmp_path / "kb")
    path = kb / file
    text = apply(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    FactBase.load(kb)  # still a well-formed fact base: only the articles show what is wrong

    assert main(["check", "--knowledge", str(kb), "--articles", str(seeds)]) == 1
    *lines, summary = capsys.readouterr().err.splitlines()
    where = f"{path}:{line_of(text, record)}: "
    assert {line.split(": ")[0] + ": " for line in lines} == {where}, "\n".join(lines)
    assert any(re.fullmatch(re.escape(where) + message + ".*", line) for line in lines), "\n".join(lines)
    assert summary.endswith("found.")


def test_the_check_passes_without_articles_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kb = copy_shipped(tmp_path / "kb")
    apply = in_record("herts-back-office", "status: abandoned", "status: signed")
    path = kb / HERTS
    path.write_text(apply(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["check", "--knowledge", str(kb)]) == 0
    assert capsys.readouterr().out.startswith("OK: 2 sources")
