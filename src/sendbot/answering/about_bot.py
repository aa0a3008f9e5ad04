"""Whether a message is about sendbot itself, and about which part of it: addressed to the
bot ("you", "this bot", "how do I ask") with every other word about using a bot, not a topic
("can you tell me how many special schools opened" names one: a question). The word lists are
in `bot_words`, the patterns in `bot_phrases`. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.bot_phrases import (
    A_YEAR,
    ADVICE,
    ANSWERS_AGE,
    BOT,
    CAN_IT,
    HELP_ABOUT,
    IDENTITY,
    IT,
    LOOSELY,
    ONLY_ABOUT,
    ORIGIN,
    OWN_CASE,
    TYPED,
    USING,
    VAGUE_YEAR,
    WHY_NOT,
)
from sendbot.answering.bot_words import (
    ABOUT_WORDS,
    ASKER,
    BESIDE,
    BEYOND,
    BOT_CUES,
    BOT_THINGS,
    CAN_IT_OPENS,
    DOCUMENT_WORDS,
    FIELD_WORDS,
    HELP_ABOUT_CUES,
    IT_CUES,
    META_WORDS,
    ORIGIN_CUES,
    ORIGIN_NOUNS,
    QUANTITY,
    QUOTING_CUES,
    SOURCE_WORDS,
    TYPED_CUES,
    YOU,
)
from sendbot.answering.chat_words import NAMES, QUESTION_WORDS, word_in
from sendbot.answering.message_kind import Kind
from sendbot.answering.normalise import SMALLTALK, STOPWORDS

_NEAR = 4


def what_it_can_do(text: str) -> Kind | None:
    if ADVICE.match(text):
        return Kind.OWN_CASE
    if ONLY_ABOUT.match(text):
        return Kind.CURRENT if A_YEAR.search(text) else Kind.HELP
    found = CAN_IT.match(text)
    if found is None:
        return None
    asked = found["asked"]
    if OWN_CASE.match(asked):
        return Kind.OWN_CASE
    if LOOSELY.match(asked) or _only_the_field(asked):
        return Kind.CURRENT if A_YEAR.search(asked) else Kind.HELP
    return None


# What the whole field is called besides its own words: "send policy", "special needs law".
_FIELD_NOUNS = frozenset(
    """policy policies law laws system reform reforms provision stuff things matters issues
    topics area sector and the in of uk england english""".split()
)


def _only_the_field(asked: str) -> bool:
    """'could you answer questions on special needs law?': what the bot is asked it can do names
    only the whole field it covers (SEND, its policy or law), not a topic within it, so the
    message asks what the bot covers, which the help reply says."""
    named = asked.split()
    return (
        bool(named)
        and not FIELD_WORDS.isdisjoint(named)
        and all(word in FIELD_WORDS or word in _FIELD_NOUNS for word in named)
    )


def has_asking_word(raw_words: Sequence[str]) -> bool:
    """A question word, or a word about using a bot that is not just the bot's name."""
    return any(
        word in QUESTION_WORDS or (word_in(word, META_WORDS) and word not in NAMES)
        for word in raw_words
    )


_ASKS_WHO = frozenset({"who", "whom", "whos"})


def about_the_bot(text: str) -> Kind | None:
    if text.startswith(("how", "are", "is")) and ANSWERS_AGE.match(text):
        return Kind.CURRENT
    said = text.split()
    present = frozenset(said)
    # Set look-ups first: most messages are questions that name neither the bot nor its parts.
    addressed = (
        not YOU.isdisjoint(present)
        or (not BOT_CUES.isdisjoint(present) and bool(BOT.search(text)))
        or (not ASKER.isdisjoint(present) and bool(USING.search(text)))
        or (not IT_CUES.isdisjoint(present) and bool(IT.search(text)))
        or (not TYPED_CUES.isdisjoint(present) and bool(TYPED.search(text)))
        or (
            not ORIGIN_CUES.isdisjoint(present)
            and not ORIGIN_NOUNS.isdisjoint(present)
            # "the answer came from who?" asks who gave the written answer, not the bot's sources
            and _ASKS_WHO.isdisjoint(present)
            and bool(ORIGIN.search(text))
        )
    )
    if not addressed and BOT_THINGS.isdisjoint(present):
        return None
    # "do you know about things after 2025?": how far the sources reach, not a year's figure.
    vague_years: frozenset[str] = frozenset()
    if A_YEAR.search(text):
        vague_years = frozenset(y for found in VAGUE_YEAR.findall(text) for y in found if y)
        if vague_years:
            vague_years |= BEYOND
    # "why didn't it answer?": the bot's answer, not the written one.
    why_not = said[0] == "why" and bool(WHY_NOT.match(text))
    # "are your answers taken from the actual parliamentary answer?": where they come from.
    # ... or what they quote: "why do you quote parliament stuff".
    from_source = not YOU.isdisjoint(present) and not (
        ORIGIN_CUES.isdisjoint(present) and QUOTING_CUES.isdisjoint(present)
    )
    topical = (
        [
            word
            for at, word in enumerate(said)
            if word in DOCUMENT_WORDS
            and not why_not
            and said[max(0, at - 2) : at] != ["up", "to"]  # "up to date": current, not a date
            and BESIDE.isdisjoint(said[max(0, at - _NEAR) : at + _NEAR + 1])
            and QUANTITY.isdisjoint(said[max(0, at - 2) : at])
        ]
        + [
            word
            for word in said
            if word not in STOPWORDS
            and word not in SMALLTALK
            and word not in YOU
            and not word_in(word, META_WORDS)
            and word not in FIELD_WORDS
            and word not in vague_years
            and not (from_source and word in SOURCE_WORDS)
        ]
    )
    if topical:
        return None
    if said[0] in CAN_IT_OPENS and ADVICE.match(text):
        return Kind.OWN_CASE  # "can you suggest a solicitor": advice asked, no suggestion made
    narrowed = _help_about(text, present)
    if narrowed is not None:
        return narrowed
    if IDENTITY.search(text) or any(word_in(word, ABOUT_WORDS) for word in said):
        return Kind.ABOUT
    return Kind.HELP


def _help_about(text: str, present: frozenset[str]) -> Kind | None:
    if HELP_ABOUT_CUES.isdisjoint(present) and not A_YEAR.search(text):
        return None
    for kind, pattern in HELP_ABOUT:
        if pattern.search(text):
            return kind
    return None
