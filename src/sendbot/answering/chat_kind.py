"""A message -> what sort of message it is: a question, or chat (hello, thanks, bye, "ok"), or a
question about sendbot itself (help, who made it, where its facts come from). Pure.

Told apart by shape, not by a list of whole sentences: a message is about the bot when it is
addressed to the bot ("you", "your", "this bot", "sendbot", or the asker using it: "how do I
ask") and every other word in it is about using a bot (ask, commands, sources, trust, up to
date ...) or names the whole field (SEND) rather than a topic in it. "can you tell me how many
special schools opened" is addressed to the bot too, but "schools" and "opened" are a topic:
that is a question. Chat is a message made only of social words with at least one greeting,
thanks or goodbye in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from sendbot.answering.normalise import SMALLTALK, STOPWORDS, WORD_START


class Kind(StrEnum):
    QUESTION = "question"
    GREETING = "greeting"
    THANKS = "thanks"
    BYE = "bye"
    ACK = "ack"  # "ok", "got it": an acknowledgement, not a question
    HELP = "help"
    ABOUT = "about"  # "who made you?": about sendbot itself
    EMPTY = "empty"


# Lines too short to have a shape: a bare "help", "commands" or "huh?".
_BARE_HELP = frozenset(
    """help commands command usage examples example menu options instructions guide info
    what huh eh pardon confused start hint hints tip tips suggestions ideas""".split()
)
_BARE_HELP_LINES = re.compile(
    r"^(?:\?+|sorry what|come again|(?:i )?(?:dont|do not) understand|(?:i m|im|i am) (?:so )?"
    r"(?:confused|lost|stuck)|(?:i )?(?:need|want) (?:some )?help|help (?:needed|me|us|please)|"
    r"pls help|(?:i )?(?:dont|do not) know what to (?:ask|say|type)|where do i (?:start|begin)|"
    r"give (?:me|us) (?:a |an |some )?(?:hint|hints|tip|tips|idea|ideas|suggestions?)|"
    # "what's this?", "what is this for": the bot itself, asked about with nothing else named
    r"what (?:is |s )?this(?: for| about)?)$"
)

# Words that say a message is addressed to the bot.
_YOU = frozenset({"you", "your", "yours", "yourself", "u", "ur", "ya", "youre", "thou"})
_BOT = re.compile(
    r"\b(?:sendbot|send bot|chatbot|chat bot|(?:this|the|a|you|ur|your) (?:\w+ )?(?:bot|robot|"
    r"thing|tool|service|app|assistant|system|channel))\b|"
    r"^who (?:\w+ )?(?:made|built|created|wrote|runs|owns|designed|programmed|maintains) this$|"
    r"^(?:help (?:me |us )?)?how (?:does|do|would|should) (?:this|it) (?:work|works)$|"
    r"^(?:what|which) (?:\w+ ){0,2}?questions? (?:work|works) (?:best|well|better)$"
)
# The asker using the bot: "how do I ask", "what should we type", "how do i get started".
# "when did they ask it", "why did he ask this": someone else asking, the MP asking the
# written question, not the asker using the bot.
_USING = re.compile(
    r"\b(?:i|we) (?:\w+ )?(?:ask|asked|use|type|start|begin|query|search|talk|chat|get started|"
    r"phrase|word)\b|\b(?:to|can) (?:ask|use|type) (?:it|this|here)\b|"
    r"(?<!\bthey )(?<!\bhe )(?<!\bshe )\b(?:ask|asking|use|using) (?:this|it|here)\b|"
    r"\b(?:best|right|proper|easiest|quickest) way to (?:ask|use|phrase|word|search)\b"
)
# Things only a bot has, named without "you": "what are the commands", "where does the data
# come from", "give me an example question".
_BOT_THINGS = frozenset(
    """commands command data database databases sources source info information examples
    example menu menus features feature options instructions guide guides tips tip hints hint
    suggestions ideas""".split()
)
# Words without which the patterns above cannot match.
_BOT_CUES = frozenset(
    """sendbot send chatbot chat bot robot thing tool service app assistant system channel
    who work works""".split()
)
_ASKER = frozenset({"i", "we", "to", "can", "ask", "asking", "use", "using", "way"})
# Words about being or using a bot, which carry no topic a fact could be about.
_META_WORDS = frozenset(
    """
    ask asking asked answer answers answering answered reply replies respond question questions
    query queries type typing use using used work works working function functions do does
    know knows knowledge cover covers covered include includes handle handles deal deals
    help helping helpful tell telling explain show list lists find search look lookup
    command commands example examples sample samples feature features option options topic
    topics subject subjects area areas kind kinds sort sorts type types range scope limit
    limits limitation limitations capable capability capabilities able ability abilities
    source sources data database info information fact facts figure figures detail details
    made make build built create created creator creators developer developers develop
    developed write wrote written program programmed programmer design designed owner owns
    own run runs running maintain maintains maintained behind author authors
    bot bots robot chatbot sendbot ai llm gpt chatgpt model human person people real machine
    computer program software automated automatic actual alive sentient name called
    trust trusted trustworthy reliable rely accurate accuracy correct right wrong mistake
    mistakes error errors true truth honest official verified verify check checked legit
    sure confident confidence hallucinate hallucinating invent invented guess guessing
    up date dated updated update updates current latest recent recently new old fresh
    last often frequently how long since stale
    purpose point aim goal reason meant idea job role for
    come comes came from based base learn learned learnt trained train training get gets
    online internet web google browse browsing link links website site
    start started begin getting started first time new here thing tool service app
    assistant system channel server way ways best properly correctly
    mean means meaning say saying said understand understood talk talking chat chatting
    speak speaking language languages english word words phrase phrasing
    something anything everything stuff things whatever exactly anyway able
    tips tip hint hints suggestion suggestions idea ideas advice else more other best
    cutoff typo typos spelling spell misspell misspelled happen happens happened
    document documents dont didnt cant wont doesnt couldnt wouldnt not
    government govt gov official officially only just one
    see view cite cites citing citation citations quote quotes quoting reference references
    referencing slash prefix syntax button buttons click format
    """.split()
)
# Words that name the whole field the bot covers, not a topic a fact is about.
_FIELD_WORDS = frozenset(
    """send sen special educational education needs need disabilities disability disabled""".split()
)
# Words that, in this field, are about the written answer itself ("what was the question?",
# "who answered?"): about the bot only beside the bot or the asker ("your answers", "questions
# can I ask").
_DOCUMENT_WORDS = frozenset(
    """question questions answer answers answered answering asked reply replied replies
    response responded respond tabled published written date""".split()
)
_BESIDE = frozenset(
    """you your yours u ur youre youve i we my bot sendbot example examples sample ideas idea
    tips hints suggestions best""".split()
)
_NEAR = 3
# "do you only know about one written answer?": how many answers it knows, not one of them.
_QUANTITY = frozenset("one many more other others several all only multiple different few".split())
# About the bot itself, not how to use it: the reply says what sendbot is and where its
# facts come from.
_ABOUT_WORDS = frozenset(
    """made make build built create created creator creators developer developers develop
    developed wrote programmed programmer designed owner owns run runs behind author authors
    ai llm gpt chatgpt model human person real machine computer automated
    alive sentient trust trusted trustworthy reliable rely accurate accuracy correct wrong
    mistake mistakes error errors true truth honest official verified legit hallucinate
    invent invented guess source sources data database come comes came from based
    updated update updates date dated current latest recent recently stale online internet
    google web website government govt gov official officially""".split()
)

# Chat: greetings, thanks, goodbyes and acknowledgements, and the words around them.
# Each with the commonest words other languages give it, which people write here too ("merci",
# "gracias", "diolch"), and the short forms chat types ("ta muchly", "thanks x").
_THANKS_WORDS = frozenset(
    """thanks thank thx ty tysm tyvm cheers ta appreciated appreciate appreciate ty
    merci gracias danke grazie obrigado obrigada diolch dank""".split()
)
_BYE_WORDS = frozenset(
    """bye byee byeee goodbye cya later laters goodnight farewell night gotta soon tomorrow
    tmrw care gn ttyl tara adios adieu revoir tschuss hwyl""".split()
)
_ACK_WORDS = frozenset(
    """ok okay k kk right alright cool fine sure noted understood gotcha got it yep yes yeah
    fair enough great nice good perfect ah oh i see makes sense""".split()
)
_GREETING_WORDS = frozenset(
    """hi hello hey hiya heya yo howdy morning afternoon evening greetings sup wassup
    hallo helo hellooo gm gday bonjour bonsoir salut hola ola ciao namaste shalom aloha
    buongiorno guten shwmae""".split()
)
# Words that go with chat: "thank you so much, that really helped", "have a good day".
_SOCIAL_WORDS = frozenset(
    """
    you u that so much very lot really helpful brilliant perfect great for the help info
    answer answers mate all again a see soon talk later have nice day good ok okay
    lol helped helps useful ya yah lovely amazing awesome excellent wonderful fab fantastic
    superb legend star kind kindly many anyway anyways speak back catch go gotta got off
    need needed wanted exactly just what i my question questions hope well doing going how
    day evening morning weekend week take care meet meeting nice pleasure there everyone
    folks guys people all team again tonight tomorrow bit thats ill im ive youre youve
    muchly beaucoup mucho muchas vielen molto mille tag au ra x xx xxx k kk brill ace grand top
    gotcha understood alright
    """.split()
)
_IDENTITY = re.compile(r"\b(?:a|an) (?:\w+ )?(?:bot|robot|chatbot)\b|\byourself\b")
_ASKING = re.compile(
    r"\b(?:who|whom|when|where|which|why|how|what(?! (?:i|we) (?:needed|wanted)))\b"
)
# "is it any good?", "was it any use": asks a verdict, an opinion question, not "good" said back.
_VERDICT = re.compile(r"^(?:is|are|was|were) (?:\w+ ){1,4}?any (?:good|use)$")
_GOING = re.compile(r"\b(?:see (?:you|ya)|take care|talk (?:to you )?soon)\b")
_CHAT_WORDS = SMALLTALK | STOPWORDS | _SOCIAL_WORDS | _THANKS_WORDS | _BYE_WORDS | _GREETING_WORDS
_SOCIAL_CUES = frozenset(
    """how hows you u ya things it life whats what s sup wassup hope is are this anyone anybody
    sendbot ping test testing""".split()
)
# "is this thing on?", "how are you?": checking the bot is there, as a hello does.
_SOCIAL = re.compile(
    WORD_START + r"(?:"
    r"\bhow (?:are|r) (?:you|u|ya|things)(?: doing| today| all)?$|"
    r"\bhow(?:s| is)? (?:it|things|life) (?:going|goin)\b|\bhows (?:things|you)\b|"
    r"\bhow (?:you|u) doing\b|^(?:what s|whats|wassup|sup) up$|^(?:sup|wassup)$|"
    r"\bhope (?:you|u) (?:are|re|r)? ?(?:well|ok|good)\b|\b(?:you|u) (?:ok|alright)$|"
    r"^(?:(?:hello|hi|hey) )?(?:is |are )?(?:this (?:thing|bot)|you|anyone|anybody|sendbot) "
    r"(?:on|working|awake|alive|there|here)$|"
    r"^(?:ping|test|testing)(?: \w+)?$"
    r")"
)
_QUESTION_WORDS = frozenset(
    "what how who whom where when why which can could do does is are will would".split()
)
_NAMES = frozenset({"bot", "sendbot", "chatbot", "robot"})
_FILLER = re.compile(
    r"^(?:(?:(?:hi|hey|hello|hiya)(?: there| all| everyone| folks)?|ok|okay|so|um|sendbot|bot|"
    r"please|pls|plz)\s+)+"
)
# "whats", "wat": "what" as chat types it, which the folder leaves as it is.
_WHAT = re.compile(r"^(?:whats|wats|wat|wots|wot)\b")
_TRAILING_WORDS = ("please", "pls", "plz", "then", "thanks", "sendbot", "bot")
_TRAILING_FILLER = re.compile(r"(?:\s+(?:" + "|".join(_TRAILING_WORDS) + r"))+$")


def _plain(word: str) -> str:
    """'sources' -> 'source', 'answered' -> 'answer': enough to look a word up in the lists."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _in(word: str, vocabulary: frozenset[str]) -> bool:
    return word in vocabulary or _plain(word) in vocabulary


