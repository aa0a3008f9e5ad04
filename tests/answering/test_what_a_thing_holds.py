"""Questions asking what something holds that the written answers only mention: what was said
in reply to a question put, of the record of that question ("To ask ..."); the contents of a
thing spoken of only as still to come (options to be tested, recommendations an evaluation
will help shape, a qualification being introduced); what came of something (conclusions,
recommendations, whether it worked) of a fact saying only what is planned or was set up; and
the data a survey gave, of a fact saying what it asked for. Each is told what the written
answer does not give, never given the mention as the answer; a question the same fact does
answer (what was asked, whether there will be recommendations, when findings are due) is still
answered."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # what was said in reply, of the question put
        (
            "the top slicing pq asked about mechanisms for councils - what mechanisms did the "
            "minister actually set out?",
            "doesn't say what was said in reply",
        ),
        (
            "the Lords question asked for an assessment of the IFS report - what was the "
            "assessment?",
            "doesn't give an assessment",
        ),
        # the contents of a thing still to come
        (
            "what recommendations did the change programme evaluation come up with",
            "doesn't report results or findings",
        ),
        # what came of something, of a fact saying only what is planned or was done
        (
            "what conclusions did the task and finish group on neurodivergence reach",
            "doesn't report results or findings; it says what has been done",
        ),
        (
            "what did the government's independent evaluation of the change programme find in "
            "the end",
            "doesn't report results",
        ),
        ("did the PINS programme work", "it says what is planned or expected"),
        # figures a survey gave, of a fact saying what it asked for
        (
            "what data did the capacity survey show for special school places",
            "doesn't give the figures themselves",
        ),
        (
            "what policy options is the government testing in the white paper engagement",
            "no answer here says what they contain",
        ),
        ("what will be in the new NPQ for SENCOs", "no answer here says what it contains"),
        (
            "what did the dfe promise in more detail on send reform later in 2025",
            "no answer here says what they contain",
        ),
    ],
)
def test_what_a_mentioned_thing_holds_is_said_to_be_missing(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what did the IFS question ask?", "ifs-2025-06-16-question"),
        ("what did the nov 2025 question ask about", "wp-2025-11-21-question"),
        ("who answered the top slicing question", "top-slicing-2026-02-26-answered-by"),
        ("will the evaluation lead to recommendations", "change-programme-evaluation-purpose"),
        ("will policy options be tested before the white paper", "send-reform-listening-sessions"),
        ("is there a new senco qualification?", "npq-senco"),
        ("when are the interim PINS findings due?", "pins-interim-findings-autumn-2025"),
        (
            "is the change programme evaluation going to show what works?",
            "change-programme-evaluation-purpose",
        ),
        ("what is the PINS evaluation meant to find out", "pins-evaluation-scope"),
        ("are there any PINS findings out yet?", "pins-interim-findings-autumn-2025"),
        ("PINS findings due in autumn 2025?", "pins-interim-findings-autumn-2025"),
        ("does the PINS evaluation look at whether it improved schools", "pins-evaluation-scope"),
        (
            "what data does the school capacity survey collect",
            "school-capacity-survey-special-schools",
        ),
    ],
)
def test_what_the_mention_itself_gives_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
