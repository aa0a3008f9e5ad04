"""On-topic questions the written answers do not answer, asked of the shipped base: each is
declined, or shown related information after one plain sentence naming what is missing."""

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
        # A term the sources use but never explain: the reply names the term asked about.
        ("what is top slicing?", r"doesn't explain what top slicing is"),
        ("what's adaptive teaching?", r"doesn't explain what adaptive teaching is"),
        ("what is resourced provision", r"doesn't explain what resourced provision is"),
        ("what does neurodivergent actually mean?", r"doesn't explain what neurodivergent is"),
    ],
)
def test_a_term_no_source_explains_is_not_defined_by_a_fact_that_uses_it(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # Asked of a named thing ("the ...", "... exactly", "what does ... do"): a fact that
        # only mentions it does not say what it is.
        (
            "what does the Autism Education Trust do?",
            r"doesn't explain what the Autism Education Trust is",
        ),
        ("what is the early career framework?", r"doesn't explain what the early career framework"),
        ("what is a special free school exactly?", r"doesn't explain what a special free school"),
    ],
)
def test_what_a_named_thing_is_is_not_answered_by_a_fact_that_mentions_it(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A figure about a named thing is still a figure, and a fact that says what a
        # programme is still answers "what is the ... programme".
        ("what is the high needs budget?", "high-needs-total-2025-26"),
        ("what is the change programme?", "change-programme"),
    ],
)
def test_what_is_the_budget_or_programme_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_term_a_source_spells_out_is_still_answered(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what does PINS stand for?")
    assert reply.outcome is Outcome.ANSWERED
    assert "Partnerships for Inclusion of Neurodiversity in Schools" in reply.text


def test_what_are_supported_internships_gets_what_they_are(shipped_index: FactIndex) -> None:
    assert analyse("what are supported internships").intent is Intent.DEFINITION
    reply = answer(shipped_index, "what are supported internships")
    assert reply.answered and reply.fact is not None
    assert "personalised study programmes" in reply.fact.quote


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # A plan is not a result: "aiming to double" does not say whether it was doubled.
        (
            "have they managed to double supported internships yet?",
            r"doesn't report results or findings",
        ),
        (
            "what has come out of the SEND reform listening sessions?",
            r"doesn't report results or findings",
        ),
    ],
)
def test_results_so_far_are_not_answered_with_a_plan(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_an_end_date_is_not_answered_with_when_a_group_was_set_up(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "when will the neurodivergence task and finish group finish its work?",
        r"\(November 2024\), not when it ends or any deadline",
    )


def test_a_name_with_finish_in_it_does_not_ask_for_an_end_date() -> None:
    assert analyse("when was the task and finish group set up?").intent is not Intent.END
    assert analyse("when does the pilot finish?").intent is Intent.END


def test_how_big_asks_for_an_amount() -> None:
    assert analyse("how big is the total DSG deficit?").intent is Intent.AMOUNT


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # Findings expected, or an evaluation planned, are not findings.
        ("what have the PINS interim findings shown?", r"doesn't report results or findings"),
        ("what has the change programme evaluation found?", r"doesn't report results or findings"),
        # The source speaks of interim findings only.
        ("when is the final PINS evaluation report due?", r"interim findings, not a final report"),
    ],
)
def test_findings_and_a_final_report_are_not_answered_with_plans_or_interim_dates(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # The source lists kinds of member ("clinicians, scientists"), not names.
        (
            "what are the names of the people on the neurodivergence task and finish group?",
            r"doesn't name the people",
        ),
        # It says when the locations will be announced, not where.
        ("where will the 15 spring budget special free schools be?", r"doesn't say where"),
    ],
)
def test_names_and_places_are_not_answered_by_a_fact_that_gives_none(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_who_is_on_a_group_is_still_answered_with_who_it_includes(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "who is on the neurodivergence task and finish group?")
    assert reply.outcome is Outcome.ANSWERED
    assert "clinicians, scientists" in reply.text


def test_projects_in_the_pipeline_are_not_schools_opened(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how many of the 67 free school projects in the pipeline have opened?",
        r"gives the number in the pipeline, not the number opened",
    )


def test_a_year_only_a_curated_question_mentions_is_not_a_year_the_fact_gives(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what is the high needs increase in 2026/27?")
    assert reply.outcome in {Outcome.PARTIAL, Outcome.DECLINED}, reply.text
    assert reply.missing is None or "2026/27" in reply.missing


def test_who_asked_about_one_topic_is_not_answered_with_the_asker_of_another(
    shipped_index: FactIndex,
) -> None:
    # The June 2023 question on specialist places names its asker; the one on educational
    # psychologists does not.
    assert_not_answered(
        shipped_index,
        "which party is the MP who asked about educational psychologists in?",
        r"about another topic, not educational psychologists",
    )
    reply = answer(shipped_index, "which MP asked about demand for specialist school places?")
    assert reply.outcome is Outcome.ANSWERED
    assert "Mark Pawsey" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Where a report is published is not a request for places.
        ("where is the data on special school capacity online", "school-capacity-data-published"),
        # Meeting people is not meeting a target; what a spending review said is not findings.
        (
            "has the government met the AEP about recruitment?",
            "association-of-educational-psychologists-engagement",
        ),
        ("what did the spending review say about schools funding?", "core-schools-budget-2028-29"),
        # Who answered: the year is the topic's, which such a fact does not repeat.
        (
            "who responded about the £440 million high needs increase for 2024-25",
            "hn-2023-09-26-answered-by",
        ),
        # The year an answer was given is a year it speaks for.
        ("what does the dfe want for young people with send in 2025", "hn-2025-04-29-ambition"),
    ],
)
def test_questions_close_to_those_rules_are_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "answered_by"),
    [
        ("who is evaluating the change programme?", None),
        ("who's running the change programme evaluation?", None),
        # Who answered is still who answered.
        (
            "who answered the question on measuring the change programme?",
            "cp-2023-12-11-answered-by",
        ),
    ],
)
def test_who_carries_something_out_is_not_who_answered(
    shipped_index: FactIndex, question: str, answered_by: str | None
) -> None:
    reply = answer(shipped_index, question)
    if answered_by is None:
        assert reply.fact is None or "document" not in reply.fact.tags, reply.text
    else:
        assert reply.answered and reply.fact is not None and reply.fact.id == answered_by


