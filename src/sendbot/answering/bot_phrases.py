"""The phrases of questions about sendbot itself, matched by `about_bot`: the bot named
("this bot", "how does it work"), the asker using it ("how do I ask"), what becomes of what is
typed, where the answers come from, whether it can help with one child's case, and which line
of the help a question is about. Patterns only. Pure."""

from __future__ import annotations

import re

from sendbot.answering.message_kind import Kind
from sendbot.answering.word_start import at_word_starts

# "the SEND system", "the school system": what the sources are about, not the bot.
BOT = re.compile(
    r"\b(?:sendbot|send bot|chatbot|chat bot|(?:this|the|a|you|ur|your) "
    r"(?:(?!send |sen |school |education |care |health |benefits? )\w+ )?(?:bot|robot|"
    r"thing|tool|service|app|assistant|system|channel))\b|"
    r"^who (?:\w+ )?(?:made|built|created|wrote|runs|owns|designed|programmed|maintains|coded|"
    r"funds|sponsors|pays for) this$|"
    r"^(?:help (?:me |us )?)?how (?:does|do|would|should) (?:this|it) (?:work|works)$|"
    r"^(?:what|which) (?:\w+ ){0,2}?questions? (?:work|works) (?:best|well|better)$|"
    # "bot or human?", "real person or AI?": what the one replying is, asked as a bare either
    # or with no "you" (both sides name a kind of replier, nothing else is asked)
    r"^(?:(?:a|an) )?(?:real )?(?:bot|robot|chatbot|ai|machine|computer|human|person) or "
    r"(?:(?:a|an) )?(?:real )?(?:bot|robot|chatbot|ai|machine|computer|human|person)$"
)


# "is this up to date?", "does it know about 2025?": the bot, or what it says, as "this" or "it"
# (a question about the bot only when every other word is about using a bot, as below).
# Not "will it work?" nor "does it cover academies?": "it" there is what the sources describe.
WHY_NOT = re.compile(r"^why (?:didnt|doesnt|cant|wont|isnt|wouldnt|couldnt) (?:it|this)\b")


IT = re.compile(
    r"\b(?:is|was|does) this\b|\bdoes it know\b|\bis it (?:up to date|current)\b|"
    r"\b(?:does|do|can) (?:it|this) work (?:in|on|over|via|by|through)\b|"
    r"\b(?:can|could) this help\b|"
    # "are these figures up to date?", "is any of this made up?": what the bot says
    r"\b(?:these|those) (?:figures|facts|numbers|answers|stats|sources)\b|\bany of (?:this|it)\b|"
    r"^how (?:current|recent|old|accurate|reliable|up to date) (?:are|is) the (?:figures|facts|"
    r"numbers|info|information|data|sources)$|"
    # "are the figures up to date?", "can I trust the numbers?": no topic named: the bot's own
    r"^(?:are|is) the (?:figures|facts|numbers|info|information|data|sources) (?:up to date|"
    r"current|accurate|reliable|right|correct|official|trustworthy|legit)$|"
    r"\b(?:trust|rely on|believe) the (?:figures|facts|numbers|info|information|data|sources)$|"
    # the last reply as "that": "is that official?", "can i trust that answer?"
    r"\b(?:is|was) that (?:answer |figure |info |information |fact |quote )?(?:from|official|"
    r"officially|reliable|trustworthy|up to date|current|verified|legit)\b|"
    r"\b(?:that|this) (?:answer|figure|info|information|fact|quote)$|"
    r"\bhow (?:this|it) works?\b|" + WHY_NOT.pattern
)


# "how current are the answers?", "are the answers up to date": how recent the answers are, the
# bot's and the written ones alike, which the line on the sources' dates tells. ("the answers"
# with a topic, or asked right or wrong, is a question about the written answers.)
ANSWERS_AGE = re.compile(
    r"^(?:how (?:current|recent|old|new|up to date|out of date) (?:are|is) the (?:answers|"
    r"replies)|(?:are|is) the (?:answers|replies) (?:still )?(?:up to date|current|recent|new|"
    r"old|out of date|outdated|stale))$"
)


