"""Second readings of a message that the whole does not answer (or answers with the fact its
story drew): a part of it read alone, the question without its story, one of its two questions,
the asking clauses without those that tell, the newest asked without why. Each is given only
when that part is surely answered, or when what is left out cannot change what is asked.
Pure."""

from __future__ import annotations

import re

from sendbot.answering.asker_story import only_introduces_the_asker, tells_only_of_the_asker
from sendbot.answering.asking_clauses import asking_text, clauses_asking
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_reading import (
    SURE_ALONE,
    FirstReading,
    if_sure,
    read_as,
    surely_answered_alone,
)
from sendbot.answering.follow_up import follows_on
from sendbot.answering.intent import Intent
from sendbot.answering.latest import asks_for_newest, newest_asked_first
from sendbot.answering.long_message import (
    asking_sentences,
    last_clause,
    last_question,
    questions_asked,
    unbroken,
)
from sendbot.answering.markup import strip_markup
from sendbot.answering.measure_table import position_of
from sendbot.answering.message_limits import MAX_QUESTION_LENGTH
from sendbot.answering.newest import Newest
from sendbot.answering.question import analyse
from sendbot.answering.story_agrees import whole_agrees
from sendbot.answering.story_thing_named import (
    drawn_by_whom_it_is_about,
    question_naming_the_story_thing,
)
from sendbot.answering.total_of_the_told import asks_only_a_total
from sendbot.knowledge.measures import period_of

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


def asks_of_a_place(question: str) -> bool:
    """The message asks of a place or the asker's own area: where the asker lives ("I live in
    Devon, how many opened here?") narrows the question, so it is not read without them."""
    asked = analyse(question)
    return bool(asked.places) or asked.local


def its_question_alone(read: FirstReading) -> Newest | None:
    """A question with a story around it that the whole message does not answer: the question,
    read alone, when that is surely answered. Not when the message asks two things: which one
    the asker wants most is a guess."""
    index, message, spelt = read.index, read.question, read.spelt
    plain = strip_markup(message)
    part = last_question(plain, MAX_QUESTION_LENGTH // 3)
    if part == plain or asking_sentences(plain) != 1:
        return None
    if asks_only_a_total(index, part):
        return None  # "..., what's the total?": what is summed is in the rest of the message
    alone = read.decided(part)
    why = "the rest of your message was left out"
    if alone.result.confidence < SURE_ALONE and _story_agrees(index, plain, part, spelt, alone):
        return read_as(alone, part, why)
    return if_sure(alone, part, why)


def _story_agrees(index: FactIndex, plain: str, part: str, spelt: str, alone: Newest) -> bool:
    """Not surely answered alone, but the whole message ranks the fact near the top, lacking
    nothing it says. Not when what is left out names an answer or a year (which narrow what is
    asked), nor for the newest word asked ("any update on ..."), which the newest-figure rules
    give: a reading less than sure is then a guess at which answer is newest."""
    told = plain.replace(part, " ")
    if _NAMES_AN_ANSWER.search(told) or asks_for_newest(part):
        return False
    return whole_agrees(index, spelt, alone.result)


def one_of_its_questions(read: FirstReading, joined: bool = False) -> Newest | None:
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
    sure = if_sure(first, questions[0], why)
    if sure is not None:
        return sure
    if first.result.best is None:
        return None
    closest = first.result.best.fact.id
    for part in questions[1:]:
        found = surely_answered_alone(read, part, why)
        if found is not None and found.result.best and found.result.best.fact.id == closest:
            return found
    return None


def asked_then_checked(read: FirstReading) -> Newest | None:
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
    return read_as(alone, first + mark, "what follows only checks its answer")


def question_over_its_story(read: FirstReading) -> Newest | None:
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
    if not story.strip() or _NAMES_AN_ANSWER.search(story) or asks_of_a_place(story):
        return None
    if asks_only_a_total(read.index, part):
        return None  # what is summed is in the story
    alone = read.decided(part)
    # The whole's confidence is no bar to leaving out a story before the question: its words
    # make the whole sure of the fact they name. Told only after it, how things seem to the
    # asker names no fact: the question alone is read when it is at least as sure.
    at_least = SURE_ALONE if before.strip() else whole.result.confidence
    if not _surely_another_fact(alone, whole, at_least):
        return None
    return read_as(alone, part, "the rest of your message was left out")


def story_thing_pointed_at(read: FirstReading) -> Newest | None:
    """'my nephew is 20 with moderate learning difficulties and keen on a supported
    internship, is the quality of them any better?': answered whole, what the story says of
    the child drew the fact; the question with "them" read as the thing the story names, when
    that is surely answered by another fact (a second guess, as sure as a question alone)."""
    index = read.index

    def known(word: str) -> bool:
        terms = index.normaliser.terms(word)
        return bool(terms) and all(term in index.idf for term in terms)

    reworded = question_naming_the_story_thing(read.question, known)
    if reworded is None:
        return None
    alone = read.decided(reworded)
    whole = read.newest.result.best
    if not _surely_another_fact(alone, read.newest, SURE_ALONE) or whole is None:
        return None
    found = alone.result.best
    if found is None or not drawn_by_whom_it_is_about(
        read.question,
        lambda text: frozenset(index.normaliser.terms(text)),
        index.fact_terms[position_of(index, whole.fact)],
        index.fact_terms[position_of(index, found.fact)],
    ):
        return None  # "... what did the dfe say it has done": "it" is not the story's thing
    return read_as(alone, reworded, "what it points back to read as what your story names")


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


def its_asking_clauses(read: FirstReading) -> Newest | None:
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
    if only_introduces_the_asker(plain) and not asks_of_a_place(plain):
        # "I'm a governor - what's the latest on PINS?": who asks changes nothing asked, so
        # the question alone is the message's, answered as surely as it would be asked alone.
        # (Not where they are: "a SENCO in Leeds" narrows it.)
        alone = read.decided(part)
        return read_as(alone, part, _ONLY_WHO_ASKS) if alone.result.answered else None
    return surely_answered_alone(read, part)


_ONLY_WHO_ASKS = "the rest of your message says who is asking"


# What is told asking something itself: "our head wants to know if there's any results".
_ASKED_INDIRECTLY = re.compile(
    r"\b(?:know|wonder(?:ing|s)?|ask(?:ing|ed|s)?|check(?:ing)?|find out|see|hear)"
    r" (?:if|whether|when|how|what|why|which|who)\b",
    re.IGNORECASE,
)


def newest_asked_then_told(read: FirstReading) -> Newest | None:
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
        or asks_of_a_place(message)
        or analyse(message).intent is Intent.CASE
    ):
        return None
    alone = read.decided(first)
    best = alone.result.best
    # Only a fact the answers give over time (a measure's figure, a topic's word) is surely the
    # newest of what was asked; another is a guess at what the asking part alone means.
    if not alone.result.answered or best is None or not (best.fact.measure or best.fact.topic):
        return None
    return read_as(alone, first, "what follows it tells, and does not change the newest")


def told_figure_answered(read: FirstReading) -> Newest | None:
    """'what's the total high needs budget now? the 10.1bn figure on our LA website feels
    ancient', answered with the £10.1bn the asker told: the asking part read alone gives a later
    figure of the same measure, which is the newest asked for (the told figure is what the
    asker has, not the answer)."""
    newest = read.newest
    best = newest.result.best
    if best is None or not best.fact.measure:
        return None
    alone = newest_asked_then_told(read)
    if alone is None or alone.result.best is None:
        return None
    fact = alone.result.best.fact
    if fact.measure != best.fact.measure or period_of(fact).end <= period_of(best.fact).end:
        return None
    return alone
