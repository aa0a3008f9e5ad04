"""A match result -> what the user reads. Pure; every front end (terminal, JSON, Discord) uses it.

The reply always carries the verbatim quote and where and when it was said, so a reader can
check the statement against the source instead of trusting the bot.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sendbot.answering.checked_claim import checked_line
from sendbot.answering.confidence import ANSWER_THRESHOLD, Verdict, probability_given
from sendbot.answering.expansions import spelt_out_line
from sendbot.answering.fiscal_event import may_name_an_event, other_event_checked
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.message_kind import Kind
from sendbot.answering.normalise import fold_text
from sendbot.answering.question import analyse
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import Fact, KnowledgeBase, Source
from sendbot.knowledge.periods import parse_period

EXAMPLE_QUESTION = "how many special schools opened?"


def speaker_text(source: Source) -> str:
    """'David Johnston, Parliamentary Under-Secretary (...)', or, when the document cannot tell
    the office held at the time, 'Claire Coutinho (Department for Education)'."""
    if source.answered_by.role:
        return f"{source.answered_by.name}, {source.answered_by.role}"
    return f"{source.answered_by.name} ({source.department})"


def citation(source: Source) -> str:
    """'Written answer by David Johnston, Parliamentary Under-Secretary (...), 8 February 2024,
    to a question asked 31 January 2024'"""
    text = f"{source.kind.capitalize()} by {speaker_text(source)}, {human_date(source.answered)}"
    if source.asked:
        text += f", to a question asked {human_date(source.asked)}"
    return text


@dataclass(frozen=True, slots=True)
class Suggestion:
    fact_id: str
    label: str
    score: float


# The opening of the line listing figures of an earlier time than the one shown, said in a
# later written answer (33 special free schools approved in March 2023, said in March 2024,
# beside 76 as of February 2024): when it was true first, as "Earlier" and "Later" say.
SAID_LATER = "Earlier, though said in a later answer"
# And its mirror: a figure of a later time than the one shown (asked for its period), said in
# an earlier written answer (76 as of February 2024, beside 33 for March 2023 said in March
# 2024).
SAID_EARLIER = "Later, though said in an earlier answer"


@dataclass(frozen=True, slots=True)
class EarlierFigure:
    """Another figure of the measure a reply gives, shown in its own words: a piece of its
    fact's quote in quotation marks, who said it and when, so that every number beside the
    answer can be checked as the answer's own can."""

    fact_id: str
    value: str  # as the quote writes it: "£10.1 billion"
    period: str | None  # "2023/24"; None when the fact names no period
    answered: dt.date
    same_answer: bool = False  # given in the written answer the reply shows
    quoted: str = ""  # the words of its quote around the figure: "over £10.5 billion in 2024/25"
    said_by: str = ""  # who gave the written answer: "David Johnston"
    said_later: bool = False  # in a written answer given after the one the reply shows
    said_earlier: bool = False  # in a written answer given before the one the reply shows
    # The period the figure is for, when its quote names it apart from the words shown:
    # "2023/24" of "£10.1 billion next year"; "" when the words shown name it.
    period_said: str = ""

    @property
    def text(self) -> str:
        """'"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024)'; '"£10.1
        billion next year", for 2023/24 (Claire Coutinho, 22 February 2023)'."""
        said = f"{self.said_by}, " if self.said_by else "answered "
        period = f", for {self.period_said}" if self.period_said else ""
        return f'"{self.quoted or self.value}"{period} ({said}{human_date(self.answered)})'


@dataclass(frozen=True, slots=True)
class Reply:
    """Everything a front end needs to show one answer (or one refusal)."""

    question: str
    outcome: Outcome
    text: str
    fact: Fact | None = None
    source: Source | None = None
    # The calibrated probability that the fact the reply is about (the answer, the related
    # fact, the closest one when declined) answers the question; None when no fact was weighed
    # (greeting, help). `answered` exactly when it reaches ANSWER_THRESHOLD.
    score: float | None = None
    suggestions: tuple[Suggestion, ...] = ()
    # Partial: what the source does not give, in one sentence; declined: why, when known.
    missing: str | None = None
    # The newest figure of a measure: its earlier figures, and lines saying so and how old it is.
    earlier: tuple[EarlierFigure, ...] = ()
    notes: tuple[str, ...] = ()
    # "The written answer gives £21 million, not £50 million.": the figures the question
    # checked that the answer sets right, or "Yes: the written answer gives 32." when it gives
    # each one; or, asked what letters stand for, "SEND stands for ...". First in `text`.
    corrected: str | None = None
    # "What training is there for SENCOs?" answered by a few facts together: the ones after
    # `fact`, each with its written answer.
    together: tuple[tuple[Fact, Source], ...] = ()
    # Of those parts (`fact` and `together`), the ones whose quote looked ahead to a date that
    # has passed: (fact id, the line saying so), shown under that part, not after the last.
    parts_dated: tuple[tuple[str, str], ...] = ()

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWERED

    @property
    def citation(self) -> str | None:
        return citation(self.source) if self.source else None

    @property
    def as_of(self) -> str | None:
        return human_date(self.fact.as_of) if self.fact else None


