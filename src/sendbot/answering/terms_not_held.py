"""What a question names that a fact does not say: the check a second reading makes before
it answers with the closest fact ("how much per pupil before the council pays for an EP
assessment" names an assessment the threshold fact never mentions). Pure."""

from __future__ import annotations

from collections.abc import Container, Iterable

from sendbot.answering.normalise import COMMON_WORDS


def terms_not_held(
    asked: Iterable[str], held: Container[str], asking: Container[str] = frozenset()
) -> frozenset[str]:
    """The question's terms (`asked`, normalised) that the fact's terms (`held`) lack, leaving
    out common words and the words that only ask (`asking`: "goal", "kicks in")."""
    return frozenset(
        term
        for term in asked
        if term not in COMMON_WORDS and term not in asking and term not in held
    )
