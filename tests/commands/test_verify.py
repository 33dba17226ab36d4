"""`verify`: one verdict per message, the real words and speaker beside it.

Through the registry (`!verify ...`, as the console, `factbot ask` and the
Discord prefix path run it) and through `verify()` itself, which the message
context command will call on a message's text.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import generate
from bot.cli import main as cli_main
from commands import Status, respond, run_command
from commands.verify import MAX_CLAIM_CHARS, Verdict, verify, verify_message
from commands.verify.verdict import claim_words, telling
from knowledge import FactBase
from tests.conftest import REPO

EXACT, CLOSE, ELSE, NOT_FOUND = (v.value for v in Verdict)
LOADER = "loader-masters-of-destiny"
DESTINY = "We'd prefer to be the masters of our own destiny."


def _verify(fb: FactBase, text: str) -> tuple[str, tuple[str, ...]]:
    answer = run_command(fb, "verify", text)
    return answer.title, answer.ids


# -- the four verdicts -------------------------------------------------------------


def test_every_direct_quote_verbatim_is_exact_and_cited(fb: FactBase) -> None:
    for quote in fb.quotes.values():
        if quote.reported:
            continue
        answer = run_command(fb, "verify", quote.text)
        assert answer.title == EXACT, quote.id
        assert quote.id in answer.ids
        assert fb.entities[quote.speaker].name in answer.body
        assert answer.citations[0].source_id == quote.source


@pytest.mark.parametrize(
    "text",
    [
        DESTINY,
        "we'd prefer to be the masters of our own destiny",  # case and final punctuation
        "“We’d prefer to be the masters of our own destiny”",  # curly quotes
        "  We'd   prefer to be the\tmasters of our own destiny!!! ",  # spacing
        "...We'd prefer, to be the masters of our own destiny?",  # punctuation around and between
    ],
)
def test_exact_ignores_case_quote_style_spacing_and_punctuation(fb: FactBase, text: str) -> None:
    assert _verify(fb, text) == (EXACT, (LOADER,))


def test_exact_answer_gives_speaker_role_and_source(fb: FactBase) -> None:
    answer = run_command(fb, "verify", f"Sir Clive said '{DESTINY}'")
    assert answer.title == EXACT and answer.status is Status.OK
    assert "**Sir Clive Loader**, Leicestershire Police and Crime Commissioner" in answer.body
    assert f"> “{DESTINY}”" in answer.body
    assert answer.footer == "Source: “Three East Midlands police forces reject G4S control room deal” (BBC)"


def test_a_fragment_is_exact_and_shown_in_bold_inside_the_whole_quotation(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "the G4S framework contract through Lincolnshire Police was not suitable")
    assert answer.title == EXACT
    assert answer.ids == ("lloyd-evidence-framework",)
    assert "I have always said" in answer.body
    assert "**the G4S framework contract through Lincolnshire Police was not suitable**" in answer.body


def test_words_in_several_quotations_list_them_all(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "the three forces")
    assert answer.title == EXACT
    assert set(answer.ids) == {"northants-no-further-work", "lloyd-evidence-framework"}
    assert answer.status is Status.AMBIGUOUS


def test_a_short_fragment_of_common_words_is_found_however_many_quotations_share_them(fb: FactBase) -> None:
    # "G4S" is in most quotations; the one holding these words verbatim is long, so ranks low by word weight.
    assert _verify(fb, "that the G4S") == (EXACT, ("lloyd-evidence-framework",))
    assert _verify(fb, 'did Hanrahan really say "that the G4S"?') == (ELSE, ("lloyd-evidence-framework",))


@pytest.mark.parametrize(
    ("text", "struck", "bold"),
    [
        ("We'd prefer to be the masters of our own future.", "~~`future.`~~", "**destiny.**"),  # changed
        ("We'd prefer to be masters of our own destiny.", "", "**the**"),  # dropped
        ("We'd prefer to be the true masters of our own destiny.", "~~`true`~~", ""),  # added
        ("We'd prefer to be the mastres of our own destny.", "~~`mastres`~~", "**masters**"),  # typos
        ("We would prefer to be the masters of our own destiny.", "~~`would`~~", "**We'd**"),
        ("We'd prefer not to be the masters of our own destiny.", "~~`not`~~", ""),  # meaning flipped
    ],
)
def test_altered_words_are_close_with_the_differences_marked(fb: FactBase, text: str, struck: str, bold: str) -> None:
    answer = run_command(fb, "verify", text)
    assert answer.title == CLOSE
    assert answer.ids == (LOADER,)
    assert struck in answer.body and bold in answer.body
    assert "~~`struck`~~: your words" in answer.body  # the legend says what the marks mean


def test_a_paraphrase_is_close(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "To be clear, this alliance is not a merger")
    assert (answer.title, answer.ids) == (CLOSE, ("pccs-not-a-merger", "pccs-local-policing"))  # one quotation


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (f"Lloyd said '{DESTINY}'", "David Lloyd"),
        (f"“{DESTINY}” - Cllr Lloyd", "David Lloyd"),
        (f"according to Unison, {DESTINY}", "Unison"),
        (f"{DESTINY} (John Shaw)", "John Shaw"),
        ('"We\'d prefer," said Lloyd, "to be the masters of our own destiny."', "David Lloyd"),
        (f"Lyod said '{DESTINY}'", "David Lloyd"),  # a misspelt name
        (f'the Herts PCC said "{DESTINY}"', "David Lloyd"),  # an alias
    ],
)
def test_words_credited_to_someone_else(fb: FactBase, text: str, named: str) -> None:
    answer = run_command(fb, "verify", text)
    assert (answer.title, answer.ids) == (ELSE, (LOADER,))
    assert answer.body.startswith(f"Not **{named}**: the articles give these words to **Sir Clive Loader**")


def test_a_name_the_articles_never_give_is_someone_else_too(fb: FactBase) -> None:
    answer = run_command(fb, "verify", f'Boris Johnson said "{DESTINY}"')
    assert answer.title == ELSE
    assert answer.body.startswith("Not `Boris Johnson` (the articles quote no one by that name)")


def test_someone_else_with_altered_words_marks_the_differences_too(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "Lloyd said we'd prefer to be the masters of our own future")
    assert (answer.title, answer.ids) == (ELSE, (LOADER,))
    assert "~~`future`~~ **destiny.**" in answer.body


@pytest.mark.parametrize(
    "text",
    [
        f"Sir Clive Loader said: “{DESTINY}”",
        f"Leicestershire PCC: '{DESTINY}'",
        f'did sir clive really say "{DESTINY}"?',
        f"As Loader put it, {DESTINY}",
        f"{DESTINY} - he said",  # a pronoun names no one
        f"{DESTINY} - lol",
        f"Who said '{DESTINY}'?",
    ],
)
def test_the_right_speaker_or_no_one_keeps_exact(fb: FactBase, text: str) -> None:
    assert _verify(fb, text) == (EXACT, (LOADER,))


@pytest.mark.parametrize(
    ("text", "quote_id"),
    [
        ("G4S said 'We firmly believe that we can help police forces'", "shaw-front-line"),  # a spokesman's firm
        ("Unison said the union will be looking to meet chief police officers", "hanrahan-meet-chiefs"),
        ("the spokesman said 'We firmly believe that we can help police forces'", "shaw-front-line"),  # a role
    ],
)
def test_an_organisation_or_role_credits_who_speaks_for_it(fb: FactBase, text: str, quote_id: str) -> None:
    title, ids = _verify(fb, text)
    assert title in (EXACT, CLOSE) and ids == (quote_id,)


def test_a_role_the_speaker_does_not_hold_is_someone_else(fb: FactBase) -> None:
    assert _verify(fb, f'the spokesman said "{DESTINY}"') == (ELSE, (LOADER,))
    assert _verify(fb, 'Hertfordshire police said "I made my decision based on evidence"')[0] == ELSE


def test_invented_words_are_not_in_the_articles(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "The Olympics showed that G4S cannot deliver what it promises.")
    assert (answer.title, answer.status, answer.ids) == (NOT_FOUND, Status.NOT_FOUND, ())
    assert "nearest" not in answer.body  # nothing genuinely close


def test_not_in_the_articles_shows_the_nearest_only_when_near(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "Local policing services will be cut as a result of the alliance.")
    assert answer.title == NOT_FOUND
    assert answer.ids == ("pccs-not-a-merger", "pccs-local-policing")  # the quotation, whole
    assert "The nearest, from **The three forces' police and crime commissioners**" in answer.body


# -- never exact ---------------------------------------------------------------------


def test_words_spliced_from_two_quotations_are_never_exact(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "To be quite clear, the G4S about how they can assist policing support services")
    assert answer.title == CLOSE
    quotations = {fb.pieces(fb.quotes[i])[0].id for i in answer.ids}
    assert quotations == {"pccs-not-a-merger", "lloyd-other-providers"}  # the first piece of each
    assert answer.body.startswith("These words join two quotations")


def test_splicing_onto_a_named_speaker_who_said_neither_part_is_someone_else(fb: FactBase) -> None:
    text = "Hanrahan said 'To be quite clear, the G4S about how they can assist policing support services'"
    assert _verify(fb, text)[0] == ELSE


def test_reported_speech_is_never_an_exact_quote(fb: FactBase) -> None:
    for quote in fb.quotes.values():
        if quote.reported:
            words = quote.text.replace('"', "")
            answer = run_command(fb, "verify", words)
            assert answer.title == CLOSE, quote.id
            assert answer.ids == (quote.id,)
            assert "not a quotation" in answer.body
            assert "*Reported:*" in answer.body


def test_words_the_article_quotes_inside_reported_speech_are_exact(fb: FactBase) -> None:
    answer = run_command(fb, "verify", 'John Shaw said the firm was "disappointed"')
    assert (answer.title, answer.ids) == (EXACT, ("shaw-disappointed",))
    assert 'the firm was **"disappointed"**' in answer.body
    answer = run_command(fb, "verify", "“good news for our members and the public” - Unison")
    assert (answer.title, answer.ids) == (EXACT, ("unison-good-news",))
    assert "inside its report" in answer.body


def test_reported_speech_credited_to_someone_else(fb: FactBase) -> None:
    text = "Hanrahan said the decision was good news for our members and the public"
    assert _verify(fb, text) == (ELSE, ("unison-good-news",))


# -- the quoted part of a message ----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        f'lol did you see this "{DESTINY}" apparently',
        f"<@123456789012345678> '{DESTINY}' <:pog:123456789012345678>",
        f"> {DESTINY}\nwho said this?",
    ],
)
def test_a_chat_message_is_read_for_its_quotation(fb: FactBase, message: str) -> None:
    assert verify(fb, message).title == EXACT


def test_a_message_command_gets_hints_in_the_bots_prefix_and_a_word_for_an_empty_message(fb: FactBase) -> None:
    assert verify_message(fb, f"Lloyd said '{DESTINY}'", "?") == verify(fb, f"Lloyd said '{DESTINY}'")
    hint = verify_message(fb, "!!! ???", "?")
    assert hint.status is Status.USAGE and "`?verify Lloyd said" in hint.body and "\x1a" not in hint.body
    for empty in ("", "\u200b", "<@123456789012345678>"):
        answer = verify_message(fb, empty, "?")
        assert (answer.status, answer.body) == (Status.USAGE, "That message has no words to check.")


def test_scare_quotes_do_not_make_a_claim(fb: FactBase) -> None:
    answer = verify(fb, 'Police will form a "strategic alliance" to coordinate their work')
    assert answer.title == NOT_FOUND
    assert "strategic alliance` " not in answer.body  # the whole sentence was checked, not the two words


# -- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "needs <words"),
        ("   \u200b\x00 ", "needs <words"),
        ("Lloyd said", "too few words"),
        ("'destiny'", "too few words"),
        ("it is all about the", "only common words"),
        ("!!! ??? ...", "Which words should I check?"),
    ],
)
def test_nothing_to_check_is_a_usage_answer(fb: FactBase, text: str, says: str) -> None:
    answer = respond(fb, f"!verify {text}")
    assert answer.status is Status.USAGE
    assert says in answer.body


def test_a_quotation_longer_than_other_queries_is_accepted(fb: FactBase) -> None:
    longest = max((q.text for q in fb.quotes.values()), key=len)
    assert len(longest) > 300  # other commands refuse a query this long
    assert run_command(fb, "verify", longest).title == EXACT


def test_too_long_is_refused_clearly(fb: FactBase) -> None:
    answer = run_command(fb, "verify", "words " * (MAX_CLAIM_CHARS // 5))
    assert answer.status is Status.USAGE and "I check up to" in answer.body
    answer = respond(fb, "!verify " + "x " * 5000)
    assert answer.status is Status.USAGE and "please keep a query under 4,000" in answer.body


def test_echoed_words_never_ping_or_escape_their_code_span(fb: FactBase) -> None:
    message = '@everyone <@&1> said "We\'d prefer to be the `masters` of @here our own destiny ||secret||"'
    answer = run_command(fb, "verify", message)
    assert answer.title == CLOSE
    shown = answer.body + "".join(f.value for f in answer.fields)
    assert "@everyone" not in shown and "@here" not in shown and "<@&1>" not in shown
    outside = "".join("".join(line.split("`")[0::2]) for line in shown.splitlines())
    assert "||" not in outside and "@" not in outside


# -- the same answer everywhere ------------------------------------------------------


_MESSAGES = [
    f"Lloyd said '{DESTINY}'",
    "We'd prefer to be the mastres of our own destny",
    "of the three forces",
    "To be quite clear, the G4S about how they can assist policing support services",
    "Local policing services will be cut as a result of the alliance.",
]


def test_the_same_message_gets_the_same_answer(fb: FactBase) -> None:
    for message in _MESSAGES:
        assert run_command(fb, "verify", message) == run_command(fb, "verify", message)


def test_no_hash_order_decides(fb: FactBase) -> None:
    """The answers in processes with different string hashing are the same."""
    script = (
        "import json, sys\n"
        "from commands import run_command\n"
        "from knowledge import FactBase\n"
        "fb = FactBase.load()\n"
        "print(json.dumps([run_command(fb, 'verify', m).to_dict() for m in json.loads(sys.argv[1])]))\n"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script, json.dumps(_MESSAGES)],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env=env,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_factbot_ask_runs_verify(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["ask", f"!verify Lloyd said '{DESTINY}'"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(ELSE)
    assert cli_main(["ask", "!verify The public deserves to know how much this failed deal has cost"]) == 1
    assert capsys.readouterr().out.startswith(NOT_FOUND)


def test_help_describes_verify(fb: FactBase) -> None:
    answer = respond(fb, "!help verify")
    assert answer.title.startswith("!verify <words")
    assert "`!verify Lloyd said" in {f.name: f.value for f in answer.fields}["Examples"]


def test_at_scale_a_speakers_own_words_are_found_and_others_are_not_credited(tmp_path: Path) -> None:
    """In a fact base of 1,000 synthetic quotes, where many share their words,
    a fragment credited to its speaker is exact, and credited to another
    person is someone else's."""
    generate.generate(1000, tmp_path / "fb", seed=4)
    big = FactBase.load(tmp_path / "fb")
    rng = random.Random(15)
    people = sorted(big.quotes_of_speaker)
    checked = 0
    for quote in rng.sample([q for q in big.quotes.values() if not q.reported], 60):
        words = quote.text.split()
        size = rng.randint(4, 6)
        start = rng.randint(0, len(words) - size)
        fragment = " ".join(words[start : start + size])
        if not telling(claim_words(fragment)):
            continue  # only common words: a usage answer, tested above
        right = big.entities[quote.speaker].name
        answer = run_command(big, "verify", f'{right} said "{fragment}"')
        assert answer.title == EXACT and quote.id in answer.ids, (fragment, right)
        other = rng.choice([p for p in people if p != quote.speaker])
        answer = run_command(big, "verify", f'{big.entities[other].name} said "{fragment}"')
        assert answer.title == ELSE, (fragment, other)
        checked += 1
    assert checked >= 40