# The asker using the bot: "how do I ask", "what should we type", "how do i get started".
# "when did they ask it", "why did he ask this": someone else asking, the MP asking the
# written question, not the asker using the bot.
# (Searched from word starts only: each branch opens a word.)
USING = at_word_starts(
    r"\b(?:i|we) (?:\w+ )?(?:(?:ask|use|type|start|query|search|talk|chat|phrase|word|report|"
    r"contact|tell|suggest|request|complain|flag|find|browse|view|list|post|message)(?:s|ed|ing)?|"
    # "can i dm my questions?": where the asker may ask (a DM, the channel)
    r"dm|pm|"
    r"begin|see|read|write|get started|give feedback|send feedback|leave feedback|do|get|need|"
    r"have|found|spotted|noticed)\b|"
    r"\b(?:i|we) (?:want|would like|d like) to (?:give|leave|send) feedback\b|"
    # "what am i supposed to type", "what are we meant to ask": the asker using the bot
    r"\b(?:i|we) (?:\w+ )?(?:supposed|meant|allowed|able) to (?:ask|type|say|put|write|use)\b|"
    r"\b(?:to|can) (?:ask|use|type) (?:it|this|here)\b|"
    r"(?<!\bthey )(?<!\bhe )(?<!\bshe )\b(?:ask|asking|use|using) (?:this|it|here)\b|"
    r"\b(?:best|right|proper|easiest|quickest) way to (?:ask|use|phrase|word|search)\b"
)


# "who can see my questions?", "are my messages logged?": what becomes of what is typed.
TYPED = re.compile(
    r"\bwho (?:\w+ )?(?:see|sees|read|reads|check|checks|monitors?) (?:my|our|what|these|this|"
    r"them|it)\b|\b(?:my|our|these|those) (?:messages?|questions?|chats?|data|details)\b|"
    # "does a human read these?", "is someone reading this": who sees what is typed
    r"\b(?:someone|anyone|anybody|a human|humans?|a person|a real person|people|staff|admins?|"
    r"moderators?|mods) (?:\w+ )?(?:read|reads|reading|see|sees|seeing|check|checks|checking|"
    r"monitors?|monitoring)\b|"
    r"\b(?:conversations?|chats?|messages?|questions?) (?:are |get |being |is )?(?:logged|"
    r"recorded|stored|saved|kept|monitored)\b"
)


# "where do the answers come from?", "what are the facts based on?": where the bot's answers
# come from, asked without "you".
ORIGIN = re.compile(
    r"\b(?:answers?|replies|info|information|facts?|data|figures?|numbers|stats|statistics) "
    r"(?:\w+ )?(?:come from|comes from|came from|from|based on|sourced)\b"
)


IDENTITY = re.compile(r"\b(?:a|an) (?:\w+ )?(?:bot|robot|chatbot)\b|\byourself\b")


# "are you the dfe?", "is this bot run by the council?": who is behind the bot, asked by
# naming a body, which elsewhere is a topic ("does the council decide?").
RUN_BY = re.compile(
    # ("do you work for parliament?", "are you an mp?": whom the bot works for, or is)
    r"^(?:(?:are|r) (?:you|u)|is (?:this bot|sendbot|the bot)|(?:do|does) (?:you|u|this bot|"
    r"sendbot|the bot) work) "
    r"(?:(?:the|a|an|from|part of|with|by|for|affiliated|linked|connected|to|run|made|official|"
    r"officially|actually|really|like) )*(?:dfe|department for education|department|government|"
    r"govt|gov|council|local council|local authority|la|ofsted|nhs|charity|ipsea|sendiass|"
    r"parliament|mp|minister|politician|civil servant)$|"
    # "is this the dfe?" asks what the bot is; "is this from the dfe?" which department the
    # written answer is from.
    r"^is this (?:the |a |an )?(?:dfe|department for education|government|govt|council|"
    r"local council|local authority|ofsted|nhs|charity|ipsea|sendiass)"
    # ("is this a dfe bot" too; "is this a dfe thing" asks whose the written answer is)
    r"(?: bot)?$|"
    # "is this run by the dfe?": who runs "this" (the bot); "is this from the dfe?" stays a
    # question about the written answer, and "is it funded by ..." about what "it" names.
    r"^is this(?: \w+)? (?:run|made|owned|operated|built|created|set up|maintained|backed|"
    r"funded|paid for|endorsed|approved|sponsored|supported) by "
    r"(?:the |a |an |your |my )?(?:dfe|department for education|department|government|govt|"
    r"gov|council|local council|local authority|la|ofsted|nhs|charity|ipsea|sendiass|"
    r"parliament)$"
)


