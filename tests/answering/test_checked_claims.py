""" "Are 60 councils in the change programme?", "was the question tabled in November 2023?":
a yes/no question checking a figure or date is answered with the fact that gives that kind of
figure, which shows the real one, however far the figure checked is from it (and whatever other
fact happens to give that number). A figure named with "the" ("the 4000 children reached")
names the fact's own figure to ask something else of it: what the fact cannot say stays
unanswered."""

import datetime as dt

import pytest

from sendbot.answering.checked_claim import (
    asked_of,
    asks_if_right,
    checked_figures,
    claims,
    correction,
    gives,
    may_be_asked_of,
    reported_claims,
    told_claims,
)
from sendbot.answering.match import FactIndex
from sendbot.answering.negative_check import as_plain_check
from sendbot.knowledge.model import Fact, FigureKind
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id", "shown"),
    [
        # November 2023 is when PINS was announced: no reason to answer with PINS.
        ("was the question tabled in november 2023?", "document-asked-date", "31 January 2024"),
        ("was the pins programme announced in march 2023?", "pins-programme", "November 2023"),
        ("is it 1000 more EPs being trained?", "educational-psychologists-trainees", "400"),
        ("have 50,000 online training modules been completed?", "online-training-modules", "5,000"),
        # "it" names nothing, and the date claimed is another fact's month: the fact giving
        # the kind of date checked is found a few places down the ranking.
        ("was it asked in december 2023", "document-asked-date", "31 January 2024"),
        ("was it tabled in december 2023?", "document-asked-date", "31 January 2024"),
    ],
)
def test_a_figure_checked_is_answered_with_the_fact_giving_the_real_one(
    single_source_index: FactIndex, question: str, fact_id: str, shown: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert shown in reply.text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("did the 4000 children the ap taskforce reached go back into mainstream school?", "came"),
        ("is £10.5bn enough for send?", "judgement"),
    ],
)
def test_a_figure_named_to_ask_something_else_is_no_claim(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_each_kind_of_figure_is_read_as_stated() -> None:
    def kinds(text: str) -> list[FigureKind]:
        return [claim.kind for claim in claims(text)]

    assert kinds("is the plan backed by £8 billion?") == [FigureKind.MONEY]
    assert kinds("has high needs gone up 40%?") == [FigureKind.PERCENT]
    assert kinds("was it asked on 31 jan 2024?") == [FigureKind.DATE]
    assert kinds("are 50 councils involved?") == [FigureKind.COUNT]
    # a period named, and a figure named to ask of it, are no claims
    assert kinds("is it over 10bn in 2024/25") == [FigureKind.MONEY]
    assert kinds("did the 4000 kids get places") == []
    # nor a sum named so: "the £18 million" is no count of 18 either
    assert kinds("date of the answer on the £18 million investment") == []
    # a day of a month after "the" is a date claimed, unless it names which answer
    assert kinds("was it answered on the 31st jan?") == [FigureKind.DATE]
    assert kinds("in the 8 feb answer did the minister say so?") == []
    # a bare number offered as the other of a sum is a sum of its scale, not a count
    assert claims("is the ep money £21m or 30?")[1][2:] == (FigureKind.MONEY, "30 m")
    assert kinds("is it 10 billion or 12 schools?") == [FigureKind.MONEY, FigureKind.COUNT]


def test_two_sums_offered_get_the_fact_of_that_sum(single_source_index: FactIndex) -> None:
    # "11" read as a count drew the 60% rise beside the sum, which gives no count either
    reply = assert_answered_with(
        single_source_index, "send plan money, is it £10.5bn or 12?", "high-needs-funding-2024-25"
    )
    assert reply.text.startswith("The written answer gives over £10.5 billion, not "), reply.text


def test_only_the_figures_a_fact_does_not_give_are_asked_for(
    single_source_index: FactIndex,
) -> None:
    fact = next(f for f in single_source_index.facts if f.id == "online-training-modules")
    text = "is it 5000 online modules or 50000"
    assert asked_of(fact, text, claims(text)) == "is it 5000 online modules or how many"
    assert asked_of(fact, "is it 5000 modules", claims("is it 5000 modules")) is None


@pytest.mark.parametrize(
    "text",
    [
        "is it 5000 online modules or 50000",
        "future schools budget to 2029",
        "does warwickshire get over £100 million for high needs?",
        "was it asked in december 2023",
        "were 30% of places in special schools in 2023?",
        "someone said it came out in 2024, when was it published?",
    ],
)
def test_no_fact_is_reworded_for_that_cannot_check_a_claim(
    shipped_index: FactIndex, text: str
) -> None:
    # The matcher stops ranking a claim's candidates after the last that may be reworded for:
    # that must leave out none `asked_of` rewords for.
    stated = claims(text)
    assert stated
    for asked_when in (False, True):
        reworded = [f for f in shipped_index.facts if asked_of(f, text, stated, asked_when)]
        assert reworded
        for fact in reworded:
            assert may_be_asked_of(fact, stated, asked_when), fact.id
        assert not all(may_be_asked_of(f, stated, asked_when) for f in shipped_index.facts)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A period's years, which only a few facts could check as dates, and a sum above the one
        # given: the fact ranked first answers, as before the others were left unranked.
        (
            "size of the schools budget for the 2024 to 2025 financial year",
            "schools-budget-2024-25",
        ),
        (
            "does warwickshire get over £100 million for high needs?",
            "warwickshire-high-needs-2025-26",
        ),
    ],
)
def test_a_claim_the_first_facts_cannot_check_keeps_the_answer_ranked_first(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


# Claims someone else made, told before the question: "heard it's £40m, is that right?".


@pytest.mark.parametrize(
    ("question", "fact_id", "corrected"),
    [
        (
            "my neighbour reckons the plan has 5 billion behind it for 2024/25, is that true?",
            "high-needs-funding-2024-25",
            "The written answer gives over £10.5 billion, not 5 billion.",
        ),
        (
            "a teacher told me it's £40m to train ed psychs, is that correct?",
            "educational-psychologists-funding",
            "The written answer gives £21 million, not £40m.",
        ),
        (
            "heard 20 local authorities are in the change programme, is that true?",
            "change-programme-local-authorities",
            "The written answer gives 32, not 20.",
        ),
        (
            "someone on twitter said pins is a £25 million programme, is that accurate?",
            "pins-programme",
            "The written answer gives £13 million, not £25 million.",
        ),
        (
            "a friend said the improvement plan was published in 2022, when did it come out?",
            "document-plan-published",
            "The written answer gives 31 March 2023, not 2022.",
        ),
        (
            "is the improvement plan backed by 4bn?",
            "high-needs-funding-2024-25",
            "The written answer gives over £10.5 billion, not 4bn.",
        ),
    ],
)
def test_a_figure_someone_claimed_is_set_right_by_the_fact_giving_the_real_one(
    single_source_index: FactIndex, question: str, fact_id: str, corrected: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.corrected == corrected
    assert reply.text.startswith(f"{corrected}\n{reply.fact.statement}")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the figure claimed is the fact's: nothing to set right (it is confirmed)
        ("heard it's £21m for ep training, is that right?", "educational-psychologists-funding"),
        # a bound the real figure meets is not belied by it
        ("is it over 10 billion for 2024/25?", "high-needs-funding-2024-25"),
        # "this year" is not the five years the 60% is over
        (
            "a parent said the high needs budget went up 20% this year, is that right?",
            "high-needs-budget-increase",
        ),
    ],
)
def test_no_figure_is_said_to_be_wrong_that_the_fact_does_not_belie(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.corrected is None or reply.corrected.startswith("Yes: the written answer gives")
    assert " not " not in reply.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("is PINS £21m?", "The written answer gives £13 million, not £21m."),
        (
            "the pins programme is £21 million, right?",
            "The written answer gives £13 million, not £21 million.",
        ),
    ],
)
def test_a_figure_claimed_does_not_pull_the_answer_off_the_topic_named(
    single_source_index: FactIndex, question: str, corrected: str
) -> None:
    # £21 million is the educational psychologists' sum: PINS, named, gives a sum of its own
    reply = assert_answered_with(single_source_index, question, "pins-programme")
    assert reply.corrected == corrected


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # nothing named but the figure: the fact saying it stands, and confirms it
        ("is it £21m?", "educational-psychologists-funding"),
        ("is £21m for ep training?", "educational-psychologists-funding"),
    ],
)
def test_a_figure_claimed_of_nothing_else_named_keeps_the_fact_saying_it(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.corrected == "Yes: the written answer gives £21 million."


@pytest.mark.parametrize(
    "question",
    ["wasn't it 20 special schools?", "isn't it 20 special schools?", "was it 20 special schools?"],
)
def test_a_negative_check_is_read_as_the_check_it_is(
    shipped_index: FactIndex, question: str
) -> None:
    """ "wasn't it 20 special schools?" was declined, "isn't it ..." answered with facts about
    what is not ringfenced: "wasnt" and "isnt" weighed as topic words, where "was" and "is"
    weigh nothing, and did not open a yes/no check as "was" does."""
    reply = assert_answered_with(shipped_index, question, "special-free-schools-approved")
    assert reply.text.startswith("The written answer gives 76, not 20.")


def test_only_a_negative_opening_check_is_read_as_the_plain_one() -> None:
    assert as_plain_check("Wasn\u2019t it 20?") == "Was it 20?"
    assert as_plain_check("isnt that the £12bn one") == "is that the £12bn one"
    # Negatives that say something is not so keep it.
    for kept in ("what isn't working?", "isn't the plan late?", "wasnt sure, how many EPs?"):
        assert as_plain_check(kept) == kept


def test_a_claim_about_what_the_source_gives_no_figure_for_is_still_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "a governor said each council in the change programme gets £2m, is that true?",
        "each council",
    )


