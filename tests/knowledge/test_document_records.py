"""A draft's records of the written answer itself: who answered it, when it was answered and
asked, what the question asked; each quoting the page's own line, so a draft saved as it
stands answers "who answered ...?" and "when was it asked?"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import build_index
from sendbot.knowledge.directory import loads_file
from sendbot.knowledge.drafts import draft_input
from sendbot.knowledge.yamlwrite import dump_yaml
from sendbot.storage.loader import load
from tests.conftest import REPO

PAGES = REPO / "tests" / "data" / "written-answers"
INTERNSHIPS = PAGES / "written-answer-2023-01-09-supported-internships.txt"


def drafted(text: str, name: str = "answer.txt") -> dict[str, Any]:
    (draft,) = draft_input(text, name=name).drafts
    data: dict[str, Any] = draft.data
    documents = {f"sources/{name}": text.encode("utf-8")}
    loads_file(dump_yaml(data), "draft.yaml", documents, "draft.yaml")  # as `kb check` would
    return data


def records(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    source_id = data["source"]["id"]
    return {
        fact["id"].removeprefix(source_id + "-"): fact
        for fact in data["facts"]
        if "document" in fact.get("tags", [])
    }


def test_a_draft_records_who_answered_when_and_what_was_asked() -> None:
    found = records(drafted(INTERNSHIPS.read_text("utf-8"), INTERNSHIPS.name))
    assert list(found) == ["answered-by", "answered-date", "asked-date", "question"]
    by = found["answered-by"]
    assert by["quote"] == "Claire Coutinho"
    assert by["statement"] == (
        "The question on Special Educational Needs was answered by Claire Coutinho for the "
        "Department for Education."
    )
    assert "minister" in by["tags"] and "supported-internships" in by["tags"]
    assert "who answered the question on special educational needs?" in by["questions"]
    # The question's own words name what it was about, as readers do.
    assert any("supported internship places" in q for q in by["questions"])
    answered = found["answered-date"]
    assert answered["quote"] == "This question was answered on 9th January 2023"
    assert answered["statement"].endswith("was answered on 9 January 2023.")
    assert answered["figures"] == [
        {"value": "2023-01-09", "kind": "date", "label": "date the question was answered"}
    ]
    asked = found["asked-date"]
    assert asked["quote"] == "(asked on 19th December 2022)"
    assert asked["figures"][0]["value"] == "2022-12-19"
    assert found["question"]["quote"].startswith("To ask the Secretary of State for Education, if")


def test_records_come_after_the_facts_of_what_the_answer_says() -> None:
    facts = drafted(INTERNSHIPS.read_text("utf-8"), INTERNSHIPS.name)["facts"]
    tagged = ["document" in fact.get("tags", []) for fact in facts]
    assert tagged == sorted(tagged) and tagged.count(True) == 4


def test_a_saved_draft_answers_who_answered_and_when_it_was_asked(tmp_path: Path) -> None:
    knowledge = tmp_path / "kb"
    (knowledge / "sources").mkdir(parents=True)
    text = INTERNSHIPS.read_text("utf-8")
    (knowledge / "sources" / INTERNSHIPS.name).write_text(text, encoding="utf-8")
    (knowledge / "draft.yaml").write_text(dump_yaml(drafted(text, INTERNSHIPS.name)), "utf-8")
    index = build_index(load(knowledge).kb)
    who = answer(index, "who answered the question on supported internship places?")
    assert who.outcome.value == "answered" and who.fact is not None
    assert who.fact.quote == "Claire Coutinho"
    when = answer(index, "when was the question on supported internships asked?")
    assert when.outcome.value == "answered" and when.fact is not None
    assert when.fact.quote == "(asked on 19th December 2022)"


def test_a_title_with_a_number_is_left_out_of_a_record_that_does_not_quote_it() -> None:
    # Every number a statement says must be in its quote: "2024/25" is not in "Claire Coutinho".
    text = INTERNSHIPS.read_text("utf-8").replace(
        "Special Educational Needs\n", "High Needs Funding 2024/25\n", 1
    )
    by = records(drafted(text))["answered-by"]
    assert by["statement"] == (
        "The question was answered by Claire Coutinho for the Department for Education."
    )


def test_a_follow_up_question_is_named_by_what_it_asks_not_the_answer_it_follows() -> None:
    page = PAGES / "written-answer-2025-11-21-schools-white-paper-engagement.txt"
    by = records(drafted(page.read_text("utf-8"), page.name))["answered-by"]
    # "pursuant to the Answer of 23 October 2025 to Question 82987 on Jobcentres: ...,"
    assert not any("jobcentres" in question for question in by["questions"])
    assert any("discussions providers local authorities" in q for q in by["questions"])
