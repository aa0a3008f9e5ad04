"""Questions asking what there is for a group or on a topic ("what training is available for
SENCOs?", "what is being done for autistic children?", "what support is there for young people
after 16?"): an overview, which several facts answer together, not one figure or date. Pure."""

from __future__ import annotations

import re

from sendbot.answering.normalise import STOPWORDS, fold_text, words
from sendbot.answering.role_as_recipient import PROVISION, with_role_as_recipient

# What is given, said as a plural or a kind: "what courses", "what kind of help".
_GIVEN = "|".join(
    sorted(PROVISION | {"provision", "services", "programmes", "programs", "schemes"}, key=len)[
        ::-1
    ]
)
_KIND_OF = r"(?:(?:kind|kinds|sort|sorts|type|types) of )?"
# Words saying only that it is there: "is there", "is available", "is on offer", "is being
# offered". (What "there" is: "what support is there" asks what exists.)
_IS_THERE = (
    r"(?:is|are|s) (?:there|available|out there|on offer|offered|provided|in place|being "
    r"(?:offered|provided|given|funded|put in place|made available))"
)
# Who does it: "the government", "the dfe", "ministers", "they".
_DOER = r"(?:the )?(?:government|govt|gov|dfe|department|ministers?|they)"
# Whom or what it is for: "for SENCOs", "to help autistic children", "about post-16".
_FOR = r"(?:for|to help|to support|about|with|on)"

_OVERVIEW = re.compile(
    # "what training is available for sencos", "what kind of support is there for ..."
    rf"\bwhat {_KIND_OF}(?:{_GIVEN}) {_IS_THERE}(?: {_FOR})? (?P<a>.+)"
    # "what is being done for autistic children", "what is there for young people"
    rf"|\bwhat (?:is |s )?(?:being done|there|available|on offer) {_FOR} (?P<b>.+)"
    # "what is the government doing for ...", "what has the dfe done to help ..."
    rf"|\bwhat (?:is|are|has|have|s) {_DOER} (?:doing|done|offering|providing) {_FOR} (?P<c>.+)"
    # "what help can sencos get", "what support do young people get"
    rf"|\bwhat {_KIND_OF}(?:{_GIVEN}) (?:can|do|does|will) (?P<d>.+?) (?:get|have|access)\b"
    # "is there any support for autistic children", "are there any courses for sencos"
    rf"|\b(?:is|are) there (?:any )?{_KIND_OF}(?:{_GIVEN}) (?:for|to help|to support) (?P<e>.+)"
)


def overview_asked(question: str) -> str | None:
    """Whom or what `question` asks what there is for ("autistic children" of "what is being
    done for autistic children?"), folded; None when it asks no such overview."""
    # "as a SENCO, what training is available?" asks what there is for SENCOs.
    found = _OVERVIEW.search(with_role_as_recipient(fold_text(question)))
    if found is None:
        return None
    named = next(group for group in found.groups() if group is not None)
    said = [word for word in words(named) if word not in STOPWORDS]
    return " ".join(said) or None