def display_quote(quote: str) -> str:
    """The quote on one line: only white space is folded, every word stays as in the source."""
    return " ".join(quote.split())


def as_of_text(fact: Fact) -> str:
    return f"{'Figures as of' if fact.figures else 'As of'} {human_date(fact.as_of)}."


def fact_text(fact: Fact, source: Source) -> str:
    """The statement, the verbatim quote, and who said it when."""
    return (
        f"{fact.statement}\n"
        f'> "{display_quote(fact.quote)}"\n'
        f"— {citation(source)}. {as_of_text(fact)}"
    )


# Scores are shown to three places; one just below the threshold must not round up to it.
_BELOW_THRESHOLD = round(ANSWER_THRESHOLD - 0.001, 3)


def shown_score(result: MatchResult) -> float:
    """The reply's probability as shown: on the same side of the threshold as the outcome."""
    score = round(result.confidence, 3)
    return score if result.answered else min(score, _BELOW_THRESHOLD)


def _suggestions(items: tuple[ScoredFact, ...], ceiling: float) -> tuple[Suggestion, ...]:
    """The closest topics, each with the probability that it answers (given a rule's verdict
    that it lacks what was asked, where there is one), never shown above the reply's own;
    likeliest first, so the order a reader sees agrees with the scores (ties keep the
    matcher's order)."""
    offered = (
        Suggestion(item.fact.id, item.fact.label, round(min(_probability(item), ceiling), 3))
        for item in items
    )
    return tuple(sorted(offered, key=lambda suggestion: -suggestion.score))


def _probability(item: ScoredFact) -> float:
    if item.lacks_detail:
        return probability_given(Verdict.LACKS_DETAIL, item.score)
    return item.score


RELATED_LEAD = "Related information, not an answer to that:"
# Said before the facts of an overview, so that none is read as the whole answer.
OVERVIEW_LEAD = "Each of these answers part of that:"


def overview_text(
    parts: Sequence[tuple[Fact, Source]], dated: Sequence[tuple[str, str]] = ()
) -> str:
    """The facts that together answer what there is, each with its quote and who said it, each
    marked as one part (a bullet: a number before it would read as a figure of the source).
    `dated`: (fact id, line) for the parts whose promised date has passed, each line under its
    own part: after the last part it read as dating that one."""
    lines = dict(dated)
    return "\n".join(
        (
            OVERVIEW_LEAD,
            *(
                f"- {fact_text(fact, source)}" + (f"\n{lines[fact.id]}" if fact.id in lines else "")
                for fact, source in parts
            ),
        )
    )


def partial_text(missing: str, fact: Fact, source: Source) -> str:
    """What the source does not give, first; then the closest fact, marked as related."""
    return f"{missing}\n{RELATED_LEAD}\n{fact_text(fact, source)}"


def refusal_text(suggestions: tuple[Suggestion, ...], why: str | None = None) -> str:
    """`why`: what the sources lack, when it is not the topic ("which answer?")."""
    text = why or "I don't have that in my sources."
    if suggestions:
        topics = "; ".join(_as_topic(suggestion.label) for suggestion in suggestions)
        end = "" if topics.endswith(("...", "…")) else "."
        text += f" Closest topics I do have: {topics}{end}"
    return text


# How a decline with no topic near the question goes on, after "I don't have that in my
# sources.": what the sources are, so a front end can tell it from a plain decline.
UNCOVERED_LEAD = "They are "


def uncovered_text(kb: KnowledgeBase) -> str:
    """A decline with no topic near the question: what the sources cover, in one phrase."""
    return (
        f"{refusal_text(())} {UNCOVERED_LEAD}{_sources_text(kb)} on special "
        'educational needs: try "help" to see what I can answer.'
    )


