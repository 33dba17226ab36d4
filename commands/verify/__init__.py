"""`verify <words>`: who really said this, and was it word for word?

    verify(fb, "Lloyd said 'we'd prefer to be the masters of our own destiny'")

gives one verdict as the answer's title: "Exact quote", "Close, not exact",
"Said by someone else" or "Not in the articles". The text may be a whole
chat message: the quoted part is checked when there is one, and an
attribution around it ("X said", "- X", "according to X") is checked
against the quotation's real speaker.
"""

from __future__ import annotations

from commands.answer import Answer, Status
from commands.format import PREFIX, cmd, echo
from commands.verify import render
from commands.verify.claim import Claim, prepare, quoted_claim, unquoted_claims, whole
from commands.verify.speaker import Named, mentioned, resolve
from commands.verify.verdict import MIN_WORDS, Match, Verdict, claim_words, matches, splice, telling, verbatim_in
from knowledge import FactBase

__all__ = ["MAX_CLAIM_CHARS", "MAX_MESSAGE_CHARS", "Verdict", "read", "verify", "verify_message"]

# A message may be long (a pasted chat message); the words checked may not:
# the longest quotation in the articles is under a thousand characters.
MAX_MESSAGE_CHARS = 4000
MAX_CLAIM_CHARS = 1200
_COMMENT_WORDS = 3  # "... - lol": at most this long, a trailing comment is not a name
_EXAMPLE = "verify Lloyd said 'we'd prefer to be the masters of our own destiny'"


def _usage(body: str) -> Answer:
    return Answer(title="That didn't work", body=body, status=Status.USAGE)


def read(fb: FactBase, text: str) -> tuple[Claim, Named | None]:
    """The words a message attributes, and whom it credits (None: no one).

    Quoted words win; without quotation marks an "X said ..." split is taken
    only when X names someone and the whole message is not itself a quotation.
    """
    quoted = quoted_claim(text)
    if quoted is not None:
        named = _crediting(fb, quoted)
        # Only when the message around the quotation names no one the
        # articles name: "Lloyd said: '...'" credits Lloyd whatever is inside.
        nested = _nested(fb, quoted, named) if named is None or not named.ids else None
        return nested or (quoted, named)
    as_is = whole(text)
    if len(as_is.words) > MAX_CLAIM_CHARS or verbatim_in(fb, as_is.words):
        return as_is, None
    splits = unquoted_claims(text)
    readings = [(claim, resolve(fb, claim.speaker, inside=False)) for claim in splits]
    # Someone the articles name, before a name they never give; and without
    # quotation marks such a name must look like one: "Boris said ...", not
    # "always said that I would make my decision ...".
    for claim, named in readings:
        if named is not None and named.ids:
            return claim, named
    for claim, named in readings:
        if named is not None and all(word[:1].isupper() for word in claim.speaker.split()):
            return claim, named
    # "... - lol": a short comment after the words names no one, and the words
    # before it are a quotation. Never words before the claim: in "We'd prefer
    # to be the announced of our own destiny" they are part of it.
    comments = (c for c in splits if text.startswith(c.words) and len(c.speaker.split()) <= _COMMENT_WORDS)
    return next((c for c in comments if verbatim_in(fb, c.words)), as_is), None


def _nested(fb: FactBase, quoted: Claim, around: Named | None) -> tuple[Claim, Named | None] | None:
    """A quotation that is itself a message crediting someone, as a
    screenshot's or a forwarded post's text is ("screenshot: \"Northants
    police's spokesman said 'We firmly believe ...'\""): the words it quotes,
    credited to whom it names. The message around it (`around`, naming no
    one the articles name) is framing or who posted it, not who spoke; it
    counts only if the inner message names no one. None when the quotation
    is words someone said (verbatim in the articles), or credits no one."""
    if verbatim_in(fb, quoted.words):
        return None
    inner, named = read(fb, quoted.words)
    if inner.words == quoted.words or (named is None and not inner.quoted):
        return None
    return inner, named if named is not None else around


