"""Questions asking whether something has got going, or been finished, by now ("has PINS
started in schools yet, or was it only announced?", "are the approved schools built yet or
still on paper?", "the evaluation - finished yet?"), of a fact that says only that it was
announced, approved, planned or launched: the fact is related information, never a yes, so the
reply says the written answer does not say whether it has started or been finished. (A fact
promising it for later is left to the promise rule, promised_only, which says when.) A fact
saying it was launched or is running answers whether it has started; only one saying it was
completed, built, opened or published answers whether it is done. Pure.
"""

from __future__ import annotations

import re
from typing import Literal

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.intent import Intent
from sendbot.answering.lacking import SOURCE
from sendbot.answering.promised_only import AskedEvent, asked_event, only_promised
from sendbot.answering.question import Question

Stage = Literal["started", "finished"]

# Whether it has begun: "has it started", "is it up and running", "already being taught".
_STARTED_ASKED = re.compile(
    r"\b(?:started|begun|(?:up and )?running|under ?way|being (?:taught|used|delivered|run|"
    r"rolled out|offered)|in (?:use|effect))\b"
)
# Whether it is done: "finished yet", "built yet or still on paper", "done now?", "done
# building them yet?", "rolled out
# nationally" (not "done" alone: "what has been done" asks what, not whether).
_FINISHED_ASKED = re.compile(
    r"\b(?:finished|completed?|built|wrapped up|concluded|"
    # ("done testing the reforms yet?": finished doing what it was for)
    r"(?<!being )(?<!been )done (?=yet|now|already|or\b|(?!(?:any|some|no|every)thing)\w+ing\b)|"
    r"(?:fully )?rolled out (?:nationally|everywhere|across (?:the country|england)|to (?:all|"
    r"every)\b)|fully (?:rolled out|implemented|in place))\b"
)
# Words asking its state by now, not what was planned: "yet", "now", "already", "or only
# announced", "still on paper", "actually".
_BY_NOW = re.compile(
    r"\b(?:yet|now|already|actually|really|still on paper|or (?:is it |was it |are they |were "
    r"they |it s |its )?(?:just|only|still|merely) (?:\w+ ){0,2}?(?:announced|planned|a plan|"
    r"on paper|proposed|approved|promised|talk|an announcement|words))\b"
)
# "is the pilot done trialling the reforms": "done" with what it was doing asks its state by
# now without "yet" or "now".
_DONE_DOING = re.compile(r"(?<!being )(?<!been )\bdone (?!(?:any|some|no|every)thing)\w+ing\b")
# Questions asking what, how many or when are read by the rules for those.
_ASKS_ANOTHER_THING = re.compile(r"^(?:what|whats|which|who|how|when|where|why)\b")
# Asked of what is to come ("will the framework actually include SEND?", "in place yet or
# still coming?"), which the plan answers, or of what was said ("do they say it's being
# delivered?", "is the govt saying ..."), which the saying answers; "latest" asks the newest
# word, which the rules on the newest answer.
_OF_THE_PLAN_OR_THE_SAYING = re.compile(
    r"\b(?:will|would|going to|gonna|coming|to come|due|latest|update|news)\b|"
    r"\b(?:say|says|said|saying|claim|claims|claimed|claiming|state|states|stated|stating)\b"
)
# A fact saying it is done, or a later stage of it (a school opened was built).
_DONE_SAID = re.compile(
    r"\b(?:completed|finished|built|opened|published|undertaken|took place|was held|"
    r"concluded|delivered)\b"
)
# A fact saying it has begun: launched, running, reaching people.
_STARTED_SAID = re.compile(
    r"\b(?:launched|started|began|begun|introduced|running|extended|reached|supported|"
    r"registered|working with|is working|are working|in place|operating|since|under ?way|"
    r"ongoing|in progress)\b"
)
# What a fact says of it instead, for the sentence: "it says it was announced".
_SAID_INSTEAD = re.compile(r"\b(?:announced|approved|confirmed|launched|introduced)\b")
_PLANNED = re.compile(r"\b(?:will|plans?|planned|is introducing|are introducing|to be)\b")


def stage_asked(question: Question) -> Stage | None:
    """The stage a question asks whether something has reached by now, if it asks one."""
    text = question.text
    if question.intent is not Intent.OTHER or _ASKS_ANOTHER_THING.match(text):
        return None
    if _OF_THE_PLAN_OR_THE_SAYING.search(text):
        return None
    if not _BY_NOW.search(text) and not _DONE_DOING.search(text):
        return None
    if _FINISHED_ASKED.search(text):
        return "finished"
    if _STARTED_ASKED.search(text):
        return "started"
    return None


def asks_whether_under_way(question: Question) -> bool:
    return stage_asked(question) is not None


def under_way_not_said(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact does not tell whether it has started or been finished;
    None when it says so (or when it is the record of the written answer itself)."""
    stage = stage_asked(question)
    if stage is None or fact.answer_part is not None:
        return None
    event = _event_asked(question.text)
    if event is not None and only_promised(fact.text, event):
        return None  # the promise rule says more: when it was promised, and for when
    if _DONE_SAID.search(fact.text):
        return None
    if stage == "started" and _STARTED_SAID.search(fact.text):
        return None
    plural = question.text.startswith(("have ", "are ", "were "))
    subject = "they have" if plural else "it has"
    reached = "started" if stage == "started" else _finished_word(question.text)
    instead = _said_instead(fact.text, "they were" if plural else "it was")
    return f"{SOURCE} doesn't say whether {subject} {reached}{instead}."


_AUX = frozenset("is are has have did was were".split())


def _event_asked(text: str) -> AskedEvent | None:
    """The event the promise rule reads in `text` (a question's plain words, its clause breaks
    gone): tried from the last yes-or-no clause back ("the framework was announced in jan is
    it being taught yet" asks of "is it being taught yet")."""
    said = text.split()
    for at in range(len(said) - 1, -1, -1):
        if said[at] in _AUX and (event := asked_event(" ".join(said[at:]))) is not None:
            return event
    return asked_event(text)


def _finished_word(text: str) -> str:
    if "built" in text.split():
        return "been built"
    if "rolled" in text.split():
        return "been rolled out"
    return "been completed"


def _said_instead(fact_text: str, it_was: str) -> str:
    said = _SAID_INSTEAD.search(fact_text)
    if said:
        return f"; it says {it_was} {said.group(0)}"
    if _PLANNED.search(fact_text):
        return "; it says what is planned"
    return ""
