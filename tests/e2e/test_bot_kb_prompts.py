"""What a moderator is told before any work is lost (an option /kb can judge is judged before
the form opens, an empty question is asked for again, a review left alone says it expired and
that nothing was saved, a form without room for the questions says why), and what a review
shows (figures as people write them)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    EPHEMERAL,
    Unchanged,
    buttons,
    kb,
    kb_text,
    modal_inputs,
    modal_texts,
    press,
    submit,
)
from tests.e2e.test_bot_kb_ingest import ANSWER, act, open_review


async def test_an_alias_of_only_spaces_asks_which_question(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # Discord sends a required option of spaces as typed; validation then said
    # "facts[high-needs-budget].questions[2]: must not be empty (FILE.yaml)".
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    _, told = await kb(fake, "alias", {"fact": "high-needs-budget", "question": "   "})
    assert told["flags"] == EPHEMERAL
    assert told["content"] == (
        "Nothing was changed. Which question? Type it in `question`, worded the way people ask it."
    )
    unchanged.check()


async def test_an_alias_pasted_in_quotation_marks_is_kept_without_them(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # Pasted as someone asked it, the marks and the spaces were saved into the file as typed,
    # and the same question without them was taken for another one.
    _, fake = await start_curated()
    _, told = await kb(
        fake,
        "alias",
        {
            "fact": "special-schools-opened",
            "question": "\u201chow  many new   schools opened?\u201d",
        },
    )
    assert told["content"].startswith("Saved change #1: alias `special-schools-opened`")
    assert "      - how many new schools opened?\n" in kb_text(kb_dir)
    assert "\u201c" not in kb_text(kb_dir)
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    _, again = await kb(
        fake,
        "alias",
        {"fact": "special-schools-opened", "question": '"how many new schools opened"'},
    )
    assert "already has the question" in again["content"], again["content"]
    unchanged.check()


@pytest.mark.parametrize(
    ("command", "options", "told"),
    [
        (
            "edit",
            {"fact": "special-schools-opened", "as_of": "yesterday"},
            "`as_of` must be a date like 2024-02-08, not 'yesterday'.",
        ),
        (
            "add",
            {"as_of": "8 Feb 2024"},
            "`as_of` must be a date like 2024-02-08, not '8 Feb 2024'.",
        ),
        (
            "edit",
            {"fact": "special-schools-opened", "as_of": "2099-01-01"},
            "`as_of`: 2099-01-01 is after today, TODAY: a typo?",
        ),
        (
            "add",
            {"as_of": "2099-01-01"},
            "`as_of`: 2099-01-01 is after today, TODAY: a typo?",
        ),
        (
            "add",
            {"id": "Taskforce Reach"},
            "`id` must be lowercase words joined by hyphens, like `special-schools-opened`, not "
            "'Taskforce Reach'.",
        ),
    ],
)
async def test_a_date_or_id_that_would_be_refused_is_said_before_the_form_opens(
    start_curated: StartCurated, command: str, options: dict[str, str], told: str
) -> None:
    # Before, the form opened; the moderator typed a statement, quote and questions, and only
    # then heard that the date or id given with the command was not one.
    _, fake = await start_curated()
    _, reply = await kb(fake, command, options)
    assert "title" not in reply  # a message, not the form
    assert reply["flags"] == EPHEMERAL
    # TODAY: the date when the command ran, not when the cases were collected (midnight).
    told = told.replace("TODAY", str(dt.date.today()))
    assert reply["content"] == f"Nothing was changed. {told}"
    assert not fake.modals


async def test_an_ingest_review_left_alone_says_it_paused_and_nothing_is_lost(
    start_curated: StartCurated, kb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, fake = await start_curated()
    review_view = sys.modules["sendbot.discord_app.exts.kb_admin._review"].ReviewView
    monkeypatch.setattr(review_view, "timeout_seconds", 0.3)
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    _, review = await open_review(fake, {"file": upload})
    review = await act(fake, review, "Keep")
    await asyncio.sleep(0.6)
    expired = [r.json for r in fake.requests if r.method == "PATCH" and "/messages/" in r.path]
    last = expired[-1]
    # Before: the buttons greyed under "Keep, edit or drop each, then Save: nothing is saved
    # before that", as if Save were still to come; then "expired ... from the start", the
    # decisions lost. The review is kept on disk now: its buttons stay on to go on with it.
    assert last["content"] == (
        "This review was paused after 0 minutes without a press. Every decision so far is "
        "kept: press a button below, or run /kb ingest with no options, to go on."
    )
    assert not any(disabled for _, _, disabled in buttons(last))
    unchanged.check()


async def test_an_edit_form_without_room_for_the_questions_says_why_and_what_to_use(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # A fact given many long ways of asking (say, by months of /kb gaps aliases) no longer
    # fits the form's 4,000-character box: the box was left out without a word.
    _, fake = await start_curated()
    for n in range(22):
        question = f"what did the department say about special school {n} opening " + (
            "and its places " * 10
        )
        _, saved = await kb(
            fake,
            "alias",
            {"fact": "special-schools-opened", "question": question[:199], "force": True},
        )
        assert saved["content"].startswith("Saved change"), saved["content"]
    _, modal = await kb(fake, "edit", {"fact": "special-schools-opened"})
    assert "questions" not in modal_inputs(modal)
    assert modal_texts(modal) == [
        "-# Its 23 questions are longer together than a form's box holds (4,000 characters), "
        "so they are left out and kept as they are. `/kb alias` adds one; to reword or "
        "remove one, `/kb export` its file, edit it and `/kb import` it."
    ]
    # The rest of the form still saves, and the questions are kept.
    saved = await submit(fake, "Edit a fact", {"title": "Special schools opened this year"})
    assert saved["content"].startswith("Saved change #23: edit `special-schools-opened` (title)")
    assert kb_text(kb_dir).count("what did the department say about special school") == 22


async def test_an_ingest_review_shows_figures_and_dates_as_people_write_them(
    start_curated: StartCurated,
) -> None:
    # "970000000 (funding will increase)": the moderator had to count the zeros to check it
    # against the quote's "£970 million".
    _, fake = await start_curated()
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    _, review = await open_review(fake, {"file": upload})
    assert review["embeds"][0]["footer"]["text"] == (
        f"Special Educational Needs: Finance · answered 22 February 2023 · {ANSWER.name}"
    )
    review = await act(fake, review, "Keep")
    fields = {f["name"]: f["value"] for f in review["embeds"][0]["fields"]}
    assert fields["Figures"] == (
        "2022 (high needs funding will increase), £970m (high needs funding will increase), "
        "2023/24 (financial year), 2022/23 (financial year compared)"
    )
    review = await act(fake, review, "Keep")
    fields = {f["name"]: f["value"] for f in review["embeds"][0]["fields"]}
    assert fields["Figures"].startswith("10.6% (")


async def test_save_before_every_fact_is_reviewed_says_the_rest_are_dropped(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # "Save 1 kept" under "Fact 2 of 5" read as "save what I have so far and go on"; the
    # facts not yet reviewed were left out without a word.
    _, fake = await start_curated()
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    _, review = await open_review(fake, {"file": upload})
    assert ("Save 0 kept", True) in [(label, off) for label, _, off in buttons(review)]
    review = await act(fake, review, "Keep")
    assert [label for label, _, _ in buttons(review)][3] == "Save 1 kept, drop 8 unreviewed"
    for _ in range(8):
        review = await act(fake, review, "Keep")
    assert [label for label, _, _ in buttons(review)][3] == "Save 9 kept"


async def test_removing_a_sources_last_fact_is_refused_before_the_confirmation(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # /kb remove asked "Remove this fact?" and, once Remove was pressed, said "The change does
    # not pass validation (1 problem): • facts: must be a list with at least one fact".
    _, fake = await start_curated()
    interaction, _ = await kb(fake, "remove", {"fact": "high-needs-budget"})
    message = fake.original_message(interaction)
    assert message is not None
    await press(fake, message, "Remove")
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    _, told = await kb(fake, "remove", {"fact": "special-schools-opened"})
    assert told["flags"] == EPHEMERAL and buttons(told) == []
    assert told["content"] == (
        "Nothing was changed. Refused: 'special-schools-opened' is the last fact of source "
        "send-ap-improvement-plan-2024-02-08, and a source keeps at least one fact: edit it "
        "instead; to take the whole source out, delete send-ap-improvement-plan-2024-02-08.yaml "
        "from the knowledge directory (history does not record that)."
    )
    unchanged.check()
