"""The custom_id of a /kb form, saying what the form is for. Pure.

A form submitted after its timeout, or after a restart, reaches no form in memory: all it
brings is its boxes and this custom_id. So the id carries what a save needs: add a fact to
source S (with id I, dated D), or edit fact F as opened at revision R (a fingerprint of its
boxes tells which ones were changed), and a nonce, so that two forms opened alike are told
apart. Discord caps a custom_id at 100 characters: a form whose ids do not fit has none of
this, and a late submission of it is handed back as typed.

A /kb ingest review's buttons likewise name the review (kept on disk) and what they do, so
that a press that reaches no review in memory picks it up from disk.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

CUSTOM_ID_LIMIT = 100
FACT_FORM = "kbf"
ALIAS_FORM = "kba"
REVIEW_BUTTON = "kbr"
REVIEW_FORM = "kbre"
REVIEW_ACTIONS = ("keep", "edit", "drop", "save", "skip", "cancel")
_SEP = "/"  # in no slug and no ISO date


@dataclass(frozen=True, slots=True)
class FactFormId:
    """What a fact form was opened for: `fact_id` is the fact edited (`source_id` None) or
    the new fact's chosen id ("" to make one from its title) in `source_id`."""

    revision: int
    as_of: str | None
    fact_id: str
    source_id: str | None = None
    digest: str = ""  # the edited fact's `box_digest` as opened

    @property
    def adds(self) -> bool:
        return self.source_id is not None


def _nonce() -> str:
    return secrets.token_hex(3)


def fact_form_id(form: FactFormId, nonce: str | None = None) -> str | None:
    """The custom_id for a fact form, or None when its ids make it too long."""
    kind, where = ("add", form.source_id) if form.source_id is not None else ("edit", form.digest)
    parts = [FACT_FORM, kind, str(form.revision), form.as_of or "", where, nonce or _nonce()]
    if any(_SEP in part for part in parts) or _SEP in form.fact_id:
        return None
    custom_id = _SEP.join([*parts, form.fact_id])
    return custom_id if len(custom_id) <= CUSTOM_ID_LIMIT else None


def read_fact_form_id(custom_id: str) -> FactFormId | None:
    """What `fact_form_id` put in a custom_id; None for any other."""
    parts = custom_id.split(_SEP)
    if len(parts) != 7 or parts[0] != FACT_FORM or not parts[2].isdigit():
        return None
    _, kind, revision, as_of, where, _, fact_id = parts
    if kind == "add" and where:
        return FactFormId(int(revision), as_of or None, fact_id, source_id=where)
    if kind == "edit" and fact_id:
        return FactFormId(int(revision), as_of or None, fact_id, digest=where)
    return None


def alias_form_id() -> str:
    """The alias form brings all it needs in its boxes (the question and the fact)."""
    return f"{ALIAS_FORM}{_SEP}{_nonce()}"


def is_alias_form_id(custom_id: str) -> bool:
    return custom_id.startswith(f"{ALIAS_FORM}{_SEP}")


def review_button_id(review_id: str, action: str) -> str:
    """The custom_id of the review's `action` button (one of REVIEW_ACTIONS)."""
    return _SEP.join((REVIEW_BUTTON, review_id, action))


def review_form_id(review_id: str, position: int) -> str:
    """The custom_id of the review's edit form for the fact at `position`."""
    return _SEP.join((REVIEW_FORM, review_id, str(position)))


def read_review_form_id(custom_id: str) -> tuple[str, int] | None:
    """(the review id, the fact's position) a review edit form's custom_id names, or None."""
    parts = custom_id.split(_SEP)
    if len(parts) != 3 or parts[0] != REVIEW_FORM or not parts[2].isdigit():
        return None
    return parts[1], int(parts[2])


def read_review_button_id(custom_id: str) -> tuple[str, str] | None:
    """(the review id, the action) a review button's custom_id names; None for any other."""
    parts = custom_id.split(_SEP)
    if len(parts) != 3 or parts[0] != REVIEW_BUTTON or parts[2] not in REVIEW_ACTIONS:
        return None
    return parts[1], parts[2]
