"""Round 16's fresh lines of chat and of questions about the bot: a sample of about 900 lines
written for this, besides 94 topic questions (help in many shapes, what the bot is and where
its answers come from, greetings and thanks with something told after them, replies missed,
emoji and other languages), none of them in the older tests. Each gets the chat reply or the
help, never a fact and never a bare decline; the topic questions beside the same words still
go to the facts.
"""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.chat_kind import Kind, kind_of
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.normalise import fold_text, words
from sendbot.answering.reply import FEEDBACK_TEXT

_HELP = (
    # How to use it, asked in many shapes.
    "how does this thing work then",
    "what am i supposed to type here",
    "is there a list of topics",
    "where do the answers come from",
    "how do i get an answer",
    "new here, what do i do",
    "i'm confused how do i use this",
    "no idea what to ask tbh",
    "what would be a good question to ask",
    "what's a good question",
    "topics?",
    "what are the slash commands here",
    "what does /ask do",
    "<@987654321098765432> how do i use you",
    "eh? what is this",
    "wtf is this bot",
    "i don't get it",
    "how to use",
    "any instructions?",
    "is there a guide",
    "whos this",
    "i'm a senco, what can you do for me",
    "i'm a parent, how can this help me",
    "hi can anyone help",
    "quick question",
    "tell me more",
    "anything else?",
    "what does that mean",
    "can you say that more simply",
    # What it is, where its answers come from, how far to trust them.
    "why does this bot exist",
    "r u a bot",
    "am i talking to a real person",
    "are you claude",
    "is this generative ai",
    "are you the dfe",
    "are you affiliated with the council",
    "how do you come up with answers",
    "how do you pick an answer",
    "are you always right",
    "are you biased",
    "why do you never know anything",
    "is that official",
    "can i trust that answer",
    "how old is that figure",
    "how far back do your sources go",
    "when were your sources published",
    "do you know current events",
    "do you remember me",
    # What becomes of what is typed, and reporting mistakes.
    "does a human read these messages",
    "is someone reading this",
    "is what i type anonymous",
    "are conversations logged",
    "can the mods see what i ask",
    "do you sell my data",
    "how do i report a bug",
    "i found a mistake",
    "i want to give feedback",
    # What a reply means, language, Discord, one's own case.
    "what is a partial answer",
    "why aren't you answering",
    "is the bot down",
    "do i need to tag you",
    "does it work in dms",
    "can you answer in bullet points",
    "parlez-vous français",
    "habla español?",
    "can i write in urdu",
    "can you help me appeal",
    "my child has an ehcp can you help",
    "what should i do about my child's school",
    # Typed fast, or asking how to ask about a topic.
    "waht can yuo do",
    "list comands",
    "how dose this work",
    "sorry to bother you, how does this bot work?",
    "how do i ask about funding",
    "what can i ask about pins",
    "whats the best way to ask you about ehcps",
    "can you give me an example of a question about funding",
    "are these figures up to date",
    "is any of this made up",
)
_CHAT = (
    "helloooo everyone",
    "heyyyy",
    "mornin",
    "hru",
    "how's your day",
    "hey, how are you doing today?",
    "is this working?",
    "hallo zusammen",
    "guten morgen",
    "as-salamu alaykum",
    "slán",
    "tschüss",
    "hi everyone, just joined the server",
    "hello from a very rainy manchester",
    "hi i'm a senco at a primary school",
    "hello, i'm a parent of a child with autism",
    "new member here",
    "happy friday everyone",
    "merry christmas",
    "knock knock",
    "🤗",
    "😊",
    "👏",
    "thnx",
    "thanks, that's exactly what i needed for my governors report",
    "thanks, i'll pass that on to the other parents",
    "that's exactly what i was looking for",
    "that helps a lot",
    "very useful",
    "thanks love",
    "diolch yn fawr iawn",
    "okie dokie",
    "will do",
    "good to know",
    "sorted, thanks",
    "i'm off",
    "nighty night",
    "see you next time",
    "i'll be back",
    "nothing else thanks",
    "signing off",
    "that's me done",
    "until next time",
    "enjoy your day",
)
_FEEDBACK = (
    "you got that wrong",
    "ffs",
    "argh",
    "that's out of date",
    "that's not the latest figure",
    "you misunderstood me",
    "that wasn't my question",
    "i asked something else",
    "not impressed",
    "irrelevant",
)
# The same words beside a topic: questions for the facts.
_QUESTION = (
    "hi i'm a senco, how many educational psychologists are being trained?",
    "thanks, what about 2023?",
    "hello from devon, how many special schools opened?",
    "hi i'm a parent and want to know about supported internships",
    "hello, i'm a governor wondering about the npq for sencos",
    "hey, i'm sarah - what is pins?",
    "happy friday! how many special schools opened?",
    "new here - how many special schools opened this year?",
    "thanks for the info on pins. when does it end?",
    "my son has an ehcp, how many ehcps were issued last year?",
    "is that figure for england",
    "who answered that question",
    "when was that answer given",
    "tell me more about supported internships",
    "can you explain high needs funding",
    "what else is the dfe doing for neurodiversity",
    "do you know about news on pins",
    "who funds the change programme",
    "is there a guide to ehcps",
    "where does the £1bn figure come from",
    "is the high needs figure from the dfe",
    "can i see the quote for the special schools figure",
    "i noticed the high needs budget went up, by how much?",
    "do you know about ofsted reports",
    "can you help me understand pins",
    "how do i get an ehcp",
    "how do i apply for an ehcp",
    "how current is the high needs figure",
    "are these figures for england",
)


