"""Autocomplete choices: relevant, at most 25, within Discord's lengths, and fast."""

import time

from sendbot.answering.autocomplete import (
    MAX_CHOICES,
    NAME_LIMIT,
    SCORE_ALL_LIMIT,
    Choice,
    ChoiceList,
)
from sendbot.answering.fact_index import FactIndex


def test_questions_match_what_is_typed(shipped_index: FactIndex) -> None:
    found = ChoiceList.questions(shipped_index).complete("special sch")
    assert 0 < len(found) <= MAX_CHOICES
    assert "special school" in found[0].name
    assert all(choice.name == choice.value for choice in found)


def test_exact_substring_beats_a_fuzzy_near_miss(shipped_index: FactIndex) -> None:
    found = ChoiceList.questions(shipped_index).complete("ehcp")
    assert "ehcp" in found[0].name


def test_nothing_typed_offers_one_question_per_fact(shipped_index: FactIndex) -> None:
    found = ChoiceList.questions(shipped_index).complete("  ")
    assert len(found) == MAX_CHOICES
    assert found[0].value == shipped_index.facts[0].questions[0]


def test_nonsense_offers_nothing(shipped_index: FactIndex) -> None:
    assert ChoiceList.questions(shipped_index).complete("xqzzv") == []


def test_every_choice_fits_discord(shipped_index: FactIndex) -> None:
    for choices in (ChoiceList.questions(shipped_index), ChoiceList.facts(shipped_index)):
        assert all(
            1 <= len(c.name) <= NAME_LIMIT and len(c.value) <= NAME_LIMIT for c in choices.choices
        )


def test_facts_by_id_or_label(shipped_index: FactIndex) -> None:
    facts = ChoiceList.facts(shipped_index)
    assert facts.complete("npq-senco")[0].value == "npq-senco"
    offered = facts.complete("psychologists")
    assert offered and all("psychologist" in choice.name.lower() for choice in offered)


def test_long_names_are_cut_and_values_kept() -> None:
    choices = ChoiceList.of(["short", "x" * 101])
    assert [c.value for c in choices.choices] == ["short"]
    long = ChoiceList([Choice("word " * 40, "v")])
    assert long.complete("word")[0].value == "v"


def test_a_keystroke_is_fast_even_for_a_big_list() -> None:
    names = [f"question number {n} about topic {n % 97}" for n in range(20_000)]
    choices = ChoiceList(Choice(name[:100], name[:100]) for name in names)
    started = time.perf_counter()
    found = choices.complete("topic 42")
    assert len(found) <= MAX_CHOICES
    assert time.perf_counter() - started < 0.5


def big_list() -> ChoiceList:
    """More choices than are scored whole: the list is narrowed first."""
    topics = ["special schools", "autism training", "transport", "tribunal appeals"]
    names = [
        f"how many {topics[n % 4]} were funded in area {n}?" for n in range(SCORE_ALL_LIMIT * 2)
    ]
    return ChoiceList(Choice(name, name) for name in names)


def test_a_big_list_finds_what_is_typed_as_it_is() -> None:
    found = big_list().complete("tribunal appeals were funded in area 2023")
    assert found[0].name == "how many tribunal appeals were funded in area 2023?"
    assert all("tribunal appeals" in choice.name for choice in found)


def test_a_big_list_finds_words_in_another_order_and_misspelt() -> None:
    found = big_list().complete("area 1234 tarnsport")
    assert found[0].name == "how many transport were funded in area 1234?"
    found = big_list().complete("autism area 2001")
    assert found[0].name == "how many autism training were funded in area 2001?"
