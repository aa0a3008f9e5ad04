"""A message that is only a topic and a news word ("PINS update?", "send reform news pls",
"supported internships updates?"): it asks for the newest word on the topic, as "the latest on
PINS" does, though it says no "latest". Read so, the newest answer's word on it is given; read
as it is, "update" draws nothing and the message was declined. Pure.
"""

from __future__ import annotations

import re

# The whole message: a few words naming the topic, then "update(s)" or "news", then only
# punctuation or a please. The topic opens with no asking word ("what update", "any news",
# "is there an update" ask otherwise, and the newest-asking rules read them).
_BARE_NEWS = re.compile(
    r"^\s*(?!(?:what|whats|what's|how|when|why|who|which|where|any|is|are|was|were|has|have|"
    r"did|do|does|can|could|will|would|should|no|the latest|latest|newest|recent)\b)"
    r"(?P<topic>[\w'&/-]+(?:\s+[\w'&/-]+){0,5}?)\s*[-\u2013:,]?\s+"
    r"(?:news|updates?)(?:\s+(?:pls|please|plz))?\s*[?!.]*\s*$",
    re.IGNORECASE,
)


def bare_news_as_latest(message: str) -> str:
    """ "PINS update?" as "the latest on PINS?"; any other message as it is."""
    found = _BARE_NEWS.match(message)
    if found is None:
        return message
    return f"the latest on {found['topic']}?"