@pytest.mark.parametrize("message", _HELP)
def test_help_lines_get_the_help(shipped_index: FactIndex, message: str) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP and reply.fact is None, (message, reply.text)


@pytest.mark.parametrize("message", _CHAT)
def test_chat_lines_get_the_chat_reply(shipped_index: FactIndex, message: str) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.GREETING and reply.fact is None, (message, reply.text)
    assert reply.text != FEEDBACK_TEXT, message


@pytest.mark.parametrize("message", _FEEDBACK)
def test_a_missed_reply_gets_the_feedback_reply(shipped_index: FactIndex, message: str) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.GREETING and reply.text == FEEDBACK_TEXT, (message, reply.text)


@pytest.mark.parametrize("message", _QUESTION)
def test_topic_questions_beside_the_same_words_go_to_the_facts(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome not in (Outcome.GREETING, Outcome.HELP), (message, reply.text)


def _kind(message: str) -> Kind:
    return kind_of(fold_text(message), words(message))


# The reasons, each on its own.
@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # A hello or thanks then something told, with no question in it, is chat ...
        ("hi, i'm a senco at a primary school", Kind.GREETING),
        ("thanks, i'll pass that on", Kind.THANKS),
        # ... but not with a question, a "?" or asking for something after it.
        ("hi, i'm a senco, how many eps are there", Kind.QUESTION),
        ("hi i'm a parent and want to know about ehcps", Kind.QUESTION),
        ("hi i'm a parent of an autistic child?", Kind.QUESTION),
        ("thanks, can you also tell me about pins", Kind.QUESTION),
        # A word's last letter drawn out is the word.
        ("helloooo", Kind.GREETING),
        ("byeee", Kind.BYE),
        # "where do the answers come from": the bot's answers, named without "you" ...
        ("where do the answers come from", Kind.ABOUT),
        # ... not where a topic's money comes from.
        ("where does high needs funding come from", Kind.QUESTION),
        # A body named as what the bot is, not as a topic.
        ("are you the dfe", Kind.ABOUT),
        ("are you a council worker", Kind.QUESTION),
        ("is the council responsible", Kind.QUESTION),
        # The last reply as "that": how far to trust it, not a topic's figure.
        ("is that official", Kind.ABOUT),
        ("is that figure for england", Kind.QUESTION),
        # What becomes of what is typed.
        ("does a human read these messages", Kind.PRIVACY),
        ("i found a mistake", Kind.REPORT),
        ("hablas español", Kind.LANGUAGE),
        # One child's case, told before asking for help.
        ("my son has an ehcp can you help", Kind.OWN_CASE),
        ("can you help me appeal", Kind.OWN_CASE),
        # "will it work?" stays an opinion question about a policy.
        ("will it work", Kind.QUESTION),
        ("will it help", Kind.QUESTION),
        ("can this help me", Kind.HELP),
        ("does it work in dms", Kind.HELP),
    ],
)
def test_the_reason_each_kind_is_told_apart(message: str, kind: Kind) -> None:
    assert _kind(message) is kind
