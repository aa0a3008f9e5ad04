"""Long chatty questions: who is asking and how things are for them is context, not a
constraint; the question they end with gets the answer it gets on its own.

Measured against the frozen single-source knowledge base.
"""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_where_the_asker_is_in_their_story_is_not_a_place_asked_about(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "we've been on a waiting list for a place near us for ages, how many new special "
        "schools opened this academic year?",
        "special-schools-opened",
    )
    assert_answered_with(
        single_source_index,
        "I volunteer with a parent group in the north west (still no report for us), how many "
        "local area inspection reports have been published?",
        "inspection-reports-published",
    )


def test_a_question_about_the_askers_own_area_still_asks_about_it(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "how many new special schools opened near us?",
        r"not for any one area or council",
    )
    assert_not_answered(
        single_source_index,
        "my council in Devon has no money, how much high needs funding is it getting?",
        r"not for Devon|not for any one area or council",
    )


def test_a_year_in_the_askers_story_is_not_a_period_asked_about(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "my wife reckons send funding has been cut since our daughter started school in 2018, "
        "by what percentage has the high needs budget changed?",
        "high-needs-budget-increase",
    )
    assert_not_answered(
        single_source_index,
        "how many new special schools opened in 2018?",
        r"2018",
    )


def test_a_question_asked_indirectly_is_still_the_question(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "does anyone know how many special schools opened this academic year? we're desperate "
        "for a place near us",
        "special-schools-opened",
    )


def test_a_long_story_does_not_drown_the_question_it_ends_with(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "volunteer here writing up a timeline for our parent group newsletter, on what date "
        "was this written question asked?",
        "document-asked-date",
    )
    assert_answered_with(
        single_source_index,
        "we have waited 11 months for an EP assessment for our daughter, how much extra is "
        "the department putting in to train more educational psychologists?",
        "educational-psychologists-funding",
    )


def test_the_story_left_out_does_not_turn_a_gap_into_an_answer(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "our son is autistic and we've been waiting for a place for ages, how many of the "
        "1,500 new places are for autistic children?",
        r"autistic",
    )


def test_who_the_asker_is_is_context_whatever_their_role(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "hello, SEND caseworker in a council in the north east, how many local authorities "
        "are in the change programme altogether?",
        "change-programme-local-authorities",
    )
    assert_answered_with(
        single_source_index,
        "will sencos get evidence based training from the new npq? the quality of courses "
        "round here is really patchy",
        "npq-senco-purpose",
    )


def test_a_question_pointing_back_at_what_the_story_named_is_answered_about_it(
    single_source_index: FactIndex,
) -> None:
    # The asking clause says only "it": the topic is in the story before it.
    assert_answered_with(
        single_source_index,
        "my daughter is 9 and her school mentioned something called PINS, how much money is "
        "behind it?",
        "pins-programme",
    )
    assert_answered_with(
        single_source_index,
        "my son is 17 and his college mentioned supported internships, what do they lead to?",
        "supported-internships-all-las",
    )


def test_the_story_a_question_points_back_at_adds_no_detail_the_source_lacks(
    single_source_index: FactIndex,
) -> None:
    # Naming the topic does not make the source say what it does not: no end date, no pay.
    assert_not_answered(
        single_source_index, "my son's school is in PINS, when does it end?", r"end|finish"
    )
    assert_not_answered(
        single_source_index, "my daughter's EP is lovely, how much are they paid?", r"paid|pay"
    )


def test_a_story_pointed_back_at_answers_on_the_shipped_sources(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "our school joined PINS last year, what will the evaluation of it look at?",
        "pins-evaluation-scope",
    )
    # Who the asker's child is ("17 with an EHC plan") is not a group the figure must be for.
    assert_answered_with(
        shipped_index,
        "my daughter is 17 with an EHC plan and her college mentioned supported internships, "
        "how much is going into them?",
        "supported-internships-investment-2022",
    )


def test_a_heading_before_the_question_is_not_the_askers_story(shipped_index: FactIndex) -> None:
    # "latest on X - is it happening?" asks about the newest answer: X is no story.
    from sendbot.answering.asker_story import pointed_back

    assert (
        pointed_back("latest on the pins programme evaluation - is it actually happening?") is None
    )


