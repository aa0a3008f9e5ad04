"""The phrases of chat, matched by `chat_kind`: whole lines a word list cannot hold ("bore
da", "top man", "that's me done"), bare requests for help, filler before a question, a hello or
thanks followed by something told, feedback on the last reply, and chat in other scripts.
Patterns only. Pure."""

from __future__ import annotations

import re

from sendbot.answering.chat_words import TRAILING_WORDS
from sendbot.answering.message_kind import Kind
from sendbot.answering.normalise import WORD_START

BARE_HELP_LINES = re.compile(
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


ASKING = re.compile(
    r"\b(?:who|whom|when|where|which|why|how|what(?! (?:i|we) (?:needed|wanted|thought)))\b"
)


# "is it any good?", "was it any use": asks a verdict, an opinion question, not "good" said back.
VERDICT = re.compile(r"^(?:is|are|was|were) (?:\w+ ){1,4}?any (?:good|use)$")


# "is this thing on?", "how are you?": checking the bot is there, as a hello does.
SOCIAL = re.compile(
    WORD_START + r"(?:"
    r"\bhow (?:are|r) (?:you|u|ya|things)(?: doing)?(?: with (?:you|u))?"
    r"(?: today| all| this morning| now)?(?: sendbot| bot)?$|"
    r"\bhow(?:s| is)? (?:it|things|life) (?:going|goin)\b|\bhow(?:s| is) (?:things|you)\b|"
    r"\bhow (?:are|r) we(?: doing| today)?$|"
    r"\bhow(?:s| is| was) (?:your|ur|the) (?:day|morning|afternoon|evening|week|weekend)"
    r"(?: going| been)?(?: so far)?$|"
    r"\bhow (?:you|u) doing\b|^(?:what s|whats|what|what is|wassup|sup) up$|^(?:sup|wassup)$|"
    r"\bhope (?:you|u|youre|ur) (?:are|re|r)? ?(?:well|ok|good)\b|\b(?:you|u) (?:ok|alright)$|"
    # (typed short too: "u awake?", "r u still there")
    r"^(?:(?:hello|hi|hey) )?(?:is |are |r )?(?:this(?: thing| bot)?|you|u|anyone|anybody|"
    r"sendbot)(?: still)? (?:on|working|awake|alive|there|here|around|about|in)$|"
    r"^(?:ping|test|testing)(?: \w+)?$"
    r")"
)


FILLER = re.compile(
    r"^(?:(?:(?:hi|hey|hello|hiya|yo|sup)(?: there| all| everyone| folks)?|ok|okay|so|u+m+|"
    r"e+r+m+|uh|"
    r"eh|huh|h+m+|sorry to bother you|sorry to bother|sorry|excuse me|quick one|sendbot|bot|"
    r"please|pls|plz|"
    # How the asker is placed, said before what they ask: "new here, what do i do?"
    r"(?:i m|im|i am) (?:so |a bit |bit |totally |really )?(?:confused|lost|new(?: here)?)|"
    r"(?:new|newbie|noob|beginner|first time) (?:here|on here|question)|"
    r"(?:i m|im|i am|as) (?:a |an )?(?:parent|mum|dad|carer|senco|teacher|governor|ta|"
    r"head|headteacher|caseworker|campaigner|councillor|grandparent)(?: here)?|"
    r"first time using (?:this|it)"
    r")\s+)+"
)


# "whats", "wat": "what" as chat types it, which the folder leaves as it is.
WHAT = re.compile(r"^(?:whats|wats|wat|wots|wot|wtf(?= (?:is|are|does|do)\b))\b")


TRAILING_FILLER = re.compile(r"(?:\s+(?:" + "|".join(TRAILING_WORDS) + r"))+$")


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
            r"(?:until|till) next time|(?:i )?(?:have to|need to|got to|gotta|must) "
            r"(?:go|dash|run|head off|log off)|catch (?:you|ya|u)|"
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
            r"^(?:(?:yo|hey|hi|oi) )?(?:(?:bore da|prynhawn da|noswaith dda|kia ora|buenas tardes|"
            r"buenas noches|tudo bem|back again)(?: pawb| all| everyone| folks| a tutti)?|"
            r"dia dhuit|dia duit|ey up|eh up|ay up|now then|"
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
            r"that sounds (?:good|great|fine)|will do|(?:okie|okey|oki) (?:dokie|dokey|doke|doki)|"
            r"cool beans|good to know(?: thanks)?|(?:thats |very |really |how )?interesting"
            r"(?: thanks)?)$"
        ),
    ),
)


# The lines above as one pattern, each kind a named group: one match for most messages.
CHAT_LINE = re.compile("|".join(f"(?P<{kind.value}>{line.pattern})" for kind, line in _CHAT_LINES))


