"""Split a page listing several written answers into one written answer each.

Pure. The shape (a member's or department's list of questions, as copied from the page):

    Written Question
    <heading>
    <date the question was answered, e.g. Monday 12th June 2023>
    Asked by: <member> (<party> - <constituency>)
    Question to the <department>:
    To ask the Secretary of State ...
    Answered by <name> - <role>
    <answer paragraphs>
    Written Question
    ...

"Asked by" is optional. As on a single answer's page, the role after the name is the member's
office when the page was stored, so the draft leaves it out and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sendbot.knowledge.ingest import (
    ROLE_LEFT_OUT,
    IngestError,
    Line,
    WrittenAnswer,
    answer_passages,
    normalise_newlines,
    parse_date,
)
from sendbot.knowledge.model import Speaker

_MARKER = re.compile(r"^Written Question\s*$", re.IGNORECASE)
_ASKED_BY = re.compile(r"^Asked by\b", re.IGNORECASE)
_DEPARTMENT = re.compile(r"^Question to (?:the )?(?P<department>[^:]+):\s*(?P<rest>.*)$", re.I)
_ANSWERED_BY = re.compile(
    r"^Answered by:?\s+(?P<name>.+?)(?:\s+[-\u2013\u2014]\s+(?P<role>.+))?$", re.I
)


@dataclass(frozen=True, slots=True)
class ListedAnswer:
    """The text of one answer in the list (its document) and what it says, or why not."""

    number: int  # 1 for the first answer on the page
    text: str
    answer: WrittenAnswer | None
    problem: str | None = None

    @property
    def label(self) -> str:
        heading = next((line.strip() for line in self.text.split("\n")[1:] if line.strip()), "")
        return f"answer {self.number} ({heading!r})" if heading else f"answer {self.number}"


def is_list_page(text: str) -> bool:
    """'Written Question' blocks with the member named on the 'Answered by' line; a single
    answer's page may carry the heading too, but names the member on the lines below it."""
    lines = [line.strip() for line in normalise_newlines(text).split("\n")]
    return any(_MARKER.match(line) for line in lines) and any(
        _ANSWERED_BY.match(line) for line in lines
    )


def listed_answers(text: str) -> list[ListedAnswer]:
    """Each 'Written Question' block of the page, parsed; a block that is not one says why."""
    lines = normalise_newlines(text).split("\n")
    starts = [index for index, line in enumerate(lines) if _MARKER.match(line.strip())]
    if not starts:
        raise IngestError("no 'Written Question' line found")
    results: list[ListedAnswer] = []
    for number, (start, end) in enumerate(
        zip(starts, [*starts[1:], len(lines)], strict=True), start=1
    ):
        block = "\n".join(lines[start:end]).strip() + "\n"
        try:
            results.append(ListedAnswer(number, block, parse_listed_answer(block)))
        except IngestError as exc:
            results.append(ListedAnswer(number, block, None, str(exc)))
    return results


def parse_listed_answer(block: str) -> WrittenAnswer:
    """One 'Written Question' block -> its answer; IngestError naming what is missing."""
    lines = [Line(line) for line in block.split("\n")]
    content = [(index, line.content) for index, line in enumerate(lines) if not line.blank]
    content = [(index, text) for index, text in content if not _MARKER.match(text)]
    if len(content) < 2:
        raise IngestError("no heading and date after 'Written Question'")
    (_, title), (_, date_line) = content[0], content[1]
    answered = parse_date(date_line, "date under the heading")
    department_at = next((i for i, text in content if _DEPARTMENT.match(text)), None)
    if department_at is None:
        raise IngestError("no 'Question to the <department>:' line found")
    by_at = next((i for i, text in content if i > department_at and _ANSWERED_BY.match(text)), None)
    if by_at is None:
        raise IngestError("no 'Answered by <name>' line found (not answered yet?)")
    department = _DEPARTMENT.match(lines[department_at].content)
    by = _ANSWERED_BY.match(lines[by_at].content)
    assert department is not None and by is not None  # found above
    question_parts = [
        department["rest"],
        *(line.content for line in lines[department_at + 1 : by_at]),
    ]
    question = " ".join(part for part in question_parts if part and not _ASKED_BY.match(part))
    if not question:
        raise IngestError("no question text between 'Question to ...:' and 'Answered by'")
    name, role = by["name"].strip(), (by["role"] or "").strip()
    return WrittenAnswer(
        title=title,
        department=department["department"].strip(),
        question=question,
        asked=None,  # the list shows one date, the answer's
        answered=answered,
        answered_by=Speaker(name=name),
        passages=tuple(answer_passages(lines[by_at + 1 :])),
        notes=(ROLE_LEFT_OUT.format(name=name, role=role),) if role else (),
    )
