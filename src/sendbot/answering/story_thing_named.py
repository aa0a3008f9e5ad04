"""A question after the asker's story that points back at the thing the story names: "my
nephew is 20 with moderate learning difficulties and keen on a supported internship, is the
quality of them any better?". Read whole, what the story says of the child ("learning
difficulties") may draw the message to a fact about them; the question, with "them" read as
the thing the story names ("supported internship"), asks what the asker means. Pure.
"""

from __future__ import annotations

from collections.abc import Callable

from sendbot.answering.asker_story import pointed_back, told_of_whom


def question_naming_the_story_thing(message: str, known: Callable[[str], bool]) -> str | None:
    """The message's asking clauses with their last word pointing back read as the thing the
    story names, without who tells it, about whom (an age, what the child has) or where, and
    without the story's words the sources never use (`known` says which they do: "keen on a
    supported internship" names the internship); None when the message has no story, or its
    question points back at nothing the story names."""
    found = pointed_back(message)
    if found is None:
        return None
    thing = " ".join(word for word in found.story.split() if known(word))
    return found.naming(thing) if thing else None


def drawn_by_whom_it_is_about(
    message: str,
    terms: Callable[[str], frozenset[str]],
    whole: frozenset[str],
    alone: frozenset[str],
) -> bool:
    """What the story says of the one it is about ("learning difficulties", by its `terms`)
    is said by the fact answering the whole message (its terms `whole`) and not by the one
    answering the question alone (`alone`): those words, not the question, drew the message."""
    said = terms(told_of_whom(message))
    return bool(said & whole) and not said & alone