def test_a_sum_or_count_is_given_only_by_the_same_value() -> None:
    fact = _fact("The plan is backed by over £10.5 billion in 2024/25, and 115,000 pupils.")
    assert gives(fact, claims("is it £10.5bn")[0])
    assert gives(fact, claims("is it 115k pupils")[0])
    # not the "5" after the point of "10.5", nor the "10" before it
    assert not gives(fact, claims("is it 5bn")[0])
    assert not gives(fact, claims("is it 10 billion")[0])
    assert not gives(fact, claims("is it 115 pupils")[0])


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        (" is that right", True),
        ("is that true", True),
        (" true", True),
        ("is that the right number", True),
        ("is that actually what dfe called it", False),
        ("what is the right figure", False),
        ("is it for primary schools", False),
    ],
)
def test_a_clause_asking_only_whether_what_was_said_is_right(clause: str, asks: bool) -> None:
    assert asks_if_right(clause) is asks


def test_a_figure_reported_of_the_kind_asked_for_is_a_claim_to_check() -> None:
    text = "someone claimed the plan came out in 2024, when was it published?"
    assert [c.said for c in reported_claims(text, "when was it published?")] == ["2024"]
    # nobody else said it: the message's own figures are what it asks about
    own = "our plan came out in 2024, when was it published?"
    assert reported_claims(own, "when was it published?") == ()
    # a figure of another kind than asked for is no claim to check
    money = "someone said it was £5m in 2024, how much is it?"
    assert [c.said for c in reported_claims(money, "how much is it?")] == ["£5m"]


