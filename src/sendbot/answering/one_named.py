"""'which previous answer was the white paper one following up', 'when was the ed psych one
answered': "the ... one" names a written answer by its topic or date, as "the white paper
question" would; as asked, "one" names nothing and the words before it read as the topic
alone. Pure."""

from __future__ import annotations

import re

# "the white paper one", "that nov 2025 one", "the ed psych one": up to four words, none of
# them a word that makes "one" a count ("the only one", "the first one", "which one") or a
# figure ("the billions one").
_THE_ONE = re.compile(
    r"\b(?P<the>the|that|this) (?P<named>(?:(?!(?:only|first|last|next|other|same|right|"
    r"wrong|new|old|latest|newest|big|main|one|billions?|millions?|figures?|numbers?|"
    r"sums?|amounts?)\b)[\w/'-]+ ){1,4}?)one\b(?! of\b)",
    re.IGNORECASE,
)


def with_one_named(text: str) -> str | None:
    """The message with "the ... one" read as "the ... question"; None when it has none."""
    reworded = _THE_ONE.sub(lambda found: f"{found['the']} {found['named']}question", text)
    return None if reworded == text else reworded
