"""Questions whose answer a fact does give, though a word of the question once read as a detail
the fact lacks: the kind of funding named by the written answer's own topic, a place the fact
reaches by reaching every region, "per the answer" (whose words, not an amount each), and a
"what's in an EHCP" inside a question asking who. Each still leaves unanswered what no fact
gives."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        # The answer on educational psychologists says "government funding": EP funding.
        "is ep funding ringfenced for councils",
        "is EP funding ringfenced for councils? im a councillor and our EP service is on its knees",
    ],
)
def test_funding_named_by_the_answers_topic_is_the_funding_the_fact_speaks_of(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "government-funding-not-ringfenced")


def test_training_named_by_the_one_sources_topic_is_its_training(
    single_source_index: FactIndex,
) -> None:
    """The one written answer is on SEND: its online training modules are SEND training."""
    assert_answered_with(
        single_source_index,
        "anyone know how many of the online send training modules have been completed since "
        "2022? our staff did loads of them",
        "online-training-modules",
    )


def test_a_kind_cut_short_by_a_typo_is_the_facts_whole_word(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "who provides the autism awarenes training? school keeps saying we all did it but i "
        "have no idea who ran it",
        "autism-awareness-training",
    )


def test_a_budget_is_named_by_the_fact_not_by_an_answer_on_school_funding(
    shipped_index: FactIndex,
) -> None:
    """The answer on "school funding" gives the high needs total too: the schools budget is
    the fact that names it."""
    assert_answered_with(
        shipped_index,
        "teacher here, our LA keeps saying there's no money for SEND. what did the minister say "
        "in sept 2023 about the whole schools budget for 2024/25?",
        "schools-budget-2024-25",
    )


def test_a_topic_most_answers_share_names_no_one_answers_kind(shipped_index: FactIndex) -> None:
    """Half the answers are on SEND: the 2024 "Universal training offer" count is not thereby
    the latest on the universal SEND training offer; the June 2025 answer's Universal Services
    programme is (curated phrasings say it is the offer's programme)."""
    assert_answered_with(
        shipped_index,
        "whats the latest on the universal send training offer for school staff",
        "universal-services-programme",
    )


@pytest.mark.parametrize(
    "question",
    [
        "will there be listening sessions near me? im in cornwall",
        "will there be send listening sessions in my region",
        "are there going to be listening sessions near me? i'm in cornwall and want to have "
        "my say as a parent",
    ],
)
def test_sessions_in_every_region_reach_the_askers_region(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "send-reform-listening-sessions")


def test_support_wherever_they_live_answers_whether_it_depends_on_where(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "does the plan mean support wont depend on where you live",
        "improvement-plan-aim",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # A named place, not the asker's own area: every region is not a session there.
        ("is there a listening session in Sheffield", r"Sheffield"),
        # A figure for one area is still not given by a fact reaching every one.
        ("how many listening sessions will there be near me", r"area|where|number"),
    ],
)
def test_every_region_gives_no_figure_or_place_of_its_own(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_per_the_answer_says_whose_words_not_an_amount_each(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what's the aim of the send reforms per the nov 2025 answer",
        "send-reform-inclusive-system-progress",
    )


def test_an_amount_per_school_is_still_an_amount_each(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index, "how much did the PINS programme cost per school", r"each school"
    )


@pytest.mark.parametrize(
    "question",
    [
        "who makes sure a school actually delivers whats in an EHCP",
        "who is responsible for making sure a school actually delivers what's in an ehcp?",
        # "who's" typed without its apostrophe
        "whos responsible for making sure a school actually delivers whats in the EHCP",
        # "whose job is it" asks whose, as "who" does
        "whose job is it to make sure the school actually delivers whats in the ehcp",
    ],
)
def test_whats_in_an_ehcp_inside_a_who_question_asks_who(
    shipped_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is not Intent.DEFINITION
    assert_answered_with(shipped_index, question, "councils-responsible-for-ehcp-provision")


def test_what_is_an_ehcp_on_its_own_still_asks_what_it_is() -> None:
    assert analyse("what is an ehcp").intent is Intent.DEFINITION
    assert analyse("senco here, what is an ehcp").intent is Intent.DEFINITION
    assert analyse("whats an ehcp").intent is Intent.DEFINITION


def test_this_academic_year_said_in_february_2024_is_2023_24(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "did they open 15 special schools and an AP free school in 2023/24?",
        "special-schools-opened",
    )


def test_this_academic_year_is_not_the_year_after(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how many special schools opened in 2024/25?", r"2024/25|2024_25"
    )


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("latest on how many special schools dfe has opened", "special schools"),
        ("how many extra educational psychologists they're training", "extra educational"),
    ],
)
def test_a_count_is_of_the_noun_before_a_clause_naming_who_does_it(
    question: str, subject: str
) -> None:
    """ "special schools [that the] DfE has opened" counts schools, not "schools dfe"."""
    assert analyse(question).subject.startswith(subject)
    assert "dfe" not in analyse(question).subject
    assert "theyre" not in analyse(question).subject


def test_special_schools_the_dfe_has_opened_are_the_schools_opened(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "latest on how many special schools dfe has opened",
        "special-schools-opened",
    )


def test_which_regions_of_a_programme_for_every_region_is_every_region(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "which regions does the change programme benefit",
        "change-programme-partners",
    )


