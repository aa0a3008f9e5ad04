"""The newest answer's word on what a message asks of, when it asks for the newest (or when
something is to come): the decision so far answered with that word, the earlier answers' words
listed below it (`topic_word` finds them). Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import MatchResult
from sendbot.answering.newest import Newest
from sendbot.answering.question import Question
from sendbot.answering.ranking import rank
from sendbot.answering.topic_word import newest_word, newest_word_of_unanswered

# "when are the send reforms coming out", "when will the white paper be published": when
# something is to come, which the newest word on it says (plans are put back or brought on).
_TO_COME = re.compile(
    r"^when (?:will|are|is|do|does) (?:\w+ ){1,6}?(?:coming|come|due|be|expected|published|out|"
    r"arrive|arriving|happen|happening|land|landing)\b"
)


# "per the june 2025 lords answer", "in the 2024 reply": a year or an answer named says which
# written answer's word is asked: that answer's word, not the newest, answers.
_ANSWER_NAMED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:answer|reply|response)s?\b")


def asks_when_to_come(asked: Question) -> bool:
    """When something is to come, of no written answer named: the newest word on it says."""
    if asked.intent not in (Intent.DATE, Intent.START):
        return False
    text = " ".join(asked.words)
    return bool(_TO_COME.search(text)) and not _ANSWER_NAMED.search(text)


def _shows_the_same(result: MatchResult, other: MatchResult) -> bool:
    return (
        result.best is not None and other.best is not None and result.best.fact is other.best.fact
    )


def newest_word_on_it(
    index: FactIndex, newest: Newest, question: str, asked: Question, focus: Question, topic: str
) -> Newest | None:
    """The decision answered with the newest answer's word on its topic, the earlier answers'
    words listed below it (`newest_word`), or for a reply not answered, the newest word that
    gives what it lacks (`newest_word_of_unanswered`); None when there is no such word. The
    topic a fact of none answers for is looked for only when the news is asked, in the whole
    question as in its topic ("the latest on CPD, who runs it" asks who)."""
    ranked = partial(rank, index, topic) if asked.intent is Intent.OTHER else None
    word = newest_word(index, newest.result, focus, ranked, question)
    if word is None:
        if newest.result.answered:
            return None
        # "the latest on SEND in teacher training, when does it kick in": the newest answer's
        # word on the topic gives what the older word, declined or partial, lacks.
        unanswered = newest_word_of_unanswered(index, newest.result, focus, rank(index, topic))
        if unanswered is None:
            return None
        return replace(newest, result=unanswered[0], said_before=unanswered[1])
    answered, said_before = word
    # (A staleness line said of the fact it replaces gave that fact's date as the newest
    # figure's: "the latest figure ... from an answer given on 9 January 2023" under a
    # February 2024 answer.)
    # The figure the asker has is not checked against a later answer's word either ("there
    # was £18m ..., anything more recent?" is not "not £18m"): the earlier answers' line shows
    # it with its date.
    same = _shows_the_same(answered, newest.result)
    stale = newest.stale if same else None
    kept = same or not said_before or "still" in asked.words  # "is it still X?" checks X
    found = answered if kept else replace(answered, checked=())
    # (Figures of later periods than another fact's are not this one's to list.)
    newer = newest.newer if same else ()
    return replace(newest, result=found, said_before=said_before, stale=stale, newer=newer)
