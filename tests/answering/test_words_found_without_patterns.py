"""Rules that look for a word the question names (a thing asked to exist, a thing to explain,
a claimed date's parts) find it as written and read fixed patterns around it, rather than
compiling a pattern for each word: compiling one costs more than answering most questions.
They find exactly what the pattern made for the word found."""

import re

import pytest

from sendbot.answering.asked_existence import refers_back_to, says_it_exists
from sendbot.answering.checked_claim import _says_part
from sendbot.answering.normalise import starts_of, without_final_s
from sendbot.answering.only_mentioned import _SAYS_WHAT, _explains

QUOTES = [
    "An independent evaluation of PINS is underway.",
    "This evaluation will explore the outcomes.",
    "There is a review of the programme. The evaluations follow.",
    "there has been no review",
    "a new, national re-evaluation",
    "Its reviews are published; the review's findings",
    "The new evaluationsx are due",
    "",
]
THINGS = ["evaluation", "review", "re-evaluation", "eval", "e"]


def _mentions(determiners: str, thing: str, text: str) -> bool:
    pattern = rf"\b(?:{determiners})\s+(?:[\w\u2019'-]+\s+){{0,3}}?{re.escape(thing)}s?\b"
    return re.search(pattern, text) is not None


@pytest.mark.parametrize("quote", QUOTES)
@pytest.mark.parametrize("thing", THINGS)
def test_a_thing_said_to_exist_is_found_as_its_pattern_found_it(quote: str, thing: str) -> None:
    text = quote.lower()
    there_is = rf"\bthere (?:is|are|will be|has been|have been)\b[^.]*\b{thing}"
    said = _mentions("a|an|any|some|new|further", thing, text) or bool(re.search(there_is, text))
    assert says_it_exists(quote, thing) is said
    assert refers_back_to(quote, thing) is _mentions("this|that|these|those|the|its", thing, text)


@pytest.mark.parametrize(
    ("thing", "fact_text"),
    [
        ("supported internship", "supported internships are a structured study programme"),
        ("the formula", "the formulae sets out"),
        ("the formula", "the formulaic approach is"),
        ("the formula", "a new formula"),
        ("dsg", "the dsg, which"),
        ("dsg", "the dsg which funds"),
        ("ss", "class is"),  # a word of "s" only is looked for whole, not as ""
    ],
)
def test_a_thing_explained_is_found_as_its_pattern_found_it(thing: str, fact_text: str) -> None:
    last = without_final_s(thing.split()[-1])
    pattern = rf"\b{re.escape(last)}\w{{0,2}} {_SAYS_WHAT}"
    assert _explains(thing, fact_text) is (re.search(pattern, fact_text) is not None)


@pytest.mark.parametrize(
    ("said", "part"),
    [
        ("answered on 31 january 2024", "31"),
        ("answered in 2031", "31"),
        ("£10.5 billion", "5"),
        ("5.0 per cent", "5"),
        ("answered on 31 january 2024", "january"),
        ("in mid-january", "jan"),
        ("ajanuary", "jan"),
    ],
)
def test_a_claimed_dates_parts_are_found_as_their_patterns_found_them(said: str, part: str) -> None:
    if part[0].isdigit():
        pattern = rf"(?<![\d.]){re.escape(part)}(?![\d]|\.\d)"
    else:
        pattern = rf"\b{re.escape(part[:3])}"
    assert _says_part(said, part) is (re.search(pattern, said) is not None)


def test_every_start_of_a_word_is_found_overlapping_ones_too() -> None:
    assert list(starts_of("aa", "aaa")) == [0, 1]
    assert list(starts_of("x", "abc")) == []