def says_what_sources_cover(text: str) -> bool:
    """Whether a reply's `text` opens with `uncovered_text` (the same on every front end)."""
    return text.startswith(f"{refusal_text(())} {UNCOVERED_LEAD}")


# Said after the fact answering a question asking only what was said on a topic.
MORE_ON_TOPIC_LEAD = "More on this topic:"


def more_on_topic_text(suggestions: tuple[Suggestion, ...]) -> str:
    """The other facts on a topic asked of only, as topics to ask about next."""
    topics = "; ".join(_as_topic(suggestion.label) for suggestion in suggestions)
    end = "" if topics.endswith(("...", "…")) else "."
    return f"{MORE_ON_TOPIC_LEAD} {topics}{end}"


def _as_topic(label: str) -> str:
    """A fact with no title is labelled by its statement: its full stop would end the list
    early (or double the list's own), but an ellipsis stays."""
    return label[:-1] if label.endswith(".") and not label.endswith("..") else label


def smalltalk_text(kb: KnowledgeBase) -> str:
    return (
        f"Hello! I answer questions about special educational needs from {_sources_text(kb)}. "
        f'Ask me something like "{EXAMPLE_QUESTION}", or say "help".'
    )


def _sources_text(kb: KnowledgeBase) -> str:
    """'15 UK parliamentary written answers': how many, not their titles (too long for chat);
    'one UK parliamentary written answer', not '1 ...'."""
    kinds = {source.kind for source in kb.sources}
    kind = kinds.pop() if len(kinds) == 1 else "source"
    count = len(kb.sources)
    return f"one UK parliamentary {kind}" if count == 1 else f"{count} UK parliamentary {kind}s"


HELP_TOPICS = 8
# Tags that say what kind of fact it is rather than what it is about.
NON_TOPIC_TAGS = frozenset({"document"})


def topics(kb: KnowledgeBase) -> list[str]:
    """What the facts are about, the most covered first: "special schools", "funding" ..."""
    counts: dict[str, int] = {}
    for fact in kb.facts:
        if fact.figures and NON_TOPIC_TAGS.isdisjoint(fact.tags):
            for tag in fact.tags:
                counts[tag] = counts.get(tag, 0) + 1
    # Acronyms as the facts write them: "SENCO", "PINS", not "senco".
    written = {word.lower(): word for fact in kb.facts for word in (fact.title or "").split()}
    ranked = sorted(counts, key=lambda tag: -counts[tag])[:HELP_TOPICS]
    return [
        " ".join(
            word.upper() if written.get(word, "").isupper() else word for word in tag.split("-")
        )
        for tag in ranked
    ]


EXAMPLES = 3
# How to see every fact: the Discord command, and the terminal one.
BROWSE_HINT = "To browse every fact: /facts on Discord, or `sendbot kb list` in a terminal."
_EXAMPLE_SHAPE = re.compile(r"^how many [a-z ]+\?$")
_EXAMPLE_WORDS = range(4, 9)


def example_questions(kb: KnowledgeBase) -> list[str]:
    """A few short questions from different facts on the most covered topics: curated ways of
    asking for a fact, so each is answered by it (`kb test` checks that)."""
    examples = [EXAMPLE_QUESTION]
    used: set[str] = set()
    for topic in topics(kb):
        tag = topic.lower().replace(" ", "-")
        for fact in kb.facts:
            if (
                fact.id in used
                or tag not in fact.tags
                or not NON_TOPIC_TAGS.isdisjoint(fact.tags)
                or fact.place  # one area's figure: a poor example for everyone
                or any(_asks_the_example(question) for question in fact.questions)
            ):
                continue
            found = next(
                (
                    question
                    for question in fact.questions
                    if _EXAMPLE_SHAPE.match(question)
                    and len(question.split()) in _EXAMPLE_WORDS
                    and question not in examples
                ),
                None,
            )
            if found:
                examples.append(found)
                used.add(fact.id)
                break
        if len(examples) == EXAMPLES:
            break
    return examples


def _asks_the_example(question: str) -> bool:
    return set(_words(EXAMPLE_QUESTION)) <= set(_words(question))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def help_text(kb: KnowledgeBase) -> str:
    asks = "; ".join(f'"{question}"' for question in example_questions(kb))
    return (
        f"I answer questions about special educational needs from {_sources_text(kb)}. "
        "Each answer quotes the source and says who said it and when; when the source doesn't "
        f"say, I tell you so. Try: {asks}. Topics include: {', '.join(topics(kb))}. "
        f"{BROWSE_HINT}"
    )


