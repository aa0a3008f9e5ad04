"""A written answer named by its topic or House: "according to the top-slicing answer", "in the
lords IFS answer, what's the £1bn for", "that lords answer on the IFS report". The words naming
it pick the answers whose title (and House) they fit, as a date does in `dated_answer`; they are
no topic words of the fact asked, so that answer's facts are looked through without them. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.answer_parts import DOMAIN_WORDS
from sendbot.answering.dated_answer import put_in_the_lords
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.question import Question, analyse

_ANSWER = r"(?:written )?(?:answer|reply|response|pq)s?"
# "the top slicing answer", "that lords answer": up to four words between the pointing word and
# "answer"; "answer on the IFS report": up to three after it.
_BEFORE = re.compile(rf"\b(?:the|that|this|its|their) (?P<name>(?:[a-z0-9]+ ){{1,4}}?){_ANSWER}\b")
_AFTER = re.compile(rf"\b{_ANSWER} (?:on|about) (?:the )?(?P<name>[a-z0-9]+(?: [a-z0-9]+){{0,2}})$")
# The words one of which a question naming an answer so must have: most questions have none.
_ANSWER_WORDS = frozenset("answer answers reply replies response responses pq pqs".split())
_NAMING = frozenset("the a of on about written".split()) | DOMAIN_WORDS
_HOUSES = frozenset({"lords", "commons"})


@per_index
def _titles(index: FactIndex) -> dict[str, tuple[frozenset[str], bool]]:
    """Each written answer's title terms, and whether it was put in the Lords."""
    return {
        source.id: (frozenset(index.normaliser.terms(source.title)), put_in_the_lords(source))
        for source in index.kb.sources
    }


def titled_sources(index: FactIndex, question: Question) -> tuple[frozenset[str], Question]:
    """The written answers the question names by words of their title (and their House), and
    the question without the words naming them; none when it names none that fit."""
    if _ANSWER_WORDS.isdisjoint(question.words):
        return frozenset(), question
    text = " ".join(question.words)
    found = _BEFORE.search(text)
    name = found["name"].split() if found else []
    after = _AFTER.search(text)
    named = [*name, *(after["name"].split() if after else [])]
    house = next((word for word in named if word in _HOUSES), None)
    topic = {
        term
        for word in named
        if word not in _HOUSES and word not in _NAMING and word not in MONTH_WORDS
        for term in index.normaliser.terms(word)
    }
    if not topic:  # neither pattern found, or it named only a House, a month or naming words
        return frozenset(), question
    sources = frozenset(
        source_id
        for source_id, (title, in_lords) in _titles(index).items()
        if topic <= title and (house is None or in_lords == (house == "lords"))
    )
    if not sources:
        return sources, question
    spans = [match for match in (found, after) if match is not None]
    for match in sorted(spans, key=lambda match: match.start(), reverse=True):
        before = _POINTING_AT_IT.sub("", text[: match.start()])
        text = f"{before}{text[match.end() :]}"
    return sources, analyse(text)


# The word pointing at the answer named, left without it: "per the ifs answer" ("per" alone
# would ask for an amount for each one).
_POINTING_AT_IT = re.compile(r"\b(?:as )?per $")
