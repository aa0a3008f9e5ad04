"""The asker's short forms said back as the sources write them: "send pupils" is SEND pupils in a
sentence saying what the written answer does not give, while "send" as a verb stays a verb."""

import re

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.lacking import said_back
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("send learners", "SEND learners"),
        ("sencos in primary schools", "SENCOs in primary schools"),
        ("new ehcps", "new EHCPs"),
        ("send them to school", "send them to school"),  # the verb
        ("councils send pupils out of area", "councils send pupils out of area"),  # the verb
        ("eps send reports", "eps send reports"),  # after its subject
        ("can schools send children home", "can schools send children home"),
        ("support for send pupils", "support for SEND pupils"),
        ("parents of send children", "parents of SEND children"),
    ],
)
def test_short_forms_are_said_back_in_capitals(typed: str, said: str) -> None:
    assert said_back(typed) == said


def test_a_count_not_given_names_the_short_form_in_capitals(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "number of send pupils taught in mainstream?")
    assert reply.outcome in {Outcome.PARTIAL, Outcome.DECLINED}
    assert reply.missing is not None and "SEND pupils" in reply.missing
    assert not re.search(r"\bsend pupils\b", reply.missing)
