"""The figures a reply states outside any quotation it shows: the mission's first rule, that
every number sendbot states is in a quote from the source, checked of a reply's text. Pure.

A figure outside the quotation marks is let through only when it is one of these:
- backed by a figure of a quotation the reply shows (the same match the knowledge base makes
  of a statement against its quote when it is loaded: "£12bn" is backed by "£12 billion");
- a date some written answer was given or asked on, or a fact holds as of (a citation's date);
- the asker's own figure, from the question ("not £50 million" sets a claim right);
- in a line that states a number of the bot's own: how old a figure is ("more than 12 months
  ago"), how a relative year was read ("“last year” is read as 2025/26, counting from today
  (...)"), and the help and about texts (how many written answers it holds);
- how many written answers say something ("One written answer mentions ..."), no more than
  the base holds;
- a period some fact is for, in the sentence saying what the source does not give ("The
  written answers give the high needs budget for 2023/24, 2024/25 and 2025/26, not for
  2026/27");
- a fact's title, as a refusal offers it as a topic, when quotes of its own written answer
  back its sums and counts (a title names its topic's period or date: "Total high needs
  funding for 2023/24").
Anything else is a figure put in someone's mouth.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from sendbot.answering.match import Outcome
from sendbot.answering.quoted_fragment import names_period
from sendbot.answering.reply import RELATED_LEAD, SAID_EARLIER, SAID_LATER, Reply
from sendbot.answering.spelt_amounts import with_amounts_in_figures
from sendbot.knowledge.figures import FoundFigure, extract_figures, same_figure
from sendbot.knowledge.model import FigureKind, KnowledgeBase

# A quotation a reply shows: the quote line ("> "..."", to its last mark: a quote may hold a
# double quote of its own), or a fragment in double quotes within a line.
_QUOTE_LINE = re.compile(r'^> "(?P<quoted>.*)"$')
_QUOTED = re.compile(r'"(?P<quoted>[^"\n]*)"|“(?P<curly>[^”\n]*)”')
# Digits a figure reader might pass over: each must lie within a figure found. (Not digits
# inside a word, as in a link's "0a81fac4".)
_DIGITS = re.compile(r"(?<![\w/.-])\d[\d,.]*(?![A-Za-z_])")
# "the newest figure is the one above": "one" is not a count there.
# "not one for 2024/25", "without one", "as one figure": nor in these.
_ONE_NOT_A_COUNT = re.compile(
    r"\b(?:the|this|that|which|any|each|not|with|without|separate|as) one\b"
    r"|\bone (?:of|another|for)\b",
    re.IGNORECASE,
)
# Lines whose numbers are the bot's own (see the module's docstring).
_STALE = re.compile(r"^This is the latest figure in the sources, from an answer given on .+ — ")
_READING = re.compile(r"^“[^”]+” (?:is|are) read as ")
_OWN_NUMBER_OUTCOMES = (Outcome.GREETING, Outcome.HELP)
_ANSWERS_COUNTED = re.compile(r"^\s*(?:UK parliamentary |Lords |Commons )?written answers?\b")
_TOPICS = re.compile(r"Closest topics I do have: (?P<topics>.*)$")


@dataclass(frozen=True, slots=True)
class Unquoted:
    """A figure a reply states that no quotation it shows holds."""

    kind: str  # the kind of line it is in: "earlier", "statement", "no longer" ...
    figure: str  # as the line writes it
    line: str


def unquoted_figures(reply: Reply, kb: KnowledgeBase) -> list[Unquoted]:
    """Every figure of `reply.text` outside its quotations that nothing above lets through."""
    if reply.outcome in _OWN_NUMBER_OUTCOMES:
        return []
    lines = reply.text.split("\n")
    quoted = [part for line in lines for part in _quotations(line)]
    backing = [figure for part in quoted for figure in extract_figures(part)]
    # The asker's figures as the bot reads them ("a dozen councils" is 12).
    asked = extract_figures(reply.question) + extract_figures(
        with_amounts_in_figures(reply.question)
    )
    found: list[Unquoted] = []
    for line in lines:
        kind = line_kind(line, reply)
        if kind in {"quote", "stale", "reading"}:
            continue
        said = _without_quotations(line)
        topics = _TOPICS.search(said)
        if topics:
            found += [
                Unquoted("topic", topic, line)
                for topic in topics["topics"].rstrip(".").split("; ")
                if not _titled(topic, kb)
            ]
            said = said[: topics.start()]
        figures = [figure for figure in extract_figures(said) if not _not_a_count(figure, said)]
        for figure in figures:
            if _backed(figure, backing, asked, kb):
                continue
            if _counts_answers(figure, said, kb):
                continue
            if kind == "missing" and _names_a_period(figure, said, kb):
                continue
            if kind in _FIGURE_LINES and _period_of_one_listed(figure, reply, kb):
                continue
            found.append(Unquoted(kind, figure.text, line))
        for digits in _DIGITS.finditer(said):
            if not any(f.start <= digits.start() < f.end for f in extract_figures(said)):
                found.append(Unquoted(kind, digits.group(), line))
    return found


def line_kind(line: str, reply: Reply) -> str:
    """What a line of a reply is, by how the reply builds it."""
    if _QUOTE_LINE.match(line):
        return "quote"
    if line.startswith("— "):
        return "citation"
    for opening in ("Earlier answers on this:", "Earlier:", "Later:", "No longer:"):
        if line.startswith(opening):
            return opening.rstrip(":").lower()
    if line.startswith(f"{SAID_LATER}:"):
        return "said later"
    if line.startswith(f"{SAID_EARLIER}:"):
        return "said earlier"
    if _STALE.match(line):
        return "stale"
    if _READING.match(line):
        return "reading"
    if line == RELATED_LEAD:
        return "lead"
    if reply.corrected and line in reply.corrected.split("\n"):
        return "corrected"
    if reply.missing and line == reply.missing:
        return "missing"
    if reply.fact is not None and line == reply.fact.statement:
        return "statement"
    return "other"


# The lines listing a measure's other figures, each a quoted piece with who said it and when.
_FIGURE_LINES = frozenset({"earlier", "later", "said later", "said earlier", "no longer"})


def _period_of_one_listed(figure: FoundFigure, reply: Reply, kb: KnowledgeBase) -> bool:
    """The period a listed figure is for, which its quote names apart from the piece shown
    ("£10.1 billion next year", for 2023/24): a period that figure's own quote writes."""
    if figure.kind is not FigureKind.DATE:
        return False
    for item in reply.earlier:
        if not item.period_said or item.period != str(figure.value):
            continue
        fact = kb.fact(item.fact_id)
        if fact is not None and names_period(fact.quote, item.period):
            return True
    return False