# -- who a message credits ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'unison wants to "keep more officers on the beat" fair enough',  # no pattern: a party named outside
        'the PCCs reckon "we can help police forces unlock resources in their support functions"',
        'Lloyd wants to "release money for front-line policing" apparently',
        '"release money for front-line policing" was Unison\'s line',
        'the Herts PCC reckons "we\'d prefer to be the masters of our own destiny"',
        '"We\'d prefer to be the masters of our own destiny" is what the forces said apparently',
        'the PCCs said "We\'d prefer to be the masters of our own destiny"',  # the three, not Sir Clive alone
    ],
)
def test_a_party_named_outside_the_quotation_who_did_not_say_it_is_someone_else(fb: FactBase, text: str) -> None:
    assert _verify(fb, text)[0] == ELSE


@pytest.mark.parametrize(
    ("text", "quote_id"),
    [
        (
            '"On 3 November, we announced that G4S had been asked to carry out a feasibility study into contact'
            ' management." - spokesman for Leics, Notts and Northants forces',
            "forces-feasibility-study",
        ),
        ('G4S reckons "keep more officers on the beat"', "shaw-front-line"),  # the firm its spokesman speaks for
        ('the Leics commissioner said "we\'d prefer to be the masters of our own destiny"', LOADER),
        ('Lloyd on G4S: "All this means is that we will not be contracting with G4S"', "lloyd-other-providers"),
        ('Unison\'s spokesperson called it "good news for our members and the public"', "unison-good-news"),
    ],
)
def test_the_speaker_by_description_abbreviation_or_organisation_keeps_exact(
    fb: FactBase, text: str, quote_id: str
) -> None:
    title, ids = _verify(fb, text)
    assert title == EXACT and ids[0] == quote_id