def test_which_regions_and_when_asks_more_than_every_region_says(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "which regions are the white paper listening sessions in and when",
        r".",
    )


def test_what_an_emoji_ends_is_told_not_asked(single_source_index: FactIndex) -> None:
    """ "EP shortage is brutal 😩": a shortage told of, not a count of EPs needed asked for."""
    assert_answered_with(
        single_source_index,
        "EP shortage is brutal where I am 😩 how many more ed psychs are they training?",
        "educational-psychologists-trainees",
    )


def test_reports_out_by_a_date_are_all_those_published(shipped_index: FactIndex) -> None:
    """ "were out by feb 2024" says when, not which part of the reports."""
    assert_answered_with(
        shipped_index,
        "how many of the new ofsted/cqc local area inspection reports were out by feb 2024",
        "inspection-reports-published",
    )


def test_my_teacher_training_is_training_not_my_case(single_source_index: FactIndex) -> None:
    """ "will my initial teacher training cover SEND" asks what the training covers."""
    question = (
        "NQT next year, will my initial teacher training or early career framework actually "
        "cover SEND properly now?"
    )
    assert analyse(question).intent is not Intent.CASE
    assert_answered_with(single_source_index, question, "itt-ecf-send-content")


def test_my_childs_teacher_is_still_my_case() -> None:
    assert analyse("will my son's teacher get send training?").intent is Intent.CASE


def test_a_who_question_after_the_askers_story_asks_who(shipped_index: FactIndex) -> None:
    question = (
        "im a SENCo at an academy and our LA is top slicing the high needs block. who is "
        "responsible for making sure the school actually delivers whats in the EHCP?"
    )
    assert analyse(question).intent is not Intent.DEFINITION
    assert_answered_with(shipped_index, question, "councils-responsible-for-ehcp-provision")


def test_a_definition_asked_after_a_story_is_still_a_definition() -> None:
    assert analyse("my son who has autism just got one, what is an ehcp").intent is (
        Intent.DEFINITION
    )


def test_send_training_is_the_training_of_a_fact_its_curated_questions_call_send_training(
    shipped_index: FactIndex,
) -> None:
    """Every written answer here is on SEND: a fact saying "online training modules" whose
    curated questions ask after "online SEND training" gives the SEND training asked of."""
    assert_answered_with(
        shipped_index,
        "how many online SEND training modules have staff completed since may 2022?",
        "online-training-modules",
    )


@pytest.mark.parametrize(
    "question",
    [
        "is the dfe inviting new local authority applications for the spring budget wave?",
        "can LAs put in new applications for the spring budget wave of special free schools?",
    ],
)
def test_the_spring_budget_is_an_event_not_a_budget_the_fact_must_name(
    shipped_index: FactIndex, question: str
) -> None:
    """ "this wave" is the Spring Budget's wave: the fact need not say "spring"."""
    assert_answered_with(shipped_index, question, "special-free-schools-no-new-applications")


def test_a_number_before_the_spring_budget_is_not_a_kind_of_budget(
    shipped_index: FactIndex,
) -> None:
    """ "the 15 spring budget schools": 15 counts the schools; no fact need give a "15"
    budget."""
    assert_answered_with(
        shipped_index,
        "how will they choose the 15 spring budget special free schools?",
        "special-free-schools-more-applications-considered",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what will the improvement plan mean for mainstream provision in our area?",
        "will the improvement plan improve mainstream provision locally",
    ],
)
def test_what_a_fact_says_of_every_local_setting_answers_for_the_askers_own(
    shipped_index: FactIndex, question: str
) -> None:
    """ "improved mainstream provision in their local setting" is said of every area."""
    assert_answered_with(shipped_index, question, "improvement-plan-mainstream-confidence")


@pytest.mark.parametrize(
    "question",
    ["will my council get into the change programme", "how much does my council get for send"],
)
def test_a_count_or_figure_for_england_still_says_nothing_of_the_askers_council(
    single_source_index: FactIndex, question: str
) -> None:
    """A programme "made up of 32 local authorities" names some councils, not every one."""
    assert_not_answered(single_source_index, question, "England as a whole|any one")


@pytest.mark.parametrize(
    "question",
    [
        "is sen data in the school census published by type of provision?",
        "does the census break down sen pupil numbers by type of provision",
    ],
)
def test_whether_data_is_split_so_is_answered_by_a_fact_saying_it_is(
    shipped_index: FactIndex, question: str
) -> None:
    """A yes/no check of a split, not a request for the split's figures: "data is published
    by type of provision" answers it."""
    assert_answered_with(shipped_index, question, "school-census-sen-data")


@pytest.mark.parametrize(
    "question", ["what's the new inspection regime?", "what is the strengthened inspection regime"]
)
def test_the_new_thing_asked_about_is_described_by_the_fact_that_names_it(
    single_source_index: FactIndex, question: str
) -> None:
    """ "the new inspection regime" is the one the department brought in: "a strengthened local
    authority inspection regime between Ofsted and the CQC" says what it is."""
    assert_answered_with(single_source_index, question, "local-area-inspections")


@pytest.mark.parametrize(
    "question", ["what is a special free school", "what is the universal training offer"]
)
def test_what_a_term_means_is_still_not_said_by_a_fact_that_only_uses_it(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "explain what")
