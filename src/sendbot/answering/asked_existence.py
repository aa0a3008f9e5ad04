"""Questions asking whether a thing exists ("is there an evaluation of PINS?"): a fact that says
it does ("An independent evaluation of ... is underway") answers; a fact that refers back to it
("This evaluation will explore ...") takes it as known and says something else about it. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.normalise import WORD_BOUNDARY, starts_of, without_final_s

# "is there an evaluation of PINS", "are there any plans to ...", "is there a deadline?"
_EXISTENCE = re.compile(r"\b(?:is|are) there (?:a|an|any) ([a-z][a-z -]*)")
# Where the name of the thing ends: "an evaluation | of PINS", "any plans | to ...".
_AFTER_THE_THING = frozenset(
    """of for on in into about to at from by with that which who happening planned going being
    yet now still at all or and""".split()
)
_WORDS_NAMING_IT = 3  # "an independent national evaluation"


def thing_asked_to_exist(text: str) -> str | None:
    """The word naming what the question asks exists: "is there an evaluation of PINS
    happening?" -> "evaluation"; None when it asks no such thing."""
    found = _EXISTENCE.search(text.lower())
    return thing_named(found.group(1)) if found else None


def thing_named(words: str, ends_it: frozenset[str] = frozenset()) -> str | None:
    """The last word, made singular, of the thing's name that opens `words`: up to three words,
    before a preposition or other word that ends it (`ends_it` too)."""
    named: list[str] = []
    for word in words.split()[:_WORDS_NAMING_IT]:
        if word in _AFTER_THE_THING or word in ends_it:
            break
        named.append(word)
    if not named:
        return None
    # Only an "s" comes off ("studies" -> "studie"): why not `singular`, see its comment.
    return without_final_s(named[-1])


# "an independent evaluation", "this evaluation", "the new evaluations": a determiner and up to
# three words, read up to where the thing's name starts. The thing (letters and hyphens) is
# found as written: a pattern made for each thing would be compiled anew for nearly every
# question asking whether one exists.
_INTRODUCED = re.compile(r"\b(?:a|an|any|some|new|further)\s+(?:[\w\u2019'-]+\s+){0,3}?\Z")
_REFERRED_BACK = re.compile(r"\b(?:this|that|these|those|the|its)\s+(?:[\w\u2019'-]+\s+){0,3}?\Z")
_THERE_IS = re.compile(r"\bthere (?:is|are|will be|has been|have been)\b[^.]*\Z")
_PLURAL_END = re.compile(r"s?\b")


def _named_after(before: re.Pattern[str], thing: str, text: str) -> bool:
    """The thing, or its plural, is named right after what `before` reads (which ends the
    text it is given)."""
    return any(
        _PLURAL_END.match(text, at + len(thing)) and before.search(text, 0, at)
        for at in starts_of(thing, text)
    )


def says_it_exists(quote: str, thing: str) -> bool:
    """The quote introduces the thing ("An independent evaluation ... is underway", "there is
    a review"), rather than only referring back to one named before."""
    text = quote.lower()
    return _named_after(_INTRODUCED, thing, text) or any(
        WORD_BOUNDARY.match(text, at) and _THERE_IS.search(text, 0, at)
        for at in starts_of(thing, text)
    )


def refers_back_to(quote: str, thing: str) -> bool:
    """The quote names the thing only as one already known: "This evaluation will ..."."""
    text = quote.lower()
    return _named_after(_REFERRED_BACK, thing, text)
