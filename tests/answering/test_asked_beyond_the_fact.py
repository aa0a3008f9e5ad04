"""On-topic questions asking what a fact does not state, each read from what is asked against
what the fact says: whether one asker may take part, whether a plan came off, what a thing it
only names is, the kinds or years within a number it gives, a number completed when it gives
a number who took part, and a budget of something it does not name. Each is declined, or
shown the fact after a true sentence saying what is missing; a fact that answers still does."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # Whether the asker may take part, who they are said between "can i" and the verb.
        ("can i as a teaching assistant take the NPQ for SENCOs", "doesn't say who is eligible"),
        ("can i as a nursery worker register on the early years senco training", "eligible"),
        ("would i be able to take the NPQ for SENCOs as a TA", "eligible"),
        ("could i sign up for the early years senco training as a childminder", "eligible"),
        ("can a parent do the autism awareness training too", "eligible"),
        # Whether an aim led anywhere, of a fact saying what it is for.
        (
            "did the supported internship grants actually lead to paid jobs",
            "not what has come of it",
        ),
        # Whether what is planned is done yet, asked yes or no.
        ("have the 400 EPs qualified yet", "a plan, not how many so far"),
        # How many are in post, said by the tense alone, of a number to be trained.
        ("how many new EPs are working in schools", "a plan, not how many so far"),
        ("how many educational psychologists are employed in schools", "not how many so far"),
        # Whether they finished, asked yes or no, of a number who registered.
        (
            "have all 5000 practitioners finished the senco training yet",
            "the number registered, not the number who completed it",
        ),
        # What a thing only named in passing involves.
        ("what does the universal training offer involve", "doesn't explain"),
        ("our senco mentioned the universal training offer - what is it?", "doesn't explain"),
        # What a thing only named in passing is or does.
        (
            "what does the AP specialist taskforce really do",
            "doesn't explain what (it|.+) is",
        ),
        # The kinds within a number the asker quotes.
        (
            "what topics were the 5000 online modules on",
            "as a whole, not how many of each kind",
        ),
        # One figure for each of two years, of a number given for both together.
        (
            "how many EPs start training in 2024 and how many in 2025",
            "gives a total, not a breakdown by year",
        ),
        # A verdict on a service, or a decision still to come.
        (
            "how good are the supported internships in my area",
            "doesn.t make that judgement|not for any one area",
        ),
        ("will the change programme be rolled out nationally", "what will happen next"),
        ("will the government keep funding PINS after 2025", "what will happen next"),
        ("has the supported internships pilot been a success", "doesn't report results"),
        # Completed, of a number who took part.
        (
            "how many professionals completed the autism awareness training",
            "the number who took it, not the number who completed it",
        ),
    ],
)
def test_one_source_does_not_answer_what_it_does_not_state(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what is the government social research protocol exactly", "doesn't explain"),
        ("is bedford doing well as a change programme lead", "doesn't make that judgement"),
        ("would our primary school be able to sign up to pins", "eligible"),
        # A place or help for one child.
        (
            "my son is 12 and autistic, can he get into one of the new special free schools?",
            "any one person's case",
        ),
        (
            "my daughter is in a PRU, can she get help from the AP taskforce",
            "any one person's case",
        ),
        # What one council does is not what England does.
        ("how many EPs does my council employ", "not for any one area or council"),
        ("what is the high needs national funding formula", "doesn't explain"),
        ("has the universal services cpd been completed by many staff? how many", "completed"),
        ("the 50,000 more special school pupils - what needs do they have", "each kind"),
        # Whether an aim came off, asked with "did" and the plain verb.
        ("did supported internships really double in the end", "not what has come of it"),
        ("did they manage to double supported internships", "doesn't report results"),
        ("what's the total budget for the npq for sencos", "doesn't give an amount|npq"),
        ("how much is being spent on the PINS evaluation", "doesn't give an amount|evaluation"),
        ("how much is the pins expansion worth", "doesn't give a figure for the pins expansion"),
        # Where things are, of a fact naming no place.
        ("where are the 15 additional special free schools located", "doesn't say where"),
        ("which region has the most new special free schools", "doesn't say where"),
        # A percentage, of a fact comparing a share with earlier years but giving none.
        (
            "what percentage of pupils are in special schools these days",
            "doesn't give a percentage as a figure",
        ),
        ("how much does the PINS evaluation cost", "doesn't give a figure for the PINS evaluation"),
        # "what does X cost" asks it as "how much does X cost" does.
        (
            "what does the change programme evaluation cost",
            "doesn't give a figure for the change programme evaluation",
        ),
        # A kind of budget named with the plural: special schools' own, not high needs.
        (
            "what % did special schools budgets go up in 2024/25",
            "doesn't give a figure for special schools budgets",
        ),
        ("what % did special schools' own budgets go up in 2024/25", "special schools own"),
    ],
)
def test_many_sources_do_not_answer_what_they_do_not_state(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many professionals have done autism awareness training", "autism-awareness-training"),
        ("how many online training modules have been completed", "online-training-modules"),
        ("what is the change programme for", "change-programme"),
        ("our head keeps mentioning the change programme, what is it?", "change-programme"),
    ],
)
def test_a_fact_that_states_it_still_answers(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        # what was aimed at, asked with "did": the aim answers it
        "did the dfe say it wanted to double the number of supported internships?",
        "did ministers say they would double supported internships",
    ],
)
def test_whether_an_aim_was_stated_is_answered_by_the_aim(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "supported-internships-double")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what is the budget for PINS", "pins-programme"),
        ("how much is being spent on PINS", "pins-programme"),
        ("how much is the SEND change programme worth", "change-programme"),
        ("how much is the neurodiversity in schools programme worth", "pins-programme"),
        ("what does the change programme cost", "change-programme"),
        ("did special schools budgets go up in 2023/24", "special-schools-budget-increase-2023-24"),
        # budgets spoken of with a verb before them ask no kind of budget
        (
            "did the govt admit send costs are hurting council budgets?",
            "send-costs-strain-council-finances",
        ),
        # a share compared with the past, which the comparison gives
        (
            "is the share of pupils in special schools higher than in the past",
            "special-schools-share-highest-in-fifty-years",
        ),
    ],
)
def test_a_budget_of_what_the_fact_names_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "high needs is going up in 2024/25 - by what percent?",
        "how much is high needs funding going up in 2024/25 and what percentage is that?",
    ],
)
def test_a_percentage_of_something_going_up_is_its_rise_not_a_share(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-2024-25")
    assert "4.3%" in reply.text