# "how do i ask about funding?", "what can i ask about pins?": how to ask the bot about a
# topic, not the topic asked (the written answer's own question is no reply to it).
HOW_TO_ASK_ABOUT = re.compile(
    r"^(?:how (?:do|can|should|would) (?:i|we)|what (?:\w+ ){0,2}?(?:can|could|should) (?:i|we)|"
    r"can (?:i|we)|(?:what s |what is |what )?the best way to|"
    r"(?:can|could) (?:you|u) give (?:me |us )?(?:an |some )?examples? of) "
    r"(?:ask|phrase|word|type|search|a question|questions)(?: you| u| a question| questions)?"
    r" (?:about|on|regarding|re) "
)


# "can you help with my child's EHCP?", "is this bot any good for ehcp stuff?": whether the bot
# can do something, asked of a child's own case or of a field named only loosely ("... stuff"),
# which no fact answers: the help says what it can do. "do you know about ehcps?" names a
# topic, and goes to the facts.
CAN_IT = re.compile(
    r"^(?:(?:can|could|will|would|do|does) (?:you|u|it|this(?: \w+)?|the bot|sendbot) "
    r"(?:\w+ )?(?:answer|help|deal|handle|do|cover|know|advise|give|look|read|check|review|"
    r"tell)|"
    r"(?:is|are) (?:this|it|you|u|the) (?:\w+ )?(?:any )?(?:good|use|useful|helpful))"
    r"(?: (?:questions?|me|us|anything|with|advice))*(?: (?:about|with|on|for|regarding|re|in|"
    r"at|over))? (?P<asked>.+)$"
)


OWN_CASE = re.compile(
    r"^(?:(?:me |us )?(?:to )?(?:appeal|complain|challenge)\b|"
    # "help me write an appeal letter": a letter for one child's case
    r"(?:me |us )?(?:to )?(?:write|draft|prepare|fill in|fill out) (?:a |an |my |our |the )?"
    r"(?:\w+ )?(?:appeal|complaint|letter|form|application)\b|"
    r"(?:(?:if|whether) )?(?:my|our|a) (?:\w+ )?(?:child|childs|son|sons|daughter|daughters|"
    r"kid|kids|boy|boys|"
    r"girl|girls|grandson|granddaughter|grandchild|nephew|niece|family|case|tribunal|appeal)\b)"
)


# "my son has an ehcp, can you help?", "what should i do about my child's school?": one
# child's case, told before asking for help, or advice asked for.
OWN_CASE_TOLD = re.compile(
    r"^(?:my|our) (?:\w+ ){0,10}(?:can|could) (?:you|u|anyone|someone) help(?: me| us)?$|"
    r"^what (?:should|can|do) (?:i|we) do (?:about|with|for) (?:my|our) "
)


# "ehcps in general or just this one answer", "all send law or just one thing": whether it
# reaches past its sources, a topic named only as an example of what it might cover.
LOOSELY = re.compile(
    r"^(?:\w+ ){0,2}(?:stuff|things|matters|issues|questions)$|"
    r".*\bor (?:just|only) (?:this|the|these|those|your|one) (?:\w+ )?"
    r"(?:answers?|documents?|sources?|things?|topics?|subjects?)$"
)


# "is this bot only about the plan answer?", "do you just cover funding?": how far the bot
# reaches, the topic named only as the one it might be limited to. The bot itself is named:
# "is it only for primary schools?" asks of what the sources describe.
ONLY_ABOUT = re.compile(
    r"^(?:is|are) (?:you|u|sendbot|(?:this|the) (?:bot|chatbot|thing|tool|service|app|assistant)) "
    r"(?:only|just) (?:about|for|on|covering)\b|"
    r"^(?:do|does|can|will) (?:you|u|sendbot|(?:this|the) (?:bot|chatbot)) (?:only|just) "
    r"(?:cover|know|do|answer|deal)"
)


