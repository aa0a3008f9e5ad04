"""The questions issue 7 was filed with: each gets the outcome a user should see.

Measured against the frozen single-source knowledge base, the one the examples were written for.
"""

import json
import re

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.markup import strip_markup
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from sendbot.answering.reply import RELATED_LEAD, reply_json
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "related", "missing"),
    [
        (
            "how many educational psychologists are there in England?",
            "educational-psychologists-trainees",
            r"number to be trained, not how many there are in total",
        ),
        (
            "what does Ofsted think of my local council's SEND services?",
            None,
            r"not for any one area or council|not anyone's opinion",
        ),
        (
            "will my child get a place at a special school?",
            None,
            r"can't say what will happen in any one person's case",
        ),
        (
            "I live in Devon, how many special schools opened?",
            "special-schools-opened",
            r"^The written answer gives figures for England as a whole, not for Devon\.$",
        ),
        (
            "which councils are in the change programme?",
            "change-programme-local-authorities",
            r"doesn't name the councils",
        ),
        (
            "when does the change programme end?",
            "change-programme",
            r"launched \(September 2023\), not when it ends",
        ),
        (
            "how many practitioners completed early years SENCO training?",
            "early-years-senco-training",
            r"number registered, not the number who completed it",
        ),
    ],
)
def test_on_topic_questions_the_source_does_not_answer_say_what_is_missing(
    single_source_index: FactIndex, question: str, related: str | None, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert not reply.answered
    assert reply.missing is not None and re.search(missing, reply.missing), reply.missing
    if related:
        assert reply.fact is not None and reply.fact.id == related
    # The missing detail comes first, then the fact, marked as related, with its quote.
    first, lead = reply.text.splitlines()[:2]
    assert first == reply.missing and lead == RELATED_LEAD
    assert reply.fact is not None and f'> "{reply.fact.quote.split()[0]}' in reply.text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # The source mentions EHC plans only in passing: no fact is about them.
        ("what is an EHCP?", r"doesn't explain what an EHCP is"),
        ("how many EHCPs are there", r"doesn't give a number of EHCPs"),
        ("how many teachers have had SEND training?", r"number of teachers|SEND training"),
        ("who asked the question?", r"doesn't say who asked the question"),
    ],
)
def test_questions_no_fact_answers_are_never_answered_with_a_related_fact(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome in {Outcome.DECLINED, Outcome.PARTIAL}, reply.text
    if reply.outcome is Outcome.PARTIAL:
        assert reply.missing is not None and re.search(missing, reply.missing), reply.missing


@pytest.mark.parametrize(
    "question",
    [
        "my son is 9, how many special schools opened?",
        "SENCO here, how many special schools opened?",
        "im a teacher in a special school, how many special schools opened?",
        "@everyone how many special schools opened? <@&123456789012345678>",
        "<@123456789012345678> how many special schools opened? <:school:987654321098765432>",
        "> someone said 20\nhow many special schools opened? https://example.org/x?id=12345",
        # Pasted from a coloured terminal, or a Discord ```ansi block.
        "\x1b[1;32mhow many special schools opened?\x1b[0m",
        "```ansi\n\x1b[0;34mhow many special schools opened?\x1b[0m\n```",
        # A question put in a code block (or inline code) with nothing outside it.
        "```how many special schools opened?```",
        "```txt\nhow many special schools opened?\n```",
        "`how many special schools opened?`",
    ],
)
def test_personal_context_and_chat_markup_do_not_change_the_answer(
    single_source_index: FactIndex, shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "special-schools-opened")
    assert_answered_with(shipped_index, question, "special-schools-opened")


@pytest.mark.parametrize(
    "message", ["I'm a SENCO at a primary school", "i am a teacher in a special school"]
)
def test_saying_who_and_where_the_asker_works_asks_nothing(
    shipped_index: FactIndex, message: str
) -> None:
    """It was answered with PINS's 1,680 primary schools at 0.99, which on Discord's answer
    channels is a reply nobody asked for."""
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP
    assert reply.fact is None


def test_terminal_colour_codes_and_control_characters_are_not_words() -> None:
    assert strip_markup("\x1b[1mwho answered?\x1b[0m\x07") == "who answered?"
    # A window title set by OSC is not asked; a stray ESC takes no letter of the next word.
    assert strip_markup("\x1b]0;title\x07who answered?") == "who answered?"
    assert strip_markup("\x1bwho answered?") == "who answered?"


@pytest.mark.parametrize(
    ("question", "outcome", "text"),
    [
        ("what can I ask?", Outcome.HELP, "Try: "),
        ("help", Outcome.HELP, "Try: "),
        ("thanks!", Outcome.GREETING, "You're welcome"),
        ("bye", Outcome.GREETING, "Bye!"),
        ("hi", Outcome.GREETING, "Hello!"),
    ],
)
def test_help_and_acknowledgements_never_give_a_fact(
    single_source_index: FactIndex, question: str, outcome: Outcome, text: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is outcome
    assert reply.fact is None
    assert text in reply.text


def test_pins_is_spelled_out_from_the_source(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "what does PINS stand for?")
    assert reply.outcome is Outcome.ANSWERED
    assert "Partnerships for Inclusion of Neurodiversity in Schools" in reply.text


def test_json_carries_the_outcome_and_what_is_missing(single_source_index: FactIndex) -> None:
    partial = reply_json(
        answer(single_source_index, "I live in Devon, how many special schools opened?")
    )
    assert partial["outcome"] == "partial" and partial["answered"] is False
    assert partial["fact_id"] == "special-schools-opened"
    assert partial["missing"] == (
        "The written answer gives figures for England as a whole, not for Devon."
    )
    answered = reply_json(answer(single_source_index, "how many special schools opened?"))
    assert answered["outcome"] == "answered" and answered["missing"] is None
    json.dumps(partial)


def test_chat_markup_is_removed_before_matching() -> None:
    text = strip_markup(
        "@here <@!42424242424242> see <#123456789012345678> <t:1700000000:R> ```code 99```"
        " `inline` how many?"
    )
    assert text == "see inline how many?"


def test_a_masked_link_leaves_its_text_as_discord_shows_it() -> None:
    # "[text](url)" reads as its text; before, only the url went, leaving "[text](".
    link = "https://questions-statements.parliament.uk/written-questions/detail/2025-06-02/HL7917"
    assert strip_markup(f"who answered [HL7917]({link})?") == "who answered HL7917 ?"
    assert strip_markup(f"saw [this](<{link}>) - how many opened?") == "saw this - how many opened?"
    assert strip_markup("trained [link](https://x.example/a_(b)) so far?") == "trained link so far?"
    assert strip_markup("see [a](https://x.y) and [b](https://x.z)") == "see a and b"
    # Brackets that are no link stay as typed.
    assert strip_markup("[not a link](hello) ok?") == "[not a link](hello) ok?"


def test_a_code_block_is_the_question_only_when_nothing_is_said_outside_it() -> None:
    # Code pasted under a question is not asked; a message that is all code block asks
    # what the block says (its language tag is not a word of it).
    assert strip_markup("how many? ```x = 99```") == "how many?"
    assert strip_markup("```how many opened?```") == "how many opened?"
    assert strip_markup("```text\nhow many opened?\n```") == "how many opened?"
    assert strip_markup("<@123456789012345678> ```how many opened?```") == "how many opened?"
    assert strip_markup("``````") == ""


def test_personal_context_is_not_a_constraint_but_a_place_is() -> None:
    assert (
        analyse("my son is 9, how many special schools opened?").words
        == analyse("how many special schools opened?").words
    )
    devon = analyse("I live in Devon, how many special schools opened?")
    assert devon.places == ("Devon",) and devon.intent is Intent.COUNT


# What a newcomer asked the one-source knowledge base, and got a related fact as the answer.
@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # A place: regions and the asker's own area, as well as counties.
        (
            "how many special schools opened in the north west?",
            r"^The written answer gives figures for England as a whole, not for the North West\.$",
        ),
        ("how many special schools opened round here?", r"not for any one area or council"),
        # A period other than the one the fact covers.
        (
            "how many special schools opened last year?",
            r"opened this academic year, not last year\.$",
        ),
        ("how many new special schools will open next year?", r"this academic year, not next year"),
        (
            "how many special schools did the last government open?",
            r"this academic year, not under the last government",
        ),
        (
            "how much was the high needs budget five years ago?",
            r"increase in the high needs budget over five years, not five years ago",
        ),
        # What a count is of: places are not schools, teachers are some of the professionals,
        # those needed are not those being trained, the bad reports are some of the reports.
        (
            "how many places will the 76 free schools create?",
            r"special free schools approved, not a number of places",
        ),
        (
            "how many teachers did autism training?",
            r"of professionals .*, not a number of teachers",
        ),
        ("how many more EPs are needed?", r"to be trained, not how many are needed"),
        ("how many inspection reports were bad?", r"published .*, not how many were bad"),
        # Verdicts, rules, comparisons and one person's case.
        ("is the change programme working?", r"doesn't report results or judge whether"),
        ("has the change programme made things better?", r"doesn't report results or judge"),
        ("is £10.5 billion enough?", r"doesn't make that judgement"),
        ("did the government cut SEND funding?", r"doesn't make that judgement"),
        ("is the government doing enough for SEND kids?", r"doesn't make that judgement"),
        ("is the NPQ for SENCOs mandatory?", r"whether it is required or optional"),
        ("Is my daughter's school in PINS?", r"any one person's case"),
        (
            "my lad's got an EHCP, can he do a supported internship?",
            r"is about young people without an EHC plan; it doesn't say what applies with one",
        ),
        (
            "what's the difference between special schools and special free schools?",
            r"doesn't compare them",
        ),
        # Whole unit nouns, and "completed" worded for what is counted.
        (
            "how much does each educational psychologist cost to train?",
            r"not an amount for each educational psychologist\.$",
        ),
        ("how many special schools have been completed?", r"^(?!.*\bwho\b)"),
    ],
)
def test_a_related_fact_is_never_given_as_the_answer(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("did they open any special schools?", "special-schools-opened"),
        ("how many new special schools this year?", "special-schools-opened"),
        ("how much is the high needs budget?", "high-needs-funding-2024-25"),
        ("my daughter doesn't have an EHCP, can she do a supported internship?", None),
    ],
)
def test_questions_the_fact_does_answer_are_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str | None
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None
    assert fact_id is None or reply.fact.id == fact_id


