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

# A question is named so only with its House: "the lords question about the IFS report".
_ANSWER = r"(?:written )?(?:answer|reply|response|pq|(?<=lords )question|(?<=commons )question)s?"
# "the top slicing answer", "that lords answer": up to four words between the pointing word and
# "answer"; "answer on the IFS report": up to three after it.
_BEFORE = re.compile(rf"\b(?:the|that|this|its|their) (?P<name>(?:[a-z0-9]+ ){{1,4}}?){_ANSWER}\b")
_AFTER = re.compile(rf"\b{_ANSWER} (?:on|about) (?:the )?(?P<name>[a-z0-9]+(?: [a-z0-9]+){{0,2}})$")
# "the lords question about the IFS report, how much ...": the words after it, up to three,
# of which as many as a title has name the answer; what is asked follows.
_AFTER_THEN_ASKED = re.compile(
    rf"\b{_ANSWER} (?:on|about) (?:the )?(?P<name>[a-z0-9]+(?: [a-z0-9]+){{0,2}})"
)
# The words one of which a question naming an answer so must have: most questions have none.
_ANSWER_WORDS = frozenset(
    "answer answers reply replies response responses pq pqs question questions".split()
)
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
        return _told_in_a_house(index, question)
    text = " ".join(question.words)
    found = _BEFORE.search(text)
    name = found["name"].split() if found else []
    at_end = _AFTER.search(text)
    after = (at_end["name"], at_end.span()) if at_end else _titled_after(index, text)
    named = [*name, *(after[0].split() if after else [])]
    house = next((word for word in named if word in _HOUSES), None)
    topic = _topic(index, named)
    if not topic and not (house and found and _HOUSE_ALONE.fullmatch(found["name"])):
        # Neither pattern found, or it named only a month or naming words. ("The lords answer"
        # names the answers put in the Lords.)
        return frozenset(), question
    sources = frozenset(
        source_id
        for source_id, (title, in_lords) in _titles(index).items()
        if topic <= title and (house is None or in_lords == (house == "lords"))
    )
    if not sources:
        return sources, question
    spans = [found.span()] if found else []
    spans += [after[1]] if after else []
    for start, end in reversed(_merged(spans)):
        before = _POINTING_AT_IT.sub("", text[:start])
        text = f"{before}{text[end:]}"
    return sources, analyse(text)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, those that overlap as one ("the lords question" and "question
    about the IFS report" name one answer)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# The word pointing at the answer named, left without it: "per the ifs answer" ("per" alone
# would ask for an amount for each one).
_POINTING_AT_IT = re.compile(r"\b(?:as )?per $")


# "the lords answer", "that house of lords reply": a House and nothing else.
_HOUSE_ALONE = re.compile(r"(?:house of )?(?:lords|commons) ")


def _topic(index: FactIndex, named: list[str]) -> set[str]:
    """The matcher's terms of the words naming an answer that are its topic."""
    return {
        term
        for word in named
        if word not in _HOUSES and word not in _NAMING and word not in MONTH_WORDS
        for term in index.normaliser.terms(word)
    }


def _titled_after(index: FactIndex, text: str) -> tuple[str, tuple[int, int]] | None:
    """ "the lords question about the IFS report, how much ...": the words naming the answer
    after "about" (as many of the first three as some title has every term of) and the span
    of its name, to the question word opening what is asked when one follows ("the answer
    about the 1bn and dyslexia, what did they say": "dyslexia" is of its name too)."""
    found = _AFTER_THEN_ASKED.search(text)
    if found is None:
        return None
    said = found["name"].split()
    titles = [title for title, _ in _titles(index).values()]
    for length in range(len(said), 0, -1):
        topic = _topic(index, said[:length])
        ends_on_topic = bool(_topic(index, said[length - 1 : length]))
        if ends_on_topic and any(topic <= title for title in titles):
            end = found.start("name") + len(" ".join(said[:length]))
            asked = _ASKED_NEXT.match(text, end)
            return " ".join(said[:length]), (found.start(), asked.end(1) if asked else end)
    return None


# The rest of a clause naming an answer, up to the question word that opens what is asked.
_ASKED_NEXT = re.compile(
    r"((?: [a-z0-9/']+){0,5}?) (?=(?:what|whats|how|hows|who|when|where|which|why) )"
)


# "what did the lords get told about send places", "what did the govt say in the lords about
# the IFS report", "did the minister in the lords mention dsg deficits": a House named as where
# something was said, with no answer word, names the answers put in it.
_TOLD_IN_A_HOUSE = re.compile(
    r"\b(?:in|to|tell|told|telling) the (?:house of )?(?P<house>lords|commons)\b"
    r"(?! (?:question|answer|or)\b)"
    r"|\bthe (?:house of )?(?P<told>lords|commons) (?:get|got|gets|were|was|been|being) told\b"
)


def _told_in_a_house(index: FactIndex, question: Question) -> tuple[frozenset[str], Question]:
    """The answers put in the House a question names as where something was said, and the
    question without those words; none when it names no House so."""
    text = " ".join(question.words)
    found = _TOLD_IN_A_HOUSE.search(text)
    if found is None:
        return frozenset(), question
    in_lords = (found["house"] or found["told"]) == "lords"
    sources = frozenset(
        source_id for source_id, (_, lords) in _titles(index).items() if lords == in_lords
    )
    if not sources:
        return sources, question
    return sources, analyse(" ".join(f"{text[: found.start()]} {text[found.end() :]}".split()))
