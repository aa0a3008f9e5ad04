"""'has the white paper been published yet?' of a fact that only promises it: a partial reply
saying no answer here says so, from the promise's date; a fact saying it was done answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        (
            "has the schools white paper actually been published yet",
            "schools-white-paper-early-new-year",
            "The written answer of 21 November 2025 says it was expected early in the new year; "
            "no answer here says whether it has been published since.",
        ),
        (
            "has the new senco NPQ actually started running",
            "npq-senco",
            "The written answer of 8 February 2024 says it was expected from Autumn 2024; "
            "no answer here says whether it has started since.",
        ),
        (
            "has the old senco qualification been scrapped yet",
            "npq-senco",
            "The written answer of 8 February 2024 says it was expected from Autumn 2024; "
            "no answer here says whether it has been replaced since.",
        ),
        (
            "have the 15 spring budget special free schools opened yet",
            "spring-budget-2024-special-free-schools",
            "The written answer of 22 March 2024 speaks of them only as planned; "
            "no answer here says whether they have opened since.",
        ),
        (
            # the quote's sentence naming the announcement promises it ("will be made by May
            # 2024"); the one before it ("confirmed plans") is of the schools
            "have the locations of the spring budget special schools been announced?",
            "special-free-schools-location-announcement",
            "The written answer of 22 March 2024 says they were expected by May 2024; "
            "no answer here says whether they have been announced since.",
        ),
        (
            # approved, not opened: a stage before the event asked about
            "have the 76 approved special free schools all opened",
            "special-free-schools-approved",
            "The written answer of 8 February 2024 speaks of them only as planned; "
            "no answer here says whether they have opened since.",
        ),
        (
            # open now, asked as a state: approval is a stage before it
            "so are those 76 special free schools actually open yet",
            "special-free-schools-approved",
            "The written answer of 8 February 2024 speaks of them only as planned; "
            "no answer here says whether they have opened since.",
        ),
        (
            "are the 76 new special free schools open",
            "special-free-schools-approved",
            "The written answer of 8 February 2024 speaks of them only as planned; "
            "no answer here says whether they have opened since.",
        ),
        (
            # the quote's clause of the 67 says they are in the pipeline; its "opened" is of
            # the 77 opened since 2010
            "have the 67 pipeline free schools all opened",
            "free-school-projects-pipeline-2023",
            "The written answer of 12 June 2023 speaks of them only as planned; "
            "no answer here says whether they have opened since.",
        ),
        (
            "have the regional white paper listening sessions happened yet",
            "send-reform-listening-sessions",
            "The written answer of 21 November 2025 speaks of them only as planned; "
            "no answer here says whether they have taken place since.",
        ),
        (
            # a pilot is not a roll-out
            "has the supported internship pilot for non-ehcp kids been rolled out everywhere",
            "supported-internships-pilot",
            "The written answer of 8 February 2024 speaks of it only as planned; "
            "no answer here says whether it has been rolled out since.",
        ),
        (
            "is the change programme over now",
            "change-programme",
            "The written answer of 8 February 2024 doesn't say it has ended, "
            "and no answer here says whether it has.",
        ),
        (
            # completed is ended, said of the thing itself
            "has the independent evaluation of the change programme been completed",
            "change-programme-independent-evaluation",
            "The written answer of 11 December 2023 doesn't say it has ended, "
            "and no answer here says whether it has.",
        ),
        (
            "is the pins evaluation complete yet",
            "pins-evaluation-scope",
            "The written answer of 12 August 2025 doesn't say it has ended, "
            "and no answer here says whether it has.",
        ),
        (
            # "the councils": the plural is kept through the sentence
            "have all the councils finished improving their supported internship offers",
            "supported-internships-all-las",
            "The written answer of 8 February 2024 doesn't say they have ended, "
            "and no answer here says whether they have.",
        ),
    ],
)
def test_whether_a_promise_was_kept_is_not_answered_by_the_promise(
    shipped_index: FactIndex, question: str, fact_id: str, missing: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing == missing
    assert reply.fact is not None and reply.fact.id == fact_id
    assert reply.text.startswith(missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "whats actually in the schools white paper",
            "The written answer of 21 November 2025 says it was expected early in the new year; "
            "no answer here says what it contains.",
        ),
        (
            "what detailed plans for reforming send did the june 2025 lords answer say were "
            "coming later this year",
            "The written answer of 16 June 2025 says they were expected later in 2025; "
            "no answer here says what they contain.",
        ),
        (
            # "what were they" asks of the plans the clause before names
            "the ifs answer said reform plans 'later this year' - what were they",
            "The written answer of 16 June 2025 says they were expected later in 2025; "
            "no answer here says what they contain.",
        ),
        (
            "the june 2025 answer said send reform plans in due course - what are they",
            "The written answer of 9 June 2025 says they were expected in due course; "
            "no answer here says what they contain.",
        ),
        (
            # the message tells what the Lords asked for: "what was it" asks for the data,
            # not the question's wording, and the answer says findings are only expected
            "the lords asked for pins interim data - what was it",
            "The written answer of 12 August 2025 says it was expected in autumn 2025; "
            "no answer here says what it contains.",
        ),
        (
            # what the thing will hold, asked before it comes
            "what will be in the schools white paper about ehcps",
            "The written answer of 21 November 2025 says it was expected early in the new year; "
            "no answer here says what it contains.",
        ),
        (
            "what exactly will the schools white paper say on send",
            "The written answer of 21 November 2025 says it was expected early in the new year; "
            "no answer here says what it contains.",
        ),
        (
            # the details of plans only promised to be set out later
            "give me the details of the send reforms the government set out",
            "The written answer of 16 June 2025 says they were expected later in 2025; "
            "no answer here says what they contain.",
        ),
        (
            "the june 2025 lords answer said send reform detail later this year - what is the "
            "detail",
            "The written answer of 16 June 2025 says it was expected later in 2025; "
            "no answer here says what it contains.",
        ),
        (
            # asked as come by now: the quote says the department "will ... share" them
            "what early insights has the change programme feedback loop shown",
            "The written answer of 11 December 2023 speaks of them only as to come; "
            "no answer here says what they contain.",
        ),
    ],
)
def test_what_a_promised_thing_holds_is_not_answered_by_the_promise(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing == missing


@pytest.mark.parametrize(
    "question",
    [
        "so where are the 15 schools, the answer said by may 2024",
        "have they said where the 15 new special free schools are yet",
        "the march 2024 answer said locations would come later - so where are the 15 special "
        "free schools?",
        "where exactly are the 15 spring budget special schools going?",
    ],
)
def test_where_a_thing_is_is_not_answered_by_a_promise_to_announce_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing == (
        "The written answer of 22 March 2024 says an announcement was expected by May 2024; "
        "no answer here says where they are."
    )
    assert reply.fact is not None
    assert reply.fact.id == "special-free-schools-location-announcement"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # what the thing is, not what a promise of it holds; what the Lords asked, asked
        ("ITTECF minimum entitlement - what is it?", "ittecf-minimum-entitlement-2025"),
        ("the lords asked about pins - what did they ask", "pins-2025-08-12-question"),
        # how it stands, not where it is: the newest word answers
        ("where are things with PINS now, any results yet?", "pins-interim-findings-autumn-2025"),
        # the fact says it was done: it answers
        ("has dfe opened any new special schools", "special-schools-opened"),
        # "confirmed plans for 15 additional special free schools": announced
        (
            "has the chancellor announced new special schools",
            "spring-budget-2024-special-free-schools",
        ),
        # "is underway": started
        ("has the pins evaluation started yet", "pins-independent-evaluation"),
        # when the promised thing comes, or whether it will: the promise answers
        ("when will the send reform plans be set out", "schools-white-paper-early-new-year"),
        (
            "when will the locations of the 15 special schools be announced",
            "special-free-schools-location-announcement",
        ),
        # "extended until March 2025" says how long it runs
        ("is it true the AP taskforce ended last year?", "ap-specialist-taskforce-extension"),
        # asked of the promise itself, or in words that are no event ("over five years")
        (
            "did dfe say it would share early insights from the change programme more widely?",
            "change-programme-reach-feedback-loop",
        ),
        ("is the high needs increase 50% over five years", "high-needs-budget-increase"),
        # asking for the newest word: the promise is that word
        (
            "are the send reform plans out yet? what did they say most recently",
            "schools-white-paper-early-new-year",
        ),
    ],
)
def test_a_fact_saying_it_was_done_or_the_newest_word_asked_still_answers(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the 15 are said to have opened: the clause of the number asked states it done
        ("have the 15 new special schools opened", "special-schools-opened"),
        ("are the 15 new special schools open yet", "special-schools-opened"),
        # what was asked is the opening, or the approval, which the quotes state
        ("how many new special schools have opened", "special-schools-opened"),
        ("how many special free schools got approved?", "special-free-schools-approved"),
        # which of two states: the quote's own state answers
        ("are the 76 special free schools open or just approved", "special-free-schools-approved"),
        (
            "the 76 special free schools, are they approved or open?",
            "special-free-schools-approved",
        ),
    ],
)
def test_an_event_the_quote_states_done_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id


def test_approval_asked_beside_others_opened_is_not_read_as_opening(
    shipped_index: FactIndex,
) -> None:
    # "already opened" is said of other schools; what is asked is whether the 76 were approved
    reply = answer(
        shipped_index,
        "the 76 special free schools thing - were those approved on top of the ones already "
        "opened?",
    )
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "special-free-schools-approved"


@pytest.mark.parametrize(
    "question",
    ["is the old senco qualification being replaced?", "is the npq senco replacing the old award"],
)
def test_whether_it_is_being_replaced_is_answered_by_the_plan(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "npq-senco"