# -- rewordings ---------------------------------------------------------------------


def test_a_loose_rewording_is_close_with_the_real_words_shown(fb: FactBase) -> None:
    answer = run_command(
        fb, "verify", "didn't the Leicestershire PCC say something like \"we'd rather be in charge of our own fate\"?"
    )
    assert (answer.title, answer.ids) == (CLOSE, (LOADER,))
    assert "**masters**" in answer.body and "**destiny.**" in answer.body and "~~`fate`~~" in answer.body


def test_reported_speech_presented_as_a_quote_is_close_and_called_reported(fb: FactBase) -> None:
    answer = run_command(fb, "verify", 'Lloyd: "negotiations for a deal with G4S have been discontinued"')
    assert (answer.title, answer.ids) == (CLOSE, ("lloyd-confirmed-discontinued",))
    assert "reported speech, not a quotation" in answer.body and "*Reported:*" in answer.body
    assert "**which would have seen security**" in answer.body  # the clause left out, in bold


def test_two_quotations_joined_by_a_few_small_words_are_spliced(fb: FactBase) -> None:
    text = '"We\'d prefer to be the masters of our own destiny, which is good news for our members and the public"'
    answer = run_command(fb, "verify", text)
    assert answer.title == CLOSE and answer.body.startswith("These words join two quotations")
    assert set(answer.ids) == {LOADER, "unison-good-news"}


