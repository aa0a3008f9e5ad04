"""Whether a named place takes part in something ("is Leeds in the pilot?", "is Kent one of
the councils on the programme", "does Hull take part in it"): a yes-or-no about that place's
membership, not a figure, so a fact for England as a whole is not short of "figures for" it;
what it lacks is whether that place is one of those taking part."""

from __future__ import annotations

import re

# Being in, or one of, what the question names next; or taking part in it.
_IN_IT = (
    r"(?:part of|in|on|one of|among|included in|involved in|a member of|a part of|"
    r"taking part in|participating in|signed up to|covered by)"
)
_TAKES_PART = r"(?:take|takes|taking|took) part|participat\w*|belong\w*|join\w*"


def asks_if_place_takes_part(text: str, places: tuple[str, ...] | list[str]) -> str | None:
    """The place asked about, when the question asks whether it takes part."""
    text = text.lower()
    for place in places:
        name = re.escape(place.lower())
        if re.search(
            rf"\b(?:is|are|was|were|isn't|arent|aren't) (?:the )?{name}(?: council)? {_IN_IT}\b",
            text,
        ):
            return place
        if re.search(
            rf"\b(?:does|did|has|have|will|can) (?:the )?{name}(?: council)? (?:{_TAKES_PART})\b",
            text,
        ):
            return place
    return None
