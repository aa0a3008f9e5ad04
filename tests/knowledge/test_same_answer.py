"""When is a new source a written answer the knowledge base already has?"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sendbot.knowledge.model import Source, Speaker
from sendbot.knowledge.same_answer import repeated_answers, same_answer, uin_in_url

ANSWER = (
    "The department has opened 15 new special schools this year and has approved a further "
    "76 special free schools, which will create over 6,000 new places when open."
)


def source(source_id: str, **fields: object) -> Source:
    values: dict[str, object] = {
        "id": source_id,
        "title": "Special schools",
        "kind": "written answer",
        "department": "Department for Education",
        "answered": dt.date(2024, 2, 8),
        "answered_by": Speaker("A Minister"),
        "licence": "Open Parliament Licence v3.0",
        "document": f"sources/{source_id}.txt",
        "text": ANSWER,
        "url": None,
    }
    values.update(fields)
    return Source(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "uin"),
    [
        ("https://parallelparliament.co.uk/question/HL9542/schools-neurodiversity", "HL9542"),
        ("https://www.parallelparliament.co.uk/question/5581", "5581"),
        (
            "https://questions-statements.parliament.uk/written-questions/detail/2024-01-31/12345",
            "12345",
        ),
        (
            "https://questions-statements-api.parliament.uk/api/writtenquestions/questions?uIN=hl7917",
            "HL7917",
        ),
        ("https://example.org/news/2024/special-schools", None),
    ],
)
def test_the_question_number_is_read_from_the_pages_address(url: str, uin: str | None) -> None:
    assert uin_in_url(url) == uin


def test_another_answer_is_not_the_same() -> None:
    other = source("other", text=ANSWER.replace("15 new", "20 new"))
    assert same_answer(other, [source("first")]) is None


def test_the_same_text_under_another_id_and_document_is_the_same_answer() -> None:
    found = same_answer(source("copy", text=f"\n{ANSWER.upper()}  \n"), [source("first")])
    assert found is not None and found.existing.id == "first"
    assert found.reason == "the same answer text"


def test_a_question_number_reused_in_another_session_is_another_question() -> None:
    url = "https://parallelparliament.co.uk/question/12345"
    first = source("first", url=url, text="Answer one, long enough to be told apart: " * 3)
    later = dataclasses.replace(
        first, id="later", document="sources/later.txt", answered=dt.date(2025, 6, 1),
        text="Answer two, long enough to be told apart: " * 3,
    )  # fmt: skip
    assert same_answer(later, [first]) is None
    same_day = dataclasses.replace(later, answered=first.answered)
    found = same_answer(same_day, [first])
    assert (
        found is not None
        and found.reason == "the same question, UIN 12345, answered 8 February 2024"
    )


def test_short_standard_answers_do_not_make_two_questions_one() -> None:
    held = "The information requested is not held centrally."
    assert same_answer(source("b", text=held), [source("a", text=held)]) is None


def test_every_repeat_in_a_base_is_listed_once_against_the_first() -> None:
    sources = [source("a"), source("b", text="Something else entirely. " * 5), source("c")]
    assert [(new.id, found.existing.id) for new, found in repeated_answers(sources)] == [("c", "a")]
