"""A count asked with nothing saying which one: "how many special schools?". When the source
counts that thing more than one way (15 special schools opened this year, a further 76
approved), picking one as the answer guesses; most readers mean how many there are, which the
source does not give. The reply says which counts it gives, with the one nearest a total (those
opened) as related. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sendbot.answering.asked_kinds import FLOW_WORDS
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fact_profile import FLOW_ROLES, OPEN_ROLES, ROLE_WORDS, FactProfile
from sendbot.answering.intent import COUNT_NOUN, POLITE_END
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact, FigureKind

# "how many special schools", "number of special schools?", "how many special schools now",
# "how many new special schools are there": the thing counted and nothing else (no verb but
# "are there", no place, period or "of the ...") but a hedge ("roughly", "in total"). Words
# before it ("café - how many ...", "quick one: how many ...") are read apart: see
# `bare_thing`.
_BARE = re.compile(
    r"^(?P<before>(?:[a-z0-9]+ )*?)(?:so |and |ok )?(?:how many|number of|no of) "
    r"(?P<thing>[a-z]+(?: [a-z]+){0,2})(?<! are)(?<! roughly)(?<! approximately)(?<! about)"
    r"(?<! altogether)(?<! overall)(?<! total)(?<! all)(?<! exactly)(?P<there> are there)?"
    r"(?: (?:now|then|in england))?"
    r"(?: (?:roughly|approximately|approx|about|altogether|overall|in total|in all|exactly))?$"
)
# The same count asked by a noun after the thing: "special schools count?", "EPs tally".
_BARE_BY_NOUN = re.compile(rf"^(?P<thing>[a-z]+(?: [a-z]+){{0,2}}) {COUNT_NOUN}(?: {POLITE_END})?$")
_NOT_A_THING = frozenset(
    "of in for at by from are is were was have has do did will can the".split()
)
# Words about the asking itself, which every record's words hold too ("a question: how many
# special schools?", "help - how many ..."): they name no topic.
_ABOUT_ASKING = frozenset("question query answer help".split())
# How far down the ranking another count of the same thing may be.
RIVALS = 3


def _names_a_topic(index: FactIndex | None, words: str) -> bool:
    """Whether words said before a count name anything the sources are about: "autism - how
    many special schools" narrows the count, "café - how many special schools" does not.
    Without the index to tell, they are taken to narrow it."""
    if not words:
        return False
    if index is None:
        return True
    terms = set(index.normaliser.terms(words)) - _ABOUT_ASKING
    return any(term in index.postings for term in terms)


def bare_thing(question: Question, index: FactIndex | None = None) -> str | None:
    """What a bare count asks the number of ("special schools"); None when it is no bare
    count. Words before the count that name no topic of the sources (a greeting, a name, a
    stray word) leave it bare: they cannot say which count is meant."""
    asked = question.text.lower().rstrip(" ?!.")
    found = _BARE.match(asked) or _BARE_BY_NOUN.match(asked)
    if not found or question.role or question.places or question.years:
        return None
    # (a count asked by a noun after the thing has nothing before it, nor "are there")
    said = found.groupdict()
    if _names_a_topic(index, (said.get("before") or "").strip()):
        return None
    thing = found["thing"]
    if said.get("there") and thing.startswith("new "):
        # "how many new special schools are there": new ones there are, opened or approved
        thing = thing.removeprefix("new ")
    if FLOW_WORDS.search(thing) or _NOT_A_THING.intersection(thing.split()):
        return None
    return thing


def _parts(terms: Iterable[str]) -> frozenset[str]:
    """Terms split where the normaliser joined them: "special_school" is "special", "school"
    (a count of "special free schools" counts special schools)."""
    return frozenset(part for term in terms for part in term.split("_"))


def _counted_by_role(index: FactIndex, position: int, parts: frozenset[str]) -> bool:
    """The fact counts the thing (one of its counts is of it, each figure read alone: "15 new
    special schools and one AP free school" counts no special free schools), by something done
    to it."""
    roles = index.profiles[position].count_roles
    if not roles or not roles <= FLOW_ROLES:
        return False
    counted = (
        figure.unit or figure.label
        for figure in index.facts[position].figures
        if figure.kind is FigureKind.COUNT
    )
    return any(parts <= _parts(index.normaliser.terms(thing)) for thing in counted)


def _role_said(profile: FactProfile) -> str:
    words = " or ".join(sorted(ROLE_WORDS.get(role, role) for role in profile.count_roles))
    return f"{words} {profile.period}" if profile.period else words


def which_count(
    index: FactIndex, question: Question, positions: Sequence[int], answer: Fact
) -> tuple[int, str] | None:
    """When a bare count was answered (fact `answer`) by one of several counts of the thing
    among the first `positions`, each of something done to it (opened, approved): the count
    to show as related and the sentence saying which counts the source gives; else None."""
    thing = bare_thing(question, index)
    if thing is None:
        return None
    parts = _parts(index.normaliser.terms(thing))
    counts = [p for p in positions[:RIVALS] if _counted_by_role(index, p, parts)]
    answered = next((p for p in counts if index.facts[p] is answer), None)
    if answered is None or len({index.profiles[p].count_roles for p in counts}) < 2:
        return None
    # Those opened are the nearest the source comes to how many there are.
    related = next((p for p in counts if index.profiles[p].count_roles & OPEN_ROLES), answered)
    counts.sort(key=lambda p: p != related)
    said = " and the number ".join(_role_said(index.profiles[p]) for p in counts)
    return related, f"{SOURCE} gives the number {said}, not how many there are in total."