@pytest.mark.parametrize(
    "text",
    [
        "We will meet G4S early next year to discuss a new contract.",  # Hanrahan's frame, other words
        "We have asked G4S to carry out a second study into the 999 service.",
        "There is no urgent need to change how our control rooms work.",  # a negation the quotation lacks
    ],
)
def test_invented_sentences_in_the_quotations_words_are_not_in_the_articles(fb: FactBase, text: str) -> None:
    assert _verify(fb, text)[0] == NOT_FOUND


def test_an_alias_with_commas_without_quotation_marks(fb: FactBase) -> None:
    name = "Leicestershire, Nottinghamshire and Northamptonshire PCCs"
    assert _verify(fb, f"According to {name}, To be quite clear, the alliance is not a merger")[0] == EXACT
    lloyd = (
        "he was still looking to press ahead with privatisation plans and did not rule out doing future deals with G4S"
    )
    assert _verify(fb, f"{name} said {lloyd}")[0] == ELSE


def test_a_word_changed_is_never_absorbed_into_the_name(fb: FactBase) -> None:
    """Without quotation marks the name ends at the first verb of saying: in
    "Lloyd said I have still said that ...", "I have still" is the claim's."""
    text = (
        "David Lloyd said I have still said that I would make my decision once the evidence was received and assessed"
    )
    assert _verify(fb, text) == (CLOSE, ("lloyd-evidence-framework",))
    words = '"To be quite clear, the alliance is not a merger"'
    pccs = "the Leicestershire, Nottinghamshire and Northamptonshire police and crime commissioners"
    assert _verify(fb, f"{words} according to {pccs}")[0] == EXACT  # a long description, read whole