def test_a_contraction_does_not_change_the_outcome(single_source_index: FactIndex) -> None:
    long, short = (answer(single_source_index, q) for q in ("what is an EHCP", "what's an EHCP?"))
    assert short.outcome is long.outcome and short.outcome is not Outcome.ANSWERED
    assert short.missing == long.missing


def test_whos_without_its_apostrophe_asks_who_as_who_s_does(shipped_index: FactIndex) -> None:
    question = "{} the latest minister to answer a SEND funding question"
    short, long = (answer(shipped_index, question.format(who)) for who in ("whos", "who's"))
    assert short.answered and short.fact is not None and long.fact is not None
    assert short.fact.id == long.fact.id == "top-slicing-2026-02-26-answered-by"


@pytest.mark.parametrize(
    "question",
    ["new special schools this year", "how many new special schools this year?", "what is an EHCP"],
)
def test_no_suggestion_shows_a_higher_probability_than_the_reply(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.score is not None
    assert all(suggestion.score <= reply.score for suggestion in reply.suggestions), reply


@pytest.mark.parametrize(
    ("question", "outcome", "text"),
    [
        ("can you help me?", Outcome.HELP, "Topics include"),
        ("what?", Outcome.HELP, "Topics include"),
        ("who made you?", Outcome.HELP, "I'm sendbot"),
        ("ok", Outcome.GREETING, "OK."),
    ],
)
def test_chat_about_the_bot_gets_help_or_an_acknowledgement(
    single_source_index: FactIndex, question: str, outcome: Outcome, text: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is outcome and reply.fact is None
    assert text in reply.text and "Hello!" not in reply.text


def test_help_lists_what_the_facts_are_about(single_source_index: FactIndex) -> None:
    text = answer(single_source_index, "help").text
    topics = text.split("Topics include: ")[1]
    assert "special schools" in topics and "funding" in topics
    assert "Who answered the question" not in topics


@pytest.mark.parametrize("index_name", ["single_source_index", "shipped_index"])
def test_help_is_short_and_its_examples_are_answered(
    index_name: str, request: pytest.FixtureRequest
) -> None:
    index: FactIndex = request.getfixturevalue(index_name)
    text = answer(index, "help").text
    # A chat message, not a catalogue: the number of sources, not every title.
    assert len(text) < 700, text
    count = len(index.kb.sources)
    assert f"{'one' if count == 1 else count} UK parliamentary written answer" in text
    assert not any(source.title in text for source in index.kb.sources)
    assert "/facts" in text and "sendbot kb list" in text
    examples = re.findall(r'"([^"]+)"', text.split("Try: ")[1].split(". Topics")[0])
    assert len(examples) == 3
    for example in examples:
        reply = answer(index, example)
        assert reply.outcome is Outcome.ANSWERED, (example, reply.text)


def test_hello_is_short_and_points_at_help(shipped_index: FactIndex) -> None:
    text = answer(shipped_index, "hello").text
    assert 'say "help"' in text and len(text) < 300
    assert not any(source.title in text for source in shipped_index.kb.sources)


def test_completed_is_shown_against_the_schools_opened_not_those_approved(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "how many special free schools have been completed?")
    assert reply.outcome in {Outcome.PARTIAL, Outcome.DECLINED}, reply.text
    if reply.outcome is Outcome.PARTIAL:
        assert reply.fact is not None and reply.fact.id == "special-schools-opened"
        assert reply.missing == (
            "The written answer gives the number opened this academic year, not how many have "
            "been completed in all."
        )


@pytest.mark.parametrize(
    ("question", "wrong_related"),
    [
        # "finish" asks for an end date here; it is not "completed" modules.
        ("when do the autism modules finish", "online-training-modules"),
    ],
)
def test_an_end_date_question_is_not_matched_on_its_verb(
    single_source_index: FactIndex, question: str, wrong_related: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome in {Outcome.PARTIAL, Outcome.DECLINED}, reply.text
    if reply.outcome is Outcome.PARTIAL:
        assert reply.fact is not None and reply.fact.id != wrong_related


def test_a_start_month_is_said_as_a_reader_says_it(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "when do the online training modules finish?")
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing == (
        "The written answer gives a start date (May 2022), not when it ends or any deadline."
    )


# On-topic questions the source does not answer, by kind: each names a detail the fact lacks.
@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # A part of a counted group.
        (
            "how many of the 4,000 children the taskforce reached were boys?",
            r"reached by the AP Specialist Taskforce .*, not how many of them were boys\.$",
        ),
        # A share, where the source gives only a rise.
        (
            "what percentage of the high needs budget is spent on transport?",
            r"^The written answer (?:gives the increase in the high needs budget over five years, "
            r"not a share of it|doesn't give the share that goes to transport)\.$",
        ),
        # What will happen next.
        ("will high needs funding rise next year?", r"doesn't say what will happen next"),
        # A split by year or type.
        ("how is the high needs money split between years?", r"not a breakdown by year"),
        (
            "what types of need are the new special school places for?",
            r"not a breakdown by type",
        ),
        # The cost of taking part, a last date, an outcome's measure, findings.
        ("how much will it cost our school to join PINS?", r"doesn't give a cost"),
        ("what's the last date to sign up for PINS?", r"not when it ends or any deadline"),
        ("did the AP taskforce improve attendance?", r"doesn't report results"),
        ("what did the inspection reports find?", r"doesn't report results"),
        # What has happened so far, where the source gives a plan.
        (
            "how many primary schools have signed up to PINS so far?",
            r"is to support, a plan, not how many so far\.$",
        ),
        # A word the source never uses cannot be defined from it.
        ("what does SEMH stand for?", r"doesn't explain what SEMH is"),
    ],
)
def test_unanswerable_kinds_are_never_answered_with_a_fact(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Where the asker lives is context when the question asks about the whole country.
        (
            "I live in Leeds but how many special schools opened nationally?",
            "special-schools-opened",
        ),
        # What the asker tells ("our LA says ...") is context, not a detail the answer must have.
        (
            "our LA says there is a huge shortage, how many more educational psychologists are "
            "being trained?",
            "educational-psychologists-trainees",
        ),
        (
            "I did the autism training last year, how many professionals in total have taken "
            "autism awareness training?",
            "autism-awareness-training",
        ),
        # A count of the whole group, asked as "how many of them have done it".
        (
            "how many of the online training modules have been completed since May 2022?",
            "online-training-modules",
        ),
    ],
)
def test_context_around_a_question_does_not_stop_the_answer(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("thank you so much that really helped", Outcome.GREETING),
        ("see ya", Outcome.GREETING),
        ("how does this bot work", Outcome.HELP),
        ("list commands", Outcome.HELP),
        ("new here, how do I ask you something", Outcome.HELP),
        ("where do your answers come from?", Outcome.HELP),
        ("are you a real person?", Outcome.HELP),
    ],
)
def test_chat_lines_get_the_help_or_acknowledgement(
    single_source_index: FactIndex, question: str, outcome: Outcome
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is outcome and reply.fact is None, reply.text


# Told apart by shape (addressed to the bot, nothing else but words about using it), so
# phrasings the bot was never shown are recognised too.
@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("what can this bot do?", "Topics include"),
        ("how do i ask a question", "Topics include"),
        ("what commands are there", "Topics include"),
        ("give me an example question", "Topics include"),
        ("what subjects can you answer questions on", "Topics include"),
        ("what do you know about SEND", "Topics include"),
        ("i dont know what to ask", "Topics include"),
        ("can i trust your answers?", "word for word"),
        ("how up to date are you", "The newest was answered on"),
        ("where do you get your facts from", "word for word"),
        ("who built sendbot", "I'm sendbot"),
        ("is this a bot?", "I'm sendbot"),
        ("tell me about yourself", "I'm sendbot"),
    ],
)
def test_questions_about_the_bot_get_help_whatever_their_wording(
    shipped_index: FactIndex, question: str, says: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.HELP and reply.fact is None, reply.text
    assert says in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("can you tell me how many special schools opened", "special-schools-opened"),
        ("can you tell me who answered the question", "document-answered-by"),
        ("can you tell me what was asked", "document-question"),
        ("could you tell me the date it was answered", "document-answered-date"),
    ],
)
def test_a_question_put_politely_to_the_bot_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("how are you?", "Hello!"),
        ("hey sendbot!", "Hello!"),
        ("hello? is this thing on", "Hello!"),
        ("gotta go, thanks", "Bye!"),
        ("thanks, that answers my question", "You're welcome"),
        ("speak soon", "Bye!"),
        ("see you tomorrow", "Bye!"),
        ("perfect that's what i needed", "OK."),
    ],
)
def test_chat_gets_a_chat_reply_never_a_fact(
    single_source_index: FactIndex, question: str, says: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.fact is None and says in reply.text, reply.text


def test_a_forecast_question_is_answered_where_the_source_forecasts(
    shipped_index: FactIndex,
) -> None:
    # The source says placements are expected to rise: that answers what will happen next.
    assert_answered_with(
        shipped_index,
        "will specialist placements keep going up?",
        "specialist-placements-expected-to-rise",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Statements around the question only dilute it.
        (
            "hiya, I'm a SENCO and want to quote this in a report - what date did the department "
            "actually answer?",
            "document-answered-date",
        ),
        ("when was the answer published lol", "document-answered-date"),
    ],
)
def test_chatty_statements_and_chat_words_do_not_stop_an_answer(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.question == question


def test_a_place_in_a_statement_still_makes_the_answer_partial(
    single_source_index: FactIndex,
) -> None:
    reply = answer(
        single_source_index, "We moved to Leeds last month. How many special schools opened?"
    )
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "not for Leeds" in reply.missing


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("which 32 councils are in the change programme?", r"doesn't name the councils\.$"),
        ("what are the names of the 15 new special schools?", r"doesn't name the new special"),
        ("how many special free schools are in the south west?", r"not for the South West\.$"),
        ("how is the change programme money split between years?", r"not a breakdown by year\.$"),
        (
            "how many of the 400 new educational psychologists have finished training?",
            r"number to be trained, not the number who completed it\.$",
        ),
    ],
)
def test_what_is_missing_names_what_was_asked(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and re.search(missing, reply.missing), reply.missing


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "what % of the high needs budget is spent on special schools?",
            r"doesn't give the share that goes to special schools\.$",
        ),
        ("do you reckon the change programme is working?", r"not anyone's opinion"),
        (
            "high needs funding for every year from 2019/20 to 2024/25 please",
            r"not a breakdown by year|doesn't give a figure for 2019/20",
        ),
    ],
)
def test_shares_opinions_and_yearly_figures_are_not_answered_with_a_fact(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_an_end_verb_inside_a_name_is_kept() -> None:
    # "finish" names the group here; only the asking verb ("end") is left out of the topic.
    words = analyse("when does the task and finish group end its work?").words
    assert "finish" in words and "end" not in words
    assert "finish" not in analyse("when do the autism modules finish?").words


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "our wait for an EP in Leeds was over a year... how much has the DfE put into "
            "training educational psychologists?",
            "educational-psychologists-funding",
        ),
        (
            "I'm a childminder in Norfolk - does the early years SENCO training cover early "
            "identification?",
            "early-years-senco-training-purpose",
        ),
    ],
)
def test_where_the_asker_is_does_not_narrow_a_question_of_the_department(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_where_the_asker_lives_still_narrows_a_count(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index, "I live in Devon. How many special schools opened?", "not for Devon"
    )


def test_what_a_number_the_record_names_is_gets_the_record(
    single_source_index: FactIndex,
) -> None:
    # The record says the plan is "CP 800, published on 31 March 2023".
    assert_answered_with(single_source_index, "what's CP 800?", "document-plan-published")


@pytest.mark.parametrize(
    "question",
    [
        # "what" as chat types it, and "what does" said short
        "wot does SEND mean",
        "whats SEND mean here? special needs?",
        # letters named before a plural pronoun: each of them
        "the school letter says SEND and AP a lot, what do they stand for",
    ],
)
def test_letters_asked_about_in_chat_spelling_are_spelt_out(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "document-question")
    assert "Special Educational Needs and Disabilities" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "SENCO in a special school, when did the SEND and AP improvement plan actually come "
        "out, was it spring 2023?",
        "parent of a 7 year old, trying to remember when the improvement plan actually came "
        "out, was it spring 2023?",
    ],
)
def test_a_clause_only_checking_a_date_names_no_topic_of_its_own(
    single_source_index: FactIndex, question: str
) -> None:
    # "was it spring 2023?" is not about the supported internships pilot announced in the
    # Spring Budget 2023: it checks the date of the plan the message asks about.
    reply = answer(single_source_index, question)
    assert reply.fact is None or reply.fact.id == "document-plan-published", reply.text
    if reply.answered:
        assert "31 March 2023" in reply.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # "the q" is the question put; "quick q" says nothing of what is asked
        ("was the q put in on 1 feb?", "document-asked-date"),
        ("whats the original q about", "document-question"),
        ("quick q, who answered it?", "document-answered-by"),
    ],
)
def test_the_q_is_the_question_put(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


def test_what_a_thing_only_mentioned_includes_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "what does the pins programme include exactly",
        r"mentions pins programme but doesn't explain what it is",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # when it is rolled out is when it starts, not when it was announced
        ("when will the new early career framework be rolled out", r"not when it starts"),
        # what the inspections found, where the source says only how many were published
        ("did the inspection reports reveal much", r"doesn't report results or findings"),
    ],
)
def test_a_start_or_a_finding_the_source_lacks_is_partial(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and re.search(missing, reply.missing), reply.missing
