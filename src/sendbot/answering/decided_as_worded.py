"""A question decided as it is worded: not corrected, and with no second reading. The match,
then the rules on the newest figure, on a figure or timing the asker claims, on a promise asked
after and on a claim that no longer holds, each reading the decision so far; and the question
read again without the dates that only say when the asker's figure was told. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sendbot.answering.asked_measure import about_the_answer, named_measure
from sendbot.answering.asked_period import base_years_named
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.checked_claim import claims, gives
from sendbot.answering.claimed_measure import (
    THE_FIGURE,
    newer_than_claimed,
    other_period_of_claimed,
)
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_mention import first_mention
from sendbot.answering.intent import FIGURE_ASKED
from sendbot.answering.later_than_claimed import later_on_told_topic, later_than_claimed
from sendbot.answering.latest import (
    answered_on,
    asks_for_newest,
    last_update_asked,
    match_for_newest,
    since_then,
    without_claimed_figures,
    without_claimed_timing,
    without_latest,
)
from sendbot.answering.match import MatchResult, Outcome
from sendbot.answering.message_kind import Kind
from sendbot.answering.newest import Newest, resolve
from sendbot.answering.newest_record import newest_record
from sendbot.answering.newest_word_asked import asks_when_to_come, newest_word_on_it
from sendbot.answering.promised_only import not_yet_said
from sendbot.answering.question import Question, a_bare_fragment, analyse
from sendbot.answering.record_claims import record_of_another_thing
from sendbot.answering.still_claim import no_longer_holds
from sendbot.answering.told_dates import sets_aside_a_period, without_told_dates
from sendbot.knowledge.model import Fact, FigureKind


def decide_as_worded(
    index: FactIndex, question: str, today: dt.date | None, stale_months: int
) -> Newest:
    """The question decided as it is worded: not corrected, and with no second reading."""
    newest = _decide_as_read(index, question, today, stale_months)
    told_less = without_told_dates(question)
    if told_less == question:
        return newest
    if newest.result.outcome is Outcome.DECLINED:
        # "in june 2025 they said 'later this year' - the most recent word on timing? my head
        # keeps asking": declined as read, the question without when the asker heard it.
        again = _decide_as_read(index, told_less, today, stale_months)
        return again if again.result.answered else newest
    if (
        not _gives_what_was_told(newest, question)
        and not _from_the_year_told(index, newest, question, told_less)
        and not sets_aside_a_period(question)
    ):
        return newest
    # "there was £18m for supported internships back in 2022, anything more recent?" answered
    # with the £18m: the date led to the answer the asker has, and no rule went past it. Read
    # without it, a later answer's word is what is newer. So with "the newest figure, not the
    # 2022 one": the year set aside drew the answer the asker does not want.
    again = _decide_as_read(index, told_less, today, stale_months)
    return again if _answered_later(index, again, newest) else newest


def _gives_what_was_told(newest: Newest, question: str) -> bool:
    """The reply's fact gives a figure the question tells as the asker's (not a date)."""
    best = newest.result.best
    if not newest.result.answered or best is None:
        return False
    told = claims(THE_FIGURE.sub("", question))
    return any(gives(best.fact, claim) for claim in told if claim.kind is not FigureKind.DATE)


def _from_the_year_told(index: FactIndex, newest: Newest, question: str, told_less: str) -> bool:
    """The reply's fact is from a written answer given in a year the question tells as when
    the asker's figure was given ("the £10.1bn figure from 2023 must be out of date by now"
    answered from a 2023 answer): the date led back to the answer the asker has."""
    best = newest.result.best
    if not newest.result.answered or best is None:
        return False
    year = str(answered_on(index, best.fact).year)
    return year in question and year not in told_less


def _answered_later(index: FactIndex, again: Newest, newest: Newest) -> bool:
    """`again` answers from a later written answer than `newest`."""
    if not again.result.answered or again.result.best is None or newest.result.best is None:
        return False
    return answered_on(index, again.result.best.fact) > answered_on(index, newest.result.best.fact)


def _decide_as_read(
    index: FactIndex, question: str, today: dt.date | None, stale_months: int
) -> Newest:
    # "has it been updated since 2023?" asks for the newest, not 2023's figure; "still coming
    # 'later this year'?" asks for the newest timing, not this year's.
    question = without_claimed_timing(since_then(question))
    # Analysed once: the matcher and the newest-figure check read the same analysis.
    asked = analyse(question)
    if asked.is_question and a_bare_fragment(question, asked):
        # "£1 billion", "EP": a fragment, not a question; the asker is asked for one, as for
        # an empty line, rather than shown a fact as its answer.
        return Newest(MatchResult(question, Outcome.HELP, None, (), kind=Kind.EMPTY))
    # "whats the newest written answer you've got": the archive's records answer it.
    record = newest_record(index, question)
    if record is not None:
        return Newest(record.result, reading=record.note)
    # "which answer first mentioned the £12bn total": the earliest answer's word, not the newest.
    first = first_mention(index, question)
    if first is not None:
        return Newest(first.result, reading=first.note)
    # "when was the high needs total last updated?": its newest figure, whose reply says when.
    latest_asked = last_update_asked(question)
    if latest_asked != question:
        question, asked = latest_asked, analyse(latest_asked)
    # Which measure and period are asked is read without the words asking for the newest:
    # "the up to date budget" asks for no date.
    topic = without_latest(question)
    if topic != " ".join(question.split()):
        # "it was 10.1bn, what is it now?": the newer figure does not say the one claimed.
        topic = without_claimed_figures(topic)
    matched = match_for_newest(index, question, asked, topic)
    focus = asked if topic == question else analyse(topic)
    focus = _asking_part(index, question, focus) or focus
    now_asked = topic != question or "still" in asked.words
    # "feb 2023 said £10.1bn - what's the most recent total?": the date says when the asker's
    # figure was given (found by it, the answer they have), not the period or answer asked.
    told, claimed = _without_told_dates(question, asked, focus)
    newest = resolve(index, matched, told, today, stale_months, now_asked)
    # Each rule below reads the decision so far and may replace it: unlike the second readings
    # (the first that answers wins), all are applied, in turn.
    # "it was 10.1bn, what is it now?": the measure the figure claimed names, at its newest.
    newest = newer_than_claimed(index, claimed, newest, today, stale_months, question) or newest
    # "is it still just the 76 or did they add more?": a later answer counting the same thing.
    newest = later_than_claimed(index, asked, newest, question) or newest
    # "is it still 50k more than 2017 or has it gone up since?": that topic's newest figure.
    newest = later_on_told_topic(index, asked, newest, question) or newest
    # "it was 10.1bn in 2023/24, what was it in 2024/25?": that measure's figure for the other.
    newest = other_period_of_claimed(index, asked, newest) or newest
    if not newest.earlier and (
        asks_for_newest(question) or "still" in asked.words or asks_when_to_come(asked)
    ):
        # "the latest on demand for special school places": the newest answer's word on it.
        newest = newest_word_on_it(index, newest, question, asked, focus, topic) or newest
    if record_of_another_thing(index, question, newest.result):
        # "more children in AP than ever?" is not answered by a record in special schools.
        return Newest(newest.result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.DECLINED))
    best = newest.result.best
    if newest.result.answered and best is not None:
        promised = _promise_asked_after(index, question.lower(), newest, best.fact)
        if promised is not None:
            return promised
        # (A rise checked, "did it go up by 440m again?", is set right by the newest rise.)
        no_longer = no_longer_holds(
            question,
            asked.words,
            best.fact,
            newest.earlier,
            asked.checking and not asked.change,
        )
        if no_longer is not None and no_longer.replaces_check:
            # "are there 115,000 children in special schools?" of "from 115,000 to 200,000":
            # not "Yes: ... gives 115,000"; "was it £10.1bn?": not "... not £10.1bn".
            result = replace(newest.result, checked=())
            return replace(
                newest, no_longer=no_longer.sentence, no_longer_first=True, result=result
            )
        if no_longer is not None:
            # "is it still £10.5bn?": the newest figure sets the claim right ("over £12
            # billion, not £10.5bn"), and "No longer: that was ..." says when it was true.
            return replace(newest, no_longer=no_longer.sentence)
    return newest


def _without_told_dates(
    question: str, asked: Question, focus: Question
) -> tuple[Question, Question]:
    """What is asked (`focus`) and the whole question (`asked`), read without the dates of
    the clauses telling the asker's old claim (`without_told_dates`); as they are when it
    has none."""
    told = without_told_dates(question)
    if told == question:
        return focus, asked
    topic = without_latest(told)
    if topic != " ".join(told.split()):
        topic = without_claimed_figures(topic)
    return analyse(topic), analyse(told)


def _promise_asked_after(
    index: FactIndex, question: str, newest: Newest, fact: Fact
) -> Newest | None:
    """ "has the white paper been published yet?" of a fact that only promises it: a partial
    saying no answer here says so, from the promise's date."""
    promised = not_yet_said(question, fact.quote, index.kb.source_of(fact).answered)
    if promised is None:
        return None
    result = newest.result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, missing=promised)
    return Newest(result, reading=newest.reading)


def _asking_part(index: FactIndex, question: str, focus: Question) -> Question | None:
    """The clauses that ask, read on their own, when only they name a measure: "hi, parent
    governor here - what's the newest figure for high needs funding?". Not when the others
    narrow what is asked (a place, a year), which the asking clauses alone would lose."""
    asking = asking_text(question).strip()
    if (
        asking == question
        or focus.places
        or focus.years
        or base_years_named(focus)
        or about_the_answer(focus)
    ):
        # "in the Lords answer on X, how much ...": that answer's figure; "compared with
        # 2017, how many more ...": a year a rise is counted from narrows it too
        return None
    if named_measure(index, focus):
        return None
    alone = analyse(without_latest(asking))
    # A figure asked for, or the newest: "does the money go to the council?" asks neither.
    wanted = alone.intent in FIGURE_ASKED or without_latest(asking) != asking
    return alone if wanted and named_measure(index, alone) else None
