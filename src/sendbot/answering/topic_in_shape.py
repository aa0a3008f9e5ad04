"""The topic a short question names in one of a few shapes ("anything on top slicing?" names
"top slicing", "PINS update?" names "PINS"), when the words the shape leaves are a topic and
not something more asked of one: a few words, none of them a question word, a pointer back
("it", "that") or one its reader rules out, and no digit (a year or a sum asks of a time or a
figure). Shared by the readers of such questions (`topic_only`, `news_of_topic`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

# A topic is a few words: more say what of it is asked.
MOST_TOPIC_WORDS = 5


def topic_in_shape(
    shapes: Iterable[re.Pattern[str]], text: str, not_topic_words: Container[str], ends: str
) -> str | None:
    """The group `topic` of the first shape `text` matches, stripped of `ends`; None when no
    shape matches or what that first one leaves is no topic (see the module's note)."""
    for shape in shapes:
        found = shape.match(text)
        if found is None:
            continue
        topic = found["topic"].strip(ends)
        words = topic.lower().split()
        if not words or len(words) > MOST_TOPIC_WORDS:
            return None
        if any(word in not_topic_words for word in words):
            return None
        if any(character.isdigit() for character in topic):
            return None  # a year or a sum: asked of a time or a figure, not the topic
        return topic
    return None
