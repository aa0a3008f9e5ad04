"""The words asking for the newest are tried only at words starting with the letters they may
start with: the look ahead at those letters finds exactly what the pattern finds without it."""

from __future__ import annotations

import re

from sendbot.answering.intent import _first_letters, _sre_parse
from sendbot.answering.latest import _LATEST, LATEST_OPENS, asks_for_newest, without_latest
from sendbot.answering.normalise import WORD_START
from sendbot.knowledge.model import KnowledgeBase

_LOOK_AHEAD = f"(?=[{LATEST_OPENS}])"
_WITHOUT_LETTERS = re.compile(_LATEST.pattern.replace(_LOOK_AHEAD, "", 1), _LATEST.flags)


def test_the_letters_are_every_letter_its_words_may_start_with() -> None:
    body = _WITHOUT_LETTERS.pattern.removeprefix(WORD_START)
    assert _first_letters(_sre_parse.parse(body)) == frozenset(LATEST_OPENS)


def test_it_finds_what_it_finds_without_the_letters(shipped_kb: KnowledgeBase) -> None:
    texts = [text for fact in shipped_kb for text in (*fact.questions, fact.title)]
    texts += ["What's the LATEST?", "Where are we at now", "Up to date figures", "currently"]
    for text in texts:
        found = [(m.span(), m[1]) for m in _LATEST.finditer(text)]
        assert found == [(m.span(), m[1]) for m in _WITHOUT_LETTERS.finditer(text)], text


def test_newest_asked_in_capitals_is_still_read() -> None:
    # The look ahead's letters are lower case; the pattern ignores case, the look ahead too.
    assert asks_for_newest("What is the LATEST high needs budget?")
    assert without_latest("what is the Most Recent high needs budget") == (
        "what is the high needs budget"
    )
