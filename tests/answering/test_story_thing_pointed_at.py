"""A question after the asker's story that points back at what the story names ("... keen on
a supported internship, has anything been done to improve them?"): what the story says of the
child ("learning difficulties") does not draw the message to a fact about such children;
"them" is read as the thing named (the story's words the sources never use, "keen", left out)."""

from sendbot.answering.answer import answer
from sendbot.answering.asker_story import story_topic
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


def test_the_thing_the_story_names_is_what_is_asked(single_source_index: FactIndex) -> None:
    message = (
        "my nephew is 20 with moderate learning difficulties and keen on a supported "
        "internship, has the government done anything to improve the quality of them across "
        "councils?"
    )
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED, (reply.outcome, reply.text)
    assert reply.fact is not None and reply.fact.id == "supported-internships-all-las"


def test_what_the_child_has_is_not_the_storys_topic() -> None:
    topic = story_topic(
        "my son is 18 with severe learning difficulties and his college mentioned supported "
        "internships, how much goes into them?"
    )
    assert "learning" not in topic.split() and "internships" in topic.split()


def test_the_story_still_says_which_fact_when_the_question_asks_it(
    single_source_index: FactIndex,
) -> None:
    reply = answer(
        single_source_index,
        "my son is 17 with no ehcp and wants a supported internship, is there a pilot for them",
    )
    assert reply.fact is not None and reply.fact.id == "supported-internships-pilot"