def _crediting(fb: FactBase, claim: Claim) -> Named | None:
    """Whom a message credits with its quoted words: the first reading of
    the words around them that names someone the articles name, else one
    that names someone they do not ("Boris said"); with no reading, any
    person or body named outside the quotation ("unison wants to ...").
    Naming a party and not the speaker is then "Said by someone else", never
    a silent exact: a misattribution passed as right is the worst answer."""
    readings = [named for name in claim.names if (named := resolve(fb, name)) is not None]
    return next((n for n in readings if n.ids), None) or next(iter(readings), None) or mentioned(fb, claim.outside)


def _credited(fb: FactBase, named: Named | None, found: list[Match]) -> list[Match]:
    return [m for m in found if named is None or named.credits(fb, m.passage.speaker)]


def verify_message(fb: FactBase, text: str, prefix: str) -> Answer:
    """`verify` on someone's whole message, as a message command ("Who said
    this?") runs it: the quoted part when there is one, command hints in
    this bot's prefix. Safe on any text: it never raises and never pings."""
    if not prepare(text):
        return _usage("That message has no words to check.")
    return verify(fb, text).with_prefix(prefix, PREFIX)


def verify(fb: FactBase, text: str) -> Answer:
    """Check words someone attributes (a whole message, or only the words)."""
    text = prepare(text)
    if len(text) > MAX_MESSAGE_CHARS:
        return _usage(f"That is {len(text):,} characters; paste the sentence in question, not the whole text.")
    claim, named = read(fb, text)
    words = claim_words(claim.words)
    if not words:
        return _usage(f"Which words should I check? For example: {cmd(_EXAMPLE)}.")
    if len(claim.words) > MAX_CLAIM_CHARS:
        return _usage(
            f"That is {len(claim.words):,} characters of quotation; I check up to {MAX_CLAIM_CHARS:,} at a time."
            " Paste the sentence in question."
        )
    if not telling(words):
        return _usage(f"{echo(claim.words)} is only common words; give more of the quotation.")
    found = matches(fb, claim.words, named.ids if named is not None else ())
    exact = [m for m in found if m.exact]
    if len(words) < MIN_WORDS and not any(m.whole for m in exact):
        return _usage(f"{echo(claim.words)} is too few words to tell who said them; give at least {MIN_WORDS}.")
    return _judge(fb, claim, named, found)


def _judge(fb: FactBase, claim: Claim, named: Named | None, found: list[Match]) -> Answer:
    """The verdict, most certain first: the words verbatim; spliced from two
    quotations; close to one; else not in the articles."""
    exact = [m for m in found if m.exact]
    if exact:
        credited = _credited(fb, named, exact)
        if named is not None and not credited:
            return render.someone_else(fb, claim, named, exact)
        return render.exact(fb, claim, credited)
    spliced = splice(fb, claim.words, found)
    if spliced is not None:
        parts = [spliced.first, spliced.second]
        if named is not None and not _credited(fb, named, parts):
            return render.someone_else(fb, claim, named, parts)
        return render.spliced(fb, claim, spliced)
    close = [m for m in found if m.close]
    if close and named is not None:
        return _weighed(fb, claim, named, found, close)
    if close:
        return render.close(fb, claim, close[0])
    nearest = found[0] if found and found[0].near else None
    return render.not_found(fb, claim, nearest)


def _weighed(fb: FactBase, claim: Claim, named: Named, found: list[Match], close: list[Match]) -> Answer:
    """Close to some quotation, with a speaker named: the named speaker's
    nearest quotation against the nearest close one of anyone else's. The
    nearer wins, the named speaker's on a tie: their own words reworded are
    close. Someone else's words are evidence against them only when nearer
    than anything they said and than any other quotation: a loose rewording
    of one quotation, when another is as near, says nothing of who spoke."""
    own = next(iter(_credited(fb, named, found)), None)
    other = next((m for m in close if not named.credits(fb, m.passage.speaker)), None)
    if own is not None and (other is None or own.fit >= other.fit):
        if own.close:
            return render.close(fb, claim, own)
        if own.near:
            return render.not_found(fb, claim, own)
    nearest = max(found, key=lambda m: m.fit)
    if other is not None and other.fit >= nearest.fit:
        return render.someone_else(fb, claim, named, [other])
    return render.not_found(fb, claim, nearest if nearest.near else None)
