"""Whether a question is asked of every story at once: "did both lots of
forces drop G4S?", "so G4S lost both deals?", "is G4S out in both places?".

Such a question is put to each story on its own records. "Will each force
keep its identity?" is not: each force is of one story, which its words
decide like any other question's.
"""

from __future__ import annotations

from knowledge.analysis import STOPWORDS, stem, words

_EACH_WORDS = frozenset("both each either".split())
# Nouns that, after "both" or "each", mean the stories themselves.
_STORY_NOUNS = frozenset(
    """stories story articles article deals deal contracts contract sets set lots lot groups group sides side
    cases case places place areas area pieces piece proposals proposal plans plan schemes scheme bids bid""".split()
)
_SKIPPED = frozenset("of the these those two".split())
_PLURAL_PARTIES = frozenset("forces police".split())


def asks_each_story(text: str, *, anchored_one: bool) -> bool:
    """Whether a question's words ask of every story: "both/each" before a
    noun for the stories ("both deals", "each of the stories"), "both" on its
    own ("did it lose out in both?"), or "both forces" with no one story named."""
    said = words(text)
    for i, word in enumerate(said):
        if word not in _EACH_WORDS:
            continue
        after = [w for w in said[i + 1 : i + 5] if w not in _SKIPPED]  # "each of the two deals"
        following = after[0] if after else ""
        if following in _STORY_NOUNS:
            return True
        if word in ("both", "either") and (not following or following in STOPWORDS):
            return True
        if word == "both" and following in _PLURAL_PARTIES and not anchored_one:
            return True
    return False


# The stems of the words that name the stories as such ("both places").
STORY_TERMS = frozenset(stem(w) for w in _STORY_NOUNS)