@pytest.mark.parametrize(
    ("text", "quote_id"),
    [
        # A changed word makes words before a verb of saying look like a description; they are no name.
        (
            "“negotiations for a confirmed, which would have seen security firm G4S take over services in"
            " Hertfordshire, Cambridgeshire and Bedfordshire, have been discontinued”",
            "lloyd-confirmed-discontinued",
        ),
        (
            "negotiations for a deal, which would have confirmed security firm G4S take over services in"
            " Hertfordshire, Cambridgeshire and Bedfordshire, have been discontinued",
            "lloyd-confirmed-discontinued",
        ),
        # Words no one is described by ("report") may be the claim's, without quotation
        # marks: the name ends at the comma before them (seed 90's changed word).
        (
            "According to Leicestershire, Nottinghamshire and Northamptonshire PCCs, To be quite report, the"
            " alliance is not a merger",
            "pccs-not-a-merger",
        ),
        # The message names the speaker; the quotation's words are his, whatever they hold.
        (
            'Cllr Lloyd said: "I have company said that I would make my decision once the evidence was received and'
            ' assessed."',
            "lloyd-evidence-framework",
        ),
    ],
)
def test_a_changed_word_never_makes_a_speaker_of_the_words_before_it(fb: FactBase, text: str, quote_id: str) -> None:
    title, ids = _verify(fb, text)
    assert title == CLOSE and ids[0] == quote_id


