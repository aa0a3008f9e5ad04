"""Facts about a written answer itself (who answered, when it was asked or answered, what the
question said) and the questions each one answers. Pure.

Such a fact's phrasings name the answer's topic ("when was the question on neurodiversity
inclusion answered?"), so a question about that topic ("what did the DfE say about
neurodiversity inclusion?") comes close to it. It answers only a question that asks for its
own part of the answer: the date the question was asked is no reply to "when did the change
programme launch?", and the question's own wording is no reply to what the department said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sendbot.answering.normalise import words
from sendbot.answering.question import Intent, Question
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.model import Fact, FigureKind

DOCUMENT_TAG = "document"


class AnswerPart(StrEnum):
    ANSWERER = "answerer"  # the minister who answered
    ASKER = "asker"  # the member who asked
    ANSWERED_ON = "answered-on"
    ASKED_ON = "asked-on"
    QUESTION_TEXT = "question-text"  # "To ask the Secretary of State ..."
    DEPARTMENT = "department"  # "Question to the Department for Education:"


# Words (and the matcher's terms for them: "tabled" -> "tabl", "put down" -> "ask") that
# say the question is about the asking, the answering or the question itself.
ASKING_WORDS = frozenset(
    """ask asked asking table tabled tabling tabl submit submitted submitt lodge lodged lodg
    raise raised rais put""".split()
)
ANSWERING_WORDS = frozenset(
    """answer answered answering reply replied replying repli respond responded response
    published publish signed sign wrote written gave given say said""".split()
)
QUESTION_WORDS = frozenset(
    "question questions pq pqs wording word mp mps peer member replying responding".split()
)
DEPARTMENT_WORDS = frozenset("department departments dept dfe ministry addressed sent".split())
# Words asking when, or how long ago, whatever the intent the first rule gave the question.
WHEN_WORDS = frozenset("when date dates day recent old".split())
AGE_WORDS = frozenset("recent old".split())
WHO_WORDS = frozenset("who whom whose author behind name which".split())
_YEAR = re.compile(r"(?:19|20)\d{2}")
DATE_INTENTS = frozenset({Intent.DATE, Intent.START})
# "who asked", "when was it answered": intents that ask for another part than the text.
NOT_TEXT_INTENTS = DATE_INTENTS | {Intent.PERSON, Intent.ASKER, Intent.END}
# What a question's wording cannot tell: whether something worked, is enough, will happen.
VERDICT_INTENTS = frozenset({Intent.OUTCOME, Intent.JUDGEMENT, Intent.OPINION, Intent.PREDICTION})
# Words of an answerer's or asker's line that are not their name.
OFFICE_WORDS = frozenset(
    """asked by minister of state for education department parliamentary under secretary
    the baroness lord mp""".split()
)


# "who is evaluating X", "who allocates most of the money", "who sits on the group", "who
# does the group include": who carries something out or takes part, not who answered. (Not
# "who answered", "who wrote the reply", "who is the minister", "who did the mp ask".)
_WHO_DOES = re.compile(
    r"\bwho(?:'s| is| are| will be)\s+(?!\w+ing\b(?: the)? (?:answer|question|reply))\w+ing\b|"
    r"\bwho (?:actually |exactly |really |else |then |now )?"
    r"(?!(?:answer|repl|respond|wr[io]te|sign|gave|gives|said|says|ask|tabl|put|lodg|submit)\w*\b)"
    r"(?!(?:is|was|has|does|goes|this)\b)[a-z]+s\b|"
    r"\bwho (?:does|do) (?:\w+ ){1,8}?(?:include|involve|cover|fund|run|lead|decide|allocate|"
    r"advise|pay|deliver|make)\b"
)


def asks_who_does(question: Question) -> bool:
    """A "who" question about who does something in the world, not who gave the answer."""
    return bool(_WHO_DOES.search(question.text.lower()))


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks of a written answer itself: the parts, and its own words."""

    parts: frozenset[AnswerPart]
    said: frozenset[str]
    intent: Intent


def answer_part(fact: Fact) -> AnswerPart | None:
    """Which part of a written answer a fact tagged `document` gives, if one of these."""
    if DOCUMENT_TAG not in fact.tags:
        return None
    if "minister" in fact.tags:
        return AnswerPart.ANSWERER
    if "mp" in fact.tags:
        return AnswerPart.ASKER
    for figure in fact.figures:
        if figure.kind is FigureKind.DATE and figure.label == "date the question was answered":
            return AnswerPart.ANSWERED_ON
        if figure.kind is FigureKind.DATE and figure.label == "date the question was asked":
            return AnswerPart.ASKED_ON
    if fact.quote.startswith("To ask "):
        return AnswerPart.QUESTION_TEXT
    if fact.quote.startswith("Question to the "):
        return AnswerPart.DEPARTMENT
    return None


