"""Two answers' drafts competing for one wording (issue 11).

A moderator drafts answers one after another into one base; a question an older answer's draft
already asks is not asked again (`kb check` refuses one question under two facts). Before, the
newer answer's main figure was then asked only by the opening words of its sentence ("spring
budget confirmed plans additional special"), and questions about it found the older figure: the
Spring Budget's 15 additional special free schools read as the 76 approved a month before. Now
the newer draft asks it again in its figure's own words. Each base here is drafted unedited, in
date order, as `kb build PAGE --out DIR/` makes it, and asked through the pure core.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.draft_file import draft_base
from sendbot.storage.loader import load

PAGES = Path(__file__).resolve().parents[1] / "data" / "written-answers"
# Shipped only: tests/data has no copy of this page.
SHIPPED = BUNDLED_KNOWLEDGE / "sources"
IMPROVEMENT_PLAN = SHIPPED / "written-answer-2024-02-08-send-ap-improvement-plan.txt"
SPRING_BUDGET = PAGES / "written-answer-2024-03-22-special-free-schools-spring-budget.txt"
BILLION_INCREASE = PAGES / "written-answer-2025-04-29-high-needs-1-billion-increase.txt"
IFS_REPORT = PAGES / "written-answer-2025-06-16-ifs-report-high-needs.txt"
TOP_SLICING = PAGES / "written-answer-2026-02-26-high-needs-top-slicing.txt"

FIFTEEN = "The Spring Budget confirmed plans for 15 additional special free schools."
SEVENTY_SIX = "approved a further 76 special free schools"
THIRTY_THREE = "In March 2023, the department approved 33 new special free schools."


def _drafted(directory: Path, pages: Sequence[Path]) -> Path:
    assert draft_base(pages, directory, BUNDLED_KNOWLEDGE / "synonyms.yaml") is None
    return directory


def _facts(directory: Path) -> list[dict[str, Any]]:
    files = sorted(directory.glob("*.yaml"))
    loaded = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in files]
    return [fact for data in loaded for fact in data.get("facts", [])]


def _quoting(directory: Path, piece: str) -> dict[str, Any]:
    return next(fact for fact in _facts(directory) if piece in fact["quote"])


@pytest.fixture(scope="module")
def free_schools_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("free-schools") / "knowledge"
    return _drafted(directory, [IMPROVEMENT_PLAN, SPRING_BUDGET])


@pytest.fixture(scope="module")
def free_schools(free_schools_dir: Path) -> FactIndex:
    return build_index(load(free_schools_dir).kb)


def test_the_newer_answers_count_is_asked_by_its_own_noun(free_schools_dir: Path) -> None:
    older = _quoting(free_schools_dir, SEVENTY_SIX)["questions"]
    newer = _quoting(free_schools_dir, FIFTEEN)["questions"]
    assert "how many special free schools?" in older
    assert "how many additional special free schools?" in newer


def test_a_count_its_sentence_dates_is_asked_with_its_date(free_schools_dir: Path) -> None:
    # Not "how many new special free schools?": asked without its date, the 33 approved in
    # March 2023 took questions about the newest wave.
    questions = _quoting(free_schools_dir, THIRTY_THREE)["questions"]
    assert "how many new special free schools in March 2023?" in questions
    assert "how many new special free schools?" not in questions


@pytest.mark.parametrize(
    "question",
    [
        "whats the latest count of extra special free schools",
        "most recent special free school announcement, number?",
        "how many additional special free schools?",
        "number of additional special free schools",
        "spring budget special free schools how many",
    ],
)
def test_questions_about_the_newer_count_find_it(free_schools: FactIndex, question: str) -> None:
    reply = answer(free_schools, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert reply.fact.quote == FIFTEEN


@pytest.mark.parametrize(
    ("question", "piece"),
    [
        ("how many special free schools have been approved?", SEVENTY_SIX),
        ("how many special free schools were approved in march 2023?", THIRTY_THREE),
        ("how many new special schools opened this academic year?", "opened 15 new special"),
    ],
)
def test_the_other_counts_keep_their_questions(
    free_schools: FactIndex, question: str, piece: str
) -> None:
    reply = answer(free_schools, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert piece in reply.fact.quote


def test_a_question_this_answers_own_sentences_share_is_not_reworded(tmp_path: Path) -> None:
    # The improvement plan's "opened 15 new special schools" is two facts (one with the places
    # it creates): a second wording for the sibling made the two tie, so it is still dropped.
    directory = _drafted(tmp_path / "knowledge", [IMPROVEMENT_PLAN])
    opened = [fact for fact in _facts(directory) if "opened 15 new special" in fact["quote"]]
    asked = [question for fact in opened for question in fact["questions"]]
    assert len(opened) == 2
    assert len(asked) == len(set(asked))
    assert not any("special schools" in question and "in 2023/24" in question for question in asked)


@pytest.fixture(scope="module")
def high_needs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("high-needs") / "knowledge"
    return _drafted(directory, [BILLION_INCREASE, IFS_REPORT, TOP_SLICING])


def test_amounts_of_one_year_are_asked_by_their_own_label_or_written_year(
    high_needs_dir: Path,
) -> None:
    total = _quoting(high_needs_dir, "Total high needs funding for children")
    increased = _quoting(high_needs_dir, "has increased by over £1 billion")
    assert "how much is the total high needs funding in 2025/26?" in total["questions"]
    assert (
        "how much is the increase in high needs funding in the 2025/26 financial year?"
        in increased["questions"]
    )


@pytest.mark.parametrize(
    ("question", "piece"),
    [
        ("latest total high needs funding figure", "Total high needs funding for children"),
        ("high needs funding now, how much in total?", "Total high needs funding for children"),
        ("most recent high needs increase for 2025/26", "has increased by over £1 billion"),
    ],
)
def test_the_newest_answers_amount_is_found(
    high_needs_dir: Path, question: str, piece: str
) -> None:
    reply = answer(build_index(load(high_needs_dir).kb), question)
    assert reply.answered and reply.fact is not None, reply.text
    assert piece in reply.fact.quote
