"""Asked whether something goes on ("has the latest boost to high needs been kept going or was
it a one off?", "is the extra billion carrying on?"): the newest figure of a measure whose
quote says it is continuing answers, when it ranks near the closest fact. Pure.

Whether a rise is kept is what stands now, which the measure's newest answer says ("we are
continuing that increased level of funding into next year"); the matcher, finding the
question's words ("kept going", "one off") in no phrasing, declines between that fact and the
rise it continues.
"""

from __future__ import annotations

import re
from itertools import islice

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.match import MatchResult, Outcome
from sendbot.answering.measure_table import measure_table
from sendbot.answering.newest import Newest, newest_of_measure
from sendbot.answering.question import Question
from sendbot.answering.ranking import Ranking, rank

# Words asking whether it goes on, or was once only.
_GOES_ON = re.compile(
    r"\b(?:kept (?:going|up|on)|keep (?:going|up)|carr(?:y|ying|ied) on|continu(?:e|es|ing|ed)|"
    r"still (?:going|happening|in place)|one[ -]?off|be kept|being kept)\b",
    re.IGNORECASE,
)
# A quote saying it goes on.
_CONTINUING = re.compile(r"\bcontinu(?:e|es|ing)\b", re.IGNORECASE)
# How far below the closest fact the continuing one may rank, and how many are looked at.
CONTINUES_REACH = 0.1
CONTINUES_RIVALS = 4
# ... and how close the closest must be: a question naming its topic in words the base
# hardly knows ("the 'support squad'") is about no measure surely enough.
CONTINUES_FLOOR = 0.4


def asks_whether_it_goes_on(question: Question) -> bool:
    return question.years == () and question.period is None and bool(_GOES_ON.search(question.text))


def continuing_measure(
    index: FactIndex, result: MatchResult, question: Question, ranking: Ranking
) -> str | None:
    """For a declined reply to a question asking whether something goes on, the measure whose
    newest figure, ranked near the closest fact, says it continues; None when there is none."""
    if result.outcome is not Outcome.DECLINED or not ranking.candidates:
        return None
    if not asks_whether_it_goes_on(question):
        return None
    closest = ranking.candidates[0]
    if closest.evidence.rank_score < CONTINUES_FLOOR:
        return None
    floor = closest.evidence.rank_score - CONTINUES_REACH
    # Of the measure the question came closest to: not some other measure's continuing word
    # ("is the AP taskforce carrying on?" is not about high needs funding).
    asked_measure = index.facts[closest.position].measure
    histories = measure_table(index).histories
    for candidate in islice(ranking.candidates, CONTINUES_RIVALS):
        fact = index.facts[candidate.position]
        if candidate.evidence.rank_score < floor:
            return None
        if candidate.evidence.missing is not None or candidate.evidence.intent_fit == -1:
            continue
        measure = fact.measure
        if not measure or measure != asked_measure or histories[measure][0] is not fact:
            continue  # only the newest figure of the measure asked says what stands now
        if _CONTINUING.search(fact.quote):
            return measure
    return None


def goes_on_asked(read: FirstReading) -> Newest | None:
    """'has the latest boost to high needs been kept going or was it a one off?', declined:
    a measure's newest figure saying it continues, ranked near the closest fact, answers."""
    question = read.asked
    result = read.newest.result
    measure = continuing_measure(
        read.index, result, question, rank(read.index, read.spelt, question)
    )
    if measure is None:
        return None
    return newest_of_measure(read.index, result, measure, read.today, read.stale_months)
