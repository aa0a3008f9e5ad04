"""/kb ingest through the fake Discord: a written answer uploaded (or fetched by UIN from a
fake Written Questions API) is drafted, reviewed fact by fact and saved as a new source in one
change, with history, the audit message, undo and redo."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    JSON,
    Unchanged,
    audit,
    button,
    buttons,
    final,
    kb,
    modal_inputs,
    opened_modal,
    press,
    redo,
    undo,
)
from tests.fake_wq_api import FakeApi, fake_api
from tests.fakediscord import FakeDiscord, FakeMember
from tests.storage.storekit import history_rows
from tests.storage.test_draft_file import ONE_FACT_ANSWER

DATA = Path(__file__).resolve().parents[1] / "data"
ANSWER = DATA / "written-answers" / "written-answer-2023-02-22-high-needs-funding-2023-24.txt"
API_DIR = DATA / "written-questions-api"
SPECIAL_SCHOOLS = "what increase will special schools get to their budgets?"
SOURCE_ID = "special-educational-needs-finance-2023-02-22"
DECLINED = "I don't have that in my sources."


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeApi]:
    with fake_api() as fake:
        monkeypatch.setenv("SENDBOT_WQ_API", fake.url)
        yield fake


async def ask(fake: FakeDiscord, question: str) -> str:
    """Everything the reply shows: its text, and its embed's text, fields and footer."""
    reply = await final(fake, await fake.invoke_slash("ask", {"question": question}))
    parts = [reply.get("content") or ""]
    for embed in reply.get("embeds", []):
        parts += [embed.get("title", ""), embed.get("description", "")]
        parts += [field["value"] for field in embed.get("fields", [])]
        parts.append(embed.get("footer", {}).get("text", ""))
    return "\n".join(part for part in parts if part)


async def open_review(
    fake: FakeDiscord, options: dict[str, object], *, member: FakeMember | None = None
) -> tuple[JSON, JSON]:
    """Run /kb ingest (as the moderator unless `member`); (what they read, the review)."""
    interaction, shown = await kb(fake, "ingest", options, member=member)
    message = fake.original_message(interaction)
    assert message is not None
    return shown, message


async def act(fake: FakeDiscord, message: JSON, label: str) -> JSON:
    """Press a review button that updates the review message; the message as it now is."""
    click, _ = await press(fake, message, label, followup=False)
    updated = fake.original_message(click)
    assert updated is not None
    return updated


def title(message: JSON) -> str:
    return str(message["embeds"][0]["title"])


@pytest.fixture
async def reviewing(start_curated: StartCurated) -> tuple[FakeDiscord, JSON]:
    """The bot on the curated base with ANSWER uploaded to /kb ingest and its first fact kept:
    (the fake Discord, the review message at fact 2 of 9)."""
    _, fake = await start_curated()
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    _, message = await open_review(fake, {"file": upload})
    return fake, await act(fake, message, "Keep")


async def test_upload_review_keep_edit_drop_save_then_undo(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    assert (await ask(fake, SPECIAL_SCHOOLS)).startswith(DECLINED)
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")

    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    shown, message = await open_review(fake, {"file": upload})
    assert shown["content"].startswith(
        f"Drafted 5 facts and 4 records of the answer itself from {ANSWER.name}."
    )
    assert "role is left out" in shown["content"]  # the page's later office
    assert title(message).startswith("Fact 1 of 9: ")
    assert [(label, off) for label, _, off in buttons(message)] == [
        ("Keep", False),
        ("Edit", False),
        ("Drop", False),
        ("Save 0 kept", True),
        ("Cancel", False),
    ]

    message = await act(fake, message, "Keep")
    assert title(message).startswith("Fact 2 of 9: ")
    # The drafted measure key and period: what ties this figure to other answers' figures.
    fields = {field["name"]: field["value"] for field in message["embeds"][0]["fields"]}
    assert fields["Measure"] == "`high-need-funding-increase` for 2023/24"
    message = await act(fake, message, "Drop")
    assert title(message).startswith("Fact 3 of 9: ")

    # Edit: a statement with a figure the quote does not have is refused; a good one is kept.
    await press(fake, message, "Edit", followup=False)
    custom_id, modal = opened_modal(fake, "Edit the drafted fact")
    # The sentence restating the rise is drafted with the sentence saying what rose.
    assert modal_inputs(modal)["statement"]["value"] == (
        "As a result of the additional funding following the Autumn Statement 2022, high needs "
        "funding will increase by £970 million in the 2023/24 financial year compared to "
        "2022/23. This is an increase of 10.6%."
    )
    assert {"measure", "period"} <= set(modal_inputs(modal))  # editable as any field
    review_message = message
    bad = await fake.submit_modal(
        custom_id,
        {"statement": "High needs funding rises by £999 million.", "questions": "how much?"},
        message=review_message,
        member=fake.moderator,
    )
    refused = await final(fake, bad)
    assert refused["content"].startswith("Not changed: the statement has figures")
    assert refused["content"].endswith("Edit opens with what you typed.")
    await press(fake, message, "Edit", followup=False)  # a form is submitted once: open again
    custom_id, modal = opened_modal(fake, "Edit the drafted fact")
    assert modal_inputs(modal)["statement"]["value"] == "High needs funding rises by £999 million."
    assert modal_inputs(modal)["questions"]["value"] == "how much?"
    good = await fake.submit_modal(
        custom_id,
        {
            "statement": "This is a 10.6% increase in high needs funding.",
            "questions": "by what percentage will high needs funding go up?\nhigh needs rise",
        },
        message=review_message,
        member=fake.moderator,
    )
    await final(fake, good, followup=False)
    message = fake.original_message(good) or {}
    assert title(message).startswith("Fact 4 of 9: ")
    message = await act(fake, message, "Keep")
    message = await act(fake, message, "Keep")
    # The records of who answered it and when, kept as drafted.
    assert title(message).startswith(f"Fact 6 of 9: {SOURCE_ID}-answered-by")
    for _ in range(4):
        message = await act(fake, message, "Keep")
    assert title(message) == "Review done: 8 of 9 facts kept"
    unchanged.check()  # nothing saved before Save

    _, saved = await press(fake, message, "Save 8 kept")
    assert saved["content"].startswith(
        f"Saved change #1: add-source {SOURCE_ID}.yaml. The knowledge base is now at revision 2"
    )
    text = (kb_dir / f"{SOURCE_ID}.yaml").read_text(encoding="utf-8")
    assert "statement: This is a 10.6% increase in high needs funding." in text
    assert (kb_dir / "sources" / f"{SOURCE_ID}.txt").read_bytes() == ANSWER.read_bytes()
    note = (await audit(fake, 1))["embeds"][0]["description"]
    assert f"{SOURCE_ID}.yaml with its document sources/{SOURCE_ID}.txt" in note
    assert "Revision 1 → 2" in note
    # Each fact added, with what it says (as edited in the review), not only its id.
    assert "\n    This is a 10.6% increase in high needs funding.\n" in note

    # Kept without edits, a fact already answers a question about its figure, citing it.
    reply = await ask(fake, SPECIAL_SCHOOLS)
    assert "3.4% increase to their budgets" in reply and "22 February 2023" in reply
    edited = await ask(fake, "by what percentage will high needs funding go up?")
    assert edited.startswith("This is a 10.6% increase in high needs funding.")

    _, undone = await undo(fake)
    assert undone["content"].startswith("Saved change #2: undo")
    assert not (kb_dir / f"{SOURCE_ID}.yaml").exists()
    assert (await ask(fake, SPECIAL_SCHOOLS)).startswith(DECLINED)
    assert not (kb_dir / "sources" / f"{SOURCE_ID}.txt").exists()

    # Undone by mistake: /kb redo brings back the source and its document.
    _, redone = await redo(fake)
    assert redone["content"].startswith(f"Saved change #3: redo {SOURCE_ID}.yaml (redo of #1).")
    assert (kb_dir / f"{SOURCE_ID}.yaml").read_text(encoding="utf-8") == text
    assert (kb_dir / "sources" / f"{SOURCE_ID}.txt").read_bytes() == ANSWER.read_bytes()
    assert "3.4% increase to their budgets" in await ask(fake, SPECIAL_SCHOOLS)
    note = (await audit(fake, 3))["embeds"][0]["description"]
    assert f"redid a change to {SOURCE_ID}.yaml (redoing change #1)" in note


async def test_cancel_and_other_moderators_change_nothing(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    upload = fake.upload(ANSWER.name, ANSWER.read_bytes(), content_type="text/plain")
    _, message = await open_review(fake, {"file": upload})
    message = await act(fake, message, "Keep")
    cancelled = await act(fake, message, "Cancel")
    assert cancelled["content"].startswith("Cancelled. Nothing was changed.")
    assert all(off for _, _, off in buttons(cancelled))
    unchanged.check()


async def test_a_change_saved_during_the_review_does_not_lose_it(
    reviewing: tuple[FakeDiscord, JSON], kb_dir: Path
) -> None:
    fake, message = reviewing
    message = await act(fake, message, "Keep")
    # Meanwhile another moderator saves a change.
    question = "what is the high needs pot for this year?"
    _, other = await kb(fake, "alias", {"fact": "high-needs-budget", "question": question})
    assert other["content"].startswith("Saved change #1")

    _, told = await press(fake, message, "Save 2 kept")
    assert told["content"].startswith(
        "The knowledge base changed while you reviewed (revision 1 is now 2). Your review is kept"
    )
    assert not (kb_dir / f"{SOURCE_ID}.yaml").exists()
    assert not any(off for label, _, off in buttons(message) if label.startswith("Save"))

    _, saved = await press(fake, message, "Save 2 kept")
    assert saved["content"].startswith(f"Saved change #2: add-source {SOURCE_ID}.yaml.")
    assert (kb_dir / f"{SOURCE_ID}.yaml").exists()
    # The other moderator's change stays.
    assert any(question in path.read_text(encoding="utf-8") for path in kb_dir.glob("*.yaml"))


async def test_two_reviews_saved_at_the_same_moment_both_end_up_saved(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    # The second Save waited for the first under the store's lock and was then refused with
    # "reopen it and make your change again", while its message said the review was kept.
    _, fake = await start_curated()
    other_answer = ANSWER.parent / "written-answer-2023-01-09-supported-internships.txt"
    reviews = []
    for member, path in ((fake.moderator, ANSWER), (fake.owner, other_answer)):
        upload = fake.upload(path.name, path.read_bytes(), content_type="text/plain")
        _, message = await open_review(fake, {"file": upload}, member=member)
        while not all(off for label, _, off in buttons(message) if label == "Keep"):
            click, _ = await press(fake, message, "Keep", member=member, followup=False)
            message = fake.original_message(click) or message
        reviews.append((member, message))

    async def save(member: FakeMember, message: JSON) -> tuple[JSON, JSON]:
        click = await fake.click(message, button(message, "Save"), member=member)
        return click, await final(fake, click)

    (first, first_told), (second, second_told) = await asyncio.gather(
        *(save(member, message) for member, message in reviews)
    )
    told = sorted([first_told["content"], second_told["content"]])
    assert told[0].startswith("Saved change #1: add-source ")
    assert told[1].startswith(
        "The knowledge base changed while you reviewed (revision 1 is now 2). Your review is kept"
    )
    waiting = second if second_told["content"] == told[1] else first
    member = reviews[0][0] if waiting is first else reviews[1][0]
    path = rf"/webhooks/{fake.application_id}/{waiting['token']}/messages/@original"
    await fake.wait_for_request("PATCH", path)  # the review shown again, its buttons back on
    message = fake.original_message(waiting)
    assert message is not None
    _, saved = await press(fake, message, "Save", member=member)
    assert saved["content"].startswith("Saved change #2: add-source ")
    assert len(history_rows(kb_dir.parent / "data")) == 2


async def test_a_holding_answer_is_not_drafted_and_says_why(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    data = (API_DIR / "HL9542.json").read_bytes()
    _, shown = await kb(fake, "ingest", {"file": fake.upload("HL9542.json", data)})
    assert shown["content"].startswith("Nothing drafted.")
    assert "holding answer" in shown["content"]
    assert buttons(shown) == []
    unchanged.check()


async def test_text_that_is_not_an_answer_is_refused_in_one_line(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    upload = fake.upload("notes.txt", b"Just some notes.\n", content_type="text/plain")
    _, shown = await kb(fake, "ingest", {"file": upload})
    assert shown["content"] == (
        "Nothing drafted: no 'Question to the <department>:' line found. Nothing was changed."
    )
    # A knowledge file belongs to /kb import; broken JSON is said to be that, not a download
    # to try again.
    knowledge_file = (kb_dir / "send-ap-improvement-plan-2024-02-08.yaml").read_bytes()
    upload = fake.upload("facts.yaml", knowledge_file)
    _, shown = await kb(fake, "ingest", {"file": upload})
    assert shown["content"].startswith("Nothing drafted: it is a knowledge file")
    assert "or /kb import on Discord. Nothing was changed." in shown["content"]
    upload = fake.upload("HL1.json", b'{"value": [', content_type="application/json")
    _, shown = await kb(fake, "ingest", {"file": upload})
    assert shown["content"] == (
        "Nothing drafted: not valid JSON: Expecting value at line 1. Nothing was changed."
    )
    # A one-fact answer is counted as one fact ("Drafted 1 facts" before).
    upload = fake.upload("one.txt", ONE_FACT_ANSWER.encode(), content_type="text/plain")
    _, shown = await kb(fake, "ingest", {"file": upload})
    assert shown["content"].startswith(
        "Drafted 1 fact and 4 records of the answer itself from one.txt. Keep, edit or drop each"
    )


async def test_a_pdf_image_or_word_file_is_named_as_what_it_is(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    """A PDF was refused as "not UTF-8 text (byte 0xe2): save it as UTF-8", which no one can do
    with a PDF; a .docx whose first bytes are ASCII as a page with no 'Question to' line."""
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    uploads = [
        ("answer.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf", "a PDF"),
        ("answer.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "a PNG image"),
        ("answer.docx", b"PK\x03\x04\x14\x00\x06\x00", None, "a ZIP archive (a Word .docx"),
    ]
    for name, data, content_type, kind in uploads:
        upload = fake.upload(name, data, content_type=content_type)
        _, shown = await kb(fake, "ingest", {"file": upload})
        assert shown["content"].startswith(f"Nothing drafted: {name} is {kind}")
        assert "Upload the written answer's page saved as text (.txt)" in shown["content"]
        assert shown["content"].endswith("Nothing was changed.")
        assert "UTF-8" not in shown["content"] and buttons(shown) == []
    unchanged.check()


async def test_a_uin_is_fetched_from_the_api_and_reviewed(
    start_curated: StartCurated, kb_dir: Path, api: FakeApi
) -> None:
    _, fake = await start_curated()
    api.plan["199438"] = [503]  # retried
    shown, message = await open_review(fake, {"answer": "199438"})
    assert shown["content"].startswith(
        "Drafted 5 facts and 4 records of the answer itself from 199438.json."
    )
    assert len(api.requests) == 2
    assert title(message).startswith("Fact 1 of 9: ")
    _, unknown = await kb(fake, "ingest", {"answer": "4242"})
    assert unknown["content"].startswith("Nothing drafted: no written question with UIN 4242")


async def test_neither_or_both_inputs_are_refused(start_curated: StartCurated) -> None:
    _, fake = await start_curated()
    _, neither = await kb(fake, "ingest", {})
    assert neither["content"].startswith("Give either `file` or `answer`")


async def test_a_list_page_is_reviewed_answer_by_answer(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    page = DATA / "list-pages" / "dfe-written-questions.txt"
    upload = fake.upload(page.name, page.read_bytes(), content_type="text/plain")
    shown, message = await open_review(fake, {"file": upload})
    assert shown["content"].startswith("answer 1 ('Special Educational Needs') (3 more after it)")
    assert "Skip answer" in [label for label, _, _ in buttons(message)]

    # The first answer: keep its first fact only, and save it.
    message = await act(fake, message, "Keep")
    while title(message).startswith("Fact "):
        message = await act(fake, message, "Drop")
    click, saved = await press(fake, message, "Save 1 kept")
    assert saved["content"].startswith("Saved change #1: add-source special-educational-needs-2023")
    assert len(list(kb_dir.glob("*.yaml"))) == 2

    # The same message then shows the second answer, with fresh buttons.
    token = re.escape(click["token"])
    await fake.wait_for_request("PATCH", rf"/webhooks/\d+/{token}/messages/@original")
    message = fake.messages[int(message["id"])]
    assert message["content"].startswith("answer 2 ('Special Educational Needs: Finance')")
    message = await act(fake, message, "Skip answer")
    assert message["content"].startswith("answer 3 ")
    cancelled = await act(fake, message, "Cancel")
    assert cancelled["content"] == "Cancelled. 1 answer(s) saved before this stay saved."
    assert len(list(kb_dir.glob("*.yaml"))) == 2


async def test_an_answer_already_in_the_knowledge_base_is_not_reviewed_again(
    start_curated: StartCurated, kb_dir: Path, api: FakeApi
) -> None:
    _, fake = await start_curated()
    # The answer the knowledge base was built from, uploaded as a moderator might.
    own = kb_dir / "sources" / "written-answer-2024-02-08-send-ap-improvement-plan.txt"
    _, shown = await kb(fake, "ingest", {"file": fake.upload("plan.txt", own.read_bytes())})
    assert shown["content"].splitlines() == [
        "special-educational-needs-2024-02-08 is the written answer already in the knowledge "
        "base as source send-ap-improvement-plan-2024-02-08 (the same answer text); change its "
        "facts with /kb edit or add one with /kb add instead (or /kb export its file, edit it "
        "and bring it back with /kb import).",
        "Nothing was changed.",
    ]
    assert buttons(shown) == []

    # One fetched by its UIN and saved, then its page uploaded: the same answer text.
    _, message = await open_review(fake, {"answer": "199438"})
    while title(message).startswith("Fact "):
        message = await act(fake, message, "Keep")
    await press(fake, message, "Save 9 kept")
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    page = DATA / "written-answers" / "written-answer-2023-09-26-high-needs-funding-2024-25.txt"
    _, shown = await kb(fake, "ingest", {"file": fake.upload(page.name, page.read_bytes())})
    assert "is the written answer already in the knowledge base as source " in shown["content"]
    assert buttons(shown) == []
    unchanged.check()

    # A list holding it among others: the others are reviewed, and it is said to be left out.
    listed = DATA / "list-pages" / "dfe-written-questions.txt"
    shown, _ = await open_review(fake, {"file": fake.upload(listed.name, listed.read_bytes())})
    assert shown["content"].startswith("answer 1 ('Special Educational Needs') (2 more after it)")
    assert "\n-# answer 2 ('Special Educational Needs: Finance') is left out: " in shown["content"]
    unchanged.check()


async def test_a_refused_save_keeps_the_review_usable(
    reviewing: tuple[FakeDiscord, JSON], kb_dir: Path
) -> None:
    fake, message = reviewing
    # A file of the source's name appears on disk meanwhile: the store refuses to overwrite it.
    stray = kb_dir / f"{SOURCE_ID}.yaml"
    stray.write_text("# not a knowledge file yet\n", encoding="utf-8")

    click, told = await press(fake, message, "Save 1 kept")
    assert "already exists" in told["content"]
    hook = rf"/webhooks/{fake.application_id}/{click['token']}/messages/@original"
    await fake.wait_for_request("PATCH", hook)  # the review shown again after the refusal
    review = fake.original_message(click)
    assert review is not None
    assert "Not saved" in review["content"]
    assert title(review).startswith("Fact 2 of 9: ")  # where the moderator was
    assert not any(off for _, _, off in buttons(review))  # Keep, Edit, Drop, Save, Cancel

    stray.unlink()
    review = await act(fake, review, "Keep")
    _, saved = await press(fake, review, "Save 2 kept")
    assert saved["content"].startswith(f"Saved change #1: add-source {SOURCE_ID}.yaml.")
    assert (kb_dir / f"{SOURCE_ID}.yaml").exists()


async def test_an_over_long_statement_refused_in_review_reopens_cut_to_fit(
    reviewing: tuple[FakeDiscord, JSON], kb_dir: Path
) -> None:
    """Edit after a refused 3,000-character statement asked Discord for a box pre-filled
    beyond its 300-character limit: Discord refused the form and the moderator got an error."""
    fake, message = reviewing
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    await press(fake, message, "Edit", followup=False)
    custom_id, _ = opened_modal(fake, "Edit the drafted fact")
    bad = await fake.submit_modal(
        custom_id,
        {"statement": "c" * 3000, "questions": "how much?"},
        message=message,
        member=fake.moderator,
    )
    refused = await final(fake, bad)
    assert refused["content"].startswith("Not changed: the statement is over 300 characters.")
    await press(fake, message, "Edit", followup=False)
    _, modal = opened_modal(fake, "Edit the drafted fact")
    assert modal_inputs(modal)["statement"]["value"] == "c" * 300
    assert modal_inputs(modal)["questions"]["value"] == "how much?"
    unchanged.check()


async def test_an_answer_dated_in_the_future_is_refused_naming_the_date_and_field(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, kb_dir.parent / "data")
    # A slip of two digits in the year: its figures would be "the newest" for decades.
    typo = ANSWER.read_text(encoding="utf-8").replace("22nd February 2023", "22nd February 2032")
    assert "2032" in typo
    upload = fake.upload("typo.txt", typo.encode(), content_type="text/plain")
    _, shown = await kb(fake, "ingest", {"file": upload})
    assert shown["content"] == (
        f"Nothing drafted: source.answered: 2032-02-22 is after today, {dt.date.today()}: a typo? "
        "Nothing was changed."
    )
    assert buttons(shown) == []
    unchanged.check()


@pytest.mark.parametrize(
    ("statement", "questions", "refusal"),
    [
        (
            "{drafted} @everyone",
            "how much?",
            "Not changed: the statement contains a Discord mention",
        ),
        (
            "{drafted}",
            "how much?\n<@&55> by how much?",
            "Not changed: a question contains a Discord mention",
        ),
        (
            "{drafted}",
            "how much?\nHow much is the high needs budget",
            "Not changed: fact high-needs-budget already has the question",
        ),
        (
            "{drafted}",
            "how much?\n???",
            "Not changed: the question '???' has no words (letters or digits) to match",
        ),
    ],
)
async def test_an_edit_save_would_refuse_is_refused_at_once_and_the_review_still_saves(
    reviewing: tuple[FakeDiscord, JSON], kb_dir: Path, statement: str, questions: str, refusal: str
) -> None:
    """Edit kept a statement with @everyone (or a question of only punctuation) and moved on;
    Save then refused the whole file, at a fact the review cannot go back to: the moderator's
    only way out was Cancel, losing every decision."""
    fake, message = reviewing
    await press(fake, message, "Edit", followup=False)
    custom_id, modal = opened_modal(fake, "Edit the drafted fact")
    drafted = modal_inputs(modal)["statement"]["value"]
    bad = await fake.submit_modal(
        custom_id,
        {"statement": statement.format(drafted=drafted), "questions": questions},
        message=message,
        member=fake.moderator,
    )
    refused = await final(fake, bad)
    assert refused["content"].startswith(refusal)
    assert title(message).startswith("Fact 2 of 9: ")  # still there to fix

    while not title(message).startswith("Review done"):
        message = await act(fake, message, "Keep")
    _, saved = await press(fake, message, "Save 9 kept")
    assert saved["content"].startswith(f"Saved change #1: add-source {SOURCE_ID}.yaml.")
