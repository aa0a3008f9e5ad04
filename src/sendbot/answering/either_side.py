"""Questions asking which of two sides holds ("could my kid's secondary be in it or is it only
primaries?"), settled by a quote that names the side asked as the only one; and questions
whose two sides, set after what they ask ("what's the plan for inclusion, mainstream vs
special?"), say what to speak of, not a difference to explain. Pure.

Asked of one person's case, such a question is answered for everyone by what the scheme is
for: a quote saying it supports "up to 1680 primary schools" says it is only primaries.
"""

from __future__ import annotations

import re

from sendbot.answering.normalise import singular, stem

# "... or is it only primaries", "or just for primary schools", "or only secondaries": the one
# side the asker thinks it may be limited to.
_ONLY_ONE_SIDE = re.compile(
    r"\bor (?:is it |are they |is that |is this )?(?:only|just) (?:for |in |at )?(?:the )?"
    r"([a-z]+)"
)


def side_named(text: str, own_terms: frozenset[str]) -> bool:
    """The question asks whether it is only one side, and the quote's own words name it."""
    found = _ONLY_ONE_SIDE.search(text.lower())
    if found is None:
        return False
    side = found.group(1)
    forms = {stem(side), stem(singular(side)), singular(side)}
    before = {stem(singular(word)) for word in re.findall(r"[a-z]+", text.lower()[: found.start()])}
    if forms & before:
        # "can a TA do the npq senco or is it only for sencos": the side is in the name of
        # what is asked about, so the quote naming it says nothing of who may take part
        return False
    return bool(forms & own_terms)


# "what approach is it taking on inclusion, mainstream vs special": a "what" or "how" question
# ending with two sides set against each other; not one asking how they differ, which is
# better or a figure for each ("what's the difference, mainstream vs special", "what share
# goes to special schools vs mainstream").
_SIDES_AFTER = re.compile(r"^(?:what|how)\b.*\b([a-z]+) (?:vs|versus) ([a-z]+)$")
_ASKS_A_DIFFERENCE = re.compile(
    r"\b(?:differ\w*|compar\w*|better|worse|more|less|than|share|proportion|percent\w*|split|"
    r"much|many|number|amount)\b"
)


def both_sides_spoken_of(text: str, own_terms: frozenset[str]) -> bool:
    """The question sets two sides after what it asks, and the quote's own words name each:
    it speaks of both, which is what was asked."""
    found = _SIDES_AFTER.search(text.lower())
    if found is None or _ASKS_A_DIFFERENCE.search(text.lower()):
        return False
    return all(_names(side, own_terms) for side in found.groups())


def _names(side: str, own_terms: frozenset[str]) -> bool:
    """A term of the quote is the side's word, or a name it begins ("special_school")."""
    forms = {stem(side), stem(singular(side)), singular(side)}
    return any(term in forms or term.split("_")[0] in forms for term in own_terms)
