"""Kinds of on-topic question a written answer cannot answer, whatever fact is nearest: who
asked, what a named thing is, one child's case, whether something worked or will be done
again, when something comes into force. Each is declined, or shown the related fact after a
sentence saying what is missing; a fact that does answer is still given."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # Which kind of member asked, or who it was: written answers do not say.
        ("did a peer ask this one or an mp?", r"doesn't say who asked"),
        ("who originally tabled this question", r"doesn't say who asked"),
        ("was it a tory mp that asked this", r"doesn't say who asked"),
        ("what party asked this question", r"doesn't say who asked"),
        # One child's case, the child spoken of as "he" or "his".
        (
            "my son is 6, will he get a place at one of the new special schools?",
            r"any one person's case",
        ),
        ("will his school get pins support", r"any one person's case"),
        # What a named thing is: "what even is the ...", "what's a ...".
        ("what even is the universal training offer", r"doesn't explain what the universal"),
        ("whats a supported internship", r"doesn't explain what a supported internship"),
        ("who are the autism education trust", r"doesn't explain what the autism education trust"),
        # Whether it worked, asked after a long name; whether it will make things better.
        ("what results has the change programme had so far?", r"doesn't report results"),
        ("has the change programme for send worked?", r"doesn't report results"),
        ("will the supported internship pilot get extended again", r"what will happen next"),
        # A part of a counted group, the group named before the asking or the part said in
        # the passive ("had been judged") or by where they went.
        ("of the 1500 new places, how many had a waiting list?", r"not how many of them had a"),
        (
            "how many of the 1680 pins schools had been judged outstanding?",
            r"not how many of them had been judged outstanding",
        ),
        ("how many of the 400 trainee eps went back to teaching", r"not how many of them went"),
        # What came of it: people into jobs.
        ("has the supported internships offer got any young people into jobs", r"results"),
        ("how many interns got into paid work", r"results"),
        # Another budget than the one the fact gives, named by an everyday word.
        ("how big is the schools budget this year", r"doesn't give a figure for schools budget"),
        # Those who did not finish, however it is said, and wherever.
        ("how many people dropped out of the autism training", r"not how many did not finish"),
        (
            "how many practitioners signed up for the early years senco training but never "
            "completed it",
            r"not how many did not finish",
        ),
        # A verdict or a recommendation, however the figure is put.
        ("would you recommend the npq senco", r"not anyone's opinion"),
        ("is 10.5bn a lot", r"doesn't make that judgement"),
        # One child's or one setting's case, eligibility.
        (
            "my son is 10 and autistic, would his school be in pins",
            r"any one person's case",
        ),
        ("could my nursery sign up for the senco training", r"doesn't say who is eligible"),
        # Trained or done, of a count of those registered; in post now, of a plan.
        (
            "how many early years practitioners are now fully trained sencos",
            r"not the number who completed it",
        ),
        (
            "how many of the 5000 registered have actually done the training",
            r"not the number who completed it",
        ),
        ("how many new eps are working in schools now", r"a plan, not how many so far"),
        # What counts as one, who may take part, how a total is split.
        ("what counts as a special free school", r"doesn't explain what a special free school"),
        ("can anyone do the npq senco", r"doesn't say who is eligible"),
        ("how is the 10.5bn split", r"gives a total, not a breakdown"),
        # How long something runs, asked of a programme whose end no fact gives: "long" and
        # "run" say how it asks, so another programme's end date is no answer.
        ("how long does the change programme run for", r"not when it ends"),
        ("what year does the change programme finish", r"not when it ends"),
        ("when does the npq senco stop being offered", r"not when it ends"),
        ("when will the online training modules be withdrawn", r"not when it ends"),
        ("when's the last intake for the npq senco", r"not when it ends"),
        # More to come, and one child's school's eligibility.
        ("will more councils join the change programme", r"what will happen next"),
        ("my son is in year 2, can his school apply for pins", r"who is eligible"),
        ("i'm a ta, am i able to do the npq senco", r"who is eligible"),
        # A verdict asked "honestly" is still a verdict.
        ("honestly is the government doing enough on send?", r"doesn't make that judgement"),
        # Whether what is to come will be any good, or will happen at all; a comparison.
        ("will the special free schools be any good", r"not anyone's opinion"),
        ("will the 76 free schools actually get built", r"what will happen next"),
        ("is the new ofsted regime tougher", r"doesn't make that judgement"),
        # When it comes into force, of a fact dating only an announcement.
        (
            "when does the new itt and ecf content come into force",
            r"gives when it was announced \(January 2024\), not when it starts",
        ),
    ],
)
def test_a_detail_no_fact_gives_is_not_answered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "when did the mp ask" asks when, and "did the mp ask" what: the answer says both.
        ("when did the mp ask this", "document-asked-date"),
        # A scheme for young people without an EHC plan says whether he can do one.
        ("can he get a supported internship without an ehcp", "supported-internships-pilot"),
        ("what is the £3m pilot?", "supported-internships-pilot"),
        # What is being done to get young people into work is a plan, which a fact gives.
        (
            "what is the government doing to get young people with send into paid jobs",
            "supported-internships-all-las",
        ),
        (
            "what's being done to help send young people into employment",
            "supported-internships-all-las",
        ),
        # The budget the fact gives, and a verb beside "training" that names no kind of it.
        ("what's the high needs budget for 2024/25", "high-needs-funding-2024-25"),
        (
            "how many nursery staff are doing early years senco training",
            "early-years-senco-training",
        ),
        # Those who did the training, of a fact counting those who undertook it.
        ("how many professionals have done the autism training", "autism-awareness-training"),
        # How long a programme runs, of the one whose end date a fact gives.
        ("how long does the ap taskforce run for", "ap-specialist-taskforce-extension"),
        ("how long is the supported internship pilot running", "supported-internships-pilot"),
        # A regime the fact calls strengthened is stronger: that is what it says.
        ("is the new inspection regime stronger", "local-area-inspections"),
        # "what is replacing it" asks what does something, not what a thing is.
        ("what is replacing the nasenco", "npq-senco"),
        # The qualification starts "from Autumn 2024": that is when it comes in.
        ("when will the new npq senco come into force", "npq-senco"),
    ],
)
def test_the_fact_that_answers_is_still_given(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