def asked_of_answer(question: Question, said: frozenset[str]) -> Asked:
    """The parts of a written answer a question asks for. `said`: the words of its asking
    clauses ("my MP keeps saying ..., what did the minister say it is for?" asks what was
    said, not what the MP asked), as written and as the matcher's terms."""
    asking = not ASKING_WORDS.isdisjoint(said)
    answering = not ANSWERING_WORDS.isdisjoint(said)
    about_question = not QUESTION_WORDS.isdisjoint(said)
    intent = question.intent
    dated = (
        intent in DATE_INTENTS
        or question.checking
        or not WHEN_WORDS.isdisjoint(said)
        or any(word in MONTHS or _YEAR.fullmatch(word) for word in said)
    )
    who = (
        intent is Intent.PERSON
        or not WHO_WORDS.isdisjoint(said)
        or question.checking
        or "by" in said  # "answered by?"
    )
    parts = set()
    who_does = intent is Intent.PERSON and asks_who_does(question)
    if (intent is Intent.PERSON and not who_does) or (who and (answering or "minister" in said)):
        parts.add(AnswerPart.ANSWERER)
    if intent is Intent.ASKER or (who and (asking or about_question)):
        parts.add(AnswerPart.ASKER)
    if not DEPARTMENT_WORDS.isdisjoint(said):
        parts.add(AnswerPart.DEPARTMENT)
    if dated and (asking or (about_question and not answering)):
        parts.add(AnswerPart.ASKED_ON)
    if dated and (answering or (about_question and not asking) or not AGE_WORDS.isdisjoint(said)):
        parts.add(AnswerPart.ANSWERED_ON)  # "how old is this?": as of the answer's date
    # What the question said, unless what is asked is what the answer said, or a verdict
    # the wording of a question cannot give ("is it working?").
    if intent not in NOT_TEXT_INTENTS and (
        asking or about_question or not (answering or intent in VERDICT_INTENTS)
    ):
        parts.add(AnswerPart.QUESTION_TEXT)
    if intent is Intent.ASKER:
        # Written answers seldom say who asked: when and what was asked are related.
        parts |= {AnswerPart.ASKED_ON, AnswerPart.QUESTION_TEXT}
    return Asked(frozenset(parts), said, intent)


# Words that name a written answer or the question it answers: "this pq", "the dfe reply"
# ("published" or "said" alone may be of a report or anyone's words).
NAMING_WORDS = frozenset(
    """answer answered answering answers reply replied replies repli respond responded response
    pq pqs question questions ask asked tabled tabl table lodged lodg submitted submitt wording
    worded dfe department dept""".split()
)


# Every word that asks for a part of a written answer.
PART_WORDS = (
    NAMING_WORDS
    | ASKING_WORDS
    | ANSWERING_WORDS
    | QUESTION_WORDS
    | DEPARTMENT_WORDS
    | WHEN_WORDS
    | WHO_WORDS
    | frozenset(
        """older newer original originally exactly precisely actually summarise summarize
        summary gist text dhsc dwp dhsc treasury hmt mhclg dluhc moj""".split()
    )
)
# Words of an answer still to come, or changed since: "when will the next pq be answered?".
FUTURE_WORDS = frozenset(
    "will next future upcoming due going shall update updated corrected correction amended".split()
)
# Words saying a question was answered (not "wrote", which may be the question's asker).
ANSWERED_WORDS = frozenset(
    "answer answered answering answers reply replied replies repli respond responded response"
    " signed".split()
)
DATE_PARTS = frozenset({AnswerPart.ANSWERED_ON, AnswerPart.ASKED_ON})
# The kinds of question a part of a written answer answers: who, when, what it said. "Who
# asked?" is not one: written answers seldom say, so their date and text are only related.
PART_INTENTS = frozenset({Intent.PERSON, Intent.DATE, Intent.START, Intent.OTHER})


def names_the_answer(said: frozenset[str], part: AnswerPart, question: Question) -> bool:
    """The question speaks of this written answer, its question or its department, and asks
    for `part` of it plainly: a date only when asked when (not "how long did it take"), the
    question's text only when no person is asked about ("which constituency is the MP
    for?" is not about its wording), and nothing of an answer still to come."""
    if question.intent not in PART_INTENTS:
        return False  # how many, how much, whether it is fair: no part of an answer says
    if NAMING_WORDS.isdisjoint(said) or not FUTURE_WORDS.isdisjoint(said):
        return False
    if part is AnswerPart.ANSWERER and (
        ANSWERED_WORDS.isdisjoint(said) or not ASKING_WORDS.isdisjoint(said)
    ):
        return False  # "who put down this pq?" asks who asked, which no answer says
    if part in DATE_PARTS and (
        "long" in said  # "how long did it take": a time taken, not a date
        or not (
            question.intent in DATE_INTENTS or question.checking or not WHEN_WORDS.isdisjoint(said)
        )
    ):
        return False
    return part is not AnswerPart.QUESTION_TEXT or WHO_WORDS.isdisjoint(said)


def misfits(asked: Asked, fact: Fact) -> bool:
    """The fact gives a part of a written answer that the question does not ask for."""
    part = answer_part(fact)
    if part is None or part in asked.parts:
        return False
    if part in (AnswerPart.ANSWERER, AnswerPart.ASKER):
        return not _names(asked.said, fact)  # "what is Catherine McKinnell's job?"
    if part is AnswerPart.QUESTION_TEXT and asked.intent in DATE_INTENTS:
        # A question's text may give a date of its own ("the IFS report published on ...").
        return not any(figure.kind is FigureKind.DATE for figure in fact.figures)
    return True


def _names(said: frozenset[str], fact: Fact) -> bool:
    """The question names the person the fact gives (or their party or seat)."""
    return not (set(words(fact.quote)) - OFFICE_WORDS).isdisjoint(said)
