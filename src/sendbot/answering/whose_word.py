"""A department named only as whose word a figure is: "how much has high needs risen according
to the dfe", "the SEN budget per the department". Such a name points at who gave the figure,
not at the written answer's record (who answered, when), so it does not make the question one
about the answer itself."""

from __future__ import annotations

# The words that name a department or the government as a speaker.
_SPEAKERS = frozenset("dfe department dept ministry government govt gov".split())
# The words pointing at whose word it is, just before the speaker (and "the").
_POINTERS = (("according", "to"), ("as", "per"), ("per",), ("going", "by"))


def names_whose_word(said: tuple[str, ...] | list[str], place: int) -> bool:
    """Whether the word at `place` is a department named after "according to", "per" or
    "going by" (with or without "the"): whose word the figure asked is."""
    if said[place] not in _SPEAKERS:
        return False
    before = list(said[:place])
    if before and before[-1] == "the":
        before.pop()
    return any(
        len(before) >= len(pointer) and tuple(before[-len(pointer) :]) == pointer
        for pointer in _POINTERS
    )
