"""The one entry point every front end calls: question text -> Reply."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from sendbot.answering.after_the_sources import not_covered_line, reaches, time_asked_after
from sendbot.answering.answer_parts import DOCUMENT_TAG, AnswerPart, answer_part
from sendbot.answering.anything_since import anything_since
from sendbot.answering.asked_again import without_asked_again
from sendbot.answering.asked_alternatives import (
    first_choice_alone,
    names_another_thing,
    says_the_first_choice,
)
from sendbot.answering.asked_measure import about_the_answer, named_measure
from sendbot.answering.asked_overview import overview_asked
from sendbot.answering.asked_period import base_years_named
from sendbot.answering.asker_purpose import without_purpose
from sendbot.answering.asker_story import only_introduces_the_asker, tells_only_of_the_asker
from sendbot.answering.asking_clauses import asking_text, clauses_asking
from sendbot.answering.asks_nothing import without_words_asking_nothing
from sendbot.answering.checked_claim import claims, gives
from sendbot.answering.claimed_measure import (
    THE_FIGURE,
    newer_than_claimed,
    other_period_of_claimed,
)
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.first_mention import first_mention
from sendbot.answering.follow_up import FOLLOW_UP_NOTE, follows_on, leans_on_earlier
from sendbot.answering.included_part import says_it_includes, without_included_part
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.later_than_claimed import later_on_told_topic, later_than_claimed
from sendbot.answering.latest import (
    answered_on,
    asks_for_newest,
    last_update_asked,
    match_for_newest,
    newest_asked_first,
    since_then,
    without_claimed_figures,
    without_claimed_timing,
    without_latest,
)
from sendbot.answering.long_message import (
    asking_sentences,
    last_clause,
    last_question,
    questions_asked,
    unbroken,
)
from sendbot.answering.markup import strip_markup
from sendbot.answering.match import MatchResult, Outcome, read_as_asked
from sendbot.answering.message_kind import Kind
from sendbot.answering.newest import DEFAULT_STALE_MONTHS, Newest, resolve
from sendbot.answering.newest_record import newest_record
from sendbot.answering.newest_word_asked import asks_when_to_come, newest_word_on_it
from sendbot.answering.office_now import asks_office_now
from sendbot.answering.one_named import with_one_named
from sendbot.answering.overview import overview_facts
from sendbot.answering.passed_date import passed_date_line
from sendbot.answering.plan_meant_instead import plan_meant_instead
from sendbot.answering.pointed_topic import quoted_topic, with_topic_named
from sendbot.answering.promised_only import not_yet_said
from sendbot.answering.purpose_reworded import as_purpose_asked
from sendbot.answering.question import Question, a_bare_fragment, analyse
from sendbot.answering.question_number import (
    QUESTION_NUMBER_MISSING,
    asks_question_number,
    gives_question_number,
)
from sendbot.answering.ranking import among_first, rank
from sendbot.answering.record_claims import record_of_another_thing
from sendbot.answering.record_part_asked import record_part_asked
from sendbot.answering.reply import Reply, build_reply
from sendbot.answering.set_aside import set_aside, without_set_aside
from sendbot.answering.sign_off import without_sign_off
from sendbot.answering.staleness_fits import asks_for_a_figure
from sendbot.answering.still_claim import no_longer_holds
from sendbot.answering.story_agrees import whole_agrees
from sendbot.answering.told_answerer import as_answerer_checked
from sendbot.answering.told_dates import sets_aside_a_period, without_told_dates
from sendbot.answering.unheld_answer import answer_not_held
from sendbot.knowledge.figures import figures_besides_dates, same_figure
from sendbot.knowledge.measures import period_of
from sendbot.knowledge.model import Fact, FigureKind

# The most of a message that is read. A longer one (a story, then the question) is read from
# its last question back; Discord lets a message hold 2,000 characters (4,000 with Nitro).
MAX_QUESTION_LENGTH = 300
MAX_MESSAGE_LENGTH = 4000
SURE_ALONE = 0.95
# Words by which an asking clause points back at what (or whom) the message told of ("this
# answer" points at the written answer, which needs no telling).
_POINTER = r"\b(?:that|this|it|its|those|these|she|he|her|him|his)\b"
_POINTS_BACK = re.compile(
    _POINTER + r"(?! (?:written )?(?:answer|question|reply)\b)", re.IGNORECASE
)
# The same, less what points at a time as well ("opened this academic year"); "it" before a
# time is no time's pointer but the thing asked of ("was it autumn 2023?").
_POINTS_BACK_AT_TOLD = re.compile(
    r"\bit\b(?! (?:written )?(?:answer|question|reply)\b)|"
    r"\b(?:that|this|its|those|these|she|he|her|him|his)\b"
    r"(?! (?:(?:academic|financial|school|calendar|written) )?"
    r"(?:answer|question|reply|year|term|month|week|time|spring|summer|autumn|winter)s?\b)",
    re.IGNORECASE,
)
# Words by which what a message tells names which written answer it asks of ("in the lords
# IFS answer, when did they say ..."): left out, the question would be asked of every answer.
_NAMES_AN_ANSWER = re.compile(
    r"\b(?:answers?|reply|replies|lords|commons|pq|wpq|question)\b|\b20\d\d\b"
    r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)

_DIGIT = re.compile(r"\d")

# A word joining a second question to the first ("... opened? and is the budget going up?").
_JOINING_WORD = re.compile(r"^(?:and|but|also|plus)\b[\s,]*", re.IGNORECASE)


class QuestionTooLong(ValueError):
    """Says which limit was passed: a message over MAX_MESSAGE_LENGTH is never read, a shorter
    one only when a question of MAX_QUESTION_LENGTH or fewer can be found in it."""

    def __init__(self, length: int) -> None:
        super().__init__(too_long_message(length))
        self.length = length


def too_long_message(length: int, over: bool = False) -> str:
    """`over`: only a lower bound of the length is known (the rest was never read)."""
    size = f"{'over ' if over else ''}{length:,} characters long"
    if over or length > MAX_MESSAGE_LENGTH:
        return (
            f"That message is {size}; I read messages of up to {MAX_MESSAGE_LENGTH:,} "
            "characters. Please send just your question."
        )
    return (
        f"That message is {size} and I couldn't find a question of {MAX_QUESTION_LENGTH} "
        "characters or fewer in it; please end it with your question, or keep it to "
        f"{MAX_QUESTION_LENGTH} or fewer."
    )


def answer(
    index: FactIndex,
    question: str,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
) -> Reply:
    """`today` (from the caller's clock) lets the reply say a measure's newest figure is old."""
    newest = decide(index, question, today, stale_months)
    reply = newest.annotate(build_reply(newest.result, index.kb, newest.parts_dated))
    if reply.outcome is Outcome.DECLINED and leans_on_earlier(question):
        # Declined for want of what came before, not (only) of the sources.
        text = f"{reply.text}\n{FOLLOW_UP_NOTE}"
        return replace(reply, text=text, notes=(*reply.notes, FOLLOW_UP_NOTE))
    return reply


def decide(
    index: FactIndex,
    question: str,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
) -> Newest:
    """The decision behind `answer`: the match result (its fact is the one `score` is about,
    the closest one when declined) and what to say beside it."""
    newest = _decided(index, question, today, stale_months)
    newest = plan_meant_instead(index, question, newest) or newest
    # Checked of the decision however it was reached (a first reading or a second one):
    # "who answered the question on ehcp waiting times?" is not another answer's minister.
    not_held = answer_not_held(index, question, newest.result)
    best = newest.result.best
    if not not_held and best is not None and answer_part(best.fact) is not None:
        # "what was the question number?" is not answered by the question's wording.
        said = f"{best.fact.statement} {best.fact.quote}"
        asked = asks_question_number(question) and not gives_question_number(said)
        not_held = QUESTION_NUMBER_MISSING if asked else None
    if not_held and newest.result.answered:
        judged = newest.result.judged(
            Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, missing=not_held
        )
        return Newest(judged)
    after = _time_after_the_sources(index, question, newest, today)
    if after is not None:
        judged = newest.result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, missing=after)
        return Newest(judged)
    if (
        newest.result.answered
        and best is not None
        and answer_part(best.fact) is AnswerPart.ANSWERER
        and asks_office_now(question)
    ):
        # "who is the secretary of state for energy security and net zero?": today's holder
        # of an office, which the record's office line (maybe a later one) does not give.
        return Newest(newest.result.judged(Verdict.LACKS_DETAIL, outcome=Outcome.DECLINED))
    checks_dates_only = bool(newest.result.checked) and all(
        checked.kind is FigureKind.DATE for checked in newest.result.checked
    )
    if newest.stale and (checks_dates_only or not asks_for_a_figure(analyse(question))):
        # "when did the Change Programme start?" is answered by a date, not a figure that is
        # the latest: the citation dates the answer. So is "was PINS announced in november
        # 2023?", a date checked ("Yes: the written answer gives November 2023.").
        newest = replace(newest, stale=None)
    if newest.result.answered and best is not None and newest.result.together:
        # Several facts answering together: each promise gone by is said under its own part.
        parts = (best, *newest.result.together)
        dated = ((item.fact.id, passed_date_line(index.kb, item.fact, today)) for item in parts)
        return replace(
            newest, stale=None, parts_dated=tuple((id_, line) for id_, line in dated if line)
        )
    if best is not None and newest.result.outcome in (Outcome.ANSWERED, Outcome.PARTIAL):
        # "... will be made by May 2024", said in March 2024: that the month has passed is
        # what dates it, whatever was asked of it (in place of "the latest figure" line).
        passed = passed_date_line(index.kb, best.fact, today)
        if passed is not None:
            newest = replace(newest, stale=passed)
    return newest


def _time_after_the_sources(
    index: FactIndex, question: str, newest: Newest, today: dt.date | None
) -> str | None:
    """ "how many councils are in it in late 2026?", answered by a fact of February 2024: the
    sentence saying the written answers stop before the time whose figure is asked; None when
    the answer stands (or speaks of that time)."""
    best = newest.result.best
    if not newest.result.answered or best is None:
        return None
    read = analyse(question)
    if read.checking or not asks_for_a_figure(read):
        return None  # "it ends this summer 2024, right?": a date claimed, not a time asked
    latest = max(source.answered for source in index.kb.sources)
    asked = time_asked_after(read, latest, today)
    if asked is None or reaches(best.fact, asked[1]):
        return None
    return not_covered_line(asked[0], latest)


def _decided(index: FactIndex, question: str, today: dt.date | None, stale_months: int) -> Newest:
    # "whats the budget now? ta": read without the thanks that sign it off.
    question = without_sign_off(question.strip())
    # "total high needs for 2024/25? need it for a governors report": read without what the
    # answer is for, which names no topic but pulls the match away from the question's.
    question = without_purpose(question)
    # "anything on PINS since 2023?", "anything after the £18m?": what is newer than the
    # asker's news, not that news (read before "anything on X" is read as "on X").
    question = anything_since(question)
    # "latest on PINS? where is it at now", "any findings yet or still waiting?": read without
    # the clause asking again what the rest asks.
    question = without_asked_again(question)
    if len(question) > MAX_QUESTION_LENGTH:
        return _decide_long(index, question, today, stale_months)
    # Read with its misspellings corrected ("speshul skools"), replied to as it was asked.
    spelt = read_as_asked(index, question)
    newest = _decide(index, spelt, today, stale_months)
    read = _FirstReading(index, question, spelt, newest, today, stale_months)
    # Whatever the first decision, a clause setting aside what the asker has is read first.
    for reading in (_without_what_is_set_aside, *_second_readings(read)):
        again = reading(read)
        if again is not None:
            return again
    if spelt == question:
        return newest
    return replace(newest, result=replace(newest.result, question=question))


@dataclass(frozen=True)
class _FirstReading:
    """A message and its first decision: what each second reading reads otherwise."""

    index: FactIndex
    question: str  # the message, without its sign-off, purpose and clause asking again
    spelt: str  # the same with its misspellings corrected: what was first decided
    newest: Newest  # the first decision
    today: dt.date | None
    stale_months: int

    def decided(self, text: str) -> Newest:
        """`text` decided as a message of its own: corrected, and read a second time in turn."""
        return decide(self.index, text, self.today, self.stale_months)

    def decided_as_worded(self, text: str) -> Newest:
        """`text` decided as it is worded: not corrected, and with no second reading."""
        return _decide(self.index, text, self.today, self.stale_months)


# A second reading: the message read otherwise, or None when that does not answer it.
_SecondReading = Callable[[_FirstReading], Newest | None]


def _second_readings(read: _FirstReading) -> tuple[_SecondReading, ...]:
    """The second readings tried, in turn, after the first decision: the first of them that
    gives a decision is the reply. Which are tried depends on how the message was decided."""
    result = read.newest.result
    if result.outcome is Outcome.DECLINED:
        # Each fits its own shape of message; where two fit, the earlier wins, so the order is
        # behaviour. The overview comes last: several facts, where no one fact answers.
        return (
            _without_manner,  # words on how to put the reply ask nothing of the sources
            _first_choice,  # "is it A or just B?": what "is it A?" asks
            _whole_asked,  # "incl high needs": the whole, when its fact says the part too
            _record_part_alone,  # a part of the record, of the answer the message came closest to
            _purpose_asked,  # "why was pins set up": "what is the purpose of pins"
            _answerer_checked,  # "someone said X answered, right?": "did X answer?"
            _topic_pointed_to,  # "how much is it worth?": "it" as the topic the story names
            _its_question_alone,  # a question whose story led the whole message astray
            _its_asking_clauses,  # the clauses that ask, without those that tell
            partial(_one_of_its_questions, joined=True),  # two things asked, one sentence or two
            _one_named,  # "the white paper one": "the white paper question"
            _newest_asked_then_told,  # the newest asked for, then why (what the asker has)
            _overview,  # "what training is there for SENCOs?": the few facts together
        )
    if result.outcome is Outcome.PARTIAL:
        # Where the asker lives narrows every question of the message, and so does the
        # asker's own one ("my son's school in Bristol - will it get PINS support?").
        if _asks_of_a_place(read.spelt) or analyse(read.spelt).intent is Intent.CASE:
            return ()
        # "our EP time got cut to 3 days a year. how much funding has the DfE put in ...?": the
        # story, not the question, asked for what the source lacks (a figure "a year").
        return (
            _without_manner,
            _whole_asked,
            _purpose_asked,  # "whats pins meant to do", of a fact that says no purpose
            _its_asking_clauses,
            _one_of_its_questions,  # only questions asked in sentences of their own
        )
    if result.answered:
        # Answered, but maybe not as asked: another fact, surely answering, replaces it.
        return (
            _record_part_unmet,  # a part of the record asked, another fact given
            _asked_then_checked,  # "...? is it just councils": the check drew the fact
            _question_over_its_story,  # the story's words drew the fact
            _told_figure_answered,  # answered with the very figure the asker told as old
        )
    return ()


def _overview(read: _FirstReading) -> Newest | None:
    """'What training is available for SENCOs?', declined because several facts (the NPQ for
    SENCOs, early years SENCO training) are about as close: those facts together, when the
    question asks what there is for someone or on a topic and they stand clear of the rest."""
    index, question = read.index, read.spelt
    if overview_asked(question) is None:
        return None
    ranking = rank(index, question)
    found = overview_facts(index, ranking)
    if found is None:
        return None
    first, *others = found
    # The probability that one of them is what was asked: the question is about one (or all).
    confidence = min(1.0, sum(item.score for item in found))
    result = MatchResult(
        question,
        Outcome.ANSWERED,
        first,
        (),
        ranking.corrected,
        confidence,
        evidence_confidence=confidence,
        together=tuple(others),
    )
    return Newest(result)


def _asks_of_a_place(question: str) -> bool:
    """The message asks of a place or the asker's own area: where the asker lives ("I live in
    Devon, how many opened here?") narrows the question, so it is not read without them."""
    asked = analyse(question)
    return bool(asked.places) or asked.local


def _its_question_alone(read: _FirstReading) -> Newest | None:
    """A question with a story around it that the whole message does not answer: the question,
    read alone, when that is surely answered. Not when the message asks two things: which one
    the asker wants most is a guess."""
    index, message, spelt = read.index, read.question, read.spelt
    plain = strip_markup(message)
    part = last_question(plain, MAX_QUESTION_LENGTH // 3)
    if part == plain or asking_sentences(plain) != 1:
        return None
    alone = read.decided(part)
    why = "the rest of your message was left out"
    if alone.result.confidence < SURE_ALONE and _story_agrees(index, plain, part, spelt, alone):
        return _read_as(alone, part, why)
    return _if_sure(alone, part, why)


def _story_agrees(index: FactIndex, plain: str, part: str, spelt: str, alone: Newest) -> bool:
    """Not surely answered alone, but the whole message ranks the fact near the top, lacking
    nothing it says. Not when what is left out names an answer or a year (which narrow what is
    asked), nor for the newest word asked ("any update on ..."), which the newest-figure rules
    give: a reading less than sure is then a guess at which answer is newest."""
    told = plain.replace(part, " ")
    if _NAMES_AN_ANSWER.search(told) or asks_for_newest(part):
        return False
    return whole_agrees(index, spelt, alone.result)


def _one_of_its_questions(read: _FirstReading, joined: bool = False) -> Newest | None:
    """'how many special schools opened? and what is the high needs budget for 2025/26?': a
    message asking two things that the whole does not answer (read together, each question's
    words pull the other off its fact, or lend it a year it did not ask of: the reply would
    say the source lacks what it gives). Its first question read alone, when surely answered,
    with a note that the others are to be asked on their own. A later question is read alone
    only when the first, read alone, is closest to the same fact ("do they give a number of
    trainees? how many EPs will be trained?" asks one thing twice): after a first question on
    a topic of its own ("what did the gov say about top slicing?"), another topic's figure
    would pass over what was asked first.

    `joined`: for a message declined whole, one sentence asking two things joined by "and"
    ("how many special schools have opened and how many more are planned?") counts as two.
    Not for a partial reply: its whole says what the source lacks of the other ("... and when
    does it end?"), which the first question's answer alone would pass over."""
    message = read.question
    plain = strip_markup(message)
    questions = questions_asked(plain, MAX_QUESTION_LENGTH // 3, joined=joined)
    if len(questions) < 2 or any(_leans_on_the_one_before(part) for part in questions[1:]):
        return None
    why = "your message asks more than one thing; please ask the others on their own"
    first = read.decided(questions[0])
    sure = _if_sure(first, questions[0], why)
    if sure is not None:
        return sure
    if first.result.best is None:
        return None
    closest = first.result.best.fact.id
    for part in questions[1:]:
        found = _surely_answered_alone(read, part, why)
        if found is not None and found.result.best and found.result.best.fact.id == closest:
            return found
    return None


def _asked_then_checked(read: _FirstReading) -> Newest | None:
    """'who is the change programme working with? is it just councils': a question, then a
    check of what its answer may be. The check's words ("councils") may draw the whole message
    to a fact that names them (one council of the programme) rather than the one answering
    the question (all it works with, councils among them): the question read alone, when that
    is surely answered by another fact, surer than the whole."""
    message, whole = read.question, read.newest
    plain = strip_markup(message)
    first, mark, rest = plain.partition("?")
    if not mark or not rest.strip() or not _leans_on_the_one_before(rest):
        return None
    if _DIGIT.search(rest):
        return None  # "... ? is it 10.5bn?" checks a figure, which the whole message reads
    alone = read.decided(first + mark)
    if not _surely_another_fact(alone, whole, max(SURE_ALONE, whole.result.confidence)):
        return None
    return _read_as(alone, first + mark, "what follows only checks its answer")


def _question_over_its_story(read: _FirstReading) -> Newest | None:
    """'my grandson is on a waiting list for a specialist place. how many new special schools
    has the dfe opened?': a story, then one question. The story's words ("specialist place")
    may draw the whole message to another fact than the question's: the question read alone,
    when that is surely answered by another fact. Told after the question, only how things
    seem to the asker ("... ? feels like nothing has happened for ages") is left out, when the
    question alone is answered at least as surely. Not when the question points back at the
    story ("what is it for?"), whose words then say what is asked."""
    message, whole = read.question, read.newest
    plain = strip_markup(message)
    if unbroken(plain):
        # One clause: no story before its question (read whole, as below, without reading
        # each sentence and clause for whether it asks).
        return None
    part = last_question(plain, MAX_QUESTION_LENGTH // 3)
    if part == plain:  # one sentence: "my son waits for a place in Kent, have they opened any?"
        part = last_clause(plain, MAX_QUESTION_LENGTH // 3) or plain
    if part == plain or asking_sentences(plain) != 1:
        return None
    # Only a story is left out: told after the question, what narrows it ("..., latest wave",
    # "per the dec 2023 answer") is kept, and only who the asker is or how it seems to them
    # ("... ? feels like nothing has happened for ages") is a story. Naming an answer, a year
    # or a place, it narrows what is asked.
    at = plain.rfind(part)
    if at < 0:  # the sentences rejoined with other spacing: not told apart
        return None
    after = plain[at + len(part) :]
    if after.strip() and not tells_only_of_the_asker(after):
        return None
    before = plain[:at]
    # ("is it all talk? feels like ..." points back at nothing told before it)
    if before.strip() and _POINTS_BACK_AT_TOLD.search(part):
        return None
    story = before + " " + after
    if not story.strip() or _NAMES_AN_ANSWER.search(story) or _asks_of_a_place(story):
        return None
    alone = read.decided(part)
    # The whole's confidence is no bar to leaving out a story before the question: its words
    # make the whole sure of the fact they name. Told only after it, how things seem to the
    # asker names no fact: the question alone is read when it is at least as sure.
    at_least = SURE_ALONE if before.strip() else whole.result.confidence
    if not _surely_another_fact(alone, whole, at_least):
        return None
    return _read_as(alone, part, "the rest of your message was left out")


def _surely_another_fact(part: Newest, whole: Newest, at_least: float) -> bool:
    """A part of the message, read alone, is answered by another fact than the whole message
    is, with at least this confidence."""
    found, kept = part.result, whole.result
    return (
        found.answered
        and found.best is not None
        and kept.best is not None
        and found.best.fact.id != kept.best.fact.id
        and found.confidence >= at_least
    )


def _leans_on_the_one_before(question: str) -> bool:
    """'what about next year?', 'wasn't it 20?': a later question that only narrows or checks
    the one before it, so the message asks one thing, not two."""
    return follows_on(_JOINING_WORD.sub("", question.strip()))


def _surely_answered_alone(
    read: _FirstReading, part: str, why: str = "the rest of your message was left out"
) -> Newest | None:
    """Part of a message, decided alone and given as the message's answer when surely right."""
    return _if_sure(read.decided(part), part, why)


def _if_sure(newest: Newest, part: str, why: str) -> Newest | None:
    """The decision on part of a message (or on the message in other words), given as the
    message's answer only when surely right: read otherwise than as asked, it is a second
    guess, and must be surer than a first answer."""
    if not newest.result.answered or newest.result.confidence < SURE_ALONE:
        return None
    return _read_as(newest, part, why)


def _its_asking_clauses(read: _FirstReading) -> Newest | None:
    """A message declined whole whose clauses that tell (a story, a claim heard) led it
    astray: its asking clauses read alone, when that is surely answered."""
    message = read.question
    plain = strip_markup(message)
    part = asking_text(plain).strip()
    # "is that what the dfe says?" points back at what was told: it is not asked alone.
    if not part or part == plain.strip() or _POINTS_BACK.search(part):
        return None
    if _NAMES_AN_ANSWER.search(plain.replace(part, " ")):
        return None
    # Told after the question ("does it go to the council? our trust says the LA keeps a
    # chunk"), what is told narrows what is asked: only a story before the question is left.
    if clauses_asking(plain)[-1:] != (True,):
        return None
    if only_introduces_the_asker(plain) and not _asks_of_a_place(plain):
        # "I'm a governor - what's the latest on PINS?": who asks changes nothing asked, so
        # the question alone is the message's, answered as surely as it would be asked alone.
        # (Not where they are: "a SENCO in Leeds" narrows it.)
        alone = read.decided(part)
        return _read_as(alone, part, _ONLY_WHO_ASKS) if alone.result.answered else None
    return _surely_answered_alone(read, part)


_ONLY_WHO_ASKS = "the rest of your message says who is asking"


# What is told asking something itself: "our head wants to know if there's any results".
_ASKED_INDIRECTLY = re.compile(
    r"\b(?:know|wonder(?:ing|s)?|ask(?:ing|ed|s)?|check(?:ing)?|find out|see|hear)"
    r" (?:if|whether|when|how|what|why|which|who)\b",
    re.IGNORECASE,
)


def _newest_asked_then_told(read: _FirstReading) -> Newest | None:
    """'latest HN block total pls, our SEN team keeps quoting different numbers in meetings',
    'schools budget now? i had 59.6bn written down from 2023': asking for the newest, then
    telling why (an old figure the asker has, who keeps quoting what), declined whole because
    the told words pull the match off the topic. The newest is the same whoever asks and
    whatever they were told: the asking part read alone, when answered with a measure's
    figure or a topic's word. Not when what follows asks too, or the message names a place or
    the asker's own case, which narrow it."""
    message = read.question
    split = newest_asked_first(strip_markup(message))
    if split is None:
        return None
    first, told = split
    if (
        asking_sentences(told)
        or any(clauses_asking(told))
        or _ASKED_INDIRECTLY.search(told)
        or _asks_of_a_place(message)
        or analyse(message).intent is Intent.CASE
    ):
        return None
    alone = read.decided(first)
    best = alone.result.best
    # Only a fact the answers give over time (a measure's figure, a topic's word) is surely the
    # newest of what was asked; another is a guess at what the asking part alone means.
    if not alone.result.answered or best is None or not (best.fact.measure or best.fact.topic):
        return None
    return _read_as(alone, first, "what follows it tells, and does not change the newest")


def _told_figure_answered(read: _FirstReading) -> Newest | None:
    """'what's the total high needs budget now? the 10.1bn figure on our LA website feels
    ancient', answered with the £10.1bn the asker told: the asking part read alone gives a later
    figure of the same measure, which is the newest asked for (the told figure is what the
    asker has, not the answer)."""
    newest = read.newest
    best = newest.result.best
    if best is None or not best.fact.measure:
        return None
    alone = _newest_asked_then_told(read)
    if alone is None or alone.result.best is None:
        return None
    fact = alone.result.best.fact
    if fact.measure != best.fact.measure or period_of(fact).end <= period_of(best.fact).end:
        return None
    return alone


def _topic_pointed_to(read: _FirstReading) -> Newest | None:
    """'our officers keep mentioning 'the change programme'. how much is it worth?', declined
    whole: its asking clauses with "it" read as the phrase the story quotes (or the name it
    gives: "something called PINS"), when that is surely answered (a second guess, so as sure
    as a question read alone must be)."""
    message = read.question
    reworded = with_topic_named(message)
    if reworded is None:
        return None
    quoted = quoted_topic(message) is not None
    why = "“it” read as what your message names" + (" in quotes" if quoted else "")
    return _surely_answered_alone(read, reworded, why)


def _purpose_asked(read: _FirstReading) -> Newest | None:
    """'why was pins set up', declined as asked: read as "what is the purpose of pins", the
    words the base's purposes are asked by, when that is answered."""
    question = read.spelt
    reworded = as_purpose_asked(question)
    if reworded is None:
        return None
    return _if_sure(read.decided_as_worded(reworded), reworded, "it asks what that is for")


def _whole_asked(read: _FirstReading) -> Newest | None:
    """'the latest schools budget incl high needs', not answered as asked (drawn to the part's
    own figure): read without the part, when that is answered by a fact saying the part too
    (see `included_part`)."""
    question = read.spelt
    parted = without_included_part(question)
    if parted is None:
        return None
    whole, part = parted
    newest = read.decided_as_worded(whole)
    best = newest.result.best
    if not newest.result.answered or best is None:
        return None
    # (Not held to `_if_sure`: the fact saying the part as well is what makes it surer.)
    if not says_it_includes(read.index, best.fact, part):
        return None
    return _read_as(newest, whole, f"its figure includes {part}")


def _without_what_is_set_aside(read: _FirstReading) -> Newest | None:
    """'beyond the ones that opened, how many more special free schools got the go ahead?':
    read without what it sets aside, when that is answered with another fact than the whole
    message's (whose words drew the fact set aside), giving no figure the set-aside clause
    names (the asker has it)."""
    question, whole = read.spelt, read.newest
    aside = set_aside(question)
    if aside is None:
        return None
    rest = without_set_aside(question)
    again = read.decided_as_worded(rest)
    found, kept = again.result, whole.result
    if not found.answered or found.best is None:
        return None
    same = kept.best is not None and kept.best.fact.id == found.best.fact.id
    if same and (
        kept.answered
        or (kept.outcome is Outcome.PARTIAL and _names_what_is_set_aside(found.best.fact, aside))
    ):
        # Answered with it already; or partial of a fact naming what is set aside ("which orgs
        # are in the consortium apart from the NDTi", of the fact naming only the NDTi): what
        # it lacks is the others, which the clause asks for
        return None
    fact = found.best.fact
    named = figures_besides_dates(aside.lower())
    if any(gives(fact, claim) for claim in claims(aside)) or any(
        same_figure(figure, given) for figure in named for given in fact.figures
    ):
        return None  # "apart from the 15 new special schools", "beyond the 76": set aside
    return _read_as(again, rest, f"“{aside}” sets aside what you have")


# The words of a set-aside clause that only point at what is set aside.
_POINTING = frozenset(
    """beyond on top of besides apart from other than in addition to over and above not
    counting excluding the those these them ones one that which who already""".split()
)


def _names_what_is_set_aside(fact: Fact, aside: str) -> bool:
    """The fact's quote says a word (beyond pointing ones) of the set-aside clause."""
    quote = set(re.findall(r"[a-z0-9]+", fact.quote.lower()))
    said = set(re.findall(r"[a-z0-9]+", aside.lower())) - _POINTING
    return not said.isdisjoint(quote)


def _without_manner(read: _FirstReading) -> Newest | None:
    """'whats PINS for, in a sentence?', not answered as asked: read without the words saying
    how the reply is to be put, or where the question was put ("in parliament", kept when who
    put it there is asked), when that is answered. Those words ask nothing of the sources, so
    the message asks no less without them."""
    question = read.question
    keep = analyse(question).intent is Intent.ASKER
    reworded = without_words_asking_nothing(question, keep_parliament=keep)
    if reworded is None:
        return None
    newest = read.decided(reworded)
    if not newest.result.answered:
        return None
    return replace(newest, result=replace(newest.result, question=question))


def _first_choice(read: _FirstReading) -> Newest | None:
    """'does the 200k cover all types of special school or just state ones?', not answered as
    asked: read with its first choice alone, when that is answered. The choices exclude each
    other, so whether the first holds says which it is; the second's words need not be said."""
    question = read.question
    choices = first_choice_alone(question)
    if choices is None or names_another_thing(read.index, choices):
        return None
    newest = read.decided(choices.first_alone)
    best = newest.result.best
    if not newest.result.answered or best is None or not says_the_first_choice(best.fact, choices):
        return None
    # The fact is one the whole message comes close to (the second choice and what else it
    # says, "the neurodiversity answer", still count), or the newest figure of the measure it
    # names, which the figure it has ("still about 10.5 billion") keeps from the first few.
    near = among_first(read.index, rank(read.index, read.spelt), best.fact, _CHOICE_RIVALS)
    if near is None and newest.result.verdict is not Verdict.NEWEST_FIGURE:
        return None
    return replace(newest, result=replace(newest.result, question=question))


# How far down the whole message's ranking the fact settling its first choice may be.
_CHOICE_RIVALS = 5


def _one_named(read: _FirstReading) -> Newest | None:
    """'which previous answer was the white paper one following up', declined as asked: read
    with "the white paper one" as "the white paper question", when that is answered with a
    written answer's own record (what "the ... one" is asked of here)."""
    question = read.spelt
    reworded = with_one_named(question)
    if reworded is None:
        return None
    newest = read.decided_as_worded(reworded)
    best = newest.result.best
    if not newest.result.answered or best is None or DOCUMENT_TAG not in best.fact.tags:
        return None
    return replace(newest, result=replace(newest.result, question=question))


# Each part of a written answer's record, asked in the words the curated phrasings use.
_RECORD_QUESTIONS = {
    AnswerPart.ASKED_ON: "when was the question asked?",
    AnswerPart.ANSWERED_ON: "when was the question answered?",
    AnswerPart.ANSWERER: "who answered the question?",
}


# The record parts asked in the curated words, each decided once for a base (and day and
# staleness): the two readings below ask them of every question naming a part, and their
# decision never changes (a base is never changed once indexed). Kept with the index they were
# decided on (`per_index`), so that an old index is let go with its decisions.
_RECORD_DECIDED_KEPT = 8


@per_index
def _record_decisions(index: FactIndex) -> dict[tuple[str, dt.date | None, int], Newest]:
    return {}


def _record_part_decided(
    index: FactIndex, asked: str, today: dt.date | None, stale_months: int
) -> Newest:
    decided = _record_decisions(index)
    key = (asked, today, stale_months)
    kept = decided.get(key)
    if kept is not None:
        return kept
    newest = _decide(index, asked, today, stale_months)
    if len(decided) >= _RECORD_DECIDED_KEPT:
        decided.clear()  # (another day or staleness: the few kept serve a running bot)
    decided[key] = newest
    return newest


def _record_part_unmet(read: _FirstReading) -> Newest | None:
    """'when was the white paper engagement q asked', answered with another fact than the
    part of the record it surely asks for (the engagement "early in the new year", the date
    answered): that would be a wrong answer. Asked in the curated words for that part, when
    that gives it (one written answer), else declined (many: which one is meant is a guess)."""
    question, newest = read.spelt, read.newest
    part = record_part_asked(question)
    best = newest.result.best
    if part is None or best is None or answer_part(best.fact) is part:
        return None
    asked = _RECORD_QUESTIONS[part]
    again = _record_part_decided(read.index, asked, read.today, read.stale_months)
    found = again.result.best
    if again.result.answered and found is not None and answer_part(found.fact) is part:
        return _read_as(again, asked, "it asks for that part of the written answer's record")
    return replace(newest, result=replace(newest.result, outcome=Outcome.DECLINED, missing=None))


# "the question on school transport", "the pq about ehcps": a written answer named by topic.
_NAMES_A_TOPIC = re.compile(
    r"\b(?:question|q|pq|wpq|answer|reply|one) (?:on|about|re|regarding|into) ", re.IGNORECASE
)


def _record_part_alone(read: _FirstReading) -> Newest | None:
    """'Quick one for the newsletter footnote - what date should I put for when the government
    answered this written question?', declined whole (its story dilutes it): asked in the
    curated words for the one part of the record it surely asks for, when that gives the record
    of the written answer the whole message came closest to. Not when it names the answer by a
    topic ("who answered the question on school transport"): the curated words would drop it."""
    question, newest = read.spelt, read.newest
    part = record_part_asked(question)
    if part is None or _NAMES_A_TOPIC.search(question):
        return None
    near = (newest.result.best, *newest.result.suggestions[:2])
    closest = {scored.fact.source_id for scored in near if scored is not None}
    asked = _RECORD_QUESTIONS[part]
    again = _record_part_decided(read.index, asked, read.today, read.stale_months)
    found = again.result.best
    if (
        not again.result.answered
        or found is None
        or answer_part(found.fact) is not part
        or found.fact.source_id not in closest
    ):
        return None
    return _read_as(again, asked, "it asks for that part of the written answer's record")


def _answerer_checked(read: _FirstReading) -> Newest | None:
    """'someone said Gillian Keegan answered this one herself, is that right?', declined as
    asked (its asking clause names nothing): read as the check it makes, "did Gillian Keegan
    answer this one herself?", when that is answered. It asks what the message asks, in its
    own words, so it needs no more than an answer's confidence."""
    question = read.spelt
    reworded = as_answerer_checked(question)
    if reworded is None:
        return None
    newest = read.decided_as_worded(reworded)
    best = newest.result.best
    # Only the record of who answered replies: "is it true the answer was from X?" read so
    # and answered by another fact would not be the check the message makes.
    if (
        not newest.result.answered
        or best is None
        or answer_part(best.fact) is not AnswerPart.ANSWERER
    ):
        return None
    return _read_as(newest, reworded, "it checks who answered")


def _decide_long(
    index: FactIndex, message: str, today: dt.date | None, stale_months: int
) -> Newest:
    """A long message's question, read on its own, and a note saying what was read."""
    if len(message) > MAX_MESSAGE_LENGTH:
        raise QuestionTooLong(len(message))
    plain = strip_markup(message)
    if len(plain) <= MAX_QUESTION_LENGTH:
        return decide(index, plain, today, stale_months)  # only its markup made it long
    part = last_question(plain, MAX_QUESTION_LENGTH // 3)
    if len(part) > MAX_QUESTION_LENGTH:  # one run-on sentence: read its last asking clause
        part = last_clause(part, MAX_QUESTION_LENGTH // 3)
    if not part or len(part) > MAX_QUESTION_LENGTH:
        raise QuestionTooLong(len(message))
    newest = decide(index, part, today, stale_months)
    why = f"your message is over {MAX_QUESTION_LENGTH} characters, so the rest of it was left out"
    return _read_as(newest, part, why)


def _read_as(newest: Newest, part: str, why: str) -> Newest:
    """The decision on part of a message, saying which part was read and why; how a relative
    period in that part ("last year") was read stays below it."""
    reading = f"“{part}” is read as your question: {why}."
    if newest.reading:
        reading = f"{reading}\n{newest.reading}"
    return replace(newest, reading=reading)


def _decide(index: FactIndex, question: str, today: dt.date | None, stale_months: int) -> Newest:
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


__all__ = [
    "MAX_MESSAGE_LENGTH",
    "MAX_QUESTION_LENGTH",
    "Outcome",
    "QuestionTooLong",
    "Reply",
    "answer",
    "decide",
]