# The first blind set's failures (a set written by hand from the articles
# alone), now a training set; the three paraphrases still missed are left out.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            '"On 3 November, we announced that G4S had been asked to carry out a feasibility study into contact'
            ' management." - spokesman for Leics, Notts and Northants forces',
            EXACT,
        ),
        ('"we can confirm that this will not include outsourcing" is what the forces said apparently', CLOSE),
        ('Lloyd: "I always said I\'d decide once all the evidence had come in and been looked at"', CLOSE),
        ("didn't the Leicestershire PCC say something like \"we'd rather be in charge of our own fate\"?", CLOSE),
        (
            'G4S guy basically said "we can help forces free up cash from their support functions to put more'
            ' officers on the beat"',
            CLOSE,
        ),
        ('Lloyd said "the G4S contract via Lincolnshire just wasn\'t right for our three forces"', CLOSE),
        ("the PCCs were like \"let's be clear, this alliance isn't a merger\" 🙃", CLOSE),
        (
            "\"we're already talking to other providers and we'll keep talking to G4S about helping with support"
            ' services in Herts"',
            CLOSE,
        ),
        (
            '"We\'d prefer to be the masters of our own destiny, which is good news for our members and the public"',
            CLOSE,
        ),
        ('Lloyd: "negotiations for a deal with G4S have been discontinued"', CLOSE),
        ('unison wants to "keep more officers on the beat" fair enough', ELSE),
    ],
)
def test_the_first_blind_sets_failures(fb: FactBase, text: str, verdict: str) -> None:
    assert _verify(fb, text)[0] == verdict


