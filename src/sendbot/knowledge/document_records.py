"""Draft the records of a written answer itself: who answered it, when it was answered and
asked, and what the question asked.

Readers ask these as often as they ask the answer's figures ("who answered the question on
supported internships?", "when was it asked?"), and the curated base keeps one fact tagged
`document` for each. A draft gets them too, each quoting the line of the page that says it
(the member's name, "This question was answered on ...", "(asked on ...)", "To ask ..."), so a
draft accepted as it stands already answers them. Pure: parsed parts in, facts out. A part
whose quote is not verbatim in the document is left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sendbot.knowledge.drafting import MAX_QUESTION, TAG_KEYWORDS, draft_statement, keywords
from sendbot.knowledge.figures import unbacked_figures
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import DOCUMENT_TAG, Fact, Figure, FigureKind
from sendbot.knowledge.sentences import whole_claim
from sendbot.knowledge.verbatim import is_verbatim

MINISTER_TAG = "minister"
# The labels the matcher reads a record's part from (sendbot.answering.answer_parts).
ANSWERED_LABEL = "date the question was answered"
ASKED_LABEL = "date the question was asked"
# Words every written question has ("To ask the Secretary of State for Education, what
# steps her Department is taking ..."): they say nothing of what this one is about.
_ASKING_WORDS = frozenset(
    """ask secretary state education majesty majestys government her his she what whether if
    steps taking take taken will assessment recent pursuant answer question how plans he make
    policy reference""".split()
)
TOPIC_WORDS = 8
# "pursuant to the Answer of 23 October 2025 to Question 82987 on Jobcentres: ...,": the
# earlier answer this question follows up, not what it asks.
_PURSUANT = re.compile(r"\bpursuant to [^,]*,", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AnswerLines:
    """The lines of a written answer's page that say who answered it, when, and what it was
    asked (each None when the page has no such line), with what they say."""

    title: str
    department: str
    answered: dt.date
    answered_line: str | None
    asked: dt.date | None
    asked_line: str | None
    name: str
    question: str | None


def document_records(lines: AnswerLines, *, document: str, source_id: str) -> Iterator[Fact]:
    """The records of the written answer, each with its quote verbatim in `document`; ids
    are `<source id>-answered-by` and so on (the caller makes them unique)."""
    topics = _topics(lines)
    tags = _topic_tags(lines.question)
    name = lines.name
    record = _Record(source_id, lines.answered, document)
    yield from record.fact(
        "answered-by",
        quote=name,
        statements=(
            f"The question on {lines.title} was answered by {name} for the {lines.department}.",
            f"The question was answered by {name} for the {lines.department}.",
        ),
        questions=[
            f"{asking} the question on {topic}?"
            for topic in topics
            for asking in ("who answered", "which minister answered")
        ],
        tags=(DOCUMENT_TAG, MINISTER_TAG, *tags),
    )
    for part, day, line, label in (
        ("answered", lines.answered, lines.answered_line, ANSWERED_LABEL),
        ("asked", lines.asked, lines.asked_line, ASKED_LABEL),
    ):
        if line and day:
            yield from record.fact(
                f"{part}-date",
                quote=line,
                statements=(
                    f"The question on {lines.title} was {part} on {human_date(day)}.",
                    f"The question was {part} on {human_date(day)}.",
                ),
                questions=[f"when was the question on {topic} {part}?" for topic in topics],
                tags=(DOCUMENT_TAG, *tags),
                figures=(Figure(day.isoformat(), FigureKind.DATE, label),),
            )
    if lines.question:
        claim = whole_claim(lines.question)
        yield from record.fact(
            "question",
            quote=claim.quote,
            statements=(draft_statement(claim, ()),),
            questions=[f"what did the question on {topic} ask?" for topic in topics],
            tags=(DOCUMENT_TAG, *tags),
        )


@dataclass(frozen=True, slots=True)
class _Record:
    source_id: str
    as_of: dt.date
    document: str

    def fact(
        self,
        part: str,
        *,
        quote: str,
        statements: tuple[str, ...],
        questions: list[str],
        tags: tuple[str, ...],
        figures: tuple[Figure, ...] = (),
    ) -> Iterator[Fact]:
        """The record, unless its quote is not in the document. Its statement is the first
        that says no number its quote lacks (a title may hold one: "High Needs 2024/25")."""
        if not is_verbatim(quote, self.document):
            return
        statement = next((s for s in statements if not unbacked_figures(s, quote)), None)
        if statement is None:
            return
        yield Fact(
            id=f"{self.source_id}-{part}",
            statement=statement,
            quote=quote,
            questions=tuple(q for q in dict.fromkeys(questions) if len(q) <= MAX_QUESTION),
            as_of=self.as_of,
            source_id=self.source_id,
            tags=tuple(dict.fromkeys(tags)),
            figures=figures,
        )


def drafted_count(tags_of_each_fact: Iterable[Iterable[str]]) -> str:
    """'5 facts and 4 records of the answer itself': what a draft holds, as a moderator is
    told it (the records are the ones tagged `document`)."""
    records = facts = 0
    for tags in tags_of_each_fact:
        if DOCUMENT_TAG in tags:
            records += 1
        else:
            facts += 1
    said = f"{facts} fact{'s' if facts != 1 else ''}"
    if records:
        said += f" and {records} record{'s' if records != 1 else ''} of the answer itself"
    return said


def _topics(lines: AnswerLines) -> list[str]:
    """What readers call the answer: its title, and the content words of the question asked
    ("supported internship places young people send ehcp")."""
    topics = [" ".join(lines.title.lower().split())]
    if lines.question:
        asked = _PURSUANT.sub(" ", lines.question)
        words = [word for word in keywords(asked) if word not in _ASKING_WORDS]
        if words:
            topics.append(" ".join(words[:TOPIC_WORDS]))
    return list(dict.fromkeys(topic for topic in topics if topic))


def _topic_tags(question: str | None) -> tuple[str, ...]:
    if not question:
        return ()
    return tuple(tag for tag, pattern in TAG_KEYWORDS.items() if pattern.search(question))
