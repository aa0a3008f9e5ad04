"""On-topic questions the written answer does not answer, read for the reason it does not: what
is to come after what it gives, a verdict, what came of something, a cost to the asker, what a
term means in it, a count of those who did another thing, a budget larger than the fact's.
The reply is a partial whose first sentence says what is missing; the questions the facts do
answer stay answered.

The phrasings here are new: none is taken from a labelled set."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

_NEXT = (
    r"^The written answer doesn't say what will happen next; it reports what has been done and "
    r"planned\.$"
)
_JUDGED = (
    r"^The written answer doesn't make that judgement; it says what is being done( and spent)?\.$"
)
_RESULTS = (
    r"^The written answer doesn't report results or judge whether it is working; it says what is "
    r"being done\.$"
)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # More of the same after what the source gives, a decision still to be made
        ("will there be any more ap free schools beyond these", Intent.PREDICTION),
        ("will the department fund more early years senco places", Intent.PREDICTION),
        ("is the early years senco course going to be made permanent", Intent.PREDICTION),
        ("is the dfe thinking about expanding pins to colleges", Intent.PREDICTION),
        ("once the 15 schools have been opened, do they stop or carry on", Intent.PREDICTION),
        ("after the taskforce is finished will anything replace it", Intent.PREDICTION),
        # A verdict no figure makes
        ("£70m for the change programme, is that a drop in the bucket", Intent.JUDGEMENT),
        ("4000 children reached is nowhere near enough surely?", Intent.JUDGEMENT),
        ("will the new qualification be any better than what sencos had before", Intent.JUDGEMENT),
        # What came of it for those it was for
        (
            "has the early years training made nurseries any better at spotting needs",
            Intent.OUTCOME,
        ),
        ("has the autism training made a noticeable difference", Intent.OUTCOME),
        ("did the pupils in pins schools do any better", Intent.OUTCOME),
        ("has the change programme led to shorter waits for ehcps", Intent.OUTCOME),
        ("wondering whether councils are getting better or worse at ehcps", Intent.OUTCOME),
        ("are send services getting better or worse under the new inspections", Intent.JUDGEMENT),
        # A cost to the one asking, or to the young person
        ("would the npq cost our senco anything", Intent.COST),
        ("is the online autism course something i'd be paying for myself", Intent.COST),
        # What a term means where the source uses it, what a named body does
        ("what does local area partnership mean in the improvement plan", Intent.DEFINITION),
        ("apst, what does it actually do", Intent.DEFINITION),
    ],
)
def test_what_is_asked(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # A story around the asking clause that reads as asking nothing: the clause decides
        (
            "we joined the change programme last year. has it led to fewer complaints",
            Intent.OUTCOME,
        ),
        (
            "my son is in year 9 and we moved area. is the ap taskforce actually any good",
            Intent.OPINION,
        ),
    ],
)
def test_the_asking_clause_says_what_a_story_around_it_does_not(
    question: str, intent: Intent
) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("will there be more special free schools approved beyond those", _NEXT),
        ("are ministers planning to widen pins to secondary schools", _NEXT),
        ("is the supported internship pilot going to become permanent", _NEXT),
        ("15 new special schools: is that a drop in the ocean", _JUDGED),
        ("is the 60% increase really good or not nearly enough", _JUDGED),
        ("has the itt send content made trainee teachers any better", _RESULTS),
        (
            "did the children the ap specialist taskforce reached do better at school",
            r"^The written answer gives the number of children reached by the AP Specialist "
            r"Taskforce programme to date, not what came of them\.$",
        ),
        (
            "we sent 3 people on it and 1 finished. how many have completed the early years "
            "senco training, is it close to 5000?",
            r"^The written answer gives the number registered, not the number who completed it\.$",
        ),
        (
            "how big is the total dfe budget in 2024/25",
            r"^The written answer gives the funding backing the SEND and AP Improvement Plan in "
            r"2024/25, not the whole DfE budget\.$",
        ),
        (
            "how big is the department's overall budget",
            r"^The written answer gives the funding backing the SEND and AP Improvement Plan in "
            r"2024/25, not the whole department budget\.$",
        ),
        (
            "would it cost the intern anything to take part in the supported internship pilot",
            r"^The written answer doesn't give a cost to families, schools or anyone else\.$",
        ),
    ],
)
def test_what_the_source_does_not_give_is_said(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # What the facts do give, asked beside the words the rules read
        ("when does the ap specialist taskforce end", "ap-specialist-taskforce-extension"),
        ("how many special free schools have been approved", "special-free-schools-approved"),
        (
            "how many children has the ap specialist taskforce reached",
            "ap-specialist-taskforce-reach",
        ),
        ("has the ap taskforce made a difference", "ap-specialist-taskforce-reach"),
        (
            "how many people have registered for the early years senco training",
            "early-years-senco-training",
        ),
        ("how much high needs funding is there in 2024/25", "high-needs-funding-2024-25"),
        ("what is the high needs budget for 2024/25", "high-needs-funding-2024-25"),
        ("what's the dfe's total budget for send in 2024/25", "high-needs-funding-2024-25"),
    ],
)
def test_what_the_facts_give_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        # Whose budget, named before "total" ("the DfE's" is read "the dfe")
        ("what's the dfe's total budget this year", (("dfe", "dfe budget"),)),
        ("what is the department's overall budget", (("department", "department budget"),)),
        # ... not "the total budget" alone, nor a kind named before it the usual way
        ("what is the total budget", ()),
        ("what is the high needs budget", (("high needs", "high needs budget"),)),
    ],
)
def test_whose_budget_is_read_past_total(question: str, kinds: tuple[tuple[str, str], ...]) -> None:
    assert analyse(question).kinds == kinds