def test_the_correction_names_each_figure_set_right_and_only_those() -> None:
    fact = _fact("The department has provided a further £21 million to train 400 more EPs.")
    wrong = checked_figures("is it £50m for 400 eps", claims("is it £50m for 400 eps"))
    assert correction(wrong, fact) == "The written answer gives £21 million, not £50m."
    right = checked_figures("is it £21m", claims("is it £21m"))
    assert correction(right, fact) is None
    rough = checked_figures("is it about £20m", claims("is it about £20m"))
    assert correction(rough, fact) is None


def _fact(text: str) -> Fact:
    return Fact(
        id="a-fact",
        statement=text,
        quote=text,
        questions=(),
        as_of=dt.date(2024, 2, 8),
        source_id="a-source",
    )


def test_the_figures_told_before_a_check_are_those_someone_else_said() -> None:
    story = (
        "we've got 3 children in year 2 who need a place. someone on twitter said 15 new"
        " special schools opened this academic year, is that accurate?"
    )
    assert [c.said for c in told_claims(story)] == ["15"]
    # nobody is said to have said it: every figure stated is checked
    assert [c.said for c in told_claims("£50m for ep training, is that right?")] == ["£50m"]


def test_the_askers_own_figures_are_not_set_right(single_source_index: FactIndex) -> None:
    question = (
        "Hi, SENCO at an infant school here. We've got 3 children in Year 2 who need a"
        " specialist setting. Someone on Twitter said 15 new special schools opened this"
        " academic year, is that accurate?"
    )
    reply = assert_answered_with(single_source_index, question, "special-schools-opened")
    # the 15 someone said is confirmed; the asker's own 3 and 2 are not set right
    assert reply.corrected == "Yes: the written answer gives 15."