def test_a_sum_the_story_names_is_not_another_figure(single_source_index: FactIndex) -> None:
    # The source gives £10.5 billion for high needs; "the £1bn" it points back at is not that.
    assert_not_answered(
        single_source_index,
        "the £1bn for high needs keeps coming up at our governors meetings, what is it for?",
        r"1bn|1 billion|£1",
    )


def test_who_the_asker_says_they_are_does_not_choose_the_answer(
    single_source_index: FactIndex,
) -> None:
    # "autism training for staff" says what the asker reads, not what they ask about.
    assert_answered_with(
        single_source_index,
        "parent here reading about autism training for staff, when did the improvement plan "
        "come out?",
        "document-plan-published",
    )
    assert_answered_with(
        single_source_index,
        "governor here doing some reading on staff training, when was the SEND and AP "
        "improvement plan published?",
        "document-plan-published",
    )


def test_what_the_story_names_that_the_source_never_mentions_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    # The source says nothing of a PINS helpline: the programme's funding is not its funding.
    assert_not_answered(
        single_source_index,
        "my son's school talks about the PINS helpline a lot, how much money is behind it?",
        r"helpline",
    )


def test_a_question_told_as_someone_elses_is_the_question(shipped_index: FactIndex) -> None:
    # "do you know?" asks nothing of its own: the question is the one the asker was asked.
    assert_answered_with(
        shipped_index,
        "my son asked me how many EPs are being trained, any idea?",
        "educational-psychologists-trainees",
    )


def test_saying_what_the_answer_is_for_costs_little_sureness(
    single_source_index: FactIndex,
) -> None:
    """ "for a uni essay", "writing a briefing note": words the sources never use, which say
    why someone asks, not what; they weigh as everyday words, not as an unknown topic."""
    for question, fact_id in (
        ("for a uni essay: what does the improvement plan aim to do?", "improvement-plan-aim"),
        (
            "writing a briefing note - how many educational psychologists are being trained?",
            "educational-psychologists-trainees",
        ),
    ):
        reply = answer(single_source_index, question)
        assert reply.answered and reply.fact is not None and reply.fact.id == fact_id
        assert reply.score is not None and reply.score >= 0.9


def test_an_unseen_word_naming_the_asker_weighs_as_an_everyday_word(
    single_source_index: FactIndex,
) -> None:
    weight = single_source_index.weight
    assert weight("councillor") == weight("wondering") < weight("tribunal")
    # "writing a briefing note", "need the exact date": why and how exactly, not what
    assert weight("note") == weight("exact") == weight("wondering")


def test_a_question_opened_by_roughly_or_honestly_is_still_the_asking_clause(
    single_source_index: FactIndex,
) -> None:
    """ "roughly how many ..." asks; "teacher in Cornwall and our inspection is late" tells."""
    assert_answered_with(
        single_source_index,
        "teacher in cornwall and our inspection is late, roughly how many inspection reports "
        "have been published?",
        "inspection-reports-published",
    )
    assert_not_answered(
        single_source_index,
        "I live in Devon, roughly how many special schools opened there?",
        "not for Devon",
    )


def test_the_places_the_asking_clause_names_are_asked_about_not_where_the_asker_lives(
    shipped_index: FactIndex,
) -> None:
    """ "I live in Bedfordshire" is context when the question itself names Bedford and the East
    of England; a question naming no place still asks about where the asker lives."""
    assert_answered_with(
        shipped_index,
        "i live in bedfordshire - is bedford the lead council for the east of england change "
        "programme?",
        "change-programme-bedford-east-of-england",
    )
    assert_not_answered(
        shipped_index, "I live in Devon, how many special schools opened there?", "not for Devon"
    )


