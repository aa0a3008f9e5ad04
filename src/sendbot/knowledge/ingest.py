"""Draft a knowledge file from the text of a written answer, as copied from its web page.

Pure: text in, a YAML-ready dict out. The draft is a starting point for a person to review:
every quote is verbatim, every statement of what the answer says is made only of its quote's
words (the records of the answer itself, `document_records`, say who answered and when in a
sentence around the page's line), and every figure is one `extract_figures` finds in the
quote, so the draft passes `kb check` as it stands.

The expected shape (blank lines and indentation are free, line endings may be CRLF):

    <title>
    (asked on 31st January 2024) - View Source
    Question to the <department>:
    To ask the Secretary of State ...
    Answered by
    <name> Portrait
    <name>
    <role>
    This question was answered on 8th February 2024
    <answer paragraphs and bullets>
    <page furniture, such as a loading message>

An "Asked by ..." line may follow the title, the "(asked on ...)" line and the role line may be
missing. The "<name> Portrait" caption marks a capture of a Parallel Parliament page, whose role
line is the member's office when the page was stored, not necessarily when they answered: the
draft leaves such a role out (a person who knows the office held then can add it), and says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from sendbot.knowledge.answer_kinds import (
    holding_reason,
    not_held_spans,
    question_as_asked_by_a_user,
)
from sendbot.knowledge.distinct_phrasings import AnswerWords, claim_text
from sendbot.knowledge.document_records import AnswerLines, document_records
from sendbot.knowledge.drafting import MAX_QUESTION, draft_fact, rewordings
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.future_dates import after_today
from sendbot.knowledge.model import Fact, KnowledgeFile, Source, Speaker
from sendbot.knowledge.page_furniture import BULLET, is_furniture
from sendbot.knowledge.records import file_to_dict
from sendbot.knowledge.sentences import Claim, claims_in, whole_claim
from sendbot.knowledge.verbatim import question_key
from sendbot.knowledge.who_phrasing import who_questions

KIND = "written answer"
LICENCE = "Open Parliament Licence v3.0"

_DATE = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})")
_ASKED = re.compile(r"\(\s*asked on\s+(?P<date>[^)]*)\)", re.IGNORECASE)
_DEPARTMENT = re.compile(r"^Question to (?:the )?(?P<department>[^:]+):\s*(?P<rest>.*)$", re.I)
_ANSWERED_BY = re.compile(r"^Answered by\b:?\s*(?P<rest>.*)$", re.IGNORECASE)
_ANSWERED_ON = re.compile(r"\banswered on\s+(?P<date>.+?)\s*$", re.IGNORECASE)
_PORTRAIT = re.compile(r"\S\s+Portrait$")
_VIEW_SOURCE = re.compile(r"\s*-?\s*View Source$", re.IGNORECASE)
_NOT_TITLE = re.compile(r"^(?:Asked by\b|Written Question\s*$)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*$")
# Room for the name, role, photo caption and blank lines between "Answered by" and its date.
SPEAKER_LINES = 10
# A drafted fact left with no question of its own is asked by its statement's first words.
QUESTION_WORDS = 8


NOT_HELD_TAG = "information-not-held"
ROLE_LEFT_OUT = (
    "the page shows {name!r} as {role!r}, the office held when the page was stored, not "
    "necessarily when answering: answered_by.role is left out; add it only if you know it"
)


class IngestError(ValueError):
    """The text is not a written answer in the shape this module reads; says what is missing."""


class DatedInTheFuture(IngestError):
    """An answer dated after today: a typo in the date ("8th February 2062"), which would
    make its figures the newest in the sources for decades."""

    def __init__(self, answered: dt.date, today: dt.date) -> None:
        # Worded as `kb check` and a typed --as-of are refused: one wording, in future_dates.
        super().__init__(f"source.answered: {after_today(answered, today)}")


def refuse_a_future_date(answer: WrittenAnswer, today: dt.date | None) -> None:
    """DatedInTheFuture when `answer` was answered after `today` (None: not checked). Its
    asked date is never later: parsing refuses one after the answered date."""
    if today is not None and answer.answered > today:
        raise DatedInTheFuture(answer.answered, today)


class NothingToDraft(IngestError):
    """The text is a written answer, but one with nothing to cite yet (a holding answer)."""


@dataclass(frozen=True, slots=True)
class Passage:
    """One paragraph or bullet of the answer, line breaks inside it folded to spaces."""

    text: str
    bullet: bool


@dataclass(frozen=True, slots=True)
class WrittenAnswer:
    title: str
    department: str
    question: str
    asked: dt.date | None
    answered: dt.date
    answered_by: Speaker
    passages: tuple[Passage, ...]
    notes: tuple[str, ...] = ()  # one line each, for the person reviewing the draft


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # without its line ending

    @property
    def content(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.content


def draft_from_written_answer(text: str, *, document: str) -> dict[str, Any]:
    """The text of a written answer -> a knowledge file dict (`revision`, `source`, `facts`).

    `document` is the path to record in `source.document`, relative to the YAML file.
    Raises IngestError when the text is not a written answer.
    """
    return draft_answer(parse_written_answer(text), document=document, text=text)


def draft_answer(
    answer: WrittenAnswer,
    *,
    document: str,
    text: str,
    source_id: str | None = None,
    url: str | None = None,
    kind: str = KIND,
    used_ids: set[str] | None = None,
    used_questions: set[str] | None = None,
) -> dict[str, Any]:
    """A parsed answer -> a knowledge file dict; NothingToDraft for a holding answer.

    `text` is the source document's text, `url` where it came from (None when the document
    does not say: never guess), `used_ids` fact ids already taken by other drafts of a batch,
    `used_questions` their questions (as `question_key` folds them).
    """
    holding = holding_reason(" ".join(passage.text for passage in answer.passages))
    if holding:
        raise NothingToDraft(holding)
    source = Source(
        id=source_id or slugify(f"{answer.title} {answer.answered.isoformat()}"),
        title=answer.title,
        kind=kind,
        department=answer.department,
        answered=answer.answered,
        answered_by=answer.answered_by,
        licence=LICENCE,
        document=document,
        text=text,
        question=answer.question,
        asked=answer.asked,
        url=url,
    )
    used_ids = set() if used_ids is None else used_ids
    used_questions = set() if used_questions is None else used_questions
    facts = draft_facts(
        answer.passages,
        source_id=source.id,
        as_of=answer.answered,
        asked=answer.question,
        used=used_ids,
        used_questions=used_questions,
    )
    # After the answer's own facts, which keep their questions first.
    records = document_records(answer_lines(answer, text), document=text, source_id=source.id)
    facts += tuple(_unique(record, used_ids, used_questions) for record in records)
    return file_to_dict(KnowledgeFile(path=document, source=source, facts=facts, revision=1))


def parse_written_answer(text: str) -> WrittenAnswer:
    """Header metadata and answer passages of a written answer; IngestError if not one."""
    lines = [Line(line) for line in normalise_newlines(text).split("\n")]
    if all(line.blank for line in lines):
        raise IngestError("the text is empty")
    department_at, department, question_start = _department(lines)
    answered_by_at = _index_after(lines, _ANSWERED_BY, department_at, "'Answered by' line")
    answered_at = _index_after(
        lines, _ANSWERED_ON, answered_by_at, "'answered on' date after 'Answered by'", SPEAKER_LINES
    )
    answered_match = _ANSWERED_ON.search(lines[answered_at].content)
    assert answered_match is not None  # _index_after found it
    answered = parse_date(answered_match["date"], "'answered on' date")
    asked = _asked(lines[:department_at])
    if asked is not None and asked > answered:
        raise IngestError(f"asked date {asked} is after the answered date {answered}")
    _refuse_a_second_answer(lines, answered_at)
    speaker, notes = _speaker(lines[answered_by_at : answered_at + 1])
    return WrittenAnswer(
        title=_title(lines[:department_at]),
        department=department,
        question=_question(question_start, lines[department_at + 1 : answered_by_at]),
        asked=asked,
        answered=answered,
        answered_by=speaker,
        passages=tuple(answer_passages(lines[answered_at + 1 :])),
        notes=notes,
    )


def draft_facts(
    passages: Sequence[Passage],
    *,
    source_id: str,
    as_of: dt.date,
    asked: str | None = None,
    used: set[str] | None = None,
    used_questions: set[str] | None = None,
) -> tuple[Fact, ...]:
    """One fact per claim in the passages, with ids made unique by numbered suffixes and
    questions that an earlier fact has (in `used_questions`, or of these passages) left out.

    A sentence saying the department does not hold some information is a claim of its own
    (readers ask for that figure; the true answer is that there is none), asked as `asked`.
    """
    used = set() if used is None else used
    used_questions = set() if used_questions is None else used_questions
    # Questions other answers' drafts ask: reworded, not dropped (the answer's own siblings
    # asking one question drop it: two wordings of one question made them tie).
    others = frozenset(used_questions)
    claims = [found for passage in passages for found in _claims(passage.text)]
    said = [claim_text(claim) for claim, _ in claims]
    answer_words = AnswerWords(said)
    facts: list[Fact] = []
    for at, (claim, not_held) in enumerate(claims):
        fact = draft_fact(claim, source_id=source_id, as_of=as_of)
        fact = _with_distinct_phrasings(fact, answer_words, at)
        fact = _with_who_questions(fact, said[at])
        if not_held:
            fact = _not_held_fact(fact, asked)
        facts.append(_unique(fact, used, used_questions, others))
    return tuple(facts)


def _with_distinct_phrasings(fact: Fact, answer_words: AnswerWords, at: int) -> Fact:
    """The fact asked also by the words of its claim (the answer's claim `at`) that the
    answer's other claims do not say; its figures' labels and units are asked in its figure
    questions."""
    figure_words = [text for figure in fact.figures for text in (figure.label, figure.unit or "")]
    return _also_asked(fact, answer_words.phrasings(at, [*fact.questions, *figure_words]))


def _with_who_questions(fact: Fact, said: str) -> Fact:
    """The fact asked also who does what its claim says a body does ("who leads the ...?")."""
    return _also_asked(fact, who_questions(said))


def _also_asked(fact: Fact, questions: Sequence[str]) -> Fact:
    """The fact with `questions` added after its own, each once."""
    return dataclasses.replace(fact, questions=tuple(dict.fromkeys((*fact.questions, *questions))))


def answer_lines(answer: WrittenAnswer, text: str) -> AnswerLines:
    """The lines of the page saying when the answer was answered and asked, as written."""
    answered_line = asked_line = None
    for line in normalise_newlines(text).split("\n"):
        found = _ANSWERED_ON.search(line)
        if answered_line is None and found and _DATE.search(found["date"]):
            answered_line = line.strip()
        asked = _ASKED.search(line)
        if asked_line is None and asked:
            asked_line = asked.group()
    return AnswerLines(
        title=answer.title,
        department=answer.department,
        answered=answer.answered,
        answered_line=answered_line,
        asked=answer.asked,
        asked_line=asked_line,
        name=answer.answered_by.name,
        question=answer.question,
    )


def _unique(
    fact: Fact, used: set[str], used_questions: set[str], others: AbstractSet[str] = frozenset()
) -> Fact:
    """The fact with an id and questions no earlier fact has; a question of `others` (other
    answers' drafts) asked again in this fact's own words where it can be."""
    fact_id = unused_id(fact.id, used.__contains__)
    used.add(fact_id)
    questions = _own_questions(fact, used_questions, others)
    used_questions.update(question_key(question) for question in questions)
    return dataclasses.replace(fact, id=fact_id, questions=questions)


def _own_questions(fact: Fact, used: set[str], others: AbstractSet[str]) -> tuple[str, ...]:
    """The fact's drafted questions that no earlier fact has: `kb check` refuses a question
    under two facts ("how many special free schools?" drafted from two sentences about them),
    which leaves the fact that answers it to scoring. With none left, the statement's first
    words ask for it. A question another answer's draft has (`others`) is reworded instead
    (`_own_wording`)."""
    by_key: dict[str, str] = {}
    for question in fact.questions:
        asked = _own_wording(fact, question, used, others)
        if asked is not None:
            by_key.setdefault(question_key(asked), asked)
    own = tuple(by_key.values())
    if own:
        return own
    words = fact.statement.rstrip(".").lower().split()
    for count in range(QUESTION_WORDS, len(words) + 1):
        question = " ".join(words[:count])[:MAX_QUESTION]
        if question_key(question) not in used:
            return (question,)
    return fact.questions  # the statement repeats an earlier one: `kb check` says so


def _own_wording(fact: Fact, question: str, used: set[str], others: AbstractSet[str]) -> str | None:
    """The question, or when another answer's draft has it, its first rewording no fact has."""
    key = question_key(question)
    if key not in used:
        return question
    if key not in others:
        return None
    reworded = (asked[:MAX_QUESTION] for asked in rewordings(fact, question))
    return next((asked for asked in reworded if question_key(asked) not in used), None)


def _claims(text: str) -> list[tuple[Claim, bool]]:
    """The passage's claims, each with whether it says the information is not held."""
    claims: list[tuple[Claim, bool]] = []
    start = 0
    for span_start, span_end in not_held_spans(text):
        claims.extend((claim, False) for claim in claims_in(text[start:span_start]))
        claims.append((whole_claim(text[span_start:span_end]), True))
        start = span_end
    claims.extend((claim, False) for claim in claims_in(text[start:]))
    return claims


def _not_held_fact(fact: Fact, asked: str | None) -> Fact:
    """Ask it as the member asked, so the question the department could not answer finds it."""
    question = question_as_asked_by_a_user(asked) if asked else None
    questions = (question, *fact.questions) if question else fact.questions
    return dataclasses.replace(
        fact, questions=tuple(dict.fromkeys(questions)), tags=(*fact.tags, NOT_HELD_TAG)
    )


def normalise_newlines(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def parse_date(text: str, what: str) -> dt.date:
    """'8th February 2024' (or '8 February 2024') -> a date; IngestError naming `what`."""
    match = _DATE.search(text)
    month = MONTHS.get(match["month"].lower()) if match else None
    if match is None or month is None:
        raise IngestError(f"{what} {text.strip()!r} is not a date like '8th February 2024'")
    try:
        return dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError as exc:
        raise IngestError(f"{what} {text.strip()!r} is not a real date") from exc


def slugify(text: str, max_words: int = 8, max_length: int = 80) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "").replace("'", ""))
    slug = "-".join(words[:max_words])
    return slug if len(slug) <= max_length else slug[:max_length].rsplit("-", 1)[0]


def _department(lines: Sequence[Line]) -> tuple[int, str, str]:
    """Index of the 'Question to the ...:' line, the department, and any question after it."""
    for index, line in enumerate(lines):
        match = _DEPARTMENT.match(line.content)
        if match:
            return index, match["department"].strip(), match["rest"].strip()
    raise IngestError("no 'Question to the <department>:' line found")


def _refuse_a_second_answer(lines: Sequence[Line], answered_at: int) -> None:
    """A page copied twice into one file, or two answers pasted one after the other: the
    second's header would be drafted as facts of the first ("Net Zero" in a role line read as
    a count of 0), and its facts again with "-2" ids."""
    again = next(
        (i for i in range(answered_at + 1, len(lines)) if _DEPARTMENT.match(lines[i].content)),
        None,
    )
    if again is not None:
        raise IngestError(
            f"line {again + 1} starts another written answer ({lines[again].content!r} "
            "again): a file holds one answer; keep one copy, or save each answer in a file "
            "of its own"
        )


def _index_after(
    lines: Sequence[Line],
    pattern: re.Pattern[str],
    after: int,
    what: str,
    within: int | None = None,
) -> int:
    """The first line after `after` (and within `within` lines of it) that matches."""
    end = len(lines) if within is None else min(len(lines), after + 1 + within)
    for index in range(after + 1, end):
        if pattern.search(lines[index].content):
            return index
    raise IngestError(f"no {what} found")


def _asked(header: Sequence[Line]) -> dt.date | None:
    for line in header:
        match = _ASKED.search(line.content)
        if match:
            return parse_date(match["date"], "'asked on' date")
    return None


def _title(header: Sequence[Line]) -> str:
    for line in header:
        if line.blank or _NOT_TITLE.match(line.content):
            continue
        title = _ASKED.sub("", _VIEW_SOURCE.sub("", line.content)).strip()
        if not title:
            break
        return title
    raise IngestError("no title line found before the '(asked on ...)' line")


def _question(first: str, lines: Sequence[Line]) -> str:
    parts = [first, *(_VIEW_SOURCE.sub("", line.content) for line in lines)]
    question = " ".join(part.strip() for part in parts if part.strip())
    if not question:
        raise IngestError("no question text found between 'Question to ...:' and 'Answered by'")
    return question


def _speaker(block: Sequence[Line]) -> tuple[Speaker, tuple[str, ...]]:
    """Name, role and notes from the lines from 'Answered by' to the 'answered on' line."""
    first = _ANSWERED_BY.match(block[0].content)
    candidates = [first["rest"] if first else "", *(line.content for line in block[1:-1])]
    # "<name> Portrait" is the alt text of the member's photograph, not part of the answer.
    kept = [text for text in candidates if text and not _PORTRAIT.search(text)]
    if not kept:
        raise IngestError("no member name found after 'Answered by'")
    name, role = kept[0], " ".join(kept[1:]) or None
    parallel_parliament = any(_PORTRAIT.search(text) for text in candidates if text)
    if role and parallel_parliament:
        return Speaker(name=name), (ROLE_LEFT_OUT.format(name=name, role=role),)
    return Speaker(name=name, role=role), ()


def answer_passages(lines: Sequence[Line]) -> list[Passage]:
    """The answer's paragraphs and bullets, without the page furniture that follows them."""
    body = _without_trailing_furniture(
        [line for line in lines if not _VIEW_SOURCE.fullmatch(line.content)]
    )
    blocks: list[tuple[list[str], bool]] = []
    for line in body:
        if line.blank:
            blocks.append(([], False))  # an empty block ends the one before
            continue
        bullet = BULLET.match(line.text)
        if bullet:
            blocks.append(([line.text[bullet.end() :].strip()], True))
        elif blocks and blocks[-1][0] and _continues(blocks[-1], line):
            blocks[-1][0].append(line.content)
        else:
            blocks.append(([line.content], False))
    passages = [Passage(" ".join(texts), bullet) for texts, bullet in blocks if texts]
    if not passages:
        raise IngestError("no answer text found after the 'answered on' line")
    return passages


def _continues(block: tuple[list[str], bool], line: Line) -> bool:
    """Whether a line wraps the passage before it rather than starting a new one."""
    texts, bullet = block
    if _SENTENCE_END.search(texts[-1]):
        return False  # a line after a finished sentence starts a new paragraph
    if bullet:
        # A bullet wraps onto indented lines; a line at the margin starts new text.
        return line.text[:1].isspace() or line.content[:1].islower()
    return True


def _without_trailing_furniture(lines: list[Line]) -> list[Line]:
    """Drop short, unpunctuated, figure-free lines after the answer ("Reticulating Splines")."""
    end = len(lines)
    while end:
        line = lines[end - 1]
        if line.blank or is_furniture(line.text):
            end -= 1
        else:
            break
    return lines[:end]


def unused_id(wanted: str, taken: Callable[[str], bool]) -> str:
    """`wanted`, or the first of `wanted-2`, `wanted-3` ... that is not taken."""
    candidate, number = wanted, 2
    while taken(candidate):
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate
