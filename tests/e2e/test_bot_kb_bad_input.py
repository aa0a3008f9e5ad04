"""Bad input through Discord: each is refused with a clear, ephemeral message naming the field
and the problem, and the knowledge files and change log stay byte-identical."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sendbot.discord_app.exts.kb_admin._cog import WHICH_FACT
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import (
    EPHEMERAL,
    Unchanged,
    audit,
    audit_messages,
    buttons,
    final,
    kb,
    kb_text,
    modal_inputs,
    press,
    submit,
)
from tests.storage.storekit import KB_FILE, OTHER_ANSWER, refuse_writes_in

STATEMENT = "The department has approved a further 76 special free schools."
QUOTE = "The department has also approved a further 76 special free schools"
PING_ROLE = "<@&123456789012345678>"


def new_fact(**changes: str) -> dict[str, str]:
    values = {
        "title": "Special free schools approved",
        "statement": STATEMENT,
        "quote": QUOTE,
        "questions": "how many special free schools are approved?",
        "tags": "special-schools",
    }
    values.update(changes)
    return values


def refused(reply: dict[str, object]) -> list[str]:
    assert reply["flags"] == EPHEMERAL
    content = reply["content"]
    assert isinstance(content, str)
    return content.splitlines()


NEW_FACT_CASES: list[tuple[dict[str, str], str]] = [
    (
        {"quote": "The department has approved 76 special free schools"},
        "• **facts[special-free-schools-approved].quote**: not found verbatim in the "
        f"source document ({KB_FILE})",
    ),
    (
        {"statement": "The department has approved a further 99 special free schools."},
        "• **facts[special-free-schools-approved].statement**: states '99', a figure the "
        f"quote does not give ({KB_FILE})",
    ),
    (
        {"statement": "x " * 160},
        "• **facts[special-free-schools-approved].statement**: is 319 characters; the "
        f"limit is 300 ({KB_FILE})",
    ),
    (
        {"title": "t" * 81},
        "• **facts[t" + "t" * 59 + f"].title**: is 81 characters; the limit is 80 ({KB_FILE})",
    ),
    (
        {"questions": "ok?\n" + "q" * 201},
        "• **facts[special-free-schools-approved].questions[1]**: is 201 characters; "
        f"the limit is 200 ({KB_FILE})",
    ),
    (
        {"statement": f"@everyone {STATEMENT}"},
        "• **facts[special-free-schools-approved].statement**: contains a Discord mention "
        f"(@\u200beveryone, @\u200bhere or <@...>) ({KB_FILE})",
    ),
    (
        {"questions": f"how many schools? {PING_ROLE}"},
        "• **facts[special-free-schools-approved].questions[0]**: contains a Discord "
        f"mention (@\u200beveryone, @\u200bhere or <@...>) ({KB_FILE})",
    ),
]


async def test_a_new_fact_that_does_not_validate_is_refused(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    for changes, problem in NEW_FACT_CASES:
        await kb(fake, "add")  # a submitted form is closed: open a new one for each
        lines = refused(await submit(fake, "Add a fact", new_fact(**changes)))
        assert lines == [
            "Nothing was changed. The change does not pass validation (1 problem):",
            problem,
        ], changes
        unchanged.check()
    assert audit_messages(fake) == []


async def test_a_title_that_makes_a_taken_id_says_so_and_how_to_choose_another(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    """The moderator typed no id: "a fact with id 'special-schools-opened' already exists"
    named one they never typed, and the form opened again made the same id again."""
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    await kb(fake, "add")
    lines = refused(await submit(fake, "Add a fact", new_fact(title="Special schools opened")))
    assert lines == [
        "Nothing was changed. The title makes the id `special-schools-opened`, which a fact "
        "already has (in send-ap-improvement-plan-2024-02-08): change the title, or give the "
        "new fact another id with `/kb add id:`."
    ]
    kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    while "What you typed is kept" not in (kept.json.get("content") or ""):
        kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    unchanged.check()
    # With an id of its own, the same title is saved.
    await kb(fake, "add", {"id": "special-free-schools-approved"})
    saved = await submit(fake, "Add a fact", new_fact(title="Special schools opened"))
    assert saved["content"].startswith("Saved change #1: add `special-free-schools-approved`")


async def test_an_edit_that_breaks_the_quote_is_refused(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    await kb(fake, "edit", {"fact": "high-needs-budget"})
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    lines = refused(await submit(fake, "Edit a fact", {"quote": "Backed by over £11 billion"}))
    assert lines[0].startswith("Nothing was changed. The change does not pass validation (")
    assert lines[1] == (
        "• **facts[high-needs-budget].quote**: not found verbatim in the source document "
        f"({KB_FILE})"
    )
    assert (
        "• **facts[high-needs-budget].figures[0].value**: 10500000000 (money) is not in the "
        f"quote ({KB_FILE})"
    ) in lines
    unchanged.check()


async def test_a_statement_over_the_limit_reopens_its_form_cut_to_fit(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    """A 3,000-character statement (more than the form's box takes: a client that does not
    enforce it) was refused; *Open the form with what I typed* then asked Discord for a box
    pre-filled beyond its own limit, which Discord refuses, and the moderator got an error."""
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    await kb(fake, "add")
    lines = refused(await submit(fake, "Add a fact", new_fact(statement="a" * 3000)))
    assert lines[1] == (
        "• **facts[special-free-schools-approved].statement**: is 3000 characters; the limit "
        f"is 300 ({KB_FILE})"
    )
    kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    while "What you typed is kept" not in (kept.json.get("content") or ""):
        kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    message = next(
        m for m in fake.messages.values() if "What you typed" in (m.get("content") or "")
    )
    _, modal = await press(fake, message, "Open the form with what I typed")
    assert modal["title"] == "Add a fact"
    assert modal_inputs(modal)["statement"]["value"] == "a" * 300
    assert modal_inputs(modal)["quote"]["value"] == QUOTE
    unchanged.check()


async def test_a_refused_alias_form_reopens_with_the_question_as_reworded(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    """/kb gaps' "another fact…" opens the alias form on the logged question; a moderator who
    reworded it and mistyped the fact id was refused, and pressing the button again showed the
    logged question, not theirs: the rewording was lost."""
    _, fake = await start_curated()
    await final(fake, await fake.invoke_slash("ask", {"question": "school buses in wales?"}))
    interaction, _ = await kb(fake, "gaps")
    gaps = fake.original_message(interaction)
    assert gaps is not None
    await press(fake, gaps, "#1 another fact")
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    reworded = {"question": "how many new special schools in wales?", "fact": "special-schools"}
    lines = refused(await submit(fake, "Add a way of asking", reworded))
    assert lines == ["Nothing was changed. Refused: there is no fact with id 'special-schools'."]
    kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    while "What you typed is kept" not in (kept.json.get("content") or ""):
        kept = await fake.wait_for_request("POST", r"/webhooks/.*")
    assert kept.json["flags"] == EPHEMERAL
    unchanged.check()

    message = next(
        m for m in fake.messages.values() if "What you typed" in (m.get("content") or "")
    )
    _, modal = await press(fake, message, "Open the form with what I typed")
    assert modal["title"] == "Add a way of asking"
    assert {name: box["value"] for name, box in modal_inputs(modal).items()} == reworded
    saved = await submit(fake, "Add a way of asking", {"fact": "special-schools-opened"})
    assert saved["content"].startswith("Saved change #1: alias `special-schools-opened`")
    assert "how many new special schools in wales?" in kb_text(kb_dir)


async def test_markdown_is_saved_as_typed_and_shown_escaped(
    start_curated: StartCurated, kb_dir: Path
) -> None:
    _, fake = await start_curated()
    question = "**budget** for _high_ needs ~~now~~ `x`?"
    _, saved = await kb(fake, "alias", {"fact": "high-needs-budget", "question": question})
    assert saved["content"].startswith("Saved change #1")
    assert question in kb_text(kb_dir)
    note = (await audit(fake, 1))["embeds"][0]["fields"][1]["value"]
    assert note.endswith("+ \\*\\*budget\\*\\* for \\_high\\_ needs \\~\\~now\\~\\~ \\`x\\`?")


REFUSED_COMMANDS: list[tuple[str, dict[str, str | bool], str]] = [
    # Greeted, thanked or helped whatever fact holds it, forced or not: never the fact.
    (
        "alias",
        {"fact": "high-needs-budget", "question": "hey hey"},
        "Nothing was changed. Refused: 'hey hey' gets a greeting reply, not a fact, even as a "
        "question of 'high-needs-budget': add the way people ask for what the fact says.",
    ),
    (
        "alias",
        {"fact": "special-schools-opened", "question": "cheers!", "force": True},
        "Nothing was changed. Refused: 'cheers!' gets a greeting reply, not a fact, even as a "
        "question of 'special-schools-opened': add the way people ask for what the fact says.",
    ),
    (
        "alias",
        {"fact": "high-needs-budget", "question": "what else can you tell me?"},
        "Nothing was changed. Refused: 'what else can you tell me?' gets a help reply, not a "
        "fact, even as a question of 'high-needs-budget': add the way people ask for what the "
        "fact says.",
    ),
    (
        "alias",
        {"fact": "no-such-fact", "question": "what?"},
        "Nothing was changed. Refused: there is no fact with id 'no-such-fact'.",
    ),
    (
        "alias",
        {"fact": "high-needs-budget", "question": f"@everyone {PING_ROLE} money?"},
        "Nothing was changed. The change does not pass validation (1 problem):\n"
        "• **facts[high-needs-budget].questions[1]**: contains a Discord mention "
        f"(@\u200beveryone, @\u200bhere or <@...>) ({KB_FILE})",
    ),
    (
        "alias",
        {"fact": "high-needs-budget", "question": "How much is the  high needs budget?"},
        "Nothing was changed. Refused: 'high-needs-budget' already has the question 'how "
        "much is the high needs budget?'.",
    ),
    (
        "edit",
        {"fact": "no-such-fact"},
        "Nothing was changed. Refused: there is no fact with id 'no-such-fact'.",
    ),
    (
        "remove",
        {"fact": "no-such-fact"},
        "Nothing was changed. Refused: there is no fact with id 'no-such-fact'.",
    ),
    # A `fact` of spaces (Discord sends a required option as typed): it read "no fact with
    # id ''", naming none.
    ("edit", {"fact": "  "}, WHICH_FACT),
    ("remove", {"fact": "  "}, WHICH_FACT),
    ("alias", {"fact": "  ", "question": "what is it?"}, WHICH_FACT),
    (
        "add",
        {"id": "high-needs-budget"},
        "Nothing was changed. Refused: a fact with id 'high-needs-budget' already exists (in "
        "send-ap-improvement-plan-2024-02-08).",
    ),
    (
        "add",
        {"source": "no-such-source"},
        "Nothing was changed. Refused: there is no source with id 'no-such-source'.",
    ),
    ("undo", {}, "There is nothing to undo: no change has been saved yet. Nothing was changed."),
    ("redo", {}, "There is nothing to redo: no change has been undone. Nothing was changed."),
]


async def test_refused_commands(start_curated: StartCurated, kb_dir: Path, tmp_path: Path) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    for sub, options, expected in REFUSED_COMMANDS:
        _, reply = await kb(fake, sub, options)
        assert reply["content"] == expected, (sub, options)
        assert reply["flags"] == EPHEMERAL
    assert fake.modals == {}
    unchanged.check()


DEEP = "revision: 1\nsource:\n" + "".join(f"{'  ' * n}k{n}:\n" for n in range(1, 20)) + "x: 1\n"
LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
    for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)


def original(kb_dir: Path) -> str:
    return kb_text(kb_dir)


BAD_IMPORTS: list[tuple[str, Callable[[str], bytes], str]] = [
    (
        KB_FILE,
        lambda text: text.replace("facts:\n", "facts:\n  - [unclosed\n").encode(),
        "YAML syntax error",
    ),
    (
        KB_FILE,
        lambda text: text.replace("    title: High needs budget\n", "    titel: Oops\n").encode(),
        "• **facts[high-needs-budget].titel**: unknown field",
    ),
    (
        KB_FILE,
        lambda text: text.replace("id: high-needs-budget", "id: special-schools-opened").encode(),
        "duplicate id 'special-schools-opened' (also line 20)",
    ),
    (  # a question under two facts: `kb check` refuses it (the import saved it)
        KB_FILE,
        lambda text: text.replace(
            "how much is the high needs budget?", "how many special schools opened?"
        ).encode(),
        "fact special-schools-opened already has this question: keep it under one fact",
    ),
    (KB_FILE, lambda text: DEEP.encode(), "nested more than 12 levels deep"),
    (KB_FILE, lambda text: LAUGHS.encode(), "anchors and aliases (& and \\*) are not allowed"),
    (
        KB_FILE,
        lambda text: text.encode().replace("£10.5".encode(), b"\xa310.5"),
        "not UTF-8 text (byte 0xa3, '£' in Windows-1252): save it as UTF-8",
    ),
    (KB_FILE, lambda text: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF, not a text file"),
    (
        "synonyms.yaml",
        lambda text: text.encode(),
        "Refused: 'synonyms.yaml' is not a knowledge file name",
    ),
    (
        "notes.txt",
        lambda text: text.encode(),
        "Refused: 'notes.txt' is not a knowledge file name",
    ),
    (  # a written answer's page, which /kb ingest drafts
        "answer.txt",
        lambda text: OTHER_ANSWER.read_bytes(),
        "Refused: 'answer.txt' is a written answer, not a knowledge file: draft one from it "
        "with 'sendbot kb build answer.txt', or /kb ingest on Discord",
    ),
]


async def test_a_bad_import_is_refused_with_its_problems(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    for name, make, expected in BAD_IMPORTS:
        upload = fake.upload(name, make(original(kb_dir)))
        _, reply = await kb(fake, "import", {"file": upload})
        assert reply["flags"] == EPHEMERAL
        assert expected in reply["content"], (expected, reply["content"])
        assert reply["content"].startswith("Nothing was changed.")
        assert buttons(reply) == []
        unchanged.check()


async def test_a_10_mb_import_is_refused_without_downloading_it(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    upload = fake.upload(KB_FILE, b"#" * (10 * 1024 * 1024))
    _, reply = await kb(fake, "import", {"file": upload})
    assert reply["content"].splitlines() == [
        "Nothing was changed. The file does not pass validation (1 problem):",
        f"• file is 10,485,760 bytes; the limit is 2,000,000 bytes ({KB_FILE})",
    ]
    assert fake.find_requests("GET", r"/attachments/.*") == []
    unchanged.check()


async def test_an_import_larger_than_it_claims_is_cut_off(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    upload = fake.upload(KB_FILE, b"#" * 3_000_000, size=1_000)
    _, reply = await kb(fake, "import", {"file": upload})
    assert reply["content"].splitlines() == [
        "Nothing was changed. The file does not pass validation (1 problem):",
        f"• file is over the limit of 2,000,000 bytes ({KB_FILE})",
    ]
    unchanged.check()


async def test_a_knowledge_directory_sendbot_cannot_write_is_named_not_an_internal_error(
    start_curated: StartCurated, kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, fake = await start_curated()
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    refuse_writes_in(monkeypatch, kb_dir)
    _, reply = await kb(fake, "alias", {"fact": "high-needs-budget", "question": "the HNB?"})
    assert reply["flags"] == EPHEMERAL
    content = reply["content"].replace("\\", "")  # the path's markdown escapes
    assert content.startswith(f"Nothing was changed. Refused: cannot write {kb_dir / KB_FILE}")
    assert "(Operation not permitted); sendbot needs to write in the knowledge directory" in content
    assert "something went wrong" not in content
    unchanged.check()
    assert audit_messages(fake) == []