@pytest.mark.parametrize(
    ("question", "fact_id", "confirmed"),
    [
        # the 5 asked is an amount: "over five years" is how long the rise took, not it
        ("did high needs go up by 5?", "high-needs-budget-increase", None),
        ("has the high needs budget risen by 5", "high-needs-budget-increase", None),
        # a multiple the quote does not say is no yes, though the years are right
        (
            "someone told me high needs funding has doubled in 5 years, is that right?",
            "high-needs-budget-increase",
            None,
        ),
        # said as a length of time, the years are confirmed with their unit
        (
            "has high needs gone up 60 percent in 5 years?",
            "high-needs-budget-increase",
            "Yes: the written answer gives 60% and over five years.",
        ),
        (
            "did 15 special schools open?",
            "special-schools-opened",
            "Yes: the written answer gives 15.",
        ),
    ],
)
def test_a_length_of_time_confirms_only_a_figure_said_as_one(
    single_source_index: FactIndex, question: str, fact_id: str, confirmed: str | None
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.corrected == confirmed


def test_years_said_short_are_a_length_of_time(shipped_index: FactIndex) -> None:
    question = "is it true more kids are in special schools than in the past 50 yrs?"
    reply = assert_answered_with(
        shipped_index, question, "special-schools-share-highest-in-fifty-years"
    )
    assert reply.corrected == "Yes: the written answer gives the past fifty years."


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        # "10 years" alone is no claim the quote makes: "in the past 10 years" is.
        (
            "did the lords question ask about the past 10 years?",
            "places-2026-01-27-question",
            "Yes: the written answer gives the past 10 years.",
        ),
        (
            "did the lords question ask about the past 5 years?",
            "places-2026-01-27-question",
            "The written answer gives the past 10 years, not 5.",
        ),
        (
            "is the share in special schools the highest in 40 years?",
            "special-schools-share-highest-in-fifty-years",
            "The written answer gives the past fifty years, not 40.",
        ),
    ],
)
def test_a_length_of_time_checked_keeps_the_words_saying_which_it_is(
    shipped_index: FactIndex, question: str, fact_id: str, line: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert reply.corrected == line


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        # years ago are no count of children: the line said "gives 200,000, not 10"
        (
            "are there more pupils in special schools now than 10 years ago",
            "pupils-in-special-schools-2024-25",
            None,
        ),
        # a count of children is not set right by the past fifty years
        (
            "did 3000 more kids go to special schools in the last 2 years",
            "special-schools-share-highest-in-fifty-years",
            None,
        ),
        # "over 4 years" is the time the rise took, no floor that "over five years" reaches:
        # the line said "Yes: the written answer gives 60% and over five."
        (
            "is it right the budget went up 60% over 4 years",
            "high-needs-budget-increase",
            "The written answer gives over five years, not 4.",
        ),
        (
            "is the £18m for internships over 5 years?",
            "supported-internships-investment-2022",
            "The written answer gives the next three years, not 5.",
        ),
        # the other choice is a length of time too, said with its unit
        (
            "was the 60% high needs rise over 5 or 10 years?",
            "high-needs-budget-increase",
            "The written answer gives over five years, not 10.",
        ),
        # a year before "year" names a period, no length of time
        (
            "how much backed the plan in the 2024 to 2025 year?",
            "high-needs-funding-2024-25",
            None,
        ),
    ],
)
def test_a_length_of_time_is_set_right_only_by_a_length_of_time(
    shipped_index: FactIndex, question: str, fact_id: str, line: str | None
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert reply.corrected == line


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        (
            "is it the first £6,000 per pupil that schools cover before HN funding kicks in?",
            "Yes: the written answer gives £6,000.",
        ),
        (
            "a mum at the school gate said schools pay the first £10k of support per pupil "
            "before the council tops up, is that right",
            "The written answer gives £6,000, not £10k.",
        ),
    ],
)
def test_a_quoted_figure_is_said_without_the_space_after_it(
    shipped_index: FactIndex, question: str, corrected: str
) -> None:
    """The quote's "£6,000 per pupil" is read as the figure "£6,000 ", space and all: the line
    said "gives £6,000 ." and "gives £6,000 , not £10k"."""
    reply = assert_answered_with(shipped_index, question, "high-needs-funding-reaches-settings")
    assert reply.corrected == corrected
