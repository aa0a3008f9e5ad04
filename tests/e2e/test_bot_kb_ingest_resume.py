"""A /kb ingest review outlives a restart and its buttons' timeout: every keep, edit and drop
decision is kept in the data directory as it is made, a press on the old message (or /kb
ingest with no input) picks the review up where it was left, and Save still goes through the
one checked path (the revision check, history, the audit note)."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from sendbot.discord_app.client import SendBot
from sendbot.knowledge.review import Decision
from sendbot.settings import Settings
from sendbot.storage.atomic import exclusive_lock
from sendbot.storage.curation import Curation
from sendbot.storage.review_states import ReviewStates, SavedReview
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import EPHEMERAL, JSON, audit, buttons, final, kb, opened_modal, press
from tests.e2e.test_bot_kb_ingest import ANSWER, SOURCE_ID, act, open_review, title
from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import running_bot
from tests.storage.storekit import OTHER_ANSWER, history_rows, tree_hashes

LIST_PAGE = (
    Path(__file__).resolve().parents[1] / "data" / "list-pages" / "dfe-written-questions.txt"
)
PICKED_UP = "Picked up where you left off: every decision so far is kept."


def curated(settings: Settings) -> Callable[[], SendBot]:
    def make() -> SendBot:
        curation = Curation.open(settings)
        return SendBot(settings, curation.index, curation=curation)

    return make


@pytest.fixture
def settings(
    fake_discord: FakeDiscord, make_settings: Callable[..., Settings], kb_dir: Path
) -> Settings:
    guild = fake_discord.guild
    return make_settings(
        kb_path=kb_dir,
        home_guilds=(guild.id,),
        audit_channel=guild.channel("mod-log").id,
        reload_interval=3600.0,
    )


def reviews_kept(settings: Settings) -> list[Path]:
    return sorted((settings.data_dir / "reviews").glob("*"))


async def edit_fact(fake: FakeDiscord, message: JSON, statement: str, questions: str) -> JSON:
    """Edit the fact shown (and so keep it); the review message as it then is."""
    await press(fake, message, "Edit", followup=False)
    custom_id, _ = opened_modal(fake, "Edit the drafted fact")
    submitted = await fake.submit_modal(
        custom_id,
        {"statement": statement, "questions": questions},
        message=message,
        member=fake.moderator,
    )
    await final(fake, submitted, followup=False)
    return fake.original_message(submitted) or {}


async def test_a_review_picked_up_after_a_restart_keeps_every_decision_and_saves(
    fake_discord: FakeDiscord, settings: Settings, kb_dir: Path
) -> None:
    fake = fake_discord
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        review = await act(fake, review, "Keep")
        review = await act(fake, review, "Drop")
        review = await edit_fact(
            fake,
            review,
            "This is a 10.6% increase in high needs funding.",
            "by what percentage will high needs funding go up?",
        )
        assert title(review).startswith("Fact 4 of 9: ")
        assert [path.suffix for path in reviews_kept(settings)] == [".input", ".json"]

    async with running_bot(curated(settings), fake):
        # Before: "These buttons have expired, or sendbot has restarted since", and the three
        # decisions and the edit were gone.
        review = await act(fake, review, "Keep")
        assert review["content"].startswith(PICKED_UP)
        assert title(review).startswith("Fact 5 of 9: ")
        review = await act(fake, review, "Keep")  # the view is live again: no note now
        assert not review["content"].startswith(PICKED_UP)
        while title(review).startswith("Fact "):
            review = await act(fake, review, "Keep")
        assert title(review) == "Review done: 8 of 9 facts kept"
        click, saved = await press(fake, review, "Save 8 kept")
        assert saved["content"].startswith(f"Saved change #1: add-source {SOURCE_ID}.yaml.")
        hook = rf"/webhooks/{fake.application_id}/{click['token']}/messages/@original"
        await fake.wait_for_request("PATCH", hook)  # the review says it is saved

        text = (kb_dir / f"{SOURCE_ID}.yaml").read_text(encoding="utf-8")
        assert "statement: This is a 10.6% increase in high needs funding." in text
        assert len(yaml.safe_load(text)["facts"]) == 8  # the dropped fact stays out
        note = (await audit(fake, 1))["embeds"][0]["description"]
        assert "This is a 10.6% increase in high needs funding." in note
        assert len(history_rows(settings.data_dir)) == 1
        assert reviews_kept(settings) == []  # finished: nothing left to pick up


async def test_a_press_after_the_timeout_picks_the_review_up(
    start_curated: StartCurated, monkeypatch: pytest.MonkeyPatch, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    review_view = sys.modules["sendbot.discord_app.exts.kb_admin._review"].ReviewView
    monkeypatch.setattr(review_view, "timeout_seconds", 0.3)
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    _, review = await open_review(fake, {"file": upload})
    review = await act(fake, review, "Keep")
    await asyncio.sleep(0.6)
    paused = fake.messages[int(review["id"])]
    # Before: "This review has expired ... Run /kb ingest again to review it from the start",
    # its buttons greyed.
    assert paused["content"].startswith(
        "This review was paused after 0 minutes without a press. Every decision so far is kept:"
    )
    assert not any(off for label, _, off in buttons(paused) if not label.startswith("Save"))

    review = await act(fake, paused, "Drop")
    assert review["content"].startswith(PICKED_UP)
    assert title(review).startswith("Fact 3 of 9: ")
    cancelled = await act(fake, review, "Cancel")
    assert cancelled["content"].startswith("Cancelled. Nothing was changed.")
    assert not list((kb_dir.parent / "data" / "reviews").glob("*"))


async def test_kb_ingest_again_offers_the_review_in_progress(
    fake_discord: FakeDiscord, settings: Settings
) -> None:
    fake = fake_discord
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        await act(fake, review, "Keep")

    async with running_bot(curated(settings), fake):
        # With no input: the latest review in progress, at the fact it was left on.
        _, shown = await kb(fake, "ingest", {})
        assert shown["content"].startswith(PICKED_UP)
        assert shown["flags"] == EPHEMERAL
        assert title(shown).startswith("Fact 2 of 9: ")
        # The same answer uploaded again: that review, not a second one from the start.
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, again = await open_review(fake, {"file": upload})
        assert again["content"].startswith("You were already reviewing this: picked up where")
        assert title(again).startswith("Fact 2 of 9: ")
        assert len(reviews_kept(settings)) == 2  # one review: its state and its input
        # Another moderator's /kb ingest has nothing to pick up.
        _, theirs = await kb(fake, "ingest", {}, member=fake.owner)
        assert theirs["content"].startswith("Give either `file` or `answer`")


async def test_a_review_picked_up_after_a_change_says_so_and_save_checks_it(
    fake_discord: FakeDiscord, settings: Settings, kb_dir: Path
) -> None:
    fake = fake_discord
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        review = await act(fake, review, "Keep")

    async with running_bot(curated(settings), fake):
        question = "what is the high needs pot for this year?"
        _, other = await kb(fake, "alias", {"fact": "high-needs-budget", "question": question})
        assert other["content"].startswith("Saved change #1")
        # Someone else's press on the old message is refused, and changes nothing.
        click = await fake.click(review, _button(review, "Keep"), member=fake.owner)
        assert (await final(fake, click))["content"] == (
            "Only the moderator who opened this can use it."
        )
        review = await act(fake, review, "Keep")
        assert review["content"].startswith(
            f"{PICKED_UP} The knowledge base has changed since (revision 1 is now 2)"
        )
        assert title(review).startswith("Fact 3 of 9: ")  # the other's press did nothing
        _, told = await press(fake, review, "Save 2 kept")
        assert told["content"].startswith("The knowledge base changed while you reviewed")
        _, saved = await press(fake, review, "Save 2 kept")
        assert saved["content"].startswith(f"Saved change #2: add-source {SOURCE_ID}.yaml.")
        assert len(history_rows(settings.data_dir)) == 2


async def test_a_review_left_for_over_a_day_is_cleared_and_not_picked_up(
    fake_discord: FakeDiscord, settings: Settings
) -> None:
    fake = fake_discord
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        review = await act(fake, review, "Keep")
    [state] = (settings.data_dir / "reviews").glob("*.json")
    kept = json.loads(state.read_text(encoding="utf-8"))
    kept["updated"] = "2020-01-01T00:00:00+00:00"
    state.write_text(json.dumps(kept), encoding="utf-8")

    async with running_bot(curated(settings), fake):
        assert reviews_kept(settings) == []  # cleared as the bot started
        click = await fake.click(review, _button(review, "Keep"), member=fake.moderator)
        told = await final(fake, click)
        assert told["content"].startswith("This review is over (saved, cancelled, or cleared")
        assert told["flags"] == EPHEMERAL


def _button(message: JSON, label: str) -> str:
    return next(cid for text, cid, _ in buttons(message) if text.startswith(label))


async def test_an_edit_form_open_across_a_restart_is_applied_to_the_kept_review(
    fake_discord: FakeDiscord, settings: Settings, kb_dir: Path
) -> None:
    fake = fake_discord
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        review = await act(fake, review, "Keep")
        await press(fake, review, "Edit", followup=False)  # open when sendbot stops
        form_id, _ = opened_modal(fake, "Edit the drafted fact")

    async with running_bot(curated(settings), fake):
        # Before: "This form was open too long, or sendbot has restarted since", with the
        # text to copy into a review that was gone too.
        submitted = await fake.submit_modal(
            form_id,
            {"statement": "High needs funding goes up next year.", "questions": "how much more?"},
            message=review,
            member=fake.moderator,
        )
        await final(fake, submitted, followup=False)
        review = fake.original_message(submitted) or {}
        assert review["content"].startswith(PICKED_UP)
        assert title(review).startswith("Fact 3 of 9: ")
        # The same form sent again is for a fact the review has moved past: handed back.
        again = await fake.submit_modal(
            form_id,
            {"statement": "Something else.", "questions": "what else?"},
            message=review,
            member=fake.moderator,
        )
        told = await final(fake, again)
        assert told["content"].startswith(
            "This form was for fact 2, and the review has moved on since (it is at fact 3)"
        )
        assert "Something else." in told["content"]
        assert told["flags"] == EPHEMERAL

        _, saved = await press(fake, review, "Save 2 kept")
        assert saved["content"].startswith(f"Saved change #1: add-source {SOURCE_ID}.yaml.")
        text = (kb_dir / f"{SOURCE_ID}.yaml").read_text(encoding="utf-8")
        assert "statement: High needs funding goes up next year." in text
        assert "Something else." not in text


async def test_a_review_whose_first_write_failed_is_still_picked_up_after_a_restart(
    fake_discord: FakeDiscord, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = fake_discord
    keep = ReviewStates.keep
    calls = 0

    def full_disk_once(
        self: ReviewStates, review: SavedReview, raw: bytes | None = None, **how: Any
    ) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:  # the review's first write, with the uploaded answer
            raise OSError(28, "No space left on device")
        return keep(self, review, raw, **how)

    monkeypatch.setattr(ReviewStates, "keep", full_disk_once)
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        assert reviews_kept(settings) == []  # the disk was full
        review = await act(fake, review, "Keep")
        review = await act(fake, review, "Drop")
        assert [path.suffix for path in reviews_kept(settings)] == [".input", ".json"]

    async with running_bot(curated(settings), fake):
        # Before: only the review's .json was written after the failure, never its input, so
        # after a restart nothing could be picked up and both decisions were lost.
        review = await act(fake, review, "Keep")
        assert review["content"].startswith(PICKED_UP)
        assert title(review).startswith("Fact 4 of 9: ")


async def _review_choices(fake: FakeDiscord, typed: str, member: Any = None) -> list[JSON]:
    interaction = await fake.invoke_autocomplete(
        "kb ingest", {"review": typed}, focused="review", member=member or fake.moderator
    )
    callback = await fake.wait_for_callback(interaction)
    choices: list[JSON] = callback.json["data"]["choices"]
    return choices


async def test_any_unfinished_review_can_be_picked_and_one_discarded_alone(
    fake_discord: FakeDiscord, settings: Settings, kb_dir: Path
) -> None:
    fake = fake_discord
    knowledge = tree_hashes(kb_dir)
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, first = await open_review(fake, {"file": upload})
        await act(fake, first, "Keep")
        upload = fake.upload(
            OTHER_ANSWER.name, OTHER_ANSWER.read_bytes(), content_type="text/plain"
        )
        _, second = await open_review(fake, {"file": upload})
        await act(fake, second, "Drop")

    async with running_bot(curated(settings), fake):
        # Before: only the latest could be picked up, and the older one's message was gone.
        _, latest = await kb(fake, "ingest", {})
        assert latest["content"].startswith(PICKED_UP)
        assert (
            "1 other review(s) in progress: pick any of them with /kb ingest `review`"
            in (latest["content"])
        )
        choices = await _review_choices(fake, "")
        assert [choice["name"].split(":")[0] for choice in choices] == [
            OTHER_ANSWER.name,
            ANSWER.name,
        ]
        assert choices[1]["name"].startswith(f"{ANSWER.name}: fact 2 of 9, 1 kept · changed ")
        assert [c["value"] for c in await _review_choices(fake, "high needs")] == [
            choices[1]["value"]
        ]
        # Another moderator is offered none of them: a review is its moderator's.
        assert await _review_choices(fake, "", member=fake.owner) == []

        older = choices[1]["value"]
        _, picked = await open_review(fake, {"review": older})
        assert picked["content"].startswith(PICKED_UP)
        assert title(picked).startswith("Fact 2 of 9: ")
        cancelled = await act(fake, picked, "Cancel")
        assert cancelled["content"].startswith("Cancelled. Nothing was changed.")

        # Discarded alone: the other review is as it was left, and nothing was saved.
        assert [choice["value"] for choice in await _review_choices(fake, "")] == [
            choices[0]["value"]
        ]
        _, gone = await kb(fake, "ingest", {"review": older})
        assert gone["content"].startswith(f"You have no unfinished review `{older}`")
        _, left = await kb(fake, "ingest", {})
        assert left["content"].startswith(PICKED_UP)
        assert "other review" not in left["content"]
        assert title(left).startswith("Fact 2 of ")
        assert tree_hashes(kb_dir) == knowledge
        assert history_rows(settings.data_dir) == []


async def test_a_review_discarded_from_the_command_line_is_not_written_back_by_its_buttons(
    fake_discord: FakeDiscord, settings: Settings, kb_dir: Path
) -> None:
    fake = fake_discord
    knowledge = tree_hashes(kb_dir)
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        review = await act(fake, review, "Keep")
        [kept] = ReviewStates(settings.data_dir).unfinished()
        # As `sendbot kb reviews --discard ID` does, in another process, while it is open.
        assert ReviewStates(settings.data_dir).discard(kept.review_id) is not None

        # Before: the press went on, and wrote the discarded review back to disk.
        told = await act(fake, review, "Keep")
        assert told["content"].startswith(
            "This review was discarded (`sendbot kb reviews --discard`), so nothing was done"
        )
        assert all(off for _, _, off in buttons(told))
        assert reviews_kept(settings) == []
        assert tree_hashes(kb_dir) == knowledge


@pytest.mark.parametrize("label", ["Keep", "Skip answer"])
async def test_a_review_discarded_just_after_a_press_was_checked_is_not_written_back(
    fake_discord: FakeDiscord,
    settings: Settings,
    kb_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    label: str,
) -> None:
    """`sendbot kb reviews --discard ID` run after the press found the review still kept, before
    the press wrote its decision: the press says the review was discarded, and writes nothing
    back, for a fact decided or the next answer of a list shown."""
    fake = fake_discord
    knowledge = tree_hashes(kb_dir)

    async def then_discarded(view: Any, interaction: Any) -> bool:
        still = await checked(view, interaction)
        # As `sendbot kb reviews --discard ID` does (tests/cli/test_kb_reviews.py runs that
        # process against presses; here it must come within Discord's 3 s to answer a press).
        states = ReviewStates(settings.data_dir)
        assert await asyncio.to_thread(states.discard, view.review_id) is not None
        return still

    async with running_bot(curated(settings), fake):
        given = LIST_PAGE if label == "Skip answer" else ANSWER
        upload = fake.upload(given.name, given.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        review = await act(fake, review, "Keep")
        review_view = sys.modules["sendbot.discord_app.exts.kb_admin._review"].ReviewView
        checked = review_view.not_discarded
        monkeypatch.setattr(review_view, "not_discarded", then_discarded)

        told = await act(fake, review, label)
        assert told["content"].startswith(
            "This review was discarded (`sendbot kb reviews --discard`), so nothing was done"
        )
        assert all(off for _, _, off in buttons(told))
        assert reviews_kept(settings) == []
        assert ReviewStates(settings.data_dir).unfinished() == []
        assert tree_hashes(kb_dir) == knowledge


async def test_a_press_while_another_process_holds_the_reviews_answers_in_time_and_says_so(
    fake_discord: FakeDiscord, settings: Settings
) -> None:
    """`sendbot kb reviews --discard` (or another bot) holding the reviews folder's lock: a
    press is still answered within Discord's 3 s, its message says the step is not kept on
    disk yet, and the next press keeps it with every decision before it."""
    fake = fake_discord
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        assert [path.suffix for path in reviews_kept(settings)] == [".input", ".json"]
        # Before: the press waited for the lock for 10 s, past the time Discord gives it
        # to answer, and the moderator was told nothing.
        with exclusive_lock(settings.data_dir / "reviews", 1.0):
            review = await act(fake, review, "Keep")
        assert (
            "Not kept on disk yet: another process held the reviews folder." in (review["content"])
        )
        assert title(review).startswith("Fact 2 of 9: ")
        (kept,) = ReviewStates(settings.data_dir).unfinished()
        assert kept.reviews[0].position == 0  # the Keep is not on disk

        review = await act(fake, review, "Drop")
        assert "Not kept on disk yet" not in review["content"]
        (kept,) = ReviewStates(settings.data_dir).unfinished()
        assert kept.reviews[0].decisions[:2] == [Decision.KEEP, Decision.DROP]


async def test_a_save_that_finds_a_change_and_the_reviews_held_says_so_in_its_own_reply(
    fake_discord: FakeDiscord, settings: Settings
) -> None:
    """Save after another change, while another process holds the reviews folder: the
    review is not kept on disk yet, and Save's own reply says so (before, only the screen
    after the next press did)."""
    fake = fake_discord
    async with running_bot(curated(settings), fake):
        upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
        _, review = await open_review(fake, {"file": upload})
        review = await act(fake, review, "Keep")
        question = "what is the high needs pot for this year?"
        _, other = await kb(fake, "alias", {"fact": "high-needs-budget", "question": question})
        assert other["content"].startswith("Saved change #1")

        with exclusive_lock(settings.data_dir / "reviews", 1.0):
            _, told = await press(fake, review, "Save 1 kept")
        assert told["content"].startswith("The knowledge base changed while you reviewed")
        assert told["content"].endswith(
            "\n-# Not kept on disk yet: another process held the reviews folder. Your next "
            "press keeps this and every decision before it."
        )
        (kept,) = ReviewStates(settings.data_dir).unfinished()
        assert kept.revision == 1  # the new revision is not on disk

        review = await act(fake, review, "Keep")
        assert "Not kept on disk yet" not in review["content"]
        (kept,) = ReviewStates(settings.data_dir).unfinished()
        assert (kept.revision, kept.reviews[0].decisions[:2]) == (2, [Decision.KEEP] * 2)
        _, saved = await press(fake, review, "Save 2 kept")
        assert saved["content"].startswith(f"Saved change #2: add-source {SOURCE_ID}.yaml.")