def about_text(kb: KnowledgeBase) -> str:
    """Who sendbot is, and what its answers rest on: asked as "can I trust you?", "how up to
    date are you?" or "where do your facts come from?"."""
    newest = max((source.answered for source in kb.sources), default=None)
    which = "It" if len(kb.sources) == 1 else "The newest"  # "the newest" of one read oddly
    up_to = f" {which} was answered on {human_date(newest)}." if newest else ""
    return (
        "I'm sendbot, a bot that answers questions about special educational needs from "
        f"{_sources_text(kb)}. Every figure I give is quoted word for word from the source, "
        f"with who answered and when; I don't search the web or make figures up.{up_to} "
        'Try "help" to see what I can answer.'
    )


# How a wrong answer reaches the people who can fix it: said in reply to "that's wrong" and to
# "how do I report a mistake?".
REPORT_HINT = (
    "Every answer quotes its source and says who said it and when, so you can check it. "
    'On Discord, press "Not what I asked" under a wrong answer: the moderators see it in the '
    "list of unanswered questions and can fix the facts."
)
FEEDBACK_TEXT = f"Sorry that wasn't what you needed. {REPORT_HINT} Or ask again in other words."


def current_text(kb: KnowledgeBase) -> str:
    """How recent the sources are: asked as "is this up to date?" or "does it know about 2025?"."""
    dates = sorted(source.answered for source in kb.sources)
    if not dates:
        return "I have no sources loaded yet."
    if len(dates) == 1:  # not "my sources are 1 ..., the oldest answered on ... the newest ..."
        return (
            f"My source is {_sources_text(kb)}, answered on {human_date(dates[0])}: anything "
            "said after that is not in it, and each answer says when its figure was given."
        )
    return (
        f"My sources are {_sources_text(kb)}, the oldest answered on {human_date(dates[0])}. "
        f"The newest was answered on {human_date(dates[-1])}: anything said after that is not "
        "in them, and each answer says when its figure was given."
    )


# A line for the one thing a question about the bot asked, said before the help.
_HELP_LINES = {
    Kind.REPORT: REPORT_HINT,
    Kind.PRIVACY: (
        "I keep no names or user ids. Questions I couldn't answer are kept, wording only with "
        "mentions, ids, email addresses and phone numbers blanked, for the moderators to improve "
        "the facts, and answers are counted."
    ),
    Kind.MEANING: (
        "When a source covers the topic but not what you asked, I say what it doesn't give, "
        "then show the closest fact as related information (a partial answer). When nothing in "
        "my sources answers, I say so rather than guess."
    ),
    Kind.LANGUAGE: "I only understand and answer in English, the language of my sources.",
    Kind.MEMORY: (
        "I don't remember earlier messages: I read each one on its own, so ask each question in "
        "full, naming what it is about."
    ),
    Kind.OWN_CASE: (
        "I can't advise on one child's case: I only say what the written answers state, "
        "mostly about England as a whole. For a child's EHCP or support, ask the school's SENCO, "
        "your local authority or your local SEND information, advice and support service."
    ),
}


def help_about_text(kind: Kind, kb: KnowledgeBase) -> str:
    """The help for a question about the bot: what sendbot is for "who made you?", how recent
    its sources are for "is this up to date?", a line for what was asked before the help
    for "how do I report a mistake?" and the like, else the help alone."""
    if kind is Kind.ABOUT:
        return about_text(kb)
    if kind is Kind.CURRENT:
        return f'{current_text(kb)} Try "help" to see what I can answer.'
    line = _HELP_LINES.get(kind)
    return f"{line} {help_text(kb)}" if line else help_text(kb)


def acknowledgement_text(kind: Kind, kb: KnowledgeBase) -> str:
    if kind is Kind.THANKS:
        return "You're welcome! Ask me anything else about what the sources say."
    if kind is Kind.BYE:
        return "Bye! Ask again any time."
    if kind is Kind.ACK:
        return "OK. Ask me anything else about what the sources say."
    if kind is Kind.FEEDBACK:
        return FEEDBACK_TEXT
    return smalltalk_text(kb)


