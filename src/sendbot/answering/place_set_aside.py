"""A place named only to be set aside ("will there be sessions outside London?", "anything
beyond the south east?"): the question asks of everywhere else, which a fact saying it
reaches every region answers; it asks no figure for that place. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sendbot.answering.setting_aside_words import SETTING_ASIDE, either_of

# The words before a place that set it aside rather than ask of it: those that set any thing
# aside, and the ones said of places ("outside London", "not just in the south east").
_OF_PLACES = (
    *("outside", "outside of", "beyond", "aside from", "except for", "except in"),
    *("not just in", "not just for", "not only in", "not only for"),
)
_SETTING_ASIDE = rf"\b{either_of(SETTING_ASIDE + _OF_PLACES)}(?: the)? "


def only_set_aside(text: str, places: Sequence[str]) -> bool:
    """Every place the (folded) question names is named after words setting it aside."""
    return bool(places) and all(
        re.search(_SETTING_ASIDE + re.escape(place.lower()) + r"\b", text) is not None
        for place in places
    )
