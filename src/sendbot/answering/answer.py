"""The one entry point every front end calls: question text -> Reply.

The orchestration: a message is read without its sign-off, purpose and clause asking again
(a long one from its last question back), decided as worded once its misspellings are
corrected (`decided_as_worded`), then read a second time in other ways when that decision
may not be what was asked (`_second_readings`: in part, `question_read_alone`; in other
words, `reworded_readings`; a record's part, `record_part_readings`; several facts,
`overview_reading`); last, what the sources cannot say of the decision is checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

from sendbot.answering.after_the_sources import (
    may_name_a_later_time,
    not_covered_line,
    reaches,
    time_asked_after,
)
from sendbot.answering.all_or_some import how_many_of_all
from sendbot.answering.announcement_asked import announcement_asked
from sendbot.answering.answer_parts import AnswerPart, answer_part
from sendbot.answering.anything_since import anything_since
from sendbot.answering.asked_again import without_asked_again
from sendbot.answering.asked_before import without_asked_before
from sendbot.answering.asked_today import may_ask_of_today, not_said_today_line, today_asked
from sendbot.answering.asker_purpose import without_purpose
from sendbot.answering.claim_given_elsewhere import claim_given_elsewhere
from sendbot.answering.close_topics import with_close_topics_only
from sendbot.answering.confidence import Verdict
from sendbot.answering.continues_asked import goes_on_asked
from sendbot.answering.cover_named import covered_named
from sendbot.answering.decided_as_worded import decide_as_worded
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fall_asked import fall_answered_by_rise
from sendbot.answering.fall_denied import fall_denied
from sendbot.answering.first_reading import FirstReading, SecondReading, read_as
from sendbot.answering.follow_up import FOLLOW_UP_NOTE, leans_on_earlier
from sendbot.answering.intent import Intent
from sendbot.answering.interjection import interjection_left_out
from sendbot.answering.long_message import last_clause, last_question
from sendbot.answering.markup import strip_markup
from sendbot.answering.match import Outcome, read_as_asked
from sendbot.answering.message_limits import (
    MAX_MESSAGE_LENGTH,
    MAX_QUESTION_LENGTH,
    QuestionTooLong,
    too_long_message,
)
from sendbot.answering.newest import DEFAULT_STALE_MONTHS, Newest
from sendbot.answering.newest_rise import newest_rise_asked
from sendbot.answering.news_of_topic import as_latest_asked
from sendbot.answering.now_against_a_year import now_against_a_year
from sendbot.answering.office_now import asks_office_now
from sendbot.answering.overview_reading import overview_of_several
from sendbot.answering.own_case_declined import own_case_declined
from sendbot.answering.passed_date import passed_date_line
from sendbot.answering.place_rise_asked import place_rise_answered
from sendbot.answering.plan_meant_instead import plan_meant_instead
from sendbot.answering.purpose_unrivalled import unrivalled_purpose
from sendbot.answering.question import analyse
from sendbot.answering.question_number import (
    QUESTION_NUMBER_MISSING,
    asks_question_number,
    gives_question_number,
)
from sendbot.answering.question_read_alone import (
    asked_then_checked,
    asks_of_a_place,
    its_asking_clauses,
    its_question_alone,
    newest_asked_then_told,
    one_of_its_questions,
    question_over_its_story,
    story_thing_pointed_at,
    told_figure_answered,
)
from sendbot.answering.record_part_readings import record_part_alone, record_part_unmet
from sendbot.answering.reply import Reply, build_reply
from sendbot.answering.restated_year import without_restated_year
from sendbot.answering.reworded_readings import (
    answerer_checked,
    first_choice,
    one_named,
    purpose_asked,
    topic_pointed_to,
    whole_asked,
    without_manner,
    without_what_is_set_aside,
)
from sendbot.answering.route_stated import route_stated
from sendbot.answering.sign_off import without_sign_off
from sendbot.answering.staleness_fits import asks_for_a_figure
from sendbot.answering.threshold_asked import threshold_given
from sendbot.answering.topic_only import topic_only_answered
from sendbot.answering.unheld_answer import answer_not_held
from sendbot.answering.unseen_thing_applied_for import unseen_thing_declined
from sendbot.knowledge.model import FigureKind


def answer(
    index: FactIndex,
    question: str,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
) -> Reply:
    """`today` (from the caller's clock) lets the reply say a measure's newest figure is old."""
    newest = decide(index, question, today, stale_months)
    # Closest topics only when near what was asked: an off-topic question is told what the
    # sources cover, not offered a fact that shares one word with it.
    result = with_close_topics_only(index, newest.result)
    # A follow-on ("wasn't it 20?") is not off topic but cut short: asked to be put in full
    # (FOLLOW_UP_NOTE), not told what the sources are and pointed to "help" as well.
    follows_on = leans_on_earlier(question)
    reply = newest.annotate(
        build_reply(result, index.kb, newest.parts_dated, say_coverage=not follows_on)
    )
    # "has the SEN budget gone down?" answered by its rise: "No:" first.
    reply = fall_denied(index, reply)
    if reply.outcome is Outcome.DECLINED and follows_on:
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
    # "is my kid's school getting any of the money?", declined: why no source can say.
    newest = own_case_declined(question, newest) or newest
    # "how do i apply for free school meals": a thing no source names, off topic.
    newest = unseen_thing_declined(index, question, newest) or newest
    # "is high needs going up by £970m?", answered with 2025/26's rise: 2023/24's, not "not".
    newest = claim_given_elsewhere(index, question, newest) or newest
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
    holding = _not_said_today(index, question, newest)
    if holding is not None:
        judged = newest.result.judged(
            Verdict.LACKS_DETAIL, outcome=Outcome.PARTIAL, missing=holding
        )
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
    if not may_name_a_later_time(question, today):
        # Most messages name no later time; the message as sent (misspelt, signed off) is
        # read again only for one that may (reading it is a fifth of answering it).
        return None
    read = analyse(question)
    if read.checking or not asks_for_a_figure(read):
        return None  # "it ends this summer 2024, right?": a date claimed, not a time asked
    latest = max(source.answered for source in index.kb.sources)
    asked = time_asked_after(read, latest, today)
    if asked is None or reaches(best.fact, asked[1]):
        return None
    return not_covered_line(asked[0], latest)


def _not_said_today(index: FactIndex, question: str, newest: Newest) -> str | None:
    """ "as of today how many special free schools are open?", answered by a figure of February
    2024: the sentence saying that is the newest the sources give and not what holds today;
    None when the answer stands (no today asked, or a fact about the written answer itself)."""
    best = newest.result.best
    if not newest.result.answered or best is None or answer_part(best.fact) is not None:
        return None
    if not may_ask_of_today(question):
        return None
    asked = today_asked(analyse(question))
    return not_said_today_line(best.fact, asked) if asked else None


def _decided(index: FactIndex, question: str, today: dt.date | None, stale_months: int) -> Newest:
    # "whats the budget now? ta": read without the thanks that sign it off.
    question = without_sign_off(question.strip())
    # "sorry if this has been asked before, ...": the apology speaks of this chat, and its
    # "asked" is no written answer's record asked about.
    question = without_asked_before(question)
    # "total high needs for 2024/25? need it for a governors report": read without what the
    # answer is for, which names no topic but pulls the match away from the question's.
    question = without_purpose(question)
    # "anything on PINS since 2023?", "anything after the £18m?": what is newer than the
    # asker's news, not that news (read before "anything on X" is read as "on X").
    question = anything_since(question)
    # "PINS update?", "anything new on PINS?": a topic's newest word, as "latest on PINS?".
    question = as_latest_asked(index, question)
    # "latest on PINS? where is it at now", "any findings yet or still waiting?": read without
    # the clause asking again what the rest asks.
    question = without_asked_again(question)
    # "total for 2026/27, this financial year": the year written is asked, said again.
    question = without_restated_year(question)
    if len(question) > MAX_QUESTION_LENGTH:
        return _decide_long(index, question, today, stale_months)
    # Read with its misspellings corrected ("speshul skools"), replied to as it was asked.
    spelt = read_as_asked(index, question)
    newest = decide_as_worded(index, spelt, today, stale_months)
    read = FirstReading(index, question, spelt, newest, today, stale_months, decide)
    # Whatever the first decision, a clause setting aside what the asker has is read first.
    for reading in (without_what_is_set_aside, *_second_readings(read)):
        again = reading(read)
        if again is not None:
            return again
    if spelt == question:
        return newest
    return replace(newest, result=replace(newest.result, question=question))


def _second_readings(read: FirstReading) -> tuple[SecondReading, ...]:
    """The second readings tried, in turn, after the first decision: the first of them that
    gives a decision is the reply. Which are tried depends on how the message was decided."""
    result = read.newest.result
    if result.outcome is Outcome.DECLINED:
        # Each fits its own shape of message; where two fit, the earlier wins, so the order is
        # behaviour. The overview comes late: several facts, where no one fact answers; last, a
        # topic asked of only, answered by the closest fact on it.
        return (
            without_manner,  # words on how to put the reply ask nothing of the sources
            interjection_left_out,  # "wait what is X": the opening "wait" asks nothing
            how_many_of_all,  # "all councils or just some?": how many councils
            first_choice,  # "is it A or just B?": what "is it A?" asks
            whole_asked,  # "incl high needs": the whole, when its fact says the part too
            record_part_alone,  # a part of the record, of the answer the message came closest to
            purpose_asked,  # "why was pins set up": "what is the purpose of pins"
            announcement_asked,  # "when do we find out where X go": when it is announced
            unrivalled_purpose,  # "what's X supposed to be doing": the one close purpose
            route_stated,  # "how does X get to schools": the close fact saying the route
            threshold_given,  # "how much per pupil before X kicks in": the amount above
            place_rise_answered,  # "how much extra did X get": that place's own rise
            now_against_a_year,  # "how many now vs 2015": the change from that year
            covered_named,  # "does it cover dyslexia": the quote saying "including" it
            answerer_checked,  # "someone said X answered, right?": "did X answer?"
            topic_pointed_to,  # "how much is it worth?": "it" as the topic the story names
            its_question_alone,  # a question whose story led the whole message astray
            its_asking_clauses,  # the clauses that ask, without those that tell
            partial(one_of_its_questions, joined=True),  # two things asked, one sentence or two
            one_named,  # "the white paper one": "the white paper question"
            newest_asked_then_told,  # the newest asked for, then why (what the asker has)
            goes_on_asked,  # "was it a one off?": the newest figure saying it continues
            fall_answered_by_rise,  # "is it being cut?": the newest figure saying it rose
            overview_of_several,  # "what training is there for SENCOs?": the few facts together
            topic_only_answered,  # "anything on top slicing?": the closest fact naming it
        )
    if result.outcome is Outcome.PARTIAL:
        # Where the asker lives narrows every question of the message, and so does the
        # asker's own one ("my son's school in Bristol - will it get PINS support?").
        if asks_of_a_place(read.spelt) or read.asked.intent is Intent.CASE:
            return ()
        # "our EP time got cut to 3 days a year. how much funding has the DfE put in ...?": the
        # story, not the question, asked for what the source lacks (a figure "a year").
        return (
            without_manner,
            how_many_of_all,  # "all councils or just some?", of a count not said to be all
            whole_asked,
            purpose_asked,  # "whats pins meant to do", of a fact that says no purpose
            announcement_asked,  # "when will they say where X go", of a fact giving no date
            its_asking_clauses,
            one_of_its_questions,  # only questions asked in sentences of their own
        )
    if result.answered:
        # Answered, but maybe not as asked: another fact, surely answering, replaces it.
        return (
            record_part_unmet,  # a part of the record asked, another fact given
            how_many_of_all,  # "all councils or just some?", of a fact counting none
            asked_then_checked,  # "...? is it just councils": the check drew the fact
            question_over_its_story,  # the story's words drew the fact
            story_thing_pointed_at,  # "... a supported internship, are they any better?"
            told_figure_answered,  # answered with the very figure the asker told as old
            newest_rise_asked,  # "the newest rise in X": an older rise measure's figure given
        )
    return ()


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
    return read_as(newest, part, why)


__all__ = [
    "MAX_MESSAGE_LENGTH",
    "MAX_QUESTION_LENGTH",
    "Outcome",
    "QuestionTooLong",
    "Reply",
    "answer",
    "decide",
    "too_long_message",
]