def build_reply(
    result: MatchResult,
    kb: KnowledgeBase,
    parts_dated: Sequence[tuple[str, str]] = (),
    *,
    say_coverage: bool = True,
) -> Reply:
    """`parts_dated`: for an overview, the lines dating its parts (see `Reply.parts_dated`).
    `say_coverage`: a decline with no topic near says what the sources are (`uncovered_text`);
    not for a message that follows on from an earlier one, which is asked to be put in full."""
    suggestions = _suggestions(result.suggestions, shown_score(result))
    answered = result.outcome is Outcome.ANSWERED
    partial = result.outcome is Outcome.PARTIAL and bool(result.missing)
    if (answered or partial) and result.best is not None:
        fact = result.best.fact
        source = kb.source_of(fact)
        missing = result.missing if partial else None
        corrected = (
            checked_line(result.checked, fact, result.question)
            if answered and result.checked
            else None
        )
        if answered and result.verdict is Verdict.SPELT_OUT:
            corrected = spelt_out_line(result.question, fact)
        if answered and may_name_an_event(result.question):
            # "was it in the autumn statement 2023?" of the Spring Budget 2023: not "Yes" to
            # the year both give, but which event the answer speaks of.
            quoted = fold_text(f"{fact.statement} {fact.quote}")
            corrected = other_event_checked(analyse(result.question), quoted) or corrected
        # An overview's other facts (a partial reply shows one fact, as related).
        parts = () if missing else result.together
        together = tuple((item.fact, kb.source_of(item.fact)) for item in parts)
        if missing:
            text = partial_text(missing, fact, source)
        elif together:
            text = overview_text(((fact, source), *together), parts_dated)
        else:
            text = fact_text(fact, source)
        if answered and result.verdict is Verdict.TOPIC_ONLY and suggestions:
            # "anything on top slicing?": one fact on the topic, and where to read more on it.
            text += f"\n{more_on_topic_text(suggestions)}"
        return Reply(
            question=result.question,
            outcome=result.outcome,
            text=f"{corrected}\n{text}" if corrected else text,
            fact=fact,
            source=source,
            score=shown_score(result),
            suggestions=suggestions,
            missing=missing,
            corrected=corrected,
            together=together,
            parts_dated=tuple(parts_dated) if together else (),
        )
    if result.outcome is Outcome.GREETING:
        return Reply(result.question, result.outcome, acknowledgement_text(result.kind, kb))
    if result.outcome is Outcome.HELP:
        if result.kind is Kind.EMPTY:
            text = f'Ask me a question, like "{EXAMPLE_QUESTION}"'
        else:
            text = help_about_text(result.kind, kb)
        return Reply(result.question, result.outcome, text)
    if result.missing is None and not suggestions and say_coverage:
        # Not in the sources, and no topic near it (see close_topics): what they are about.
        return Reply(
            question=result.question,
            outcome=result.outcome,
            text=uncovered_text(kb),
            score=shown_score(result),
        )
    return Reply(
        question=result.question,
        outcome=result.outcome,
        text=refusal_text(suggestions, result.missing),
        # Why no source answers, when it is not the topic ("which answer?", one's own case).
        missing=result.missing,
        score=shown_score(result),
        suggestions=suggestions,
    )


def in_time_order(figures: Sequence[EarlierFigure]) -> list[EarlierFigure]:
    """The figures beside a reply oldest first, as its text lists them: by the end of the
    period each is for (else the day it was said), then the day it was said. `ask --json`
    listed them newest first while the text read oldest first."""

    def ends(item: EarlierFigure) -> dt.date:
        span = parse_period(item.period) if item.period else None
        return span.end if span else item.answered

    return sorted(figures, key=lambda item: (ends(item), item.answered))


def reply_json(reply: Reply) -> dict[str, object]:
    """The stable JSON shape of `sendbot ask --json`."""
    return {
        "question": reply.question,
        "answered": reply.answered,
        "outcome": reply.outcome.value,
        "text": reply.text,
        "fact_id": reply.fact.id if reply.fact else None,
        "missing": reply.missing,
        "score": reply.score,
        "citation": reply.citation,
        "as_of": reply.fact.as_of.isoformat() if reply.fact else None,
        "earlier": [
            {
                "fact_id": item.fact_id,
                "value": item.value,
                "period": item.period,
                "answered": item.answered.isoformat(),
                "quote": item.quoted or item.value,
                "said_by": item.said_by or None,
            }
            for item in in_time_order(reply.earlier)
        ],
        "suggestions": [
            {"fact_id": item.fact_id, "label": item.label, "score": item.score}
            for item in reply.suggestions
        ],
    }
