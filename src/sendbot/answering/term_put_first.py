"""A definition asked of a term put before the words that ask it: "adaptive teaching - what is
that?", "dsg deficit = what?", "ehcp means what", "process evaluation, meaning?", or after
"explain": "explain the early career framework to me". Pure.

Read as worded, such a message asks nothing the intent rules name (its "what is that" points
at nothing they read), so a fact merely naming the term was given as if it said what the term
is. Read as "what is TERM", the definition rules weigh it: a fact explaining the term answers,
one only naming it is related information ("doesn't explain what ... is").

Not a term with a figure or a sum in it ("£3m pilot what is it", "4000 children whats that"),
which asks what the figure refers to, nor one naming a time or a measure ("high needs funding
this year - what is it?"), which asks the figure.
"""

from __future__ import annotations

import re

from sendbot.answering.normalise import fold_text, words

# The asking words after the term, on the message's folded words: "what is that (exactly)",
# "whats this" ("what's" folds to "what"), "means what", "meaning", "= what" (the "=" is read
# from the folded text, as words() drops it). "That" and "this" point at a term the asker has
# just met; "X - what is it?" is left to the other rules, as it may ask what X holds or sets
# out ("ITTECF minimum entitlement - what is it?", which the entitlement's own fact answers).
_ASKED_AFTER = re.compile(
    r"^(?P<term>.+?) (?:what (?:is |are )?(?:that|this|those|these)|means what|"
    r"meaning)(?: (?:exactly|actually|then|again|here|even|pls|please|plz|lol))*$"
)
# ... with the same stress after it: "resourced provision = what exactly?", "= what now??"
_EQUALS_WHAT = re.compile(
    r"^(?P<term>[^=]+?)\s*=\s*(?:what|\?)"
    r"(?:\s+(?:exactly|actually|then|again|here|even|now|pls|please|plz|lol))*[\s?!.]*$"
)
# "explain the ECF (to me)", "can you explain adaptive teaching", "pls explain DSG deficit"
_EXPLAIN = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u|someone|somebody) |(?:pls|please|plz) |someone )?"
    r"explain (?P<term>.+?)(?: to (?:me|us|a parent|a layman|a novice))?"
    r"(?: (?:pls|please|plz|simply|in simple terms|in plain english|quickly|briefly))*$"
)

# A term is a name: no question word, no figure, no time and no measure of something.
_NOT_IN_A_TERM = frozenset(
    """what whats how when where which who whos whose why whether if is are was were does do did
    will would can could should has have it that this they them those these you your u me i my
    our we bot question answer answers minister asked asking now today currently current latest
    year years month week status budget budgets funding funded allocation allocations spending
    spend money total number amount cost costs price figure figures rate share percentage
    about for called worth rise rises increase cut cuts fall drop change changes difference
    gap""".split()
)
# Words naming a part of what was said: "the X bit", "the X part" point into the answer.
_PART_OF_THE_ANSWER = frozenset("bit bits part parts section side stuff thing things one".split())
_LONGEST_TERM = 6  # words: a longer "term" is a clause of a story


def term_asked_of(message: str) -> str | None:
    """'what is TERM' (folded), when the message asks what a term put first means; else None."""
    folded = fold_text(message).strip()
    equals = _EQUALS_WHAT.match(folded)
    said = " ".join(words(folded))
    found = _ASKED_AFTER.match(said) or _EXPLAIN.match(said)
    term = " ".join(words(equals["term"])) if equals else found["term"] if found else None
    if term is None:
        return None
    term_words = term.split()
    if term_words[:1] == ["the"] or term_words[:1] == ["a"] or term_words[:1] == ["an"]:
        term_words = term_words[1:]
    if not term_words or len(term_words) > _LONGEST_TERM:
        return None
    if any(word in _NOT_IN_A_TERM or any(c.isdigit() for c in word) for word in term_words):
        return None
    if term_words[-1] in _PART_OF_THE_ANSWER:
        return None  # "explain the inspection bit": what the answer says of it, not a term
    return "what is " + " ".join(term_words)
