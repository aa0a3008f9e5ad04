"""The fact form: questions one per line, tags comma-separated, ids made from titles."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sendbot.discord_app.exts.kb_admin._form_fields import (
    QUESTIONS_LIMIT,
    TAGS_LIMIT,
    TEXT_INPUT_LIMIT,
    FactForm,
    box_digest,
    changed_boxes,
    parse_questions,
    parse_tags,
    questions_fit,
    rebased,
    slugify,
)
from sendbot.knowledge.model import Fact
from sendbot.knowledge.parse import MAX_LENGTH

FACT = Fact(
    id="special-schools-opened",
    statement="In this academic year the department has opened 15 new special schools.",
    quote="In this academic year alone, the department has opened 15 new special schools",
    questions=("how many special schools opened?", "new special schools"),
    as_of=dt.date(2024, 2, 8),
    source_id="src",
    title="New special schools opened",
    tags=("special-schools", "places"),
)


def test_questions_one_per_line_without_blanks_bullets_or_repeats() -> None:
    text = (
        "how many special schools opened?\r\n\n  - new special schools  \n"
        "• number of  special\tschools\n2. what opened?\nHOW MANY special schools opened?\n"
    )
    assert parse_questions(text) == [
        "how many special schools opened?",
        "new special schools",
        "number of special schools",
        "what opened?",
    ]
    assert parse_questions("  \n\n") == []
    # pasted as someone asked them: the quotation marks around a question are no part of it
    assert parse_questions(
        '"how much went to pins?"\n\u201cwhat is pins\u201d?\nhow much is PINS?'
    ) == [
        "how much went to pins?",
        "what is pins?",
        "how much is PINS?",
    ]
    assert parse_questions('"high needs" or "core" budget?') == ['"high needs" or "core" budget?']


def test_tags_comma_or_line_separated_lower_case_hyphenated() -> None:
    assert parse_tags("Special Schools, funding,\nfunding, , high needs ") == [
        "special-schools",
        "funding",
        "high-needs",
    ]
    assert parse_tags("") == []


def test_slugify() -> None:
    assert slugify("New special schools (2024/25)") == "new-special-schools-2024-25"
    assert slugify("  Café — über £10.5bn!  ") == "cafe-uber-10-5bn"
    assert slugify("!!!") == ""
    long = slugify("word " * 40)
    assert len(long) <= 60 and not long.endswith("-") and long.startswith("word-word")


def test_prefilled_from_a_fact_and_unchanged_means_no_changes() -> None:
    form = FactForm.of(FACT)
    assert form.questions == "how many special schools opened?\nnew special schools"
    assert form.tags == "special-schools, places"
    assert form.changes(FACT) == {}


def test_changes_name_only_what_differs_and_none_removes() -> None:
    form = FactForm(
        title="",
        statement=FACT.statement + "  ",
        quote="In this academic year alone",
        questions="how many special schools opened?\nnew special schools\nspecial school count",
        tags="",
    )
    assert form.changes(FACT) == {
        "title": None,
        "quote": "In this academic year alone",
        "questions": [
            "how many special schools opened?",
            "new special schools",
            "special school count",
        ],
        "tags": None,
    }
    assert "questions" not in form.changes(FACT, with_questions=False)


def test_new_fact_fields() -> None:
    form = FactForm(title=" Title ", statement=" S ", quote="Q", questions="a?\nb?", tags="x, Y z")
    assert form.new_fact("an-id", "2024-02-08") == {
        "id": "an-id",
        "title": "Title",
        "statement": "S",
        "quote": "Q",
        "questions": ["a?", "b?"],
        "tags": ["x", "y-z"],
        "as_of": "2024-02-08",
    }
    bare = FactForm(statement="S", quote="Q", questions="a?").new_fact("id", "2024-02-08")
    assert "title" not in bare and "tags" not in bare


def test_limits_fit_discord_and_the_validator() -> None:
    assert QUESTIONS_LIMIT == TEXT_INPUT_LIMIT == 4000
    assert TAGS_LIMIT <= TEXT_INPUT_LIMIT
    assert MAX_LENGTH["title"] <= TEXT_INPUT_LIMIT and MAX_LENGTH["quote"] <= TEXT_INPUT_LIMIT
    assert questions_fit(FACT)
    many = tuple(f"question number {n} " + "x" * 150 for n in range(30))
    assert not questions_fit(dataclasses.replace(FACT, questions=many))


def test_a_form_reopened_on_a_changed_fact_keeps_only_the_boxes_typed_into() -> None:
    """Another moderator added a question and retitled the fact; this one had changed the
    statement, and the title too: their statement and title stay, the new question shows."""
    now = dataclasses.replace(
        FACT, title="Special schools opened", questions=(*FACT.questions, "schools count")
    )
    typed = dataclasses.replace(
        FactForm.of(FACT), statement="Fifteen new special schools.", title="Schools opened"
    )
    form = rebased(typed, FACT, now)
    assert form.statement == "Fifteen new special schools."
    assert form.title == "Schools opened"  # typed into by both: what this moderator typed
    assert form.questions.splitlines()[-1] == "schools count"
    assert (form.quote, form.tags) == (FACT.quote, "special-schools, places")
    assert form.changes(now) == {
        "statement": "Fifteen new special schools.",
        "title": "Schools opened",
    }


def test_a_late_form_tells_its_changed_boxes_from_the_digest_it_was_opened_with() -> None:
    """After a restart only the digest in the form's custom_id is left of the fact as opened:
    the boxes typed into are told from it (a reformatted list is not a change, as in
    `changes`), and reopened on the fact as it is now, only they keep what was typed."""
    digest = box_digest(FactForm.of(FACT))
    assert len(digest) == 15
    typed = dataclasses.replace(
        FactForm.of(FACT),
        statement="Fifteen new special schools.",
        tags="Special Schools,places",  # the same tags, typed otherwise
    )
    assert changed_boxes(typed, digest) == {"statement"}
    now = dataclasses.replace(FACT, questions=(*FACT.questions, "schools count"))
    form = rebased(typed, digest, now)
    assert form.statement == "Fifteen new special schools."
    assert form.questions.splitlines()[-1] == "schools count"
    assert form.changes(now) == {"statement": "Fifteen new special schools."}