# -- the second blind set's failures, by principle ------------------------------------
# (A second set written by hand from the articles alone, now a training set: each
# failure is pinned by messages of our own in other wordings, and by itself.)


@pytest.mark.parametrize(
    "text",
    [
        f'found this in a group chat: "{DESTINY}" legit or fake?',
        'someone posted "the alliance is not a merger" — real or made up?',
        'quote check pls: "I made my decision based on evidence and on the recommendations from the chief constables"',
        'accuracy check: "We firmly believe that we can help police forces" is that right?',
        'a guy at work keeps quoting "we will not be contracting with G4S through this contract" lol',
        'my neighbour said "the alliance is not a merger"',  # a lowercase phrase is no proper name
        f'the lads in the pub reckon "{DESTINY}"',
    ],
)
def test_words_around_a_quotation_that_name_no_one_credit_no_one(fb: FactBase, text: str) -> None:
    assert _verify(fb, text)[0] == EXACT


def test_a_proper_name_the_articles_never_give_is_still_someone_else(fb: FactBase) -> None:
    assert _verify(fb, f'Priti Patel: "{DESTINY}"') == (ELSE, (LOADER,))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A screenshot's or a forwarded post's text, itself crediting someone.
        (
            "screenshot from a news site: \"Unison's spokesman said 'We firmly believe that we can help police forces"
            " unlock resources'\" accurate?",
            ELSE,
        ),
        ("a post I saw: \"John Shaw said 'We firmly believe that we can help police forces unlock resources'\"", EXACT),
        (f'this is going round: "Lloyd said {DESTINY}"', ELSE),
        (f'Sam posted "as Sir Clive put it, {DESTINY}"', EXACT),
    ],
)
def test_a_quotation_that_credits_someone_is_read_as_a_message(fb: FactBase, text: str, verdict: str) -> None:
    assert _verify(fb, text)[0] == verdict


# Descriptions of a party, and the speakers naming it credits.
_DESCRIBED = [
    ("Northamptonshire Police's spokesman", {"northamptonshire-police-spokesman"}),
    ("the Northants force's spokesperson", {"northamptonshire-police-spokesman"}),
    ("a Hertfordshire police spokesman", set()),  # a force the articles quote no one for
    ("the Bedfordshire force's spokesman", set()),
    ("G4S's spokesman", {"john-shaw"}),
    ("the union's spokesperson", {"unison-spokesman"}),
    ("the Leics PCC", {"clive-loader"}),
    ("Hertfordshire's commissioner", {"david-lloyd"}),
]


@pytest.mark.parametrize(("description", "speakers"), _DESCRIBED)
def test_words_credited_to_a_party_that_did_not_say_them_are_never_exact_or_close(
    fb: FactBase, description: str, speakers: set[str]
) -> None:
    """Every quotation, word for word, credited to a party described by
    role, possessive or place: someone else's unless the party said it."""
    for quote in fb.quotes.values():
        words = quote.text.replace('"', "")
        title, _ = _verify(fb, f"{description} said '{words}'")
        if quote.speaker in speakers:
            assert title in (EXACT, CLOSE), (description, quote.id)
        else:
            assert title == ELSE, (description, quote.id)


@pytest.mark.parametrize(
    ("text", "verdict", "quote_id"),
    [
        # The named speaker's own quotation reworded, before a looser rewording of someone else's.
        ('Lloyd: "it just means we won\'t sign up with G4S through this contract"', CLOSE, "lloyd-other-providers"),
        # ...and someone else's, when it is nearer than anything the named speaker said.
        (
            'John Shaw: "it just means we won\'t sign up with G4S through this contract"',
            ELSE,
            "lloyd-other-providers",
        ),
        # A loose rewording of someone else's words, when the named speaker's own
        # are as near: no evidence either way.
        (
            'Lloyd: "this means no deal will be agreed with the firm through this contract"',
            NOT_FOUND,
            "lloyd-other-providers",
        ),
        # ...nor when a third party's words are nearer still.
        (
            'Hanrahan: "this means no deal will be agreed with the firm through this contract"',
            NOT_FOUND,
            "lloyd-other-providers",
        ),
    ],
)
def test_the_named_speakers_own_words_are_weighed_against_anyone_elses(
    fb: FactBase, text: str, verdict: str, quote_id: str
) -> None:
    title, ids = _verify(fb, text)
    assert title == verdict and ids[0] == quote_id