def test_a_count_is_not_answered_with_a_fact_that_gives_no_number(
    shipped_index: FactIndex,
) -> None:
    # The applications fact says "a large number of high-quality applications": no count.
    reply = answer(shipped_index, "how many special free schools have opened")
    assert reply.fact is not None and reply.fact.id != "special-free-schools-applications-received"
    asked = answer(shipped_index, "how many councils applied for special free schools?")
    assert not asked.answered, asked.text


def test_a_fact_about_a_region_answers_for_that_region_and_no_other(
    shipped_index: FactIndex,
) -> None:
    asked = answer(shipped_index, "which council leads the east of england change programme?")
    assert asked.answered and asked.fact is not None
    assert asked.fact.id == "change-programme-bedford-east-of-england"
    elsewhere = answer(shipped_index, "which council leads the change programme in the north west?")
    assert not elsewhere.answered, elsewhere.text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # The group named before "how many": a part of the 200,000 no source counts.
        ("of the 200,000 in special schools how many are autistic?", r"how many of them are"),
        ("of the 100,000 people trained in autism how many are teachers", r"of them are teachers"),
        # A share of a group: the sources give no share of special school pupils with an EHCP.
        (
            "what proportion of pupils in special schools have an EHCP?",
            r"not what share of them have an EHCP",
        ),
    ],
)
def test_a_part_of_a_group_no_source_counts_is_not_answered_with_the_whole(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_a_share_of_a_group_the_source_gives_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what share of pupils are in special schools",
        "special-schools-share-highest-in-fifty-years",
    )


@pytest.mark.parametrize(
    "question",
    [
        "when will the neurodivergence task and finish group report?",
        "when will the task and finish group publish its report",
    ],
)
def test_when_a_report_comes_is_not_answered_with_when_the_group_was_set_up(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, r"not when it will report or publish")


def test_when_the_group_was_set_up_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "when was the neurodivergence task and finish group set up",
        "neurodivergence-task-and-finish-group",
    )


@pytest.mark.parametrize(
    "question",
    [
        "will the government scrap EHCPs in the white paper?",
        "are council DSG deficits going to be written off?",
        "will parents lose the right to appeal to the tribunal?",
    ],
)
def test_a_policy_change_to_come_is_not_answered_with_what_was_done_or_planned(
    shipped_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is Intent.PREDICTION
    assert_not_answered(shipped_index, question, r"doesn't say what will happen next")


def test_a_figure_without_a_label_still_reads_as_a_sentence(shipped_index: FactIndex) -> None:
    # A figure curated without a label: a missing sentence must not read "gives the , not".
    from dataclasses import replace

    from sendbot.answering.lacking import the_figure

    counted = next(p for p in shipped_index.profiles if p.main_label and p.main_kind)
    assert the_figure(replace(counted, main_label="")) in {"a number", "a figure"}
