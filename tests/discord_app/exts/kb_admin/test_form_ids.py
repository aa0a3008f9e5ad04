"""A /kb form's custom_id carries what the form is for, so a late submission can be saved."""

from __future__ import annotations

from sendbot.discord_app.exts.kb_admin._form_ids import (
    CUSTOM_ID_LIMIT,
    FactFormId,
    alias_form_id,
    fact_form_id,
    is_alias_form_id,
    read_fact_form_id,
    read_review_button_id,
    read_review_form_id,
    review_button_id,
    review_form_id,
)

EDIT = FactFormId(12, "2024-02-08", "special-schools-opened", digest="0a1b2c3d4e5f6a7")
ADD = FactFormId(3, "2024-02-08", "", source_id="wq-2024-02-08")


def test_an_edit_and_an_add_read_back_as_they_were_opened() -> None:
    for form in (EDIT, ADD, FactFormId(5, None, "high-needs-budget", digest="abc")):
        custom_id = fact_form_id(form)
        assert custom_id is not None and len(custom_id) <= CUSTOM_ID_LIMIT
        assert read_fact_form_id(custom_id) == form


def test_two_forms_opened_alike_have_different_ids() -> None:
    """Discord's client and discord.py's store tell open forms apart by custom_id alone."""
    assert fact_form_id(EDIT) != fact_form_id(EDIT)
    assert alias_form_id() != alias_form_id()
    assert is_alias_form_id(alias_form_id())


def test_ids_too_long_for_discord_make_no_id_and_other_ids_are_not_read() -> None:
    assert fact_form_id(FactFormId(1, "2024-02-08", "x" * 90, digest="0" * 15)) is None
    for other in ("", "3f9a0c", "kbf/edit/x/2024-02-08/abc/ffffff/id", "kbf/add/1///ff/"):
        assert read_fact_form_id(other) is None
    assert not is_alias_form_id("kbf/add/1/2024-02-08/src/ffffff/")


def test_a_review_button_and_edit_form_name_the_review_kept_on_disk() -> None:
    """Pressed after a restart, a review's button still says which review and what to do."""
    for action in ("keep", "edit", "drop", "save", "skip", "cancel"):
        assert read_review_button_id(review_button_id("0123456789ab", action)) == (
            "0123456789ab",
            action,
        )
    assert read_review_form_id(review_form_id("0123456789ab", 3)) == ("0123456789ab", 3)
    assert len(review_button_id("0123456789ab", "cancel")) <= CUSTOM_ID_LIMIT
    for other in ("kbr/0123456789ab/publish", "kbr/x", "kbre/0123456789ab/x", "kbf/add/1///ff/"):
        assert read_review_button_id(other) is None
        assert read_review_form_id(other) is None
