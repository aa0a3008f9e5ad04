"""Whether a level has fallen or been cut, asked of no figure ("has the SEN budget gone
down?", "are ministers cutting special school places?"), answered by a fact whose quote says
the level rose ("an increase of 60%", "up from £8 billion"): the answer is a plain no before
the fact, never a yes. A quote that does not say the level rose (a level alone, or a fall) gets
no line: it cannot say no. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.asked_measure import named_measure
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.lacking import SOURCE
from sendbot.answering.match import Outcome
from sendbot.answering.question import Question, analyse
from sendbot.answering.reply import Reply
from sendbot.knowledge.model import Fact

# "has/have/is/are/was/were/did ... gone down / fallen / dropped / decreased / been cut /
# cutting / reduced / shrunk": the verb may follow a long subject ("the money for children
# with high needs"), or come before it ("is the government cutting high needs funding").
_FALL_ASKED = re.compile(
    r"^(?:has|have|is|are|was|were|did|does|do) (?:\w+ ){0,10}?"
    r"(?:gone down|going down|go down|went down|fallen|falling|fall|fell|dropped|dropping|"
    r"drop|decreased|decreasing|decrease|declined|declining|decline|shrunk|shrinking|shrink|"
    r"cut|cuts|cutting|reduced|reducing|reduce|slashed|slashing|slash)\b"
    # not another sense: "fall under the local offer", "drop out", "a cut off date"
    r"(?! (?:under|within|into|behind|to|on|off|out|through|apart|short)\b)"
)
_FIGURE_OR_YEAR = re.compile(r"\d")
# Every verb `_FALL_ASKED` reads, by a part that each of its forms has. Reading the message
# as sent is most of what this check costs, and it runs for every answer: a message of plain
# text (ASCII letters, spaces, punctuation that is no markup) whose letters, run together, hold
# none of these parts cannot ask whether a level fell, and is not read. Folding other
# characters, or taking markup out, could make one of the words.
_MAY_ASK_A_FALL = re.compile(r"down|fall|fell|drop|decreas|declin|shr[iu]nk|cut|reduc|slash", re.I)
_PLAIN_TEXT = re.compile(r"[A-Za-z \n?.,!'\"/:;()-]*")
_NOT_A_LETTER = re.compile(r"[^A-Za-z]+")
# Words joining a second thing asked ("is it being cut and is it fair?", "cut or frozen?").
_ASKS_MORE = frozenset({"and", "or", "but"})
DENIED = f"No: {SOURCE.lower()} speaks of an increase."
# A quote saying the level rose: "an increase", "increased by", "rose", "up from", "more than
# last year". "more than" alone is a lower bound ("more than £10 billion"), not a rise.
_QUOTES_INCREASE = re.compile(
    r"\b(?:increase|increases|increased|increasing|rise|rises|rose|risen|rising|grown|grew|"
    r"up from|more than (?:last|the previous|in the previous) year)\b",
    re.IGNORECASE,
)
# A quote also speaking of a fall or cut cannot give a plain no.
_QUOTES_FALL = re.compile(
    r"\b(?:decrease\w*|fall|fell|fallen|falling|cut|cuts|reduc\w+|down from|lower|less|"
    r"no increase|not increase\w*)\b",
    re.IGNORECASE,
)


def asks_if_level_fell(question: Question) -> bool:
    """A yes/no question whether a level fell or was cut, naming no figure or year."""
    if _FIGURE_OR_YEAR.search(question.text):
        return False
    return _FALL_ASKED.search(" ".join(question.words)) is not None


def quotes_an_increase(fact: Fact) -> bool:
    """The fact's quote says its level rose, and speaks of no fall or cut beside it."""
    quote = " ".join(fact.quote.split())
    return _QUOTES_INCREASE.search(quote) is not None and _QUOTES_FALL.search(quote) is None


def asks_only_if_level_fell(question: Question) -> bool:
    """`asks_if_level_fell`, and nothing else beside it ("... and is it fair?" asks a verdict
    too, which no figure gives)."""
    return asks_if_level_fell(question) and _ASKS_MORE.isdisjoint(question.words)


def of_the_measure_named(index: FactIndex, question: Question, fact: Fact) -> bool:
    """`fact` is of the measure `question` names, or of that measure's rises ("high needs
    funding" of "high-needs-budget-rise-since-2019-20"): an increase in something else (the
    money for the waiting list asked about) says nothing of whether the level asked fell."""
    named = named_measure(index, question)
    measure = fact.measure or ""
    return named is not None and (measure == named or measure.startswith(f"{named}-"))


def _asks_no_fall_plainly(text: str) -> bool:
    """Plain text naming no verb of a fall: `asks_if_level_fell` is surely false of it."""
    if _PLAIN_TEXT.fullmatch(text) is None:
        return False
    return _MAY_ASK_A_FALL.search(_NOT_A_LETTER.sub("", text)) is None


def fall_denied(index: FactIndex, reply: Reply) -> Reply:
    """`reply` with 'No: the written answer speaks of an increase.' first, when it answers a
    question asking only whether a level fell or was cut with a fact of that level whose quote
    says it rose; as it was otherwise (and when it already opens with a check line)."""
    fact = reply.fact
    if reply.outcome is not Outcome.ANSWERED or fact is None or reply.corrected:
        return reply
    text = reply.question
    if _FIGURE_OR_YEAR.search(text) or _asks_no_fall_plainly(text):
        return reply  # (tested before the message is analysed: most answers stop here)
    question = analyse(text)
    if not asks_only_if_level_fell(question):
        return reply
    if not quotes_an_increase(fact) or not of_the_measure_named(index, question, fact):
        return reply
    return replace(reply, text=f"{DENIED}\n{reply.text}", corrected=DENIED)