@pytest.mark.parametrize(
    ("text", "quote_id"),
    [
        ('the Unison spokesman called the decision "a victory for members and the public"', "unison-good-news"),
        ('Unison said it was "great news for our members and for the public"', "unison-good-news"),
        # A clause left out: "although we have identified an urgent need to explore options".
        (
            '"we\'re thankful to G4S for their report, but we can confirm outsourcing will not form part of it"'
            " - three forces spokesman",
            "forces-no-outsourcing",
        ),
        ('"We are grateful to G4S for the report, and we can say now that outsourcing won\'t be included"', None),
        ('"all it means is we won\'t be signing with G4S on this contract" - Herts PCC', "lloyd-other-providers"),
        # Reported speech given as a quote: close, and called reported.
        ('the Hertfordshire PCC said he "had not ruled out doing deals with G4S in future"', "lloyd-not-ruled-out"),
        ('Lloyd apparently "did not rule out using G4S again in future"', "lloyd-not-ruled-out"),
    ],
)
def test_rewordings_in_other_words(fb: FactBase, text: str, quote_id: str | None) -> None:
    answer = run_command(fb, "verify", text)
    assert answer.title == CLOSE
    assert quote_id is None or quote_id in answer.ids
    # Reported speech given as a quote is called so (words the article quotes inside it are not).
    assert ("not a quotation" in answer.body) == (quote_id == "lloyd-not-ruled-out")


@pytest.mark.parametrize(
    "text",
    [
        "We are grateful to G4S for their report, which shows outsourcing is the best option.",
        "Thanks to G4S for the report; we have signed up to outsourcing our control rooms.",
        "We have not yet received the G4S report, so outsourcing may still be part of it.",
        "The decision was a win for G4S and a blow for the public.",
        "Lloyd signed up with G4S under a new contract in the end.",
        "Although the report was late, we can confirm that G4S will run the control rooms.",
        "We are grateful to our members and the public for their support.",
        "Outsourcing will not be part of the alliance, but G4S will still run the control rooms.",
        "We thank the public for the report, but we can confirm this will include outsourcing.",
        "We are grateful to the chief constables for their report but we will not include their recommendations.",
    ],
)
def test_invented_sentences_in_the_new_synonyms_and_clauses_are_not_in_the_articles(fb: FactBase, text: str) -> None:
    assert _verify(fb, text)[0] == NOT_FOUND


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            'saw someone quote "I am already in discussion with other market providers" — genuine quote or made up?',
            EXACT,
        ),
        (
            "screenshot of a news app: \"Northamptonshire Police's spokesman said 'We firmly believe that we can help"
            " police forces unlock resources in their support functions'\" is that right?",
            ELSE,
        ),
        (
            '"Thanks to G4S for the report, but we can already say outsourcing won\'t be part of it"'
            " is that a real quote",
            CLOSE,
        ),
        ('unison reckoned the decision was "a win for our members and for the public" true?', CLOSE),
        ('"This just means we won\'t be signing up with G4S under this contract" — Lloyd. real?', CLOSE),
        ('The Herts PCC said he "did not rule out using the firm in future" - is that a direct quote?', CLOSE),
        (
            'full quote check pls: "I have always said that I would make my decision once the evidence was received'
            " and assessed. It is now clear that the G4S framework contract through Lincolnshire Police was not"
            ' suitable for the unique position of the three forces."',
            EXACT,
        ),
    ],
)
def test_the_second_blind_sets_failures(fb: FactBase, text: str, verdict: str) -> None:
    assert _verify(fb, text)[0] == verdict
