"""Where something can be read, asked, and a quote giving its web address. Pure.

"Where's the school capacity 2023 to 2024 data published?", "link for the SEN in England
January 2025 stats?": the year and the breakdown named are the publication's own title, not a
figure asked of it, so a quote giving the page's address answers the question whole."""

from __future__ import annotations

import re

# A web address written out in a quote.
_ADDRESS = re.compile(r"\bhttps?://|\bwww\.", re.IGNORECASE)

# A link asked for, or where something is published, found or read (the question folded).
_WHERE_TO_READ = re.compile(
    r"\b(?:link|links|url|web ?page|website|"
    r"where\b(?: \w+){0,10}? (?:published|online|available|find|get|read|see|access|download))\b"
)


def gives_an_address(quote: str) -> bool:
    """The quote writes out a web address."""
    return _ADDRESS.search(quote) is not None


def asks_where_to_read(text: str) -> bool:
    """The (folded) question asks for a link or where something is published or found."""
    return _WHERE_TO_READ.search(text) is not None
