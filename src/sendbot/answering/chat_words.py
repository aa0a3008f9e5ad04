"""The words of chat, looked up by `chat_kind`: greetings, thanks, goodbyes and
acknowledgements in English and the commonest words other languages give them, the words that
go with them, complaints about the last reply, emoji, and bot words as fast typing spells them.
Data only, besides `word_in` (a word or its plain form in a list). Pure."""

from __future__ import annotations

from sendbot.answering.message_kind import Kind
from sendbot.answering.normalise import SMALLTALK, STOPWORDS

# Lines too short to have a shape: a bare "help", "commands" or "huh?".
BARE_HELP = frozenset(
    """help commands command usage examples example menu options instructions guide info
    what huh eh pardon confused start hint hints tip tips suggestions ideas topics topic
    subjects cmds cmd faq faqs readme manual docs documentation guidance""".split()
)


# Chat: greetings, thanks, goodbyes and acknowledgements, and the words around them.
# Each with the commonest words other languages give it, which people write here too ("merci",
# "gracias", "diolch"), and the short forms chat types ("ta muchly", "thanks x").
THANKS_WORDS = frozenset(
    """thanks thank thx ty tysm tyvm cheers ta appreciated appreciate appreciate ty
    merci gracias danke grazie obrigado obrigada diolch dank obliged shukran shukriya
    arigato arigatou dhanyavaad dhanyavad dhanyawad spasibo legend thankyou thanku dziekuje
    dakujem takk kiitos efharisto thnx thanx thanxx thnks thks tq tx tack thnak thanx
    helpful useful helps helped""".split()
)


BYE_WORDS = frozenset(
    """bye byee byeee goodbye cya later laters goodnight farewell night gotta soon tomorrow
    cheerio
    tmrw care gn ttyl tara adios adieu revoir tschuss hwyl nite nighty nn gtg g2g luego""".split()
)


ACK_WORDS = frozenset(
    """ok okay k kk right alright cool fine sure noted understood gotcha got it yep yes yeah
    yup indeed oki okie okey sorted righto
    fair enough great nice good perfect ah oh i see makes sense brilliant lovely awesome
    excellent wonderful fab fantastic superb amazing brill ace super sweet
    wicked lush cracking smashing champion
    lol lmao haha hmm wow omg""".split()  # a laugh or "wow" said back, not a hello
)


GREETING_WORDS = frozenset(
    """hi hello hey hiya heya yo howdy morning afternoon evening greetings sup wassup
    hallo helo hellooo gm gday mornin evenin hru bonjour bonsoir salut hola ola ciao namaste
    shalom aloha salutations morgen buenos dias salamu alaykum wagwan
    buongiorno guten shwmae salaam salam assalamu alaikum salut konnichiwa
    heyo hej hoi salve merhaba namaskar sawubona tardes noches""".split()
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
    sm gud bien sehr je wel mycket jazeelan tutti pawb hasta tudo bem thought
    bed assistance
    gang peeps fam yall lovelies crew m8 pal buddy bud earlier yesterday
    clears cleared clarifies explains explained
    """.split()
)


CHAT_WORDS = (
    SMALLTALK | STOPWORDS | _SOCIAL_WORDS | THANKS_WORDS | BYE_WORDS | GREETING_WORDS
) | ACK_WORDS


SOCIAL_CUES = frozenset(
    """how hows you u ya things it life whats what s sup wassup hope is are this anyone anybody
    sendbot ping test testing""".split()
)


QUESTION_WORDS = frozenset(
    "what how who whom where when why which can could do does is are will would".split()
)


NAMES = frozenset({"bot", "sendbot", "chatbot", "robot"})


TRAILING_WORDS = ("please", "pls", "plz", "then", "thanks", "sendbot", "bot", "tbh", "lol", "haha")


# Said of the last reply: "that's wrong", "rubbish bot", "not what I asked". Answered with how
# to report a wrong answer or ask again, never a fact: nothing in it names what to look up.
COMPLAINTS = frozenset(
    """wrong incorrect rubbish useless pointless terrible awful stupid dumb bad poor unhelpful
    garbage trash crap nonsense broken hopeless inaccurate wtf ugh pathetic worst lame
    annoying ridiculous seriously ffs argh aargh arg grr grrr meh sigh omfg jeez irrelevant
    boring disappointing disappointed misunderstood unimpressed outdated""".split()
)


FEEDBACK_WORDS = frozenset(
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


OPENS_A_QUESTION = frozenset(
    """is was were are do does did can could why how what who when where which will would
    should has have""".split()
)


ASKS_YES_OR_NO = OPENS_A_QUESTION - {"has", "have"}  # not "have a good day"


def _plain(word: str) -> str:
    """'sources' -> 'source', 'answered' -> 'answer': enough to look a word up in the lists."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def word_in(word: str, vocabulary: frozenset[str]) -> bool:
    return word in vocabulary or _plain(word) in vocabulary


# Bot words as fast typing spells them: "hlep", "comands", "waht can yuo do".
TYPOS = {
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
    "any1": "anyone",
}


TYPO_WORDS = frozenset(TYPOS)


# The words such a message opens with: most questions open with none of them.
TOLD_OPENERS = frozenset(
    """hi hello hey hiya heya yo morning evening afternoon good greetings thanks thank thankyou
    ty cheers ta many much just new newbie first""".split()
)


ASKS_FOR = frozenset(
    """need want wanted looking wondering wonder know tell find info information help question
    questions ask asking about interested could can would please pls plz any anything figure
    figures data latest update updates news also""".split()
)


ASKS_AFTER_THANKS = ASKS_FOR - {"help", "need", "about", "information", "info", "figure"}


# A message of emoji alone says what they say: a wave is a hello, a thumbs up an "ok".
EMOJI_KINDS = (
    # waving hand, a hand raised; a smile, a hug (a grin alone, "😀", still prompts for a question)
    (Kind.GREETING, "\U0001f44b\U0001f642\U0001f60a\u263a\U0001f917\U0001f64b"),
    # folded hands, hearts, clapping, raised hands
    (
        Kind.THANKS,
        "\U0001f64f\u2764\U0001f496\U0001f495\U0001f49c\U0001f499\U0001f49a\U0001f44f\U0001f64c",
    ),
    (Kind.ACK, "\U0001f44d\U0001f44c\u2705\U0001f197\u270c"),
)


# The same written as Discord shortcodes (":wave:", ":pray:", ":+1:", which a client that does
# not turn them into emoji sends as typed) or as an action between asterisks ("*waves*").
MARKED_KINDS = {
    **dict.fromkeys(
        """wave waves waving waving_hand raised_hand raising_hand hand_wave smile smiles
        smiling slight_smile blush hug hugs hugging""".split(),
        Kind.GREETING,
    ),
    **dict.fromkeys(
        """pray folded_hands heart hearts sparkling_heart clap claps clapping raised_hands
        bows""".split(),
        Kind.THANKS,
    ),
    **dict.fromkeys(
        """+1 thumbsup thumbs_up ok_hand white_check_mark nods nod ok""".split(), Kind.ACK
    ),
}
