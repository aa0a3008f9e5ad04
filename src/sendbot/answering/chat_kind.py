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

from sendbot.answering.normalise import SMALLTALK, STOPWORDS, WORD_START, words


class Kind(StrEnum):
    QUESTION = "question"
    GREETING = "greeting"
    THANKS = "thanks"
    BYE = "bye"
    ACK = "ack"  # "ok", "got it": an acknowledgement, not a question
    FEEDBACK = "feedback"  # "that's wrong", "useless bot": said of the last reply
    HELP = "help"
    ABOUT = "about"  # "who made you?": about sendbot itself
    # Help about one thing, each answered with a line of its own before the help:
    CURRENT = "current"  # "is this up to date?": how recent the sources are
    REPORT = "report"  # "how do I report a wrong answer?"
    PRIVACY = "privacy"  # "do you store my messages?"
    MEANING = "meaning"  # "what does partial mean?", "why didn't you answer?"
    LANGUAGE = "language"  # "can you speak welsh?"
    OWN_CASE = "own case"  # "can you help with my child's EHCP?": one child's case
    EMPTY = "empty"


# Help about one thing: the kinds a question about the bot may be narrowed to.
HELP_KINDS = frozenset(
    {Kind.HELP, Kind.ABOUT, Kind.CURRENT, Kind.REPORT, Kind.PRIVACY, Kind.MEANING}
    | {Kind.LANGUAGE, Kind.OWN_CASE}
)


# Lines too short to have a shape: a bare "help", "commands" or "huh?".
_BARE_HELP = frozenset(
    """help commands command usage examples example menu options instructions guide info
    what huh eh pardon confused start hint hints tip tips suggestions ideas topics topic
    subjects cmds cmd faq faqs readme manual docs documentation guidance""".split()
)
_BARE_HELP_LINES = re.compile(
    r"^(?:\?+|sorry what|come again|(?:i )?(?:dont|do not) understand|(?:i m|im|i am) (?:so )?"
    r"(?:confused|lost|stuck)|(?:i )?(?:need|want) (?:some )?help|help (?:needed|me|us|please)|"
    r"pls help|where do i (?:start|begin)|(?:i )?(?:dont|do not) (?:get|understand) (?:it|this)|"
    # "not sure what to ask", "no idea what to type": the asker with no question yet
    r"(?:(?:i )?(?:dont|do not|dunno|dont really) know|(?:i m |im |i am )?(?:not sure|unsure)|"
    r"(?:i have |ive )?no idea) what (?:to|i should|i can|i could) (?:ask|say|type|put|write)|"
    r"(?:what |which |any |list (?:of )?(?:the )?|the )?(?:topics|subjects|commands|cmds)|"
    # The last reply asked about with nothing named: "explain that", "tell me more"
    r"(?:can you |could you |can u |pls |please )?(?:explain|summarise|summarize|simplify|"
    r"clarify|expand on|elaborate on|rephrase|reword) (?:that|this|it)(?: answer| one| reply)?"
    r"(?: for me| more simply| simply| please| pls)*|"
    r"what (?:does|did) (?:that|this|it) (?:mean|say)|"
    r"(?:can you |could you )?(?:say|put) (?:that|this|it) (?:more simply|simply|in plain "
    r"english|in simpler words|another way)|"
    r"(?:tell me |say )?more(?: info| information| detail| details)?(?: please| pls)?|"
    r"tell me more|go on|what else|anything else|"
    r"how to (?:use|ask|start|begin)(?: this| it| the bot| you| u)?|what questions|"
    r"(?:any|the|some) (?:instructions|guidance|guide|manual|docs|documentation)|"
    r"(?:open|show|display|get) (?:the |me the )?help(?: menu| page)?|"
    r"(?:i )?(?:need|want) (?:some )?(?:assistance|guidance)|assist|assistance|"
    r"who s this|whos this|who is this|who dis|"
    # "can anyone help?", "quick question": a question not yet asked
    r"(?:can|could) (?:anyone|anybody|someone) help(?: me| us)?|"
    r"(?:is )?(?:anyone|anybody|someone) (?:able|around|there|here) to help(?: me| us)?|"
    r"(?:(?:i )?(?:have|ve got|got) )?(?:a |one )?(?:quick |small |another )?question"
    r"(?: for (?:you|the bot|sendbot))?|"
    # "what's a good question?": an example question asked for
    r"(?:what (?:is|s|would be|are|could be) (?:a |some )?|any |some )?good questions?"
    r"(?: to ask| i could ask| i can ask| to try)?(?: here| you)?|"
    r"give (?:me|us) (?:a |an |some )?(?:hint|hints|tip|tips|idea|ideas|suggestions?)|"
    # "what's this?", "what is this for": the bot itself, asked about with nothing else named
    r"what (?:is |s )?this(?: for| about)?)$"
)