def kind_of(folded: str, raw_words: Sequence[str]) -> Kind:
    """`folded`: the message folded (see `fold_text`); `raw_words`: its words."""
    if not raw_words:
        return Kind.EMPTY
    text = " ".join(raw_words)
    # Without the hello or "ok" before it, "whats" read as "what".
    lead = _WHAT.sub("what", _FILLER.sub("", text))
    bare = lead
    if bare.endswith(_TRAILING_WORDS):  # else no filler word ends it: most messages
        bare = _TRAILING_FILLER.sub("", bare)
    if not bare:
        return Kind.HELP if "help" in raw_words else _chat_kind(folded, raw_words)
    if bare in _BARE_HELP or _BARE_HELP_LINES.match(bare):
        return Kind.HELP
    said = frozenset(raw_words)
    if not _SOCIAL_CUES.isdisjoint(said) and _SOCIAL.search(text):
        return Kind.GREETING
    chat = _chat_kind(folded, raw_words)
    # "thank you" is addressed to the bot, and still thanks; "hey sendbot" is a hello.
    if chat in (Kind.THANKS, Kind.BYE) or (chat is not Kind.QUESTION and not _asks(raw_words)):
        return chat
    about = _about_the_bot(text)
    if about is None and lead != text:
        # "hi, how does this work?" asks how it works, as it does without the hello.
        about = _about_the_bot(lead)
    return about or chat


