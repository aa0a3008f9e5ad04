"""On-topic questions the sources do not answer, told by the shape of what they ask rather than
by their words: a kind asked as a comparison with the ordinary kind ("compared to a normal
..."), or by what makes a thing that kind; every member of a group asked as a list; the worth of
one part out of a whole sum the asker names; a sum itemised line by line; whether something got
good results; whether a decision was the right call; the items of something under way ("what
are the options they're considering"); what insights or lessons have come of it; the share of a
rise that has gone somewhere; a total across every year when one year's figure is given; and how
many more are still to come. Each is declined, or partial with a sentence true of the source:
never the related fact presented as the answer. Their look-alikes that the sources answer still
get their fact."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # a kind, asked by what puts a thing in it
        (
            "what makes a special school a special free school",
            r"doesn't explain what a special free school is\.",
        ),
        # every member, asked as a list: the fact names the group and the kinds of people in
        # it, not who they are
        ("can you list the members of the neurodivergence group", r"doesn't name the members\."),
        ("please list the organisations in the neurodivergence task and finish group", "name"),
        # one part's worth, out of a whole the asker already has
        (
            "what was the REACh contract worth, out of the £70m?",
            r"gives the whole £70 million, not how much of it goes to the part asked about\.",
        ),
        (
            "what's the PINS evaluation worth out of the £13m",
            r"gives the whole £13 million, not how much of it goes to the part asked about\.",
        ),
        # a sum, item by item
        (
            "what did the £70m change programme money go on, line by line",
            r"doesn't break it down line by line\.",
        ),
        # results, asked by how good they were
        ("did the supported internships pilot have positive outcomes", "results"),
        # a verdict on a decision
        ("was extending the AP specialist taskforce the right call", "opinion"),
        ("is delaying the reforms the wrong decision", "opinion"),
        # the items of something the source only says is under way
        (
            "what are the policy options they're considering in the listening sessions",
            r"doesn't name the policy options\.",
        ),
        # what has been learned, asked by its name
        ("what lessons has REACh fed back", "doesn't report results or findings"),
        # every year's total, of one year's sum
        (
            "what's the total high needs funding across every year, not just 2025/26",
            r"gives a figure for 2025/26, not a total across every year\.",
        ),
    ],
)
def test_not_answered_on_the_shipped_base(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)
    # partial: the sentence says what is missing, then the closest fact as related information
    assert answer(shipped_index, question).outcome is Outcome.PARTIAL


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "what percentage of the high needs increase has gone to special schools",
            r"doesn't give the share that goes to special schools\.",
        ),
        (
            "what's the improvement plan's total backing across every year, not just 2024/25",
            r"2024/25, not a total",
        ),
        ("how many more local areas are due to be inspected", "number"),
    ],
)
def test_not_answered_on_the_one_source_base(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_more_still_to_come_is_not_the_count_done_so_far() -> None:
    # "how many more ... will be" asks those to come, which a count of those done cannot give;
    # a count planned still answers it (below)
    assert analyse("how many more local areas are due to be inspected").role == "to come"
    assert analyse("how many special schools opened").role is None


def test_look_alikes_the_sources_answer(
    shipped_index: FactIndex, single_source_index: FactIndex
) -> None:
    # a plan counts those still to come
    trainees = "educational-psychologists-trainees"
    assert_answered_with(single_source_index, "how many more EPs will be trained", trainees)
    # what a whole is worth, asked with no part out of it
    worth = "what is the supported internships pilot worth"
    reply = assert_answered_with(shipped_index, worth, "supported-internships-pilot")
    assert "£3 million" in reply.text
    # money spent "line by line" as a rule about its use, not a list asked
    question = "can schools use high needs money flexibly or does it have to be spent line by line"
    assert analyse(question).breakdown is None
    assert answer(shipped_index, question).outcome is Outcome.ANSWERED


def test_the_shapes_are_read_as_what_they_ask() -> None:
    assert analyse("what's a PRU compared to a normal school").intent is Intent.DIFFERENCE
    assert analyse("what makes an academy different from a free school").intent is (
        Intent.DIFFERENCE
    )
    assert analyse("what makes a school a special school").intent is Intent.DEFINITION
    assert analyse("was pausing it the right call?").intent is Intent.OPINION
    assert analyse("did the pilot get good results").intent is Intent.OUTCOME
    assert analyse("what's the contract worth, out of the £18m?").intent is Intent.AMOUNT
    assert analyse("list the members of the group").wants == "names"
