"""A message that names its topic in quotes in the story, then asks of it as "it": "our
officers keep mentioning 'the change programme'. how much is it worth?". The asking clauses,
with "it" read as the phrase quoted, ask what the message asks without the story. A name the
story gives as what something is called ("I've heard of something called PINS, what does it
stand for?") is read the same way. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.asking_clauses import asking_text

# A phrase set apart in quotes, backticks or bold: 'the change programme', "PINS", `PINS`,
# **change programme** (not an apostrophe inside a word: "LA's", "don't").
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(]))(?:'([^'\n]{3,60})'|\"([^\"\n]{3,60})\"|`([^`\n]{3,60})`|"
    r"\*\*([^*\n]{3,60})\*\*|\u2018([^\u2019\n]{3,60})\u2019|\u201c([^\u201d\n]{3,60})\u201d)"
    r"(?=[\s.,;:!?)]|$)"
)
_IT = re.compile(r"\bit\b", re.IGNORECASE)
# "it" with the word before it, which the phrase quoted may begin with too.
_WORD_AND_IT = re.compile(r"(?:\b(\w+) )?\bit\b", re.IGNORECASE)
# A quoted phrase this long is someone's words, not the name of a thing.
_MOST_WORDS = 5


# A name the story gives without quotes, as what something is called: "something called
# PINS", "a programme known as Partnerships". Capitalised, as names are written; "called"
# then a lower-case word ("called back", "called it") names nothing.
_CALLED = re.compile(
    r"\b(?:called|named|known as) ((?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)(?=[\s.,;:!?)]|$)"
)


def _told_of_it(message: str) -> str | None:
    """The message less its asking clauses, when those clauses ask of "it" (and something
    is left): where the thing "it" points back to is named."""
    asking = asking_text(message).strip()
    if not asking or asking == message.strip() or not _IT.search(asking):
        return None
    return message.replace(asking, " ")


def _the_one(found: set[str]) -> str | None:
    """The one phrase found (however spelt), when it is short enough to be a name."""
    if len({phrase.lower() for phrase in found}) != 1:
        return None
    (phrase,) = found
    return phrase if len(phrase.split()) <= _MOST_WORDS else None


def quoted_topic(message: str) -> str | None:
    """The one phrase the message quotes outside its asking clauses, when those clauses ask
    of "it": the thing "it" points back to. None when they do not, or when the message
    quotes none or several."""
    told = _told_of_it(message)
    if told is None:
        return None
    return _the_one(
        {
            next(group for group in match.groups() if group).strip()
            for match in _QUOTED.finditer(told)
        }
    )


def called_topic(message: str) -> str | None:
    """The one name the message's story gives as what something is called ("I've heard
    about something called PINS"), when its asking clauses ask of "it" and it quotes no
    phrase; None otherwise."""
    told = _told_of_it(message)
    if told is None or _QUOTED.search(told):
        return None
    return _the_one({match[1] for match in _CALLED.finditer(told)})


def with_topic_named(message: str) -> str | None:
    """The message's asking clauses with "it" read as the phrase the story quotes (or the
    name it gives as what something is called): "how much is it worth" -> "how much is the
    change programme worth"; None when there is no such phrase."""
    phrase = quoted_topic(message) or called_topic(message)
    if phrase is None:
        return None
    first = phrase.split()[0].lower()

    def named(found: re.Match[str]) -> str:
        # "are in it" of 'in the change programme': "are in the change programme", not "in in"
        before = found[1]
        return phrase if before is None or before.lower() == first else f"{before} {phrase}"

    return _WORD_AND_IT.sub(named, asking_text(message).strip())