def _quotations(line: str) -> list[str]:
    whole = _QUOTE_LINE.match(line)
    if whole:
        return [whole["quoted"]]
    return [found["quoted"] or found["curly"] or "" for found in _QUOTED.finditer(line)]


def _without_quotations(line: str) -> str:
    """The line with each quotation blanked, so positions stay as they were."""
    if _QUOTE_LINE.match(line):
        return ""
    return _QUOTED.sub(lambda found: " " * len(found.group()), line)


def _not_a_count(figure: FoundFigure, text: str) -> bool:
    if figure.kind is not FigureKind.COUNT or figure.text.lower() != "one":
        return False
    return any(
        found.start() <= figure.start < found.end() for found in _ONE_NOT_A_COUNT.finditer(text)
    )


def _backed(
    figure: FoundFigure,
    backing: list[FoundFigure],
    asked: tuple[FoundFigure, ...],
    kb: KnowledgeBase,
) -> bool:
    if any(same_figure(figure, quoted) for quoted in backing):
        return True
    if any(same_figure(figure, claimed) for claimed in asked):
        return True
    return figure.kind is FigureKind.DATE and str(figure.value) in _dates_of_answers(kb)


@lru_cache(maxsize=8)
def _dates_of_answers(kb: KnowledgeBase) -> frozenset[str]:
    """The days written answers were given and asked on, and facts hold as of, as ISO dates."""
    days: set[dt.date] = set()
    for source in kb.sources:
        days.add(source.answered)
        if source.asked:
            days.add(source.asked)
    days.update(fact.as_of for fact in kb.facts)
    return frozenset(day.isoformat() for day in days)


def _counts_answers(figure: FoundFigure, text: str, kb: KnowledgeBase) -> bool:
    """ "One written answer mentions ...", "the 15 written answers": a count of the base's own."""
    if figure.kind is not FigureKind.COUNT or not _ANSWERS_COUNTED.match(text[figure.end :]):
        return False
    return isinstance(figure.value, int) and 0 < figure.value <= len(kb.sources)


# What the sentence saying what is missing names as asked: "not for 2027/28 (next year)",
# "doesn't give a figure for 2022/23".
_ASKED_FOR = re.compile(r"(?:\bnot|doesn't give|don't give)(?: (?:a|one|a figure))? for [^,;]*$")


def _names_a_period(figure: FoundFigure, text: str, kb: KnowledgeBase) -> bool:
    """A period the sources give a figure for, or a measure's title names ("the rise since
    2019/20"); or the period asked, as read from the question ("not for 2027/28 (next year)")."""
    if figure.kind is not FigureKind.DATE:
        return False
    if _ASKED_FOR.search(text[: figure.start]):
        return True
    return str(figure.value) in _named_periods(kb)


@lru_cache(maxsize=8)
def _named_periods(kb: KnowledgeBase) -> frozenset[str]:
    periods = {fact.period for fact in kb.facts if fact.period}
    for fact in kb.facts:
        periods.update(
            str(found.value)
            for found in extract_figures(fact.label)
            if found.kind is FigureKind.DATE
        )
    return frozenset(periods)


def _titled(topic: str, kb: KnowledgeBase) -> bool:
    """A topic offered is a fact's title (or its start, cut with an ellipsis) whose sums and
    counts are in quotes of its own written answer ("Who answered the April 2025 question on
    the £1 billion for high needs")."""
    cut = topic.removesuffix("...").removesuffix("…")
    for fact in kb.facts:
        # (A label that is a statement is offered without its full stop.)
        label = fact.label.removesuffix(".")
        if label == topic or (cut != topic and label.startswith(cut)):
            quoted = [
                found
                for other in kb.facts
                if other.source_id == fact.source_id
                for found in extract_figures(other.quote)
            ]
            return all(
                any(same_figure(figure, found) for found in quoted)
                or figure.kind is FigureKind.DATE
                for figure in extract_figures(topic)
            )
    return False