def test_what_the_story_says_is_unaffordable_is_not_a_cost_asked(shipped_index: FactIndex) -> None:
    # The asking clause asks who decides; "cant afford" only tells why the asker wants to know.
    assert_answered_with(
        shipped_index,
        "our school cant afford extra TAs, does the dfe say who decides how a school spends "
        "its budget on SEND?",
        "schools-decide-send-spending",
    )
    assert analyse("our school cant afford extra TAs, who decides?").intent is not Intent.COST
    assert analyse("can schools afford an EP assessment?").intent is Intent.COST


def test_a_short_aside_after_the_question_is_left_out_too(shipped_index: FactIndex) -> None:
    # A story told after the question, however short, that leads the whole message astray
    # ("asked", "wave 2" point at other facts): the question read alone, when that is sure.
    assert_answered_with(
        shipped_index,
        "is PINS being evaluated by anyone? the trust asked us to join wave 2",
        "pins-independent-evaluation",
    )
    assert_answered_with(
        shipped_index,
        "what will the PINS evaluation look into? we were asked to join in wave 2",
        "pins-evaluation-scope",
    )
    # A question the source does not answer stays unanswered whatever follows it.
    assert_not_answered(
        shipped_index,
        "who is doing the pins evaluation? our head wants to know",
        r"doesn't name",
    )


def test_a_place_that_only_sets_the_scene_does_not_narrow_the_question(
    single_source_index: FactIndex,
) -> None:
    """The asker's council as the subject of their story ("our LA in Shropshire keeps blaming
    ...") and "it" in the question, which points at what the council spoke of, not at the
    council: the figure asked is the national one."""
    assert_answered_with(
        single_source_index,
        "our LA in Cumbria keeps going on about the change programme, how many local "
        "authorities are in it?",
        "change-programme-local-authorities",
    )
    assert_answered_with(
        single_source_index,
        "i'm a teacher in a school in Sunderland and our council keeps mentioning the change "
        "programme, how much money is it?",
        "change-programme",
    )
    # Two questions one fact answers: "£70 million" and "in September 2023".
    assert_answered_with(
        single_source_index,
        "teacher in a school in Sunderland and our council keeps mentioning the change "
        "programme, how much money is it and when did it launch?",
        "change-programme",
    )
    assert_answered_with(
        single_source_index,
        "I keep hearing about the AP specialist taskforce at our council's meetings, how many "
        "children has it reached?",
        "ap-specialist-taskforce-reach",
    )


def test_a_question_of_the_whole_is_answered_whatever_the_story_says(
    single_source_index: FactIndex,
) -> None:
    # A total, or what the government says, is the country's: not the asker's area's.
    assert_answered_with(
        single_source_index,
        "my son is 6, his infant school in Hull got a letter about PINS, how many primary "
        "schools will the programme support in total?",
        "pins-primary-schools",
    )
    assert_answered_with(
        single_source_index,
        "the council in our area says there's nothing left for SEND, but how much is the "
        "government saying it will put behind the plan in 2024/25?",
        "high-needs-funding-2024-25",
    )


def test_where_the_askers_child_goes_to_school_is_context(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "my son is 10, at a small primary in Wigan, how many primary schools is PINS meant to "
        "support?",
        "pins-primary-schools",
    )


def test_a_place_asked_of_is_still_asked_of_after_the_story(
    single_source_index: FactIndex,
) -> None:
    # Where the asker lives, with no total asked, or a place the question names: not England's.
    assert_not_answered(
        single_source_index,
        "my son is 9 and we live in Devon, how many special schools opened?",
        "not for Devon",
    )
    assert_not_answered(
        single_source_index,
        "my son's school is in Leeds, how many primary schools in Leeds will PINS support?",
        "not for Leeds",
    )
    # "them" is the asker's council: what a report said of it is not in the source.
    assert_not_answered(
        single_source_index,
        "our LA got a bad report last year, what did it say about them?",
        "any one area or council",
    )


def test_a_figure_in_the_story_is_not_one_the_question_asks_for(
    single_source_index: FactIndex,
) -> None:
    # "3 a year" tells how often the EP comes: the question asks how much went into training.
    assert_answered_with(
        single_source_index,
        "our EP visits are down to 3 a year for the whole school. how much extra funding has "
        "gone into training educational psychologists?",
        "educational-psychologists-funding",
    )