# Words that say a message is addressed to the bot.
_YOU = frozenset({"you", "your", "yours", "yourself", "u", "ur", "ya", "youre", "thou"})
# "the SEND system", "the school system": what the sources are about, not the bot.
_BOT = re.compile(
    r"\b(?:sendbot|send bot|chatbot|chat bot|(?:this|the|a|you|ur|your) "
    r"(?:(?!send |sen |school |education |care |health |benefits? )\w+ )?(?:bot|robot|"
    r"thing|tool|service|app|assistant|system|channel))\b|"
    r"^who (?:\w+ )?(?:made|built|created|wrote|runs|owns|designed|programmed|maintains) this$|"
    r"^(?:help (?:me |us )?)?how (?:does|do|would|should) (?:this|it) (?:work|works)$|"
    r"^(?:what|which) (?:\w+ ){0,2}?questions? (?:work|works) (?:best|well|better)$"
)
# "is this up to date?", "does it know about 2025?": the bot, or what it says, as "this" or "it"
# (a question about the bot only when every other word is about using a bot, as below).
# Not "will it work?" nor "does it cover academies?": "it" there is what the sources describe.
_WHY_NOT = re.compile(r"^why (?:didnt|doesnt|cant|wont|isnt|wouldnt|couldnt) (?:it|this)\b")
_IT = re.compile(
    r"\b(?:is|was|does) this\b|\bdoes it know\b|\bis it (?:up to date|current)\b|"
    r"\b(?:does|do|can) (?:it|this) work (?:in|on|over|via|by|through)\b|"
    r"\b(?:can|could) this help\b|"
    # "are these figures up to date?", "is any of this made up?": what the bot says
    r"\b(?:these|those) (?:figures|facts|numbers|answers|stats|sources)\b|\bany of (?:this|it)\b|"
    r"^how (?:current|recent|old|accurate|reliable|up to date) (?:are|is) the (?:figures|facts|"
    r"numbers|info|information|data|sources)$|"
    # the last reply as "that": "is that official?", "can i trust that answer?"
    r"\b(?:is|was) that (?:answer |figure |info |information |fact |quote )?(?:from|official|"
    r"officially|reliable|trustworthy|up to date|current|verified|legit)\b|"
    r"\b(?:that|this) (?:answer|figure|info|information|fact|quote)$|"
    r"\bhow (?:this|it) works?\b|" + _WHY_NOT.pattern
)
# The asker using the bot: "how do I ask", "what should we type", "how do i get started".
# "when did they ask it", "why did he ask this": someone else asking, the MP asking the
# written question, not the asker using the bot.
_USING = re.compile(
    r"\b(?:i|we) (?:\w+ )?(?:(?:ask|use|type|start|query|search|talk|chat|phrase|word|report|"
    r"contact|tell|suggest|request|complain|flag|find|browse|view|list)(?:s|ed|ing)?|"
    r"begin|see|read|write|get started|give feedback|send feedback|leave feedback|do|get|need|"
    r"have|found|spotted|noticed)\b|"
    r"\b(?:i|we) (?:want|would like|d like) to (?:give|leave|send) feedback\b|"
    # "what am i supposed to type", "what are we meant to ask": the asker using the bot
    r"\b(?:i|we) (?:\w+ )?(?:supposed|meant|allowed|able) to (?:ask|type|say|put|write|use)\b|"
    r"\b(?:to|can) (?:ask|use|type) (?:it|this|here)\b|"
    r"(?<!\bthey )(?<!\bhe )(?<!\bshe )\b(?:ask|asking|use|using) (?:this|it|here)\b|"
    r"\b(?:best|right|proper|easiest|quickest) way to (?:ask|use|phrase|word|search)\b"
)
# Things only a bot has, named without "you": "what are the commands", "where does the data
# come from", "give me an example question".
_BOT_THINGS = frozenset(
    """commands command data database databases sources source info information examples
    example menu menus features feature options instructions guide guides tips tip hints hint
    suggestions ideas partial declined facts topics topic subjects cmds faq score confidence
    gdpr feedback quote quotes citation citations manual readme guide docs documentation
    """.split()
)
# Words without which the patterns above cannot match.
_BOT_CUES = frozenset(
    """sendbot send chatbot chat bot robot thing tool service app assistant system channel
    who work works""".split()
)
_ASKER = frozenset({"i", "we", "to", "can", "ask", "asking", "use", "using", "way"})
_IT_CUES = frozenset(
    """this it that these those figures facts numbers info information data sources""".split()
)
# "who can see my questions?", "are my messages logged?": what becomes of what is typed.
_TYPED = re.compile(
    r"\bwho (?:\w+ )?(?:see|sees|read|reads|check|checks|monitors?) (?:my|our|what|these|this|"
    r"them|it)\b|\b(?:my|our|these|those) (?:messages?|questions?|chats?|data|details)\b|"
    # "does a human read these?", "is someone reading this": who sees what is typed
    r"\b(?:someone|anyone|anybody|a human|humans?|a person|a real person|people|staff|admins?|"
    r"moderators?|mods) (?:\w+ )?(?:read|reads|reading|see|sees|seeing|check|checks|checking|"
    r"monitors?|monitoring)\b|"
    r"\b(?:conversations?|chats?|messages?|questions?) (?:are |get |being |is )?(?:logged|"
    r"recorded|stored|saved|kept|monitored)\b"
)
_TYPED_CUES = frozenset(
    """my our these those who someone anyone anybody human humans person people staff admin
    admins moderator moderators mods logged recorded stored saved kept monitored""".split()
)
# "where do the answers come from?", "what are the facts based on?": where the bot's answers
# come from, asked without "you".
_ORIGIN = re.compile(
    r"\b(?:answers?|replies|info|information|facts?|data|figures?|numbers|stats|statistics) "
    r"(?:\w+ )?(?:come from|comes from|came from|from|based on|sourced)\b"
)
_ORIGIN_CUES = frozenset({"from", "based", "sourced"})
_ORIGIN_NOUNS = frozenset(
    """answer answers replies info information fact facts data figure figures numbers stats
    statistics""".split()
)
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
    report reporting contact suggest suggestion request requests feedback complain complaint
    flag tell store stored storing save saved saving keep kept record recorded log logged
    logging private privacy message messages safe secure delete share shared track tracking
    partial declined decline declines related newest oldest stuff things advice
    add adding added found spotted noticed connected connect access affiliated linked
    read reads reading conversation conversations chats improve improvement improvements
    translate translation translated
    supposed allowed exist exists always ever never newbie noob beginner introduce introduction
    menu menus set setup bug bugs glitch glitches problem problems issue issues paste upload
    attach pdf file files dm dms pm pms privately direct inbox far back go goes years dates
    period periods local confidential anonymous anonymously monitor monitored moderate
    moderated moderator moderators r full original whole complete tag tags tagged mention
    specialty speciality specialise specialize expertise expert artificial intelligence
    generative claude gemini copilot openai bard llama code github opensource biased bias
    neutral political impartial opinion opinions views side pick choose decide select big
    size news events week today todays happening open opens remember memory previous
    earlier sell sold gdpr compliant compliance mods mod admin admins public different
    published publish tabled manual readme docs documentation guidance assistance guide
    chose chosen regularly believe
    guides leave
    mentions mentioned thread threads broken down offline respond responding arent isnt take
    takes short shorter longer simpler bullet bullets score
    welsh french spanish german polish urdu arabic punjabi bengali italian portuguese
    romanian gaelic irish chinese hindi somali turkish
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
    tips hints suggestions best wrong incorrect bad report record keep log store partial
    related declined decline good come comes came from based sourced""".split()
)
_NEAR = 4
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
    merci gracias danke grazie obrigado obrigada diolch dank obliged shukran shukriya
    arigato arigatou dhanyavaad dhanyavad dhanyawad spasibo legend thankyou thanku dziekuje
    dakujem takk kiitos efharisto thnx thanx thanxx thnks thks tq tx
    helpful useful helps helped""".split()
)
_BYE_WORDS = frozenset(
    """bye byee byeee goodbye cya later laters goodnight farewell night gotta soon tomorrow
    cheerio
    tmrw care gn ttyl tara adios adieu revoir tschuss hwyl nite nighty nn""".split()
)
_ACK_WORDS = frozenset(
    """ok okay k kk right alright cool fine sure noted understood gotcha got it yep yes yeah
    yup indeed oki okie okey sorted
    fair enough great nice good perfect ah oh i see makes sense brilliant lovely awesome
    excellent wonderful fab fantastic superb amazing brill ace super sweet""".split()
)
_GREETING_WORDS = frozenset(
    """hi hello hey hiya heya yo howdy morning afternoon evening greetings sup wassup
    hallo helo hellooo gm gday mornin evenin hru bonjour bonsoir salut hola ola ciao namaste
    shalom aloha salutations morgen buenos dias salamu alaykum wagwan
    buongiorno guten shwmae salaam salam assalamu alaikum salut konnichiwa""".split()
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
    gotcha understood alright today amigo yn fawr iawn partner everything bunch heaps loads
    zusammen todos tous everybody love hun
    """.split()
)
_IDENTITY = re.compile(r"\b(?:a|an) (?:\w+ )?(?:bot|robot|chatbot)\b|\byourself\b")
_ASKING = re.compile(
    r"\b(?:who|whom|when|where|which|why|how|what(?! (?:i|we) (?:needed|wanted)))\b"
)
# "is it any good?", "was it any use": asks a verdict, an opinion question, not "good" said back.
_VERDICT = re.compile(r"^(?:is|are|was|were) (?:\w+ ){1,4}?any (?:good|use)$")
_GOING = re.compile(r"\b(?:see (?:you|ya)|take care|talk (?:to you )?soon)\b")
_CHAT_WORDS = (
    SMALLTALK | STOPWORDS | _SOCIAL_WORDS | _THANKS_WORDS | _BYE_WORDS | _GREETING_WORDS
) | _ACK_WORDS
_SOCIAL_CUES = frozenset(
    """how hows you u ya things it life whats what s sup wassup hope is are this anyone anybody
    sendbot ping test testing""".split()
)
# "is this thing on?", "how are you?": checking the bot is there, as a hello does.
_SOCIAL = re.compile(
    WORD_START + r"(?:"
    r"\bhow (?:are|r) (?:you|u|ya|things)(?: doing)?(?: today| all| this morning| now)?$|"
    r"\bhow(?:s| is)? (?:it|things|life) (?:going|goin)\b|\bhow(?:s| is) (?:things|you)\b|"
    r"\bhow (?:are|r) we(?: doing| today)?$|"
    r"\bhow(?:s| is| was) (?:your|ur|the) (?:day|morning|afternoon|evening|week|weekend)"
    r"(?: going| been)?(?: so far)?$|"
    r"\bhow (?:you|u) doing\b|^(?:what s|whats|what|what is|wassup|sup) up$|^(?:sup|wassup)$|"
    r"\bhope (?:you|u|youre|ur) (?:are|re|r)? ?(?:well|ok|good)\b|\b(?:you|u) (?:ok|alright)$|"
    r"^(?:(?:hello|hi|hey) )?(?:is |are )?(?:this(?: thing| bot)?|you|anyone|anybody|sendbot) "
    r"(?:on|working|awake|alive|there|here)$|"
    r"^(?:ping|test|testing)(?: \w+)?$"
    r")"
)
_QUESTION_WORDS = frozenset(
    "what how who whom where when why which can could do does is are will would".split()
)
_NAMES = frozenset({"bot", "sendbot", "chatbot", "robot"})
_FILLER = re.compile(
    r"^(?:(?:(?:hi|hey|hello|hiya)(?: there| all| everyone| folks)?|ok|okay|so|um|erm|uh|eh|huh|"
    r"hmm|sorry to bother you|sorry to bother|sorry|excuse me|quick one|sendbot|bot|please|pls|"
    r"plz|"
    # How the asker is placed, said before what they ask: "new here, what do i do?"
    r"(?:i m|im|i am) (?:so |a bit |bit |totally |really )?(?:confused|lost|new(?: here)?)|"
    r"(?:new|newbie|noob|beginner|first time) (?:here|on here|question)|"
    r"(?:i m|im|i am|as) (?:a |an )?(?:parent|mum|dad|carer|senco|teacher|governor|ta|"
    r"head|headteacher|caseworker|campaigner|councillor|grandparent)(?: here)?|"
    r"first time using (?:this|it)"
    r")\s+)+"
)
# "whats", "wat": "what" as chat types it, which the folder leaves as it is.
_WHAT = re.compile(r"^(?:whats|wats|wat|wots|wot|wtf(?= (?:is|are|does|do)\b))\b")
_TRAILING_WORDS = ("please", "pls", "plz", "then", "thanks", "sendbot", "bot", "tbh", "lol", "haha")
_TRAILING_FILLER = re.compile(r"(?:\s+(?:" + "|".join(_TRAILING_WORDS) + r"))+$")


# Chat the word lists cannot hold: a phrase whose words are topic words elsewhere ("bore da"
# is Welsh for good morning; "sound" and "top man" are British thanks), praise of the bot,
# a hello drawn out ("heyyy").
_CHAT_LINES = (
    (
        Kind.THANKS,
        re.compile(
            r"^(?:(?:you|youre|you re|you are|ur|u r|u|you have been|youve been) "
            r"(?:a |an |the |so |such a |an absolute |very |absolutely |really |truly )*"
            r"(?:star|legend|gem|hero|lifesaver|superstar|angel|"
            r"diamond|champ|best|amazing|brilliant|great|awesome|wonderful|fab|fantastic|genius|"
            r"ace|helpful|very helpful|so helpful)|good bot|top man|nice one|bless you|sound|"
            r"(?:thats |that is |this is |just |exactly )*what (?:i|we) (?:was |were )?"
            r"(?:needed|wanted|was looking for|was after|were looking for)(?: thanks| thank you)?|"
            r"sound cheers|cheers sound|go raibh maith agat|danke sch n|thanks? a million)$"
        ),
    ),
    (
        Kind.BYE,
        re.compile(
            r"^(?:(?:i m|im|i am|we re|were|all) (?:done|finished|off)|(?:i m|im|i am) "
            r"(?:heading|logging|signing|going) (?:off|out)|(?:i ll|ill|i will) be back|"
            r"(?:signing|logging|heading) off|(?:thats|that|that is) me(?: done| off)?|"
            r"(?:until|till) next time|"
            r"enjoy (?:your|the) (?:day|evening|weekend|afternoon)|"
            r"(?:see|catch) (?:you|ya|u) (?:next time|around|then|later|soon|tomorrow)|"
            r"(?:nothing|no) (?:else|more|other|further)(?: questions?)?(?: for now| today)?"
            r"(?: thanks| thank you| cheers)?)"
            r"(?: now| here| then| for (?:today|now|the day|tonight))?$"
        ),
    ),
    (
        Kind.GREETING,
        re.compile(
            r"^(?:(?:yo|hey|hi|oi) )?(?:bore da|dia dhuit|dia duit|ey up|eh up|ay up|now then|"
            r"what s new|whats new|what new|what is new|what is good|whats good|"
            r"(?:hiya|hi|hello|hey|morning) (?:love|hun|pal|buddy|lovely)|"
            r"(?:nice|pleased|good|lovely|great) to meet (?:you|u|ya)|"
            r"(?:happy|merry|good) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"weekend|christmas|xmas|new year|easter|holidays|half term|diwali|eid|hanukkah)"
            r"(?: \w+)?|eid mubarak|seasons greetings|knock knock|wakey wakey|"
            r"(?:anybody|anyone) (?:home|about|around)|oi|oi oi|"
            r"h+i+|he+y+|hel+o+|hiy+a+)$"
        ),
    ),
    (
        Kind.ACK,
        re.compile(
            r"^(?:right|right then|fair enough|makes sense|that makes sense|i see|no worries|"
            r"no problem|not bad|not too bad|sounds (?:good|great|fine|ok|okay)|"
            r"that sounds (?:good|great|fine)|will do|(?:okie|okey|oki) (?:dokie|dokey|doke)|"
            r"cool beans|good to know(?: thanks)?|(?:thats |very |really |how )?interesting"
            r"(?: thanks)?)$"
        ),
    ),
)

# The lines above as one pattern, each kind a named group: one match for most messages.
_CHAT_LINE = re.compile("|".join(f"(?P<{kind.value}>{line.pattern})" for kind, line in _CHAT_LINES))

# Said of the last reply: "that's wrong", "rubbish bot", "not what I asked". Answered with how
# to report a wrong answer or ask again, never a fact: nothing in it names what to look up.
_COMPLAINTS = frozenset(
    """wrong incorrect rubbish useless pointless terrible awful stupid dumb bad poor unhelpful
    garbage trash crap nonsense broken hopeless inaccurate wtf ugh pathetic worst lame
    annoying ridiculous seriously ffs argh aargh arg grr grrr meh sigh omfg jeez irrelevant
    boring disappointing disappointed misunderstood unimpressed outdated""".split()
)
_FEEDBACK_WORDS = frozenset(
    """that thats this it its is was the a an answer answers reply replies response bot
    sendbot not no nope so very really totally completely just quite even at all of time
    again try come on what i asked meant mean wanted said needed need my question questions
    didnt doesnt dont did does help helpful helped answered useful right correct true accurate
    good work works make sense honestly mate lol omg absolutely utterly pretty bit kinda
    sorry but you youre u ur your you re waste space thing one complete total are listening
    working makes isnt wasnt arent aint got get gets getting impressed relevant figure figures
    latest date out old info information different something else me misunderstood
    """.split()
)
_NOT_GOOD = re.compile(
    r"\b(?:not|isnt|wasnt|no) (?:\w+ )?(?:right|correct|true|accurate|helpful|useful|good|it|"
    r"working|listening|"
    r"what (?:i|we) (?:asked|meant|wanted|said|needed))\b|"
    r"\b(?:didnt|doesnt|dont|did not|does not) (?:\w+ )?(?:help|answer|work|make sense)\b|"
    r"\bwaste of (?:time|space)\b|\bmakes? no sense\b|"
    r"^(?:try again|come on|are you (?:even )?listening)$|"
    # "that's out of date", "not what i asked", "you misunderstood": the reply missed
    r"\bout of date\b|\bold (?:info|information|figures?)\b|\bno help\b|\bmisunderstood\b|"
    r"\b(?:not|isnt|wasnt) (?:\w+ )?(?:latest|relevant|impressed|current|up to date)\b|"
    r"\b(?:not|isnt|wasnt) (?:my|what i)\b|"
    r"\b(?:i|we) (?:asked|meant|wanted) (?:for )?something else\b"
)
_OPENS_A_QUESTION = frozenset(
    """is was were are do does did can could why how what who when where which will would
    should has have""".split()
)


_ASKS_YES_OR_NO = _OPENS_A_QUESTION - {"has", "have"}  # not "have a good day"


def _feedback(said: Sequence[str], text: str) -> bool:
    """'that's wrong', 'useless', 'not what I asked': a verdict on the last reply, with
    nothing in it to look up. Not 'is that wrong?' (a question) nor 'not bad'."""
    if not all(word in _FEEDBACK_WORDS or word in _COMPLAINTS for word in said):
        return False
    # "what a useless answer" exclaims; "what is wrong with it?" asks.
    opens_a_question = said[0] in _OPENS_A_QUESTION and not text.startswith("what a ")
    if _NOT_GOOD.search(text):
        return not opens_a_question or text.startswith("are you")
    return not opens_a_question and any(
        word in _COMPLAINTS and (at == 0 or said[at - 1] != "not") for at, word in enumerate(said)
    )


def _plain(word: str) -> str:
    """'sources' -> 'source', 'answered' -> 'answer': enough to look a word up in the lists."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _in(word: str, vocabulary: frozenset[str]) -> bool:
    return word in vocabulary or _plain(word) in vocabulary


# Thanks written with letters the word lists do not hold ("dziękuję", "спасибо", "شكرا").
_THANKS_WRITTEN = re.compile(
    r"^\W*(?:dziękuję|спасибо|شكرا|धन्यवाद|ありがとう|谢谢|謝謝|감사합니다|"
    r"teşekkürler|teşekkür ederim|mulțumesc|köszönöm|děkuji|ďakujem|ευχαριστώ|danke schön)"
    r"(?:\s+\w+)?\W*$"
)


def written_thanks(folded: str) -> bool:
    """'dziękuję', 'спасибо': thanks in a script or spelling sendbot's words leave out."""
    return not folded.isascii() and bool(_THANKS_WRITTEN.match(folded))


# Hello and goodbye written with letters the word lists do not hold ("slán", "привет").
_WRITTEN_CHAT = (
    (
        Kind.GREETING,
        re.compile(
            r"^\W*(?:привет|здравствуйте|مرحبا|السلام عليكم|नमस्ते|こんにちは|你好|안녕하세요|"
            r"cześć|dzień dobry|merhaba|bună ziua|olá|buenos días|grüß gott|grüezi|dia dhuit)"
            r"(?:\s+\w+)?\W*$"
        ),
    ),
    (Kind.BYE, re.compile(r"^\W*(?:slán|tschüss|tschüs|até logo|до свидания|さようなら)\W*$")),
)


def _written_chat(folded: str) -> Kind | None:
    for kind, written in _WRITTEN_CHAT:
        if written.match(folded):
            return kind
    return None


# How many words a line of chat or feedback may have ("you have been a really great help
# thanks"), and a question whether the bot can help with a child's own case.
_SHORT = 10
_WHAT_IT_CAN_DO_WORDS = 16


# "are you the dfe?", "is this bot run by the council?": who is behind the bot, asked by
# naming a body, which elsewhere is a topic ("does the council decide?").
_RUN_BY = re.compile(
    r"^(?:(?:are|r) (?:you|u)|is (?:this bot|sendbot|the bot)) "
    r"(?:(?:the|a|an|from|part of|with|by|for|affiliated|linked|connected|to|run|made|official|"
    r"officially|actually|really) )*(?:dfe|department for education|department|government|"
    r"govt|gov|council|local council|local authority|la|ofsted|nhs|charity|ipsea|sendiass|"
    r"parliament)$"
)
_RUN_BY_CUES = frozenset(
    """dfe department government govt gov council authority la ofsted nhs charity ipsea
    sendiass parliament""".split()
)
# "parlez-vous français?", "hablas español?": asking, in another language, whether it speaks it.
_SPEAKS = re.compile(
    r"^\W*(?:parlez[- ]vous|parles[- ]tu|hablas|habla|sprechen sie|sprichst du|"
    r"parli|fala|falas|czy m[oó]wisz|m[oó]wisz po|ydych chin siarad|wyt tin siarad|"
    r"siaradwch|siarad cymraeg)\b"
)
# A slash command typed into chat: "what does /ask do?", "how do i use /facts".
_SLASH_COMMAND = re.compile(
    r"(?:^|\s)[/!](?:ask|fact|facts|source|sources|help|trend|kb|settings|about)\b"
)


# Bot words as fast typing spells them: "hlep", "comands", "waht can yuo do".
_TYPOS = {
    "hlep": "help",
    "halp": "help",
    "hepl": "help",
    "comands": "commands",
    "commads": "commands",
    "commnads": "commands",
    "waht": "what",
    "wht": "what",
    "yuo": "you",
    "yu": "you",
    "ths": "this",
    "tihs": "this",
    "dis": "this",
    "dose": "does",
    "abt": "about",
    "hw": "how",
    "cna": "can",
    "teh": "the",
}
_TYPO_WORDS = frozenset(_TYPOS)


def kind_of(folded: str, raw_words: Sequence[str]) -> Kind:
    """`folded`: the message folded (see `fold_text`); `raw_words`: its words."""
    if not _TYPO_WORDS.isdisjoint(raw_words):
        raw_words = [_TYPOS.get(word, word) for word in raw_words]
    if written_thanks(folded):
        return Kind.THANKS
    if not folded.isascii() and len(raw_words) <= 4:
        written = _written_chat(folded)
        if written is not None:
            return written
    if len(raw_words) <= _SHORT and _SPEAKS.match(folded):
        return Kind.LANGUAGE
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
    if len(raw_words) <= _SHORT:  # chat and feedback are short: most questions skip this
        line = _CHAT_LINE.match(bare) or (_CHAT_LINE.match(text) if bare != text else None)
        if line is not None and line.lastgroup:
            return Kind(line.lastgroup)
        if _feedback(bare.split(), bare):
            return Kind.FEEDBACK
    said = frozenset(raw_words)
    if not _SOCIAL_CUES.isdisjoint(said) and _SOCIAL.search(text):
        return Kind.GREETING
    if len(raw_words) <= _TOLD_WORDS and raw_words[0] in _TOLD_OPENERS:
        told = _told(folded)
        if told is not None:
            return told
    chat = _chat_kind(folded, raw_words)
    # "thank you" is addressed to the bot, and still thanks; "hey sendbot" is a hello.
    if chat in (Kind.THANKS, Kind.BYE) or (chat is not Kind.QUESTION and not _asks(raw_words)):
        return chat
    about = _about_the_bot(text)
    if about is None and not _RUN_BY_CUES.isdisjoint(said) and _RUN_BY.match(bare):
        about = Kind.ABOUT
    if about is None and "/" in folded and _SLASH_COMMAND.search(folded):
        # "what does /ask do?": a command of the bot's, named as a thing it has
        about = _about_the_bot(_SLASH_COMMAND.sub(" command ", folded).strip())
    if about is None and lead != text:
        # "hi, how does this work?" asks how it works, as it does without the hello.
        about = _about_the_bot(lead)
    if (
        about is None
        and len(raw_words) <= _WHAT_IT_CAN_DO_WORDS
        and bare.partition(" ")[0] in _CAN_IT_OPENS
    ):
        about = _what_it_can_do(bare)
    if about is None and raw_words[0] in ("my", "our", "what") and _OWN_CASE_TOLD.match(bare):
        about = Kind.OWN_CASE
    if about is None and "about" in said and _HOW_TO_ASK_ABOUT.match(bare):
        about = Kind.HELP
    return about or chat


# "how do i ask about funding?", "what can i ask about pins?": how to ask the bot about a
# topic, not the topic asked (the written answer's own question is no reply to it).
_HOW_TO_ASK_ABOUT = re.compile(
    r"^(?:how (?:do|can|should|would) (?:i|we)|what (?:\w+ ){0,2}?(?:can|could|should) (?:i|we)|"
    r"can (?:i|we)|(?:what s |what is |what )?the best way to|"
    r"(?:can|could) (?:you|u) give (?:me |us )?(?:an |some )?examples? of) "
    r"(?:ask|phrase|word|type|search|a question|questions)(?: you| u| a question| questions)?"
    r" (?:about|on|regarding|re) "
)


# A hello or thanks followed by something told, not asked: "hi, i'm a senco at a primary",
# "hello from a rainy manchester", "thanks, i'll pass that on to the other parents". The
# telling has no question in it: no "?", no question word, no asking for anything.
_TOLD_WORDS = 16
# The words such a message opens with: most questions open with none of them.
_TOLD_OPENERS = frozenset(
    """hi hello hey hiya heya yo morning evening afternoon good greetings thanks thank thankyou
    ty cheers ta many much just new newbie first""".split()
)
_HELLO_THEN = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|heya|yo|morning|evening|afternoon|good (?:morning|afternoon|"
    r"evening)|greetings)(?: there| all| everyone| folks| guys| sendbot| bot)?\W+)+(?P<rest>.+)$"
)
_THANKS_THEN = re.compile(
    r"^\W*(?:(?:thanks|thank you|thank u|thankyou|ty|cheers|ta|many thanks|much appreciated)"
    r"(?: so much| very much| a lot| loads| again| sendbot| bot)?\W+)+(?P<rest>.+)$"
)
_INTRODUCED = re.compile(
    r"^(?:(?:i m|im|i am|we re|we are|this is|my name is|its|it s|me again|just|from|new|"
    r"first|long|busy|rough|tough|nice|glad|happy|great)\b|here from\b|joined\b)"
)
# Saying more after thanks: "that's exactly what i needed", "i'll pass that on".
_THANKS_SAYS = re.compile(
    r"^(?:that|thats|this|it|its|i|ill|im|ive|we|well|you|youre|very|so|really|for|will|"
    r"exactly|just|perfect|great|brilliant|lovely|super|useful|helpful|appreciate\w*)\b"
)
# A joined or new member, with no hello: "new member here", "just joined".
_JOINED = re.compile(
    r"^(?:just joined|new member|newbie|new here|first time (?:posting|here|on here))\b"
)
_ASKS_FOR = frozenset(
    """need want wanted looking wondering wonder know tell find info information help question
    questions ask asking about interested could can would please pls plz any anything figure
    figures data latest update updates news also""".split()
)
_ASKS_AFTER_THANKS = _ASKS_FOR - {"help", "need", "about", "information", "info", "figure"}


def _told(folded: str) -> Kind | None:
    if "?" in folded:
        return None
    for kind, opener, says, asks in (
        (Kind.GREETING, _HELLO_THEN, _INTRODUCED, _ASKS_FOR),
        (Kind.THANKS, _THANKS_THEN, _THANKS_SAYS, _ASKS_AFTER_THANKS),
        (Kind.GREETING, None, _JOINED, _ASKS_FOR),
    ):
        if opener is None:
            rest = folded
        else:
            found = opener.match(folded)
            if found is None:
                continue
            rest = found["rest"]
        told = " ".join(words(rest))
        if (
            told
            and says.match(told)
            and not _ASKING.search(told)
            and asks.isdisjoint(told.split())
            and not any(mark in rest for mark in ",;:")
            and " - " not in rest
        ):
            return kind
    return None


# "can you help with my child's EHCP?", "is this bot any good for ehcp stuff?": whether the bot
# can do something, asked of a child's own case or of a field named only loosely ("... stuff"),
# which no fact answers: the help says what it can do. "do you know about ehcps?" names a
# topic, and goes to the facts.
_CAN_IT = re.compile(
    r"^(?:(?:can|could|will|would|do|does) (?:you|u|it|this(?: \w+)?|the bot|sendbot) "
    r"(?:\w+ )?(?:answer|help|deal|handle|do|cover|know|advise|give|look|read|check|review|"
    r"tell)|"
    r"(?:is|are) (?:this|it|you|u|the) (?:\w+ )?(?:any )?(?:good|use|useful|helpful))"
    r"(?: (?:questions?|me|us|anything|with|advice))*(?: (?:about|with|on|for|regarding|re|in|"
    r"at|over))? (?P<asked>.+)$"
)
_CAN_IT_OPENS = frozenset("can could will would do does is are".split())
_OWN_CASE = re.compile(
    r"^(?:(?:me |us )?(?:to )?(?:appeal|complain|challenge)\b|"
    r"(?:(?:if|whether) )?(?:my|our|a) (?:\w+ )?(?:child|childs|son|sons|daughter|daughters|"
    r"kid|kids|boy|boys|"
    r"girl|girls|grandson|granddaughter|grandchild|nephew|niece|family|case|tribunal|appeal)\b)"
)
# "my son has an ehcp, can you help?", "what should i do about my child's school?": one
# child's case, told before asking for help, or advice asked for.
_OWN_CASE_TOLD = re.compile(
    r"^(?:my|our) (?:\w+ ){0,10}(?:can|could) (?:you|u|anyone|someone) help(?: me| us)?$|"
    r"^what (?:should|can|do) (?:i|we) do (?:about|with|for) (?:my|our) "
)
_LOOSELY = re.compile(r"^(?:\w+ ){0,2}(?:stuff|things|matters|issues|questions)$")
_ADVICE = re.compile(
    r"^(?:can|could|will|do|does) (?:you|u|it|this(?: \w+)?|sendbot) (?:give|offer|provide) "
    r"(?:me |us )?(?:legal|personal|individual|medical) advice$"
)


def _what_it_can_do(text: str) -> Kind | None:
    if _ADVICE.match(text):
        return Kind.OWN_CASE
    found = _CAN_IT.match(text)
    if found is None:
        return None
    asked = found["asked"]
    if _OWN_CASE.match(asked):
        return Kind.OWN_CASE
    if _LOOSELY.match(asked):
        return Kind.CURRENT if _A_YEAR.search(asked) else Kind.HELP
    return None


# A message of emoji alone says what they say: a wave is a hello, a thumbs up an "ok".
_EMOJI_KINDS = (
    # waving hand; a smile, a hug (a grin alone, "😀", still prompts for a question)
    (Kind.GREETING, "\U0001f44b\U0001f642\U0001f60a\u263a\U0001f917"),
    # folded hands, hearts, clapping, raised hands
    (
        Kind.THANKS,
        "\U0001f64f\u2764\U0001f496\U0001f495\U0001f49c\U0001f499\U0001f49a\U0001f44f\U0001f64c",
    ),
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
        or (not _IT_CUES.isdisjoint(present) and bool(_IT.search(text)))
        or (not _TYPED_CUES.isdisjoint(present) and bool(_TYPED.search(text)))
        or (
            not _ORIGIN_CUES.isdisjoint(present)
            and not _ORIGIN_NOUNS.isdisjoint(present)
            and bool(_ORIGIN.search(text))
        )
    )
    if not addressed and _BOT_THINGS.isdisjoint(present):
        return None
    # "do you know about things after 2025?": how far the sources reach, not a year's figure.
    vague_years: frozenset[str] = frozenset()
    if _A_YEAR.search(text):
        vague_years = frozenset(y for found in _VAGUE_YEAR.findall(text) for y in found if y)
        if vague_years:
            vague_years |= _BEYOND
    # "why didn't it answer?": the bot's answer, not the written one.
    why_not = said[0] == "why" and bool(_WHY_NOT.match(text))
    topical = (
        [
            word
            for at, word in enumerate(said)
            if word in _DOCUMENT_WORDS
            and not why_not
            and said[max(0, at - 2) : at] != ["up", "to"]  # "up to date": current, not a date
            and _BESIDE.isdisjoint(said[max(0, at - _NEAR) : at + _NEAR + 1])
            and _QUANTITY.isdisjoint(said[max(0, at - 2) : at])
        ]
        + [
            word
            for word in said
            if word not in STOPWORDS
            and word not in SMALLTALK
            and word not in _YOU
            and not _in(word, _META_WORDS)
            and word not in _FIELD_WORDS
            and word not in vague_years
        ]
    )
    if topical:
        return None
    narrowed = _help_about(text, present)
    if narrowed is not None:
        return narrowed
    if _IDENTITY.search(text) or any(_in(word, _ABOUT_WORDS) for word in said):
        return Kind.ABOUT
    return Kind.HELP


# What a question about the bot is about, when it is one thing the help has a line for.
# Reporting first: "who do I tell if the bot is wrong" asks how to report, not whether to trust.
_HELP_ABOUT = (
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
            r"italian|portuguese|romanian|gaelic|irish|chinese|hindi|somali|turkish)\b"
        ),
    ),
)
_HELP_ABOUT_CUES = frozenset(
    """report reporting reported contact feedback found spotted noticed theres there suggest
    suggestion request complain
    complaint flag tell add get store stored storing save saved saving keep kept record
    recorded log logs logged logging private privacy safe secure delete share shared track
    tracking message messages who partial decline declined declines related why up recent
    recently current currently latest newest oldest update updated updates stale often old
    language languages translate translation welsh french happen happens anyone anybody
    someone people confidential anonymous anonymously monitor monitored moderated
    moderator moderators human humans person staff admin admins mods never sell sold gdpr
    spanish german
    polish urdu arabic punjabi bengali italian portuguese romanian gaelic irish chinese hindi
    somali turkish""".split()
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BEYOND = frozenset({"after", "since", "beyond", "past"})
_VAGUE_YEAR = re.compile(
    r"\b(?:after|since|beyond|past|up to date with) ((?:19|20)\d\d)\b|"
    r"\b(?:cover|covers|include|includes|know about|go up to|reach) ((?:19|20)\d\d)$|"
    r"\b((?:19|20)\d\d) (?:stuff|things|onwards)\b"
)


def _help_about(text: str, present: frozenset[str]) -> Kind | None:
    if _HELP_ABOUT_CUES.isdisjoint(present) and not _A_YEAR.search(text):
        return None
    for kind, pattern in _HELP_ABOUT:
        if pattern.search(text):
            return kind
    return None


# A last letter drawn out: "helloooo", "heyy", "byeee", "thanksss".
_DRAWN_OUT = re.compile(r"(\w)\1+$")


def _drawn_in(word: str) -> str:
    """'helloooo' -> 'hello', 'heyy' -> 'hey': a chat word with its last letter drawn out
    written as the lists hold it; other words as they are."""
    if len(word) < 3 or word[-1] != word[-2] or word in _CHAT_WORDS:
        return word
    squeezed = _DRAWN_OUT.sub(r"\1", word)
    return squeezed if squeezed != word and squeezed in _CHAT_WORDS else word


def _chat_kind(folded: str, raw_words: Sequence[str]) -> Kind:
    # "who answered it, is that right?" is made of chat words too, and asks something. (The
    # words first: most questions have one that is no chat word, and need no pattern tried.)
    drawn = []
    for word in raw_words:
        # Most questions stop at their first word that is no chat word, even drawn in.
        if not _in(word, _CHAT_WORDS):
            word = _drawn_in(word)
            if word not in _CHAT_WORDS:
                return Kind.QUESTION
        drawn.append(word)
    raw_words = drawn
    text = " ".join(raw_words)
    if _ASKING.search(text):
        return Kind.QUESTION
    if _VERDICT.match(text) or raw_words[0] in _ASKS_YES_OR_NO:
        # "is that right?", "is it ok": asked, not said back.
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
