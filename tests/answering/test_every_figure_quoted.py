"""Every figure a reply states is in a quotation it shows (or is a date of answering, the
asker's own figure, or one of the bot's own numbers that unquoted_figures lists): checked of
every question of several development sets, each on the base it was written for, and of the
replies a reader sees beside an answer (earlier, later and replaced figures, earlier answers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.passed_date import OPENING as PASSED_OPENING
from sendbot.answering.reply import reply_json
from sendbot.answering.unquoted_figures import unquoted_figures
from sendbot.discord_app.render import FIELD_VALUE_LIMIT, render_reply

EVAL = Path(__file__).resolve().parent.parent / "eval"
TODAY = dt.date(2026, 12, 1)  # a day on which every newest figure is said to be old
LISTS = ("in_scope", "partial_or_declined", "out_of_scope", "latest", "period")
ONE_SOURCE_SETS = ("dev31_chat.yaml", "final34.yaml")
MANY_SOURCE_SETS = ("dev31_multisource.yaml", "multisource31.yaml", "dev_multisource.yaml")


def _questions(name: str) -> list[str]:
    data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    asked: list[str] = []
    for key in LISTS:
        for entry in data.get(key) or []:
            asked.append(str(entry["q"] if isinstance(entry, dict) else entry))
    return asked


def _broken(index: FactIndex, names: tuple[str, ...]) -> list[str]:
    broken = []
    for name in names:
        for question in _questions(name):
            reply = answer(index, question, today=TODAY)
            broken += [
                f"{question!r}: {found.kind} line states {found.figure!r}: {found.line}"
                for found in unquoted_figures(reply, index.kb)
            ]
    return broken


def test_one_source_replies_state_no_figure_outside_a_quote(
    single_source_index: FactIndex,
) -> None:
    assert _broken(single_source_index, ONE_SOURCE_SETS) == []


def test_many_source_replies_state_no_figure_outside_a_quote(shipped_index: FactIndex) -> None:
    assert _broken(shipped_index, MANY_SOURCE_SETS) == []


# Asking for a measure's figure, many ways: the newest figure, with the others beside it.
MEASURE_ASKED = [
    ("how much is high needs funding?", "high-needs-total-2025-26"),
    ("whats the high needs budget now", "high-needs-total-2025-26"),
    ("hi, how much money goes to high needs these days?", "high-needs-total-2025-26"),
    ("high needs fundin total?", "high-needs-total-2025-26"),
    ("what's the current total for high needs", "high-needs-total-2025-26"),
    ("how much is the core schools budget?", "core-schools-budget-2028-29"),
    ("how much has high needs funding gone up?", "high-needs-increase-continued-2026-27"),
    ("is the high needs budget still 10.5bn?", "high-needs-total-2025-26"),
    ("I heard the high needs pot is £10.1bn, is that still right?", "high-needs-total-2025-26"),
    ("latest on supported internships", "supported-internships-pilot"),
    ("what's the newest on demand for specialist places", "specialist-placements-expected-to-rise"),
]


@pytest.mark.parametrize(("question", "fact_id"), MEASURE_ASKED)
def test_the_figures_beside_an_answer_are_quoted_with_who_said_them(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.answered and reply.fact is not None and reply.fact.id == fact_id
    assert unquoted_figures(reply, shipped_index.kb) == []
    beside = [line for line in reply.notes if line.startswith(("Earlier", "Later", "No longer"))]
    assert beside, reply.text
    for line in beside:
        assert '"' in line and "(answered " not in line


def test_the_high_needs_total_lists_its_earlier_figures_in_their_own_words(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how much is high needs funding?", today=TODAY)
    assert (
        'Earlier: "£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023); '
        '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024).'
    ) in reply.text.splitlines()
    shown = reply_json(reply)["earlier"]
    assert isinstance(shown, list)
    assert shown[0] == {  # oldest first, as the "Earlier" line lists them
        "fact_id": "high-needs-total-2023-24",
        "value": "£10.1 billion",
        "period": "2023/24",
        "answered": "2023-02-22",
        "quote": "£10.1 billion next year",
        "said_by": "Claire Coutinho",
    }


def test_a_figure_told_in_a_later_answer_is_never_listed_as_earlier(
    shipped_index: FactIndex,
) -> None:
    # The 76 approved (8 February 2024) beside the 33 approved in March 2023, which an answer
    # of 22 March 2024 told of: older by its month, newer by its answer. Not in the plain
    # "Earlier:" list; its own line says it was said later.
    reply = answer(shipped_index, "how many special free schools have been approved?", TODAY)
    assert reply.fact is not None and reply.fact.id == "special-free-schools-approved"
    assert not any(line.startswith("Earlier:") for line in reply.notes)
    assert (
        "Earlier, though said in a later answer: "
        '"In March 2023, the department approved 33 new special free '
        'schools" (David Johnston, 22 March 2024).'
    ) in reply.notes


# Near misses: no figure beside the answer, and nothing changed. (A period's figure with newer
# ones, "in 2023/24", lists those: tests/answering/test_figures_over_time.py.)
NO_FIGURES_BESIDE = [
    "what was high needs funding for 2025/26?",
    "how many special schools opened?",
    "how many kids are in special schools?",
]


@pytest.mark.parametrize("question", NO_FIGURES_BESIDE)
def test_a_figure_with_no_newer_one_and_no_history_lists_no_others(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.answered
    listing = ("Earlier", "Later", "In a later", "In an earlier")
    assert not any(line.startswith(listing) for line in reply.notes)
    assert unquoted_figures(reply, shipped_index.kb) == []


@pytest.mark.parametrize(
    "question", ["what is the weather in london?", "whats the capital of peru"]
)
def test_an_unanswerable_question_stays_declined(shipped_index: FactIndex, question: str) -> None:
    assert answer(shipped_index, question, today=TODAY).outcome.value == "declined"


@pytest.mark.parametrize(("question", "fact_id"), MEASURE_ASKED)
def test_the_discord_field_beside_an_answer_is_never_cut(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    embed = render_reply(reply).embed
    assert embed is not None
    field = next(field for field in embed.fields if field.name == "Newest figure")
    assert len("\n".join(reply.notes)) < FIELD_VALUE_LIMIT
    # A date the quote looked ahead to that has passed has a field of its own, after it.
    listed = [note for note in reply.notes if not note.startswith(PASSED_OPENING)]
    assert field.value.endswith(listed[-1].replace("*", "\\*"))