NOT_GOOD = re.compile(
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


# Thanks written with letters the word lists do not hold ("dziękuję", "спасибо", "شكرا").
THANKS_WRITTEN = re.compile(
    r"^\W*(?:dziękuję|спасибо|شكرا|धन्यवाद|ありがとう|谢谢|謝謝|감사합니다|"
    r"teşekkürler|teşekkür ederim|mulțumesc|köszönöm|děkuji|ďakujem|ευχαριστώ|danke schön)"
    r"(?:\s+\w+)?\W*$"
)


# Hello and goodbye written with letters the word lists do not hold ("slán", "привет").
WRITTEN_CHAT = (
    (
        Kind.GREETING,
        re.compile(
            r"^\W*(?:привет|здравствуйте|مرحبا|السلام عليكم|नमस्ते|こんにちは|你好|안녕하세요|"
            r"cześć|dzień dobry|merhaba|bună ziua|olá(?:\W+tudo bem)?|buenos días|grüß gott|grüezi|"
            r"dia dhuit)"
            r"(?:\s+\w+)?\W*$"
        ),
    ),
    (Kind.BYE, re.compile(r"^\W*(?:slán|tschüss|tschüs|até logo|до свидания|さようなら)\W*$")),
)


# "parlez-vous français?", "hablas español?": asking, in another language, whether it speaks it.
SPEAKS = re.compile(
    r"^\W*(?:parlez[- ]vous|parles[- ]tu|hablas|habla|sprechen sie|sprichst du|"
    r"parli|fala|falas|czy m[oó]wisz|m[oó]wisz po|ydych chin siarad|wyt tin siarad|"
    r"siaradwch|siarad cymraeg)\b"
)


# A slash command typed into chat: "what does /ask do?", "how do i use /facts".
SLASH_COMMAND = re.compile(
    r"(?:^|\s)[/!](?:ask|fact|facts|source|sources|help|trend|kb|settings|about)\b"
)


HELLO_THEN = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|heya|yo|morning|evening|afternoon|good (?:morning|afternoon|"
    r"evening)|greetings)(?: there| all| everyone| folks| guys| sendbot| bot)?\W+)+(?P<rest>.+)$"
)


THANKS_THEN = re.compile(
    r"^\W*(?:(?:thanks|thank you|thank u|thankyou|ty|cheers|ta|many thanks|much appreciated)"
    r"(?: so much| very much| a lot| loads| again| sendbot| bot)?\W+)+(?P<rest>.+)$"
)


INTRODUCED = re.compile(
    r"^(?:i (?:work|teach|volunteer)\b|(?:\w+ ){1,3}here$|"
    r"(?:i m|im|i am|we re|we are|this is|my name is|its|it s|me again|just|from|new|"
    r"first|long|busy|rough|tough|nice|glad|happy|great)\b|here from\b|joined\b)"
)


# Saying more after thanks: "that's exactly what i needed", "i'll pass that on".
THANKS_SAYS = re.compile(
    r"^(?:that|thats|this|it|its|i|ill|im|ive|we|well|you|youre|very|so|really|for|will|"
    r"exactly|just|perfect|great|brilliant|lovely|super|useful|helpful|appreciate\w*)\b"
)


# Off somewhere, with a goodbye: "cheers, off to pick up the kids now bye", "right, got to go
# and do the school run, bye!". Where the asker is off to is told, not asked.
# Where the asker says they are leaving, after their thanks: "lovely, thank you, off to do the
# school run now", "cheers. heading off to pick my daughter up", "ok, signing off for today".
LEAVING = re.compile(
    r"\b(?:i m |im |i am |i ve |ive |i |we re |we |that s me )?"
    r"(?:off(?: now)? to|off now|off out|(?:got|have|need|must|better) to go|gotta go|"
    r"heading (?:off|out)|signing off|logging off|going now|done)\b"
)

LEAVING_BYE = re.compile(
    r"^\W*(?:(?:ok|okay|right|well|anyway|thanks|thank you|cheers|ta)\W+)*"
    r"(?:i m |im |i am |i ve |ive |i |we re |we )?"
    r"(?:off(?: now)? to|off now|off out|(?:got|have|need|must|better) to go|gotta go|"
    r"heading off)\b[^?]*\b(?:bye|byee|goodbye|cya|ttyl|laters|cheerio|see (?:you|ya))\W*$"
)


# A joined or new member, with no hello: "new member here", "just joined".
JOINED = re.compile(
    r"^(?:just joined|new member|newbie|new here|first time (?:posting|here|on here))\b"
)


# A last letter drawn out: "helloooo", "heyy", "byeee", "thanksss".
DRAWN_OUT = re.compile(r"(\w)\1+$")

# A Discord shortcode (":wave:") or an action between asterisks ("*waves*"); bold ("**hi**")
# is neither.
MARKED = re.compile(r":([a-z0-9_+-]+):|(?<![*\w])\*([a-z][a-z ]*[a-z])\*(?![*\w])")
