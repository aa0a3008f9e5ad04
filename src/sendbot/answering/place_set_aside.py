"""A place named only to be set aside ("will there be sessions outside London?", "anything
beyond the south east?"): the question asks of everywhere else, which a fact saying it
reaches every region answers; it asks no figure for that place. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The words before a place that set it aside rather than ask of it.
_SETTING_ASIDE = (
    r"\b(?:outside(?: of)?|beyond|other than|apart from|aside from|except(?: for| in)?|"
    r"besides|not (?:just|only) (?:in|for))(?: the)? "
)


def only_set_aside(text: str, places: Sequence[str]) -> bool:
    """Every place the (folded) question names is named after words setting it aside."""
    return bool(places) and all(
        re.search(_SETTING_ASIDE + re.escape(place.lower()) + r"\b", text) is not None
        for place in places
    )
