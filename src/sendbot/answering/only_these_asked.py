"""Questions asking whether something involves only one kind of member ("who is it working
with, is it just councils?", "is it only schools?"): a fact listing that kind among others
("working with local authorities, integrated care boards, school representatives ...")
answers; a fact naming that kind alone (the councils it works with) cannot say whether there
are others. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

# "is it just councils", "is that only for schools", "are they solely LAs": the kind named
# after "just", "only" or "solely", following a pointer to the thing asked about.
_ONLY_ASKED = re.compile(
    r"\b(?:is it|is that|is this|are they|are those|are these|it's|its|or) "
    r"(?:just|only|solely|purely) (?:(?:for|with|the) )?(?P<named>[a-z][a-z'-]*(?: [a-z][a-z'-]*)?)"
)
# A list of three members or more, each a few words: "local authorities, integrated care
# boards, school representatives ... and professionals" (not a sentence's clauses, "Since it
# launched in 2023, the department has been working with ..., including Bedford").
_LIST = re.compile(r"(?:\b[\w'-]+(?: [\w'-]+){0,3}, ){2,}(?:[\w'-]+ ){0,3}(?:and|or) [\w'-]+")


def kind_asked_alone(text: str) -> str | None:
    """The words naming the one kind asked about ("councils"), when asked whether it is only
    that kind; None otherwise."""
    lowered = text.lower()
    found = _ONLY_ASKED.search(lowered)
    if found is None or "?" in lowered[: found.start()]:
        # (a check after a question of its own, "who is it working with? is it only
        # councils?", is left to the question read alone, whose reply says so)
        return None
    return found.group("named")


def lists_it_among_others(quote: str, named: str, terms: Callable[[str], list[str]]) -> bool:
    """The quote lists the kind named among others: a sentence of three members or more
    holding a word of it (as the base's terms read it: "councils" is "local authorities")."""
    wanted = set(terms(named))
    if not wanted:
        return False
    return any(wanted & set(terms(found.group(0))) for found in _LIST.finditer(quote))