ADVICE = re.compile(
    r"^(?:can|could|will|do|does) (?:you|u|it|this(?: \w+)?|sendbot) (?:give|offer|provide) "
    r"(?:me |us )?(?:legal|personal|individual|medical) advice"
    # ... set against what it does give: "do you give legal advice or only figures"
    r"(?: or (?:just|only|simply) (?:\w+ ){0,3}?\w+)?$|"
    # "can you recommend a school?": a choice for one child, which no written answer makes
    r"^(?:can|could|will|would) (?:you|u|it|this(?: \w+)?|sendbot) (?:recommend|suggest|find|"
    r"pick|choose) (?:me |us )?(?:a |an )?(?:good |best |right )?(?:school|nursery|college|"
    r"setting|solicitor|lawyer|advocate|specialist)$"
)


# What a question about the bot is about, when it is one thing the help has a line for.
# Reporting first: "who do I tell if the bot is wrong" asks how to report, not whether to trust.
HELP_ABOUT = (
    (
        Kind.REPORT,
        re.compile(
            r"\b(?:report\w*|contact|feedback|suggest\w*|request|complain\w*|flag)\b|"
            r"\bwho (?:\w+ ){0,2}tell\b|\btell (?:\w+ ){0,2}(?:mistake|error|wrong)\b|"
            r"\b(?:found|spotted|noticed|theres|there s|there is) (?:a |an )?(?:mistake|error|bug|"
            r"typo)\b|"
            r"\b(?:add|get) (?:more|new|other) (?:sources?|topics?|facts?|data|questions?)\b"
        ),
    ),
    # "do you remember what I asked before?": before what becomes of messages, which "remember"
    # is not about.
    (
        Kind.MEMORY,
        re.compile(r"\b(?:remember\w*|recall|memory|forg[eo]t\w*)\b"),
    ),
    # "why is there a quote in every answer?": what the answers rest on.
    (
        Kind.ABOUT,
        re.compile(
            r"\bwhy\b.*\b(?:quot\w*|citations?|cites?|sources?)\b|"
            r"\b(?:point|purpose)\b.*\b(?:quot\w*|citations?)\b"
        ),
    ),
    (
        Kind.PRIVACY,
        re.compile(
            r"\b(?:stor\w*|sav(?:e|ed|ing)|keep|kept|record\w*|log|logs|logged|logging|"
            r"private|privacy|safe|secure|delete|share|shared|track\w*|messages?|confidential\w*|"
            r"anonymous\w*|monitor\w*|moderat\w*|sell|sold|gdpr)\b|"
            r"\b(?:who|anyone|anybody|someone|people|humans?|person|staff|admins?|mods) "
            r"(?:\w+ )?(?:see|sees|seeing|read|reads|reading|check|checks|checking)\b|"
            r"\bhappens? to (?:my|our|the) (?:questions?|messages?|data)\b"
        ),
    ),
    (
        Kind.MEANING,
        re.compile(
            r"\b(?:partial|declined?|declines|related)\b|"
            r"\bwhy (?:\w+ ){0,3}(?:not|didnt|cant|couldnt|wont|doesnt|dont|no|never)\b"
        ),
    ),
    (
        Kind.CURRENT,
        re.compile(
            r"\bup to date\b|\b(?:recent\w*|current\w*|latest|newest|oldest|updat\w*|stale|"
            r"often|(?:19|20)\d\d)\b|\bhow old\b"
        ),
    ),
    (
        Kind.LANGUAGE,
        re.compile(
            r"\b(?:languages?|translat\w*|welsh|french|spanish|german|polish|urdu|arabic|punjabi|bengali|"
            r"italian|portuguese|romanian|gaelic|irish|chinese|hindi|somali|turkish|cymraeg)\b"
        ),
    ),
)


A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


VAGUE_YEAR = re.compile(
    r"\b(?:after|since|beyond|past|up to date with) ((?:19|20)\d\d)\b|"
    r"\b(?:cover|covers|include|includes|know about|go up to|reach) ((?:19|20)\d\d)$|"
    r"\b((?:19|20)\d\d) (?:stuff|things|onwards)\b"
)