# A message of emoji alone says what they say: a wave is a hello, a thumbs up an "ok".
_EMOJI_KINDS = (
    (Kind.GREETING, "\U0001f44b"),  # waving hand
    (Kind.THANKS, "\U0001f64f\u2764\U0001f496\U0001f495\U0001f49c\U0001f499\U0001f49a"),
    (Kind.ACK, "\U0001f44d\U0001f44c\u2705\U0001f197\u270c"),
)


def emoji_kind(text: str) -> Kind | None:
    """'👋' is a hello, '🙏' thanks, '👍' an acknowledgement: read of a message with no
    words, which would otherwise be an empty line to prompt for a question."""
    for kind, emoji in _EMOJI_KINDS:
        if any(character in emoji for character in text):
            return kind
    return None


def _asks(raw_words: Sequence[str]) -> bool:
    """A question word, or a word about using a bot that is not just the bot's name."""
    return any(
        word in _QUESTION_WORDS or (_in(word, _META_WORDS) and word not in _NAMES)
        for word in raw_words
    )


def _about_the_bot(text: str) -> Kind | None:
    said = text.split()
    present = frozenset(said)
    # Set look-ups first: most messages are questions that name neither the bot nor its parts.
    addressed = (
        not _YOU.isdisjoint(present)
        or (not _BOT_CUES.isdisjoint(present) and bool(_BOT.search(text)))
        or (not _ASKER.isdisjoint(present) and bool(_USING.search(text)))
    )
    if not addressed and _BOT_THINGS.isdisjoint(present):
        return None
    topical = [
        word
        for at, word in enumerate(said)
        if word in _DOCUMENT_WORDS
        and _BESIDE.isdisjoint(said[max(0, at - _NEAR) : at + _NEAR + 1])
        and _QUANTITY.isdisjoint(said[max(0, at - 2) : at])
    ] + [
        word
        for word in said
        if word not in STOPWORDS
        and word not in SMALLTALK
        and word not in _YOU
        and not _in(word, _META_WORDS)
        and word not in _FIELD_WORDS
    ]
    if topical:
        return None
    if _IDENTITY.search(text) or any(_in(word, _ABOUT_WORDS) for word in said):
        return Kind.ABOUT
    return Kind.HELP


def _chat_kind(folded: str, raw_words: Sequence[str]) -> Kind:
    # "who answered it, is that right?" is made of chat words too, and asks something. (The
    # words first: most questions have one that is no chat word, and need no pattern tried.)
    text = " ".join(raw_words)
    if not all(_in(w, _CHAT_WORDS) for w in raw_words) or _ASKING.search(text):
        return Kind.QUESTION
    if _VERDICT.match(text):
        return Kind.QUESTION
    said = set(raw_words)
    if said & _BYE_WORDS or re.search(
        r"\b(?:see (?:you|ya)|take care|talk (?:to you )?soon)\b", folded
    ):
        return Kind.BYE
    if said & _THANKS_WORDS or "appreciated" in said:
        return Kind.THANKS
    if said <= _ACK_WORDS or (said & _ACK_WORDS and not said & _GREETING_WORDS):
        return Kind.ACK
    if said & (_GREETING_WORDS | SMALLTALK) or re.search(r"\bhow are (?:you|u)\b", folded):
        return Kind.GREETING
    return Kind.QUESTION
